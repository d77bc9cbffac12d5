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
