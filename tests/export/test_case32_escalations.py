"""case32's test on the safeguarding key finding said in two sentences (tester 30's and
tester 31's ran to 46 and 61 words): where an inadequate law type's finding already says
its safeguarding failure, the safeguarding finding said of the other law type keeps the
concerns escalated, in their own sentence (`kfworst._elsewhere`).  Notes written here."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from store.models import Evidence
from tests.export.small import Small

MISSED = (
    "A disclosure of violence at home was logged but no referral was made to the council.",
    "Police information about the father's threats was read and not acted on for weeks.",
    "The school's report of bruising was never followed up with children's services.",
    "The mother's new partner was not checked although the council had raised him.",
    "A child's account of being hit was noted and nothing further was done.",
    "Checks showed a recent injunction, and the safeguarding letter says nothing of it.",
    "A neighbour's referral about neglect waited three weeks before anyone acted.",
    "The FCA heard of drug use in the home and did not tell the local authority.",
)
KEPT = (
    "The FCA told the council of the disclosure the same day and agreed a safety plan.",
    "Police checks were chased and the risk was shared with the social worker at once.",
)


def test_the_concerns_escalated_are_kept_beside_the_other_law_types_failing(
    tmp_path: Path,
) -> None:
    s = Small(tmp_path / "e.db", areas=[("41", "Westvale", True), ("42", "Eastmoor", True)])
    n = 0
    for law, weak, good in (("PUBLIC", 8, 1), ("PRIVATE", 6, 2)):
        for k in range(weak + good):
            case = s.case(area="41" if k % 2 else "42", law=law)
            if k >= weak:
                s.ev(case, ["SW1"], "strength", KEPT[k - weak] + f" Visit {k}.")
                continue
            status = "escalated" if n < 3 else "needs-escalation" if n < 5 else "none"
            text = f"{MISSED[k]} ({law.lower()} case {k + 1})"
            s.store.put_evidence(Evidence(
                case_id=case, criteria=["SW1"], source="CASE_FILE", polarity="development",
                text=text, safeguarding=text if status != "none" else "",
                escalation=status,  # type: ignore[arg-type]
                escalation_note="Raised with the head of service." if n < 3 else "",
            ))  # fmt: skip
            n += 1
    s.judge("J18-2", "inadequate")
    s.judge("J18-1", "requires-improvement")
    s.judge("J18-0", "inadequate")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    summary = next(sec for sec in report.sections if sec.kind == "summary")
    said = " ".join(x.text for p in summary.paragraphs for x in p.sentences)
    assert "senior managers' attention" in said, said
