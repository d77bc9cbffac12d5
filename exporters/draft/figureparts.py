"""A figure sentence says only the clauses its figures belong to (issue 15, tester 33's
A8: "In the staff survey, 88% of staff said that managers support them with workload,
open culture of challenge."; "... the vacancy rate is 4%, the agency use is 3%, and
recruitment of bilingual family court advisers (FCAs) strategy is in place since
spring."; "... the vacancy rate is 3%, and that agency use is falling, and recruitment
of bilingual FCAs (Gujarati, Punjabi, Polish) a clear strategy.").

Inspectors list a note's points with commas and no verbs: "88% say mgrs supportive,
open door", "vacancy rate 6%, caseloads 22, new induction pack".  A figure sentence
(`leadersfigures`) says a figure, and the note's other points are not findings it may
paste into the body: where they read as clauses the claim already says them, where they
do not ("open culture of challenge", "recruitment of bilingual FCAs strategy in place")
no rule makes them one.  So a clause holding a figure is read in points (at commas and
spaced dashes, never inside brackets or someone's own words); each point is a head and
the parts that hang on it (a part opening on a preposition, a joining word or a
comparison: "..., against 90% nationally", "..., which is up on last year", "..., higher
in the cities").  A point is kept where it holds a figure, or where it is a measure's
trend ("agency use falling", "exits rising in two teams") or a clause as it stands
("..., children can choose the language of their interviews") right after a point kept;
any other point ("open culture of challenge", "x2 away days") is left to the comment,
and what hangs on it with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from exporters.draft.figurenotes import figure_clause
from exporters.draft.mainclause import has_main_verb
from exporters.draft.standalone import has_shorthand, is_clause_loose
from exporters.draft.thatclause import _masked as masked
from exporters.draft.thatclause import _unmasked as unmasked
from exporters.draft.words import words

# Where a note's points part: a comma, a semicolon, or a dash with spaces either side.
_POINTS = re.compile(r"(\s*(?:[,;]|\s[-–—]\s)\s*)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,]*%?")
# A part opening on one of these hangs on the point before it.
_HANGING = frozenset({
    "of", "for", "with", "from", "to", "in", "on", "at", "about", "after", "before", "by",
    "between", "into", "over", "under", "within", "without", "during", "since", "across",
    "among", "per", "via", "than", "against", "despite", "throughout", "towards", "below",
    "above", "beyond", "near", "around", "like", "unlike", "except", "versus", "vs", "v",
    "compared", "which", "who", "whom", "whose", "where", "when", "while", "whilst",
    "although", "though", "because", "as", "if", "unless", "until", "so", "that",
    "including", "such", "especially", "particularly", "mainly", "mostly", "not", "even",
    "up", "down", "higher", "lower", "better", "worse", "same", "similar",
    "nationally", "locally", "regionally", "each", "both", "all", "twice", "double",
    "half", "e", "eg", "ie",
})  # fmt: skip
# Words joining two points of a list: the point after them stands on its own.
_COORDINATE = frozenset({"and", "but", "or", "plus"})
# How a measure moves: a point naming a measure and one of these is a figure's trend.
_TRENDS = frozenset({
    "rising", "falling", "increasing", "decreasing", "reducing", "improving", "growing",
    "declining", "dropping", "worsening", "slowing", "climbing", "easing", "stabilising",
})  # fmt: skip
_TREND = re.compile(
    r"^(?:[A-Za-z][\w'’-]*\s+){1,4}?(?P<trend>[a-z]{3,}ing)\b(?P<rest>.*)$", re.IGNORECASE
)


def figure_parts(clause: str, holds: Callable[[str], bool], clauses: bool = False) -> str:
    """`clause` (a note's clause holding a figure) with only its points that hold a
    figure (`holds`), each with what hangs on it, and a measure's trend after one (see
    the module docstring), and with `clauses`, a point after one that reads as a clause
    of the report's as it stands (`reads_as_clause`: "..., children can choose the
    language of their interviews"); each after the mark that parted it from the point
    before ("...; national 89%" keeps its semicolon); the clause as it is where every
    point is kept; "" where no point holds a figure."""
    text = clause.strip()
    body, kept = masked(text)
    pieces = _POINTS.split(body)  # part, mark, part, mark, ...
    groups: list[list[str]] = []  # each point: its mark before it, then its parts
    for k in range(0, len(pieces), 2):
        mark, part = (pieces[k - 1] if k else ""), pieces[k]
        words = [w.lower().replace("’", "'") for w in _WORD.findall(part)]
        first = words[0] if words else ""
        if not part.strip():
            continue
        if groups and (first in _HANGING or first.endswith(("ly", "ing")) and len(words) > 1):
            groups[-1] += [mark, part]
        else:
            groups.append([mark, part])
    said: list[tuple[str, str]] = []
    last = False  # whether the point before was kept
    for group in groups:
        whole = unmasked("".join(group[1:]), kept)
        last = holds(whole) or last and (_trend(group[1]) or clauses and reads_as_clause(whole))
        if last:
            said.append((unmasked(group[0], kept), whole))
    if not said or len(said) == len(groups):
        return "" if not said else clause
    out = said[0][1] + "".join(f"{mark}{part}" for mark, part in said[1:])
    return out.strip()


def reads_as_clause(part: str) -> bool:
    """Whether a note's point is a clause of the report's as it stands: a subject and a
    finite verb by both readers' tests (`mainclause.has_main_verb`,
    `standalone.is_clause_loose`: "children can choose the language ...", never "open
    culture of challenge" nor "training offer praised"), with no shorthand."""
    w = words()
    rules = w.standalone
    return (
        has_main_verb(rules, part)
        and is_clause_loose(rules, part, w.bare_noun_starts)
        and not has_shorthand(rules, part, w.known_capitals)
    )


def _trend(part: str) -> bool:
    """Whether a point names a measure and how it moves ("agency use falling", "exits
    rising in two teams"): a few words, a word of `_TRENDS`, then nothing or a phrase
    opening on a preposition."""
    body = part
    low = body.split()
    if low and low[0].lower() in _COORDINATE:
        body = " ".join(low[1:])
    m = _TREND.match(body.strip())
    if m is None or m["trend"].lower() not in _TRENDS:
        return False
    rest = m["rest"].split()
    return not rest or rest[0].lower() in _HANGING


_SHARE = re.compile(r"\d\s*%|\b\d+\s*(?:of|out of|/)\s*\d+\b", re.IGNORECASE)


def note_figure_clause(text: str) -> str:
    """`figurenotes.figure_clause` of a note's points that hold a share, the others left
    to the comment ("Area data: 61% S7 on time, backlog x2 since spring, SM off sick" is
    "61% of section 7 reports were on time")."""
    return figure_clause(figure_parts(text, lambda t: bool(_SHARE.search(t))) or text)
