"""A figure sentence takes only the points of a note its figures belong to (issue 15,
tester 33's A8: a note's other points, "open culture of challenge", "recruitment ...
strategy in place", were pasted into the sentence as if they were clauses).  On terse
notes written here as inspectors write them ("x2", "w/o", "SM", lists with commas, no
verbs), and on a small inspection built from them.  And tester 33's F10: a note that
counts the team ("Only 1 FCA speaks ... in team of 14") is about the workforce, though it
uses none of the criterion's words, and is never marked as perhaps filed wrongly.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.draft.figureparts import figure_parts, note_figure_clause
from exporters.draft.leadersfigures import holds_figure
from exporters.draft.mainclause import has_main_verb
from exporters.draft.words import words
from exporters.model import ReportModel, Sentence
from tests.export.small import Small, body

POINTS = [
    # The figure's own point kept, the note's other points left to the comment.
    ("72% say their SM listens to them, x2 team days a yr, training offer praised",
     "72% say their SM listens to them"),
    ("Vacancy rate 6%, agency use 1%, induction pack w/o mentor scheme yet",
     "Vacancy rate 6%, agency use 1%"),
    ("Caseloads avg 24 - duty rota covered by SM, 9% sickness", "9% sickness"),
    ("FHDRA letters sent on time 91%, new template, admin backlog cleared",
     "FHDRA letters sent on time 91%"),
    # A point before the figure that holds none: left out too.
    ("Stable team, turnover 4%", "turnover 4%"),
    # What hangs on the figure stays with it: a comparison, a place, a "which".
    ("S7s on time 64%, against 85% nationally, SM off sick since June",
     "S7s on time 64%, against 85% nationally"),
    ("vacancy rate 9% nationally, higher in two teams", "vacancy rate 9% nationally, higher in two teams"),
    # A measure's trend right after a figure is one of its points.
    ("turnover 7%, leavers falling since spring, new wellbeing lead", "turnover 7%, leavers falling since spring"),
    # Someone's words and a bracket are never cut.
    ("81% rate supervision 'good, or better' (n=212), more away days wanted",
     "81% rate supervision 'good, or better' (n=212)"),
]  # fmt: skip


@pytest.mark.parametrize(("note", "kept"), POINTS, ids=[n for n, _k in POINTS])
def test_a_figure_keeps_only_its_own_points(note: str, kept: str) -> None:
    assert figure_parts(note, holds_figure) == kept


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        # A point reading as a clause as it stands may follow the figure's.
        ("bilingual staff in 4 of 6 teams, families can ask for a home visit",
         "bilingual staff in 4 of 6 teams, families can ask for a home visit"),
        # Never a fragment, whatever its words.
        ("66% feel managers value them, open door policy, training offer praised",
         "66% feel managers value them"),
        ("sickness 3%, SM is covering two teams", "sickness 3%"),  # shorthand
    ],
)  # fmt: skip
def test_a_clause_as_it_stands_may_follow_a_figure(note: str, kept: str) -> None:
    assert figure_parts(note, holds_figure, clauses=True) == kept


def test_a_note_with_no_figure_gives_no_points() -> None:
    assert figure_parts("SM visible, open door, reflective sup monthly", holds_figure) == ""


def test_a_note_all_of_whose_points_hold_figures_is_as_written() -> None:
    note = "Vacancy rate 6%, agency use 1%"
    assert figure_parts(note, holds_figure) == note


def test_an_area_figure_leaves_the_notes_other_points() -> None:
    said = note_figure_clause("Area data: 58% S7 on time, backlog x2 since spring, SM off sick")
    assert said == "58% of section 7 reports were on time"


def test_a_word_after_a_preposition_is_no_verb() -> None:
    rules = words().standalone
    assert not has_main_verb(rules, "open culture of challenge")
    assert not has_main_verb(rules, "no sense of challenge in supervision")
    assert has_main_verb(rules, "managers challenge the plan")


AREAS = [("1", "Avonmouth", True), ("2", "Brackley", True), ("3", "Colnbrook", True)]

# Where each terse note's other points must not reach the body.
FRAGMENTS = ("induction pack", "mentor scheme", "backlog", "off sick", "away days",
             "training offer", "dashboard", "sign-off", "x2")  # fmt: skip


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = Small(tmp_path_factory.mktemp("voice34") / "terse.db", areas=AREAS)
    for area, _name, _visited in AREAS:
        s.cases_noted(area, 8, {"QP7"} if area == "3" else set())
    s.national(["LG5"], "strength",
               "Staff survey: 76% say managers support them, x2 away days a yr, training offer praised",
               "SURVEY_STAFF")  # fmt: skip
    s.national(
        ["LG5"], "strength", "Staff focus grp: supported + challenged, SM visible", "SURVEY_STAFF"
    )
    s.national(["LG8"], "strength",
               "Vacancy rate 5%, agency use 2%, new FCA induction pack w/o mentor scheme yet",
               "PERF_DATA")  # fmt: skip
    s.national(["LG8"], "strength", "HR lead: caseloads manageable, recruitment pipeline healthy",
               "INT_MANAGER")  # fmt: skip
    s.national(
        ["LG3"],
        "strength",
        "S7 reports on time 93%, SM sign-off within 48 hrs, dashboard reviewed wkly",
        "PERF_DATA",
    )
    s.about_area(
        "3",
        ["LG3"],
        "development",
        "Area data: 61% S7 on time, backlog x2 since spring, SM off sick",
        "PERF_DATA",
    )
    # F10: a note counting the team is about the workforce, whatever its words; one that
    # counts no one and uses none of the criterion's words may be filed wrongly.
    s.about_area("2", ["LG8"], "development",
                 "Only 2 FCAs in team of 11 speak Welsh despite 1 in 3 families asking",
                 "PERF_DATA")  # fmt: skip
    s.about_area("1", ["LG8"], "development", "Reports late x3 last month, SM aware",
                 "PERF_DATA")  # fmt: skip
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    for area, grade in (("1", "good"), ("2", "good"), ("3", "requires-improvement")):
        s.judge("J18-4A", grade, area=area)
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _figures(report: ReportModel, crit: str) -> list[str]:
    return [s.text for p in report.paragraphs() for s in p.sentences
            if s.criteria == [crit] and any(c.isdigit() for c in s.text)]  # fmt: skip


def test_a_figure_sentence_says_only_its_figures(report: ReportModel) -> None:
    [staffed] = [t for t in _figures(report, "LG8") if "5%" in t]
    assert staffed.startswith("Performance information shows that the vacancy rate is 5%")
    assert staffed.endswith("agency use is 2%."), staffed
    assert "In the staff survey, 76% of staff said that managers support them." in _figures(
        report, "LG5"
    )
    area = [t for t in _figures(report, "LG3") if "61%" in t]
    assert area and all(t.endswith(": 61% of section 7 reports were on time.") for t in area), area
    text = body(report)
    assert not [f for f in FRAGMENTS if f in text]


def _marked(report: ReportModel, area: str) -> list[str]:
    return [s.text for s in _section(report, area)
            if s.criteria == ["LG8"] and "may not be about" in s.text]  # fmt: skip


def test_a_note_counting_the_team_is_about_the_workforce(report: ReportModel) -> None:
    area2 = [s.text for s in _section(report, "2") if s.criteria == ["LG8"]]
    assert area2 and not [t for t in area2 if "may not be about" in t], area2
    assert not [t for t in area2 if "team of 11" in t]  # a note's words, its article left out
    assert _marked(report, "1")  # the late reports: nothing of the workforce


def _section(report: ReportModel, area: str) -> list[Sentence]:
    [sec] = [x for x in report.sections if x.area_code == area]
    return [s for p in (*sec.intro, *sec.paragraphs) for s in p.sentences]
