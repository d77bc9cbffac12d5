"""Session 33's leftovers (kf34): an area's name opening a manager's note keeps its
capital, staffing figures in the shapes inspectors write them, and how widespread an
inadequate law type's weaknesses are said apart from the list of them.  On kf34's own
hand-written inspection (`kf34_inspection.py`) and a small one written here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section
from tests.export import kf34_inspection
from tests.export.small import Small


def _texts(sec: Section) -> list[str]:
    return [" ".join(s.text for s in p.sentences) for p in [*sec.intro, *sec.paragraphs]]


def _section(report: ReportModel, heading: str) -> Section:
    return next(x for x in report.sections if heading in x.heading)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportModel]:
    s = kf34_inspection.build(tmp_path_factory.mktemp("kf34") / "kf34.db")
    try:
        yield draft_report(load(s.store))
    finally:
        s.close()


def test_a_note_opening_on_its_areas_name_keeps_the_capital(tmp_path: Path) -> None:
    """A manager's note written "Tarrowby service manager reads ..." is said as "The
    Tarrowby service manager ...", never "The tarrowby ..." (kf33's leftover)."""
    s = Small(tmp_path / "names.db", areas=[("7", "Tarrowby", True), ("8", "Ulverdale", True)])
    for area in ("7", "8"):
        cases = [s.case(area=area, law="PRIVATE" if k % 3 else "PUBLIC") for k in range(12)]
        for k in range(3):
            s.ev(cases[k], ["QP3"], "strength",
                 f"The report sets out the child's wishes in her own words, visit {k + 1}.")  # fmt: skip
            s.ev(cases[k + 3], ["QP7"], "strength",
                 f"The report weighs each option against the child's needs, visit {k + 1}.")  # fmt: skip
        s.ev(cases[10], ["QPN4"], "strength",
             "The team manager's note on the file questions the contact plan and the adviser "
             "changes it.")  # fmt: skip
    s.about_area("7", ["LG4"], "strength",
                 "Tarrowby service manager reads four files a month and gives each adviser "
                 "written feedback within a week.", "INT_MANAGER")  # fmt: skip
    s.judge("J18-4A", "good", area="7")
    s.judge("J18-4A", "good", area="8")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    said = " ".join(_texts(_section(report, "Tarrowby")))
    assert "service manager reads four files" in said, said
    assert "tarrowby" not in said, said
    assert "The Tarrowby service manager" in said, said


def test_staffing_figures_in_more_shapes_are_said_as_the_report_says_them(
    report: ReportModel,
) -> None:
    """ "2 FCA vacancies for 5 months, 3 of 8 FCAs agency" and "vacancy rate 2%, agency use
    falling" are said in the report's English, nothing of the shorthand left."""
    area = " ".join(_texts(_section(report, "Pellworth")))
    assert "posts have been vacant for five months" in area, area
    assert "three of the eight FCAs are agency staff" in area, area
    assert "3 of 8" not in area and "FCAs agency" not in area, area
    national = " ".join(_texts(_section(report, "national organisation")))
    assert "the vacancy rate is 2% and agency use is falling" in national, national


def test_how_widespread_is_said_apart_from_the_weaknesses_it_names(tmp_path: Path) -> None:
    """A law type judged inadequate with widespread weaknesses says how widespread in one
    sentence and the weaknesses in the next, each a sentence a reader can take in
    (kf33's leftover: 79 words in one)."""
    s = kf34_inspection.build(
        tmp_path / "failing.db", public_fails=True,
        grades={"J18-0": "requires-improvement", "J18-2": "inadequate",
                "J18-3": "requires-improvement", "J18-4": "good"},
    )  # fmt: skip
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    found = _texts(_section(report, "key findings"))
    law = next(t for t in found if "public law is judged to be inadequate" in t)
    assert "widespread" in law and "every area visited" in law, law
    sentences = re.split(r"(?<=\.) (?=[A-Z])", law)
    wide = next(k for k, t in enumerate(sentences) if "widespread" in t)
    assert "include" not in sentences[wide], sentences
    assert "They include weaknesses in" in sentences[wide + 1], sentences
    assert all(len(t.split()) <= 45 for t in sentences), [len(t.split()) for t in sentences]
