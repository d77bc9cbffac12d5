"""Small 2018-framework inspections written by hand for kf19's rules (issue 15, tester
18's F15 and N5, and an outstanding inspection, tester 19's kind), none of their text
the demo's or a tester's.

`broad_strength`: private law judged good, public law requires improvement.  The
private law cases' main strength is the first risk assessment, sound in 14 of 22 cases
and weak in eight (not twice as many for as against); three smaller strengths hold in
every case with a view (the advice to the court in seven, interviews with parents in
six, keeping the child central in five); the analysis in reports splits evenly, 11 and
10.  The public law cases fall short on planning and delay.

`outstanding`: everything judged outstanding (or, with `leaders`, the national
leadership graded otherwise).  The cases are strong almost throughout: 24 private and
12 public law cases, each with four strength notes, and two development notes in all.
The leadership's notes about the service say leaders know where practice falls short
(a manager's account), that they have a plan (board papers), and that its effect is
not seen yet (the performance figures, a development note).
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

RISK_GOOD = (
    "Police and council checks came back before the first hearing and were weighed.",
    "The screening call drew out the history of threats and the checks were chased.",
    "Risks from the new partner were assessed before any contact was proposed.",
)
RISK_WEAK = (
    "The checks were requested late and the letter to court went without them.",
    "Risk was not assessed at the start; the threats mentioned on the form were missed.",
)
FEW = {
    "SW2": "The court was told clearly why supervised contact was the safer course.",
    "QPN2": "The call with the mother before the hearing set out what would happen next.",
    "QP4": "Every step in the plan was tested against what the boy needs now.",
}
ANALYSIS = (
    "The report weighs the options for the girl and the recommendation follows from them.",
    "The report lists both parents' positions and offers no weighing of its own.",
)
PUBLIC_WEAK = {
    "QP6": "The care plan had no dates and nobody checked it after the hearing.",
    "QP1": "The final hearing slipped twice while the assessment waited for allocation.",
}


def broad_strength(path: Path) -> Small:
    """See the module docstring: 22 private and 10 public law cases in Wessex."""
    s = Small(path)
    for n in range(22):
        case = s.case(law="PRIVATE", age="10-13" if n % 2 else "5-9")
        if n < 8:
            s.ev(case, ["QP2"], "development", RISK_WEAK[n % len(RISK_WEAK)])
        else:
            s.ev(case, ["QP2"], "strength", RISK_GOOD[n % len(RISK_GOOD)])
        for limit, crit in ((7, "SW2"), (6, "QPN2"), (5, "QP4")):
            if n >= 22 - limit:
                s.ev(case, [crit], "strength", FEW[crit])
        if n < 21:  # analysis: sound in 11, weak in 10
            s.ev(case, ["QP7"], "strength" if n % 2 == 0 else "development", ANALYSIS[n % 2])
    for n in range(10):
        case = s.case(law="PUBLIC", age="5-9")
        for crit, text in PUBLIC_WEAK.items():
            s.ev(case, [crit], "development" if n < 8 else "strength",
                 text if n < 8 else "The plan and its timetable were kept to.")  # fmt: skip
    s.judge("J18-0", "requires-improvement")
    s.judge("J18-1", "good")
    s.judge("J18-2", "requires-improvement")
    s.judge("J18-3", "requires-improvement")
    return s


STRONG_NOTES = {
    "QP3": "What the child wants is set out in her own words and weighed in the report.",
    "QP5": "The practitioner used a life-story book with the boy over three visits.",
    "QP7": "The analysis is sharp and the recommendation follows from the risks weighed.",
    "QP8": "The child was seen alone at school and again at home, at her own pace.",
}
WEAK_NOTES = (
    ("QP11", "The file had not been updated after the second hearing."),
    ("QP5", "Only one short visit was made before the report was filed."),
)
LEADERS = (
    (["LG1"], "strength", "INT_MANAGER",
     "Senior leaders could name the two teams where visits lag, the same gaps we found."),
    (["LG1"], "strength", "BOARD_PAPERS",
     "The improvement plan sets a date for each team to meet the visiting standard."),
    (["LG3"], "development", "PERF_DATA",
     "Visit figures are unchanged since the improvement plan began in the spring."),
)  # fmt: skip


def outstanding(path: Path, leaders: str = "outstanding") -> Small:
    """See the module docstring: 24 private and 12 public law cases in Wessex."""
    s = Small(path)
    weak = iter(WEAK_NOTES)
    for n in range(36):
        law = "PRIVATE" if n < 24 else "PUBLIC"
        case = s.case(law=law, age="10-13" if n % 2 else "14-15")
        for crit, text in STRONG_NOTES.items():
            s.ev(case, [crit], "strength", text)
        if n in (5, 30):
            crit, text = next(weak)
            s.ev(case, [crit], "development", text)
    for crits, polarity, source, text in LEADERS:
        s.national(crits, polarity, text, source)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-4"):
        s.judge(jid, "outstanding")
    s.judge("J18-4A", "outstanding", area="6")
    s.judge("J18-3", leaders)
    return s


# A parent's mental health, which no criterion names, on the private law cases: where the
# work fell short, what the notes say was not done.
HEALTH_UNASSESSED = (
    "The mother's mental health was not assessed before overnight contact was proposed.",
    "Father's mental health was not assessed, though the school raised it twice.",
    "The mother's mental health was never assessed; the report relies on her own account.",
    "Mental health history on the referral; the father's mental health was not assessed.",
    "Mother's mental health was not assessed despite the GP letter on file.",
)
HEALTH_NO_REFERRAL = (
    "Worries about the father's mental health were noted, but no referral was made.",
    "The mother spoke of her mental health and low mood; no referral was made.",
    "Concerns about mental health were logged at screening and no referral was made.",
    "The father's mental health crisis in May is on file; no referral was made.",
    "Mother's mental health came up at the first call, yet no referral was made.",
    "The school described the father's mental health as fragile; no referral was made.",
)
HEALTH_GOOD = (
    "The father's mental health was weighed with a letter from his community nurse.",
    "The mother's mental health plan was read and its effect on the child considered.",
    "The report sets out how the mother's mental health affects her care of the boy.",
)


def subject_failures(path: Path) -> Small:
    """Fourteen private law cases in Wessex, private law judged to require improvement:
    a parent's mental health is a concern in 11, the work on it good in three and short
    in eight.  In five of those eight the notes say the parent's mental health was not
    assessed (in three of them, besides, that no referral was made); in the other three
    only that no referral was made.  Every case also has a plain note on the child's
    wishes, sound in most."""
    s = Small(path)
    for n in range(14):
        case = s.case(law="PRIVATE", age="10-13" if n % 2 else "5-9")
        if n < 5:
            s.ev(case, ["QP2"], "development", HEALTH_UNASSESSED[n])
            if n < 3:
                s.ev(case, ["SW1"], "development", HEALTH_NO_REFERRAL[n])
        elif n < 8:
            s.ev(case, ["SW1"], "development", HEALTH_NO_REFERRAL[n - 2])
        elif n < 11:
            s.ev(case, ["QP7"], "strength", HEALTH_GOOD[n - 8])
        s.ev(case, ["QP3"], "strength" if n % 4 else "development",
             "The child's own view is set out and weighed." if n % 4
             else "The report gives no view from the child.")  # fmt: skip
    s.judge("J18-0", "requires-improvement")
    s.judge("J18-1", "requires-improvement")
    return s


SEEN = ("The girl was seen alone at school before the report was written.",
        "The boy was only ever seen with his mother in the room.")  # fmt: skip
WEAK_FILES = {
    "QP11": "Nothing was written on the file between allocation and the hearing.",
    "QPN4": "No manager's note on the file; the report went without a sign-off.",
    "QP1": "The report was filed two weeks late and the hearing moved.",
}


def unstated_strength(path: Path) -> Small:
    """Twenty-four private law cases in Wessex, private law judged good and public law
    to require improvement.  The first risk assessment is sound in all 24 private law
    cases, the advice to the court in eight of eight, and children's wishes, direct
    work, analysis and listening to children each in 18 to 21 cases with nothing
    against; seeing children alone is sound
    in 13 and weak in nine (for in most of its cases, but a mixed point); three clear
    weaknesses, each in most of 10 or 12 cases (case recording, managers' oversight,
    delay), take the weaknesses a good section states.  Ten public law cases fall short
    on planning and delay, as in `broad_strength`."""
    s = Small(path)
    for n in range(24):
        case = s.case(law="PRIVATE", age="10-13" if n % 2 else "5-9")
        s.ev(case, ["QP2"], "strength", RISK_GOOD[n % len(RISK_GOOD)])
        if n < 8:
            s.ev(case, ["SW2"], "strength", FEW["SW2"])
        if n < 22:
            s.ev(case, ["QP8"], "strength" if n < 13 else "development", SEEN[n >= 13])
        for crit, most in (("QP3", 21), ("QP5", 20), ("QP7", 19), ("QP9", 18)):
            if n < most:
                s.ev(case, [crit], "strength", STRONG_NOTES.get(crit, ANALYSIS[0]))
        for k, (crit, text) in enumerate(WEAK_FILES.items()):
            if 2 * k <= n < 2 * k + 12:
                good = n >= 2 * k + 10
                s.ev(case, [crit], "strength" if good else "development",
                     "The file is current and signed off." if good else text)  # fmt: skip
    for n in range(10):
        case = s.case(law="PUBLIC", age="5-9")
        for crit, text in PUBLIC_WEAK.items():
            s.ev(case, [crit], "development" if n < 8 else "strength",
                 text if n < 8 else "The plan and its timetable were kept to.")  # fmt: skip
    s.judge("J18-0", "good")
    s.judge("J18-1", "good")
    s.judge("J18-2", "requires-improvement")
    return s
