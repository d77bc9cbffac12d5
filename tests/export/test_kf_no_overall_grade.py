"""Under a framework with no overall judgement (2021), the key findings lead with the
side the national judgements' grades give, not the side the practice findings lean to
(tester 20's service: every judgement requiring improvement, its practice findings a
little more often for than against, and its summary led on a strength).  A hand-written
inspection: twelve private law cases, four aspects strong in ten of them and two weak
in nine, every judgement requires improvement."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import Sentence
from store.store import Store
from tests.export.small import Small

STRONG = {
    "QP3": "The report gives the girl's wishes in her own words and what they mean for her.",
    "QP5": "Direct work with a feelings jar helped the boy talk about the two homes.",
    "QP7": "The analysis weighs both plans and the recommendation follows from it.",
    "QPN1": "The boy asked for the same practitioner to come back, and she did.",
}
WEAK = {
    "QP8": "The child was seen once, at home with the mother in the room.",
    "QP1": "The report reached the court three weeks after the date the judge set.",
}


def _summary(path: Path) -> list[Sentence]:
    s = Small(path, framework="cafcass-2021")
    for n in range(12):
        case = s.case(law="PRIVATE", age="10-13" if n % 2 else "5-9")
        for crit, text in STRONG.items():
            s.ev(case, [crit], "strength" if n < 10 else "development",
                 text if n < 10 else "Little is recorded about this.")  # fmt: skip
        for crit, text in WEAK.items():
            s.ev(case, [crit], "development" if n < 9 else "strength",
                 text if n < 9 else "Done well and on time.")  # fmt: skip
    for jid in ("J21-1", "J21-2", "J21-3"):
        s.judge(jid, "requires-improvement")
    s.close()
    with Store.open(path) as store:
        report = draft_report(load(store))
    kf = next(x for x in report.sections if "key findings" in x.heading)
    return [x for p in [*kf.intro, *kf.paragraphs] for x in p.sentences if x.role == "claim"]


def test_a_service_judged_below_good_leads_on_its_weaknesses(tmp_path: Path) -> None:
    claims = _summary(tmp_path / "ri.db")
    sides = [x.direction for x in claims if x.direction in ("for", "against")]
    assert "against" in sides, [x.text for x in claims]
    assert sides[0] == "against", [x.text for x in claims]
