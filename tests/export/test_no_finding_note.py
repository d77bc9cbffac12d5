"""Issue 15, case16 (tester 15's D4b): "Team meeting in the public law team was about
allocation and leave." stood in Area 3 as a sentence of its own, a claim on one record.
It finds nothing: the note's finding was its next words, "Practice not discussed.".  A
development note's sentence said as a claim's one record must say what fell short
(`exporters.draft.onesource.finds_fault`, `drafting.toml` [finding_cues]); otherwise the
claim is said with the note's own shorthand that finds fault joined to it ("..., and
practice was not discussed."), or else in cautious words from its criterion and source.  A stakeholder's words are their view, and stand.

On the hand-written inspection `case16_inspection.no_finding`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.draft.onesource import finds_fault, with_shortfall
from exporters.model import ReportModel, Section, Sentence
from tests.export.case16_inspection import (
    COUNCIL_HARD,
    DESCRIBED_THEN_FAULT,
    ONLY_DESCRIBED,
    no_finding,
)


@pytest.fixture(scope="module")
def drafted(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[dict[str, str], ReportModel]]:
    s, ids = no_finding(tmp_path_factory.mktemp("nofinding") / "n.db")
    try:
        yield ids, draft_report(load(s.store))
    finally:
        s.close()


def _area(report: ReportModel, code: str) -> Section:
    return next(s for s in report.sections if s.kind == "area" and s.area_code == code)


def _said(sec: Section) -> list[Sentence]:
    return [x for p in [*sec.intro, *sec.paragraphs] for x in p.sentences]


def test_a_describing_sentence_is_said_only_with_the_notes_own_shortfall(
    drafted: tuple[dict[str, str], ReportModel],
) -> None:
    ids, report = drafted
    said = _said(_area(report, "3"))
    first = DESCRIBED_THEN_FAULT.split(". ")[0]
    # Never the describing sentence alone: the note's shorthand that finds fault
    # ("Casework not raised.") is said with its verb, joined to it.
    assert not any(x.text.rstrip(".") == first for x in said), [x.text for x in said]
    claim = next(x for x in said if x.role == "claim" and x.criteria == ["LG5"])
    assert ids["described_then_fault"] in claim.evidence_ids
    assert claim.direction == "against"
    assert claim.text.endswith("and casework was not raised."), claim.text


def test_a_note_finding_no_fault_is_said_cautiously_and_a_complaint_stands(
    drafted: tuple[dict[str, str], ReportModel],
) -> None:
    ids, report = drafted
    said = _said(_area(report, "8"))
    claims = [x for x in said if x.role == "claim"]
    # Its words are not the finding: no sentence says "covered the office move".
    assert not any("office move" in x.text for x in said), [x.text for x in said]
    culture = next(x for x in claims if ids["only_described"] in x.evidence_ids)
    assert culture.criteria == ["LG5"] and culture.direction == "against"
    council = next(x for x in claims if ids["council_hard"] in x.evidence_ids)
    assert "find it hard to reach guardians" in council.text, council.text


@pytest.mark.parametrize(
    ("text", "fault"),
    [
        (DESCRIBED_THEN_FAULT.split(". ")[0] + ".", False),
        (ONLY_DESCRIBED, False),
        ("The meeting was about allocation; nobody raised practice.", True),
        ("Supervision records are brief sign-offs with no reflection.", True),
        ("Managers didn't check the plan before it went to court.", True),
        ("Area staff feel overwhelmed and say they just firefight.", True),
        ("Area data: 61% of safeguarding letters on time in Q3.", True),
        ("Children were seen alone in 11 of 20 section 7 cases.", True),
        ("The team meeting on 3 March was about the office move.", False),
        ("Two FCAs said supervision had been cancelled three months running.", True),
        ("The audit tool counts documents rather than weighing quality.", True),
        (COUNCIL_HARD, True),
    ],
)
def test_what_finds_fault(text: str, fault: bool) -> None:
    assert finds_fault(text) is fault


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (DESCRIBED_THEN_FAULT, "The meeting was about rotas, and casework was not raised."),
        ("The plan covers contact. Plans not updated since May.",
         "The meeting was about rotas, and plans were not updated since May."),
        (ONLY_DESCRIBED, ""),
        ("The meeting was about rotas. It not mentioned.", ""),
    ],
)  # fmt: skip
def test_the_shortfall_joined(text: str, joined: str) -> None:
    assert with_shortfall(text, "The meeting was about rotas.") == joined
