"""Issue 15, kf22 (tester 22's A1): a weakness of practice found in one visited area's
cases, and sound almost everywhere else, is named in the key findings, said of that
area.  Tester 22's summary left out case planning, weak in 15 of Area 11's 18 cases and
in one case elsewhere, the one real weakness of a service doing well, because its share
of all 108 cases was small; the 2013 framework grades no area, so no area finding
named it either.

A hand-written inspection under the 2021 framework (no area judgement), built here: three
visited areas of six cases each; planning (QP6) falls short in five of Kelby's six
cases and is sound in the twelve cases of the other two areas; seeing children (QP8) is
sound everywhere.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from tests.export.small import Small

AREAS = [("71", "Kelby", True), ("72", "Ashworth", True), ("73", "Brindle", True)]
PLAN_WEAK = (
    "The plan made at allocation was never reviewed and nothing happened for nine weeks.",
    "No plan is on file and the visits happened only when the hearing date drew near.",
)
PLAN_GOOD = "The plan set out each visit and assessment with dates, and the file shows them done."
SEEN = "The girl was seen at school on her own and again at home with her brother."


def test_a_weakness_of_one_areas_cases_is_a_key_finding(tmp_path: Path) -> None:
    s = Small(tmp_path / "one.db", areas=AREAS, framework="cafcass-2021")
    for code, _name, _v in AREAS:
        for j in range(6):
            case = s.case(area=code, law="PRIVATE" if j % 2 else "PUBLIC")
            s.ev(case, ["QP8"], "strength", SEEN)
            if code == "71" and j < 5:
                s.ev(case, ["QP6"], "development", PLAN_WEAK[j % 2])
            else:
                s.ev(case, ["QP6"], "strength", PLAN_GOOD)
    for jid in ("J21-1", "J21-2", "J21-3"):
        s.judge(jid, "good")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    sec = next(x for x in report.sections if "key findings" in x.heading)
    said = [x for p in sec.paragraphs for x in p.sentences if "QP6" in x.criteria]
    assert said, [x.text for p in sec.paragraphs for x in p.sentences]
    text = " ".join(x.text for x in said)
    assert "Area 71" in text and "planning" in text, text
    assert all(x.direction == "against" for x in said), text
