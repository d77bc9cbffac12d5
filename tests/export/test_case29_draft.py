"""case29's tests on its hand-written inspections (`tests.export.case29_inspection`):
tester 28's A2 (the denominator of safeguarding claims) and A3 (notes about a child's
identity filed under safeguarding)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.identityaside import about_identity_only
from exporters.model import ReportModel, Sentence
from exporters.qa import summary
from tests.export import case29_inspection as insp
from tests.export.small import Small

# Proportion words stronger than "some" (the framework's bands from "many" upwards).
STRONGER = re.compile(r"\b(?:many|most|majority|almost all|nearly all|all of the)\b", re.I)


def _report(s: Small) -> ReportModel:
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _on(report: ReportModel, crit: str, kind: str) -> list[Sentence]:
    return [x for sec in report.sections if sec.kind == kind for p in sec.paragraphs
            for x in p.sentences if crit in x.criteria and x.role == "claim"]  # fmt: skip


@pytest.mark.parametrize(
    ("per_area", "with_view", "short_in", "said"),
    [(42, 29, 11, "11 of the 29 cases"), (30, 12, 8, "eight of the 12 cases")],
)
def test_few_cases_with_evidence_are_counted_with_their_base(
    tmp_path: Path, per_area: int, with_view: int, short_in: int, said: str
) -> None:
    """Tester 28's A2: safeguarding written about in 29 of the 84 cases sampled (inspectors
    write about it mostly where something is wrong), 11 of them short, drafted as "In
    many of the cases inspectors could assess, ...".  The share is still of the cases
    with evidence, but where fewer than half of the sampled cases have any, the lead
    reads the counts and the base, no proportion word above "some"; the margin says the
    coverage is low, and the QA view flags it.  The national sections' base is the cases
    read, said so (case31, tester 30's F12: "(of the 98 sampled)" was 98 read of 117)."""
    report = _report(insp.build_sparse_safeguarding(tmp_path / "k.db", per_area, with_view,
                                                     short_in))  # fmt: skip
    sampled = 2 * per_area
    [key] = _on(report, "SW1", "summary")
    assert said in key.text and f"(of the {sampled} read)" in key.text, key.text
    assert not STRONGER.search(key.text), key.text
    assert f"low coverage: {with_view} of {sampled} read have evidence" in key.basis
    assert "low coverage" in key.flags
    body = _on(report, "SW1", "judgement")
    assert body, [x.text for sec in report.sections for p in sec.paragraphs for x in p.sentences]
    for s in body:
        assert f"of the {with_view} cases" in s.text or f"the {with_view} cases" in s.text, s.text
        assert f"(of the {sampled} read)" in s.text, s.text
        assert not STRONGER.search(s.text), s.text
        assert f"low coverage: {with_view} of {sampled} read have evidence" in s.basis
        assert "low coverage" in s.flags
    assert any(line.startswith("Flagged 'low coverage'") for line in summary(report))


def test_most_cases_with_evidence_keep_their_proportion_word(tmp_path: Path) -> None:
    """Where more than half of the sampled cases have evidence on safeguarding (40 of 60,
    24 short), the share keeps its proportion word and no coverage note."""
    report = _report(insp.build_sparse_safeguarding(tmp_path / "k.db", 30, 40, 24))
    body = _on(report, "SW1", "judgement")
    assert body
    for s in body:
        assert "read)" not in s.text and "low coverage" not in s.flags, s.text
    assert any(STRONGER.search(s.text) for s in body), [s.text for s in body]


def test_notes_on_a_childs_identity_are_left_out_of_safeguarding(tmp_path: Path) -> None:
    """Tester 28's A3: three notes on a child's faith, language or heritage, tagged with
    following up safeguarding concerns, were counted as concerns not followed up (six for,
    four against).  They are left out of that tally and claim, and the margin and the QA
    view say so and why; a note on a child's religion that raises a risk the FCA did not
    weigh is about safeguarding, and stays counted against."""
    report = _report(insp.build_identity_notes(tmp_path / "m.db"))
    said = [*_on(report, "SW1", "area"), *_on(report, "SW1", "judgement")]
    assert len(said) == 2, [x.text for x in said]
    for s in said:
        assert "In 6 of 7 cases with a view on SW1; against in 1" in s.basis, s.basis
        assert (
            "3 notes about the child's identity left out: not about safeguarding "
            "(T-007, T-008, T-009)" in s.basis
        ), s.basis
        assert "identity note left out" in s.flags
        assert not {"T-007", "T-008", "T-009"} & set(s.case_refs), s.case_refs
        assert not re.search(r"\b(?:four|4)\b", s.text), s.text
    assert any(line.startswith("Flagged 'identity note left out'") for line in summary(report))
    words = " ".join(x.text for sec in report.sections for p in sec.paragraphs
                     for x in p.sentences)  # fmt: skip
    for note in insp.IDENTITY_ONLY:  # never an example of safeguarding either
        assert note[:40].lower() not in words.lower()


@pytest.mark.parametrize(
    ("note", "left_out"),
    [
        ("The report never mentions the boy's Muslim faith or what Eid means to him.", True),
        ("An interpreter was not booked, so the father spoke in his second language.", True),
        ("Her autism and how she communicates are not described in the letter.", True),
        ("The girl's religious community was not asked about; the risk of harm was missed.", False),
        ("The FCA did not refer the worry about the uncle's threats to the council.", False),
        ("Police checks were not read before the first hearing.", False),
    ],
)
def test_which_notes_are_about_identity_only(note: str, left_out: bool) -> None:
    """A note speaking of the child's identity or diversity and of no risk, harm,
    concern, referral or protection is about identity only; one that also speaks of a
    risk, or of nothing about identity, is not."""
    assert about_identity_only(note) is left_out


def test_an_area_below_good_says_early_how_it_is_led(tmp_path: Path) -> None:
    """Tester 28's A6: an area section graded below good opened on its practice tallies
    and said how the area is led only after every practice finding.  Quarrydale's
    managers check too little of the work (an observation of supervision) and do not act
    on their own audit: after its headline and the weakness its grade rests on (analysis
    in ten of 12 reports), its second paragraph says how it is led, before its other
    weaknesses (children not seen, delay, recording, planning) and its strength."""
    report = _report(insp.build_led_weakly(tmp_path / "q.db"))
    [sec] = [x for x in report.sections if x.kind == "area"]
    found = [[s for s in p.sentences if s.role == "claim"] for p in sec.paragraphs]
    found = [x for x in found if x]
    said = [[s.text for s in x] for x in found]
    assert found[0][0].criteria == ["QP7"], said  # the weakness deciding the grade first
    assert sec.paragraphs[1].theme == "leadership", said
    assert [s.criteria for s in found[1]] == [["LG4"], ["LG6"]], said  # then how it is led
    assert all(s.direction == "against" for s in found[1]), said
    later = [c for x in found[2:] for s in x for c in s.criteria]
    assert {"QP8", "QP1", "QP11", "QP6", "QP3"} <= set(later), said
