"""A strong leadership section says why, from the notes (issue 15, tester 16's D2: the
outstanding national leadership section never said that leaders knew their weaknesses
precisely, that their own audits agreed with the inspectors', nor that a credible plan
was already improving the weak area; the use of performance information was left as a
placeholder).

Inspections written here by hand under the 2018 framework, in words of our own: the
leaders' account of their weaker teams tallies with the inspectors' findings, the
service's re-grading of files gives the same grades as the inspectors', and the plan
for the weaker teams is showing its first results though it is too early to judge its
full effect.  A second inspection says the same of two of its three visited areas.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.draft.ownview import agrees
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

AREAS = [("4", "Fenland", True), ("7", "Marches", True), ("8", "Downs", True)]

WHY = [
    ("LG1", "INT_MANAGER", "strength", "The chief executive named the two teams whose reports are weakest and the reasons; this tallies with what we found in their files."),
    ("LG3", "QA_AUDIT", "strength", "The quality team re-graded 30 files that inspectors had also read: their grades were the same as ours in 27."),
    ("LG4", "BOARD_PAPERS", "strength", "An improvement plan for the two weaker teams began in April; reports are starting to reach court on time, though it is too early to judge the effect on children."),
    ("LG1", "BOARD_PAPERS", "strength", "The board sets three priorities a year and checks each at every meeting."),
    ("LG5", "SURVEY_STAFF", "strength", "Nine in ten staff say their manager makes time for them."),
]  # fmt: skip


def _draft(path: object, notes: list[tuple[str, str, str, str]],
           area_notes: list[tuple[str, str, str, str, str]] = ()) -> ReportModel:  # type: ignore[assignment]  # fmt: skip
    s = Small(path, areas=AREAS)  # type: ignore[arg-type]
    for code, _name, _visited in AREAS:
        s.cases_noted(code, 4, weak=set())
        s.judge("J18-4A", "good", area=code)
    for crit, source, polarity, text in notes:
        s.national([crit], polarity, text, source)
    for area, crit, source, polarity, text in area_notes:
        s.about_area(area, [crit], polarity, text, source)
    s.judge("J18-3", "outstanding")
    s.judge("J18-4", "good")
    s.judge("J18-1", "good")
    model = draft_report(load(s.store))
    s.close()
    return model


def _section(model: ReportModel, jid: str) -> list[Sentence]:
    sec = next(x for x in model.sections if x.judgement_id == jid and not x.area_code)
    return [x for p in sec.intro + sec.paragraphs for x in p.sentences]


@pytest.fixture(scope="module")
def why(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    return _draft(tmp_path_factory.mktemp("why") / "w.db", WHY)


def test_the_leaders_section_says_they_know_and_the_plan_has_begun_to_work(
    why: ReportModel,
) -> None:
    """Leaders know where the service is weaker (their account tallies with the
    inspectors'), and their plan shows first results, its full effect not yet seen:
    the section says both, and never that the plan has already worked."""
    texts = [x.text for x in _section(why, "J18-3")]
    rests = [t for t in texts if "that leaders know" in t]  # sources named (kf19)
    assert rests, texts
    assert "beginning to make a difference" in rests[0], rests
    assert "too early" in rests[0], rests
    assert not any("already making a difference" in t for t in texts), texts


def test_the_section_says_whose_own_view_agrees_with_the_inspectors(why: ReportModel) -> None:
    """The chief executive's account and the service's re-grading agree with what
    inspectors found: one sentence names those sources, uncounted, and the point the
    re-grading makes (performance management and evaluation) is no placeholder."""
    said = _section(why, "J18-3")
    agree = [x for x in said if "inspectors found" in x.text and "agree" in x.text]
    assert len(agree) == 1, [x.text for x in said]
    assert "managers" in agree[0].text.lower() and "audit" in agree[0].text, agree[0].text
    assert "LG3" in agree[0].criteria
    placeholders = [x.text for x in said if x.role == "placeholder"]
    assert not any("performance information" in t for t in placeholders), placeholders


def test_the_key_finding_says_the_plan_is_beginning_to_improve_practice(
    why: ReportModel,
) -> None:
    summary = next(x for x in why.sections if x.kind == "summary")
    texts = [x.text for p in summary.intro + summary.paragraphs for x in p.sentences]
    assert any(t.startswith("Leaders know") and "beginning to improve" in t for t in texts), texts


@pytest.fixture(scope="module")
def not_yet(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    """The same, but a development note says the plan has made no difference yet."""
    notes = [*WHY, ("LG4", "INT_MANAGER", "development",
                    "Heads of service accept the improvement plan has not yet changed the waiting list.")]  # fmt: skip
    return _draft(tmp_path_factory.mktemp("notyet") / "n.db", notes)


def test_a_note_denying_progress_wins_over_first_results(not_yet: ReportModel) -> None:
    texts = [x.text for x in _section(not_yet, "J18-3")]
    rests = [t for t in texts if "that leaders know" in t]  # sources named (kf19)
    assert rests and "not yet had the impact" in rests[0], texts
    assert not any("beginning to make a difference" in t for t in texts), texts


@pytest.fixture(scope="module")
def areas(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    """Two of the three areas' own reviews agree with the inspectors'; the third's
    self-assessment is rosier than what inspectors found."""
    area_notes = [
        ("4", "LG4", "INT_MANAGER", "strength", "The area manager's list of weaker workers mirrors what we saw on the files."),
        ("7", "LG4", "QA_AUDIT", "development", "The area's own dip sample bears out the gaps in risk analysis that inspectors found."),
        ("8", "LG4", "QA_AUDIT", "development", "The area's self-assessment grades its files higher than inspectors did; it does not match ours."),
    ]  # fmt: skip
    return _draft(tmp_path_factory.mktemp("areas") / "a.db", WHY[3:], area_notes)


def test_local_services_say_in_how_many_areas_the_view_agrees(areas: ReportModel) -> None:
    """Local services rest on the areas' notes: the sentence counts the areas whose own
    view agrees with the inspectors' (the area whose view is rosier is not one)."""
    texts = [x.text for x in _section(areas, "J18-4")]
    agree = [
        t for t in texts if "inspectors found" in t and t.startswith("In two of the three areas")
    ]
    assert len(agree) == 1, texts


@pytest.mark.parametrize(
    ("text", "agree"),
    [
        ("Leaders' self-assessment matches what we found in the sample.", True),
        ("Their dip sample bore out our findings on risk.", True),
        ("Audit grades were consistent with ours in nine files of ten.", True),
        ("The director's view of the weaker teams is in line with the inspectors' findings.", True),
        ("Audit grades do not match ours: they are higher in most files.", False),
        ("The self-assessment is rosier than what we found.", False),
        ("Managers agreed the plan with the team last month.", False),  # no inspectors' view
        ("The files we read reflect weak oversight by managers.", False),  # no agreeing
        ("Our sample confirmed the backlog in the east team.", False),  # no view of their own
        ("Our sample confirmed the backlog the area's own tracker shows.", True),
    ],
)
def test_what_counts_as_the_services_view_agreeing(text: str, agree: bool) -> None:
    assert agrees(text) is agree


@pytest.fixture(scope="module")
def one_area_late(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    """Managers in all three areas know their weaker teams; only one area's note says
    its improvement work has not yet made a difference."""
    area_notes = [
        ("4", "LG4", "INT_MANAGER", "strength", "The service manager could name the two practitioners whose reports need most work, and why."),
        ("7", "LG4", "INT_MANAGER", "strength", "The head of practice knows which teams drift at the first hearing stage."),
        ("8", "LG4", "INT_MANAGER", "strength", "Senior managers identified the gaps in risk analysis before the inspection."),
        ("8", "LG4", "QA_AUDIT", "development", "The improvement programme began in June and the re-audit shows no change yet."),
    ]  # fmt: skip
    return _draft(tmp_path_factory.mktemp("onearea") / "o.db", WHY[3:], area_notes)


def test_what_has_not_yet_worked_in_one_area_is_said_of_that_area(
    one_area_late: ReportModel,
) -> None:
    """Leaders know where the service falls short in every area, but only one area's
    note says their work has not yet made a difference: local services say so of that
    area, never of the service as a whole."""
    texts = [x.text for x in _section(one_area_late, "J18-4")]
    rests = [t for t in texts if t.startswith("Leaders know")]
    assert rests, texts
    assert "in Area 8," in rests[0] and "not yet had the impact" in rests[0], rests
