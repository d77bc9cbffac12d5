"""A hand-written inspection for how sections open (the independent tester after session
20, A3 and F18): where a section has safeguarding weaknesses in a share of its cases
worth stating, its first paragraph says so, in proportion, before its strengths; and a
national section graded good chooses its weaknesses by the weight of their cases, as
an area does.  Every note is written here (none is the demo's, a tester's or the real
report's).

- Harrowdene (71, good, 16 private law cases): strong throughout, but safeguarding
  concerns were left unchecked in two cases (one of them escalated), analysis in
  reports falls short in three; the area's own figures say allocation is on target
  (one performance-data record).
- Marshby (72, requires improvement, 14 public law cases): safeguarding concerns were
  not followed up in ten cases (four escalated), managers' oversight falls short in
  nine, analysis in eight, wishes and feelings in seven, recording in six, direct work
  in five; the area's figures say reports are filed on time.
- Copperfield (73, good, 12 private law cases): strong, no safeguarding weakness;
  analysis falls short in three cases; the advice to the court, the child's
  representation and letters each have notes on four cases, three of them
  weaknesses.

The national private law section (Harrowdene and Copperfield, graded good) holds
analysis in reports weak in six of 28 cases and the three points of three cases each.

`build(path)` writes it; `WEAK` says which cases (by place in the area, from 0) fall
short on what, `ONLY` which cases have a note on a point where not every case has.
"""

from __future__ import annotations

from pathlib import Path

from store.models import Evidence
from tests.export.small import Small

AREAS = [("71", "Harrowdene", True), ("72", "Marshby", True), ("73", "Copperfield", True)]
GRADES = {"71": "good", "72": "requires-improvement", "73": "good"}
SIZES = {"71": 16, "72": 14, "73": 12}
LAW = {"71": "PRIVATE", "72": "PUBLIC", "73": "PRIVATE"}

FOUR = {"SW2": {0, 1, 2, 3}, "SW3": {4, 5, 6, 7}, "SW4": {8, 9, 10, 11}}
FOUR_WEAK = {"SW2": {1, 2, 3}, "SW3": {5, 6, 7}, "SW4": {9, 10, 11}}

WEAK: dict[str, dict[str, set[int]]] = {
    "71": {"SW1": {4, 11}, "QP7": {2, 7, 13}},
    "72": {
        "SW1": {0, 1, 2, 3, 5, 6, 8, 9, 11, 12},
        "QP7": {0, 2, 3, 5, 7, 9, 10, 13},
        "QPN4": {1, 2, 4, 5, 6, 8, 10, 11, 12},
        "QP3": {1, 3, 4, 6, 9, 10, 13},
        "QP5": {0, 2, 5, 7, 11},
        "QP11": {1, 3, 6, 8, 10, 12},
    },
    "73": {"QP7": {1, 5, 9}, **FOUR_WEAK},
}
ONLY: dict[str, dict[str, set[int]]] = {"73": dict(FOUR)}
# The cases whose safeguarding weakness inspectors escalated to senior managers.
ESCALATED = {"71": {4}, "72": {0, 3, 8, 12}}
POINTS = ("QP3", "QP5", "QP7", "QP8", "QP11", "QPN4", "SW1", "SW2", "SW3", "SW4")

GOOD = {
    "QP3": [
        "The girl's reasons for wanting weekend stays with her father are set out in her words.",
        "What the boy said about each home is recorded and weighed in the report.",
        "The report gives the older sister's view apart from her brother's, and why.",
    ],
    "QP5": [
        "A card game about worries helped the boy say what contact felt like.",
        "The practitioner used a timeline of the year with the girl at her school.",
        "Two visits with drawing materials let the child show who lives in each house.",
    ],
    "QP7": [
        "The report weighs the risk from each parent and the recommendation follows from it.",
        "Each arrangement is tested against what the child needs at his age.",
        "The analysis explains why the mother's plan is safer for the girl than the father's.",
    ],
    "QP8": [
        "The boy was seen alone at school and again at the office before the hearing.",
        "The girl was seen on her own twice, once at her own request.",
    ],
    "QP11": [
        "Every visit is written up within two days and the chronology is current.",
        "A colleague covering leave could follow the case from the record alone.",
    ],
    "QPN4": [
        "The manager's direction before filing is on the file and was followed.",
        "Supervision records show the case discussed and the actions carried out.",
    ],
    "SW1": [
        "A police report of a row at the house was checked the same day and the plan revised.",
        "The health visitor's worry was followed up within two days with a home visit.",
        "Checks on the new partner were made with the police before the first hearing.",
    ],
    "SW2": [
        "The advice to the first hearing sets out the checks made and a clear proposal.",
        "The safeguarding letter gives the court a proposal on contact with its reasons.",
    ],
    "SW3": [
        "The guardian met the child's solicitor early and they agreed how to put her view.",
        "The boy's solicitor heard his wishes from him directly and put them to the court.",
    ],
    "SW4": [
        "A short letter with pictures told the girl what the judge decided.",
        "The boy was sent a letter in plain words about the court's order.",
    ],
}
POOR = {
    "QP3": [
        "The report gives the parents' positions and nothing of what the child wants.",
        "The boy's wishes are summed up in a single line without his reasons.",
    ],
    "QP5": [
        "No direct work with the child is recorded before the report was filed.",
        "One short visit at home; nothing was done to help the boy talk.",
    ],
    "QP11": [
        "Nothing was written on the file for six weeks after the first visit.",
        "Two visits in the diary have no record on the file.",
    ],
    "QP7": [
        "The report retells the history but never weighs what it means for the child.",
        "The recommendation does not follow from anything in the analysis before it.",
        "Risks are listed but not compared, and the conclusion is not explained.",
    ],
    "QPN4": [
        "No manager's direction is recorded before the report was filed.",
        "Supervision is noted once in four months and sets no actions.",
        "The manager signed off the report with no comment on the missing checks.",
    ],
    "SW1": [
        "A school's report of bruising was not followed up for three weeks.",
        "The police log of an assault reached the file and no one acted on it.",
        "Risk from the mother's new partner was noted and never checked.",
        "A disclosure to the child's teacher was not passed on to the local authority.",
    ],
    "SW2": [
        "The advice at the first hearing leaves out the police callouts on the file.",
        "The court was advised on contact before the school's concerns were checked.",
        "The safeguarding letter gives no view on the father's new application.",
    ],
    "SW3": [
        "The guardian did not meet the child's solicitor before the final hearing.",
        "The girl asked to instruct her own solicitor and nothing was done about it.",
        "The child's objection to the plan was not put to the court by anyone.",
    ],
    "SW4": [
        "No one wrote to the girl to tell her what the court had decided.",
        "The letter explaining the order reached the boy five weeks late.",
        "The child was never told in writing what would happen next.",
    ],
}
CONCERN = "Risk to the child not acted on; passed to the head of practice."
# Each area's own figures, one record each: a strength that must not open the section.
FIGURES = {
    "71": "Allocation within two days of the first hearing is on target every month this year.",
    "72": "Reports to court are filed on time in nine cases out of ten, above target.",
    "73": "The area meets its target for work completed before the first hearing.",
}


def build(path: Path) -> Small:
    """The inspection, written to `path`; the caller closes it."""
    s = Small(path, areas=AREAS)
    for area, n in SIZES.items():
        for k in range(n):
            case = s.case(area=area, law=LAW[area], age=("5-9", "10-13", "14-15")[k % 3])
            for point in POINTS:
                only = ONLY.get(area, {}).get(point)
                if (only is None and point in FOUR) or (only is not None and k not in only):
                    continue
                bad = k in WEAK[area].get(point, set())
                if bad and point not in POOR:
                    raise ValueError(f"no weak note written for {point}")
                notes = (POOR if bad else GOOD)[point]
                text = notes[(k + int(area)) % len(notes)]
                if bad and point == "SW1" and k in ESCALATED.get(area, set()):
                    s.store.put_evidence(Evidence(
                        case_id=case, criteria=[point], source="CASE_FILE",
                        polarity="development", text=text, safeguarding=CONCERN,
                        escalation="escalated", escalation_note="Raised with the head of practice.",
                    ))  # fmt: skip
                    continue
                s.ev(case, [point], "development" if bad else "strength", text)
        s.about_area(area, ["LG3"], "strength", FIGURES[area], "PERF_DATA")
        s.judge("J18-4A", GRADES[area], area=area)
    for jid, grade in (("J18-0", "good"), ("J18-1", "good"), ("J18-2", "requires-improvement"),
                       ("J18-3", "good"), ("J18-4", "good")):  # fmt: skip
        s.judge(jid, grade)
    return s


# Under a framework that judges no area (2021), an area section has no headline: two
# areas, ten private law cases each, strong on wishes and feelings, analysis and seeing
# children; Fenwick (81) fails to follow up safeguarding concerns in three of the five
# cases with a note on it (Kent and Sussex in tester 20's inspection), Oakhurst (82)
# has no safeguarding weakness.  Each area's own figures: one strength record.  Private
# law, every case of both, is graded good.
UNGRADED_AREAS = [("81", "Fenwick", True), ("82", "Oakhurst", True)]
UNGRADED_WEAK = {"81": {"SW1": {0, 2, 4}}, "82": {}}
UNGRADED_NOTED = {"SW1": {0, 1, 2, 3, 4}}
UNGRADED_POINTS = ("QP3", "QP7", "QP8", "SW1")


def build_ungraded(path: Path) -> Small:
    """The inspection under the 2021 framework, written to `path`; the caller closes it."""
    s = Small(path, areas=UNGRADED_AREAS, framework="cafcass-2021")
    for area, _name, _visited in UNGRADED_AREAS:
        for k in range(10):
            case = s.case(area=area, law="PRIVATE", age=("5-9", "10-13", "14-15")[k % 3])
            for point in UNGRADED_POINTS:
                if k not in UNGRADED_NOTED.get(point, range(10)):
                    continue
                bad = k in UNGRADED_WEAK[area].get(point, set())
                notes = (POOR if bad else GOOD)[point]
                s.ev(case, [point], "development" if bad else "strength",
                     notes[(k + int(area)) % len(notes)])  # fmt: skip
        s.about_area(area, ["LG3"], "strength", FIGURES["73"], "PERF_DATA")
    s.judge("J21-1", "good")  # private law: safeguarding weak in three of its ten cases
    return s


# A private law section graded good whose findings lean only a little to the strengths,
# so that it opens on their balance and names its weaknesses: Ashgrove (91), twelve
# private law cases; analysis falls short in nine, wishes and feelings in seven, direct
# work in six; seeing children and recording are strong in all twelve.
LEANING_WEAK = {"QP7": set(range(9)), "QP3": {0, 2, 4, 6, 8, 10, 11}, "QP5": {1, 3, 5, 7, 9, 11}}
LEANING_POINTS = ("QP3", "QP5", "QP7", "QP8", "QP11")


def build_leaning(path: Path) -> Small:
    """The inspection, written to `path`; the caller closes it."""
    s = Small(path, areas=[("91", "Ashgrove", True)])
    for k in range(12):
        case = s.case(area="91", law="PRIVATE", age=("5-9", "10-13", "14-15")[k % 3])
        for point in LEANING_POINTS:
            bad = k in LEANING_WEAK.get(point, set())
            notes = (POOR if bad else GOOD)[point]
            s.ev(case, [point], "development" if bad else "strength", notes[k % len(notes)])
    s.judge("J18-1", "good")
    return s
