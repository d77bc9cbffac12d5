"""The margin under a claim leads with the claim's own side (tester 12's first audit:
under "Across the majority of cases, except some, practitioners do not respond well
enough when there are concerns for a child's safety" (SW1 3 for, 6 against) the Word
comment and the QA export showed three 'for' excerpts and none of the six against,
because the key findings had excerpted those first).  A safeguarding concern escalated
on a case is never balanced away by one case for (claim 13)."""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft.data import load
from exporters.draft.document import draft_report
from exporters.model import ReportModel, Section, Sentence
from store.models import Evidence
from tests.export.small import Small

TALLY = re.compile(r"In (\d+) of (\d+) cases with a view on \w+(?:; against in (\d+))?")
SIDE = re.compile(r"^[^:‘]*?, (for|against): ‘")

SAFE = "Safety plan agreed with the mother and the child knows who to tell"
UNSAFE = [
    "The school's referral about bruising was not followed up with the local authority",
    "A known risk from the mother's partner is not assessed in the report",
    "The child's disclosure was recorded but nobody contacted the local authority",
    "Police call-outs to the home are listed but not weighed in the advice",
    "Concerns raised by the health visitor were not followed up for seven weeks",
    "Contact with the father was recommended without checking the police information",
]


def _sentences(section: Section) -> list[Sentence]:
    return [x for p in section.paragraphs for x in p.sentences]


def _claims(report: ReportModel) -> list[Sentence]:
    return [x for sec in report.sections for x in _sentences(sec) if x.role == "claim"]


def _lean(basis: str) -> str:
    m = TALLY.search(basis)
    if not m:
        return ""
    pos, neg = int(m[1]), int(m[3] or 0)
    return "for" if pos > neg else "against" if neg > pos else ""


def _assert_margins_lead_with_their_side(report: ReportModel) -> int:
    """Each balanced claim about cases with a clear larger side whose excerpts name a
    side: the first excerpt is on that side, and no more of them are on the other side
    than on its own.  How many were checked."""
    quoted = {r for x in report.paragraphs() for s in x.sentences
              if s.role in ("example", "quote") for r in s.evidence_ids}  # fmt: skip
    checked = 0
    for s in _claims(report):
        lean = _lean(s.basis)
        if s.direction != "balanced" or not lean or not s.excerpts:
            continue
        sides = [m[1] for e in s.excerpts if (m := SIDE.match(e))]
        if len(sides) != len(s.excerpts) or set(s.evidence_ids) & quoted:
            continue  # a record the body quotes is shown there, not in the margin
        assert sides[0] == lean, (s.text, s.basis, s.excerpts)
        assert sides.count(lean) >= len(sides) - sides.count(lean), (s.text, s.excerpts)
        checked += 1
    return checked


def test_a_claim_s_excerpts_lead_with_its_own_side(tmp_path: Path) -> None:
    """An area graded inadequate: three cases follow up safeguarding concerns, six do not
    (as tester 12's Area 1).  The key findings speak of the six first; the area's claim
    still shows excerpts of the six first, the other side after, and says each side."""
    s = Small(tmp_path / "t.db")
    for k in range(3):
        s.ev(s.case(), ["SW1"], "strength", f"{SAFE} (visit {k + 1}).")
    for text in UNSAFE:
        s.ev(s.case(), ["SW1"], "development", f"{text}.")
    s.cases_noted("6", n=3, weak={"QP7"})
    s.judge("J18-0", "requires-improvement")
    s.judge("J18-4A", "inadequate", area="6")
    report = draft_report(load(s.store))
    s.close()
    area = next(x for x in report.sections if x.kind == "area")
    (claim,) = [x for x in _sentences(area) if x.role == "claim" and "SW1" in x.criteria]
    assert "In 3 of 9 cases with a view on SW1; against in 6" in claim.basis, claim.basis
    assert claim.excerpts, claim
    first = claim.excerpts[0]
    assert ", against: " in first or not any(t in first for t in (SAFE[:20],)), claim.excerpts
    assert not any(SAFE[:20] in e for e in claim.excerpts[:2]), claim.excerpts
    assert all(re.search(r", (?:for|against): ‘", e) for e in claim.excerpts), claim.excerpts


def test_hand_written_margins_lead_with_the_claim_s_side(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    """On the inspections written by hand, every balanced claim's margin leads with its
    larger side."""
    assert sum(map(_assert_margins_lead_with_their_side, handwritten_reports.values())) >= 5


def test_the_demo_s_margins_lead_with_the_claim_s_side(
    demo_drafts: tuple[ReportModel, ReportModel],
) -> None:
    """The same on the demo's report."""
    assert _assert_margins_lead_with_their_side(demo_drafts[0]) >= 5


def _escalated(s: Small, case: str, text: str, concern: str) -> None:
    s.store.put_evidence(Evidence(
        case_id=case, criteria=["QP12"], source="CASE_FILE", polarity="development",
        text=text, safeguarding=concern, escalation="escalated",
    ))  # fmt: skip


_TOLD = "Disclosure of physical harm not shared with the local authority."
_FRAGMENT = "Disclosure; LA not told."


def _sharing(tmp_path: Path, grade: str, concern: str = _FRAGMENT) -> Sentence:
    """Two cases on information sharing: one shares well, one kept a child's disclosure
    from the local authority for five weeks (escalated, the concern recorded as
    `concern`); the area graded `grade`.  A concern no sentence of which reads alone is
    said in the claim (these tests); one that does, as what happened
    (`test_told_concerns`)."""
    s = Small(tmp_path / "t.db")
    s.cases_noted("6", n=6, weak={"QP7"} if grade != "good" else set())
    s.ev(s.case(), ["QP12"], "strength",
         "The practitioner told the school and the health visitor what they needed to know.")  # fmt: skip
    _escalated(s, s.case(),
               "Girl told teacher; practitioner did not tell the LA for five weeks.",
               concern)  # fmt: skip
    s.judge("J18-4A", grade, area="6")
    report = draft_report(load(s.store))
    s.close()
    area = next(x for x in report.sections if x.kind == "area")
    (claim,) = [x for x in _sentences(area) if x.role == "claim" and "QP12" in x.criteria]
    return claim


def test_an_escalated_concern_is_not_balanced_away_by_one_case(tmp_path: Path) -> None:
    """Graded inadequate: the sentence states the weakness (one of the two cases), never
    the one case that shared well beside it, and says it was a safeguarding concern that
    inspectors escalated."""
    claim = _sharing(tmp_path, "inadequate")
    assert claim.direction == "against", (claim.text, claim.basis)
    assert re.search(r"(?i)\bone of the two cases\b", claim.text), claim.text
    assert "safeguarding concern" in claim.text and "escalated" in claim.text, claim.text
    assert not re.search(r"(?i)\b(?:but|while|although|however)\b", claim.text), claim.text


def test_graded_good_the_weakness_is_still_not_balanced_away(tmp_path: Path) -> None:
    """Graded good: still said as the weakness, with no added safeguarding sentence."""
    claim = _sharing(tmp_path, "good")
    assert claim.direction == "against", (claim.text, claim.basis)
    assert "safeguarding concern" not in claim.text, claim.text
