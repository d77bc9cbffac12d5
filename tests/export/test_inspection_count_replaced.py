""" "Inspectors scrutinised N children's cases" counts the cases read, not a case the
substitute replaced, though its inspector recorded notes on it before (tester 19, A10:
85 said for 84 sampled and one substitute).  On an inspection written here."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from store.models import CaseFile
from tests.export.small import Small


def test_a_replaced_case_is_not_counted_as_read(tmp_path: Path) -> None:
    s = Small(tmp_path / "s.db")
    cases = [s.case() for _ in range(4)]
    for c in cases:
        s.ev(c, ["QP3"], "strength", "The child's wishes were recorded in their own words.")
    old = s.store.case(cases[0])
    s.store.put_case(
        CaseFile.model_validate({**old.model_dump(include=set(CaseFile.model_fields)),
                                 "sample": "replaced"}),
        cases[0],
    )  # fmt: skip
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    sec = next(x for x in report.sections if x.kind == "inspection")
    first = sec.intro[0].text
    assert first.startswith("Inspectors scrutinised three children's cases"), first
