"""Issue 15, kf19: a law type's key finding draws on its section's weightiest strengths
by cases (tester 18's F15), the national leadership section says which evidence shows
the message its key finding states (tester 18's N5), and an outstanding judgement's
findings read as outstanding (tester 19's kind of inspection).

On inspections written by hand for these tests (`kf19_inspection`), and, for the
opening, one area built here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.claims import Context
from exporters.draft.sectionopening import balance_opening
from exporters.draft.sections import area_pool
from exporters.draft.trace import Used, Voice
from exporters.model import ReportModel, Section, Sentence
from store.store import Store
from tests.export.kf19_inspection import broad_strength, outstanding, unstated_strength
from tests.export.small import Small


def _report(path: Path) -> ReportModel:
    with Store.open(path) as store:
        return draft_report(load(store))


@pytest.fixture(scope="module")
def broad(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    path = tmp_path_factory.mktemp("kf19") / "broad.db"
    broad_strength(path).close()
    return _report(path)


@pytest.fixture(scope="module")
def top(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    path = tmp_path_factory.mktemp("kf19") / "outstanding.db"
    outstanding(path).close()
    return _report(path)


def _section(report: ReportModel, words: str) -> Section:
    return next(s for s in report.sections if words in s.heading)


def _sentences(sec: Section) -> list[Sentence]:
    return [x for p in [*sec.intro, *sec.paragraphs] for x in p.sentences]


def _law_finding(report: ReportModel, law: str) -> Sentence:
    kf = _sentences(_section(report, "key findings"))
    return next(x for x in kf if x.text.startswith(f"Practice in {law} is judged"))


# A law type's key finding: its section's weightiest strengths by cases -------------


def test_the_private_law_finding_names_its_broadest_strength_first(broad: ReportModel) -> None:
    """Initial risk assessment, sound in 14 of the 22 cases and weak in eight, is the
    private law section's main strength; the finding named only points on five to
    seven cases, each all one way, because 14 is not twice eight."""
    said = _law_finding(broad, "private law")
    assert "initial risk assessment" in said.text, said.text
    first = said.text.index("initial risk assessment")
    assert all(first < said.text.index(n) for n in ("advice to the court", "interviews with parents")
               if n in said.text), said.text  # fmt: skip
    assert "QP2 (private law): 14 for, 8 against of 22" in said.basis, said.basis


def test_the_section_states_the_same_strength(broad: ReportModel) -> None:
    """The finding summarises its section: the section states initial risk assessment
    on the side of its strengths."""
    body = [x for x in _sentences(_section(broad, "private law practice")) if "QP2" in x.criteria]
    assert body and body[0].direction in ("for", "balanced"), [(x.direction, x.text) for x in body]
    text = body[0].text  # ends on the strength, in whichever of its wordings is free
    assert ("good standard" in text or "strength" in text or text.endswith(" is sound.")
            or text.endswith(("well from the start.", "well at the start of the case."))), text  # fmt: skip


def test_an_even_split_is_no_strength_of_the_finding(broad: ReportModel) -> None:
    """Control: the analysis in reports, 11 sound and 10 weak, is in most of its cases'
    favour by one case: an even split, never a strength the finding names."""
    said = _law_finding(broad, "private law")
    assert "analysis" not in said.text, said.text


def test_the_weak_law_type_keeps_its_reasons(broad: ReportModel) -> None:
    """Control: public law's finding names its weaknesses as before."""
    said = _law_finding(broad, "public law")
    assert "case planning" in said.text and "avoiding delay" in said.text, said.text


def test_the_finding_names_only_strengths_its_section_states(tmp_path: Path) -> None:
    """The private law section states the advice to the court, risk assessment,
    children's wishes and analysis, leaves direct work and listening to children in its
    placeholder of strengths not drafted and seeing children (13 for, nine against) in
    its marker of weaknesses not drafted: the key finding names none of those three."""
    unstated_strength(tmp_path / "u.db").close()
    report = _report(tmp_path / "u.db")
    said = _law_finding(report, "private law")
    body = _sentences(_section(report, "private law practice"))
    stated = {c for x in body if x.role == "claim" and x.direction != "against" for c in x.criteria}
    assert said.criteria and set(said.criteria) <= stated, (said.criteria, stated, said.text)
    for noun in ("direct work", "listening", "seeing children"):
        assert noun not in said.text, said.text


# The leaders' message: said once in each place, in different words -----------------


def _leaders_section(report: ReportModel) -> list[Sentence]:
    return _sentences(_section(report, "leadership and governance of the national"))


def test_the_section_names_the_evidence_behind_the_leaders_message(top: ReportModel) -> None:
    """The section's sentence on what leaders know, their plan and its effect names the
    sources each rests on, where the key finding says the message itself."""
    said = next(
        x for x in _leaders_section(top) if "plan" in x.text and "leaders" in x.text.lower()
    )
    text = said.text.lower()
    assert "interviews with managers" in text and "board papers" in text, said.text
    assert "performance information" in text, said.text
    kf = [x.text for x in _sentences(_section(top, "key findings"))]
    assert said.text not in kf, kf


def test_the_key_finding_and_the_section_do_not_say_it_alike(top: ReportModel) -> None:
    kf = next(x for x in _sentences(_section(top, "key findings")) if "plan" in x.text)
    section = next(x for x in _leaders_section(top) if "plan" in x.text)
    words = set(kf.text.lower().split())
    shared = len(words & set(section.text.lower().split())) / len(words)
    assert shared < 0.7, (kf.text, section.text)


# An outstanding judgement's findings read outstanding -------------------------------


def test_an_outstanding_leadership_plan_is_not_said_in_a_weaker_grade_s_terms(
    top: ReportModel,
) -> None:
    """The notes say the plan's effect is not seen yet: under an outstanding leadership
    the key finding says so without "not yet had enough impact", the words of a grade
    below good, and still says it is not yet seen."""
    kf = [x.text for x in _sentences(_section(top, "key findings"))]
    message = next(t for t in kf if "plan" in t)
    assert "enough impact" not in message, message
    assert "not yet" in message, message


def test_a_good_leadership_keeps_the_plain_words(tmp_path: Path) -> None:
    """Control: the same notes under a leadership judged good say "not yet had enough
    impact on practice"."""
    outstanding(tmp_path / "good.db", leaders="good").close()
    kf = [x.text for x in _sentences(_section(_report(tmp_path / "good.db"), "key findings"))]
    assert any("not yet had enough impact" in t for t in kf), kf


def test_the_outstanding_key_findings_lead_with_strengths(top: ReportModel) -> None:
    kf = [x for x in _sentences(_section(top, "key findings")) if x.role != "fixed"]
    assert kf[0].direction == "for", [(x.direction, x.text) for x in kf]
    assert not any(x.direction == "against" for x in kf[:2]), [x.text for x in kf]


NOTES = {
    "QP1": ("The hearing date was met with the work done {d}.", "The report went in {d} late."),
    "QP7": ("The report weighs each risk and option, {d}.", "The report, {d}, gives no analysis."),
    "QP8": ("The girl was seen alone {d}, where she chose.", "The boy was seen only with his father {d}."),
    "QP11": ("The file is current, the last entry {d}.", "Nothing is on the file since {d}."),
}  # fmt: skip
WHEN = ("in May", "on a Monday", "after school", "at home", "last week", "in the holidays")


def _outstanding_opening(path: Path, cases: int, weak: int) -> Sentence:
    """The balance opening (`sectionopening.balance_opening`, said where no stock
    headline is borne out) of Area 6 judged outstanding: `cases` cases with a note on
    each of `NOTES`, sound but for `weak` of them, weak on timeliness (QP1)."""
    s = Small(path, areas=[("6", "Upland Vale", True)])
    for n in range(cases):
        case = s.case()
        for k, (crit, (good, poor)) in enumerate(NOTES.items()):
            bad = crit == "QP1" and n < weak
            s.ev(case, [crit], "development" if bad else "strength",
                 (poor if bad else good).format(d=WHEN[(n + k) % len(WHEN)]))  # fmt: skip
    s.judge("J18-4A", "outstanding", area="6")
    data = load(s.store)
    s.close()
    pool = area_pool(data, ("6",))[0]
    ctx = Context(pool, Voice(), Used(data.rules.near_same_share), pool.key, "Area 6", "",
                  grade="outstanding")  # fmt: skip
    got = balance_opening(ctx, "area", "outstanding")
    return Sentence(text=got.text, role="headline", basis="; ".join(got.lines))


def test_an_outstanding_opening_says_almost_all_where_almost_all_is_positive(
    tmp_path: Path,
) -> None:
    """Forty-three findings for and one against: "almost all of what inspectors found",
    not "most" (tester 18's Area 6, 48 for and two against, read flat for an
    outstanding area)."""
    head = _outstanding_opening(tmp_path / "a.db", 11, 1)
    assert "Case findings on practice: 43 for, 1 against" in head.basis, head.basis
    assert "consistently strong" in head.text, head.text
    assert "almost all of what inspectors found was positive" in head.text, head.text


def test_an_outstanding_opening_with_more_against_says_most(tmp_path: Path) -> None:
    """Control: 39 findings for and five against (not nine to one): "most", as before."""
    head = _outstanding_opening(tmp_path / "b.db", 11, 5)
    assert "Case findings on practice: 39 for, 5 against" in head.basis, head.basis
    assert "almost all" not in head.text and "most of what" in head.text, head.text
