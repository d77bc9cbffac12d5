"""Issue 15, tester 12: "Only a few stakeholders in Area N spoke to inspectors" /
"Inspectors spoke to few stakeholders in ..." opened the stakeholder sentence in eight
sections, each area with 6-11 interviews: it read as a thin inspection, and hedged
"judges" said of one judge's note.

The rule (`stakeholders.views`, `viewabout.one_voice`): how many stakeholders inspectors
heard from is said only of the whole inspection, where its stakeholders' records are
fewer than the framework's `min_cases`; never of an area, a law type or the
organisation's own records.  A group's view resting on one person's note is said as
that person's ("one judge was positive about ...", "the designated family judge ...",
"a representative of a partner agency ..."), never as the group's, and never compared
with the group's view elsewhere; a note speaking for several ("Two LAs describe ...",
"Magistrates said ...") keeps the group's name.
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_area, draft_report, load
from exporters.model import ReportModel
from store.store import Store
from tests.export.small import Small

FEW = re.compile(r"\bfew stakeholders\b|\bonly a few\b", re.IGNORECASE)


def _views(report: ReportModel) -> list[str]:
    return [x.text for p in report.paragraphs() for x in p.sentences if x.role == "views"]


def _area(tmp_path: Path, notes: list[tuple[str, str, str]]) -> list[str]:
    s = Small(tmp_path / "voices.db", areas=[("6", "Wessex", True), ("7", "Mercia", True)])
    for area in ("6", "7"):
        s.cases_noted(area, 4, weak=set())
    for source, polarity, text in notes:
        s.about_area("6", ["LGN4"], polarity, text, source)
    # Elsewhere, judges and partners see things the other way.
    for k in range(3):
        s.about_area("7", ["LGN4"], "development", f"DJ {k + 1}: reports often late.",
                     "INT_JUDICIARY")  # fmt: skip
    for area in ("6", "7"):
        s.judge("J18-4A", "good", area=area)
    s.close()
    with Store.open(tmp_path / "voices.db") as store:
        return _views(draft_area(load(store), "6"))


def test_one_persons_view_is_theirs_and_no_area_reads_thin(tmp_path: Path) -> None:
    (views,) = _area(tmp_path, [
        ("INT_JUDICIARY", "strength", "Designated family judge: the analysis in reports is "
         "first class."),
        ("INT_LA", "development", "Head of service: guardians slow to return calls."),
        ("INT_PARTNER", "strength", "Health visitor lead said the FCA team shares "
         "information early and clearly."),
    ])  # fmt: skip
    assert not FEW.search(views), views
    assert "the designated family judge" in views, views
    assert "one local authority manager" in views, views
    assert "a health visitor" in views, views  # the agency kind its note names
    assert not re.search(r"\bjudges\b|\blocal authority staff\b|\bpartner agencies\b", views)
    assert " were " not in views, views  # one person "was"
    # Praise from the one judge here, beside judges' criticism elsewhere: said as hers.
    assert "than elsewhere" not in views, views


def test_a_note_for_several_keeps_the_groups_name(tmp_path: Path) -> None:
    (views,) = _area(tmp_path, [
        ("INT_LA", "strength", "Two LAs describe constructive challenge from guardians."),
        ("INT_JUDICIARY", "strength", "Magistrates said the reports are clear and timely."),
    ])  # fmt: skip
    assert "local authority" in views and "one local authority" not in views, views
    assert "magistrates" in views and "one magistrate" not in views, views


def test_few_only_of_the_whole_inspection(tmp_path: Path) -> None:
    """Three stakeholders' records in the whole inspection (under `min_cases`): the key
    findings may say that inspectors heard from few; no area section says it."""
    s = Small(tmp_path / "few.db")
    s.cases_noted("6", 4, weak=set())
    s.about_area("6", ["LGN4"], "strength", "DJ: reports are clear.", "INT_JUDICIARY")
    s.about_area("6", ["LGN4"], "strength", "DJ: analysis is sound.", "INT_JUDICIARY")
    s.about_area("6", ["LGN4"], "development", "LA manager: guardians hard to reach.", "INT_LA")
    s.judge("J18-4A", "good", area="6")
    for jid in ("J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    s.close()
    with Store.open(tmp_path / "few.db") as store:
        data = load(store)
        whole, area = draft_report(data), draft_area(data, "6")
    for v in _views(area):
        assert not FEW.search(v), v
    heading = {x.text: s.heading for s in whole.sections for p in (*s.intro, *s.paragraphs)
               for x in p.sentences}  # fmt: skip
    for v in _views(whole):
        if FEW.search(v):
            assert "Area" not in heading[v], (heading[v], v)
