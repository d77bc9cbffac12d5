"""Matching typed words against criteria: ids and word prefixes, in bounded time.

Each criterion's words ("QP1 The child was seen alone ...") are cut into every prefix
once, into a set.  A query is split into words the same way; each query word is then
one set look-up per criterion, so one query costs (criteria x query words) look-ups
whatever is typed: 40 criteria and an 80-character query are a few hundred look-ups.
(Textual's fuzzy `Matcher`, used here before, tries every way of placing the query's
letters in the text: exponential in the query, it froze the editor for minutes on
"children seen alone wishes".)

A criterion is also found by the words inspectors use for it that its wording lacks (the
`cues` of `templates/frameworks/wording/criteria.toml`: "voice" for wishes and feelings
and for being listened to; tester 14 typed "voice" and was told no criterion has it).

Ranking, best first: the query is the criterion's id or starts it; then the number of
query words the criterion has, in its wording or its cues; then, on a case's note, the
criteria about cases before those about the service as a whole ("supervision" on a case
is front-line management, QPN4, before "public law care and supervision applications",
LGS1, a national criterion whose wording holds the word only in an application's name:
tester 16, F3); then how many in its wording (criteria holding every word come first, but a criterion
holding only some of them is still offered, so one word the framework does not use
does not empty the list); then how many are whole words; then, for whole words, the shorter
criterion (the words typed are more of what it is about: "relationship" is QPN1, "the quality of
the relationship children ... have with their family court adviser", before QP8, whose
long wording ends on building a relationship); then the framework's order.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache

from store.framework import CriterionDef, builtin_dir

_WORD = re.compile(r"[0-9a-z]+")
MAX_QUERY_WORDS = 40
"""Query words looked at (an 80-character query has at most 40); the rest are ignored."""


def words(text: str) -> list[str]:
    """The lower-case words and numbers of `text` (punctuation and spaces split them)."""
    return _WORD.findall(text.casefold())


@dataclass(frozen=True)
class _Entry:
    criterion: CriterionDef
    position: int
    id_key: str
    whole: frozenset[str]
    prefixes: frozenset[str]
    cued: frozenset[str]
    """Prefixes of the words of the criterion's cues that its wording lacks."""


def _prefixes(whole: frozenset[str]) -> frozenset[str]:
    return frozenset(w[:n] for w in whole for n in range(1, len(w) + 1))


@cache
def criterion_cues() -> dict[str, tuple[str, ...]]:
    """Each criterion id's cues (`templates/frameworks/wording/criteria.toml`)."""
    path = builtin_dir() / "wording" / "criteria.toml"
    with path.open("rb") as f:
        table = tomllib.load(f)
    return {cid: tuple(v.get("cues", ())) for cid, v in table.items() if isinstance(v, dict)}


class CriteriaIndex:
    """The criteria of one framework, prepared for `match` (built once per picker)."""

    def __init__(
        self,
        criteria: Sequence[CriterionDef],
        cues: dict[str, tuple[str, ...]] | None = None,
        *,
        case_first: Collection[str] = (),
    ) -> None:
        self.criteria = list(criteria)
        cues = criterion_cues() if cues is None else cues
        # Ranked after the rest on a case's note: those not about cases (`case_first`, the
        # ids `exporters.gradable.case_criteria` gives).
        first = set(case_first)
        self._national = {c.id for c in self.criteria if first and c.id not in first}
        entries = []
        for position, criterion in enumerate(self.criteria):
            whole = frozenset(words(f"{criterion.id} {criterion.text}"))
            prefixes = _prefixes(whole)
            cued = _prefixes(frozenset(words(" ".join(cues.get(criterion.id, ()))))) - prefixes
            id_key = "".join(words(criterion.id))
            entries.append(_Entry(criterion, position, id_key, whole, prefixes, cued))
        self._entries = entries

    def match(self, query: str) -> list[CriterionDef]:
        """The criteria that share a word prefix with `query`, best first; every
        criterion, in the framework's order, when the query has no words."""
        typed = list(dict.fromkeys(words(query)))[:MAX_QUERY_WORDS]
        if not typed:
            return list(self.criteria)
        joined = "".join(typed)
        ranked: list[tuple[int, int, int, int, int, int, int, CriterionDef]] = []
        for entry in self._entries:
            found = sum(1 for w in typed if w in entry.prefixes)
            cued = sum(1 for w in typed if w not in entry.prefixes and w in entry.cued)
            if not found + cued:
                continue
            exact = sum(1 for w in typed if w in entry.whole)
            id_rank = 0 if joined == entry.id_key else 1 if entry.id_key.startswith(joined) else 2
            size = len(entry.whole) if exact else 0  # words still being typed: as listed
            national = int(entry.criterion.id in self._national)
            ranked.append((id_rank, -found - cued, national, -found, -exact, size,
                           entry.position, entry.criterion))  # fmt: skip
        ranked.sort(key=lambda r: r[:7])
        return [r[7] for r in ranked]
