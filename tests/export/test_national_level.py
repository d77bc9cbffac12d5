"""Issue 15, the last independent audit (national-level evidence): a national section's
claim about cases is weighed against the inspectors' own records about the organisation
on the same point, by the same rule as an area's (`tallies.Pool.contrary`): two national
audits finding reports descriptive are said beside the case files that found them
analytical, never left out.

On a small inspection written here.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import DraftOptions, draft_report, load
from exporters.model import Sentence
from tests.export.small import STRONG, Small

FLAG = "area-level evidence disagrees"
AUDITS = (
    "National audit of 120 private law reports: in half, the recommendation does not "
    "follow from the analysis of the risks.",
    "The national performance and learning review sample found analysis in reports "
    "descriptive rather than analytical in most of the reports read.",
)


def _report_claims(tmp_path: Path, audits: int) -> dict[str, list[Sentence]]:
    s = Small(
        tmp_path / f"national-{audits}.db", areas=[("6", "Wessex", True), ("7", "Mercia", True)]
    )
    for area in ("6", "7"):
        for k in range(10):
            case = s.case(area)
            for crit, text in STRONG.items():
                s.ev(case, [crit], "strength", f"{text} ({area}-{k})")
    for text, source in zip(AUDITS[:audits], ("QA_AUDIT", "PLR"), strict=False):
        s.national(["QP7"], "development", text, source)
    for area in ("6", "7"):
        s.judge("J18-4A", "good", area=area)
    for jid in ("J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    try:
        report = draft_report(load(s.store), DraftOptions())
    finally:
        s.close()
    return {
        sec.heading: [x for p in sec.paragraphs for x in p.sentences
                      if x.role == "claim" and "QP7" in x.criteria]
        for sec in report.sections
    }  # fmt: skip


def test_national_audits_are_said_beside_the_case_files(tmp_path: Path) -> None:
    claims = _report_claims(tmp_path, audits=2)
    private = next(v for h, v in claims.items() if "private law practice" in h)
    (claim,) = private
    assert FLAG in claim.flags
    # The case files' finding first: a share of all of them, or the finding said first
    # and "in all cases" after it (voice31).
    first = claim.text.split(". ")[0]
    assert first.startswith(("All of the cases", "In all", "Across all", "Inspectors found")) or (
        first.endswith(" in all cases")), claim.text  # fmt: skip
    assert "internal audits" in claim.text.lower() and "not analytical enough" in claim.text
    assert "about the organisation" in claim.basis
    # The areas' sections hold no such records: their sentences on reports are unflagged.
    for heading, said in claims.items():
        if "(Area" in heading:
            assert all(FLAG not in x.flags for x in said), heading


def test_one_national_audit_is_not_enough(tmp_path: Path) -> None:
    claims = _report_claims(tmp_path, audits=1)
    assert all(FLAG not in x.flags for said in claims.values() for x in said)
