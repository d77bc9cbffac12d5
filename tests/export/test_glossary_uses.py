"""`glossary.TermUses` reads a text once for every glossary term and searches only the
terms whose forms open with one of its words: it must find exactly what each term's
own patterns find alone, on the drafts of the hand-written inspections (data the demo
did not write), their notes, and texts made to trip a word filter (case, possessives,
hyphens, the letters a case-blind pattern folds from outside ASCII)."""

from __future__ import annotations

import re

import pytest

from exporters.draft.glossary import TermUses, forms, working_terms
from exporters.draft.words import Term, words
from exporters.model import ReportModel
from store.store import Store

TERMS = (*words().terms, *working_terms())

TRICKY = [
    "The Family Court Adviser's (FCA's) analysis; the FCAs' caseloads and FCAs.",
    "FAMILY COURT ADVISERS and family-court advisers, familycourt adviser, FCA-led work.",
    "The ſocial worker, the \u212aey performance indicators (KPIs) and the \u0130RO's view.",
    "An \u0131ndependent reviewing officer; children's guardians; childrens guardian.",
    "Private and public law work; private law; 'the LA said \u201cSW\u201d', HoPs, SENCo.",
    "",
    "No term at all here, only words: court, family, local, first, child.",
]


def _alone(term: Term, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    long, short = forms(term)
    return ([m.span() for m in long.finditer(text)],
            [m.span() for m in short.finditer(text)] if short else [])  # fmt: skip


def _check(finder: TermUses, texts: list[str]) -> int:
    """Every term's matches in every text as each pattern finds them alone; how many
    (text, term) pairs matched."""
    pairs = 0
    for text in texts:
        found = finder.found(text)
        for term in TERMS:
            lm, sm = found.get(term.key, ((), ()))
            assert ([m.span() for m in lm], [m.span() for m in sm]) == _alone(term, text), (
                term.key,
                text,
            )
            pairs += bool(lm or sm)
    return pairs


def _paragraphs(report: ReportModel) -> list[str]:
    return [p.text for p in report.paragraphs()] + [
        s.text for p in report.paragraphs() for s in p.sentences
    ]


def test_the_same_matches_as_each_pattern_alone_on_drafts(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    finder = TermUses(TERMS)
    texts = [t for r in handwritten_reports.values() for t in _paragraphs(r)]
    assert len(texts) > 500
    assert _check(finder, texts) > 200  # the drafts use the glossary's terms
    assert _check(finder, texts) > 200  # and again from what it kept


def test_the_same_matches_on_notes_and_tricky_texts(handwritten_store: Store) -> None:
    notes = [e.text for e in handwritten_store.all_evidence()]
    shouted = [t.upper() for t in notes[:100]]
    assert _check(TermUses(TERMS), [*notes, *shouted, *TRICKY]) > 50


@pytest.mark.parametrize(
    ("text", "key_long", "expected"),
    [
        ("the \u017focial worker", "social worker", "\u017focial worker"),
        ("the \u212aey performance indicator", "key performance indicator",
         "\u212aey performance indicator"),
        ("an \u0131ndependent reviewing officer", "independent reviewing officer",
         "\u0131ndependent reviewing officer"),
    ],
)  # fmt: skip
def test_letters_a_case_blind_pattern_folds_from_outside_ascii(
    text: str, key_long: str, expected: str
) -> None:
    """`re.IGNORECASE` matches these to ASCII letters although `str.lower` keeps them:
    the word filter must not hide the term."""
    term = next(t for t in TERMS if t.long == key_long)
    assert re.search(forms(term)[0], text)
    lm, _sm = TermUses(TERMS).found(text)[term.key]
    assert [m.group(0) for m in lm] == [expected]
