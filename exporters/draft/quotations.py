"""Where a text quotes someone's own words, so that the finishing of the draft (writing
abbreviations out, footnote marks) never changes them (issue 15: a child's "my SW" was
rewritten "my social worker (SW)").

Every quotation style inspectors and the draft write is found: straight and curly, double
and single, one inside another (the outer quotation holds the inner).  A single quotation
mark is told from an apostrophe by where it stands: one opens after a space or a
bracket, before a word ("'no'", "‘I like it’"); one closes after a word and before no
letter, so "don't", "Dad's" and "Nan’s" stay inside the quotation.  A plural's
apostrophe ("my brothers’ room") closes the quotation only when no later mark can.  A
quotation never closed runs to the end of the text: nothing after its opening mark is
changed.

Someone's words are quoted once in a report, and a sentence telling what they said in
the draft's words never repeats words already quoted (tester 35's F2: a judge's
"consistently thoughtful", quoted after the views sentence, and again two sentences on
inside "One judge told inspectors that reports are 'consistently thoughtful' and ...":
`quotes_said`).  The report's quotation marks are curly single ones: a note's straight
marks around quoted words are written so in the draft (`in_report_marks`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection
from functools import lru_cache

from exporters.draft.sameness import words_of

_CLOSING = {"“": "”", "‘": "’", '"': '"', "'": "'"}
_OPENS_AFTER = " \t\n([{—–-/:;,“‘\"'"


def _opens(text: str, i: int) -> bool:
    """Whether the mark at `i` can open a quotation: after a space, a bracket or another
    opening mark, and before something other than a space."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "“‘":
        return not after.isspace()
    return before in _OPENS_AFTER and not after.isspace()


def _closes(text: str, j: int) -> bool:
    """Whether a single or straight mark at `j` can close a quotation: before no letter or
    digit (so not the apostrophe of "don't" or "Nan’s")."""
    after = text[j + 1] if j + 1 < len(text) else " "
    return not after.isalnum()


def _plural_apostrophe(text: str, j: int) -> bool:
    """A mark after a plural's "s" and before a word ("brothers’ room", "sisters’ SW")."""
    return text[j - 1 : j] == "s" and text[j + 1 : j + 2] == " " and text[j + 2 : j + 3].isalpha()


def _close(text: str, i: int) -> int:
    """The index just past the mark closing the quotation opened at `i` (the text's end
    when none does)."""
    closer = _CLOSING[text[i]]
    if text[i] == "“":
        j = text.find(closer, i + 1)
        return j + 1 if j >= 0 else len(text)
    if text[i] == '"':
        j = text.find(closer, i + 1)
        return j + 1 if j >= 0 else len(text)
    candidates = [j for j in range(i + 1, len(text)) if text[j] == closer and _closes(text, j)]
    plain = [j for j in candidates if not _plural_apostrophe(text, j)]
    if plain:
        return plain[0] + 1
    return candidates[-1] + 1 if candidates else len(text)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each outermost quotation in `text`, its marks included."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        if text[i] in _CLOSING and _opens(text, i):
            end = _close(text, i)
            spans.append((i, end))
            i = end
        else:
            i += 1
    return spans


@lru_cache(maxsize=4096)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    # Cached: finishing a draft asks about each paragraph once per glossary term.
    return tuple(quoted_spans(text))


class Quotations:
    """The quotations of one text, asked where a position stands."""

    def __init__(self, text: str) -> None:
        self.spans = _spans(text)
        self._starts = [a for a, _b in self.spans]

    def around(self, at: int) -> tuple[int, int] | None:
        """The quotation holding the character at `at`, if any."""
        k = bisect_right(self._starts, at) - 1
        if k >= 0 and self.spans[k][0] <= at < self.spans[k][1]:
            return self.spans[k]
        return None

    def touches(self, start: int, end: int) -> bool:
        """Whether any character of `start`..`end` is quoted."""
        return any(a < end and start < b for a, b in self.spans)


# Quoted words of fewer than this many words ("was 'seen'") may stand in other sentences.
QUOTED_WORDS = 2


def quoted_words(text: str) -> list[str]:
    """The words of each quotation in `text` of `QUOTED_WORDS` words or more, as
    `trace.normal` compares sentences (lower case, letters and digits)."""
    out = []
    for a, b in _spans(text):
        closed = b - a > 1 and text[b - 1] == _CLOSING[text[a]]
        words = words_of(text[a + 1 : b - 1] if closed else text[a + 1 : b])
        if len(words) >= QUOTED_WORDS:
            out.append(" ".join(words))
    return out


def said_in(said: Collection[str], words: str) -> bool:
    """Whether `words` (as `quoted_words` gives them) stand, in a row, in one of the
    sentences `said` (`trace.Voice.said`: each as `trace.normal` gives it)."""
    run = f" {words} "
    return len(words.split()) >= QUOTED_WORDS and any(run in f" {s} " for s in said)


def words_said(said: Collection[str], phrase: str) -> bool:
    """Whether someone's words `phrase` (as a note holds them) stand, in a row, in one of
    the sentences `said` (`said_in`)."""
    return said_in(said, " ".join(words_of(phrase)))


def quotes_said(said: Collection[str], text: str) -> bool:
    """Whether a sentence quotes words that a sentence of `said` holds already: said
    twice, once perhaps as a quotation and once told in the draft's words (see the
    module docstring)."""
    return any(said_in(said, w) for w in quoted_words(text))


_STRAIGHT = "'\""


def in_report_marks(text: str) -> str:
    """`text` with each outermost quotation opened and closed by straight marks written
    between curly single ones (‘...’), the report's marks; a quotation never closed, and
    one already in curly marks, as it stands."""
    spans = [(a, b) for a, b in _spans(text)
             if text[a] in _STRAIGHT and b - a > 2 and text[b - 1] == text[a]]  # fmt: skip
    for a, b in reversed(spans):
        text = f"{text[:a]}‘{text[a + 1 : b - 1]}’{text[b:]}"
    return text
