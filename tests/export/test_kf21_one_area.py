"""Issue 15, kf21 (tester 21's A5): a law type's weakness whose every case against lies in
one visited area is that area's, not a national finding about the law type.  Tester
21's key findings said "In the majority of the public law cases inspectors could assess,
the advice the court receives is not good enough": all four cases against were in Area
4, and the public law section found the reports' analysis clear.

A hand-written inspection under the 2021 framework, built here: three visited areas;
the advice to the court (SW2) falls short in the four public law cases of Area 61 and is
sound in two public law cases elsewhere and in three private law cases.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import Sentence
from tests.export.small import Small

AREAS = [("61", "Marrow Vale", True), ("62", "Stenby", True), ("63", "Corran", True)]
ADVICE_WEAK = (
    "The position statement gave the court no view on whether the interim plan was safe.",
    "The guardian's advice at the hearing repeated the council's plan without testing it.",
)
ADVICE_GOOD = "The advice set out what the court should order and why, in plain terms."
ALONE = "The boy was seen on his own at school and spoke about home."


def _summary(path: Path) -> list[Sentence]:
    s = Small(path, areas=AREAS, framework="cafcass-2021")
    for code, _name, _v in AREAS:
        for j in range(6):
            law = "PUBLIC" if j < 4 else "PRIVATE"
            case = s.case(area=code, law=law)
            s.ev(case, ["QP8"], "strength", ALONE)
            if code == "61" and law == "PUBLIC":
                s.ev(case, ["SW2"], "development", ADVICE_WEAK[j % 2])
            elif (code != "61" and j == 0) or (code == "61" and j > 4):
                s.ev(case, ["SW2"], "strength", ADVICE_GOOD)
    for jid in ("J21-1", "J21-2", "J21-3"):
        s.judge(jid, "good")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    sec = next(x for x in report.sections if "key findings" in x.heading)
    return [x for p in [*sec.intro, *sec.paragraphs] for x in p.sentences]


def test_a_weakness_all_in_one_area_is_said_of_that_area(tmp_path: Path) -> None:
    said = [x for x in _summary(tmp_path / "a.db") if "SW2" in x.criteria and x.role == "claim"]
    assert said, "the key findings say nothing of the advice to the court"
    text = " ".join(x.text for x in said)
    assert "Area 61" in text, text
    assert "public law cases" not in text, text
