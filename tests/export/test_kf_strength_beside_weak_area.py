"""An outstanding service's key findings say its strongest practice although one area
of several leans the other way (tester 19, A1: one area requiring improvement beside six
good or outstanding kept every practice strength out of the summary, which then led on
weaknesses); where more areas lean against, the strength is not the service's and the
summary leaves it out.  Written here by hand."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from tests.export.small import Small

AREAS = [("1", "Moorside", True), ("2", "Dalesend", True), ("3", "Fellbrook", True),
         ("4", "Carrick", True)]  # fmt: skip
HEARD = "The practitioner's report sets out what the child wants in the child's own terms."
UNHEARD = "The report gives no account of what the child wants or why."


def _summary(tmp_path: Path, weak_areas: int) -> str:
    s = Small(tmp_path / "s.db", areas=AREAS)
    for k, (code, _name, _v) in enumerate(AREAS):
        weak = k >= len(AREAS) - weak_areas
        for n in range(5 if not weak else 3):
            law = "PRIVATE" if n % 2 else "PUBLIC"
            s.ev(s.case(area=code, law=law), ["QP3"], "development" if weak else "strength",
                 UNHEARD if weak else HEARD)  # fmt: skip
        s.judge("J18-4A", "requires-improvement" if weak else "outstanding", area=code)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "outstanding")
    report = draft_report(load(s.store))
    s.close()
    summary = next(x for x in report.sections if x.kind == "summary")
    return " ".join(x.text for p in summary.paragraphs for x in p.sentences)


def test_the_strongest_practice_is_said_beside_one_weaker_area(tmp_path: Path) -> None:
    said = _summary(tmp_path, weak_areas=1)
    assert "children's wishes and feelings, a strength in" in said, said


def test_not_where_half_the_areas_lean_against_it(tmp_path: Path) -> None:
    said = _summary(tmp_path, weak_areas=2)
    assert "children's wishes and feelings, a strength in" not in said, said
