"""Long paragraphs split in two (`split_long`), where a section has room for another;
a long sentence of clauses joined by semicolons said as several (`at_semicolons`).

A paragraph longer than `LONG_WORDS` is split in two where the section has room,
never into a half shorter than `SHORT_WORDS` (issue 15: a 200-word paragraph ending
with the stakeholders; the 2018 report's run about 60-150 words).  A sentence of
clauses joined by semicolons over a given number of words is split between its clauses
(tester 30: the stakeholders' sentence over 400 characters).  A claim's sentence over a
given number of words that ends on the fault most of its cases share, in brackets, says
the fault as a sentence of its own (`fault_apart`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from exporters.model import Paragraph, Sentence

LONG_WORDS = 150
SHORT_WORDS = 45
FAULT_WORDS = 40
"""The most words a claim's sentence ending on its cases' shared fault has before the
fault is said apart (`fault_apart`; the 2018 report's longest sentences run to about
40 words)."""


def _words(sentences: Sequence[Sentence]) -> int:
    return sum(len(s.text.split()) for s in sentences)


def split_long(kept: list[Paragraph], themes: list[dict[int, str]], most: int) -> list[Paragraph]:
    """Paragraphs of more than `LONG_WORDS` words split in two, while the section has
    room for another (fewer than `most`): at a theme boundary (where a paragraph folded
    into it begins, the stakeholders after the weaknesses) where one leaves both halves
    `SHORT_WORDS` or more, else between two claims, the halves as even as can be; a
    claim keeps its example and what it meant for the child (issue 15: a 200-word
    paragraph ending with the stakeholders; the 2018 report's run about 60-150)."""
    out = [(p, th) for p, th in zip(kept, themes, strict=True)]
    while len(out) < most:
        long = [k for k, (p, _t) in enumerate(out) if _words(p.sentences) > LONG_WORDS]
        cuts = [(k, cut) for k in long if (cut := _cut(*out[k])) is not None]
        if not cuts:
            break
        k, cut = max(cuts, key=lambda kc: _words(out[kc[0]][0].sentences))
        p, th = out[k]
        theme = next((th[i] for i in sorted(th, reverse=True) if i <= cut), p.theme)
        first = p.model_copy(update={"sentences": p.sentences[:cut]})
        second = p.model_copy(update={"sentences": p.sentences[cut:], "theme": theme})
        out[k : k + 1] = [
            (first, {i: t for i, t in th.items() if i < cut}),
            (second, {0: theme} | {i - cut: t for i, t in th.items() if i > cut}),
        ]
    return [p for p, _t in out]


def _cut(p: Paragraph, themes: dict[int, str]) -> int | None:
    """Where a long paragraph is split (`split_long`), or None where no split leaves both
    halves `SHORT_WORDS` words or more."""
    ss = p.sentences
    total = _words(ss)
    at = [i for i in range(1, len(ss)) if ss[i].role in ("claim", "views", "fixed")
          and _words(ss[:i]) >= SHORT_WORDS and total - _words(ss[:i]) >= SHORT_WORDS]  # fmt: skip
    if not at:
        return None
    return min(at, key=lambda i: (i not in themes, abs(total - 2 * _words(ss[:i]))))


def at_semicolons(text: str, most: int) -> str:
    """A sentence of more than `most` words said as several, split where its clauses
    are joined by semicolons, each sentence holding as many clauses as keep it within
    `most` (tester 30: the stakeholders' sentence ran to over 400 characters, a clause a
    group joined by semicolons); each clause after the first opens on its own subject
    ("local authority staff were less positive ..."), so it stands as a sentence.  A
    sentence with no semicolon, or within `most`, is as it is."""
    if len(text.split()) <= most or "; " not in text:
        return text
    first, *rest = text.split("; ")
    out = [first]
    for part in rest:
        if len(f"{out[-1]}; {part}".split()) <= most:
            out[-1] = f"{out[-1]}; {part}"
        else:
            out.append(part[:1].upper() + part[1:])
    return ". ".join(out)


# The fault most of a weakness's cases share, closing its sentence (`support.toml`
# [shared_fault]: "{general} (in {count} of them, {specific})"), and where one sentence
# of a claim's text ends and the next begins.
_FAULT_LAST = re.compile(r"^(?P<head>.*\S) \((?P<fault>in [a-z0-9 ]+ of them, [^()]+)\)\.$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def fault_apart(text: str, most: int) -> str:
    """A claim's text with each sentence of more than `most` words that ends on its cases'
    shared fault in brackets ("Of the cases ..., most show that the work ... is not
    good enough (in three of them, the report does not say what the child wants or
    why).") said as two: the finding, then the fault ("... is not good enough. In three
    of them, the report does not say what the child wants or why."; voice32's "Left": a
    64-word balanced claim with its bracket).  A bracket inside a sentence, before its
    other side, stays where it is: moved after it, "them" would name the other side's
    cases."""
    out = []
    for sentence in _SENTENCE_END.split(text):
        m = _FAULT_LAST.match(sentence)
        if m and len(sentence.split()) > most:
            fault = m["fault"]
            sentence = f"{m['head']}. {fault[:1].upper()}{fault[1:]}."
        out.append(sentence)
    return " ".join(out)
