"""Issue 15, the last independent audit: a section said "In most cases, supervision was
reflective and helped practitioners plan" from the case files, while the area's own
evidence (observed supervision, its practice learning review) found supervision largely
procedural; the draft stated the case tally as the finding.  Now the case tally is
never stated alone against material area-level evidence the other way
(`tallies.Pool.contrary`: at least the framework's `material_cases` of the inspectors'
own records about the area on the point, more of them against the tally than with it):
the sentence says what those sources found as well (`arealevel`), carries the flag
"area-level evidence disagrees" (the QA view) and the lead is warned.

On small inspections written here, and on the hand-written inspection (its Area 3).
"""

from __future__ import annotations

import csv
from pathlib import Path

import docx

from exporters.draft import DraftOptions, draft_report, load
from exporters.export import export_report
from exporters.model import ReportModel, Section, Sentence
from exporters.qa import export_qa
from store.store import Store
from tests.export.small import STRONG, WEAK, Small

FLAG = "area-level evidence disagrees"
SUP_GOOD = ("Supervision recorded on the file is reflective: the manager and FCA think "
            "through the child's experience and agree a plan for the next visit ({k}).")  # fmt: skip
SUP_POOR = "Supervision on the file is a list of deadlines with no reflection on the child ({k})."
OBSERVED = (
    "Observed supervision session: the manager ran through deadlines for each case; no "
    "discussion of the children's experiences or of the analysis.",
    "Second observed supervision was procedural too: case list, dates and tasks, with no "
    "reflection on the practitioner's thinking.",
)
PLR = ("The area's practice learning review found supervision largely procedural and "
       "task-focused, with little reflective discussion.")  # fmt: skip
AUDITS = (
    "The area's audit of twenty files found management oversight recorded and effective "
    "in all but two.",
    "Observed supervision: the manager challenged the analysis and agreed clear actions.",
)


def _inspection(
    tmp_path: Path, area_notes: list[tuple[list[str], str, str, str]], weak_files: bool = False
) -> Small:
    """Two areas of ten cases each, supervision on the files reflective in eight (or,
    with `weak_files`, procedural in eight); `area_notes` about Area 6 (criteria,
    polarity, text, source)."""
    s = Small(tmp_path / "area.db", areas=[("6", "Wessex", True), ("7", "Mercia", True)])
    for area in ("6", "7"):
        for k in range(10):
            case = s.case(area)
            for crit, text in STRONG.items():
                s.ev(case, [crit], "strength", f"{text} ({area}-{k})")
            good = (k < 8) != weak_files
            s.ev(case, ["QPN4"], "strength" if good else "development",
                 (SUP_GOOD if good else SUP_POOR).format(k=f"{area}-{k}"))  # fmt: skip
    for crits, polarity, text, source in area_notes:
        s.about_area("6", crits, polarity, text, source)
    for area in ("6", "7"):
        s.judge("J18-4A", "good", area=area)
    for jid in ("J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    return s


RECORDING = (
    "The area's audit of forty files found recording up to date and clear in thirty-six.",
    "Performance report for the area: 96% of visits written up on the file within five days.",
)
PROCEDURAL = [
    (["QPN4"], "development", OBSERVED[0], "OBS_SUPERVISION"),
    (["LG4"], "development", OBSERVED[1], "OBS_SUPERVISION"),  # the same point, said of the service
    (["QPN4"], "development", PLR, "PLR"),
]


def _area(report: ReportModel, code: str) -> Section:
    return next(sec for sec in report.sections if sec.kind == "area" and sec.area_code == code)


def _sentences(sec: Section) -> list[Sentence]:
    return [s for p in sec.paragraphs for s in p.sentences]


def _on(sec: Section, crit: str) -> list[Sentence]:
    return [s for s in _sentences(sec) if s.role == "claim" and crit in s.criteria]


def test_observed_supervision_is_said_beside_the_case_files(tmp_path: Path) -> None:
    s = _inspection(tmp_path, PROCEDURAL)
    try:
        data = load(s.store)
        ids = {data.ids[i] for evs in data.area_level.values() for i in evs}
        report = draft_report(data, DraftOptions())
        wessex, mercia = _area(report, "6"), _area(report, "7")
        (claim,) = _on(wessex, "QPN4")
        # The case files' tally is still said, and what observation found beside it.
        assert FLAG in claim.flags
        # Said as where inspectors found it, never as who found it (tester 11).
        assert "in the supervision inspectors observed" in claim.text.lower()
        assert "Area 6" in claim.text
        assert "not effective enough" in claim.text or "weaknesses in" in claim.text
        assert ids <= set(claim.evidence_ids)
        assert "go the other way from the case files" in claim.basis
        # No consequence of the strength after it ("This means that managers know ...").
        after = _sentences(wessex)[_sentences(wessex).index(claim) + 1 :]
        assert not after or after[0].role != "impact"
        # An area with no such evidence: its sentence on supervision is unflagged.
        assert all(FLAG not in x.flags for x in _sentences(mercia))
        # The lead is told, naming the section.
        assert any("disagrees with the case files" in w and "Area 6" in w
                   for w in report.warnings)  # fmt: skip
        # The QA reader sees the flag on that sentence, and the count in its summary.
        out = tmp_path / "qa.csv"
        export_qa(s.store, out)
        with out.open(encoding="utf-8-sig") as fh:
            rows = [r for r in csv.DictReader(fh) if FLAG in r["flags"]]
        assert [r["sentence"] for r in rows] == [claim.text]
        assert "Area 6" in rows[0]["section"]
        # The Word export is written: nothing in the comment reads as a name.
        result = export_report(s.store, tmp_path / "report.docx")
        assert not result.hits
        body = " ".join(p.text for p in docx.Document(str(result.path)).paragraphs)
        assert "supervision inspectors observed" in body
    finally:
        s.close()


def test_the_rule_counts_material_area_level_evidence_of_the_inspectors_own(
    tmp_path: Path,
) -> None:
    cases = {
        # one observation is an anecdote
        "one": [PROCEDURAL[0]],
        # as many of the area's own notes agree with the files as go against them
        "even": [*PROCEDURAL[:2], (["QPN4"], "strength", AUDITS[1], "OBS_SUPERVISION"),
                 (["QPN4"], "strength", AUDITS[0], "QA_AUDIT")],
        # judges' views are their own sentence's, not the inspectors' finding
        "judges": [(["QPN4"], "development", f"Judge {k}: supervision seems a tick-box exercise.",
                    "INT_JUDICIARY") for k in range(3)],
    }  # fmt: skip
    for name, notes in cases.items():
        folder = tmp_path / name
        folder.mkdir()
        s = _inspection(folder, notes)
        try:
            report = draft_report(load(s.store), DraftOptions())
            flagged = [x.text for x in _sentences(_area(report, "6")) if FLAG in x.flags]
            assert flagged == [], name
        finally:
            s.close()


def test_strengths_the_area_found_are_said_beside_weak_case_files(tmp_path: Path) -> None:
    """The same rule the other way: case recording weak on eight files of ten, where the
    area's own audit and its performance report found recording up to date."""
    s = Small(tmp_path / "recording.db")
    for k in range(10):
        case = s.case()
        weak = k < 8
        s.ev(case, ["QP11"], "development" if weak else "strength",
             f"{WEAK['QP11'] if weak else STRONG['QP11']} ({k})")  # fmt: skip
    s.about_area("6", ["QP11"], "strength", RECORDING[0], "QA_AUDIT")
    s.about_area("6", ["QP11"], "strength", RECORDING[1], "PERF_DATA")
    s.judge("J18-4A", "requires-improvement", area="6")
    try:
        report = draft_report(load(s.store), DraftOptions())
        (claim,) = _on(_area(report, "6"), "QP11")
        assert claim.direction in ("against", "balanced")
        assert FLAG in claim.flags
        assert "internal audits" in claim.text or "performance information" in claim.text
        assert "strengths in" in claim.text or "up to date" in claim.text or "well" in claim.text
    finally:
        s.close()


def test_the_handwritten_inspection_weighs_area_3_s_observed_supervision(
    handwritten_reports: dict[str, ReportModel], handwritten_store: Store, tmp_path: Path
) -> None:
    """The hand-written Area 3: observed supervision went 'through the caseload one case
    at a time, checking filing dates', and its performance and learning reviews were
    empty, beside case files split on management oversight."""
    report = handwritten_reports["handwritten"]
    flagged = [x for sec in report.sections if sec.kind == "area"
               for x in _sentences(sec) if FLAG in x.flags]  # fmt: skip
    assert flagged
    for x in flagged:
        assert "QPN4" in x.criteria
        assert "OBS_SUPERVISION" in x.sources
        assert "in the supervision inspectors observed" in x.text.lower()
    # Nowhere else: every other area's sentences are unflagged.
    assert len(flagged) == 1
    # Its Word export is written (a source's code in the comment stopped it as a name).
    result = export_report(handwritten_store, tmp_path / "handwritten.docx")
    body = " ".join(p.text for p in docx.Document(str(result.path)).paragraphs)
    assert (
        "in the supervision inspectors observed and in the performance and learning "
        "reviews inspectors read in Area 3"
    ) in body
