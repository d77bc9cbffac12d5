"""An example is a sentence of the report, in its words (issue 15, tester 24's A10 and
A15): "For example, in Area 8, no interim checks or contact with the family while it
waited." has no verb of its own; "To illustrate, the analysis explains why their wish
to go home can't be followed yet ..." leans on a sentence left out for whom "their"
means, and says "can't"; "... changes they made (the new welcome letter, the feedback
app)" is the note's own list in brackets; "s7 reports" is never written out.

On voice25's corpus of hand-written inspector notes (`tests/export/voice25_notes.py`)
and the hand-written `tests/export/voice25_inspection.build_shorthand`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.examples import finding
from exporters.draft.glossary import write_out
from exporters.draft.sections import area_pool
from exporters.draft.tallies import Pool
from exporters.model import Paragraph, Section, Sentence
from tests.export import voice25_inspection as v25
from tests.export.small import Small
from tests.export.voice25_notes import AS_WRITTEN, MENDED, NO_EXAMPLE


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pool]:
    s = Small(tmp_path_factory.mktemp("v25") / "n.db")
    s.ev(s.case(), ["QP8"], "strength", "The guardian met the boy at school before the hearing.")
    try:
        yield area_pool(load(s.store), ("6",))[0]
    finally:
        s.close()


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


@pytest.mark.parametrize(("before", "faulty"), NO_EXAMPLE, ids=[f[:40] for _b, f in NO_EXAMPLE])
def test_a_sentence_with_no_verb_of_its_own_or_leaning_back_is_no_example(
    pool: Pool, before: str, faulty: str
) -> None:
    """The faulty sentence is never the example; the note's other sentence may be."""
    found = finding(pool, f"{before} {faulty}".strip())
    if found is not None:
        assert _words(faulty)[1:5] != _words(found[0])[1:5], found


@pytest.mark.parametrize(("note", "said"), MENDED, ids=[n[:40] for n, _s in MENDED])
def test_a_list_in_brackets_is_said_in_words(pool: Pool, note: str, said: str) -> None:
    found = finding(pool, note)
    assert found is not None and said in found[0], found
    assert "(" not in found[0], found


@pytest.mark.parametrize("note", AS_WRITTEN, ids=[n[:40] for n in AS_WRITTEN])
def test_a_sentence_that_reads_on_its_own_is_still_an_example(pool: Pool, note: str) -> None:
    assert finding(pool, note) is not None, note


def _section(*texts: str) -> Section:
    return Section(kind="area", heading="Area 93", paragraphs=[
        Paragraph(sentences=[Sentence(text=t) for t in texts])])  # fmt: skip


def test_shorthand_and_contractions_are_written_out_outside_quotations() -> None:
    section = _section(
        "Judges told inspectors that s7 reports have slipped and the S.7s reach court late.",
        "S7 addendum reports were filed on time in Area 3's 7 cases.",
        "One judge said 'the s7 is the one thing we can't do without', and the analysis "
        "didn't weigh the risks.",
    )
    write_out([section])
    said = [s.text for s in section.paragraphs[0].sentences]
    assert said == [
        "Judges told inspectors that section 7 reports have slipped and the section 7 "
        "reports reach court late.",
        "Section 7 addendum reports were filed on time in Area 3's 7 cases.",
        "One judge said 'the s7 is the one thing we can't do without', and the analysis "
        "did not weigh the risks.",
    ]


def test_the_draft_says_no_shorthand_or_contraction(tmp_path: Path) -> None:
    """Rushby's notes say "s7", "S7", "didn't", "wasn't", "couldn't": every sentence of
    the body says them in full, and one example is drawn from them."""
    s = v25.build_shorthand(tmp_path / "short.db")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    body = [x for p in report.paragraphs() for x in p.sentences]
    for x in body:
        assert not re.search(r"n't\b|\b[sS]\.? ?7", x.text), x.text
    assert any(x.role == "example" and "could not say" in x.text for x in body)
