"""The margin of the marker on concerns not yet escalated counts its cases in English:
"recorded on 1 case", not "1 cases" (tester 29, F15)."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from store.models import Evidence
from tests.export.small import Small


def test_one_case_is_one_case(tmp_path: Path) -> None:
    s = Small(tmp_path / "one.db", framework="cafcass-2013")
    for k in range(4):
        case = s.case(law="PRIVATE")
        s.ev(case, ["QP8"], "development", "No visit to the home although a concern was there.")
        if k == 0:
            s.store.put_evidence(Evidence(
                case_id=case, criteria=["QP8"], source="CASE_FILE", polarity="development",
                text="The child was not seen before the report was filed.",
                safeguarding="Allegation of harm at home not explored with the child.",
                escalation="needs-escalation",
            ))  # fmt: skip
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    bases = [x.basis for sec in report.sections for p in [*sec.intro, *sec.paragraphs]
             for x in p.sentences if "not yet escalated" in x.basis]  # fmt: skip
    assert bases and not any("1 cases" in b for b in bases), bases
    assert any("recorded on 1 case" in b for b in bases), bases
