"""An outstanding service reads as outstanding (kf34; tester 33's "Does the outstanding
draft read as outstanding?"), on kf34's hand-written inspection (`kf34_inspection.py`):
judged outstanding overall, its leaders and local services outstanding, two of its three
areas outstanding and one good, safeguarding falling short in three cases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section
from tests.export import kf34_inspection


def _findings(report: ReportModel) -> list[str]:
    """The key findings, without the summary's opening line ("Cafcass is judged ...")."""
    sec = next(x for x in report.sections if "key findings" in x.heading)
    texts = [" ".join(s.text for s in p.sentences) for p in sec.paragraphs]
    return [t for t in texts if not t.startswith("Cafcass is judged")]


def _section(report: ReportModel, heading: str) -> Section:
    return next(x for x in report.sections if heading in x.heading)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportModel]:
    s = kf34_inspection.build(tmp_path_factory.mktemp("kf34") / "kf34.db")
    try:
        yield draft_report(load(s.store))
    finally:
        s.close()


def test_an_outstanding_services_findings_open_on_its_leaders_and_their_impact(
    report: ReportModel,
) -> None:
    """The leaders' finding first, saying what their work shows in every area visited;
    the practice strong everywhere said as consistently strong; the safeguarding
    shortfall still said."""
    found = _findings(report)
    first = found[0]
    assert first.startswith("The national leadership is judged outstanding"), found
    assert "every area visited" in first and "two of the three an outstanding one" in first, first
    assert not any(t.startswith("Services are good or better in every area") for t in found), found
    assert any(t.startswith("Practice is consistently strong in") for t in found), found
    # The safeguarding shortfall is still said, in whichever words the share takes
    # (voice34's A5 reworded "... safeguarding concerns is not good enough").
    assert any("safeguarding concerns" in t and " not " in t for t in found), found


def test_the_national_leadership_opens_on_what_leaders_achieve(report: ReportModel) -> None:
    """No count of aspects in the opening: its strongest, best-evidenced points, the
    count kept in the comment."""
    sec = _section(report, "national organisation")
    opening = sec.paragraphs[0].sentences[0]
    assert "aspects of its work" not in opening.text, opening.text
    assert opening.text.startswith(
        "The leadership of Cafcass is consistently strong, above all in"
    ), opening.text
    assert "the priorities leaders set" in opening.text, opening.text
    assert "Aspects as the section states them" in opening.basis, opening.basis


def test_a_good_service_still_reads_as_good(tmp_path: Path) -> None:
    """The same evidence judged good overall, its leaders good: no impact sentence, no
    "consistently", its practice first as before; the leadership still opens on what its
    leaders do best, in a good grade's words."""
    s = kf34_inspection.build(tmp_path / "good.db",
                              grades={"J18-0": "good", "J18-3": "good", "J18-4": "good"})  # fmt: skip
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    found = _findings(report)
    assert not any("Their impact shows" in t or "consistently" in t for t in found), found
    assert found[0].startswith("Practice is strong in"), found
    opening = _section(report, "national organisation").paragraphs[0].sentences[0].text
    assert opening.startswith("The leadership of Cafcass is good, and at its strongest in"), opening
