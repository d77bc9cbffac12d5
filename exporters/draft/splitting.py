"""Long paragraphs split in two (`split_long`), where a section has room for another;
a long sentence of clauses joined by semicolons said as several (`at_semicolons`).

A paragraph longer than `LONG_WORDS` is split in two where the section has room,
never into a half shorter than `SHORT_WORDS` (issue 15: a 200-word paragraph ending
with the stakeholders; the 2018 report's run about 60-150 words).  A sentence of
clauses joined by semicolons over a given number of words is split between its clauses
(tester 30: the stakeholders' sentence over 400 characters).
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.model import Paragraph, Sentence

LONG_WORDS = 150
SHORT_WORDS = 45


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
