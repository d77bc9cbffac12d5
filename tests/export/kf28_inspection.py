"""A hand-written inspection under the 2021 framework (no area grades) of a service whose
private law practice and leadership are inadequate (issue 15, kf28: tester 27's A15).
None of its text is the demo's, a tester's or the real report's.

Four visited areas, six private law cases each, with one note per case on each of the
six points of `NOTES`.  In Ashcombe (91), Bramwell (92) and Corrie (93) about half of
the findings go against, by turns; in Dalby (94) none does, unless `unsafe` is set: then
five of Dalby's six cases show concerns for the child's safety not followed up (SW1),
so that Dalby, though still far stronger than the others, does not bear out a good
grade (safeguarding fails in most of its cases on one aspect).
"""

from __future__ import annotations

from pathlib import Path

from tests.export.kf27_inspection import inadequate_by_turns
from tests.export.small import Small

AREAS = [
    ("91", "Ashcombe", True),
    ("92", "Bramwell", True),
    ("93", "Corrie", True),
    ("94", "Dalby", True),
]

NOTES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # criterion: (strength texts, development texts)
    "QP8": (
        (
            "The adviser met the girl by herself at her childminder's and noted her answers.",
            "Each of the twins was visited separately at school before the report.",
        ),
        (
            "The boy was only ever met with his stepfather in the room.",
            "There is no sign on the file that the child was visited at all.",
        ),
    ),
    "QP3": (
        (
            "The report sets out in the child's own phrases what she hopes for at weekends.",
            "What the boy wants about staying over at his dad's is clear and used in the advice.",
        ),
        (
            "The report says nothing of what the girl herself would like to happen.",
            "The boy's wishes are summed up in half a line and not weighed.",
        ),
    ),
    "QP2": (
        (
            "Checks with the police and the council were back and weighed before the first hearing.",
            "The early assessment names the drinking at home and what it means for the child.",
        ),
        (
            "The letter to court went without any police check being returned.",
            "The early assessment missed the mother's account of being threatened.",
        ),
    ),
    "SW1": (
        (
            "A worry raised by the school was passed to children's services the same day.",
            "When the father made a threat, the adviser told the council and the court at once.",
        ),
        (
            "A disclosure by the child at interview was not passed on to anyone for a month.",
            "The adviser knew of a new assault but did not tell children's services.",
        ),
    ),
    "QP7": (
        (
            "The analysis weighs each parent's offer against the risks and the advice follows from it.",
            "The report explains plainly why more time with the father is safe for now.",
        ),
        (
            "The report lists events but does not say what they mean for the child.",
            "The recommendation is not explained by anything in the analysis.",
        ),
    ),
    "QPN4": (
        (
            "The manager's note sets out what must be done before the report and by when.",
            "Supervision on the file challenged the adviser's first view of the risk.",
        ),
        (
            "No manager has written anything on the file since it was allocated.",
            "The manager signed the report off without comment on the missing checks.",
        ),
    ),
}


def one_good_area(path: Path, unsafe: bool = False) -> Small:
    """The inspection the module docstring describes (`unsafe`: Dalby's concerns for
    children's safety mostly not followed up)."""

    def against(code: str, j: int, k: int, crit: str) -> bool:
        if code == "94":  # Dalby
            return unsafe and crit == "SW1" and j < 5
        return (j + k) % 2 == 0

    return inadequate_by_turns(path, AREAS, NOTES, against)


LAW_AREAS = [("95", "Elmstead", True), ("96", "Farrow", True)]

# A private law case's notes, by criterion: (strength, development).
LAW_NOTES: dict[str, tuple[str, str]] = {
    "QP2": (
        "Checks with the police and the council were weighed before the first letter.",
        "The first letter went to court before any check with the police came back.",
    ),
    "QP7": (
        "The report explains why the advice follows from what the parents can offer.",
        "The report sets out the history and never says what it means for the child.",
    ),
    "QP8": (
        "The adviser saw the child alone at school and recorded the visit.",
        "The child was never visited; the report relies on the mother's account.",
    ),
}

# The national notes on the leadership: what its figures show (LG3), the running of the
# service in general terms (LG4), the workforce (LG8).
LEADERSHIP_NOTES: list[tuple[str, str, str]] = [
    # (criterion, source, text): each a development note
    (
        "LG3",
        "PERF_DATA",
        "The service's dashboard gives 92% of children seen before the "
        "report; our sample found children seen in only half of the private law cases.",
    ),
    (
        "LG3",
        "PERF_DATA",
        "Performance data shows 96% of first letters sent on time, but "
        "the measure counts a letter as sent once it is drafted.",
    ),
    (
        "LG4",
        "BOARD_PAPERS",
        "Minutes of the last four board meetings record the private law "
        "report as read, with no questions asked.",
    ),
    (
        "LG4",
        "INT_MANAGER",
        "The director could not say which teams had the longest waits for a first visit.",
    ),
    (
        "LG4",
        "INT_MANAGER",
        "Senior staff meet monthly, but the notes of the meetings list no actions on private law.",
    ),
    ("LG4", "BOARD_PAPERS", "The board's risk register has not been updated since last year."),
    (
        "LG4",
        "INT_MANAGER",
        "The regional lead said the private law improvement group has not met since the spring.",
    ),
    (
        "LG8",
        "SURVEY_STAFF",
        "Staff survey: 58% of advisers said their caseload was too high to see every child.",
    ),
    ("LG8", "PERF_DATA", "Workforce data: 27% of adviser posts filled by agency staff."),
    (
        "LG8",
        "INT_PRACTITIONER",
        "Advisers in both areas said they carry about 30 cases "
        "each, against the service's own target of 22.",
    ),
]


def leadership_and_law(path: Path, seen_against: int = 11) -> Small:
    """A 2021 inspection (no area grades): private law judged inadequate, public law good,
    leadership inadequate.  Twenty private law cases in two areas, turn by turn: initial
    risk assessment (QP2) weak in 15 of 20; analysis in reports (QP7) weak in 11 of the 16
    with a note on it; seeing children (QP8) not done in `seen_against` of 20 (11, or
    10: either way about even, 11 as many cases against as the analysis, 10 fewer).  Six
    public law cases, all strengths.  The national notes of `LEADERSHIP_NOTES`: two say
    the service's own figures are wrong against the inspectors' sample or by what the
    measure counts; five on the running of the service naming no fault of it; three on
    the workforce, two on caseloads and one on agency staff; agency staff also in each
    area's own notes, four in all."""
    s = Small(path, areas=LAW_AREAS, framework="cafcass-2021")
    for n in range(20):
        case = s.case(area=LAW_AREAS[n % 2][0], law="PRIVATE", age=("5-9", "10-13")[n % 2])
        for crit, bad in (("QP2", n < 15), ("QP7", n < 11), ("QP8", n < seen_against)):
            if crit == "QP7" and n >= 16:
                continue
            good, weak = LAW_NOTES[crit]
            s.ev(case, [crit], "development" if bad else "strength",
                 f"{weak if bad else good} (case {n + 1})")  # fmt: skip
    for n in range(6):
        case = s.case(area=LAW_AREAS[n % 2][0], law="PUBLIC", age="5-9")
        for crit, (good, _weak) in LAW_NOTES.items():
            s.ev(case, [crit], "strength", f"{good} (public case {n + 1})")
    for crit, source, text in LEADERSHIP_NOTES:
        s.national([crit], "development", text, source)
    for code, name, _v in LAW_AREAS:
        s.about_area(code, ["LG8"], "development",
                     f"{name} workforce data: a third of adviser posts are filled by agency staff.",
                     "PERF_DATA")  # fmt: skip
    s.about_area(
        "95",
        ["LG8"],
        "development",
        "Two of the four team managers' posts are covered by agency staff.",
        "PERF_DATA",
    )
    s.judge("J21-1", "inadequate")
    s.judge("J21-2", "good")
    s.judge("J21-3", "inadequate")
    return s
