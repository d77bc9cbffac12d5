"""An area whose one safeguarding concern inspectors escalated, among cases where
concerns are otherwise followed up well: its section says the escalation, so its
"[Not drafted here: ...]" note does not list that same concern as left out (tester 26,
F13: Areas 8 and 11 said "inspectors asked senior managers to act on safeguarding
concerns in one case" and then "Not drafted here: weaknesses found in following up
safeguarding concerns (a safeguarding concern raised for senior managers)").  A
hand-written inspection under the 2013 framework, which grades no area; every note
written for this test."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from store.models import Evidence
from tests.export.small import Small

FOLLOWED = (
    "The guardian read the police disclosure the day it arrived and spoke to the school.",
    "Checks with the health visitor were chased and the answer weighed in the letter.",
    "The new allegation was discussed with the social worker the same week.",
)
MISSED = "Handover incident (shouting) logged; no action."
HEARD = "The child's own account of both homes is set out in the report in her words."
ANALYSED = "The report weighs each option against the child's needs before it recommends."


def _build(path: Path) -> Small:
    s = Small(path, areas=[("8", "Fernbrook", True), ("11", "Hollins", True)],
              framework="cafcass-2013")  # fmt: skip
    for code in ("8", "11"):
        for k in range(10):
            case = s.case(area=code, law="PRIVATE")
            if code == "8" and k == 0:
                s.store.put_evidence(Evidence(
                    case_id=case, criteria=["SW1"], source="CASE_FILE", polarity="development",
                    text=MISSED, safeguarding="Handovers: risk unchecked.", escalation="escalated",
                    escalation_note="Passed to the service manager on the day.",
                ))  # fmt: skip
            else:
                s.ev(case, ["SW1"], "strength", FOLLOWED[k % len(FOLLOWED)])
            s.ev(case, ["QP3"], "strength", HEARD)
            s.ev(case, ["QP7"], "strength", ANALYSED)
    return s


def test_an_escalation_the_section_says_is_not_listed_as_left_out(tmp_path: Path) -> None:
    s = _build(tmp_path / "f.db")
    report = draft_report(load(s.store))
    s.close()
    for sec in report.sections:
        said = [x.text for p in sec.paragraphs for x in p.sentences]
        if not any("senior managers" in t and "one case" in t for t in said):
            continue  # (a section that does not say the escalation may list it)
        left_out = [t for t in said if t.startswith("[Not drafted")]
        assert not any("raised for senior managers" in t for t in left_out), (sec.heading, said)
    area = next(sec for sec in report.sections if sec.kind == "area" and "Area 8" in sec.heading)
    assert any("senior managers" in x.text for p in area.paragraphs for x in p.sentences)
