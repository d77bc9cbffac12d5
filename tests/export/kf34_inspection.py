"""A hand-written 2018 inspection for kf34's tests (issue 15, session 34), written by kf34
in its own words (none of it the demo's, a tester's or the real report's): a service
judged outstanding overall, its leaders and local services outstanding, both law types
good, with three visited areas (Ormsby 1 and Pellworth 2 outstanding, Quarrendon 3 good).

36 cases, twelve an area (eight private law, four public law), every one read.

- Strong everywhere: children's wishes and feelings (QP3) and managers' oversight on the
  files (QPN4), each a strength in all but two cases.
- Safeguarding (SW1): followed up well in most cases, not in three (`UNSAFE_AT`).
- Seeing children alone (QP8): falls short in seven cases, six of them because no
  translator or signer was arranged (`ALONE_SHORT`, the recurring cause), which the
  overall and Quarrendon rationales name too.
- Avoiding delay (QP1): six cases where reports reached the court late after the adviser
  asked for more time with no reason on the file (`LATE`); nobody records late allocation.
- Case records (QP11): six cases with contact logs or case plans behind the work.
- Analysis in reports (QP7): weak in three cases only, a small number.
- Leaders: national notes are strengths (priorities, figures, staff support, judges,
  partners, the workforce); two counted findings of the service's own checks fall short
  (`COUNTED`: appraisals with no development targets, reports calling faith and culture
  "not relevant" with no reason).  Ormsby's own note opens on the area's name; Pellworth's
  staffing note is in shorthand.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [("1", "Ormsby", True), ("2", "Pellworth", True), ("3", "Quarrendon", True)]
GRADES = {"J18-0": "outstanding", "J18-1": "good", "J18-2": "good", "J18-3": "outstanding",
          "J18-4": "outstanding"}  # fmt: skip
AREA_GRADES = {"1": "outstanding", "2": "outstanding", "3": "good"}
RATIONALES = {
    "J18-0": "Leaders have raised practice in every area; the few gaps are children who need "
    "a translator waiting to be seen on their own, and reports filed late.",
    "3": "Good, but children who need a translator wait too long to be seen on their own.",
}

WISHES = (
    "The report sets out in the boy's own phrases what he wants and why.",
    "The adviser explains how firmly the girl holds her wish to stay at her school.",
    "Each sibling's wish is set down separately and weighed in the recommendation.",
)
WISHES_WEAK = "The report gives the parents' accounts and only a line on what the child wants."
OVERSIGHT = "The team manager's note on the file sets the next steps and a date to check them."
OVERSIGHT_WEAK = "No manager has written on the file since the case began."
SAFE = "The adviser rang the social worker the same day the school raised its worry."
UNSAFE = (
    "The school's worry about bruising was logged and not followed up for a fortnight.",
    "A police call-out to the home was read but nobody checked on the toddler.",
    "The mother's report of new threats sat unread in the duty inbox for nine days.",
)
ALONE = "The adviser saw the girl alone at school and again at her grandmother's."
ALONE_SHORT = (
    "Girl of nine seen only with her father in the room; no Tigrinya translator was arranged.",
    "Boy not spoken to on his own before the first hearing because the Farsi translator did not come.",
    "Deaf child seen with her mother signing for her; nobody booked a BSL signer for the visit.",
    "The child waited seven weeks to be seen alone while a Kurdish translator was found.",
    "An older cousin translated for the boy, who was never seen on his own.",
    "The telephone translation line dropped twice and the girl was not seen alone at all.",
    "Seen once, briefly, at the contact centre with both parents present.",
)
TIMELY = "The report reached the court two days before the date set."
LATE = (
    "The adviser asked the court twice for more time to file the report; the file says nothing of why.",
    "Report filed a month after the date set, following a second request for more time.",
    "Extra time for the report was sought the day before it was due, with no reason recorded.",
    "The court gave a further fortnight for the report; nothing on file explains the request.",
    "A third request for more time to file meant the child's hearing was put back.",
    "The report came in three weeks late after the adviser asked for extra time.",
)
RECORDS = "The contact log and case plan are up to date and match the work done."
RECORDS_WEAK = (
    "The contact log has not been written up for the last three visits.",
    "The case plan still shows the aims set at allocation, though the child has moved.",
)
ANALYSIS = "The report weighs each option against what the child needs before recommending one."
ANALYSIS_WEAK = "The report retells the history and reaches no view of its own."

# Case k (0-35) is in area AREAS[k % 3]; cases 0-23 are private law, 24-35 public law.
UNSAFE_AT = (5, 17, 29)
ALONE_AT = (2, 8, 14, 20, 26, 4, 12)  # five in Quarrendon; the last: no translator in it
LATE_AT = (1, 5, 9, 13, 20, 24)  # two an area
RECORDS_AT = (3, 7, 11, 16, 23, 27)  # two an area
ANALYSIS_AT = (4, 22, 34)
WISHES_AT = (6, 30)
OVERSIGHT_AT = (10, 35)

# Public law falling short everywhere (`public_fails`).
FAILING = {
    "SW1": "The risk the police reported was never checked with the family",
    "QP3": "Nothing in the report says what the child wants",
    "QP8": "The guardian has not met the child",
    "QP1": "The analysis was filed after the deadline the court set",
    "QP11": "Nothing has been recorded since the first hearing",
    "QP7": "The report repeats the local authority's account with no view of its own",
    "QPN4": "No manager has looked at the file",
}

# (area code or None, criteria, polarity, text, source)
Note = tuple[str | None, list[str], str, str, str]
NATIONAL: tuple[Note, ...] = (
    (None, ["LG1"], "strength",
     "Board minutes: the three priorities are tracked each quarter and the measures of "
     "children's experience rose in every region.", "BOARD_PAPERS"),
    (None, ["LG1"], "strength",
     "Chief executive and operations director gave the same three priorities, and so did "
     "each team manager we met.", "INT_MANAGER"),
    (None, ["LG3"], "strength",
     "Figures: 96% of first letters to court on time; 98% of guardians named by the first "
     "hearing.", "PERF_DATA"),
    (None, ["LG5"], "strength",
     "Staff survey: 90% say their manager gives them time to think about each child.",
     "SURVEY_STAFF"),
    (None, ["LG5"], "strength",
     "Advisers' focus group: new starters carry a lighter caseload for six months and feel "
     "well supported.", "SURVEY_STAFF"),
    (None, ["LG2"], "strength",
     "Designated family judge: the advisers' reports are clear, on time and well argued.",
     "INT_JUDICIARY"),
    (None, ["LG2"], "strength",
     "Lay justices: the duty adviser at first hearings is a great help to the bench.",
     "INT_JUDICIARY"),
    (None, ["LGN4"], "strength",
     "Council head of service: guardians question care plans firmly and fairly.", "INT_LA"),
    (None, ["LG8"], "strength", "Workforce figures: vacancy rate 2%, agency use falling.",
     "PERF_DATA"),
    (None, ["LG9"], "strength",
     "Equality lead has written guides for advisers on Gypsy, Roma and Traveller families.",
     "INT_MANAGER"),
)  # fmt: skip
COUNTED: tuple[Note, ...] = (
    (None, ["LG4"], "development",
     "Quality team's check of 24 practitioner appraisals: 7 set no development targets for "
     "the year.", "QA_AUDIT"),
    (None, ["LG9"], "development",
     "File audit: 8 of 40 reports call faith and culture 'not relevant' and give no reason.",
     "QA_AUDIT"),
)  # fmt: skip
AREA_NOTES: tuple[Note, ...] = (
    ("1", ["LG4"], "strength",
     "Ormsby service manager reads five files a month and writes back to each adviser.",
     "INT_MANAGER"),
    ("2", ["LG8"], "development", "Pellworth: 2 FCA vacancies for 5 months, 3 of 8 FCAs agency.",
     "PERF_DATA"),
)  # fmt: skip
# Quarrendon's own notes on how it is led, for a variant grading it below good.
QUARRENDON_LEADERS: tuple[Note, ...] = (
    ("3", ["LG4"], "development",
     "Quarrendon practice manager knew children were waiting for translators but kept no "
     "list of them.", "INT_MANAGER"),
    ("3", ["LG4"], "development",
     "Quarrendon team meeting minutes: waiting for translators raised in May and June, no "
     "action agreed.", "QA_AUDIT"),
)  # fmt: skip


def build(
    path: Path,
    *,
    service: tuple[Note, ...] = (*NATIONAL, *COUNTED, *AREA_NOTES),
    grades: dict[str, str] | None = None,
    area_grades: dict[str, str] | None = None,
    public_fails: bool = False,
) -> Small:
    """The inspection, open (see the module docstring); `service`: the notes about the
    service and its areas; `grades`, `area_grades`: judgements in place of the module's;
    `public_fails`: every public law case falls short on every point instead (`FAILING`),
    for a variant judging public law inadequate."""
    s = Small(path, areas=AREAS)
    for k in range(36):
        area = AREAS[k % 3][0]
        law = "PRIVATE" if k < 24 else "PUBLIC"
        case = s.case(area=area, law=law, age=("5-9", "10-13")[k % 2])
        if public_fails and law == "PUBLIC":
            for crit, text in FAILING.items():
                s.ev(case, [crit], "development", f"{text} (visit {k - 23}).")
            continue
        s.ev(case, ["QP3"], *(("development", WISHES_WEAK) if k in WISHES_AT
                              else ("strength", WISHES[k % 3])))  # fmt: skip
        s.ev(case, ["QPN4"], *(("development", OVERSIGHT_WEAK) if k in OVERSIGHT_AT
                               else ("strength", OVERSIGHT)))  # fmt: skip
        if k % 2 == 0 or k in UNSAFE_AT:
            s.ev(case, ["SW1"], *(("development", UNSAFE[UNSAFE_AT.index(k)]) if k in UNSAFE_AT
                                  else ("strength", SAFE)))  # fmt: skip
        s.ev(case, ["QP8"], *(("development", ALONE_SHORT[ALONE_AT.index(k)]) if k in ALONE_AT
                              else ("strength", ALONE)))  # fmt: skip
        s.ev(case, ["QP1"], *(("development", LATE[LATE_AT.index(k)]) if k in LATE_AT
                              else ("strength", TIMELY)))  # fmt: skip
        s.ev(case, ["QP11"], *(("development", RECORDS_WEAK[k % 2]) if k in RECORDS_AT
                               else ("strength", RECORDS)))  # fmt: skip
        s.ev(case, ["QP7"], *(("development", ANALYSIS_WEAK) if k in ANALYSIS_AT
                              else ("strength", ANALYSIS)))  # fmt: skip
    for where, crits, polarity, text, source in service:
        if where is None:
            s.national(crits, polarity, text, source)
        else:
            s.about_area(where, crits, polarity, text, source)
    for jid, grade in (GRADES | (grades or {})).items():
        s.judge(jid, grade, rationale=RATIONALES.get(jid, ""))
    for code, grade in (AREA_GRADES | (area_grades or {})).items():
        s.judge("J18-4A", grade, area=code, rationale=RATIONALES.get(code, ""))
    return s
