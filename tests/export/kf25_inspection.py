"""A hand-written inspection for kf25's tests (issue 15): a strong service under the 2021
framework, written by kf25 in its own words, with one area whose weaknesses are about
timeliness, not quality.

Three areas of eight cases each (Ashby 5, Brindle 7, Carrow 10), five private law and
three public law cases in each.  Every case is strong on the child's wishes and on the
analysis in reports.  Brindle's private law cases are held up: all five waited for
allocation, and the advice to the court is against in
five of them, four because the safeguarding letter reached the court late
(`LATE`), one because the letter does not say what the checks mean (`THIN`); with
`all_late`, all five are late.  Safeguarding concerns are not followed up well in one
case of each area (three of 24) and one was escalated.  The three national judgements
are good or outstanding, so the key findings lead with the strengths.  With `spread`,
five more points of practice are weak in two cases of each area (`SPREAD`).
"""

from __future__ import annotations

from pathlib import Path

from store.models import Evidence
from tests.export.small import Small

AREAS = [("5", "Ashby", True), ("7", "Brindle", True), ("10", "Carrow", True)]

WISHES = (
    "The report explains in the girl's own terms what she hopes for and why.",
    "The boy's wish to stay at his school is set out and weighed in the report.",
    "The guardian records what the twins each want and how their views differ.",
)
ANALYSIS = (
    "The analysis sets each parent's plan against the child's needs and says which is safer.",
    "The recommendation follows from a clear weighing of the risks and the benefits.",
)
ADVICE = "The letter to court sets out the checks made and what each means for the child."
LATE = (
    "The safeguarding letter was filed late, on the morning of the first hearing.",
    "The letter reached the court the day after the first hearing, so interim orders were made without it.",
    "Safeguarding letter late to court; the bench adjourned to read it.",
    "Letter to court not filed in time for the first hearing; the legal adviser chased it.",
    "The letter arrived late and the hearing went ahead without the police information.",
)  # fmt: skip
THIN = "The letter names the checks made but gives no view on what they mean for the boy."
WAITED = (
    "The case sat in the duty team for eight weeks before it was allocated.",
    "Nobody was allocated for six weeks after the first hearing and the report was delayed.",
    "The case waited on the unallocated list for seven weeks with no contact with the family.",
    "Allocation took nine weeks, and the final hearing had to be put back.",
)
PROMPT = "The work was allocated on the day of the hearing and the report was filed on time."
SAFE = "When new police information arrived, the practitioner told the court within a day."
UNSAFE = "A new allegation of violence was on file for a month before anyone acted on it."


# With `spread`: five points of practice weak in two cases of each area (six of 24),
# spread thinly, each with its own note, and strong in the others.
SPREAD = {
    "QP5": (
        "No direct work with the child is recorded before the report went to court.",
        "Direct work over three visits used drawings to help the boy say what home is like.",
    ),
    "QP8": (
        "The child was seen once, with her mother in the room throughout.",
        "The girl was seen alone twice, once at school and once at her grandmother's.",
    ),
    "QP11": (
        "Visits in the last two months are not written up on the file.",
        "Each visit is written up on the file within two days, with what the child said.",
    ),
    "QP12": (
        "The school's concerns were not passed to the local authority for three weeks.",
        "The practitioner shared the new police information with the social worker the same day.",
    ),
    "QPN4": (
        "No manager's note on the file at allocation or before the report was filed.",
        "The manager's note at allocation sets out the risks to check and the report's deadline.",
    ),
}  # fmt: skip


def build(path: Path, all_late: bool = False, spread: bool = False) -> Small:
    """The inspection, open (see the module's docstring)."""
    s = Small(path, areas=AREAS, framework="cafcass-2021")
    n = 0
    for code, _name, _visited in AREAS:
        for k in range(8):
            law = "PRIVATE" if k < 5 else "PUBLIC"
            case = s.case(area=code, law=law)
            s.ev(case, ["QP3"], "strength", WISHES[n % len(WISHES)])
            s.ev(case, ["QP7"], "strength", ANALYSIS[n % len(ANALYSIS)])
            weak_area = code == "7" and law == "PRIVATE"
            if weak_area:
                thin = k == 4 and not all_late
                s.ev(case, ["SW2"], "development", THIN if thin else LATE[k])
            else:
                s.ev(case, ["SW2"], "strength", ADVICE)
            if weak_area:
                s.ev(case, ["QP1"], "development", WAITED[k % len(WAITED)])
            else:
                s.ev(case, ["QP1"], "strength", PROMPT)
            if k == 1 and code == "10":
                s.store.put_evidence(Evidence(
                    case_id=case, criteria=["SW1"], source="CASE_FILE", polarity="development",
                    text=UNSAFE, safeguarding="An allegation of violence left unassessed.",
                    escalation="escalated", escalation_note="Raised with the head of practice.",
                ))  # fmt: skip
            elif k == 1:
                s.ev(case, ["SW1"], "development", UNSAFE)
            else:
                s.ev(case, ["SW1"], "strength", SAFE)
            for crit, (weak, strong) in SPREAD.items() if spread else ():
                bad = k in (2, 6)
                s.ev(case, [crit], "development" if bad else "strength", weak if bad else strong)
            n += 1
    for jid, grade in (("J21-1", "outstanding"), ("J21-2", "good"), ("J21-3", "outstanding")):
        s.judge(jid, grade)
    return s


# A leadership judged outstanding (`leadership`): national notes, written by kf25.
NATIONAL = [
    (["LG4"], "strength", "INT_MANAGER",
     "The director knew which teams had drift and showed inspectors the recovery plan the executive reviews each week."),
    (["LG4"], "strength", "BOARD_PAPERS",
     "Board papers show leaders identified the rise in unallocated work and agreed a recovery plan in the spring."),
    (["LG4"], "strength", "INT_MANAGER",
     "Senior managers are aware of where practice is weaker and named the same areas inspectors found."),
    (["LG4"], "development", "INT_MANAGER",
     "Leaders accepted that the waiting list in one region grew for three months before it was escalated to the executive."),
    (["LG5"], "strength", "SURVEY_STAFF", "Staff survey: most practitioners feel both supported and stretched by their managers."),
    (["LG5"], "strength", "INT_PRACTITIONER", "Practitioners described managers who challenge their thinking and back their decisions."),
    (["LG5"], "strength", "OBS_SUPERVISION", "Supervision observed was reflective and pressed the practitioner on the child's view."),
    (["LG5"], "strength", "OBS_TEAM_MTG", "The team meeting discussed learning from a case review openly and without blame."),
    (["LG3"], "strength", "PERF_DATA", "Performance reports track allocation, reports and visits for every team each month."),
    (["LG3"], "strength", "BOARD_PAPERS", "The board receives a quarterly performance report and questions the variation between teams."),
    (["LG3"], "strength", "INT_MANAGER", "Team managers use the monthly performance report to plan their allocation meetings."),
    (["LG3"], "strength", "QA_AUDIT", "The quality audit programme samples cases in each team and reports to the executive."),
    (["LG7"], "strength", "QA_AUDIT", "Audit findings are fed back to teams in learning sessions within a month."),
    (["LG7"], "strength", "INT_PRACTITIONER", "Practitioners gave examples of practice changed after a serious case review."),
    (["LG7"], "strength", "INT_MANAGER", "Managers showed how research on sibling contact reached the practice guidance."),
    (["LG1"], "strength", "INT_PRACTITIONER",
     "Practitioners in both areas could describe the chief executive's three priorities for the year."),
    (["LG1"], "strength", "BOARD_PAPERS",
     "The strategy puts children's experience first, and the board tracks each priority against its milestones."),
    (["LGS3"], "strength", "INT_MANAGER",
     "Secure accommodation applications go to a senior guardian on the day they are issued."),
]  # fmt: skip


def leadership(path: Path) -> Small:
    """A small inspection (two of the areas, six strong cases each) whose leadership is
    judged outstanding on the national notes above: the weaknesses known and a plan
    (three notes) but a waiting list that grew before it was escalated (one), the
    culture, performance management and learning on three or four notes each, leaders'
    priorities on two, and secure accommodation on one."""
    s = Small(path, areas=AREAS[:2], framework="cafcass-2021")
    for code, _name, _visited in AREAS[:2]:
        for k in range(6):
            case = s.case(area=code, law="PRIVATE" if k < 4 else "PUBLIC")
            s.ev(case, ["QP3"], "strength", WISHES[k % len(WISHES)])
            s.ev(case, ["QP7"], "strength", ANALYSIS[k % len(ANALYSIS)])
    for crits, polarity, source, text in NATIONAL:
        s.national(crits, polarity, text, source)
    for jid, grade in (("J21-1", "good"), ("J21-2", "good"), ("J21-3", "outstanding")):
        s.judge(jid, grade)
    return s
