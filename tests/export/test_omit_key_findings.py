"""Issue 15, an independent tester's finding (session 8, key finding 1): "Practice is at
its best in analysis in reports: the analysis in the report is sound" names the
practice and then says it again in the criterion's own words, and gives none of the
evidence.  A key finding on the strongest or the weakest practice names each point once
and says its evidence: the share of the cases inspectors could assess.

On a small inspection written here, and on the hand-written inspections.
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_report, load
from exporters.draft.casethemes import wording
from exporters.draft.words import words
from exporters.model import ReportModel, Sentence
from store.framework import load_framework
from tests.export.small import Small

SOUND = "The analysis weighs each option for the child and the recommendation follows (case {n})."
THIN = "The report retells the history but does not weigh the options for the child (case {n})."
RISK_POOR = (
    "The first screening missed the police call-outs, so the risk was not assessed (case {n})."
)
RISK_OK = "Screening checks were done on the day and the risks were set out clearly (case {n})."


def _openings(kind: str) -> tuple[str, ...]:
    """How the frames of the strongest (weakest) practice begin, from the wording data."""
    return tuple(f.split("{", 1)[0] for f in wording()["frames"][kind])


def _practice_findings(report: ReportModel) -> list[Sentence]:
    summary = next(sec for sec in report.sections if sec.kind == "summary")
    starts = _openings("strongest") + _openings("weakest")
    return [s for p in summary.paragraphs for s in p.sentences if s.text.startswith(starts)]


def _said_once(s: Sentence) -> None:
    """Each of the finding's criteria named once by its noun, none said again in its
    criterion's wordings, and each with a share of the cases inspectors could assess."""
    fw = load_framework("cafcass-2018")
    low = s.text.lower()
    for c in s.criteria:
        w = words().criterion(fw, c)
        assert low.count(w.noun.lower()) == 1, (c, s.text)
        again = [x for x in (*w.strength, *w.weakness, *w.strength_general, *w.weakness_general)
                 if x.lower() in low]  # fmt: skip
        assert not again, (s.text, again)
    shares = re.findall(r"\ba (?:strength|weakness) in [a-z ]+? cases\b", s.text)
    assert len(shares) == len(s.criteria) or ", each a " in s.text, s.text


def test_the_strongest_and_weakest_practice_say_the_point_and_its_evidence_once(
    tmp_path: Path,
) -> None:
    """Analysis in reports is sound in five of six cases across both law types and both
    areas; initial risk assessment falls short in four of five: the key findings name
    each once, with its share."""
    s = Small(tmp_path / "kf.db", areas=[("6", "Wessex", True), ("9", "Mercia", True)])
    n = 0
    for k in range(6):
        n += 1
        case = s.case(area="6" if k % 2 else "9", law="PUBLIC" if k < 3 else "PRIVATE")
        s.ev(case, ["QP7"], "strength" if k else "development", (SOUND if k else THIN).format(n=n))
        if k:
            s.grade(case, "QP7", "good")
    for k in range(5):
        n += 1
        case = s.case(area="9" if k % 2 else "6", law="PRIVATE")
        s.ev(case, ["QP2"], "development" if k else "strength",
             (RISK_POOR if k else RISK_OK).format(n=n))  # fmt: skip
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    for code in ("6", "9"):
        s.judge("J18-4A", "good", area=code)
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    found = _practice_findings(report)
    strongest = [x for x in found if "QP7" in x.criteria]
    assert strongest, [x.text for x in found]
    # Five of six (83%): "most", never "the vast majority" (from 85%).
    assert "most of the cases" in strongest[0].text, strongest[0].text
    for x in found:
        _said_once(x)


def test_the_hand_written_inspections_say_each_practice_point_once(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    """Every key finding on the strongest or weakest practice in the hand-written
    inspections of the 2018 framework names each point once, with its share."""
    seen = 0
    for report in handwritten_reports.values():
        if not any(sec.judgement_id == "J18-1" for sec in report.sections):
            continue
        for x in _practice_findings(report):
            seen += 1
            _said_once(x)
    assert seen, "no finding on the strongest or weakest practice to check"
