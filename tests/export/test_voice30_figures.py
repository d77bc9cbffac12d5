"""A sentence drawn from a note that gives figures keeps them (tester 29's A16: "Area
data: 61% S7 on time vs 89% nationally" was said "Performance data shows that the work
is not timely enough."): the figures in the report's English, shorthand written out,
what they are compared with kept; a note with none is worded as before.  On figure
notes written here in several shapes, and a small inspection built here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.figurenotes import figure_clause
from exporters.model import ReportModel
from tests.export.small import Small

SHAPES = [
    # Percentages, the share first, with and without "of" and its verb.
    ("Team data: 58% S7 on time vs 90% nationally",
     "58% of section 7 reports were on time, against 90% nationally"),
    ("Perf data: 72% of S7s filed on time; national 88%.",
     "72% of section 7 reports were filed on time, against 88% nationally"),
    ("Only 47% of safeguarding letters were sent before the first hearing.",
     "only 47% of safeguarding letters were sent before the first hearing"),
    # "x of y" and "x/y".
    ("Dashboard: 11 of 19 S7s filed on time, compared with 85% nationally.",
     "11 of 19 section 7 reports were filed on time, compared with 85% nationally"),
    ("9/15 FHDRA letters sent before the hearing v 95% last year",
     "9 of 15 FHDRA letters were sent before the hearing, against 95% last year"),
    # "against", "compared to", a target, a range.
    ("Q2 figures: 64% of cases allocated within 2 days against a target of 90%",
     "64% of cases were allocated within 2 days, against a target of 90%"),
    ("Duty data: 70-74% of referrals screened on the day compared to 80% target",
     "between 70% and 74% of referrals were screened on the day, compared with a target of 80%"),
    # What it is of first, the share after.
    ("S7s on time 63% (national avg 87%)",
     "63% of section 7 reports were on time, against 87% nationally"),
    ("Children seen alone in 38% of cases vs 76% nationally",
     "children were seen alone in 38% of cases, against 76% nationally"),
    ("Letters to court on time in 79% of cases last quarter against a national figure of 91%.",
     "letters to court were on time in 79% of cases last quarter, against 91% nationally"),
    # An active verb with its object: a clause as it stands.
    ("Continuity data: 88% of families kept one guardian throughout vs 80% last year",
     "88% of families kept one guardian throughout, against 80% last year"),
    ("Audit: 44% of children seen before the report versus 81% last year",
     "44% of children were seen before the report, against 81% last year"),
]  # fmt: skip

NOT_FIGURES = [
    "S7 timeliness slipping since the summer, backlog growing",
    "Staff survey: 84% say managers support them",  # a share saying something: a clause
    "Workforce lead: vacancy rate 7% nationally, 15% in NW",  # a measure and its rate
    "Two of the guardians had left since the spring.",
]


@pytest.mark.parametrize(("note", "said"), SHAPES, ids=[n for n, _s in SHAPES])
def test_a_figure_note_is_said_with_its_figures(note: str, said: str) -> None:
    assert figure_clause(note) == said


@pytest.mark.parametrize("note", NOT_FIGURES)
def test_a_note_in_no_shape_of_figures_gives_no_clause(note: str) -> None:
    assert figure_clause(note) == ""


AREAS = [("81", "Hollinbeck", True), ("82", "Marsfield", True), ("83", "Ousebridge", True)]


def _report(path: Path) -> ReportModel:
    s = Small(path, areas=AREAS, framework="cafcass-2013")
    for area, _name, _visited in AREAS:
        s.cases_noted(area, 8, {"QP3", "QP11"} if area == "83" else set())
    s.about_area(
        "83",
        ["LG3"],
        "development",
        "Team data: 58% S7 on time vs 90% nationally; duty rota reviewed.",
        "PERF_DATA",
    )
    s.about_area(
        "82",
        ["LG3"],
        "development",
        "S7 timeliness slipping since the summer, backlog growing",
        "PERF_DATA",
    )
    s.about_area("81", ["LG3"], "strength",
                 "Dashboard: 14/16 S7s filed on time this quarter", "PERF_DATA")  # fmt: skip
    for jid, grade in (("J13-0", "good"), ("J13-1", "requires-improvement"), ("J13-2", "good"),
                       ("J13-3", "good")):  # fmt: skip
        s.judge(jid, grade)
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _area_claims(report: ReportModel, code: str) -> list[str]:
    [sec] = [x for x in report.sections if x.area_code == code]
    return [s.text for p in (*sec.intro, *sec.paragraphs) for s in p.sentences
            if s.criteria == ["LG3"] and s.role == "claim"]  # fmt: skip


def test_an_area_sentence_keeps_its_notes_figures(tmp_path: Path) -> None:
    report = _report(tmp_path / "figures.db")
    [weak] = _area_claims(report, "83")
    assert weak.endswith(" that 58% of section 7 reports were on time, against 90% nationally."), (
        weak
    )
    assert "timely enough" not in weak
    [strong] = _area_claims(report, "81")
    assert "14 of 16 section 7 reports were filed on time this quarter." in strong, strong
    # No figures in the note: the sentence says what the figures show, as before.
    [plain] = _area_claims(report, "82")
    assert not any(c.isdigit() for c in plain.replace("section 7", "")), plain
    assert "timel" in plain, plain  # "timely", "timeliness"
