"""A hand-written inspection for case23's tests (issue 15; tester 22's A2 and A8).

Every note here was written for these tests, in words of their own: none comes from
the demo generator, a tester's database or the real report.  The 2013 framework, which
judges no area, so no area section has a grade to follow.  Three visited areas of
twelve private law cases each:

- Hollinsbrook (61): strong work on children's wishes, direct work, analysis, seeing
  children and recording in every case; but the work drifts without a plan in nine of
  the twelve (planning, QP6), each of those notes saying for how long nothing happened.
  Five cases have a note praising how promptly the report reached the court (delay,
  QP1); four of those five are among the drifting cases.  About the area: its own
  audit of plans found the same drift, practitioners in a group said so too, and the
  service manager named it, found it by audit and has started fortnightly plan reviews,
  too recently to show any effect.  Supervision observed and the staff survey are
  strong; local authority managers say joint working has improved outcomes.
- Ashworth (62): strong throughout, planning and timeliness included.
- Marlpool (63): weak: wishes and feelings fall short in ten of twelve cases, analysis
  in eight, planning and recording in seven, direct work and seeing children in six.
  Its files weigh against it.  Its managers could not say which files were weakest,
  and there is no action plan for what its audit found.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [("61", "Hollinsbrook", True), ("62", "Ashworth", True), ("63", "Marlpool", True)]
SIZE = 12
POINTS = ("QP3", "QP5", "QP6", "QP7", "QP8", "QP11")

# The cases (0-11) of each area whose note on a point records a shortfall.
WEAK: dict[str, dict[str, set[int]]] = {
    "61": {"QP6": {0, 1, 2, 3, 4, 5, 6, 7, 8}},
    "62": {},
    "63": {
        "QP3": set(range(10)),
        "QP7": set(range(8)),
        "QP6": set(range(7)),
        "QP5": {0, 1, 2, 3, 4, 5},
        "QP8": {0, 2, 4, 6, 8, 10},
        "QP11": set(range(7)),
    },  # fmt: skip
}
# Hollinsbrook's cases with a note praising how promptly the report reached the court:
# cases 0, 2, 4 and 6 drifted on planning; case 10 did not.
PROMPT = {"61": (0, 2, 4, 6, 10), "62": (1, 3, 5, 7, 9)}

GOOD = {
    "QP3": [
        "The report explains what the boy hopes for and why, using his own drawings.",
        "What the girl wants is set out with her reasons and weighed against her age.",
    ],
    "QP5": [
        "Three sessions with the child used play figures to talk about each household.",
        "The guardian met the teenager at a cafe she chose and worked through a timeline.",
    ],
    "QP6": [
        "The plan at allocation lists each visit with a date, and all were done.",
        "After the first hearing the plan was revised and the new tasks completed.",
    ],
    "QP7": [
        "The analysis sets each parent's proposal against the child's needs before it recommends.",
        "The recommendation follows from a clear weighing of the risks and the benefits.",
    ],
    "QP8": [
        "The child was seen alone at school and again at home.",
        "The practitioner saw both brothers on their own before writing anything.",
    ],
    "QP11": [
        "Every contact is written up within a day and the chronology is current.",
        "The file reads clearly from referral to report and nothing is missing.",
    ],
}
POOR = {
    "QP3": [
        "The report gives the parents' positions and not a word from the child.",
        "The girl's wishes are mentioned in one line with no reasons or context.",
    ],
    "QP5": [
        "No direct work with the child is recorded at all.",
        "The child was spoken to once, briefly, on the doorstep.",
    ],
    "QP7": [
        "The report lists events but never says what they mean for the child.",
        "The recommendation appears without any weighing of the options.",
    ],
    "QP8": [
        "The child was only ever seen with her father in the room.",
        "Nobody saw the boy before the report went to court.",
    ],
    "QP11": [
        "The file has nothing recorded for the last six weeks of the work.",
        "Visits in the diary were never written up on the file.",
    ],
    # Hollinsbrook's and Marlpool's planning notes: drift, and how long.
    "QP6": [
        "The plan was never revisited after the first hearing; the work drifted for nine weeks with no visit.",
        "No plan on file since allocation and the work drifted: seven weeks passed with nothing done for the child.",
        "Plan out of date since the directions hearing; drift of ten weeks before anyone saw the child again.",
    ],
}
PROMPT_NOTE = [
    "The report reached the court on the day it was due.",
    "The report was filed a week before the deadline the court set.",
]

# (area, criteria, polarity, source, text): what inspectors heard and read about each area.
# fmt: off
ABOUT: list[tuple[str, list[str], str, str, str]] = [
    ("61", ["QP6"], "development", "QA_AUDIT",
     "The area's own review of plans in October found a third of them out of date after "
     "the first hearing; an action plan followed in November."),
    ("61", ["QP6"], "development", "INT_PRACTITIONER",
     "Practitioners in a group discussion said plans slip once the court dates bunch up."),
    ("61", ["LG4"], "strength", "INT_MANAGER",
     "The service manager named plan drift as the area's main weakness, found it through "
     "her own audit and has an action plan with fortnightly plan reviews; it is too early "
     "to see any effect."),
    ("61", ["LGN4"], "strength", "INT_LA",
     "Local authority managers said joint working with the guardians has improved "
     "outcomes for children this year."),
    ("61", ["QPN4"], "strength", "OBS_SUPERVISION",
     "Supervision observed: the manager tested the practitioner's analysis and agreed "
     "clear actions."),
    ("61", ["LG5"], "strength", "SURVEY_STAFF",
     "Staff survey: 84% of staff in the area feel well supported by their manager."),
    ("62", ["LG4"], "strength", "INT_MANAGER",
     "Managers read a sample of files each month and could say how every team is doing."),
    ("62", ["LG5"], "strength", "SURVEY_STAFF",
     "Staff survey: 88% of staff in the area feel well supported by their manager."),
    ("63", ["LG4"], "development", "INT_MANAGER",
     "The acting manager could not say which files were weakest; no audit since spring."),
    ("63", ["LG4"], "development", "QA_AUDIT",
     "There is no action plan for the files the spring audit graded inadequate, and the "
     "team managers could not say which of their files were weakest."),
]
# fmt: on


def build(path: Path) -> Small:
    """The inspection, written to `path`; the caller closes it."""
    s = Small(path, areas=AREAS, framework="cafcass-2013")
    for area, _name, _visited in AREAS:
        for k in range(SIZE):
            case = s.case(area=area, law="PRIVATE", age=("5-9", "10-13", "14-15")[k % 3])
            for point in POINTS:
                bad = k in WEAK[area].get(point, set())
                notes = (POOR if bad else GOOD)[point]
                s.ev(case, [point], "development" if bad else "strength",
                     notes[(k + int(area)) % len(notes)])  # fmt: skip
            if k in PROMPT.get(area, ()):
                s.ev(case, ["QP1"], "strength", PROMPT_NOTE[k % len(PROMPT_NOTE)])
    for area, crits, polarity, source, text in ABOUT:
        s.about_area(area, crits, polarity, text, source)
    for jid, grade in (("J13-0", "good"), ("J13-1", "good"), ("J13-2", "good"),
                       ("J13-3", "good")):  # fmt: skip
        s.judge(jid, grade)
    return s
