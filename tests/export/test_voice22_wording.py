"""Sentence wording (issue 15; voice22), on notes written for this test and on the
hand-written `tests/export/voice22_inspection`:

- a sentence never opens on an abbreviation: it opens on the words ("Local authority
  social work managers described ...", where tester 20's master read "LA social work
  managers described ...");
- a side said as a minority, which may be nearly half the cases, is never set apart as
  the exception ("..., except in a minority", "..., though not in a minority": tester
  21's A3);
- a note's sentence ending on a bare noun and how it was found, its "is" dropped ("...,
  relationship evident in the child's messages to her": tester 21's A1 re-test), is no
  example;
- a note saying a domestic abuse screening tool was used is practice on every case, not
  a sign that the family's case carries the concern (tester 21: the child impact
  analysis framework's tools counted among the cases "in which domestic abuse is a
  concern").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.examples import finding
from exporters.draft.glossary import spell_out_once, working_terms
from exporters.draft.sections import area_pool
from exporters.draft.tallies import Pool
from exporters.draft.words import Term, words
from exporters.model import Paragraph, ReportModel, Section, Sentence
from tests.export import voice22_inspection as v22
from tests.export.small import Small


def _terms() -> tuple[Term, ...]:
    return (*words().terms, *working_terms())


def _section(*texts: str) -> Section:
    return Section(kind="area", heading="Area", paragraphs=[
        Paragraph(kind="numbered", sentences=[Sentence(text=t) for t in texts])])  # fmt: skip


def test_a_sentence_opens_on_the_words_not_the_abbreviation() -> None:
    """After the abbreviation is written out at its first use, a later sentence opening
    on it opens on the words; inside a sentence the abbreviation stands."""
    first = _section("Inspectors met staff from the local authority (LA) in each area.")
    later = _section(
        "LA social work managers praised the guardians' letters.",
        "FCAs told inspectors that their caseloads had fallen.",
        "Two of the LA's team managers said the same.",
    )
    spell_out_once([first, later], _terms())
    texts = [s.text for s in later.paragraphs[0].sentences]
    assert texts[0] == "Local authority social work managers praised the guardians' letters."
    assert texts[1].startswith("Family court advisers "), texts[1]
    assert "(FCAs)" in texts[1] or "FCAs" not in texts[1], texts[1]
    assert texts[2] == "Two of the LA's team managers said the same."


def test_the_first_use_at_a_sentence_start_is_written_out_once() -> None:
    """A sentence opening on the abbreviation's first use is written out with the
    abbreviation after it, as before; the next one opening on it opens on the words."""
    section = _section("IROs said the guardians ring before each review.",
                       "IROs also said the guardians' visits are well timed.")  # fmt: skip
    spell_out_once([section], _terms())
    first, second = (s.text for s in section.paragraphs[0].sentences)
    assert first.startswith("Independent reviewing officers (IROs) said"), first
    assert second.startswith("Independent reviewing officers also said"), second


def test_quoted_words_are_never_changed() -> None:
    """Someone's words in quotation marks keep their abbreviation, at a sentence start
    too."""
    section = _section("The local authority (LA) was asked.",
                       "‘LA managers never hear back,’ one head of service said.")  # fmt: skip
    spell_out_once([section], _terms())
    assert section.paragraphs[0].sentences[1].text.startswith("‘LA managers never hear back")


@pytest.fixture(scope="module")
def split(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportModel]:
    s = v22.build_split(tmp_path_factory.mktemp("voice22") / "split.db")
    try:
        yield draft_report(load(s.store))
    finally:
        s.close()


def _claims(report: ReportModel) -> list[str]:
    return [s.text for p in report.paragraphs() for s in p.sentences if s.role == "claim"]


def test_a_minority_is_never_set_apart_as_the_exception(split: ReportModel) -> None:
    """Ashcombe's and Marrow Dale's cases split nearly in half: sentences say the smaller
    side as a minority, and none sets it apart ("except (in) a minority", "not in a
    minority")."""
    claims = _claims(split)
    minority = [c for c in claims if re.search(r"\ba minority\b", c)]
    assert len(minority) >= 2, claims
    apart = [c for c in minority if re.search(r"\b(?:except|not in) (?:in )?a minority\b", c)]
    assert not apart, apart


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pool]:
    s = Small(tmp_path_factory.mktemp("voice22") / "n.db")
    s.ev(s.case(), ["QP8"], "strength", "The guardian saw the girl at her school twice.")
    try:
        yield area_pool(load(s.store), ("6",))[0]
    finally:
        s.close()


@pytest.mark.parametrize(
    "note",
    [
        "Guardian saw the boy alone on each visit, trust evident in how he spoke of her.",
        "The letter sets out the police checks, analysis sound.",
        "FCA met both parents separately, the father's account clear and consistent.",
    ],
)
def test_a_dropped_is_after_a_comma_is_no_example(pool: Pool, note: str) -> None:
    assert finding(pool, note) is None


@pytest.mark.parametrize(
    "note",
    [
        "The report is concise, clear and fair to both parents.",
        "The guardian saw the boy alone, at school and at home.",
    ],
)
def test_a_list_after_a_comma_is_still_an_example(pool: Pool, note: str) -> None:
    found = finding(pool, note)
    assert found is not None and found[0].rstrip(".") == note[0].lower() + note[1:-1], found


def test_a_screening_tool_used_is_no_concern(tmp_path: Path) -> None:
    """Marrow Dale's private law cases: five whose only note on domestic abuse says a
    screening checklist was completed, four where the guardian worked with a history of
    abuse and two where the report passed over a father's controlling behaviour.  The
    concern is carried by six cases, never eleven."""
    s = v22.build_abuse(tmp_path / "abuse.db")
    try:
        claims = _claims(draft_report(load(s.store)))
    finally:
        s.close()
    abuse = [c for c in claims if "domestic abuse" in c]
    assert len(abuse) == 1, claims
    assert "four of the six cases" in abuse[0] and "in two it is not" in abuse[0], abuse[0]


def test_a_verb_after_a_comma_with_its_subject_dropped_is_no_example(pool: Pool) -> None:
    """Tester 22's A6: "To illustrate, one FCA explained the child's view alongside the
    risk, didn't just repeat it." (in notes of my own)."""
    note = "The guardian set out the boy's wishes beside the risks, didn't just list them."
    assert finding(pool, note) is None
