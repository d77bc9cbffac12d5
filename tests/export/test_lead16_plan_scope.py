"""The leaders' plan is said as its notes scope it, and "could not explain" is read as
leaders not knowing (issue 15, tester 15's N2: "Leaders have a plan to improve the
service" where the plan notes said the strategic plan was silent on public law and
there was no strategy for public law practice; tester 11's "Senior managers could not
explain why the weakest areas had not improved" was not read as leaders not knowing).

Inspections written here by hand under the 2021 framework, in words of our own.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.draft.leadersrest import wording
from exporters.draft.planscope import Scope, scope
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

NOT_KNOWN = [
    ("LG4", "INT_MANAGER", "development", "The director did not know that public law reports rarely weigh the evidence."),
    ("LG7", "INT_MANAGER", "development", "Heads of service could not explain why public law audits grade most files good."),
]  # fmt: skip
PRIVATE_PLAN = ("LG1", "BOARD_PAPERS", "strength", "The improvement plan for private law sets out faster screening and two extra teams.")  # fmt: skip
NO_PUBLIC_PLAN = ("LG1", "INT_MANAGER", "development", "There is no plan for public law practice; leaders call it steady.")  # fmt: skip
SERVICE_PLAN = ("LG1", "BOARD_PAPERS", "strength", "The improvement plan agreed in May covers every team and funds extra supervisors.")  # fmt: skip


def _draft(path: object, notes: list[tuple[str, str, str, str]]) -> ReportModel:
    s = Small(path, framework="cafcass-2021", areas=[("2", "Fenland", True)])  # type: ignore[arg-type]
    s.cases_noted("2", 5, weak={"QP7"})
    for crit, source, polarity, text in notes:
        s.national([crit], polarity, text, source)
    s.judge("J21-3", "requires-improvement")
    s.judge("J21-1", "good")
    s.judge("J21-2", "requires-improvement")
    model = draft_report(load(s.store))
    s.close()
    return model


def _rests(model: ReportModel) -> list[Sentence]:
    lead = str(wording()["basis"]["lead"])
    return [x for p in model.paragraphs() for x in p.sentences if x.basis.startswith(lead)]


def _leaders_kf(model: ReportModel) -> list[str]:
    return [x.text for sec in model.sections if sec.kind == "summary"
            for p in sec.intro + sec.paragraphs for x in p.sentences
            if x.basis.startswith("Leadership notes about the service")]  # fmt: skip


@pytest.fixture(scope="module")
def private_only(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    notes = [*NOT_KNOWN, PRIVATE_PLAN, NO_PUBLIC_PLAN]
    return _draft(tmp_path_factory.mktemp("private") / "p.db", notes)


def test_a_plan_for_private_law_only_is_said_so(private_only: ReportModel) -> None:
    """The plan notes name private law only and one says there is none for public law:
    the section and the key finding say the plan is private law's, never the service's,
    and the section says where leaders do not know (both notes name public law)."""
    [said] = _rests(private_only)
    assert said.text == (
        "Interviews with managers show that leaders do not know well enough where the service "
        "falls short in public law, but board papers set out a plan to improve private law "
        "practice, not public law practice."
    ), said.text
    assert "a plan to improve private law practice, not public law practice" in said.text
    assert "a plan to improve the service" not in said.text
    [kf] = _leaders_kf(private_only)
    assert "a plan to improve private law practice, not public law practice" in kf, kf
    assert "a plan to improve the service" not in kf


@pytest.fixture(scope="module")
def service_plan(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    notes = [*NOT_KNOWN, SERVICE_PLAN]
    return _draft(tmp_path_factory.mktemp("service") / "s.db", notes)


def test_a_plan_for_the_whole_service_is_the_services(service_plan: ReportModel) -> None:
    [said] = _rests(service_plan)
    assert said.text == (
        "Interviews with managers show that leaders do not know well enough where the service "
        "falls short in public law, but board papers set out a plan to improve the service."
    ), said.text


def test_could_not_explain_is_not_knowing(service_plan: ReportModel) -> None:
    """Both notes count as leaders not knowing, "could not explain" among them."""
    [said] = _rests(service_plan)
    assert "leaders do not know where it falls short (two notes)" in said.basis, said.basis


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ["Strategic plan strong on private law; silent on public law."],
            Scope(("private",), ("public",)),
        ),
        (["No strategy for improving public law practice."], Scope((), ())),  # no plan note
        (
            ["Recovery plan for private law.", "Improvement plan agreed for all teams."],
            Scope((), ()),
        ),
        (["Improvement plan agreed; it does not cover public law work."], Scope((), ("public",))),
        (["Action plan for public law and private law alike."], Scope(("private", "public"), ())),
        # A gap in something other than a plan is no gap in the plan.
        (
            ["Action plan for private law.", "Performance report: nothing on public law quality."],
            Scope(("private",), ()),
        ),
    ],
)
def test_what_a_plan_covers(texts: list[str], expected: Scope) -> None:
    assert scope(wording(), texts) == expected


@pytest.fixture(scope="module")
def not_yet_unexplained(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    notes = [
        SERVICE_PLAN,
        ("LG4", "INT_MANAGER", "development", "Senior managers could not explain why two teams had not improved since the plan began."),
    ]  # fmt: skip
    return _draft(tmp_path_factory.mktemp("upn") / "u.db", notes)


def test_not_knowing_keeps_the_plans_lack_of_impact(not_yet_unexplained: ReportModel) -> None:
    """Leaders could not explain why teams had not improved since the plan began: the
    sentence says the plan has not yet made a difference and that leaders do not know
    where the service falls short, dropping neither."""
    [said] = _rests(not_yet_unexplained)
    assert said.text == (
        "Interviews with managers show that leaders do not know well enough where the service "
        "falls short, but board papers set out a plan to improve the service, and interviews "
        "with managers show that the plan has not yet had the impact leaders intend."
    ), said.text
    assert "not yet" in said.text and "do not know" in said.text
