"""A weak leadership section says why, from the notes (issue 15, tester 17's F14 (c):
leaders judged inadequate, and neither their section nor their key finding said why: the
service's own view of itself (its self-assessment, its audits, its figures) rated
practice good where inspectors found it weak, and the improvement plan left out the
weaknesses inspectors found; a development note quoting the chief executive's view that
practice is good was drafted as "For example, ..." after a sentence on priorities, where
it read as praise).

An inspection written here by hand under the 2018 framework, in words of our own (none
of them the words the cue lists were written from): a director who rates the teams'
practice good, a quality team scoring files above the inspectors' own grading, a
scorecard green on every line, and a recovery plan that deals with caseloads and staffing
and not with the practice inspectors found weak.  A second inspection keeps the same
leaders' notes but its plan note is a strength: no "does not tackle" is said there.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load, planscope
from exporters.draft.leadersrest import wording
from exporters.draft.ownview import rosier
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

AREAS = [("2", "Moorside", True), ("5", "Estuary", True), ("9", "Northfield", True)]

DIRECTOR = "The director told us the teams are performing well and rated their own practice as good; the files we read were mostly weak."
ROSY = [
    ("LG1", "INT_MANAGER", "development", DIRECTOR),
    ("LG3", "QA_AUDIT", "development", "The quality team's audit scored 70% of files good, more generous than our own grading of the same files."),
    ("LG3", "PERF_DATA", "development", "The monthly scorecard shows green on every indicator, though most children's files we read fall short."),
    ("LG5", "SURVEY_STAFF", "development", "Half of staff say supervision rarely challenges their thinking about a child."),
    ("LG1", "BOARD_PAPERS", "strength", "Trustees meet monthly and receive detailed papers on caseloads and finance."),
]  # fmt: skip
MISSES = ("LG1", "BOARD_PAPERS", "development", "The recovery plan put to trustees concentrates on caseloads and staffing; it does not address the weak analysis or the absent voice of the child that we found.")  # fmt: skip
COVERS = ("LG1", "BOARD_PAPERS", "strength", "The recovery plan put to trustees sets out how managers will improve the analysis in reports and hearing the child.")  # fmt: skip


def _draft(path: object, notes: list[tuple[str, str, str, str]]) -> ReportModel:
    s = Small(path, areas=AREAS)  # type: ignore[arg-type]
    for code, _name, _visited in AREAS:
        s.cases_noted(code, 4, weak={"QP3", "QP7"})
        s.judge("J18-4A", "requires-improvement", area=code)
    for crit, source, polarity, text in notes:
        s.national([crit], polarity, text, source)
    s.judge("J18-3", "inadequate")
    s.judge("J18-4", "requires-improvement")
    s.judge("J18-1", "requires-improvement")
    model = draft_report(load(s.store))
    s.close()
    return model


def _section(model: ReportModel, jid: str) -> list[Sentence]:
    sec = next(x for x in model.sections if x.judgement_id == jid and not x.area_code)
    return [x for p in sec.intro + sec.paragraphs for x in p.sentences]


def _summary(model: ReportModel) -> list[str]:
    summary = next(x for x in model.sections if x.kind == "summary")
    return [x.text for p in summary.intro + summary.paragraphs for x in p.sentences]


@pytest.fixture(scope="module")
def misses(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    return _draft(tmp_path_factory.mktemp("misses") / "m.db", [*ROSY, MISSES])


@pytest.fixture(scope="module")
def covers(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    return _draft(tmp_path_factory.mktemp("covers") / "c.db", [*ROSY, COVERS])


def test_the_section_says_the_services_own_view_is_more_positive(misses: ReportModel) -> None:
    """The director's rating, the audit's scores and the scorecard each rate practice
    better than inspectors found: one sentence names those sources as giving a more
    positive picture than inspectors found, and rests on those three notes."""
    said = _section(misses, "J18-3")
    rosy = [x for x in said if "more positive picture" in x.text or "more highly than" in x.text]
    assert len(rosy) == 1, [x.text for x in said]
    text = rosy[0].text.lower()
    assert "audit" in text and "managers" in text and "performance" in text, rosy[0].text
    assert len(rosy[0].evidence_ids) == 3, rosy[0].basis


def test_the_section_says_the_plan_misses_the_weaknesses(misses: ReportModel) -> None:
    texts = [x.text for x in _section(misses, "J18-3")]
    rests = [t for t in texts if "does not tackle the weaknesses" in t]
    assert len(rests) == 1, texts
    # Said as what the notes show, naming their sources (kf19: the key finding says the
    # message itself).
    assert "that leaders do not know well enough" in rests[0], rests


def test_the_directors_good_rating_is_never_an_example(misses: ReportModel) -> None:
    """The director's note is an area for development: its "performing well" and "good",
    out of the note, would read as praise."""
    for sec in misses.sections:
        for p in sec.intro + sec.paragraphs:
            for x in p.sentences:
                assert "performing well" not in x.text, (sec.heading, x.text)


def test_the_key_finding_says_why_leaders_are_inadequate(misses: ReportModel) -> None:
    texts = _summary(misses)
    why = [t for t in texts if "more positive than what inspectors found" in t]
    assert len(why) == 1, texts
    assert "plan" in why[0] and "does not tackle" in why[0], why


def test_a_plan_covering_the_weaknesses_is_not_said_to_miss_them(covers: ReportModel) -> None:
    texts = [x.text for x in _section(covers, "J18-3")] + _summary(covers)
    assert not any("does not tackle" in t for t in texts), texts
    assert any("more positive" in t for t in texts), texts


@pytest.mark.parametrize(
    ("text", "rosy"),
    [
        (DIRECTOR, True),
        ("Their own re-grading put nine files in ten at good; we graded four.", True),
        ("The head of service believed the east team was strong.", True),
        ("Audit scores sit higher than inspectors' grades in most files.", True),
        ("The area's audits grade most files good, in line with ours.", False),  # agreeing
        ("Managers said supervision was not good enough.", False),  # negated
        ("Managers could not describe what good analysis looks like.", False),  # negated verb
        ("Practitioners said their manager is good at listening.", False),  # not the service's view
        ("Audit grades do not match the files: most rated good, inspectors found them weak.", True),
    ],
)
def test_what_counts_as_a_rosier_view(text: str, rosy: bool) -> None:
    assert rosier(text) is rosy


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        (MISSES[3], True),
        (
            "The action plan sets out dates for new posts; nothing on the quality of reports to court.",
            True,
        ),
        (
            "The workforce plan does not address the high vacancy rate in the south.",
            False,
        ),  # not practice
        ("There is no improvement plan for the weakest team's practice.", False),  # no plan at all
        (
            "The recovery plan covers the analysis in reports and hearing the child.",
            False,
        ),  # no gap
    ],
)
def test_what_counts_as_a_plan_missing_the_weaknesses(text: str, missing: bool) -> None:
    assert planscope.misses(wording(), text) is missing
