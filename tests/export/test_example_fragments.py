"""Issue 15, case17 (tester 16's D8): an example in the body is a readable sentence, or
it is left to the margin.  Tester 16's draft gave "For example, one family court adviser
(FCA) used drawings and a feelings jar, child relaxed, seen alone for 40 mins." (a note's
fragments after a comma) and "To illustrate, young person said ..." (no article).

`standalone.stands_alone` now reads a determiner only within its own clause (a comma
ends it: "a feelings jar, child relaxed" leaves "child" without one), takes a role noun
opening a later clause with its verb straight after it as a fragment, treats shortened
units of time as shorthand, and knows "young person" as a role a note opens with (the
draft gives it "the").  The sentences here are written for this test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.examples import finding
from exporters.draft.sections import area_pool
from exporters.draft.tallies import Pool
from tests.export.small import Small, body

SPLICED = (
    "Guardian played cards with the twins at the family centre, boy chatted, asked to see "
    "the guardian again."
)
SPLICED_TOO = (
    "The adviser drew a map of both homes with the girl at the contact centre, girl "
    "laughed, wanted a copy for her room."
)
UNIT = "The guardian saw the boy alone at the youth club for 45 mins before writing the analysis."
NO_ARTICLE = (
    "Young person told the guardian that she wanted to stay at her nan's house after the summer."
)
LIST = "The guardian met the mother, father and grandmother at the office before the hearing."
CLAUSES = (
    "The adviser drew a map of both homes with the girl at the contact centre, and the girl "
    "laughed and kept a copy for her room."
)


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pool]:
    s = Small(tmp_path_factory.mktemp("frag") / "f.db")
    s.ev(s.case(), ["QP8"], "strength", LIST)
    try:
        yield area_pool(load(s.store), ("6",))[0]
    finally:
        s.close()


@pytest.mark.parametrize("text", [SPLICED, SPLICED_TOO, UNIT])
def test_a_note_s_fragments_are_no_example(pool: Pool, text: str) -> None:
    assert finding(pool, text) is None


def test_a_young_person_opening_a_note_is_given_its_article(pool: Pool) -> None:
    found = finding(pool, NO_ARTICLE)
    assert found is not None and found[0].startswith("the young person told the guardian"), found


@pytest.mark.parametrize("text", [LIST, CLAUSES])
def test_whole_sentences_with_commas_still_read_as_findings(pool: Pool, text: str) -> None:
    found = finding(pool, text)
    assert found is not None and found[0][1:] == text[1:], found


def test_the_drafted_area_gives_no_fragment_as_an_example(tmp_path: Path) -> None:
    """Seeing children (QP8) strong in six cases; three of their notes are fragments
    after a comma, three whole sentences: any example is a whole sentence."""
    s = Small(tmp_path / "d.db")
    for text in (SPLICED, SPLICED_TOO, UNIT, LIST, CLAUSES, NO_ARTICLE):
        s.ev(s.case(), ["QP8"], "strength", text)
    report = draft_report(load(s.store))
    s.close()
    text = body(report)
    for fragment in ("boy chatted", "girl laughed, wanted", "45 mins"):
        assert fragment not in text, text
