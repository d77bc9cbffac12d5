"""A child's words recorded in another language, quoted in English (tester 32's F10:
"One child told inspectors, 'Waan rabaa inaan aabbahay arko (I want to see my dad) but
not at his flat.'", and a quote in Ge'ez script with its gloss in brackets, both printed
as if the child had said them so).

Inspectors write what the child said and an English gloss beside it: in brackets
("Nie chcę tam jechać (I don't want to go there)"), or after a dash, a slash or "=".
The report quotes the English, and says it is a translation (`child_language.toml`
`mark`: "... ‘I want to see my dad but not at his flat’ (translated)."); the other
language's words are never printed, nor any letter of a script other than the Latin.
Words with a stretch in another language that no gloss gives in English are not quoted
at all (`in_english` gives None); the comment on the section's opening says why
(`childwords.why_not`), so the lead sees them there.

Which stretch is English is told by the words, not by the language: a stretch (a clause
between commas or full stops, or a bracket) is in another language where it holds a
letter of another script, or where no more than `english_share` of its words are
ordinary English words and at least `fewest_words` are not (the scanner's own
dictionary, `exporters.identify.vocabulary`; a capitalised word it does not know is a
name and counts neither way, unless it opens the stretch).  A loanword in an English
sentence ("I miss my nani") leaves the sentence English, quoted as said.  A bracket
after English words that is English too is the child's own aside, kept; one that only
says an interpreter was there ("(via interpreter)") is dropped, and the quote is said to be a translation.
Words that came through an interpreter, as such a bracket or the note they are recorded
on says (`through_interpreter`: "Seen with a Cantonese interpreter"), are said to have
(`interpreted_mark`: "... (through an interpreter)."; tester 34's A8).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from exporters.draft.wording import wording_table

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_OPEN = {"(": ")", "[": "]"}
# A gloss after the child's words, set off by spaces: a dash, a slash or "=".
_SEPARATOR = re.compile(r"\s+(?:[-–—/=])\s+")
_CLAUSE_END = re.compile(r"(?<=[.!?;:,])\s+")


@dataclass(frozen=True)
class Quotable:
    """A child's words as the report may quote them: in English, and whether any of
    them is a translation of words said in another language."""

    text: str
    translated: bool
    interpreted: bool = False  # through an interpreter, as the words or their note say


@dataclass(frozen=True)
class _Piece:
    text: str
    aside: str = ""  # "(", "[" or a separator: the piece is a bracket or a gloss after one


@cache
def _table() -> dict[str, Any]:
    return wording_table("child_language.toml")


def mark() -> str:
    """What follows words quoted in translation (`child_language.toml` `mark`)."""
    return str(_table()["mark"])


def _latin(ch: str) -> bool:
    return not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN")


def english(text: str) -> bool | None:
    """Whether a stretch of words is English (True), in another language (False), or
    cannot be told (None: too few words the dictionary could know; see the module
    docstring)."""
    if not all(map(_latin, text)):
        return False
    from exporters.identify.vocabulary import load  # the scanner's dictionary, loaded once

    vocab = load()
    words = _WORD.findall(text)
    known = [vocab.is_common(w.lower()) for w in words]
    # A capitalised word the dictionary does not know is a name, counted neither way,
    # except a clause's first word, capitalised whatever it is.
    counted = [k for n, (w, k) in enumerate(zip(words, known, strict=True))
               if k or n == 0 or not w[:1].isupper()]  # fmt: skip
    if not counted:
        return None
    t = _table()
    if sum(counted) > t["english_share"] * len(counted):
        return True
    unknown = len(counted) - sum(counted)
    return False if unknown >= int(t["fewest_words"]) else None


def _pieces(said: str) -> list[_Piece]:
    """The words cut into clauses and asides (a bracket, or a gloss after a dash, a
    slash or "="), in order; an unclosed bracket runs to the end."""
    out: list[_Piece] = []
    i = start = 0
    while i < len(said):
        if said[i] in _OPEN:
            close = said.find(_OPEN[said[i]], i + 1)
            close = len(said) if close < 0 else close
            out += _run(said[start:i])
            out.append(_Piece(said[i + 1 : close].strip(), aside=said[i]))
            i = start = close + 1
        else:
            i += 1
    out += _run(said[start:])
    return [p for p in out if p.text]


def _run(run: str) -> list[_Piece]:
    """Words outside brackets: clauses, then any gloss after a separator."""
    parts = _SEPARATOR.split(run)
    seps = _SEPARATOR.findall(run)
    out = [_Piece(c.strip()) for c in _CLAUSE_END.split(parts[0]) if c.strip()]
    return out + [_Piece(p.strip(), aside=s) for s, p in zip(seps, parts[1:], strict=True)]


def _label_off(gloss: str) -> str:
    """A gloss without the word that opens it ("translated: ...") and its quote marks."""
    text = gloss.strip()
    for label in sorted(_table()["gloss_labels"], key=len, reverse=True):
        if text.lower().startswith(label) and not text[len(label) : len(label) + 1].isalnum():
            text = text[len(label) :].lstrip(" :,-–")
            break
    return text.strip(" '\"‘’“”")


def _interpreted(aside: str) -> bool:
    """Whether a bracket only says that the words were interpreted ("via interpreter")."""
    t = _table()
    words = [w.lower() for w in _WORD.findall(aside)]
    return any(w in t["interpreted"] for w in words) and all(
        w in t["interpreted"] or w in t["interpreted_filler"] for w in words
    )


@lru_cache(maxsize=4096)  # asked about each child's words for every claim they may follow
def in_english(said: str) -> Quotable | None:
    """The child's words as the report may quote them (see the module docstring): the
    English, each stretch in another language given by its gloss; None where a stretch
    in another language has no English gloss, or a letter of another script is left."""
    translated = interpreted = False
    kept: list[tuple[str, bool]] = []  # (words, in another language with no gloss yet)
    for p in _pieces(" ".join(said.split())):
        if not p.aside:
            kept.append((p.text, english(p.text) is False))
            continue
        if _interpreted(p.text):
            translated = True  # "(via interpreter)": the child's words are a translation
            interpreted = interpreted or _names_interpreter(p.text)
            continue
        gloss = _label_off(p.text)
        verdict = english(gloss)
        n = len(kept) - next((k + 1 for k in range(len(kept) - 1, -1, -1) if not kept[k][1]), 0)
        if verdict is False:  # the original after its English, or a gloss of nothing read
            if n or not kept:
                return None
            translated = True
        elif n and verdict:  # the words before it in another language: their English
            end = _end_of(kept[-1][0])
            del kept[-n:]
            kept.append((gloss + end, False))
            translated = True
        else:
            kept.append((_as_written(p), False))
    if not kept or any(foreign for _, foreign in kept):
        return None  # another language with no gloss
    text = re.sub(r"\s+([,.;:!?])", r"\1", " ".join(t for t, _ in kept)).strip()
    return Quotable(text, translated, interpreted) if text and all(map(_latin, text)) else None


def _words_in(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _names_interpreter(text: str) -> bool:
    return not _words_in(text).isdisjoint(_table()["interpreters"])


def through_interpreter(note: str) -> bool:
    """Whether a note says the child spoke through an interpreter (`child_language.toml`
    `interpreters`: "Seen with a Polish interpreter at school"), not that none was there
    ("No interpreter booked") nor that an adult alone had one ("Mother seen with an
    interpreter; the girl spoke in English")."""
    t = _table()
    for clause in re.split(r"(?<=[.!?;])\s+", note):
        words = _words_in(clause.replace("n't", " not"))
        if not _names_interpreter(clause) or not words.isdisjoint(t["interpreter_negations"]):
            continue
        if not words.isdisjoint(t["adults"]) and words.isdisjoint(t["children"]):
            continue
        return True
    return False


def _end_of(clause: str) -> str:
    """The punctuation a replaced clause ended on (kept after its gloss)."""
    m = re.search(r"[,.;:!?]+$", clause)
    return m.group(0) if m else ""


def _as_written(p: _Piece) -> str:
    if p.aside in _OPEN:
        return f"{p.aside}{p.text}{_OPEN[p.aside]}"
    return f"{p.aside.strip()} {p.text}"


def quoted(text: str, translated: bool, interpreted: bool = False) -> str:
    """The words in quotation marks, as the sentence ends on them: "‘I want to go
    home.’", or in translation "‘I want to go home’ (translated)." (`mark`), through
    an interpreter "‘I want to go home’ (through an interpreter)." (`interpreted_mark`)."""
    if not (translated or interpreted):
        return f"‘{text}’"
    body = text[:-1] if text.endswith(".") else text
    said = str(_table()["interpreted_mark"]) if interpreted else mark()
    return f"‘{body}’ {said}."
