"""Hand-written 2018-framework inspections for kf29's rules (issue 15, tester 28's
outstanding service), none of their text the demo's, a tester's or the real report's.

`service`: three visited areas (Hollins 41, Marsden 42, Tarnside 43) of eight cases each,
five private law and three public law (24 cases).  Every case has a strength note on the
child's wishes and feelings (QP3); each private law case one on the analysis in its
report (QP7), each public law case one on the guardian's challenge to the local
authority's plan (SW3).  Each private law case has a note on how concerns for the child's
safety were followed up (SW1): poor in `unsafe` of them (spread over the areas, the first
escalated to senior managers), good in the rest; with `public_safe`, each public law
case has a note that concerns were followed up well too; with `impact`, two private
law cases of each area have a second note on the child's wishes saying what the work
did for the child; with `late`, the first hearing is put
back in that many private law cases (QP1).  The judgements are as given (each area
graded as private law is).
"""

from __future__ import annotations

from pathlib import Path

from store.models import Evidence
from tests.export.small import Small

AREAS = [("41", "Hollins", True), ("42", "Marsden", True), ("43", "Tarnside", True)]

WISHES = (
    "Her worries about moving house are written in the report as she put them.",
    "The boy's three wishes, drawn on a card, were shared with the court.",
    "The report says which parent each twin wants to live with, and why.",
    "What the girl hopes for at weekends is set out and weighed against the risks.",
)
ANALYSIS = (
    "The report weighs the father's new partner's history against the boy's need for contact.",
    "Each option is tested against the girl's needs before a plan is recommended.",
    "The officer explains why the risk from the mother's drinking has reduced.",
)
CHALLENGE = (
    "The guardian questioned the delay in assessing the aunt, and it was started the next week.",
    "The guardian argued that the brothers should be placed together, and the plan was changed.",
    "The guardian pressed for a later review of contact with the father and the court agreed.",
)
SAFE = (
    "A school's report of bruising was passed to children's services the same afternoon.",
    "When the mother's new partner was named, police checks were run and shared within two days.",
    "The officer told the court at once about a threat made at the handover.",
)
UNSAFE = (
    "A referral from the health visitor sat unread on the file for three weeks.",
    "The father's new conviction was known to the team but not shared with the local authority.",
    "Nobody followed up the school's call about the boy's injury before the hearing.",
    "A disclosure at the contact centre was recorded but not acted on for a month.",
    "The neighbour's report of shouting at night was never checked.",
    "No one asked the police about the incident the girl described.",
)
PUBLIC_SAFE = (
    "The guardian asked for a risk assessment of the uncle as soon as he was named.",
    "The guardian raised the baby's missed health checks with the social worker that week.",
    "New information from the police was put before the court by the guardian the next day.",
)
# What the work on a child's wishes did for the child (with `impact`): a second note on
# the wishes of the first two private law cases of each area.
IMPACT = (
    "The officer set out the boy's wishes and fears about handovers, and as a result the court moved them to his school.",
    "The report gave the girl's wishes and feelings about her friends, so that the court kept her at her school.",
    "The twins' wishes and feelings were gathered through play, and as a result the children's own views shaped the plan.",
    "The teenager's wishes and views were given in his own words, and as a result he now chooses his visits.",
    "The girl's views were written to the judge in her own voice, which meant the child felt heard and listened to.",
    "The boy's wishes were explored with pictures, so that the child's feelings about the move were clear to the court.",
)  # fmt: skip
LATE = "The first hearing was adjourned because the safeguarding letter came late."


def service(
    path: Path, *, unsafe: int = 3, late: int = 0, private: str = "outstanding",
    public: str = "good", leaders: str = "outstanding", overall: str = "outstanding",
    public_safe: bool = False, impact: bool = False,
) -> Small:  # fmt: skip
    """The inspection, open (see the module docstring)."""
    s = Small(path, areas=AREAS)
    n = p = 0
    for code, _name, _visited in AREAS:
        for k in range(8):
            law = "PRIVATE" if k < 5 else "PUBLIC"
            case = s.case(area=code, law=law, age=("5-9", "10-13")[n % 2])
            s.ev(case, ["QP3"], "strength", WISHES[n % len(WISHES)])
            if impact and k < 2:
                s.ev(
                    case, ["QP3"], "strength", IMPACT[2 * AREAS.index((code, _name, _visited)) + k]
                )
            n += 1
            if law == "PUBLIC":
                s.ev(case, ["SW3"], "strength", CHALLENGE[k % len(CHALLENGE)])
                if public_safe:
                    s.ev(case, ["SW1"], "strength", PUBLIC_SAFE[k % len(PUBLIC_SAFE)])
                continue
            s.ev(case, ["QP7"], "strength", ANALYSIS[k % len(ANALYSIS)])
            # The private law cases by turns across the areas (1st of each area, then 2nd ...).
            turn = k * len(AREAS) + AREAS.index((code, _name, _visited))
            if turn < unsafe and turn == 0:
                s.store.put_evidence(Evidence(
                    case_id=case, criteria=["SW1"], source="CASE_FILE", polarity="development",
                    text=UNSAFE[0], safeguarding="A health referral not read for three weeks.",
                    escalation="escalated", escalation_note="Raised with the service manager.",
                ))  # fmt: skip
            elif turn < unsafe:
                s.ev(case, ["SW1"], "development", UNSAFE[turn % len(UNSAFE)])
            else:
                s.ev(case, ["SW1"], "strength", SAFE[p % len(SAFE)])
            if turn < late:
                s.ev(case, ["QP1"], "development", LATE)
            p += 1
        s.judge("J18-4A", private, area=code)
    for jid, grade in (("J18-0", overall), ("J18-1", private), ("J18-2", public),
                       ("J18-3", leaders), ("J18-4", leaders)):  # fmt: skip
        s.judge(jid, grade)
    return s
