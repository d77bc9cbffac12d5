"""The national leadership section says what its grade rests on where the leaders' notes
say it: do leaders know where the service falls short, have they a plan, has it made a
difference yet (issue 15, tester 14: the section never said that leaders know the
private law weakness and have a plan that has not yet worked).  The sentence never
claims progress a note denies.

Inspections written here by hand under the 2021 framework, in words of our own.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.draft.leadersrest import wording
from exporters.model import ReportModel, Section, Sentence
from tests.export.small import Small

KNOWS = (
    ("LG1", "INT_MANAGER", "The chief executive knew the three weakest teams and why each is behind."),
    ("LG3", "QA_AUDIT", "Leaders' self-assessment matches what inspectors found in private law."),
)  # fmt: skip
PLAN = ("LG1", "BOARD_PAPERS", "An improvement plan agreed in May funds four extra practice supervisors.")  # fmt: skip
NOT_YET = ("LG1", "PERF_DATA", "Letters filed on time are at 68%, no better than before the improvement plan.")  # fmt: skip
WORKING = ("LG3", "PERF_DATA", "Allocation has improved since the plan began: no child waits a week.")  # fmt: skip


def _draft(path: object, notes: list[tuple[str, str, str, str]]) -> ReportModel:
    s = Small(path, framework="cafcass-2021", areas=[("2", "Fenland", True)])  # type: ignore[arg-type]
    s.cases_noted("2", 5, weak={"QP7"})
    for crit, source, polarity, text in notes:
        s.national([crit], polarity, text, source)
    s.judge("J21-3", "good")
    s.judge("J21-1", "requires-improvement")
    model = draft_report(load(s.store))
    s.close()
    return model


def _leaders(model: ReportModel) -> Section:
    return next(sec for sec in model.sections if sec.judgement_id == "J21-3")


def _rests(model: ReportModel) -> list[Sentence]:
    lead = str(wording()["basis"]["lead"])
    return [x for p in model.paragraphs() for x in p.sentences if x.basis.startswith(lead)]


@pytest.fixture(scope="module")
def known_plan_not_yet(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    notes = [(c, src, "strength", t) for c, src, t in (*KNOWS, PLAN)]
    notes += [(NOT_YET[0], NOT_YET[1], "development", NOT_YET[2])]
    notes += [(WORKING[0], WORKING[1], "strength", WORKING[2])]
    return _draft(tmp_path_factory.mktemp("rest") / "r.db", notes)


def test_the_grade_rests_on_knowing_a_plan_and_no_impact_yet(
    known_plan_not_yet: ReportModel,
) -> None:
    """Leaders know, have a plan, and a note says it has not yet made a difference (and
    one says allocation has improved): the sentence says all three, never that the
    plan is working; it follows the section's opening, and its comment names each
    answer with its notes."""
    [said] = _rests(known_plan_not_yet)
    # One law note; each part said as what its notes show (kf19).
    assert said.text == (
        "Interviews with managers show that leaders know the service's strengths and where it "
        "falls short, and board papers set out a plan to improve the service, but performance "
        "information shows that the plan has not yet had the impact leaders intend."
    ), said.text
    sec = _leaders(known_plan_not_yet)
    first = sec.paragraphs[0].sentences
    assert first[0].role in ("headline", "placeholder") and first[1] == said
    for part in ("leaders know", "a plan to improve", "not yet a difference"):
        assert part in said.basis, said.basis
    assert "already a difference" not in said.basis
    # The two knowing, the plan, the figures and the note naming the plan's progress.
    assert len(said.evidence_ids) == 5
    assert said.criteria == []  # it states none of the points its notes are tagged with


@pytest.fixture(scope="module")
def one_answer(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    notes = [(PLAN[0], PLAN[1], "strength", PLAN[2])]
    notes += [("LG3", "QA_AUDIT", "development", "The audit found managers' oversight on a third of files.")]  # fmt: skip
    return _draft(tmp_path_factory.mktemp("one") / "o.db", notes)


def test_one_answer_alone_is_not_said(one_answer: ReportModel) -> None:
    """A plan and nothing about knowing or impact: the plan's own claim says it; no
    sentence on what the grade rests on."""
    assert _rests(one_answer) == []


@pytest.fixture(scope="module")
def working(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    notes = [(c, src, "strength", t) for c, src, t in (*KNOWS, PLAN, WORKING)]
    return _draft(tmp_path_factory.mktemp("working") / "w.db", notes)


def test_progress_is_said_only_where_no_note_denies_it(working: ReportModel) -> None:
    [said] = _rests(working)
    assert said.text == (
        "Interviews with managers show that leaders know the service's strengths and where it "
        "falls short, and board papers set out a plan to improve the service, and performance "
        "information shows that it is already making a difference."
    ), said.text
    assert said.direction == "for"


@pytest.fixture(scope="module")
def public_law(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    """Leaders know the weaknesses in public law (two notes say so) and have a plan that
    has not yet worked; a plan note naming private law does not count for where."""
    notes = [
        ("LG1", "INT_MANAGER", "strength", "The director knew public law care plans were drifting in two teams."),
        ("LG3", "QA_AUDIT", "strength", "Leaders' own audit found the same public law weaknesses we found."),
        ("LG1", "BOARD_PAPERS", "strength", "A recovery plan for private law and public law was funded in June."),
        ("LG1", "PERF_DATA", "development", "Care proceedings still take 41 weeks: no change since the plan began."),
    ]  # fmt: skip
    return _draft(tmp_path_factory.mktemp("public") / "p.db", notes)


def test_where_the_service_falls_short_is_named_by_its_law_type(public_law: ReportModel) -> None:
    [said] = _rests(public_law)
    assert said.text == (
        "Interviews with managers show that leaders know the service's strengths and where it "
        "falls short in public law, and board papers set out a plan to improve the service, but "
        "performance information shows that the plan has not yet had the impact leaders intend."
    ), said.text
