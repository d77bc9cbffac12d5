"""A hand-written inspection for case24's tests (issue 15; tester 23's A7).

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
