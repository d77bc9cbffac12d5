"""One word for the forms a note may put it in (`stem`, `phrase_forms`).

An inspector writes "seen alone", "saw him alone" or "was not seen on her own"; "no
oversight recorded", "not overseen" or "no record of supervision".  The draft compares a
note's words with a wording's (`relevance.py`) by their stems, so the forms must meet
and unrelated words must not: cutting words to their first five letters made "recorded"
and "records" one word but left "seen" and "saw", "plan" and "planned" apart, and made
"contact" and "contacts" one with "contain".

`stem` strips an English word's regular endings ("-s", "-es", "-ies", "-ed", "-ing",
"-ly", "-ment", "-ation", "-ion", "-ate"), undoubles a consonant left doubled ("planned" ->
"plan") and drops a final "e" ("analyse", "analysed" -> "analys"), keeping at least
four letters of the word, and gives an irregular form its word from the table in
`support.toml` [word_forms] ("saw" and "seen" are "see"; "oversight", "overseen" and
"supervision" are "oversee").  `phrase_forms` puts a few phrases into one word first
("on her own" is "alone").  A hand-written suffix stripper, not a full Porter or Snowball
stemmer: those cut "general" to "gener" and "organisation" to "organis" and still leave
"seen" and "saw" apart, which is the table's work here; written once, it needs no new
dependency.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from exporters.draft.wording import wording_table

_DOUBLED = frozenset("bdfgmnprt")
_KEEP_S = ("ss", "us", "is", "ous")
_ES_AFTER = ("sh", "ch", "x", "z", "ss")
# Endings, longest first where one ends another, each with the letters it must leave.
_ENDINGS = (("ing", 4), ("ed", 4), ("ly", 5), ("ment", 5), ("ation", 4), ("ion", 5), ("ate", 4))


@cache
def _table() -> tuple[dict[str, str], tuple[tuple[re.Pattern[str], str], ...]]:
    """The irregular forms (form -> word) and phrases (pattern -> word) of
    `support.toml` [word_forms]."""
    d = wording_table("support.toml")["word_forms"]
    forms = {f.lower(): word for word, fs in d["irregular"].items() for f in (word, *fs)}
    phrases = tuple(
        (re.compile(r"\b(?:" + "|".join(ps) + r")\b", re.IGNORECASE), word)
        for word, ps in d["phrases"].items()
    )
    return forms, phrases


def phrase_forms(text: str) -> str:
    """`text` with the phrases of [word_forms] put into their one word ("was not seen
    on her own" -> "was not seen alone")."""
    for pattern, word in _table()[1]:
        text = pattern.sub(word, text)
    return text


def _strip(word: str) -> str:
    """`word` without its regular ending (see the module docstring)."""
    w = word
    if w.endswith("ies") and len(w) > 5:
        return w[:-3] + "y"
    if w.endswith("ied") and len(w) > 5:
        return w[:-3] + "y"
    if w.endswith("es") and w[:-2].endswith(_ES_AFTER):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(_KEEP_S) and len(w) > 4:
        w = w[:-1]
    for end, least in _ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= least:
            w = w[: -len(end)]
            if end == "ly" and w.endswith("ate") and len(w) >= 7:
                w = w[:-3]  # "appropriately" -> "appropri", as "appropriate"
            elif end in ("ing", "ed") and len(w) > 4 and w[-1] == w[-2] and w[-1] in _DOUBLED:
                w = w[:-1]  # "planned" -> "plan", "referred" -> "refer"
            elif end in ("ing", "ed") and w.endswith("at") and len(w) >= 6:
                w = w[:-2]  # "allocated" -> "alloc", as "allocation" and "allocate"
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


def irregular(word: str) -> bool:
    """Whether a lower-case word is one of the irregular forms of [word_forms] ("saw",
    "met": short words that still say something)."""
    return word in _table()[0]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of a lower-case word (see the module docstring): "recorded", "records"
    and "recording" are "record"; "saw" and "seen" are "see"."""
    forms = _table()[0]
    if word in forms:
        return forms[word]
    stripped = _strip(word)
    return forms.get(stripped, stripped)
