"""A note written twice is counted once (tester 35's A12).

An inspector who types up again a note they already had (a laptop replaced, a sitting
imported twice, a note re-typed from memory) leaves two notes on one case, or about one
area, with the same finding and the same or nearly the same words.  The merge says so
("reads much like a note the same inspector already had ... both are kept") and keeps
both; counted as two, one interview with a head of practice became "interviews with
managers: 3 against".  The rule for "the same note" is the merge's own
(`Store.written_twice`, on `store.merge_twins.alike`): same author, same case (or, with
no case, the same area), same finding, nearly the same words; and, for the draft, the
same source (one interview typed twice, not a meeting and a survey saying alike).

The later note is left out of every criterion it shares with the earlier one (tallies,
claims, stakeholders' views and examples all read the criteria's records), and out of
the area's, the service's and the source's lists where it shares them all
(`count_once`).  A sentence whose records or cases hold the earlier note says in its
comment that the copy was counted once, with the copy's id for the lead to delete, and
the QA view flags it (`mark`).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from exporters.model import Flag, ReportModel, Sentence
from store.models import counted

if TYPE_CHECKING:
    from exporters.draft.data import DraftData

FLAG: Flag = "near-copy counted once"
SHOWN = 2
"""Copies named by id in one comment; more are counted."""


Copies = tuple[dict[int, int], dict[int, tuple[str, ...]]]


def count_once(d: DraftData, pairs: list[tuple[str, str]]) -> Copies:
    """Leave the later note of each of `pairs` (two notes' ids) out of the criteria it
    shares with the earlier: copy index -> earlier index, and copy index -> the criteria
    it was left out of."""
    copies: dict[int, int] = {}
    copied_on: dict[int, tuple[str, ...]] = {}
    at = d.index_of
    # The later of two notes (in the order they were made) is the copy; a note alike
    # several earlier ones is the copy of the first.
    earliest: dict[int, int] = {}
    for a, b in ((at[a], at[b]) for a, b in pairs if a in at and b in at):
        copy, first = max(a, b), min(a, b)
        earliest[copy] = min(first, earliest.get(copy, first))
    found = sorted(earliest.items())
    if not found:
        return copies, copied_on
    before = d.crits
    d.crits = list(d.crits)
    d.by_criterion = {c: list(v) for c, v in d.by_criterion.items()}
    for copy, first in found:
        shared = tuple(c for c in before[copy] if c in before[first])
        if not shared:
            continue
        copies[copy], copied_on[copy] = first, shared
        d.crits[copy] = tuple(c for c in d.crits[copy] if c not in shared)
        for c in shared:
            d.by_criterion[c].remove(copy)
    whole = {i for i in copies if not d.crits[i]}
    if whole:
        d.national = [i for i in d.national if i not in whole]
        for area, held in d.area_level.items():
            d.area_level[area] = [i for i in held if i not in whole]
        for source, held in d.by_source.items():
            d.by_source[source] = [i for i in held if i not in whole]
    return copies, copied_on


def _copies_behind(d: DraftData, s: Sentence, by_id: dict[str, list[int]],
                   by_case: dict[str, list[int]]) -> list[int]:  # fmt: skip
    """The copies counted once among this sentence's notes: those of a note it cites,
    or of a note on a case it counts with a criterion it states."""
    found = [c for rid in s.evidence_ids for c in by_id.get(rid, ())]
    wanted = set(s.criteria)
    found += [c for ref in s.case_refs for c in by_case.get(ref, ())
              if wanted.intersection(d.copied_on[c])]  # fmt: skip
    return sorted(set(found))


def line(d: DraftData, copies: list[int]) -> str:
    """The comment's note on the copies counted once ("1 note counted once: 01a2... reads
    as a note its inspector already had (01a1...); delete it if it is a copy")."""
    n = len(copies)
    named = "; ".join(f"{d.ids[c]} beside {d.ids[d.copies[c]]}" + (
        f" ({d.ref[c]})" if d.ref[c] else "") for c in copies[:SHOWN])  # fmt: skip
    more = f"; and {n - SHOWN} more" if n > SHOWN else ""
    return (
        f"{counted(n, 'note')} counted once: {'it reads' if n == 1 else 'each reads'} much like "
        f"a note the same inspector already had, with the same finding ({named}{more}); "
        f"delete the copy if it is one ('fieldwork evidence delete DB ID')"
    )


def mark(d: DraftData, report: ReportModel) -> None:
    """Flag every sentence resting on a note whose copy was counted once, and say so in
    its comment."""
    if not d.copies:
        return
    by_id: dict[str, list[int]] = defaultdict(list)
    by_case: dict[str, list[int]] = defaultdict(list)
    for copy, first in d.copies.items():
        by_id[d.ids[first]].append(copy)
        if d.ref[copy]:
            by_case[d.ref[copy]].append(copy)
    for sec in report.sections:
        for _where, p in sec.labelled():
            for s in p.sentences:
                copies = _copies_behind(d, s, by_id, by_case)
                if copies and FLAG not in s.flags:
                    s.flags.append(FLAG)
                    s.basis = "; ".join(filter(None, (s.basis, line(d, copies))))
