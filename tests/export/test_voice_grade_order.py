"""A section graded inadequate or requires improvement leads with its weaknesses,
safeguarding first, and its strengths follow (issue 15: "consistent with the
judgement"; the README: the weaknesses come second, straight after the headline, when
the grade is below good).

Independent tester, session 11: the public law section, graded inadequate, opened on
management oversight on children's files (seven cases for, three against) before its
safeguarding weakness (four of seven against) and children's wishes and feelings (six of
seven against).  The inspection here is written by hand in the test: ten public law
cases with the same split, and the same section graded good for comparison (a good
section keeps its strengths before its other weaknesses, safeguarding first)."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from tests.export.small import Small

OVERSIGHT_GOOD = "The manager's note on the file sets clear actions and a date to review the plan"
OVERSIGHT_WEAK = "No manager's note on the file since allocation; nobody checked the plan"
SAFE_GOOD = "The police check showed a caution; the FCA spoke to the local authority that day"
SAFE_WEAK = "A disclosure of being hit by the stepfather is on file with no referral made"
WISHES_GOOD = "The report gives the boy's wishes in his own words and what they mean for him"
WISHES_WEAK = "The report says nothing of what the girl wants or how she feels about moving"


def _public_law(path: Path, grade: str) -> ReportModel:
    """Ten public law cases in Area 6: oversight (QPN4) good in seven and weak in three;
    safeguarding (SW1) followed up in three of seven; wishes and feelings (QP3) conveyed
    in one of seven; the public law judgement (J18-2) graded `grade`."""
    s = Small(path)
    cases = [s.case(area="6", law="PUBLIC", age="10-13") for _ in range(10)]
    for k, case in enumerate(cases):
        good = k < 7
        s.ev(case, ["QPN4"], "strength" if good else "development",
             f"{OVERSIGHT_GOOD if good else OVERSIGHT_WEAK} (file {k + 1}).")  # fmt: skip
        if k < 7:
            safe = k < 3
            s.ev(case, ["SW1"], "strength" if safe else "development",
                 f"{SAFE_GOOD if safe else SAFE_WEAK} (file {k + 1}).")  # fmt: skip
            heard = k == 0
            s.ev(case, ["QP3"], "strength" if heard else "development",
                 f"{WISHES_GOOD if heard else WISHES_WEAK} (file {k + 1}).")  # fmt: skip
    s.judge("J18-2", grade, rationale="Weak safeguarding and children's voices not heard.")
    s.judge("J18-4A", "requires-improvement", area="6")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _section(report: ReportModel, judgement: str) -> Section:
    return next(x for x in report.sections if x.judgement_id == judgement and not x.area_code)


def _claims(section: Section) -> list[Sentence]:
    return [x for p in section.paragraphs for x in p.sentences if x.role == "claim"]


def test_an_inadequate_section_leads_with_safeguarding_and_its_weaknesses(tmp_path: Path) -> None:
    claims = _claims(_section(_public_law(tmp_path / "i.db", "inadequate"), "J18-2"))
    said = [c.criteria[0] for c in claims]
    assert {"QPN4", "SW1", "QP3"} <= set(said), [c.text for c in claims]
    assert said[0] == "SW1", [c.text for c in claims]  # safeguarding first
    assert said.index("QP3") < said.index("QPN4"), [c.text for c in claims]
    first = claims[0].text.lower()
    assert "safeguard" in first or "safety" in first or "referral" in first, claims[0].text


def test_a_good_section_says_safeguarding_then_its_strength(tmp_path: Path) -> None:
    """Graded good, the section puts its weaknesses last, but its safeguarding weakness
    (four of seven cases) first whatever the grade (README; session 21, tester 20's F18:
    a private law section graded good said it third), then its strength before its
    other weaknesses."""
    claims = _claims(_section(_public_law(tmp_path / "g.db", "good"), "J18-2"))
    said = [c.criteria[0] for c in claims]
    assert said[:1] == ["SW1"], [c.text for c in claims]
    assert said.index("QPN4") < said.index("QP3"), [c.text for c in claims]


def test_an_area_requiring_improvement_opens_on_its_weakness(tmp_path: Path) -> None:
    """An area section graded requires improvement whose only leadership finding is one
    strength record (board minutes) opens its findings on the practice weakness."""
    s = Small(tmp_path / "a.db")
    s.about_area("6", ["LG3"], "strength",
                 "Board minutes record the private law audit and agree a re-audit in summer.",
                 "PERF_DATA")  # fmt: skip
    s.cases_with(6, "QP7", "development",
                 "The report retells the history but does not analyse the risks to the child")  # fmt: skip
    s.cases_with(2, "QP7", "strength",
                 "The analysis weighs each option for the child and the recommendation follows")  # fmt: skip
    s.judge("J18-4A", "requires-improvement", area="6")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    area = next(x for x in report.sections if x.kind == "area" and x.area_code == "6")
    claims = _claims(area)
    assert [c.criteria[0] for c in claims][:1] == ["QP7"], [c.text for c in claims]
    assert any(c.criteria == ["LG3"] for c in claims[1:]), [c.text for c in claims]
