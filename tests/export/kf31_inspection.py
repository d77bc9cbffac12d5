"""A hand-written 2021 inspection for kf31's tests (issue 15, session 31): a weak service
whose public law practice is inadequate, written by kf31 in its own words (none of it the
demo's, a tester's or the real report's).

Three visited areas (Arnside 31, Bolton Fell 32, Crake 33), each with four private law and
four public law cases (24 cases).

Public law (12 cases) is inadequate, above all because concerns for children's safety are
not acted on: in nine of the 12 (`PL_UNSAFE`).  Its reports are weak in eight and children
are not seen alone in seven; reports reach court on time in most.

Private law (12 cases) requires improvement: wishes and feelings are well written up in
nine of the 12, but safety concerns are not followed up in five (`PV_UNSAFE`, a material
minority) and initial risk assessment falls short in five (a minority).

Leaders (national notes, `LEADERS`): notes of several shapes, as inspectors write them: a
survey figure with its label and no verb ("Staff survey 74% feel ... line mgr"), a measure
and its share with the "is" left out and a second point after it ("Vacancy rate 19% in
north teams, agency use growing"), a share of staff with what they say, and plain
sentences.  `leaders` replaces them.  Area 31's head of practice's note (`HOP_NOTE`:
weekly performance meetings and dip sampling, in shorthand) is a finding on the area's
leadership.  The judgements: private law requires improvement, public law inadequate,
leaders require improvement (`grades` changes them).
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [("31", "Arnside", True), ("32", "Bolton Fell", True), ("33", "Crake", True)]

PL_UNSAFE = (
    "The guardian heard of the stepfather's return to the house and told no one for a month.",
    "A police call-out to the home was on the file and nobody followed it up before the hearing.",
    "The guardian accepted the plan for the baby to go home without asking about the unexplained bruise.",
    "The school's worry about the girl's hunger was noted and never followed up.",
    "The boy's account of being hit was not shared with the local authority for three weeks.",
    "The guardian took the social worker's word that the risk had passed and did not check.",
    "Two missed health visits for the baby were recorded and nothing was done about them.",
    "The older sister's self-harm was on file and not weighed in the advice to the court.",
    "The guardian agreed the twins could go home before reading the psychologist's report.",
)
PL_SAFE = (
    "The guardian told the local authority of the mother's new partner the same day.",
    "Every police report was checked by the guardian and its risks set out for the court.",
    "The guardian asked for a medical when marks were seen, and it happened that week.",
)
PL_REPORT_WEAK = (
    "The report restates the local authority's case and does not weigh the risks.",
    "The analysis lists the parents' problems but does not say what they mean for the baby.",
)
PL_REPORT_GOOD = (
    "The report compares care by the grandparents with foster care and explains its advice."
)
PL_SEEN_WEAK = "The girl was seen once, at contact with her father in the room, and never alone."
PL_SEEN_GOOD = "The guardian saw the boy alone at his school twice, at his own pace."
ON_TIME = "The final analysis reached the court on the day it was due."
LATE = "The final analysis reached the court eleven days after the deadline."

PV_WISHES = (
    "The report gives what the girl wants for the holidays, in her words, and why.",
    "The boy's worries about moving house are written down as he told them.",
)
PV_WISHES_WEAK = "The report gives the parents' views and says nothing of what the child wants."
PV_UNSAFE = (
    "The nursery's report of a bruise on the boy was not followed up before the report was filed.",
    "A new allegation by the father was written down and not checked with the police.",
    "The officer did not pass on the mother's partner's recent conviction.",
    "The girl's disclosure at the contact centre was recorded and nothing was done.",
    "A health visitor's concern about the baby's weight was not looked into.",
    "The father's threats at handover were noted and no safety plan was made.",
    "The school's call about the boy's injuries went unanswered for two weeks.",
)
PV_SAFE = "When a new partner was named, the officer ran the checks and shared them that week."
PV_RISK_WEAK = "The safeguarding letter went to court before the police checks came back."
PV_RISK_GOOD = "Police and local authority checks were weighed before the first hearing."

PV_UNFOLLOWED = (0, 2, 5, 7, 10)  # the private law cases whose safety concerns were not followed up
PV_RISK_POOR = (1, 4, 6, 9, 11)  # those whose first assessment of risk fell short
GRADES = {"J21-1": "requires-improvement", "J21-2": "inadequate", "J21-3": "requires-improvement"}

# The national notes on leadership: (criteria, polarity, text, source).
LEADERS: tuple[tuple[list[str], str, str, str], ...] = (
    (["LG5"], "strength", "Staff survey 74% feel listened to by line mgr; staff describe managers as approachable.", "SURVEY_STAFF"),
    (["LG5"], "development", "Only 41% of staff say weak practice is challenged; culture kind but not testing.", "SURVEY_STAFF"),
    (["LG8"], "development", "Vacancy rate 19% in north teams, agency use growing; unallocated public law work up 25% in 4 mths.", "PERF_DATA"),
    (["LG3"], "development", "Audits graded eight of ten public law files good; inspectors found most of the same files inadequate.", "QA_AUDIT"),
    (["LG4"], "development", "The head of service did not know that risks in public law cases were being left unaddressed.", "INT_MANAGER"),
    (["LG1"], "strength", "The board's plan for private law sets clear targets and is reviewed each quarter.", "BOARD_PAPERS"),
)  # fmt: skip
OVERSEEN = (
    ("strength", "The manager's note at allocation sets out the risks and what to do first."),
    ("development", "No manager has signed or commented on the file since allocation."),
)
HOP_NOTE = "HoP runs weekly perf mtg w/ TMs, dip samples 10 files a month & follows up actions."


def build(
    path: Path,
    *,
    leaders: tuple[tuple[list[str], str, str, str], ...] = LEADERS,
    hop: bool = True,
    grades: dict[str, str] | None = None,
    unfollowed: tuple[int, ...] = PV_UNFOLLOWED,
    files: bool = False,
) -> Small:
    """The inspection, open (see the module docstring); `unfollowed`: the private law
    cases whose safety concerns were not followed up (at most seven); `files`: Area
    31's eight case files say how managers oversee them (`OVERSEEN`, six of eight well),
    so its section says the point from its files, and the head of practice's note is
    one no sentence needs."""
    s = Small(path, areas=AREAS, framework="cafcass-2021")
    first: list[str] = []  # Area 31's cases
    for n in range(12):
        code = AREAS[n % 3][0]
        case = s.case(area=code, law="PRIVATE", age=("5-9", "10-13")[n % 2])
        first += [case] if code == "31" else []
        _private(s, case, n, unfollowed)
    for n in range(12):
        code = AREAS[n % 3][0]
        case = s.case(area=code, law="PUBLIC", age=("2-4", "10-13")[n % 2])
        first += [case] if code == "31" else []
        _public(s, case, n)
    for n, case in enumerate(first if files else []):
        s.ev(case, ["QPN4"], *OVERSEEN[n % 4 == 3])
    for crits, polarity, text, source in leaders:
        s.national(crits, polarity, text, source)
    if hop:
        s.about_area("31", ["LG4"], "strength", HOP_NOTE, "INT_MANAGER")
    for jid, grade in (grades or GRADES).items():
        s.judge(jid, grade)
    return s


def _public(s: Small, case: str, n: int) -> None:
    """Public law case number `n` (0-11): inadequate (see the module docstring)."""
    if n < 9:
        s.ev(case, ["SW1"], "development", PL_UNSAFE[n])
    else:
        s.ev(case, ["SW1"], "strength", PL_SAFE[n - 9])
    if n < 8:
        s.ev(case, ["QP7"], "development", PL_REPORT_WEAK[n % 2])
    else:
        s.ev(case, ["QP7"], "strength", PL_REPORT_GOOD)
    if n < 7:
        s.ev(case, ["QP8"], "development", PL_SEEN_WEAK)
    else:
        s.ev(case, ["QP8"], "strength", PL_SEEN_GOOD)
    s.ev(case, ["QP1"], *(("strength", ON_TIME) if n < 9 else ("development", LATE)))


def _private(s: Small, case: str, n: int, unfollowed: tuple[int, ...]) -> None:
    """Private law case number `n` (0-11): requires improvement."""
    if n < 9:
        s.ev(case, ["QP3"], "strength", PV_WISHES[n % 2])
    else:
        s.ev(case, ["QP3"], "development", PV_WISHES_WEAK)
    if n in unfollowed:
        s.ev(case, ["SW1"], "development", PV_UNSAFE[unfollowed.index(n)])
    else:
        s.ev(case, ["SW1"], "strength", PV_SAFE)
    if n in PV_RISK_POOR:
        s.ev(case, ["QP2"], "development", PV_RISK_WEAK)
    else:
        s.ev(case, ["QP2"], "strength", PV_RISK_GOOD)
