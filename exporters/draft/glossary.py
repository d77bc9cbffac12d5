"""The glossary's terms as the finished draft uses them: the inspectors' working
abbreviations beside the glossary's own terms, and where a term's possessive ending and
its abbreviation in brackets stand, so that both the written-out form and the footnote
mark go after the whole term ("the family court adviser's (FCA's)¹ analysis").

`Words.terms` (`words.py`) are the terms the drafting reads; `working_terms` are the
abbreviations inspectors write in their notes (`glossary.toml`, `[[working]]`), written
out wherever one reaches the draft but never a reason to take a note as an example.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, partial
from typing import Any

from exporters.draft.quotations import Quotations
from exporters.draft.wording import wording_table
from exporters.draft.words import Term
from exporters.model import Section, Sentence

# "'s" after a singular ("adviser's", "FCA's"); a bare apostrophe after a plural, before
# the word it owns or the abbreviation ("advisers' caseloads", "advisers' (FCAs')"), not
# a closing quotation mark ("'the FCAs'."); either apostrophe.
_OWNS = re.compile(r"[’']s\b")
_PLURAL_OWNS = re.compile(r"[’'](?= [a-z]| \()")


@cache
def _glossary() -> dict[str, Any]:
    return wording_table("glossary.toml")


@cache
def working_terms() -> tuple[Term, ...]:
    """The inspectors' working abbreviations (`glossary.toml`, `[[working]]`)."""
    data = _glossary()
    return tuple(
        Term(key=t["key"], long=t["long"], long_plural=t.get("long_plural", ""),
             short=t.get("short", ""), short_plural=t.get("short_plural", ""))
        for t in data.get("working", [])
    )  # fmt: skip


def possessive(text: str, at: int) -> str:
    """The possessive ending that follows a term ending at `at` in `text`, or ""."""
    m = _OWNS.match(text, at)
    if m is None and text[at - 1 : at] == "s":
        m = _PLURAL_OWNS.match(text, at)
    return m.group(0) if m else ""


def abbreviated(terms: Iterable[Term]) -> re.Pattern[str]:
    """A bracketed abbreviation of any of `terms`, possessive or not (" (FCAs')")."""
    forms = sorted({f for t in terms for f in (t.short, t.short_plural) if f}, key=len,
                   reverse=True)  # fmt: skip
    return re.compile(r" \((?:" + "|".join(map(re.escape, forms)) + r")(?:[’']s?)?\)")


def mark_at(text: str, end: int, brackets: re.Pattern[str]) -> int:
    """Where the footnote mark goes for a term whose words end at `end`: after the whole
    term as written, its possessive ending and its abbreviation in brackets (`brackets`,
    from `abbreviated`) included, as the 2018 report marks "performance learning
    reviews (PLRs)¹"; never between them."""
    end += len(possessive(text, end))
    after = brackets.match(text, end)
    return after.end() if after else end


def quoted_note(term: Term, form: str) -> str:
    """The footnote explaining an abbreviation that a section uses only inside someone's
    quoted words, which are never changed: the term's own note, or what `form` (as
    quoted: "SW", "SWs") stands for (`glossary.toml`, `[quoted]`)."""
    if term.note:
        return term.note
    plural = form == term.short_plural and bool(term.long_plural)
    said = str(_glossary()["quoted"]["note"])
    return said.format(short=form, long=term.long_plural if plural else term.long)


# Where the terms stand in a text ---------------------------------------------------------

Forms = tuple[re.Pattern[str], re.Pattern[str] | None]
"""A term's long forms (case-blind) and its abbreviations (exact case), each one pattern."""


@cache
def forms(term: Term) -> Forms:
    """The patterns for `term`'s long forms (its own `pattern` where it has one) and for
    its abbreviations (None where it has none)."""
    longs = [f for f in (term.long_plural, term.long) if f]
    long = re.compile(term.pattern or r"\b(?:" + "|".join(map(re.escape, longs)) + r")\b",
                      re.IGNORECASE)  # fmt: skip
    shorts = [f for f in (term.short_plural, term.short) if f]
    short = re.compile(r"\b(?:" + "|".join(map(re.escape, shorts)) + r")\b") if shorts else None
    return long, short


_WORD = re.compile(r"\w+")
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
"""The only characters outside ASCII that a case-blind pattern takes for an ASCII letter
whose `lower()` is not that letter (dotted and dotless i, long s, the Kelvin sign)."""


def _lead(form: str) -> str:
    """The word a form opens with ("" when it opens with no word character): a match of
    the form is a match of that word as a whole word of the text, as `\\w+` reads it
    (the form's next character is no word character, and a case-blind pattern matches
    such a character only to itself)."""
    m = _WORD.match(form)
    return m.group(0) if m else ""


Found = tuple[tuple[re.Match[str], ...], tuple[re.Match[str], ...]]
"""A term's matches in one text: of its long forms, then of its abbreviations."""


class TermUses:
    """Where each of `terms` is used in a text, each text read once for all of them.

    A text's words are read once (one pass) and only the terms whose forms open with one
    of its words are searched, each with its own patterns (`forms`), so the matches are
    exactly those each pattern finds alone; a term with a pattern of its own is always
    searched.  What each text holds is kept, keyed by the text, for the finished
    document's several questions about the same paragraph (a changed text is a new key).
    """

    def __init__(self, terms: Iterable[Term]) -> None:
        self.terms = {t.key: t for t in terms}
        self._always: list[str] = []
        self._long: dict[str, set[str]] = {}  # opening word, lower case -> term keys
        self._short: dict[str, set[str]] = {}  # opening word as written -> term keys
        for key, t in self.terms.items():
            longs = [_lead(f) for f in (t.long_plural, t.long) if f]
            if t.pattern or not all(longs):
                self._always.append(key)
            else:
                for w in longs:
                    self._long.setdefault(w.translate(_FOLD).lower(), set()).add(key)
            shorts = [_lead(f) for f in (t.short_plural, t.short) if f]
            if not all(shorts):
                self._always.append(key)
            for w in filter(None, shorts):
                self._short.setdefault(w, set()).add(key)
        self._found: dict[str, dict[str, Found]] = {}

    def found(self, text: str) -> dict[str, Found]:
        """{term key: its matches in `text`} for the terms `text` uses, in `terms` order."""
        known = self._found.get(text)
        if known is not None:
            return known
        raw = set(_WORD.findall(text))
        folded = {w.translate(_FOLD).lower() for w in raw}
        always = set(self._always)
        longs = always.union(*(self._long[w] for w in folded & self._long.keys()))
        shorts = always.union(*(self._short[w] for w in raw & self._short.keys()))
        out: dict[str, Found] = {}
        for key in self.terms:
            if key not in longs and key not in shorts:
                continue
            long, short = forms(self.terms[key])
            lm = tuple(long.finditer(text)) if key in longs else ()
            sm = tuple(short.finditer(text)) if short is not None and key in shorts else ()
            if lm or sm:
                out[key] = (lm, sm)
        self._found[text] = out
        return out

    def uses(self, text: str, key: str, quotes: Quotations, outside: bool
             ) -> list[re.Match[str]]:  # fmt: skip
        """The uses of a term's long and short forms in `text`, in order: those outside
        every quotation (`outside`) or those inside one."""
        lm, sm = self.found(text).get(key, ((), ()))
        return sorted((m for m in (*lm, *sm) if quotes.touches(m.start(), m.end()) != outside),
                      key=lambda m: m.start())  # fmt: skip


# Writing abbreviations out ---------------------------------------------------------------

Row = tuple[Sentence, Quotations, int]
"""A sentence, its paragraph's quotations and where it starts in the paragraph's text."""


def _quoting(sections: Iterable[Section]) -> list[Row]:
    """Each sentence the sections spell out in, in order, with its paragraph's
    quotations and where it starts in the paragraph's text (a quotation may run over
    sentences)."""
    rows: list[Row] = []
    for section in sections:
        for p in (*section.intro, *section.paragraphs):
            quotes, at = Quotations(p.text), 0
            for s in p.sentences:
                if s.role != "placeholder":
                    rows.append((s, quotes, at))
                at += len(s.text) + 1
    return rows


def _first_outside(rows: list[Row], finder: TermUses, key: str, short: bool
                   ) -> tuple[int, re.Match[str]] | None:  # fmt: skip
    """The first use of the term's abbreviations (`short`) or long forms outside every
    quotation, as (row, match)."""
    for k, (s, quotes, at) in enumerate(rows):
        found = finder.found(s.text).get(key)
        for m in found[short] if found else ():
            if not quotes.touches(at + m.start(), at + m.end()):
                return k, m
    return None


def spell_out_once(sections: Sequence[Section], terms: tuple[Term, ...]) -> None:
    """Write each abbreviation out once, at its first use in `sections` read in order as
    one document ("independent reviewing officers (IROs)"), or add it after the first
    use of the full term where the document abbreviates it later; after that the
    abbreviation stands alone, in every later section too (tester 20's A7: "local
    authority (LA)" written out again in paragraphs 20 and 24).  A document of one
    section (an area's export) explains its own.  A possessive keeps its place on both
    forms ("the family court adviser's (FCA's) analysis", never "the family court
    adviser (FCA)'s analysis").  Someone's quoted words are never changed: the first use
    outside quotation marks is the one written out, and an abbreviation only ever
    quoted is footnoted after its quotation (`document.finish`)."""
    write_out(sections)
    finder = TermUses(terms)
    rows: list[Row] | None = None
    for term in terms:
        if not (term.short or term.short_plural):
            continue
        rows = rows if rows is not None else _quoting(sections)
        if not any(finder.found(s.text).get(term.key, ((), ()))[1] for s, _q, _a in rows):
            continue
        first_short = _first_outside(rows, finder, term.key, short=True)
        first_long = _first_outside(rows, finder, term.key, short=False)
        if first_long and (
            first_short is None
            or (first_long[0], first_long[1].start()) < (first_short[0], first_short[1].start())
        ):
            k, m = first_long
            s = rows[k][0]
            owns = possessive(s.text, m.end())
            end = m.end() + len(owns)
            if s.text[end:].startswith(" ("):
                continue
            plural = m.group(0).lower() == term.long_plural.lower() and term.long_plural
            abbr = term.short_plural if plural and term.short_plural else term.short
            s.text = f"{s.text[:end]} ({abbr}{owns}){s.text[end:]}"
        elif first_short is not None:
            k, m = first_short
            s = rows[k][0]
            plural = m.group(0) == term.short_plural and term.short_plural
            full = term.long_plural if plural and term.long_plural else term.long
            full = full[:1].upper() + full[1:] if m.start() == 0 else full  # opens the sentence
            owns = possessive(s.text, m.end())
            rest = s.text[m.end() + len(owns) :]
            s.text = f"{s.text[: m.start()]}{full}{owns} ({m.group(0)}{owns}){rest}"
        else:
            continue  # only ever quoted: footnoted after the quotation (`document.finish`)
        rows = None  # a sentence changed: where its paragraph's quotations stand moved
    _open_in_words(_quoting(sections), finder)


@cache
def _written_out() -> tuple[tuple[re.Pattern[str], str], ...]:
    """`glossary.toml` [written_out]: each shortened form's pattern and its words in full,
    in the order tried."""
    t = _glossary().get("written_out", {})
    words = [
        (
            re.compile(
                r"(?<![\w'’])" + re.escape(w).replace("'", "['’]") + r"(?![\w'’])", re.IGNORECASE
            ),
            full,
        )
        for w, full in t.get("words", {}).items()
    ]
    return (*((re.compile(p), full) for p, full in t.get("patterns", [])), *words)


def write_out(sections: Sequence[Section]) -> None:
    """Write in full what an inspector shortens and the report never does ("can't",
    "s7 reports": `glossary.toml` [written_out]), in every sentence, outside anyone's
    quoted words; opening a sentence, the words in full take its capital."""
    rows = _quoting(sections)
    k = 0
    while k < len(rows):
        s, quotes, at = rows[k]
        for pattern, full in _written_out():
            text = pattern.sub(partial(_in_full, full=full, quotes=quotes, at=at), s.text)
            if text != s.text:
                s.text = text
                rows = _quoting(sections)  # where the quotations stand moved
                break
        else:
            k += 1


def _in_full(m: re.Match[str], full: str, quotes: Quotations, at: int) -> str:
    """The words in full for a shortened form `m`, unless quoted; with a capital where
    it opens the sentence."""
    if quotes.touches(at + m.start(), at + m.end()):
        return m.group(0)
    return full[:1].upper() + full[1:] if m.start() == 0 else full


def _open_in_words(rows: list[Row], finder: TermUses) -> None:
    """A sentence never opens on an abbreviation: one that does opens on the words it
    stands for ("Local authority social work managers described ...", not "LA social
    work managers described ...": the 2018 report writes the words there), its
    possessive kept ("Family court advisers' caseloads ..."); someone's quoted words are
    never changed."""
    said: list[tuple[Sentence, str]] = []  # (where each stands read before any changes)
    for s, quotes, at in rows:
        for key, (_long, shorts) in finder.found(s.text).items():
            m = next((m for m in shorts if m.start() == 0), None)
            if m is None or quotes.touches(at, at + m.end()):
                continue
            term = finder.terms[key]
            plural = m.group(0) == term.short_plural and term.short_plural
            full = term.long_plural if plural and term.long_plural else term.long
            said.append((s, full[:1].upper() + full[1:] + s.text[m.end() :]))
            break
    for s, text in said:
        s.text = text
