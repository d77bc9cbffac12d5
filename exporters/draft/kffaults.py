"""What a key finding's weakness is about, where its cases' own notes say it: a fault
half or more of its cases against describe that the criterion's general wording does
not say (tester 24's A2: "In most of the cases inspectors could assess in Area 8, the
advice the court receives is not good enough" rested, in three of its six cases, on
notes saying the safeguarding letter reached the court on the morning of the hearing or
after it: late, not poor advice; the other three letters listed the checks without
saying what they meant for the child).

The faults are the improvement points' (`support.toml` [[improve_fit]], those with a
`said`: the fault as a finding says it), so a key finding and the point to improve read
the same notes the same way.  Every case against describing it: the fault is the
finding ("..., safeguarding letters or reports reach the court late"); half of them or
more, two at least: the general wording (true of them all) with the fault and its
count, in the frame the body gives a shared fault (`support.toml` [shared_fault]: "...
is not good enough (in three of them, safeguarding letters or reports reach the court
late)"); fewer: the general wording alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft.casethemes import Scene, own_records
from exporters.draft.tallies import Claim
from exporters.draft.words import number_text


def as_found(sc: Scene, c: Claim, cases: Sequence[int], general: str) -> str:
    """`general` (a weakness wording of `c`'s criterion, said of `cases`, the cases
    against it), or the fault their own development notes describe in its place or
    beside it (see the module's docstring)."""
    d = sc.data
    fits = d.words.support.faults_said.get(c.criterion, ())
    against = set(cases)
    if not fits or len(against) < 2:
        return general
    records = own_records(sc, [c.criterion], against, "development")
    texts = d.texts(records)
    best: tuple[int, str] | None = None
    for pattern, said in fits:
        held = {d.case[i] for i in records if pattern.search(texts[i].text)}
        if best is None or len(held) > best[0]:
            best = (len(held), said)
    if best is None:
        return general
    n, said = best
    if n == len(against):
        return said
    if n >= 2 and 2 * n >= len(against):
        frame = d.words.support.shared_fault
        return frame.format(general=general, count=number_text(n), specific=said)
    return general
