"""A section's count of escalated safeguarding concerns and its marker for those still
open speak of the same cases (tester 13, 2013 framework: the safeguarding section said
"concerns in five cases ... three of these had been escalated", then "[three of these
are not yet recorded as escalated]", while the key findings and the quality of practice
section said nine cases).  The four left out were being left to claims on criteria the
safeguarding section never drafts (seeing children, risk assessment: quality of
practice under this framework).  Written by hand here (`tests.export.small`)."""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from store.models import Evidence
from tests.export.small import Small

BASIS = re.compile(r"Safeguarding concerns recorded on (\d+) cases?")


def _report(path: Path) -> ReportModel:
    s = Small(path, framework="cafcass-2013")
    for k in range(6):  # following up concerns: mostly weak
        case = s.case(law="PUBLIC")
        s.ev(case, ["SW1"], "development" if k < 4 else "strength",
             "Police checks came back after the first hearing; no follow-up recorded."
             if k < 4 else "Concerns followed up the same day with the local authority.")  # fmt: skip
    for k in range(5):  # children not seen, each a concern inspectors escalated
        case = s.case(law="PRIVATE")
        s.store.put_evidence(Evidence(
            case_id=case, criteria=["QP8"], source="CASE_FILE", polarity="development",
            text="The child was not seen before the report was filed.",
            safeguarding="Allegation of harm at home not explored with the child.",
            escalation="escalated" if k < 3 else "needs-escalation",
            escalation_note="Raised with the head of service." if k < 3 else "",
        ))  # fmt: skip
        s.ev(case, ["QP8"], "development", "No visit to the home although the concern was there.")
    for jid, grade in (("J13-0", "requires-improvement"), ("J13-1", "requires-improvement"),
                       ("J13-2", "good"), ("J13-3", "requires-improvement")):  # fmt: skip
        s.judge(jid, grade)
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def test_each_sections_count_and_marker_agree(tmp_path: Path) -> None:
    report = _report(tmp_path / "e.db")
    checked = 0
    for sec in report.sections:
        sentences = [x for p in [*sec.intro, *sec.paragraphs] for x in p.sentences]
        counts = [x for x in sentences if x.role == "fixed" and BASIS.search(x.basis)]
        markers = [x for x in sentences if x.role == "placeholder" and "escalated" in x.text]
        for m in markers:
            if "of these" not in m.text:
                continue
            checked += 1
            (count,) = counts
            said = BASIS.search(count.basis)
            assert said is not None
            assert BASIS.search(m.basis).group(1) == said.group(1), (  # type: ignore[union-attr]
                sec.heading,
                count.text,
                m.text,
            )
    assert checked, "no section counted escalations with a marker"


def test_the_safeguarding_section_counts_every_escalated_case(tmp_path: Path) -> None:
    """Every escalated case is the safeguarding section's (children not seen, QP8, is
    said there under the 2013 framework: `judgementpool`), and the quality of practice
    section, which only weighs seeing children, counts none of them again."""
    report = _report(tmp_path / "e.db")
    safeguarding = next(sec for sec in report.sections if "safeguard" in sec.heading.lower())
    counts = [x for p in safeguarding.paragraphs for x in p.sentences if BASIS.search(x.basis)]
    assert counts and all(BASIS.search(x.basis).group(1) == "5" for x in counts), [  # type: ignore[union-attr]
        (x.text, x.basis) for x in counts
    ]
    practice = next(sec for sec in report.sections if "quality of practice" in sec.heading.lower())
    said = [x.text for p in practice.paragraphs for x in p.sentences]
    assert not any(BASIS.search(x.basis) for p in practice.paragraphs for x in p.sentences), said
    assert not any("escalated" in t for t in said), said
