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

`build_split`: Carrow (73) on its own, for tester 23's A6 (see `SPLIT_WEAK`);
`build_failing`: Holm (74) and Sallow (75), both inadequate, for A1 (see `FAILING`);
`build_story`: Tarnfield (76), ungraded, for tester 24's A11 (see `STORY_GOOD`).
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


# Holm (74) and Sallow (75), both judged inadequate, for the grade's weight (tester 23's
# A1): in each, nine of twelve children's safeguarding concerns were not followed up
# (SW1) and nine were not seen as they needed to be (QP8); managers' oversight of
# practice (LG4) has two strength records about the area and nine development records.
FAILING = [("74", "Holm"), ("75", "Sallow")]
SAFETY = (
    "A neighbour's report of shouting and a child crying was logged and never followed up.",
    "The school's concern about the girl's bruised wrist was not passed on to anyone.",
    "Police call-outs during the case were known to the FCA and not acted on.",
)
SAFE = "The FCA made a referral to children's services the day the disclosure was made."
NOT_SEEN = "Nobody from the service saw the boy before the report was filed."
SEEN_ALONE = "Seen alone at home and at the contact centre before the report."
OVERSIGHT_WEAK = [
    ("INT_MANAGER", "The service manager could not say which teams had the weakest files."),
    (
        "QA_AUDIT",
        "The area's last audit found half the files had no manager's note, and nothing followed.",
    ),
    (
        "INT_PRACTITIONER",
        "Practitioners said their manager signs reports off without reading the file.",
    ),
    (
        "CASE_DISCUSSION",
        "The team manager had not looked at any of this worker's cases for three months.",
    ),
    (
        "INT_MANAGER",
        "The head of practice accepted that oversight of the backlog had lapsed since spring.",
    ),
    ("QA_AUDIT", "Audit actions from the summer were still open with no owner named."),
    ("INT_PRACTITIONER", "Newer staff said nobody checks their work before it goes to court."),
    ("PERF_DATA", "Management checks on allocated cases were recorded for a third of files."),
    ("INT_MANAGER", "Managers said supervision is cancelled most weeks because of court work."),
]
OVERSIGHT_GOOD = [
    (
        "INT_MANAGER",
        "One team manager reviews every new case within a week and records her direction.",
    ),
    ("QA_AUDIT", "In one team, the audit found managers' notes on each file it looked at."),
]


def build_failing(path: Path) -> Small:
    """Holm and Sallow, written to `path`; the caller closes it."""
    s = Small(path, areas=[(code, name, True) for code, name in FAILING])
    for code, _name in FAILING:
        for k in range(12):
            case = s.case(area=code, law=("PRIVATE", "PUBLIC")[k % 2], age=("5-9", "10-13")[k % 2])
            weak = k < 9
            s.ev(case, ["SW1"], "development" if weak else "strength",
                 SAFETY[k % len(SAFETY)] if weak else SAFE)  # fmt: skip
            s.ev(case, ["QP8"], "development" if weak else "strength",
                 NOT_SEEN if weak else SEEN_ALONE)  # fmt: skip
        for source, text in OVERSIGHT_WEAK:
            s.about_area(code, ["LG4"], "development", text, source)
        for source, text in OVERSIGHT_GOOD:
            s.about_area(code, ["LG4"], "strength", text, source)
        s.judge("J18-4A", "inadequate", area=code)
    return s


# Tarnfield (76), ungraded (2013 framework), for tester 24's A11: strong on five points
# in all ten cases, its plans out of date in seven of them, and the area's performance
# figures (one source, named in the singular) say the same.
STORY_GOOD = {
    "QP3": "The girl's own reasons for wanting more time with her father are in the report.",
    "QP5": "Two sessions with a feelings chart helped the boy talk about each household.",
    "QP7": "The recommendation follows from weighing each option against the child's needs.",
    "QP11": "Every visit is on the file within two days and the chronology is current.",
}
STORY_PLAN = ("The plan was written at allocation and not looked at again for ten weeks.",
              "A plan written at the start of the case for a timetable that had since changed.")  # fmt: skip
STORY_PLAN_GOOD = "The plan was revised after each hearing and every task on it was done."
STORY_FIGURES = (
    "Performance figures for the area show a third of case plans out of date at twelve weeks."
)


def build_story(path: Path) -> Small:
    """Tarnfield on its own, written to `path`; the caller closes it."""
    s = Small(path, areas=[("76", "Tarnfield", True)], framework="cafcass-2013")
    for k in range(10):
        case = s.case(area="76", law="PRIVATE", age=("5-9", "10-13", "14-15")[k % 3])
        for crit, text in STORY_GOOD.items():
            s.ev(case, [crit], "strength", text)
        weak = k < 7
        s.ev(case, ["QP6"], "development" if weak else "strength",
             STORY_PLAN[k % 2] if weak else STORY_PLAN_GOOD)  # fmt: skip
    s.about_area("76", ["QP6"], "development", STORY_FIGURES, "PERF_DATA")
    return s
