"""Issue 15, an independent tester's finding (session 8, note D): one national
performance note ("90% of reports on time; public law cases allocated on day one") gave
the private law section "The evidence shows good practice in the use of performance
information" and the public law section "Inspectors saw strengths in the use of
performance information".  A record is not to carry two sections' claims on the same
point: a national judgement's section claims only on the criteria the framework links
to that judgement, so the note's performance-management point is the leadership
section's, and its point on delay is each law type's.

On a small inspection written here, and on the hand-written inspections.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.draft.words import words
from exporters.model import ReportModel, Section
from store.framework import Framework, load_framework
from tests.export.small import Small

KPI = (
    "National performance report for the second quarter: nine in ten reports were filed "
    "on time, and almost every public law case was allocated on the day it arrived."
)
DELAY_GOOD = "The report was filed on the date the court set and the hearing went ahead (case {n})."
DELAY_POOR = "The report was filed three weeks late and the final hearing was put back (case {n})."


FRAMEWORKS = ("cafcass-2013", "cafcass-2018", "cafcass-2021")


def _framework(report: ReportModel) -> Framework:
    """The framework whose judgements the report's sections are of."""
    ids = {sec.judgement_id for sec in report.sections if sec.judgement_id}
    return next(fw for fw in map(load_framework, FRAMEWORKS)
                if ids <= {j.id for j in fw.judgements})  # fmt: skip


def _national(report: ReportModel) -> dict[str, Section]:
    """The national judgement sections but the local services' (which is judged on all
    of the areas' evidence), by judgement id."""
    fw = _framework(report)
    out = {}
    for sec in report.sections:
        if sec.kind != "judgement" or not sec.judgement_id:
            continue
        jdef = next(j for j in fw.judgements if j.id == sec.judgement_id)
        if words().judgement_kind(jdef) != "local":
            out[sec.judgement_id] = sec
    return out


def _claims(sec: Section) -> list[tuple[str, list[str], list[str]]]:
    """(text, criteria, evidence ids) of each sentence in a section that claims a finding."""
    return [
        (s.text, s.criteria, s.evidence_ids)
        for p in sec.paragraphs for s in p.sentences if s.role == "claim"
    ]  # fmt: skip


def test_a_national_note_on_two_judgements_is_claimed_in_each_on_its_own_point(
    tmp_path: Path,
) -> None:
    """The note is tagged with delay (linked to both law types' judgements) and with
    performance management (linked to the leadership judgement only): neither law
    type's section claims anything on performance management, and the leadership
    section does."""
    s = Small(tmp_path / "kpi.db")
    kpi = s.national(["LG3", "QP1"], "strength", KPI, "PERF_DATA")
    s.national(["LG3"], "strength", "The board reads a performance report on every area "
               "each quarter and asked for a review of one area's late reports.", "BOARD_PAPERS")  # fmt: skip
    for law in ("PRIVATE", "PUBLIC"):
        for n in range(4):
            s.ev(s.case(law=law), ["QP1"], "strength", DELAY_GOOD.format(n=n + 1))
        s.ev(s.case(law=law), ["QP1"], "development", DELAY_POOR.format(n=9))
    for jid in ("J18-1", "J18-2", "J18-3"):
        s.judge(jid, "good")
    s.judge("J18-4A", "good", area="6")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    sections = _national(report)
    for jid in ("J18-1", "J18-2"):
        on_lg3 = [t for t, crits, _ in _claims(sections[jid]) if "LG3" in crits]
        assert on_lg3 == [], (jid, on_lg3)
    lead = [t for t, crits, evs in _claims(sections["J18-3"]) if "LG3" in crits]
    assert lead, "the leadership section states performance management"
    carried = [(jid, t) for jid, sec in sections.items() for t, crits, evs in _claims(sec)
               if kpi in evs and "LG3" in crits]  # fmt: skip
    assert len(carried) == 1, carried


def test_no_record_carries_two_national_sections_claims_on_one_criterion(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    """On every hand-written inspection: a national judgement section's claims are on
    criteria linked to its judgement, and a record about the organisation backs claims
    on one criterion in one national section at most."""
    for name, report in handwritten_reports.items():
        fw = _framework(report)
        linked = {c.id: set(c.judgements) for c in fw.criteria}
        held: dict[tuple[str, str], set[str]] = {}
        for jid, sec in _national(report).items():
            for text, crits, evs in _claims(sec):
                for c in crits:
                    assert not linked.get(c) or jid in linked[c], (name, jid, c, text)
                    for e in evs:
                        held.setdefault((e, c), set()).add(jid)
        twice = {k: v for k, v in held.items() if len(v) > 1}
        # A case's note on a practice criterion counts in its own law type's section
        # only; a note about the organisation on a criterion of both law types is the
        # only record that may be in two (its point differs by law type).
        both_laws = {c.id for c in fw.criteria if len(c.judgements) > 1}
        assert all(c in both_laws for (_e, c) in twice), (name, twice)
