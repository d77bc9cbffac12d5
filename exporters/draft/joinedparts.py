"""A claim about the service whose notes speak of two subjects, said of both only where
each rests on its own records (issue 15, tester 14's N1: "The timeliness of the work and
how accurately performance information shows the quality of practice are a strength."
where the one note behind "timeliness" was about a dashboard that counts allocations).

`subjects.choose` joins the two subjects a side's notes speak of most
("the use of performance information and the timeliness of the work") where together
they are half of its notes: one note on each of three is enough.  Said as one verdict
("... are a strength"), the sentence asserts each subject as a finding, so each must be
spoken of (`subjects.speaks_of`: any of its cues) by `[joined] min_records` of the
records the sentence states (both sides of
a balanced claim) (`fewrecords.toml`).  A subject short of that is dropped: the other
alone where it has them, else the criterion's neutral subject, naming the thing
("the performance information") and none of its aspects.  A claim on few records
(`fewrecords.few`) names its sources side by side and keeps its subjects: each of its
few notes is said as what its own source showed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from exporters.draft import subjects
from exporters.draft.data import DraftData
from exporters.draft.fewrecords import wording
from exporters.draft.tallies import Claim


def min_records() -> int:
    """How many of the stated records each of two joined subjects needs (`[joined]`)."""
    return int(wording()["joined"]["min_records"])


def stated(claim: Claim, st: Sequence[int], dv: Sequence[int]) -> list[int]:
    """The records a claim's sentence states: its side's, both of a balanced claim."""
    if claim.direction == "for":
        return list(st)
    if claim.direction == "against":
        return list(dv)
    return [*st, *dv]


def supported(d: DraftData, claim: Claim, st: Sequence[int], dv: Sequence[int]) -> Claim:
    """The claim said of the subjects its own records support (see the module
    docstring): unchanged unless its notes join two subjects and one of them is spoken
    of by fewer than `min_records` of the records it states."""
    subs = subjects.subjects().get(claim.criterion)
    if subs is None or claim.by_cases:
        return claim
    base = d.words.criterion(d.framework, claim.criterion)
    chosen = subjects.subject_of(d, replace(claim, words=base), st, dv)
    if chosen is None or chosen[0].name != subjects.JOINED:
        return claim
    _, found = chosen
    subs = replace(subs, usual_topic=base.about_what)
    recs = stated(claim, st, dv)
    texts = d.texts(recs)
    kept = [x for x in found
            if sum(subjects.speaks_of(texts[i].text, x) for i in recs) >= min_records()]  # fmt: skip
    if len(kept) == len(found):
        return claim
    if len(kept) == 1 and kept[0].name == subjects.USUAL:
        return replace(claim, words=base)
    subject = kept[0] if len(kept) == 1 else subs.neutral
    return replace(claim, words=subjects.worded(base, subject, tuple(kept), subs))


def parts_note(d: DraftData, before: Claim, after: Claim) -> str:
    """The comment's words where `supported` changed the subject ("" where not)."""
    if before.words.about_what == after.words.about_what:
        return ""
    return (f"; said of {after.words.about_what}: each subject joined needs "
            f"{min_records()} records of its own")  # fmt: skip
