"""Issue 15, tester 13 (second audit, claim 5): "direct work with each child is of a good
standard" in all ten cases counted a note on an assessment of the grandparents, which
the weak area's one-case sentence marked "[Check before use: the note behind this may
not be about direct work with children]"; the national sentence counting the same note
carried no marker and no flag (the first audit's key finding had carried one).  A note
marked in one section is marked wherever a claim counts it (`kfchecks.carry_note_marks`).

On a small 2013-framework inspection written here, and on the hand-written inspections
(an invariant: no claim counts a marked note unmarked).
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

ORIGINAL = "[Check before use: the note behind this may not be about direct work with children]"
CARRIED = "[Check before use: a note counted here may not be about direct work with children]"
GRANDPARENTS = "Assessment of the grandparents was thorough and sensitive."


def _inspection(tmp_path: Path) -> tuple[ReportModel, str]:
    """Area 4: one case whose only note on direct work speaks of the grandparents'
    assessment; Area 6: four cases of direct work described as such."""
    s = Small(tmp_path / "dw.db", areas=[("4", "Merseyside", True), ("6", "Wessex", True)],
              framework="cafcass-2013")  # fmt: skip
    odd = s.case(area="4", law="PUBLIC", age="5-9")
    s.ev(odd, ["QP5"], "strength", GRANDPARENTS)
    for k, tool in enumerate(("a feelings chart", "three houses", "a wishes letter", "drawings")):
        case = s.case(area="6", age="10-13")
        s.ev(case, ["QP5"], "strength",
             f"Thoughtful direct work with the child using {tool}; visit {k + 1} planned with her.")  # fmt: skip
    for jid, grade in (("J13-0", "good"), ("J13-1", "good"), ("J13-2", "good"),
                       ("J13-3", "good")):  # fmt: skip
        s.judge(jid, grade, rationale="Recorded for the test.")
    ref = "T-001"  # `Small.case` numbers the cases in order
    try:
        return draft_report(load(s.store)), ref
    finally:
        s.close()


def _claims(report: ReportModel, crit: str) -> list[tuple[str, Sentence]]:
    return [(sec.heading, s) for sec in report.sections for p in sec.paragraphs
            for s in p.sentences if s.role == "claim" and crit in s.criteria]  # fmt: skip


def test_a_claim_counting_a_note_marked_elsewhere_is_marked_and_flagged(tmp_path: Path) -> None:
    report, ref = _inspection(tmp_path)
    claims = _claims(report, "QP5")
    marked = [s for _h, s in claims if ORIGINAL in s.text]
    assert marked, [s.text for _h, s in claims]  # the area's one-case sentence
    counting = [(h, s) for h, s in claims if ORIGINAL not in s.text and ref in s.case_refs]
    assert counting, "a national sentence counts the odd case with the four others"
    for heading, s in counting:
        assert CARRIED in s.text, (heading, s.text)
        assert "may be tagged wrongly" in s.flags, (heading, s.flags)
        assert ref in s.basis and "check its criteria" in s.basis, s.basis
    # A sentence not counting the note is left alone.
    for _h, s in claims:
        if ref not in s.case_refs:
            assert "[Check before use" not in s.text, s.text
    # The lead is told on the command line and in the dialog too.
    assert any("rests on notes that may be tagged" in w for w in report.warnings), report.warnings


def test_no_claim_counts_a_marked_note_unmarked_in_the_handwritten_inspections(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    head = "[Check before use: the note behind this may not be about "
    for name, report in handwritten_reports.items():
        # The body's findings and the key findings (an improvement point says what to
        # do, not what was found).
        sentences = [s for sec in report.sections if sec.kind in ("judgement", "area", "summary")
                     for p in sec.paragraphs for s in p.sentences]  # fmt: skip
        # The notes the body's own sentences mark (a key finding carries a body's marker
        # by criterion, onto notes on another criterion too).
        body = [s for sec in report.sections if sec.kind in ("judgement", "area")
                for p in sec.paragraphs for s in p.sentences]  # fmt: skip
        marked = {(c, e) for s in body if head in s.text for c in s.criteria
                  for e in s.evidence_ids}  # fmt: skip
        for s in sentences:
            if s.role != "claim" or head in s.text:
                continue
            counted = {(c, e) for c in s.criteria for e in s.evidence_ids}
            if counted & marked:
                assert "may be tagged wrongly" in s.flags, (name, s.text)
                assert "[Check before use" in s.text, (name, s.text)
