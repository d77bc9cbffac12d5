"""A hand-written inspection for what an area's section says of its weaknesses in
proportion to its grade (the independent tester's audit after session 19, A9): visited
areas of clearly different quality, each case with notes on practice points, in words
written here (none is the demo's, a tester's or the real report's).

- Kestrel Vale (61, outstanding, 22 cases): strong throughout, but the letter telling
  the child what the court decided came late or not at all in two cases (under a tenth
  of them), and one case's supervision record is thin.
- Larkmoor (62, good, 16 cases): mostly good; reports' analysis falls short in five
  cases, the child's letter in three, the record of management oversight in two, and
  the record of the work in two.
- Saltmere (63, requires improvement, 12 cases): wishes and feelings, direct work and
  analysis fall short in most cases, a response to risk in three.
- Wrenfield (64, good, 14 cases): strong, but reports' analysis falls short in five of
  the nine cases with a note on it; the advice to the court, the child's
  representation and letters each have notes on four cases, three of them weaknesses
  that inspectors graded below good on the point; wishes and direct work are graded
  good in every case.
- Fenmoor (65, good, 14 cases): strong, but reports' analysis falls short in five of
  its 14 cases; the advice, representation and letters as in Wrenfield, ungraded.

`build(path)` writes it; `AREAS` names the areas, `WEAK` which cases of each fall short
on what and `ONLY` which cases have a note on a point at all (by the case's place in
its area, from 0; every case where not said).
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [
    ("61", "Kestrel Vale", True),
    ("62", "Larkmoor", True),
    ("63", "Saltmere", True),
    ("64", "Wrenfield", True),
    ("65", "Fenmoor", True),
]
GRADES = {
    "61": "outstanding", "62": "good", "63": "requires-improvement", "64": "good", "65": "good",
}  # fmt: skip
SIZES = {"61": 22, "62": 16, "63": 12, "64": 14, "65": 14}

# The three points Wrenfield and Fenmoor have notes on in four cases each, three of
# them weaknesses: the advice to the court, the child's representation, letters.
FOUR = {"SW2": {0, 1, 2, 3}, "SW3": {4, 5, 6, 7}, "SW4": {8, 9, 10, 11}}
FOUR_WEAK = {"SW2": {1, 2, 3}, "SW3": {5, 6, 7}, "SW4": {9, 10, 11}}

# The cases (by place) falling short on each point.
WEAK: dict[str, dict[str, set[int]]] = {
    "61": {"SW4": {3, 14}, "QPN4": {8}},
    "62": {"QP7": {1, 4, 7, 10, 13}, "SW4": {2, 9, 15}, "QPN4": {5, 11}, "QP11": {6, 12}},
    "63": {
        "QP3": {0, 1, 2, 3, 4, 5, 6, 7},
        "QP5": {0, 2, 3, 5, 6, 8, 9},
        "QP7": {0, 1, 3, 4, 6, 7, 9, 10, 11},
        "SW1": {2, 5, 8},
        "SW4": {1, 4, 7, 10},
    },
    "64": {"QP7": {0, 2, 5, 8, 12}, **FOUR_WEAK},
    "65": {"QP7": {0, 3, 6, 9, 12}, **FOUR_WEAK},
}
# The cases (by place) with a note on a point, where not every case has one.
ONLY: dict[str, dict[str, set[int]]] = {
    "64": {"QP7": {0, 1, 2, 4, 5, 8, 9, 12, 13}, **FOUR},
    "65": dict(FOUR),
}
# Gradings: (point, grade, the cases graded).
GRADED: dict[str, list[tuple[str, str, set[int]]]] = {
    "64": [
        ("QP3", "good", set(range(14))),
        ("QP5", "good", set(range(14))),
        *((p, "requires-improvement", weak) for p, weak in FOUR_WEAK.items()),
    ],
}

# Strength and weakness notes in an inspector's words, several of each so that no two
# cases read alike; a case takes the one at its place, modulo.
GOOD = {
    "QP3": [
        "The position statement gives the girl's own reasons for wanting to stay with her aunt.",
        "The boy's drawing of his two homes is described and what he said about it is quoted.",
        "The report explains why the twins want different things and gives each a voice.",
        "The FCA went back a second time so the teenager could add to what she had said.",
    ],
    "QP5": [
        "Three sessions with a feelings thermometer helped the boy talk about the contact.",
        "Worksheets on worries and wishes were completed with the child at school.",
        "The practitioner used a story book about moving house to open the conversation.",
        "A walk in the park gave the girl room to talk without her mother nearby.",
    ],
    "QP7": [
        "The analysis weighs the risks of each arrangement and the recommendation follows.",
        "Research on parental conflict is applied to this family, not quoted in general.",
        "Each option for the child is set out with what it would mean for her day to day.",
        "The report explains clearly why the recommendation differs from the father's plan.",
    ],
    "QP8": [
        "The child was seen alone at home and again at school before the report.",
        "The boy was seen on his own twice; the second visit was at his request.",
        "Seen alone at the office with a familiar toy box; the visit is written up well.",
    ],
    "QP11": [
        "Case notes are up to date and each contact is written up within a day or two.",
        "The chronology is current and the recording shows why decisions were made.",
        "Recording is clear and a new worker could pick the case up from the file.",
    ],
    "SW1": [
        "A police callout was checked the same day and the plan was changed that week.",
        "The school's worry was followed up at once and a strategy meeting was asked for.",
        "Risks from the new partner were checked with two agencies before the hearing.",
    ],
    "SW4": [
        "A letter with pictures told the boy what the judge decided and what happens next.",
        "The girl had a short letter after the hearing explaining the new contact plan.",
        "Both parents were sent a clear summary of the recommendation before the hearing.",
        "The teenager was sent a letter in plain words about what the court had ordered.",
    ],
    "SW2": [
        "The advice to the first hearing sets out the checks and a clear proposal.",
        "The court had a short, clear safeguarding letter with a proposal on contact.",
    ],
    "SW3": [
        "The guardian and solicitor met the boy together and agreed how to put his view.",
        "The girl's solicitor was told her wishes directly and put them to the court.",
    ],
    "QPN4": [
        "The manager's note sets out what to check before filing and is followed.",
        "Supervision notes show the case discussed and clear actions set and met.",
        "The practice supervisor reviewed the draft report and the changes are recorded.",
    ],
}
POOR = {
    "QP3": [
        "The report says what the parents want; the child's own view is not recorded.",
        "The girl's wishes are summed up in one line with nothing about why.",
        "Nothing shows the boy was asked what he wanted before the recommendation.",
        "The child's views are taken from the mother's statement, not from the child.",
    ],
    "QP5": [
        "No direct work with the child is on file before the report was filed.",
        "One short visit only; no tools or activities were used with the boy.",
        "Direct work was planned twice and cancelled both times; none took place.",
    ],
    "QP7": [
        "The report repeats the history but does not weigh the risks for the child.",
        "The recommendation is not explained by anything in the analysis before it.",
        "The report lists the concerns without saying what they mean for the girl.",
        "Options for the child are not compared and the conclusion comes from nowhere.",
        "The analysis does not consider the domestic abuse findings at all.",
    ],
    "SW1": [
        "A referral about bruising was not followed up for three weeks.",
        "The police information was received but no one acted on it before the hearing.",
        "Risk from the father's new partner was noted and never checked.",
    ],
    "SW4": [
        "The letter telling the girl what the judge had decided went out six weeks late.",
        "No letter was written to the boy to explain the outcome of the hearing.",
        "The child was never told in writing what the court had decided.",
        "The mother was not given the report before the hearing as she should have been.",
    ],
    "SW2": [
        "The advice at the first hearing leaves out the police callouts on the file.",
        "The court was advised on contact without the school's concerns being checked.",
        "The safeguarding letter gives no advice on the father's new application.",
    ],
    "SW3": [
        "The guardian did not meet the child's solicitor before the hearing.",
        "The fourteen-year-old asked to instruct her own solicitor; nothing was done.",
        "The child's objection to the plan was not put to the court by anyone.",
    ],
    "QPN4": [
        "No record of management oversight before the report was filed.",
        "Supervision is recorded once in five months and sets no actions.",
    ],
    "QP11": [
        "Nothing was written on the file for seven weeks after the first visit.",
        "Case notes are missing for two visits the diary says took place.",
    ],
}
POINTS = ("QP3", "QP5", "QP7", "QP8", "QP11", "SW1", "SW2", "SW3", "SW4", "QPN4")


def build(path: Path) -> Small:
    """The inspection, written to `path`; the caller closes it."""
    s = Small(path, areas=AREAS)
    for area, n in SIZES.items():
        made = []
        for k in range(n):
            case = s.case(area=area, law="PUBLIC" if k % 3 == 0 else "PRIVATE",
                          age=("5-9", "10-13", "14-15")[k % 3])  # fmt: skip
            made.append(case)
            for point in POINTS:
                if k not in ONLY.get(area, {}).get(point, range(n)) or (
                    point in ("SW2", "SW3") and area not in ONLY
                ):
                    continue
                bad = k in WEAK[area].get(point, set())
                notes = (POOR if bad else GOOD)[point]
                text = notes[(k + int(area)) % len(notes)]
                s.ev(case, [point], "development" if bad else "strength", text)
        for point, grade, places in GRADED.get(area, []):
            for k in places:
                s.grade(made[k], point, grade)
        s.judge("J18-4A", GRADES[area], area=area)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    return s
