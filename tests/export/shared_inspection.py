"""A 2013-framework inspection written by hand for the rule on criteria two judgements
share (`exporters.draft.judgementpool`; tester 13's F14): three visited areas of clearly
different quality whose files show late checks, children not seen and information not
shared (safeguarding failures, linked to the safeguarding judgement first and weighed in
the quality of practice), beside reports, direct work and wishes and feelings that are
mostly good.  The lead grades safeguarding as requiring improvement and the quality of
practice good, as tester 13 did.  Every note is in an inspector's own words, written
here; nothing comes from the demo generator."""

from __future__ import annotations

from pathlib import Path

from store.models import Evidence
from tests.export.small import Small

AREAS = [("1", "Northfield", True), ("2", "Eastmoor", True), ("3", "Southgate", True)]

# Late or missing checks (QP2), in the ways inspectors put them.
CHECKS_LATE = [
    "Police checks were requested only after the first hearing; the safety letter went without them.",
    "No local authority checks on the new partner, although the mother named him at screening.",
    "Screening interviews with the father were not done; the risk assessment rests on the application form.",
    "Checks came back three weeks late and nobody read them before the report was filed.",
    "The screening missed a previous child protection plan that the LA check would have shown.",
]
CHECKS_DONE = [
    "Police and LA checks were back before the hearing and were weighed in the safety letter.",
    "Both parents were interviewed at screening and the domestic abuse history was explored.",
    "The risk assessment at the start named each known risk and how it would be checked.",
]
# Children not seen, or not seen alone (QP8).
NOT_SEEN = [
    "The boy was never seen; the report relies on what his mother said about him.",
    "The girl was seen once with her father in the room and not on her own.",
    "No visit to the child before the final report; the FCA spoke to her by phone only.",
    "The twins were not seen at all during the proceedings, and the file gives no reason.",
    "The child was seen at the office with her mother present; no time alone was offered.",
]
SEEN = [
    "The FCA saw the boy alone at school and again at home before writing the report.",
    "The guardian visited the girl three times, once on her own at the contact centre.",
    "Both children were seen separately and their views written up the same day.",
]
# Information not shared (QP12).
NOT_SHARED = [
    "The school was not told of the concerns the guardian found, so it could not keep watch.",
    "The LA's social worker heard of the new allegation from the court, not from the FCA.",
    "Information from the health visitor was asked for but never chased or used.",
]
SHARED = [
    "The FCA shared the new concern with the LA the same day and recorded the reply.",
    "The guardian passed the school's account to the social worker before the review.",
]
# Following up safeguarding concerns (SW1).
FOLLOWED_UP = [
    "A disclosure at school was followed up with the LA within a day and the plan changed.",
    "The concern raised by the nursery was acted on and the outcome recorded.",
]
NOT_FOLLOWED = [
    "A referral the FCA said she would make is not on the file and was never made.",
    "The mother's report of threats was noted but nothing was done about it for a month.",
]
# Practice that is mostly good: reports (QP7), direct work (QP5), wishes and feelings (QP3).
GOOD_WORK = {
    "QP7": [
        "The analysis weighs each option for the child and the recommendation follows from it.",
        "The report explains the risks and what would reduce them, in plain words.",
        "The recommendation is reasoned and the court adopted it.",
    ],
    "QP5": [
        "Direct work used drawings and a three houses exercise to help the boy talk.",
        "The guardian used a life story book with the girl over two visits.",
        "Play-based work helped the younger child show how contact felt.",
    ],
    "QP3": [
        "The report gives the girl's wishes in her own words and explains them.",
        "The boy's feelings about moving school are set out and weighed in the recommendation.",
        "The teenager's wish to live with his grandmother is given weight and context.",
    ],
}
WEAK_WORK = {
    "QP7": "The report retells the history but does not analyse what it means for the child.",
    "QP5": "No direct work is recorded; the report was written after one short meeting.",
    "QP3": "The child's wishes are not recorded; the report gives only the parents' views.",
}
A_CHILD_SAID = "Nobody asked me what I wanted, they only talked to mum."


def _pick(options: list[str], k: int) -> str:
    return options[k % len(options)]


def build(path: Path) -> Small:
    """Write the inspection: ten cases in each area, Area 1 strong, Area 2 middling,
    Area 3 weak on safeguarding; the national judgements graded as tester 13 did."""
    s = Small(path, areas=AREAS, framework="cafcass-2013")
    weak_share = {"1": 0.2, "2": 0.6, "3": 0.9}  # of the cases weak on safeguarding
    n = 0
    for area in ("1", "2", "3"):
        for k in range(10):
            n += 1
            law = "PUBLIC" if k % 2 else "PRIVATE"
            case = s.case(area=area, law=law, age="10-13" if k % 3 else "5-9")
            weak = k < round(10 * weak_share[area])
            _safeguarding(s, case, n, weak, area == "3" and k < 3)
            if area == "3" and k == 3:  # a concern tagged with reports and with follow-up
                s.store.put_evidence(Evidence(
                    case_id=case, criteria=["QP7", "SW1"], source="CASE_FILE",
                    polarity="development", text="The report left out the father's new "
                    "conviction, so the court did not hear of the risk it posed.",
                    safeguarding="A conviction relevant to risk not put before the court.",
                    escalation="needs-escalation",
                ))  # fmt: skip
            for crit, options in GOOD_WORK.items():
                bad = area == "3" and k == 9 or (area == "2" and k == 0 and crit == "QP7")
                s.ev(case, [crit], "development" if bad else "strength",
                     WEAK_WORK[crit] if bad else _pick(options, n))  # fmt: skip
    for jid, grade in (("J13-0", "requires-improvement"), ("J13-1", "requires-improvement"),
                       ("J13-2", "good"), ("J13-3", "requires-improvement")):  # fmt: skip
        s.judge(jid, grade, rationale="Settled at the judgement meeting.")
    return s


def _safeguarding(s: Small, case: str, n: int, weak: bool, escalate: bool) -> None:
    """A case's notes on checks, seeing the child, sharing information and following up
    concerns: weak ones where `weak`, the first of them an escalated concern where
    `escalate`; a child's words on one weak case's note on being seen."""
    if escalate:
        s.store.put_evidence(Evidence(
            case_id=case, criteria=["QP2"], source="CASE_FILE", polarity="development",
            text=_pick(CHECKS_LATE, n), safeguarding="Known risk from the new partner not checked.",
            escalation="escalated", escalation_note="Raised with the service manager.",
        ))  # fmt: skip
    else:
        s.ev(case, ["QP2"], "development" if weak else "strength",
             _pick(CHECKS_LATE if weak else CHECKS_DONE, n))  # fmt: skip
    words = A_CHILD_SAID if weak and n == 27 else ""
    s.ev(case, ["QP8"], "development" if weak else "strength",
         _pick(NOT_SEEN if weak else SEEN, n), source="INT_CHILD" if words else "CASE_FILE",
         child_words=words)  # fmt: skip
    if n % 2:
        s.ev(case, ["QP12"], "development" if weak else "strength",
             _pick(NOT_SHARED if weak else SHARED, n))  # fmt: skip
    if n % 3 == 0:
        s.ev(case, ["SW1"], "development" if weak else "strength",
             _pick(NOT_FOLLOWED if weak else FOLLOWED_UP, n))  # fmt: skip
