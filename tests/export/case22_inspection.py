"""A hand-written inspection for what an area section says of its own leaders (the
independent tester after session 21, A4, A6 and A7).  Every note is written here (none
is the demo's, a tester's or the real report's).

Four visited areas, twelve cases each, under the 2018 framework:

- Brackenmoor (31, inadequate, public law): safeguarding concerns not followed up in
  nine cases, analysis and wishes and feelings weak in eight, recording in seven,
  seeing children in six, no file of the twelve shows managers' oversight;
  its head of practice says the spring file audit found half the files wanting and
  nothing has been done about it, its own audit record says the same; five posts
  vacant, caseloads of 27, and a staff survey in which 35% call their workload
  manageable; a team meeting shows staff backing each other.
- Fellgate (32, outstanding, private law): strong throughout; six of the seven files
  read for recording have it behind, each note marked "Minor:" by the inspector; its staff survey (90%
  feel supported), every post filled, a head of practice who knows every team's work.
- Tarnside (33, good, private law): strong; safeguarding concerns not followed up in
  two cases, analysis weak in three; one file's note, filed under the response to
  diversity, says the plan ignores the family's faith (one case); two posts vacant;
  managers know their weakest files.
- Ousebridge (34, good, private law): strong, except that the work drifts without a
  plan in eight of its twelve cases; caseloads creeping up (the staff survey); managers' oversight and learning from reviews strong, by three records;
  performance information and the use of families' feedback each weak on one record.

Staffing and workloads fall short in three of the four areas (one record or two
each), so the visited areas share that finding and the section on local services says
it; the culture (support and challenge) is a strength in three of the four.

`build(path)` writes it; `WEAK` says which cases (by place in the area, from 0) fall
short on what.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [("31", "Brackenmoor", True), ("32", "Fellgate", True), ("33", "Tarnside", True),
         ("34", "Ousebridge", True)]  # fmt: skip
GRADES = {"31": "inadequate", "32": "outstanding", "33": "good", "34": "good"}
LAW = {"31": "PUBLIC", "32": "PRIVATE", "33": "PRIVATE", "34": "PRIVATE"}
SIZE = 12
POINTS = ("SW1", "QP3", "QP7", "QP8", "QP11", "QPN4", "QP6")
# Only Ousebridge has notes on planning (QP6).
ONLY_AREAS = {"QP6": {"34"}}

# The weak cases' gradings inspectors recorded: Brackenmoor's safeguarding failures.
GRADED = {"31": ("SW1",)}
# Fellgate has notes on recording in its first seven cases only.
ONLY = {("32", "QP11"): set(range(7))}
WEAK: dict[str, dict[str, set[int]]] = {
    "31": {
        "SW1": set(range(9)),
        "QP7": set(range(8)),
        "QPN4": set(range(SIZE)),
        "QP3": {0, 1, 3, 5, 7, 8, 9, 11},
        "QP11": {0, 2, 4, 6, 7, 9, 10},
        "QP8": {1, 2, 4, 5, 8, 10},
    },
    "32": {"QP11": {0, 1, 2, 4, 5, 6}},
    "33": {"SW1": {3, 9}, "QP7": {1, 5, 10}},
    "34": {"QP7": {2, 7}, "QP6": {0, 1, 3, 4, 6, 8, 9, 11}},
}

GOOD = {
    "QP6": [
        "The plan for the work was set at allocation and each step was done on time.",
        "A clear plan with dates for each visit was kept to.",
    ],
    "SW1": [
        "A police call-out at the house was checked within a day and the plan changed.",
        "The school's worry about marks on the boy's arm was followed up that afternoon.",
        "Checks on the mother's new partner were done before the first hearing.",
    ],
    "QP3": [
        "The report gives the girl's own reasons for wanting to stay put, in her words.",
        "What the boy hopes for at each home is set out and weighed.",
    ],
    "QP7": [
        "The analysis compares each option against what the child needs now.",
        "The report weighs the risks from each adult and the advice follows from them.",
        "The recommendation rests plainly on the evidence set out before it.",
    ],
    "QP8": [
        "The girl was seen on her own at school and again at the office.",
        "The boy was seen alone twice before the report was written.",
    ],
    "QP11": [
        "Each visit is written up within two days and the chronology is current.",
        "The file tells the story of the case clearly to anyone picking it up.",
    ],
    "QPN4": [
        "The manager's direction before the report was filed is on the file and was followed.",
        "Supervision notes show the case discussed monthly with actions carried out.",
    ],
}
POOR = {
    "QP6": [
        "The plan was not updated after the first hearing and the work drifted for weeks.",
        "No plan for the work is on the file and nothing happened for two months.",
    ],
    "QP8": [
        "The child was seen once, with her mother in the room throughout.",
        "The boy was never seen on his own before the report was filed.",
    ],
    "SW1": [
        "A school's report of bruising was not followed up for a fortnight.",
        "The police log of a row at the house reached the file and nobody acted on it.",
        "Risk from the father's new partner was noted and never checked.",
    ],
    "QP3": [
        "The report sets out what the parents want and little of what the child wants.",
        "The girl's wishes are given in a line without her reasons.",
    ],
    "QP7": [
        "The report repeats the history but never says what it means for the child.",
        "The recommendation does not follow from anything in the analysis.",
    ],
    "QP11": [
        "Nothing was written on the file for seven weeks after the first visit.",
        "Two visits in the diary have no record on the file.",
    ],
    "QPN4": [
        "No manager's direction is on the file before the report went to court.",
        "Supervision is recorded once in five months and sets no actions.",
        "The manager signed off the report without remarking on the missing checks.",
    ],
}
# Fellgate's recording notes, each marked minor by the inspector who wrote it.
MINOR = [
    "Minor: chronology a week behind after the final hearing. File otherwise exemplary.",
    "Minor: the last home visit was typed up late. Everything else on the file is strong.",
]
# Tarnside's one file note on the response to diversity (case 4).
FAITH = "The plan takes no account of the family's faith or the boy's first language."

# (area, criteria, polarity, source, text): what inspectors heard and read about each area.
# fmt: off
ABOUT: list[tuple[str, list[str], str, str, str]] = [
    ("31", ["LG4", "QPN4"], "development", "INT_MANAGER",
     "The service manager accepts that oversight has slipped since two team managers left; "
     "the spring audit's findings have not been acted on."),
    ("31", ["LG4"], "development", "QA_AUDIT",
     "Audit of 16 files in April graded eight below good; no action is recorded against "
     "any of them."),
    ("31", ["LG8"], "development", "INT_MANAGER",
     "Five practitioner posts are vacant, two covered by agency workers; the average "
     "caseload is 27."),
    ("31", ["LG8"], "development", "SURVEY_STAFF",
     "Staff survey: 35% of practitioners say their workload is manageable."),
    ("31", ["LG5"], "strength", "OBS_TEAM_MTG",
     "Team meeting: practitioners back each other up and talk openly about hard cases."),
    ("32", ["LG4"], "strength", "INT_MANAGER",
     "The head of practice reads a sample of files every week and can say how each team "
     "is doing."),
    ("32", ["LG5"], "strength", "SURVEY_STAFF",
     "Staff survey: 90% of staff feel supported by their manager."),
    ("32", ["LG8"], "strength", "INT_MANAGER",
     "Every post is filled and new starters carry a protected caseload for six months."),
    ("33", ["LG4"], "strength", "INT_MANAGER",
     "Team managers could say which files were weakest and what they had done about each."),
    ("33", ["LG8"], "development", "INT_MANAGER",
     "Two practitioner posts are vacant and are being recruited to."),
    ("33", ["LG5"], "strength", "SURVEY_STAFF",
     "Staff survey: most staff say supervision helps them think through their cases."),
    ("34", ["LG4"], "strength", "INT_MANAGER",
     "Managers know which practitioners need more help and check their files each month."),
    ("34", ["LG4"], "strength", "OBS_SUPERVISION",
     "Supervision observed: the manager challenged the plan and set clear actions."),
    ("34", ["LG7"], "strength", "QA_AUDIT",
     "Learning from the last practice review was shared at a workshop and used in files."),
    ("34", ["LG3"], "development", "PERF_DATA",
     "Performance reports count reports filed on time but say nothing of their quality."),
    ("34", ["LG6"], "development", "INT_MANAGER",
     "Feedback forms from families are collected but nobody reads them or acts on them."),
    ("34", ["LG8"], "development", "SURVEY_STAFF",
     "Staff survey: practitioners say caseloads have crept up since the spring."),
    ("34", ["LG5"], "strength", "OBS_SUPERVISION",
     "Supervision observed: the manager helped the practitioner weigh the risks."),
]
# fmt: on


def build(path: Path) -> Small:
    """The inspection, written to `path`; the caller closes it."""
    s = Small(path, areas=AREAS)
    for area, _name, _visited in AREAS:
        for k in range(SIZE):
            case = s.case(area=area, law=LAW[area], age=("5-9", "10-13", "14-15")[k % 3])
            for point in POINTS:
                if k not in ONLY.get((area, point), range(SIZE)):
                    continue
                if area not in ONLY_AREAS.get(point, {area}):
                    continue
                bad = k in WEAK[area].get(point, set())
                if bad and area == "32" and point == "QP11":
                    s.ev(case, [point], "development", MINOR[k % len(MINOR)])
                    continue
                notes = (POOR if bad else GOOD)[point]
                s.ev(case, [point], "development" if bad else "strength",
                     notes[(k + int(area)) % len(notes)])  # fmt: skip
                if bad and point in GRADED.get(area, ()):
                    s.grade(case, point, "inadequate")
            if area == "33" and k == 4:
                s.ev(case, ["LG9"], "development", FAITH)
        s.judge("J18-4A", GRADES[area], area=area)
    for area, crits, polarity, source, text in ABOUT:
        s.about_area(area, crits, polarity, text, source)
    for jid, grade in (("J18-0", "good"), ("J18-1", "good"), ("J18-2", "requires-improvement"),
                       ("J18-3", "good"), ("J18-4", "good")):  # fmt: skip
        s.judge(jid, grade)
    return s


# Under a framework that judges no area (2021), an area section has no headline.
# Kestwick (41), ten private law cases: wishes and feelings fall short in all ten,
# analysis in seven; safeguarding concerns were not followed up in three of the four
# cases with a note on them.  Its files weigh against it.
UNGRADED_AREAS = [("41", "Kestwick", True)]
UNGRADED_WEAK = {"QP3": set(range(10)), "QP7": set(range(7)), "SW1": {0, 1, 2}}
UNGRADED_NOTED = {"SW1": {0, 1, 2, 3}}
UNGRADED_POINTS = ("QP3", "QP7", "QP8", "SW1")


def build_ungraded(path: Path) -> Small:
    """The inspection under the 2021 framework, written to `path`; the caller closes it."""
    s = Small(path, areas=UNGRADED_AREAS, framework="cafcass-2021")
    for k in range(10):
        case = s.case(area="41", law="PRIVATE", age=("5-9", "10-13", "14-15")[k % 3])
        for point in UNGRADED_POINTS:
            if k not in UNGRADED_NOTED.get(point, range(10)):
                continue
            bad = k in UNGRADED_WEAK.get(point, set())
            notes = (POOR if bad else GOOD)[point]
            s.ev(case, [point], "development" if bad else "strength", notes[k % len(notes)])
    s.judge("J21-1", "requires-improvement")
    return s


# A good area whose evidence disputes its grade, weak on many points: Wrenfield (51),
# fourteen private law cases, each of fourteen points falling short in eight of them,
# and information sharing in six of the ten cases with a note on it.
# Its safeguarding weakness opens the section (case21's rule), and every material
# weakness is said, up to the twelve a section states at most.
SPREAD = {
    "SW1": (
        "A school's worry about the child was followed up the same day.",
        "A police report of a row at home was never checked.",
    ),
    "SW2": (
        "The advice to the first hearing sets out the checks made and a clear proposal.",
        "The advice to the court leaves out the police callouts on the file.",
    ),
    "SW3": (
        "The guardian and the child's solicitor agreed early how to put her view.",
        "Nobody put the boy's objection to the plan to the court.",
    ),
    "SW4": (
        "A short letter told the girl what the judge had decided.",
        "Nobody wrote to the child to say what the court decided.",
    ),
    "QP1": (
        "The work was done without delay and the hearing went ahead as listed.",
        "The report was filed three weeks late and the hearing was put off.",
    ),
    "QP2": (
        "The first assessment of risk drew on police and school checks.",
        "The first assessment of risk took no account of the police history.",
    ),
    "QP3": (
        "What the girl wants is set out in her own words.",
        "The report says nothing of what the boy wants.",
    ),
    "QP5": (
        "Direct work with drawings helped the boy say how contact felt.",
        "No direct work with the child is recorded.",
    ),
    "QP6": (
        "The plan for the child's case is clear and was kept to.",
        "There is no plan for the work with the child.",
    ),
    "QP7": (
        "The analysis weighs each option and the advice follows from it.",
        "The report retells events and analyses nothing.",
    ),
    "QP8": ("The child was seen alone at school.", "The child was never seen alone."),
    "QP9": (
        "The practitioner listened to the girl and acted on what she said.",
        "What the boy told the practitioner was not listened to.",
    ),
    "QP11": (
        "Every visit is written up promptly on the file.",
        "Visits from the last two months are not recorded on the file.",
    ),
    "QPN1": (
        "The child trusts her guardian and asks for her by name.",
        "The boy has had three practitioners and trusts none of them.",
    ),
}


SHARING = (
    "The school was told of the plan the day it was made.",
    "Nobody told the school or the GP about the new plan.",
)


def build_disputed(path: Path) -> Small:
    """The inspection, written to `path`; the caller closes it."""
    s = Small(path, areas=[("51", "Wrenfield", True)])
    for k in range(14):
        case = s.case(area="51", law="PRIVATE", age=("5-9", "10-13", "14-15")[k % 3])
        for point, (good, poor) in SPREAD.items():
            bad = (k + len(point)) % 14 < 8
            s.ev(case, [point], "development" if bad else "strength", poor if bad else good)
        if k < 10:  # information sharing: noted on ten cases, weak in six
            bad = k < 6
            s.ev(case, ["QP12"], "development" if bad else "strength",
                 SHARING[1] if bad else SHARING[0])  # fmt: skip
    s.judge("J18-4A", "good", area="51")
    return s
