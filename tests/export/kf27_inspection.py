"""A hand-written inspection under the 2013 framework (no area grades) of a service that
requires improvement for weaknesses found in a minority of its cases (issue 15, kf27:
tester 26's F11 and F12).  None of its text is the demo's, a tester's or the real
report's.

Three visited areas (Harrowby 71, Linfield 72, Moorcombe 73), ten cases each: six
private law, four public law.  Every practice point leans positive, so no point has
more cases against than for; the weaknesses are minorities:

- seeing children alone (QP8): not done in 8 of the 30 cases (5 of them in Moorcombe);
- analysis in reports (QP7): weak in 7 of 30 (4 in Moorcombe);
- managers' oversight on the file (QPN4): weak in 6 of 30 (4 in Moorcombe);
- initial risk assessment (QP2): late or missing checks in 5 of 30 (3 in Moorcombe);
  the grade's rationale names them as why safeguarding requires improvement;
- the response to concerns for a child's safety (SW1): weak in 3 of 30 (2 in Moorcombe);
- case recording (QP11): behind in 2 of the 24 cases with a note on it (one in
  Moorcombe): under a tenth, too few to be a point to improve.

Moorcombe's own cases hold 19 of the 31 findings against across these points (a
third of the cases, three fifths of the weaknesses): practice is weaker there.
Three national notes on the use of performance information (LG3), one of them a
figure from performance data that names its source itself; three against workloads
(LG8) on request, one a staff survey note giving its count of replies before its figure.
Safeguarding and the quality of practice are judged requires improvement, leadership
good, the service overall requires improvement.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.export.small import Small

AREAS = [("71", "Harrowby", True), ("72", "Linfield", True), ("73", "Moorcombe", True)]

RATIONALE = (
    "Police and council checks came back late, or not at all, in a minority of cases, and "
    "risk was not looked at again when new worries were raised."
)

NOTES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # criterion: (strength texts, development texts)
    "QP8": (
        (
            "The officer saw the boy on his own at his grandmother's house and wrote down what he said.",
            "The girl was met alone in a quiet room at her school before the report was drafted.",
            "Both brothers were seen, each by himself, at the contact centre.",
        ),
        (
            "The girl has not been seen on her own: her father sat in on every visit.",
            "Nothing on the file shows the boy was spoken to without his mother in the room.",
            "The siblings were seen as a pair at home and never one at a time.",
        ),
    ),
    "QP7": (
        (
            "The report weighs what each parent offers against the risks, and the recommendation follows.",
            "The analysis sets out how the arguments at home affect the child's sleep and schooling.",
            "The officer explains plainly why staying with the aunt is safest for the girl.",
        ),
        (
            "The report repeats each parent's account and never says what it means for the child.",
            "The recommendation appears at the end with no reasoning leading to it.",
            "History is listed at length but the risks to the boy are not weighed.",
        ),
    ),
    "QPN4": (
        (
            "The team manager's note on the file sets out what must happen before the hearing.",
            "A manager checked the draft report and asked for the child's views to be added.",
            "The supervision record on the file gives clear direction on the next visit.",
        ),
        (
            "No manager has written on the file since the case was allocated.",
            "The report went to court without any sign that a manager had read it.",
            "Supervision notes on the file are a list of dates with no direction.",
        ),
    ),
    "QP2": (
        (
            "Police and council checks were back and read before the first hearing.",
            "The screening call with the mother picked up the earlier incident at once.",
            "Checks were done within days and the risks were set out for the court.",
        ),
        (
            "The police check arrived a week after the first hearing and nobody went back to it.",
            "Council checks were never asked for, though a neighbour had reported shouting.",
            "A new allegation came in and the risk assessment was not revisited.",
        ),
    ),
    "SW1": (
        (
            "When the school raised bruising the officer rang the council the same afternoon.",
            "The worker acted at once on the father's threat and told the court.",
            "A safety plan was agreed with the mother the day the concern was raised.",
        ),
        (
            "A disclosure by the girl was noted but not passed on for nine days.",
            "The officer heard of the mother's new partner's record and did nothing.",
        ),
    ),
    "QP11": (
        (
            "Every visit is written up within two days and the file reads in order.",
            "The case record is current and shows each call to the family.",
            "Notes are dated, signed and easy to follow from the first contact.",
        ),
        (
            "Two visits from last month are still not written up.",
            "The file stops at the first hearing although work carried on.",
        ),
    ),
}

# For each criterion, the cases (area code, number 0-9 within the area) against it.
AGAINST: dict[str, set[tuple[str, int]]] = {
    "QP8": {
        ("73", 0),
        ("73", 1),
        ("73", 2),
        ("73", 7),
        ("73", 8),
        ("71", 0),
        ("71", 8),
        ("72", 9),
    },  # fmt: skip
    "QP7": {("73", 0), ("73", 2), ("73", 6), ("73", 9), ("71", 1), ("71", 6), ("72", 1)},
    "QPN4": {("73", 1), ("73", 3), ("73", 6), ("73", 7), ("71", 9), ("72", 2)},
    "QP2": {("73", 0), ("73", 4), ("73", 8), ("71", 7), ("72", 3)},
    "SW1": {("73", 2), ("73", 6), ("71", 4)},
    "QP11": {("73", 9), ("72", 4)},
}


# Notes on the use of performance information (LG3), with the record of its source.
LEADERS = (
    (
        "PERF_DATA",
        "Performance data shows reports filed on time rose from 70% to 84% over the year.",
    ),
    (
        "BOARD_PAPERS",
        "Board papers set out each area's performance every month and the board asks about the outliers.",
    ),
    (
        "INT_MANAGER",
        "Managers described how the monthly figures lead to action plans in the slower teams.",
    ),
)
# Notes against the workforce's workloads (LG8), one a survey note whose figure follows
# a count of replies in a sentence of its own.
WORKLOADS = (
    (
        "SURVEY_STAFF",
        "Staff survey: 240 replies. 58% of practitioners said their caseload was too high to do the work well.",
    ),
    (
        "INT_PRACTITIONER",
        "Practitioners said their caseloads left no time to see children as often as they wanted.",
    ),
    ("PERF_DATA", "Average caseload is 26 against the service's own target of 20."),
)


def minority_weaknesses(
    path: Path, rationale: str = RATIONALE, practice: str = "", workloads: bool = False
) -> Small:
    """See the module docstring.  `rationale`: the safeguarding judgement's; `practice`:
    the quality of practice judgement's; `workloads`: with the notes on workloads."""
    s = Small(path, areas=AREAS, framework="cafcass-2013")
    n = 0
    for code, _name, _v in AREAS:
        for j in range(10):
            n += 1
            law = "PRIVATE" if j < 6 else "PUBLIC"
            case = s.case(area=code, law=law, age=("5-9", "10-13", "14-15")[n % 3])
            for crit, (good, weak) in NOTES.items():
                if crit == "QP11" and j in (7, 8):
                    continue  # 24 cases with a note on recording
                bad = (code, j) in AGAINST[crit]
                texts = weak if bad else good
                s.ev(case, [crit], "development" if bad else "strength", texts[n % len(texts)])
    for source, text in LEADERS:
        s.national(["LG3"], "strength", text, source)
    for source, text in WORKLOADS if workloads else ():
        s.national(["LG8"], "development", text, source)
    s.judge("J13-1", "requires-improvement", rationale=rationale)
    s.judge("J13-2", "requires-improvement", rationale=practice)
    s.judge("J13-3", "good")
    s.judge("J13-0", "requires-improvement")
    return s


STRONG_AREAS = [
    ("81", "Ashby", True),
    ("82", "Brinkley", True),
    ("83", "Colwick", True),
    ("84", "Dunholme", True),
]


def one_stronger_area(path: Path) -> Small:
    """A 2021 inspection (no area grades) of a service judged inadequate: four visited
    areas, six private law cases each, with notes on the six points of `NOTES`; in
    Ashby, Brinkley and Colwick about half of the findings on each case go against
    (by turns), in Dunholme none does."""
    return inadequate_by_turns(
        path, STRONG_AREAS, NOTES, lambda code, j, k, _crit: code != "84" and (j + k) % 2 == 0
    )


Against = Callable[[str, int, int, str], bool]
"""Whether the note on a point goes against: (area code, the case's number in its area,
the point's number, its criterion)."""


def inadequate_by_turns(
    path: Path,
    areas: list[tuple[str, str, bool]],
    notes: dict[str, tuple[tuple[str, ...], tuple[str, ...]]],
    against: Against,
    laws: tuple[str, ...] = ("PRIVATE",) * 6,
) -> Small:
    """A 2021 inspection judged inadequate (private law inadequate, public law requires
    improvement, leaders inadequate): in each of `areas` a case of each law of `laws`
    (six private law cases by default), a note on each point of `notes` (its good or its
    weak texts, by turns), going against where `against` says."""
    s = Small(path, areas=areas, framework="cafcass-2021")
    n = 0
    for code, _name, _v in areas:
        for j, law in enumerate(laws):
            n += 1
            case = s.case(area=code, law=law, age=("5-9", "10-13", "14-15")[n % 3])
            for k, (crit, (good, weak)) in enumerate(notes.items()):
                bad = against(code, j, k, crit)
                texts = weak if bad else good
                s.ev(case, [crit], "development" if bad else "strength", texts[n % len(texts)])
    s.judge("J21-1", "inadequate")
    s.judge("J21-2", "requires-improvement")
    s.judge("J21-3", "inadequate")
    return s
