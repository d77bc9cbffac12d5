"""A hand-written inspection under the 2018 framework, good overall with one area far
apart at each end (issue 15, kf22: tester 21's A3, A5 and A8, and London's two halves
named alone).  None of its text is the demo's, a tester's or the real report's.

Five visited areas: Fenmoor (31) judged outstanding, Calder Reach (32) and the two halves
of Riverside North (15a Eastgate, 15b Westgate, which the framework reports together)
judged good, Wyndham (33) judged inadequate.

- Fenmoor: the child's wishes and feelings (QP3) and direct work (QP5) are strong in all
  six of its cases, yet the file (QP11) falls short in five of them ("minor" gaps): its
  own evidence disputes its grade.  Elsewhere the two criteria split evenly.
- Wyndham: the advice to the court (SW2) falls short in its four public law cases, the
  only ones against it (two public law cases elsewhere have sound advice); delay (QP1)
  and the initial risk assessment (QP2) fall short in most of its cases.
- Private law, nationally: domestic abuse is named in ten cases' notes, the work sound
  in six and weak in four; in all four the court was not told what the abuse means for
  the child, and in three the recommendation was not squared with the abuse history.
  Five more private law cases' notes say the family's religion was not mentioned.
- The guardian's relationship with the child (QPN1) is noted, as a strength, only on the
  public law cases of Riverside North's two halves: a national section's example of it
  is said of Riverside North.
- National notes on the leaders: complaints and feedback two each way, one saying
  complaints about contact arrangements have trebled; learning from audits two for, one
  with its figure in shorthand ("Audits completed on time in 94% of teams").
- Workforce planning (LG8): a manager on agency staff, and a staff survey note filed
  under it and the culture (LG5) whose weakness is caseloads ("70% say their team
  manager is approachable" is its other, positive, clause).  The priorities (LG1): board
  papers, and a staff survey note listing its figures with commas.
- One hedged note about Eastgate's leaders (a plan too new to judge), filed for the
  national leadership: said of Riverside North, not of Eastgate alone.
Every national judgement is good.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [
    ("31", "Fenmoor", True),
    ("32", "Calder Reach", True),
    ("33", "Wyndham", True),
    ("15a", "Riverside North (Eastgate)", True),
    ("15b", "Riverside North (Westgate)", True),
]
GRADES = {"31": "outstanding", "32": "good", "33": "inadequate", "15a": "good", "15b": "good"}

WISHES_GOOD = (
    "The girl's drawings of both homes are in the report and her worries are put in her words.",
    "The practitioner asked the boy what he wanted on two visits and the report keeps his phrasing.",
)
WISHES_WEAK = "The report tells the court what the parents want and nothing of the child's view."
DIRECT_GOOD = (
    "Direct work used a sand tray and a family map so the younger child could show who matters.",
    "A life-story session with the teenager helped him explain why he wants to stay at his aunt's.",
)
DIRECT_WEAK = "No direct work is on file before the report was filed."
FILE_MINOR = (
    "Minor: the case plan was not updated after the second hearing. Otherwise a strong file.",
    "Minor gap: two visits were written up a fortnight late; the rest of the file is thorough.",
)
ADVICE_WEAK = (
    "The advice in the position statement gave the court no view on whether the interim placement was safe.",
    "The guardian's advice at the hearing repeated the council's care plan without testing any of it.",
)
ADVICE_GOOD = "The guardian's analysis gave the court a clear view on the care plan and why."
DELAY_WEAK = (
    "The report was filed three weeks after the date the court set, and the hearing moved.",
    "Allocation took five weeks and the child waited for a first visit all that time.",
)
RISK_WEAK = (
    "Screening calls were not made before the first hearing and the checks came back late.",
    "The safety checks were requested but nobody read the police reply before the hearing.",
)
SEEN_GOOD = "The child was seen at home and again at school, on her own both times."
DA_GOOD = (
    "The practitioner screened for domestic abuse at the first call and used it in the analysis.",
    "Domestic abuse was explored with each parent separately and its effect on the boy set out.",
)
DA_WEAK = (
    "Court not told what the domestic abuse means for the child. Recommendation for overnight stays not reconciled with the abuse history.",
    "Court not told what the domestic abuse means for the child; recommendation for more contact not reconciled with the abuse history.",
    "Court not told what the domestic abuse means for the child. Recommendation for handovers at the father's flat not reconciled with the abuse history.",
    "Court not told what the domestic abuse means for the child.",
)
RELIGION_WEAK = (
    "Religion not mentioned in the report although the family asked for a faith-based school.",
    "Religion not mentioned anywhere, though the mother raised the children's church as a worry.",
)
BOND_GOOD = (
    "The guardian has visited the twins every month since the first hearing and they ask for her by name.",
    "The boy told the guardian about the fights at home because, he said, she always came back when she said she would.",
    "The guardian kept the same day and time for each visit and the girl wrote her a card when the case ended.",
)
# National notes on the leaders (J18-3): complaints and feedback (LG6) two each way, one
# against with a figure of change; learning from audits (LG7) two for, one with its
# figure written in shorthand (no "are").
NATIONAL = [
    (["LG6"], "development", "COMPLAINTS",
     "Complaints from fathers about contact arrangements have trebled over the year."),
    (["LG6"], "development", "COMPLAINTS",
     "Several complainants waited more than two months for a reply and none was told what would change."),
    (["LG6"], "strength", "SURVEY_USER",
     "Parents who gave feedback said their practitioner explained the process and listened to them."),
    (["LG6"], "strength", "INT_MANAGER",
     "The feedback lead showed how young people's comments changed the wording of the letters to children."),
    (["LG7"], "strength", "QA_AUDIT",
     "Audits completed on time in 94% of teams; the findings go to every team meeting."),
    (["LG7"], "strength", "BOARD_PAPERS",
     "Board minutes record the themes from practice audits and the actions taken on each."),
    (["LG8"], "development", "INT_MANAGER",
     "The head of recruitment said three areas rely on agency practitioners for a quarter of their posts."),
    (["LG5", "LG8"], "development", "SURVEY_STAFF",
     "Staff survey: 44% of practitioners say their caseload is too high to do good work; 70% say their team manager is approachable."),
    (["LG1"], "strength", "BOARD_PAPERS",
     "Board papers set three priorities for the year, each with a named director and a budget."),
    (["LG1"], "strength", "SURVEY_STAFF",
     "Staff survey: 1,020 responses; 90% proud to work for the service, 84% can name the service's priorities, 77% say the priorities shape their work."),
]  # fmt: skip
HEDGED_PLAN = (
    "The new head of service in Eastgate has a recovery plan for late reports, but it is "
    "too early to see its effect on children."
)


def build(path: Path) -> Small:
    """See the module docstring."""
    s = Small(path, areas=AREAS)
    private = 0
    for code, _name, _v in AREAS:
        for j in range(6):
            law = "PUBLIC" if j < 3 else "PRIVATE"
            case = s.case(area=code, law=law, age=("5-9", "10-13", "14-15")[j % 3])
            s.ev(case, ["QP8"], "strength", SEEN_GOOD)
            _area_notes(s, code, case, j)
            if law == "PUBLIC" and code in ("15a", "15b"):
                s.ev(case, ["QPN1"], "strength", BOND_GOOD[j])
            if law == "PUBLIC" and code in ("32", "15b") and j == 0:
                s.ev(case, ["SW2"], "strength", ADVICE_GOOD)
            if law == "PRIVATE" and code != "31":
                _private_notes(s, case, private)
                private += 1
    s.about_area("15a", ["LG1"], "strength", HEDGED_PLAN, "INT_MANAGER")
    for crits, polarity, source, text in NATIONAL:
        s.national(crits, polarity, text, source)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    for code, grade in GRADES.items():
        s.judge("J18-4A", grade, area=code)
    return s


def _area_notes(s: Small, code: str, case: str, j: int) -> None:
    """Each area's own notes on the `j`th of its six cases (see the module docstring)."""
    if code == "31":
        s.ev(case, ["QP3"], "strength", WISHES_GOOD[j % 2])
        s.ev(case, ["QP5"], "strength", DIRECT_GOOD[j % 2])
        if j < 5:
            s.ev(case, ["QP11"], "development", FILE_MINOR[j % 2])
    elif code == "33":
        if j < 3:
            s.ev(case, ["SW2"], "development", ADVICE_WEAK[j % 2])
        if j < 5:
            s.ev(case, ["QP1"], "development", DELAY_WEAK[j % 2])
            s.ev(case, ["QP2"], "development", RISK_WEAK[j % 2])
        if j == 3:
            s.ev(case, ["SW2"], "development", ADVICE_WEAK[1])
    elif j < 2:  # the other areas: wishes and direct work split about evenly
        s.ev(
            case, ["QP3"], "strength" if j else "development", WISHES_GOOD[0] if j else WISHES_WEAK
        )
        s.ev(
            case, ["QP5"], "development" if j else "strength", DIRECT_WEAK if j else DIRECT_GOOD[1]
        )


def _private_notes(s: Small, case: str, k: int) -> None:
    """The `k`th private law case outside Fenmoor (12 of them): domestic abuse in the
    first ten (sound in six, weak in four), the family's religion unmentioned in the
    last two and three more with domestic abuse (see the module docstring)."""
    if k < 6:
        s.ev(case, ["QP2"], "strength", DA_GOOD[k % 2])
    elif k < 10:
        s.ev(case, ["QP7"], "development", DA_WEAK[k - 6])
    if k >= 7:
        s.ev(case, ["QP4"], "development", RELIGION_WEAK[k % 2])
