"""Runs of neighbouring capitalised words, which the name finder judges as one name
("Ana de Souza", "JAYDEN OKORO"); kept apart from `names.py` so that each module stays
readable."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from exporters.identify.reading import Token

_CONNECTORS = frozenset({"of", "and", "for", "the", "&", "upon"})


def runs(text: str, tokens: list[Token], particles: frozenset[str]) -> list[list[Token]]:
    """Neighbouring capitalised words joined by a space, a particle ("de", "van") or a
    title's small words ("of", "and").  A lexicon phrase stands alone."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for t in tokens:
        if current:
            prev = current[-1]
            gap = text[prev.end + (2 if prev.possessive else 0) : t.start]
            joined = (
                not prev.possessive
                and (gap == " " or _joined_by(gap, particles))
                and not (prev.cls == "lex" and t.cls == "lex")
                # In text written in capitals every word is capitalised: there only
                # name-like words make one name ("JAYDEN OKORO", not "MY NAN NOT").
                and (not (prev.caps or t.caps) or (_namelike(prev) and _namelike(t)))
            )
            if joined:
                current.append(t)
                continue
            runs.append(current)
        current = [t]
    if current:
        runs.append(current)
    return runs


def _namelike(t: Token) -> bool:
    return t.protected is not None or t.cls in ("unknown", "given", "given-english", "lex-given")


def _joined_by(gap: str, particles: frozenset[str]) -> bool:
    words = gap.split()
    return (
        len(words) == 1
        and gap.startswith(" ")
        and gap.endswith(" ")
        and (words[0] in particles or words[0] in _CONNECTORS)
    )
