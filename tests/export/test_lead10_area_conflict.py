"""A grading in conflict that an area section's opening rests on stops the area export
as it stops the report, whichever side of the grading the file shows (independent tester, session 10: two inspectors graded the same
case's wishes and feelings good and inadequate; the report export refused, the area
export wrote an opening on weaknesses in wishes and feelings without a word).  On a
small inspection written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.errors import ConflictsError
from exporters.export import export_area, export_report
from store.models import Grading, Inspector
from store.store import Store
from tests.export.small import WEAK, Small


def _area_with_a_disputed_grading(tmp_path: Path) -> tuple[Path, str]:
    """Area 6, requires improvement: wishes and feelings weak in five cases; two
    inspectors then grade the first case's wishes and feelings differently, good and
    outstanding, so that whichever the working copy shows the case counts for the point,
    and the sentence on the weakness cites the other four (the fault seen)."""
    path = tmp_path / "master.db"
    s = Small(path)
    first = ""
    for k in range(5):
        case = s.case(law="PRIVATE")
        first = first or case
        s.ev(case, ["QP3"], "development", f"{WEAK['QP3']} Case {k + 1} of the sample.")
        s.grade(case, "QP3", "requires-improvement")
    s.judge("J18-4A", "requires-improvement", area="6")
    a = s.store.put_inspector(Inspector(name="Alice Able", initials="AA", role="team-inspector"))
    b = s.store.put_inspector(Inspector(name="Bob Brown", initials="BB", role="team-inspector"))
    pa, pb = s.store.issue(tmp_path / "a.db", a), s.store.issue(tmp_path / "b.db", b)
    s.close()
    for file, grade in ((pa, "good"), (pb, "outstanding")):
        with Store.open(file) as store:
            store.set_grading(Grading(case_id=first, criterion_id="QP3", grade=grade))
    with Store.open(path) as master:
        master.merge_from(pa)
        master.merge_from(pb)
        assert master.conflicts()
    return path, first


def test_the_area_export_stops_like_the_report(tmp_path: Path) -> None:
    path, _ = _area_with_a_disputed_grading(tmp_path)
    with Store.open(path) as store:
        with pytest.raises(ConflictsError) as report:
            export_report(store, tmp_path / "r.docx")
        with pytest.raises(ConflictsError) as area:
            export_area(store, "6", tmp_path / "a6.docx")
    assert any("grading" in r for r in area.value.records), area.value.records
    assert set(area.value.records) <= set(report.value.records)
    assert not (tmp_path / "a6.docx").exists()
