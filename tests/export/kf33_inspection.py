"""A hand-written 2021 inspection for kf33's tests (issue 15, session 33), written by kf33
in its own words (none of it the demo's, a tester's or the real report's): a service
whose private law practice and leaders are judged good and whose public law practice
requires improvement, with one area (Lindow, 3) weaker than the rest (tester 32's shape).

Four visited areas (Hartwell 1, Kessock 2, Lindow 3, Morden 4), each with six private law
and three public law cases (36 cases, every one read).

- Private law is good: children's wishes come through in every private law case, reports
  analyse the case well in most, and the first assessment of risk is sound in all but one.
- Public law requires improvement: safeguarding concerns are not followed up well in five
  of its eight cases with a note (`PB_UNSAFE`), and information is shared late in seven of
  its nine with a note.
- The advice to the court (SW2) has notes on three cases only, two of them short: a point
  on three of the 36 cases read (`ADVICE`).
- Leaders: national notes on performance, learning, culture, judges and the management of
  the service are strengths (one manager's note on LG4), while the case files on front-line
  management (QPN4) are even, four for and four against.  Lindow's own notes on its leaders
  are weaknesses (`LINDOW_LEADERS`): unallocated work, a capacity gap with a recovery plan,
  and a judge there critical of late reports, where judges at national level praise their
  timeliness.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [("1", "Hartwell", True), ("2", "Kessock", True), ("3", "Lindow", True),
         ("4", "Morden", True)]  # fmt: skip
GRADES = {"J21-1": "good", "J21-2": "requires-improvement", "J21-3": "good"}
RATIONALE = (
    "Leaders know the service well and act on what they find; Lindow's recovery plan "
    "is in hand but not yet showing in its files."
)

# Public law case n (0-11) sits in area AREAS[n % 4]: Lindow's are 2, 6 and 10.
PB_UNSAFE = (0, 2, 5, 6, 9)  # then followed up well: 1, 3, 8 (4, 7, 10, 11 no note)
PB_SAFE = (1, 3, 8)
PB_LATE_SHARING = (0, 1, 2, 4, 5, 6, 9)  # then shared well: 3, 10
# (law, case number) with a note on the advice to the court, and whether it falls short.
ADVICE = ((("PUBLIC", 4), True), (("PRIVATE", 7), True), (("PRIVATE", 5), False))
# Front-line management on the files: for in four cases, against in four (Lindow's two
# public law cases among them, and two elsewhere).
MANAGED_WELL = (("PRIVATE", 0), ("PRIVATE", 1), ("PRIVATE", 3), ("PUBLIC", 1))
MANAGED_BADLY = (("PUBLIC", 2), ("PUBLIC", 6), ("PRIVATE", 8), ("PUBLIC", 9))

UNSAFE = (
    "A safeguarding concern about bruising was logged but nobody checked the boy's safety that day.",
    "The school's safeguarding concern about the girl's new address was not followed up.",
    "Police call-outs to the home were read but the concern for the toddler's safety was not acted on.",
    "The guardian learnt of the threat to the mother a month late and did not follow up the concern.",
    "A safeguarding referral about the older sibling sat in the duty tray for ten days.",
)
SAFE = (
    "The guardian followed up the safeguarding concern with the social worker the same day.",
    "When the mother reported new contact from her ex-partner, the concern was acted on at once.",
    "The safeguarding concern about the uncle was followed up and the plan changed within a day.",
)
LATE_SHARING = (
    "The health visitor's report reached the guardian after the hearing it was meant for.",
    "Nobody told the school that the care plan had changed.",
    "The police disclosure was requested six weeks after allocation.",
    "The foster carer was not given the contact arrangements until the week before.",
    "The independent reviewing officer heard of the placement move from the carer.",
    "Minutes of the child protection conference were never sent to the guardian.",
    "The GP letter was chased three times and came after the final statement.",
)
SHARED_WELL = (
    "The guardian and the social worker agreed what each would tell the school, and did.",
    "Checks with health and education were back before the first hearing.",
)
WISHES = (
    "The report puts what the boy wants first, in his own phrases, with what lies behind it.",
    "The officer explains why the girl wants to stay at her mother's and how sure she is.",
    "The children's different wishes are set side by side and each is weighed.",
)
ANALYSIS_GOOD = "The report weighs each option for the child before it recommends one."
ANALYSIS_WEAK = "The report repeats both parents' accounts and reaches no view of its own."
RISK_GOOD = "Police and council checks were read and weighed before the first hearing."
RISK_WEAK = "The safety letter went to court before the police checks came back."
ADVICE_SHORT = (
    "The addendum left the court without a view on whether contact should be supervised.",
    "The recommendation on residence did not say what should happen if the move fell through.",
)
ADVICE_GOOD = "The court was told plainly what each option would mean for the girl."
MANAGED = "The manager's note on the file sets out the next steps and a date to review them."
UNMANAGED = "No manager has signed anything on the file since the case was allocated in spring."

# (area code or None, criteria, polarity, text, source)
Note = tuple[str | None, list[str], str, str, str]
NATIONAL: tuple[Note, ...] = (
    (None, ["LG3", "LG4"], "strength",
     "Head of practice: the weekly performance report is read at every team meeting and "
     "audit themes go into practice days.", "INT_MANAGER"),
    (None, ["LG3"], "strength",
     "Performance figures: 94% of first letters to court filed on time this year.", "PERF_DATA"),
    (None, ["LG7"], "strength",
     "Board minutes show each audit's actions given an owner and checked a quarter later.",
     "BOARD_PAPERS"),
    (None, ["LG7"], "strength",
     "The spring audit of public law files led to new guidance on chronologies.", "QA_AUDIT"),
    (None, ["LG5"], "strength",
     "Staff survey: 86% say their manager helps them to think about the child.", "SURVEY_STAFF"),
    (None, ["LG2"], "strength",
     "Designated family judge: reports arrive on time and the advisers are clear in court.",
     "INT_JUDICIARY"),
    (None, ["LG2"], "strength",
     "Two district judges praised the timeliness of reports and the quality of the analysis.",
     "INT_JUDICIARY"),
)  # fmt: skip
LINDOW_LEADERS: tuple[Note, ...] = (
    ("3", ["LG4"], "development",
     "Lindow: a quarter of private law cases unallocated for more than two weeks in October; "
     "audit grades below the regional average for three quarters.", "PERF_DATA"),
    ("3", ["LG4", "LG8"], "development",
     "Assistant director accepts a capacity gap in Lindow; a recovery plan started in "
     "September but has not yet reached the files.", "INT_MANAGER"),
    ("3", ["LG2"], "development",
     "Circuit judge in Lindow: reports often late and two hearings were adjourned for them.",
     "INT_JUDICIARY"),
)  # fmt: skip


def build(
    path: Path,
    *,
    leaders: tuple[Note, ...] = (*NATIONAL, *LINDOW_LEADERS),
    grades: dict[str, str] | None = None,
) -> Small:
    """The inspection, open (see the module docstring); `leaders`: the notes about the
    service and its areas; `grades`: national judgements in place of those of `GRADES`."""
    s = Small(path, areas=AREAS, framework="cafcass-2021")
    cases: dict[tuple[str, int], str] = {}
    for n in range(24):
        case = s.case(area=AREAS[n % 4][0], law="PRIVATE", age=("5-9", "10-13")[n % 2])
        cases["PRIVATE", n] = case
        s.ev(case, ["QP3"], "strength", WISHES[n % 3])
        if n % 3 == 0:
            s.ev(case, ["QP7"], *(("development", ANALYSIS_WEAK) if n == 9
                                  else ("strength", ANALYSIS_GOOD)))  # fmt: skip
        if n % 4 == 1:
            s.ev(case, ["QP2"], *(("development", RISK_WEAK) if n == 13
                                  else ("strength", RISK_GOOD)))  # fmt: skip
    for n in range(12):
        case = s.case(area=AREAS[n % 4][0], law="PUBLIC", age=("2-4", "10-13")[n % 2])
        cases["PUBLIC", n] = case
        if n in PB_UNSAFE:
            s.ev(case, ["SW1"], "development", UNSAFE[PB_UNSAFE.index(n)])
        elif n in PB_SAFE:
            s.ev(case, ["SW1"], "strength", SAFE[PB_SAFE.index(n)])
        if n in PB_LATE_SHARING:
            s.ev(case, ["QP12"], "development", LATE_SHARING[PB_LATE_SHARING.index(n)])
        elif n in (3, 10):
            s.ev(case, ["QP12"], "strength", SHARED_WELL[(3, 10).index(n)])
    for k, (key, short) in enumerate(ADVICE):
        s.ev(cases[key], ["SW2"], *(("development", ADVICE_SHORT[k]) if short
                                    else ("strength", ADVICE_GOOD)))  # fmt: skip
    for key in MANAGED_WELL:
        s.ev(cases[key], ["QPN4"], "strength", MANAGED)
    for key in MANAGED_BADLY:
        s.ev(cases[key], ["QPN4"], "development", UNMANAGED)
    for area, crits, polarity, text, source in leaders:
        if area is None:
            s.national(crits, polarity, text, source)
        else:
            s.about_area(area, crits, polarity, text, source)
    for jid, grade in (GRADES | (grades or {})).items():
        s.judge(jid, grade, rationale=RATIONALE if jid == "J21-3" else "")
    return s
