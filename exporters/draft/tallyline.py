"""A tally as the comment and the QA view show it (`line`), and the cases a section
counts neither way because their only notes on the criterion are someone else's view
(`others`).

Only the inspectors' own evidence on a case makes it count for or against a criterion
(`exporters.draft.data`): a note of what a parent, a judge or the local authority told
inspectors is their view (`fitting.is_stakeholder`).  A case whose only notes on the
criterion are such views has no view in the tally, and the line says so, with the
source as the inspector chose it and the case's reference, so that the lead can find
the case the count leaves out (tester 32's F8: "six of the seven" where the file held
seven strengths of eight, the eighth from an interview with the mother):
"1 case with only someone else's view on QP3, counted neither way (Interview with
parent or carer: C-4907-PJ)".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from store.models import counted

if TYPE_CHECKING:
    from exporters.draft.data import DraftData
    from exporters.draft.tallies import Tally
    from store.framework import Framework

MAX_REFS = 5  # case references named for one source, then "..."


def others(
    d: DraftData, records: Iterable[int], counted_cases: set[int]
) -> tuple[tuple[str, str], ...]:
    """(case reference, source label) for each of `records` (a section's notes on one
    criterion) that is someone else's view on a case the tally does not count
    (`counted_cases`: its cases for, against and mixed), in reference order."""
    own, case, ref = d.own, d.case, d.ref
    label = d.framework.source_label
    found = {
        (ref[i], label(d.source[i]))
        for i in records
        if case[i] and not own[i] and case[i] not in counted_cases
    }
    return tuple(sorted(found))


def others_part(t: Tally) -> str:
    """The line's part on `t.others` ("" where there are none)."""
    if not t.others:
        return ""
    by_source: dict[str, list[str]] = defaultdict(list)
    for ref, source in t.others:
        by_source[source].append(ref)
    named = "; ".join(
        f"{source}: {', '.join(refs[:MAX_REFS])}{', ...' if len(refs) > MAX_REFS else ''}"
        for source, refs in by_source.items()
    )
    n = len({ref for ref, _ in t.others})
    return (f"{counted(n, 'case')} with only someone else's view on {t.criterion}, counted "
            f"neither way ({named})")  # fmt: skip


def line(t: Tally, about_cases: bool) -> str:
    """The tally as the comment and the QA view show it."""
    c = t.criterion
    parts = []
    if t.views:
        parts.append(
            f"In {len(t.pos)} of {t.views} cases with a view on {c}"
            + (f"; against in {len(t.neg)}" if t.neg else "")
            + (f"; mixed in {len(t.mixed)}" if t.mixed else "")
        )
    if t.wide_pos or t.wide_neg or not about_cases:
        parts.append(
            f"{len(t.wide_pos)} strength and {len(t.wide_neg)} development records "
            f"about the service on {c}"
        )
    if t.files is not None and t.files.views:
        parts.append(f"case files: {t.files.line(True)}")
    if t.held:
        parts.append(f"{counted(len(t.held), 'case')} counted neither way: own notes disagree")
    if t.hedged:
        n = len(t.hedged)
        parts.append(f"{n} {'note says' if n == 1 else 'notes say'} it is too early to "
                     "tell, counted neither for nor against")  # fmt: skip
    if t.others:
        parts.append(others_part(t))
    return "; ".join(parts) if parts else f"No evidence on {c}"


def view_note(framework: Framework, source: str, criteria: Iterable[str]) -> str:
    """What the evidence editor and `evidence add` may say of a note on a case from
    someone else's view (a parent's, a judge's: `fitting.is_stakeholder`) tagged with a
    criterion of practice: that it is said as theirs and never counts the case for or
    against that criterion (tester 32's F8); "" for any other note."""
    from exporters.draft.fitting import is_stakeholder
    from exporters.draft.words import words

    w = words()
    if not is_stakeholder(w, source):
        return ""
    practice = [c for c in criteria if w.criterion(framework, c).about == "cases"]
    if not practice:
        return ""
    named = ", ".join(practice[:-1]) + (" or " if len(practice) > 1 else "") + practice[-1]
    return (f"A note from '{framework.source_label(source)}' is someone else's view: the draft "
            f"says it as theirs and does not count it for or against the case on {named}; "
            "the case counts by what inspectors found themselves (a case file, an interview "
            "with the child) or by its grade.")  # fmt: skip
