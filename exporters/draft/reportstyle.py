"""A note's finding in the report's style (issue 15): "there is no record that ..." for a
note's "no record ...", a count of one to nine in words before a unit of time, and a
list of things the note gives in brackets at its end said in words (tester 24's A10)."""

from __future__ import annotations

import re

from exporters.draft.words import number_text

_NO_RECORD = re.compile(r"^no record (that |of )?")
_SMALL_COUNT = re.compile(
    r"(?<![\w.,])([1-9])(?= (?:weeks?|days?|months?|years?|hours?|visits?|times)\b)"
)


def in_report_style(sentence: str) -> str:
    """A note's finding in the report's style (tester 14 claim 14: "In one case, no
    record the child was seen in the 5 weeks ..."): a sentence opening "no record" says
    "there is no record that ..." (or "of ..."), and a count of one to nine before a unit
    of time or a visit is a word ("five weeks": `words.number_text`)."""
    found = _NO_RECORD.match(sentence)
    if found:
        sentence = f"there is no record {found.group(1) or 'that '}{sentence[found.end() :]}"
    return _listed(_SMALL_COUNT.sub(lambda m: number_text(int(m.group(1))), sentence))


# A note's list of things in brackets ending its sentence ("... changes they made (the
# new welcome letter, the feedback app)."): two or more short phrases, none opening on a
# preposition (an aside: "(in post, since May)").
_LIST = re.compile(r" \(([A-Za-z][\w'’ -]*(?:, [A-Za-z][\w'’ -]*)+)\)(?=\.?$)")
_ASIDE_OPENERS = frozenset({"in", "on", "at", "for", "with", "by", "from", "to", "of",
                            "since", "after", "before", "about", "as", "eg", "ie", "e",
                            "i", "see"})  # fmt: skip


def _listed(sentence: str) -> str:
    """A list of things in brackets ending the sentence said as its end, in words (tester
    24's A10: "... examples of changes they made (the new welcome letter, the feedback
    app)" -> "...: the new welcome letter and the feedback app")."""
    m = _LIST.search(sentence)
    if m is None:
        return sentence
    items = [x.strip() for x in m.group(1).split(",")]
    if any(not x or len(x.split()) > 6 or x.split()[0].lower() in _ASIDE_OPENERS
           for x in items):  # fmt: skip
        return sentence
    said = ", ".join(items[:-1]) + " and " + items[-1]
    return f"{sentence[: m.start()]}: {said}{sentence[m.end() :]}"
