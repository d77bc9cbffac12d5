"""A section that tells of a safeguarding concern inspectors escalated never says the
response to safeguarding concerns is effective in all its cases (tester 24's A9: Area
11 said "In all cases, the response to safeguarding concerns is effective" and, in the
same section, that inspectors asked senior managers to act on a concern in one case,
its note filed under information sharing).  On the hand-written Dunham
(`tests.export.case25_inspection.build_escalated`): eight cases, each with a note that
its safeguarding concerns were followed up; one with a concern escalated on a note
filed under information sharing.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.model import Sentence
from tests.export import case25_inspection as insp


@pytest.fixture(scope="module")
def said(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Sentence]]:
    s, _ = insp.build_escalated(tmp_path_factory.mktemp("case25e") / "i.db")
    try:
        report = draft_report(load(s.store))
        [area] = [x for x in report.sections if x.kind == "area"]
        yield [x for p in area.paragraphs for x in p.sentences]
    finally:
        s.close()


def test_safeguarding_is_not_said_effective_in_all_cases_beside_an_escalation(
    said: list[Sentence],
) -> None:
    """The safeguarding claim is said of seven of the eight cases, not all, and the
    comment counts the escalated case neither way; the section still tells of the
    escalation."""
    [safe] = [x for x in said if x.role == "claim" and x.criteria == ["SW1"]]
    assert " all " not in f" {safe.text.lower()} ".replace("almost all", ""), safe.text
    assert "In 7 of 8 cases with a view on SW1; mixed in 1" in safe.basis, safe.basis
    assert any("senior managers" in x.text for x in said)


def test_a_strength_note_alone_still_gives_all(said: list[Sentence]) -> None:
    """Analysis in reports, with no concern beside it, is still said of all eight."""
    [analysis] = [x for x in said if x.role == "claim" and x.criteria == ["QP7"]]
    assert "In 8 of 8 cases with a view on QP7" in analysis.basis, analysis.basis
