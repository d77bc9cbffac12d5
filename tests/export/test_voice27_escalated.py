"""Tester 27's A9 (issue 15): "In 10 of these cases, this was a safeguarding concern,
which inspectors escalated" after a balanced sentence ("In the majority of cases, the
first assessment of risk is not good enough, although in a minority it is") left "these
cases" to either side.  After a balanced claim the cases that fall short are named
(`escalated.stated`, drafting.toml [text] `escalated_balanced_*`).  On voice21's
hand-written inspection with cases of concern written for its test, and two more here."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_area, load
from store.models import Evidence
from tests.export.voice21_inspection import build_escalated


def _said(tmp_path: Path) -> list[tuple[str, str]]:
    s = build_escalated(tmp_path / "v.db")
    for text, concern in (
        ("The report never weighs the father's threats against the mother.",
         "The threats were not passed to the local authority."),
        ("The report copies the history and weighs none of the risks.",
         "A known risk from an uncle was left out of the report."),
    ):  # fmt: skip
        s.store.put_evidence(Evidence(
            case_id=s.case(area="73"), criteria=["QP7"], source="CASE_FILE",
            polarity="development", text=text, safeguarding=concern, escalation="escalated",
        ))  # fmt: skip
    try:
        report = draft_area(load(s.store), "73")
    finally:
        s.close()
    return [(x.direction or "", x.text) for sec in report.sections
            for p in (*sec.intro, *sec.paragraphs) for x in p.sentences]  # fmt: skip


def test_after_both_sides_the_cases_of_concern_are_the_ones_falling_short(tmp_path: Path) -> None:
    said = [(d, t) for d, t in _said(tmp_path) if "safeguarding concern" in t and "escalated" in t]
    assert said
    for direction, text in said:
        if direction == "balanced":
            assert "these cases" not in text and "where the work falls short" in text, text
