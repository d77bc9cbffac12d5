"""A hand-written inspection for voice27's findings (issue 15; tester 26's A4 and A2 #7).
Every note was written for these tests, in words of their own: none comes from the demo
generator, a tester's database or the real report, and no name below is a real place's
or person's.

`build`: the 2018 framework, three visited areas of twelve private law cases each, each
area uneven on every point of practice (a majority one way, three to five cases the
other), so that the draft says many balanced sentences.

- On two points (`TERSE`: the child's views in the report, managers' oversight) every
  note on the strength is an inspector's shorthand, which no example may quote: a
  balanced sentence on them has nothing to follow it, so it says each side once, the
  smaller last (A4: "Across the majority of cases, though not in some where ...",
  "... In some, ...; in the others, however, ..." in nearly every paragraph, with no
  example after them).
- On seeing children, in Harrowfield (91), the strengths are notes with their "was"
  dropped, the way notes are typed ("Teenager seen on his own at the youth club he
  picked; ..."): an example from one says "was seen" (A2 #7: "one young person seen
  alone at a place she chose (library); ...").
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [("91", "Harrowfield", True), ("92", "Lindenmoor", True),
         ("93", "Quarrendon", True)]  # fmt: skip
GRADES = {"91": "good", "92": "good", "93": "requires-improvement"}

# (criterion): a strength and a development note, varied by case with `_nth`.
STRONG = {
    "SW1": "The worker phoned the health visitor the same morning the mark was reported",
    "QP3": "The letter explains in the girl's own phrases why she wants to stay at her school",
    "QP7": "The recommendation sets each parent's proposal against what the boy needs",
    "QP8": "The worker met the boy on his own at his grandmother's flat and then at school",
}
WEAK = {
    "SW1": "The police reply came after the hearing and nobody followed it up",
    "QP3": "The letter repeats the father's view and leaves out what the girl asked for",
    "QP7": "The report lists the history but never weighs the risks to the boy",
    "QP8": "The worker did not meet the child alone before the report was filed",
    "QP9": "What the boy said about the arguments never reaches the report",
    "QPN4": "No manager has read the file since the case was allocated",
}
# Strengths an inspector wrote in shorthand: no example may quote them.
TERSE = {
    "QP9": "Child's views in rpt - ok, see para 12",
    "QPN4": "Mgr sign-off on file x2, ok",
}
# Harrowfield's children seen as they needed to be, each note with its "was" dropped.
SEEN = (
    "Teenager seen on his own at the youth club he picked; the worker rang him "
    "afterwards as promised.",
    "Girl's older brother seen alone at the library she suggested; the worker wrote to "
    "him after the hearing.",
    "Young person seen twice at the skate park he chose; the worker explained the "
    "report to him there.",
    "Young person seen alone at the cafe near the school she named; the worker checked "
    "in with her by text.",
    "Teenager seen at the leisure centre he likes; the worker kept every appointment "
    "she made with him.",
    "Young person seen on her own at her aunt's house, which she asked for; the worker "
    "read the letter to her.",
    "Teenager seen alone at the sports ground he picked; the worker met him again "
    "before the hearing.",
    "Young person seen at the allotment she likes; the worker sent her a card after "
    "the final hearing.",
    "Teenager seen on his own at the bowling alley he chose; the worker answered his "
    "questions about court.",
    "Young person seen alone at the bus station cafe she suggested; the worker set out "
    "what the judge would read.",
    "Teenager seen at the swimming baths he goes to; the worker kept to the times he could manage.",
    "Young person seen twice at the garden centre where she works on Saturdays; the "
    "worker took her views down in full.",
)
# How many of each area's twelve cases are weak on each point (the rest strong).
WEAK_IN = {
    "91": {"SW1": 3, "QP3": 4, "QP7": 3, "QP8": 3, "QP9": 4, "QPN4": 3},
    "92": {"SW1": 4, "QP3": 3, "QP7": 4, "QP8": 4, "QP9": 3, "QPN4": 4},
    "93": {"SW1": 5, "QP3": 5, "QP7": 4, "QP8": 5, "QP9": 5, "QPN4": 5},
}
WHEN = ("at the first appointment", "before the first hearing", "in the second month",
        "after the referral", "during the review", "at allocation", "before the letter",
        "after the court's directions", "in the final weeks", "at the hand-over",
        "in the first weeks", "before the final hearing")  # fmt: skip


def _nth(text: str, k: int) -> str:
    return f"{text} {WHEN[k % len(WHEN)]}."


def _strength(code: str, crit: str, k: int, seen: list[str]) -> str:
    if crit in TERSE:
        return TERSE[crit].replace("x2", f"x{2 + k % 3}")
    if code == "91" and crit == "QP8" and seen:
        return seen.pop(0)
    return _nth(STRONG[crit], k)


def build(path: Path) -> Small:
    """The inspection the module docstring describes, written to `path`, open."""
    s = Small(path, areas=AREAS)
    for code, weak_in in WEAK_IN.items():
        seen = list(SEEN)
        for k in range(12):
            case = s.case(area=code, age=("14-15", "10-13")[k % 2])
            for crit, many in weak_in.items():
                weak = k < many if k % 2 else k >= 12 - many
                if weak:
                    s.ev(case, [crit], "development", _nth(WEAK[crit], k))
                else:
                    s.ev(case, [crit], "strength", _strength(code, crit, k, seen))
        s.judge("J18-4A", GRADES[code], area=code)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    return s
