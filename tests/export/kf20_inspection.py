"""A hand-written outstanding inspection under the 2018 framework (issue 15, kf20): seven
visited areas, 35 private and 14 public law cases, and national evidence on leadership,
the workforce, complaints and the rarer kinds of work.  None of its text is the demo's,
a tester's or the real report's.

The practice is strong nearly everywhere.  Two themes run through one law type each:

- private law: the analysis of domestic abuse risk (initial risk assessment, QP2) is a
  strength in 26 of the 35 private law cases, in every area, and weak in two;
- public law: children's guardians' challenge to local authorities' plans (representing
  children's interests, SW3) is a strength in 13 of the 14 public law cases, and weak in
  one.

Every case also has a note on the child's wishes and feelings (QP3) and most on seeing
the child alone (QP8); a few private law cases say the first hearing came late (QP1).

The national evidence: leaders know the service's gaps and have a plan (LG1, LG3), work
well with the judiciary (LG2) and oversee practice closely (LG4), two records each; the
workforce and its culture (LG5, LG8) rest on three national records, two for and one
against (the staff survey for, a practitioners' group for, one manager's account of
vacancies against), while each area holds its own staff survey note for (LG5); one
complaints record (LG6) and one record each on secure accommodation and leave to
remove (LGS3, LGS5), both strengths.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [
    ("31", "Calderbrook", True),
    ("32", "Ashwell", True),
    ("33", "Dunmere", True),
    ("34", "Harrowfield", True),
    ("35", "Penhallow", True),
    ("36", "Ryecombe", True),
    ("37", "Stannington", True),
]

DA_GOOD = (
    "Domestic abuse history from the police was analysed and its effect on the boy set out.",
    "The officer weighed the pattern of coercive control before advising on contact.",
    "Risks from the father's violence were analysed and a safe handover plan proposed.",
    "The domestic abuse screening drew out threats the mother had not reported before.",
    "Each incident the police recorded was weighed for what it meant for the girl's safety.",
    "The risk analysis tells the court how the abuse shaped the children's fear of contact.",
    "Coercive control was recognised from the mother's account and analysed with care.",
)
DA_WEAK = (
    "The police log of incidents was on file but the report did not weigh it.",
    "Domestic abuse was mentioned at screening and never analysed afterwards.",
)
ADVOCACY_GOOD = (
    "The guardian challenged the council's proposal to move the baby, who stayed with her carer.",
    "The guardian pressed the local authority for a sibling assessment and got one.",
    "The guardian questioned drift in the care plan at the review and a date was set.",
    "The guardian argued in court for the boy's contact with his grandmother to continue.",
    "The guardian challenged the delay in the parenting assessment and it was brought forward.",
    "The guardian's position statement tested every part of the local authority's plan.",
    "The guardian raised the girl's wish to stay at her school and the placement was kept.",
)
ADVOCACY_WEAK = "The guardian accepted the council's care plan without comment."
WISHES = (
    "The girl's own words about each parent's home are set out in the report.",
    "What the boy wants is recorded in his words and weighed against his safety.",
    "The child's drawings of both homes were used to show his wishes to the court.",
    "The report explains why the girl's wish to move was not followed, in words she could read.",
)
ALONE = (
    "The boy was seen alone at school and asked what worried him.",
    "The girl was seen on her own twice before the report was written.",
    "The practitioner saw the child alone at a contact centre, at her own pace.",
)
LATE = "The first hearing was put back because the safeguarding checks came late."

NATIONAL = (
    (["LG1"], "strength", "INT_MANAGER",
     "The chief executive named the teams where reports lag, the gaps we also found."),
    (["LG1"], "strength", "BOARD_PAPERS",
     "The board's plan sets out how each region will improve the timeliness of reports."),
    (["LG3"], "strength", "PERF_DATA",
     "Monthly figures are used by every manager to track work against the standards."),
    (["LG2"], "strength", "INT_JUDICIARY",
     "The designated family judge said the service answers the court's concerns quickly."),
    (["LG2"], "strength", "BOARD_PAPERS",
     "Minutes show the chief executive meets the senior judiciary each quarter on delay."),
    (["LG4"], "strength", "OBS_SUPERVISION",
     "Supervision we observed tested the practitioner's analysis and set clear actions."),
    (["LG4"], "strength", "QA_AUDIT",
     "Managers' audits of live cases led to changes in plans within the week."),
    (["LG5"], "strength", "SURVEY_STAFF",
     "The staff survey shows that practitioners feel trusted and well supported."),
    (["LG5"], "strength", "SURVEY_STAFF",
     "In this year's survey most staff say managers challenge their thinking helpfully."),
    (["LG5"], "development", "SURVEY_STAFF",
     "A quarter of survey responses say that heavy caseloads leave little time to reflect."),
    (["LG8"], "strength", "INT_PRACTITIONER",
     "A group of newly qualified practitioners described a thorough induction and mentoring."),
    (["LG8"], "strength", "SURVEY_STAFF",
     "Staff survey responses on training and career progression are the best in five years."),
    (["LG8"], "development", "INT_MANAGER",
     "A senior manager said vacancies in two regions have taken months to fill."),
    (["LG6"], "strength", "COMPLAINTS",
     "Complaints are answered within the standard and lessons from them are shared."),
    (["LGS3"], "strength", "QA_AUDIT",
     "A review of secure accommodation applications found clear and timely advice."),
    (["LGS5"], "strength", "QA_AUDIT",
     "Applications to remove a child abroad are tracked by a named manager."),
)  # fmt: skip
AREA_SURVEY = "The area's staff survey shows staff feel valued and supported by managers."


def outstanding_seven(path: Path, complaints: bool = True) -> Small:
    """See the module docstring: seven areas, every judgement outstanding; without the
    complaints record where `complaints` is False."""
    s = Small(path, areas=AREAS)
    n = 0
    for a, (code, _name, _v) in enumerate(AREAS):
        for j in range(7):
            n += 1
            law = "PRIVATE" if j < 5 else "PUBLIC"
            case = s.case(area=code, law=law, age=("5-9", "10-13", "14-15")[n % 3])
            s.ev(case, ["QP3"], "strength", WISHES[n % len(WISHES)])
            if j != 3:
                s.ev(case, ["QP8"], "strength", ALONE[n % len(ALONE)])
            if law == "PRIVATE":
                if j < 4 and not (a in (2, 5) and j == 0):
                    s.ev(case, ["QP2"], "strength", DA_GOOD[(n + a) % len(DA_GOOD)])
                elif j < 4:
                    s.ev(case, ["QP2"], "development", DA_WEAK[a % 2])
                if j == 4 and a < 3:
                    s.ev(case, ["QP1"], "development", LATE)
            elif a == 4 and j == 6:
                s.ev(case, ["SW3"], "development", ADVOCACY_WEAK)
            else:
                s.ev(case, ["SW3"], "strength", ADVOCACY_GOOD[(n + a) % len(ADVOCACY_GOOD)])
        s.about_area(code, ["LG5"], "strength", AREA_SURVEY, "SURVEY_STAFF")
        s.judge("J18-4A", "outstanding", area=code)
    for crits, polarity, source, text in NATIONAL:
        if complaints or source != "COMPLAINTS":
            s.national(crits, polarity, text, source)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "outstanding")
    return s
