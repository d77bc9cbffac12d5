"""A hand-written inspection under the 2013 framework, a service doing well (issue 15,
kf23: tester 22's A4, A9 and A10).  None of its text is the demo's, a tester's or the
real report's.

Three visited areas (Moorland 5, Estuary 9, Lowfield 14), six cases each.  Practice is
sound almost everywhere: seeing the child (QP8) strong in every case; the child's wishes
and feelings (QP3), the analysis (QP7), planning (QP6), the file (QP11) and direct work
(QP5) each weak in one case an area, three of the 18, and strong in the rest.  Every
national judgement is good and leadership outstanding.

- The workforce (LG8): the people director's account of a staffing plan and the staff
  survey, both about the whole organisation, show it well planned; each area's manager
  is recorded with the same one remark, typed alike in all three areas, on how slowly
  experienced guardians are found.  That remark is no weakness of the organisation's
  workforce planning to put right (A4).
- Performance management (LG3): two strengths (the figures, the board's scrutiny), two
  area dashboards an area showing reports filed on time, and two notes that a new quality
  check on case closures is agreed but running in 3 of 11 areas, not yet fully in place:
  the leadership section states it, and it is a point to improve, though five weaknesses
  of practice weigh more (A9).
- The leadership notes hold figures a lead would quote (A10): the share of first
  reports filed on time, of children keeping one practitioner, of staff leaving.
"""

from __future__ import annotations

from pathlib import Path

from store.store import Store
from tests.export.small import Small

AREAS = [("5", "Moorland", True), ("9", "Estuary", True), ("14", "Lowfield", True)]

WISHES = (
    "The boy's own list of what he wants from contact is in the report, in his words.",
    "The practitioner used a three-houses drawing and the report explains the girl's worries.",
)
WISHES_WEAK = "The report says what each parent wants; the child's view is one line at the end."
ANALYSIS = (
    "The analysis weighs each option against the risks and the recommendation follows.",
    "The report explains why the child's need for stability outweighs the father's request.",
)
ANALYSIS_WEAK = "The report repeats the history and does not weigh the risks it lists."
PLAN_WEAK = "The plan made at allocation has not been looked at since and two visits slipped."
PLAN = "The plan sets out each visit with a date, and the file shows each one done."
RECORD_WEAK = "Three visits are not written up and the chronology stops in the spring."
RECORD = "The file is up to date and each visit is written up within the week."
DIRECT_WEAK = "No direct work is recorded; the boy was asked one question at the door."
DIRECT = "Direct work with a feelings card game helped the girl say who she trusts."
SEEN = (
    "The girl was seen at school on her own and again at home with her brother.",
    "The practitioner saw the boy alone twice, once at the family centre.",
)

REMARK = (
    "Area manager said recruiting experienced guardians is slow; one vacancy is covered by a locum."
)

NATIONAL = [
    (
        ["LG8"],
        "strength",
        "INT_MANAGER",
        "People director set out a staffing plan with a trainee scheme and a pool of sessional "
        "guardians; 7% of staff left last year.",
    ),
    (
        ["LG8", "LG5"],
        "strength",
        "SURVEY_STAFF",
        "Staff survey, 900 replies: 72% say their caseload is manageable and 84% feel their "
        "manager backs them.",
    ),
    (
        ["LG3"],
        "strength",
        "PERF_DATA",
        "Performance figures: 95% of first reports filed on time; 98% of care "
        "cases allocated the day they arrive.",
    ),
    (
        ["LG3"],
        "strength",
        "BOARD_PAPERS",
        "Board papers show quarterly challenge by non-executives on waiting times and quality.",
    ),
    (
        ["LG3"],
        "development",
        "INT_MANAGER",
        "Head of quality: the new quality check on case closures is agreed but only running in 3 "
        "of 11 areas.",
    ),
    (
        ["LG3"],
        "development",
        "INT_MANAGER",
        "Assistant director: the quality check on case closures is not yet fully in place; first "
        "results are due in the spring.",
    ),
    (
        ["LG1"],
        "strength",
        "INT_MANAGER",
        "Chief executive set out a three-year strategy built on children's own accounts; staff we "
        "met knew its three priorities.",
    ),
    (
        ["LG2"],
        "strength",
        "INT_JUDICIARY",
        "A designated family judge said guardians' reports are thorough and arrive when needed.",
    ),
    (
        ["LG4"],
        "strength",
        "INT_MANAGER",
        "Assistant directors review each area's file audits monthly and stepped in where plans "
        "were slipping.",
    ),
    (
        ["LG7"],
        "strength",
        "QA_AUDIT",
        "The audit programme runs to plan and its lessons go into a quarterly practice briefing.",
    ),
    (
        ["LGN2"],
        "strength",
        "PERF_DATA",
        "Continuity: 90% of children kept the same practitioner from allocation to the final "
        "hearing.",
    ),
    (
        ["LGN4"],
        "strength",
        "INT_PARTNER",
        "The chair of a family justice board said the service leads the board's work on delay.",
    ),
]


def build(path: Path) -> Store:
    """The inspection, written to `path`; the open store is returned."""
    s = Small(path, areas=AREAS, framework="cafcass-2013")
    n = 0
    for code, _name, _v in AREAS:
        for j in range(6):
            n += 1
            case = s.case(area=code, law="PRIVATE" if j % 2 else "PUBLIC")
            # One weak file on the child's wishes and one on the analysis per area.
            s.ev(case, ["QP3"], "development" if j == 0 else "strength",
                 WISHES_WEAK if j == 0 else WISHES[n % 2])  # fmt: skip
            s.ev(case, ["QP7"], "development" if j == 1 else "strength",
                 ANALYSIS_WEAK if j == 1 else ANALYSIS[n % 2])  # fmt: skip
            s.ev(case, ["QP8"], "strength", SEEN[n % 2])
            s.ev(
                case,
                ["QP6"],
                "development" if j == 2 else "strength",
                PLAN_WEAK if j == 2 else PLAN,
            )
            s.ev(case, ["QP11"], "development" if j == 3 else "strength",
                 RECORD_WEAK if j == 3 else RECORD)  # fmt: skip
            s.ev(case, ["QP5"], "development" if j == 4 else "strength",
                 DIRECT_WEAK if j == 4 else DIRECT)  # fmt: skip
        s.about_area(code, ["LG8"], "development", REMARK, "INT_MANAGER")
        for figure in (94 + len(code), 90 + len(code)):
            s.about_area(
                code,
                ["LG3"],
                "strength",
                f"Area dashboard: {figure}% of first reports "
                "filed on time; the manager reviews it with each team.",
                "PERF_DATA",
            )
    for crits, polarity, source, text in NATIONAL:
        s.national(crits, polarity, text, source)
    for jid, grade in (("J13-0", "good"), ("J13-1", "good"), ("J13-2", "good"),
                       ("J13-3", "outstanding")):  # fmt: skip
        s.judge(jid, grade)
    return s.store
