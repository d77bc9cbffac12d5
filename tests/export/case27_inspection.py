"""Hand-written inspections for case27's tests (issue 15; tester 26's F13 and A2).

Every note here was written for these tests, in words of their own: none comes from
the demo generator, a tester's database or the real report.

- `build_one_concern`: Kinver (71), under the 2013 framework (no area grade), whose
  case files weigh for it: eight cases, safeguarding concerns followed up well in seven
  (SW1), one case where the follow-up fell short and inspectors escalated the concern;
  analysis in reports weak in three (QP7); oversight and wishes and feelings sound.
  F13: the section opens on its safeguarding finding and the one concern escalated,
  never leaving the escalation to the end after analysis.
- `build_good_concern`: Lickey (72), 2018, judged good: the same shape, the concern
  escalated on a note filed under information sharing (QP12), not safeguarding.
"""

from __future__ import annotations

from pathlib import Path

from store.models import Evidence
from tests.export.small import Small

AGES = ("5-9", "10-13", "14-15")

SAFE_OK = (
    "When the boy mentioned a new boyfriend at home, the FCA checked with police that day.",
    "The letter to court sets out the school's worry and what was done about it.",
    "A referral went to the council within hours of the disclosure and was chased.",
    "The practitioner rang the health visitor about the bruise and recorded the answer.",
)
SAFE_MISSED = (
    "The mother described a threat with a knife; nobody passed it on to the local authority."
)
SHARING_MISSED = "The council was never told that the father had moved back in."
SHARING_OK = "The school and the council were both updated after each visit."
ANALYSIS_OK = "The report weighs each parent's plan against what the child needs."
ANALYSIS_THIN = "The report repeats both parents' statements and reaches no view of its own."
OVERSIGHT_OK = "The team manager's note on the file agrees the plan and sets a review date."
WISHES_OK = "The girl's own drawing of her two homes is described and explained in the report."


def _concern(s: Small, case: str, crits: list[str], text: str) -> str:
    """A development note on `case` whose concern inspectors escalated."""
    return s.store.put_evidence(Evidence(
        case_id=case, criteria=crits, source="CASE_FILE", polarity="development", text=text,
        safeguarding=text, escalation="escalated",
        escalation_note="Passed to the service manager on the second day.",
    ))  # fmt: skip


def _eight(s: Small, area: str, crit: str, missed: str, kept: str) -> None:
    """Eight cases in `area`: the first with an escalated concern on `crit`, the others
    sound on it; safeguarding sound where `crit` is another criterion; analysis thin in
    three; oversight and wishes and feelings sound in all."""
    for k in range(8):
        case = s.case(area=area, law="PRIVATE", age=AGES[k % 3])
        if k == 0:
            _concern(s, case, [crit], missed)
        else:
            s.ev(case, [crit], "strength", kept if crit != "SW1" else SAFE_OK[k % 4])
        if crit != "SW1":
            s.ev(case, ["SW1"], "strength", SAFE_OK[k % 4])
        thin = k in (2, 4, 6)
        s.ev(case, ["QP7"], "development" if thin else "strength",
             ANALYSIS_THIN if thin else ANALYSIS_OK)  # fmt: skip
        s.ev(case, ["QPN4"], "strength", OVERSIGHT_OK)
        s.ev(case, ["QP3"], "strength", WISHES_OK)


def build_one_concern(path: Path) -> Small:
    """Kinver (71) on its own, under the 2013 framework; the caller closes it."""
    s = Small(path, areas=[("71", "Kinver", True)], framework="cafcass-2013")
    _eight(s, "71", "SW1", SAFE_MISSED, "")
    return s


def build_good_concern(path: Path) -> Small:
    """Lickey (72) on its own, judged good; the caller closes it."""
    s = Small(path, areas=[("72", "Lickey", True)])
    _eight(s, "72", "QP12", SHARING_MISSED, SHARING_OK)
    s.judge("J18-4A", "good", area="72")
    return s


# Malvern (73) and Nash (74), 2013, no area grade: ten cases each whose first risk
# assessment is sound in nine (QP2); each area's own performance data on the point.
# Malvern's figures say checks are often missing at the first hearing (a finding over
# many cases, against the files); Nash's only say what its dashboard leaves out.
RISK_OK = (
    "Police and council checks were back and weighed before the first hearing.",
    "The safeguarding letter names each risk and what the FCA did about it.",
    "Checks came back in good time and the letter explains what they mean for the girl.",
)
RISK_LATE = "The safeguarding letter went to court before the police checks had come back."
FIGURES_AGAINST = (
    "Area figures for the last quarter: checks still outstanding at the first hearing in "
    "21% of cases, against 8% across the service."
)
FIGURES_SCOPE = (
    "The area dashboard counts checks requested; nothing on whether they came back in time."
)


def build_own_figures(path: Path) -> Small:
    """Malvern (73) and Nash (74), under the 2013 framework; the caller closes it."""
    s = Small(path, areas=[("73", "Malvern", True), ("74", "Nash", True)], framework="cafcass-2013")
    for area, note in (("73", FIGURES_AGAINST), ("74", FIGURES_SCOPE)):
        for k in range(10):
            case = s.case(area=area, law="PRIVATE", age=AGES[k % 3])
            late = k == 4
            s.ev(case, ["QP2"], "development" if late else "strength",
                 RISK_LATE if late else RISK_OK[k % 3])  # fmt: skip
            s.ev(case, ["QP7"], "strength", ANALYSIS_OK)
        s.about_area(area, ["QP2"], "development", note, "PERF_DATA")
    return s


# Ombersley (75), 2013, no area grade, files weighing for it: eight cases with sound
# analysis and oversight, wishes and feelings missed in two; one case's only note on
# safeguarding is a concern inspectors escalated, the section's one finding on it.
WISHES_MISSED = "The report gives the mother's wishes at length and the boy's not at all."


def build_lone_concern(path: Path) -> Small:
    """Ombersley (75) on its own, under the 2013 framework; the caller closes it."""
    s = Small(path, areas=[("75", "Ombersley", True)], framework="cafcass-2013")
    for k in range(8):
        case = s.case(area="75", law="PRIVATE", age=AGES[k % 3])
        if k == 0:
            _concern(s, case, ["SW1"], SAFE_MISSED)
        s.ev(case, ["QP7"], "strength", ANALYSIS_OK)
        s.ev(case, ["QPN4"], "strength", OVERSIGHT_OK)
        missed = k in (3, 6)
        s.ev(case, ["QP3"], "development" if missed else "strength",
             WISHES_MISSED if missed else WISHES_OK)  # fmt: skip
    return s


# The 2018 framework, one area (Upton, 76) of sound cases; the national records on the
# use of performance information (LG3) say what its headline measure counts, not how
# timely the work is (tester 27's A2).
COUNTING_NOTES = (
    "Board dashboard shows 97% of reports on time, but the dashboard counts a report as "
    "filed once a draft exists.",
    "The head of performance agreed that the 'reports on time' measure counts reports "
    "drafted, not reports sent to court.",
)


def build_counting(path: Path) -> Small:
    """Upton (76) and the national records on LG3; the caller closes it."""
    s = Small(path, areas=[("76", "Upton", True)])
    for k in range(6):
        case = s.case(area="76", law="PRIVATE", age=AGES[k % 3])
        s.ev(case, ["QP7"], "strength", ANALYSIS_OK)
        s.ev(case, ["SW1"], "strength", SAFE_OK[k % 4])
    s.national(["LG3"], "development", COUNTING_NOTES[0], "PERF_DATA")
    s.national(["LG3"], "development", COUNTING_NOTES[1], "INT_MANAGER")
    return s
