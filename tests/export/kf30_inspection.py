"""A hand-written 2021 inspection for kf30's tests (issue 15, session 30): a weak service
whose public law practice is inadequate, written by kf30 in its own words (none of it the
demo's, a tester's or the real report's).

Three visited areas (Ashworth 21, Brindle 22, Coldwell 23), each with four private law and
four public law cases (24 cases).

Public law (12 cases) is inadequate: concerns for the child's safety are not acted on in
nine of the 12 (`UNSAFE`; two escalated to senior managers; two others' notes say a child
was left at risk, `HARMED`; with `harm` off, no note says so), the analysis in reports is weak in nine,
children are not seen alone in eight, and no manager has looked at the file in ten.  Its one strength: reports reach the
court on time in nine of the 12 (QP1).  With `impact`, the notes on the analysis and on
seeing the child say what followed for the child, and a few strength notes say what the
work did for a child; without it, no note says what happened for a child.

Private law (12 cases) requires improvement: the child's wishes and feelings are well
gathered in nine of the 12, initial risk assessment is sound in eight, but safety concerns
are not followed up in four (a material minority) and the analysis is weak in six.

Leaders (national notes) do not know: their audits grade most public law work good, and the
head of practice told inspectors public law practice is strong.  Their plan is about private
law.  The judgements: private law requires improvement, public law inadequate, leaders
require improvement (`grades` changes them).
"""

from __future__ import annotations

from pathlib import Path

from store.models import Evidence
from tests.export.small import Small

AREAS = [("21", "Ashworth", True), ("22", "Brindle", True), ("23", "Coldwell", True)]

# Public law: what fell short, case by case (the public law cases by turn across the areas).
UNSAFE = (
    "The guardian knew of the father's return to the home and did not tell the local authority for five weeks.",
    "A police report of a new assault on the mother was filed and no one acted on it before the hearing.",
    "The guardian did not question a plan that left the toddler at home with an untreated injury unexplained.",
    "Concerns from the school about the boy's weight loss were logged but not followed up, and the boy was left at risk until the next hearing.",
    "The girl's disclosure to her foster carer was not passed on for a month.",
    "The guardian accepted the social worker's view that risks had reduced without checking it.",
    "The nursery's concerns about the toddler's missed medical appointments were never followed up, and the toddler was left at risk of harm.",
    "A referral about the older brother's drug use was on file and not weighed in the advice.",
    "The guardian did not read the parenting assessment before agreeing to the children going home.",
)
SAFE = (
    "The guardian raised the mother's new partner with the local authority the day she learned of him.",
    "Each new police report was checked by the guardian and its risks put to the court.",
    "The guardian pressed for a medical when bruising was seen, and it took place that week.",
)
ANALYSIS_POOR = (
    "The report repeats the local authority's account and gives no analysis of the risks.",
    "The guardian's report lists the parents' histories but does not say what they mean for the baby.",
    "There is no weighing of the options for the children; the recommendation simply agrees with the plan.",
)
ANALYSIS_GOOD = (
    "The report weighs placement with the aunt against foster care and explains its advice."
)
SEEN_POOR = (
    "The guardian saw the girl once, at the contact centre with her mother present, and never alone.",
    "The children were not seen alone before the final report was written.",
)
SEEN_GOOD = "The guardian saw the boy alone at school twice, at a pace that suited him."
OVERSIGHT_POOR = "No manager has looked at or signed the file since the guardian was appointed."
OVERSIGHT_GOOD = (
    "The manager's note at allocation names the risks, and the guardian acted on each of them."
)
ON_TIME = (
    "The initial analysis was filed with the court on the day it was due.",
    "The final report was filed before the deadline the court set.",
    "Each position statement reached the court in time for the hearing.",
)
LATE = "The final report was filed nine days after the court's deadline."

# With `impact`: what followed for the child, in the notes on the analysis and on seeing.
ANALYSIS_IMPACT = (
    "The report gives no analysis of the father's violence, and as a result the court agreed contact that frightened the girl.",
    "Because the report did not weigh the risks, the baby went home to a household where the risks were unassessed.",
)  # fmt: skip
SEEN_IMPACT = "The boy was never seen alone, and as a result his wish to stay with his grandmother was not known to the court."
STRENGTH_IMPACT = (
    "The guardian's challenge to the care plan meant the sisters were placed together, and the girls are now settled at school.",
)

# Private law.
WISHES = (
    "The report sets out what the boy wants at weekends, in his words, and why.",
    "The girl's worries about changing schools are written up as she told them.",
    "The twins' different wishes about living with their father are each explained.",
)
WISHES_IMPACT = "The officer wrote the girl's wishes about her father's new home in her own words, and as a result the court kept her at her school."
WISHES_POOR = "The report gives the mother's view and nothing of what the child wants."
RISK_GOOD = "Police and local authority checks were done and weighed before the first hearing."
RISK_POOR = "The safeguarding letter was written without the police checks, which came later."
FOLLOW_POOR = (
    "The school's report of the child's bruise was not followed up before the report was filed.",
    "A new allegation by the mother was noted and not checked with the police.",
    "The practitioner did not tell the local authority of the father's new conviction.",
    "A disclosure at the contact centre was recorded and not acted on.",
)
FOLLOW_GOOD = "When the father's new partner was named, the practitioner ran checks and shared them the same week."
PRIVATE_ANALYSIS_POOR = (
    "The report describes the dispute but does not analyse the risks to the child."
)
PRIVATE_ANALYSIS_GOOD = (
    "The report tests each parent's proposal against the child's needs before recommending."
)

UNFOLLOWED = (0, 4, 8, 10)  # the private law cases whose safety concerns were not followed up
GRADES = {"J21-1": "requires-improvement", "J21-2": "inadequate", "J21-3": "requires-improvement"}


# The public law cases whose notes say a child was left at risk; with `harm` off, their
# notes say only what fell short.
HARMED = (3, 6)
UNHARMED = {
    3: "Concerns from the school about the boy's weight loss were logged but not followed up.",
    6: "The nursery's concerns about the toddler's missed medical appointments were never followed up.",
}


def build(
    path: Path, *, impact: bool = False, harm: bool = True, grades: dict[str, str] | None = None
) -> Small:
    """The inspection, open (see the module docstring)."""
    s = Small(path, areas=AREAS, framework="cafcass-2021")
    # The cases by turns across the areas, so that each area holds its share of each
    # weakness (the weaknesses are the service's, widespread, not one area's).
    for n in range(12):
        code = AREAS[n % 3][0]
        _private(s, s.case(area=code, law="PRIVATE", age=("5-9", "10-13")[n % 2]), n, impact)
    for n in range(12):
        code = AREAS[n % 3][0]
        _public(s, s.case(area=code, law="PUBLIC", age=("2-4", "10-13")[n % 2]), n, impact, harm)
    _leaders(s)
    for jid, grade in (grades or GRADES).items():
        s.judge(jid, grade)
    return s


def _public(s: Small, case: str, n: int, impact: bool, harm: bool) -> None:
    """Public law case number `n` (0-11): weak by turns, as the module docstring says."""
    if n < 9:
        if n in (0, 4):
            s.store.put_evidence(Evidence(
                case_id=case, criteria=["SW1"], source="CASE_FILE", polarity="development",
                text=UNSAFE[n],
                safeguarding="A concern for the child's safety not passed on.",
                escalation="escalated", escalation_note="Raised with the head of practice.",
            ))  # fmt: skip
        else:
            s.ev(
                case, ["SW1"], "development", UNSAFE[n] if harm or n not in HARMED else UNHARMED[n]
            )
    else:
        s.ev(case, ["SW1"], "strength", SAFE[n - 9])
    if n < 9:
        text = ANALYSIS_IMPACT[n] if impact and n < 2 else ANALYSIS_POOR[n % 3]
        s.ev(case, ["QP7"], "development", text)
    else:
        s.ev(case, ["QP7"], "strength", ANALYSIS_GOOD)
    if n < 8:
        text = SEEN_IMPACT if impact and n == 3 else SEEN_POOR[n % 2]
        s.ev(case, ["QP8"], "development", text)
    else:
        s.ev(case, ["QP8"], "strength", SEEN_GOOD)
    if n < 10:
        s.ev(case, ["QPN4"], "development", OVERSIGHT_POOR)
    else:
        s.ev(case, ["QPN4"], "strength", OVERSIGHT_GOOD)
    if n < 9:
        s.ev(case, ["QP1"], "strength", ON_TIME[n % 3])
    else:
        s.ev(case, ["QP1"], "development", LATE)
    if impact and n == 10:
        s.ev(case, ["SW3"], "strength", STRENGTH_IMPACT[0])


def _private(s: Small, case: str, n: int, impact: bool) -> None:
    """Private law case number `n` (0-11): requires improvement."""
    if n < 9:
        s.ev(case, ["QP3"], "strength", WISHES_IMPACT if impact and n == 1 else WISHES[n % 3])
    else:
        s.ev(case, ["QP3"], "development", WISHES_POOR)
    s.ev(case, ["QP2"], *(("strength", RISK_GOOD) if n < 8 else ("development", RISK_POOR)))
    if n in UNFOLLOWED:
        s.ev(case, ["SW1"], "development", FOLLOW_POOR[UNFOLLOWED.index(n)])
    else:
        s.ev(case, ["SW1"], "strength", FOLLOW_GOOD)
    if n % 2 == 0:
        s.ev(case, ["QP7"], "development", PRIVATE_ANALYSIS_POOR)
    else:
        s.ev(case, ["QP7"], "strength", PRIVATE_ANALYSIS_GOOD)


def _leaders(s: Small) -> None:
    """The national notes: leaders unaware of public law's weaknesses."""
    s.national(["LG3"], "development",
               "Internal audits graded eight of ten public law cases good; inspectors found most of the same work inadequate.",
               "QA_AUDIT")  # fmt: skip
    s.national(["LG4"], "development",
               "The head of practice described public law work as strong and did not know that risks were being left unaddressed.",
               "INT_MANAGER")  # fmt: skip
    s.national(["LG4"], "development",
               "Managers' oversight of public law files is absent in most cases, and leaders had not noticed.",
               "BOARD_PAPERS")  # fmt: skip
    s.national(["LG1"], "strength",
               "The plan to improve private law work sets clear targets for safeguarding letters.",
               "BOARD_PAPERS")  # fmt: skip
    s.national(
        ["LG8"],
        "development",
        "Guardians hold 26 to 30 cases each, against a target of 20.",
        "PERF_DATA",
    )
    s.national(
        ["LG5"],
        "strength",
        "Staff say their managers are approachable and supportive.",
        "SURVEY_STAFF",
    )
