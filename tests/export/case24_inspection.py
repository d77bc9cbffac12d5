"""Hand-written inspections for case24's tests (issue 15; tester 23's A7, A6, A1).

Every note here was written for these tests, in words of their own: none comes from
the demo generator, a tester's database or the real report.  The 2018 framework, two
visited areas of private law cases, each case with a note praising the child's
relationship with the practitioner (QPN1) and one praising the direct work done with
the child (QP5):

- Fenwick (71): ten cases.  In four of them, the case's own note on seeing children
  (QP8) says the child was not seen, or never seen alone; the other six say the child
  was seen alone.  One of the six also has a note on management oversight (QPN4, a
  leadership point) saying the manager had not seen the file: it says nothing of
  whether the child was seen.
- Dunmore (72): eight cases, every child seen alone.

`build_split`: Carrow (73) on its own, for tester 23's A6 (see `SPLIT_WEAK`).
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [("71", "Fenwick", True), ("72", "Dunmore", True)]

# Fenwick's four cases whose own note says the child was not seen (or never alone).
UNSEEN = [
    "The boy was not seen before the report went in, and the file gives no reason.",
    "The girl was never seen alone: her mother sat in on the only visit.",
    "Not seen at all before the letter to the court was sent; the practitioner phoned the school instead.",
    "The guardian has not visited the child since the interim order eleven weeks ago.",
]
SEEN = [
    "Seen alone at school twice and once at home with the carer out of the room.",
    "The practitioner saw the boy on his own at a cafe he picked, and again at home.",
]
BOND = [
    "The boy asked for the same practitioner at every hearing and talks to her easily.",
    "The girl told the inspector she trusts her guardian and knows how to reach her.",
    "The practitioner has stayed with the child from the start and he speaks warmly of her.",
]
DIRECT = [
    "Direct work used a feelings thermometer and a drawing of each home to help the child talk.",
    "The practitioner worked through a simple timeline with the child over two sessions.",
]
# A leadership point (management oversight), not about the child being seen.
MANAGER = "The team manager had not seen the file before signing off the report."


def build(path: Path) -> tuple[Small, list[str]]:
    """The inspection, written to `path`, and the references of Fenwick's cases whose
    own note says the child was not seen; the caller closes it."""
    s = Small(path, areas=AREAS)
    unseen: list[str] = []
    for area, size in (("71", 10), ("72", 8)):
        for k in range(size):
            case = s.case(area=area, law="PRIVATE", age=("5-9", "10-13", "14-15")[k % 3])
            s.ev(case, ["QPN1"], "strength", BOND[k % len(BOND)])
            s.ev(case, ["QP5"], "strength", DIRECT[k % len(DIRECT)])
            if area == "71" and k < len(UNSEEN):
                s.ev(case, ["QP8"], "development", UNSEEN[k])
                unseen.append(s.store.case(case).ref)
            else:
                s.ev(case, ["QP8"], "strength", SEEN[k % len(SEEN)])
            if area == "71" and k == len(UNSEEN):
                s.ev(case, ["QPN4"], "development", MANAGER)
    return s, unseen


# Carrow (73), for the verdict frames (tester 23's A6): twelve cases, each with a note on
# every one of these points, so that every share is of every case sampled; each point
# falls short in the cases listed and is done well in the rest.
SPLIT_WEAK = {
    "QP2": {0, 1, 2, 3, 4, 5, 6, 7},
    "QP3": {0, 2, 4, 6, 8, 10, 11},
    "QP6": {1, 3, 5, 7, 9, 11, 0},
    "QP7": {2, 3, 4, 5, 6, 7, 8, 9},
    "QP11": {0, 1, 4, 5, 8, 9, 10},
    "QP1": {3, 4, 5, 6, 9, 10, 11, 2},
}
SPLIT_NOTES = {
    "QP2": ("The first look at risk missed the police call-outs listed in the referral.",
            "Risks from the mother's new partner were checked and weighed at the outset."),
    "QP3": ("The report says nothing of what the boy himself would like to happen.",
            "The girl's own reasons for wanting weekends with her father are set out."),
    "QP6": ("No plan was written after the first hearing and nobody knew what came next.",
            "A dated plan sets out each visit and the report's deadline, and was kept to."),
    "QP7": ("The recommendation is not tied to any weighing of the two homes offered.",
            "Each option is weighed against the child's needs before one is recommended."),
    "QP11": ("Two home visits are missing from the file altogether.",
             "Every contact is written up the same week and the chronology is current."),
    "QP1": ("The report went to court five weeks late and the hearing was put back.",
            "The work was finished and filed ahead of the date the court set."),
}  # fmt: skip


def build_split(path: Path) -> Small:
    """Carrow on its own, written to `path`; the caller closes it."""
    s = Small(path, areas=[("73", "Carrow", True)])
    for k in range(12):
        case = s.case(area="73", law="PRIVATE", age=("5-9", "10-13", "14-15")[k % 3])
        for crit, cases in SPLIT_WEAK.items():
            weak = k in cases
            s.ev(
                case,
                [crit],
                "development" if weak else "strength",
                SPLIT_NOTES[crit][0 if weak else 1],
            )
    s.judge("J18-4A", "requires-improvement", area="73")
    return s
