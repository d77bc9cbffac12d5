"""A note's figures said as a clause of the report (issue 15, tester 29's A16: "Area data:
61% S7 on time vs 89% nationally" was said "Performance data shows that the work is not
timely enough.", the figures that make it a finding left out).

`figure_clause` reads a note's shorthand of one share and, where the note sets one
beside it, what it is compared with; it returns the clause in the report's English, the
shorthand written out (`telegraphic.written_out`, `glossary.toml` [written_out]):
"61% of section 7 reports were on time, against 89% nationally".  Its shapes
(`figures.toml`):

- the share first: "61% S7 on time", "61% of S7s filed on time", "14 of 20 S7s on
  time", "14/20 ...", a range "55-60% ..." ("between 55% and 60% of ..."), with or
  without its "were" ("61% of reports were on time" as it stands);
- what it is of first, the share after: "S7s on time 61%", "S7s filed on time in 61%
  of cases";
- then, compared: "vs 89% nationally", "v 89% nationally", "against 89% last year",
  "compared with (to) 89% in Area 1", "(national 89%)", "national average 89%",
  "target 90%" ("against a target of 90%").

What it is of takes "of" and its plural ("61% of section 7 reports"); the verb is
"were" (the figures are of a period gone by), "was" for one of several or an
uncountable noun.  Anything else (a measure and its rate, "vacancy rate 9%", said by
`leadersfigures`; two shares in one clause; a comparison it cannot read) is no figure
clause: "" and the sentence is worded as before.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from exporters.draft.examples import split_sentences
from exporters.draft.mainclause import sentence_words
from exporters.draft.telegraphic import written_out
from exporters.draft.wording import wording_table

_NUM = r"\d[\d,]*(?:\.\d+)?"
# A share: a percentage, a range of percentages, "N of M", "N out of M", "N/M".
_SHARE = (
    rf"(?:{_NUM}\s*%?\s*(?:-|–|to)\s*{_NUM}\s*%|{_NUM}\s*%|{_NUM}\s+(?:of|out of)\s+{_NUM}"
    rf"|{_NUM}\s*/\s*{_NUM})"
)
_WORD = r"[A-Za-z0-9][\w'’-]*"


@cache
def wording() -> dict[str, Any]:
    """`figures.toml`."""
    return wording_table("figures.toml")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the share first, what it is of first, a comparison), from `figures.toml`."""
    t = wording()
    starts = "|".join(re.escape(w) for w in t["predicate_starts"])
    pred = rf"(?P<pred>(?:{starts}|[a-z]{{3,}}ed)\b.*)"
    share_first = re.compile(
        rf"^(?P<only>only\s+)?(?P<share>{_SHARE})\s+(?:of\s+)?(?P<the>the\s+)?"
        rf"(?P<what>(?:{_WORD}\s+){{0,4}}?{_WORD})\s+(?:(?P<be>were|was|are|is)\s+)?{pred}$",
        re.IGNORECASE,
    )
    what_first = re.compile(
        rf"^(?P<what>(?:{_WORD}\s+){{0,4}}?{_WORD})\s+(?:(?:were|was|are|is)\s+)?"
        rf"(?P<pred>(?:{starts}|[a-z]{{3,}}ed)\b.*?)\s*:?\s+(?P<in>in\s+)?(?P<share>{_SHARE})"
        rf"(?P<of>\s+of\s+(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,3}})?$",
        re.IGNORECASE,
    )
    joins = "|".join(re.escape(w) for w in sorted(t["compared"], key=len, reverse=True))
    compared = re.compile(
        rf"^(?P<main>.*?\S)\s*(?:,\s*|\(\s*)?\b(?P<join>{joins})(?:(?<=\.)|\b)\s*(?P<other>.+?)\)?$",
        re.IGNORECASE,
    )
    return share_first, what_first, compared


def _in_full(text: str) -> str:
    """The note's shorthand written out: the draft's words and the glossary's."""
    text = written_out(text)
    for pattern, full in wording_table("glossary.toml").get("written_out", {}).get("patterns", []):
        text = re.sub(pattern, full, text)
    return text


def _share(text: str) -> str:
    """A share as the report writes it: "between 55% and 60%", "14 of 20"."""
    text = " ".join(text.split())
    m = re.fullmatch(rf"({_NUM})\s*%?\s*(?:-|–|to)\s*({_NUM})\s*%", text)
    if m:
        return f"between {m[1]}% and {m[2]}%"
    m = re.fullmatch(rf"({_NUM})\s*(?:/|of|out of)\s*({_NUM})", text)
    if m:
        return f"{m[1]} of {m[2]}"
    return text.replace(" %", "%")


# A determiner straight after the verb: its object, so the verb is active and the note
# a clause as it stands ("93% of children kept the same guardian"), not a passive missing
# its "were" ("72% of reports filed on time").
_OBJECTS = frozenset({"the", "a", "an", "their", "his", "her", "its", "one", "same", "each"})
_AFTER_HEAD = frozenset({"of", "in", "for", "at", "from", "with", "on", "about", "to", "by"})


def _plural(what: str) -> tuple[str, bool]:
    """What a share is of, its head (the word before a preposition: "cases in Area 9")
    in the plural where it counts things ("section 7 reports"), and whether it is
    plural."""
    words = what.split()
    at = next((k for k, w in enumerate(words) if k and w.lower() in _AFTER_HEAD), len(words))
    head = words[at - 1]
    low = head.lower()
    if low in sentence_words().uncountable or low in wording()["uncountable"]:
        return what, False
    if (
        low in wording()["plural_already"]
        or low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
    ):
        return what, True
    irregular = wording()["plurals"].get(low)
    plural = irregular or (f"{head}es" if low.endswith(("ch", "sh", "x")) else f"{head}s")
    return " ".join([*words[: at - 1], plural, *words[at:]]), True


def _main(text: str) -> str:
    """One share and what it is of, said as a clause; "" where it is none of the shapes."""
    share_first, what_first, _ = _patterns()
    m = share_first.match(text)
    if m is None:
        m = what_first.match(text)
        if m is None:
            return ""
    what = m["what"]
    if re.search(_SHARE, what) or re.search(_SHARE, m["pred"]):
        return ""  # two shares in one clause
    share = _share(m["share"])
    what, plural = _plural(what)
    one = re.match(r"1 of ", share) is not None
    be = "were" if plural and not one else "was"
    if "be" in m.groupdict() and m["be"]:
        be = m["be"].lower()
    rest = m["pred"].split()
    if len(rest) > 1 and rest[1].lower() in _OBJECTS:  # "kept the same guardian": a clause
        be = ""
    verb = f" {be}" if be else ""
    if m.groupdict().get("in"):  # "children seen alone in 40% of cases": as it stands
        of = m["of"] or ""
        if be and what != m["what"]:  # a singular ("the letter ... was")
            verb = " was" if be == "were" else verb
        return f"{_lower(m['what'])}{verb} {m['pred'].strip()} in {share}{of}"
    only = "only " if m.groupdict().get("only") else ""
    of = " " if re.search(r"\d of \d", share) else " of "  # "14 of 20 reports"
    the = "the " if m.groupdict().get("the") else ""
    return f"{only}{share}{of}{the}{what}{verb} {m['pred'].strip().rstrip(',')}"


def _other(text: str) -> str:
    """What a share is compared with, as the report says it ("89% nationally", "a target
    of 90%"); "" where it is not a figure the shapes know."""
    text = " ".join(text.strip().rstrip(".").split())
    t = wording()
    nationally = "|".join(re.escape(w) for w in t["national"])
    m = re.fullmatch(rf"(?:the\s+|a\s+)?(?:{nationally})(?:\s+of)?\s+({_SHARE})", text, re.I)
    if m is None:
        m = re.fullmatch(rf"({_SHARE})\s+(?:{nationally})(?:ly)?", text, re.I)
    if m is not None:
        return f"{_share(m[1])} nationally"
    m = re.fullmatch(rf"(?:a\s+)?target(?:\s+of)?\s+({_SHARE})|({_SHARE})\s+target", text, re.I)
    if m is not None:
        return f"a target of {_share(m[1] or m[2])}"
    m = re.fullmatch(rf"({_SHARE})((?:\s+{_WORD}){{0,4}})", text)
    if m is not None:
        return f"{_share(m[1])}{m[2]}"
    return ""


def figure_clause(text: str) -> str:
    """The first clause of a note (its sentences and their parts at semicolons, a short
    label before a colon left off) that states a share in a shape the module docstring
    lists, said as the report says it (lower case, no stop); "" where none does."""
    _, _, compared = _patterns()
    parts = []
    for sentence in split_sentences(_in_full(text)):
        for part in sentence.split(";"):
            part = part.strip().rstrip(".")
            head, colon, rest = part.partition(":")
            if colon and len(head.split()) <= 4 and rest.strip() and not re.search(_SHARE, head):
                part = rest.strip()
            parts.append(part)
    for k, part in enumerate(parts):
        if not re.search(_SHARE, part):
            continue
        said = _said(part, compared)
        # "...; national 89%": the comparison in a part of its own.
        other = _other(parts[k + 1]) if said and k + 1 < len(parts) else ""
        if other and ", " not in said and not _main(parts[k + 1]):
            said = f"{said}, against {other}"
        if said:
            return said
    return ""


_BRACKETED = re.compile(r"^(?P<main>.*?\S)\s*\((?P<other>[^()]*)\)$")


def _said(part: str, compared: re.Pattern[str]) -> str:
    """One part of a note said as a figure clause, with what it is compared with (a
    comparison joined by a word of [compared], or in brackets: "(national 89%)"); the
    part as one share where what follows such a word is no figure ("61% of allegations
    against fathers were checked")."""
    joins = wording()["compared"]
    m = compared.match(part)
    b = _BRACKETED.match(part)
    for main_text, join, other_text in (
        (m["main"], joins[m["join"].lower()], m["other"]) if m else ("", "", ""),
        (b["main"], "against", b["other"]) if b else ("", "", ""),
    ):
        if main_text and re.search(_SHARE, main_text) and re.search(_SHARE, other_text):
            main, other = _main(main_text), _other(other_text)
            if main and other:
                return _lower(f"{main}, {join} {other}")
    return _lower(_main(part))


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text
