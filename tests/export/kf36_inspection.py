"""A hand-written 2018 inspection for kf36's tests (issue 15, session 36), written by kf36
in its own words (none of it the demo's, a tester's or a real report's): a service judged
good, four visited areas (Fenmarch 21, Holtby 22, Wyvern 23, Saltmere 24), ten private
law cases read in each; Saltmere requires improvement.

- Children's wishes and feelings (QP3): weak in six of Saltmere's ten cases and in three
  of each other area's (nine of 30): spread by count (15 cases against, six of them
  Saltmere's), twice as common there by rate (`WISHES_WEAK`).
- Leadership (good): the rationale gives its reasons (`RATIONALE`): the board's plan
  (LG1, one board paper), work with the judiciary (LG2, one senior judge) and learning
  from complaints (LG6, the complaints log).  Diversity (LG9): the equality lead's account and interpreters and
  faith in three areas' case discussions, and a note in Saltmere on travel to rural homes filed
  under it (`SALTMERE_LG9`), which speaks of no part of diversity.
- Performance information (LG3): one figure, good across the region and lagging in
  Saltmere (`FIGURES`).
- `new_lead`: a leadership requiring improvement whose one strength is an acting head of
  service written as a note writes a job title (`ACTING_HEAD`).
- `outstanding`: a service judged outstanding, Fenmarch and Holtby outstanding, Wyvern
  good: its rationale says deaf children wait to be seen alone because signers are booked
  late, and four of its eight cases fall short on seeing children, each note naming the
  wait for a signer (`SIGNER_WAIT`).
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [("21", "Fenmarch", True), ("22", "Holtby", True), ("23", "Wyvern", True),
         ("24", "Saltmere", True)]  # fmt: skip
PER_AREA = 10
WISHES_WEAK = {"21": 3, "22": 3, "23": 3, "24": 6}

WISHES_GOOD = (
    "The report gives the boy's own reasons for wanting weekends with his dad.",
    "The officer wrote down what the girl said about her two homes and weighed it.",
)
WISHES_POOR = (
    "The report says what the parents want and nothing of what the child hopes for.",
    "The girl's views were taken at one short visit and not weighed against her age.",
    "Nothing in the report explains why the boy said he would rather not see his mother.",
)
SAFE_WORK = "Police and council checks came back before the first hearing and were acted on."
ANALYSIS_GOOD = "The analysis sets each option against the child's needs and the advice follows."

RATIONALE = (
    "Good: the board's plan sets clear priorities, close working with judges, learning from complaints; "
    "recruitment still slow in Saltmere."
)
NATIONAL = [
    (["LG1"], "strength", "BOARD_PAPERS",
     "Board plan for the year: three priorities, each with a named lead and a date to review it."),
    (["LG2"], "strength", "INT_JUDICIARY",
     "The senior judge for the circuit said leaders meet judges every month and act on what they hear."),
    (["LG6"], "strength", "COMPLAINTS",
     "Complaints answered within twenty days; what was learned from them is written into guidance."),
    (["LG9"], "strength", "INT_MANAGER",
     "The equality lead showed interpreters used in 31 languages last year and a Roma liaison post funded."),
    (["LG8"], "development", "INT_MANAGER",
     "Two officer posts in Saltmere have been empty since the summer despite three rounds of adverts."),
]  # fmt: skip
FIGURES = (
    ["LG3"], "strength", "PERF_DATA",
    "Performance report: 95% of section 7 reports filed by the date the court set across the "
    "region; Saltmere 78%.",
)  # fmt: skip
DIVERSITY = {
    "21": "Interpreters booked for each family whose first language is not English; faith asked about.",
    "22": "Officers ask every family about culture and faith and plan visits round festivals.",
    "23": "A signer was booked for a deaf father and the report explains what that meant for the child.",
}
SALTMERE_LG9 = "Visits to outlying farms cut short because of the drive back before dark."
ACTING_HEAD = (
    ["LG1"], "strength", "INT_MANAGER",
    "Acting Head of Service (since Feb) has put a weekly check of every file in place; "
    "too early to see what it has changed for children.",
)  # fmt: skip
WEAK_LEADERS = [
    (["LG1"], "development", "BOARD_PAPERS", "The plan for the region sets aims but no dates or owners."),
    (["LG3"], "development", "PERF_DATA", "Reports filed on time: 61% this year against a target of 90%."),
    (["LG4"], "development", "INT_MANAGER", "Senior managers did not know how few files showed any oversight."),
]  # fmt: skip


def build(path: Path, *, rationale: bool = True) -> Small:
    """The inspection, open (see the module docstring); `rationale`: the leadership's
    judgement with its rationale (else with none)."""
    s = Small(path, areas=AREAS)
    for code, _name, _visited in AREAS:
        for k in range(PER_AREA):
            case = s.case(area=code, age=("5-9", "10-13")[k % 2])
            weak = k < WISHES_WEAK[code]
            s.ev(case, ["QP3"], *(("development", WISHES_POOR[k % 3]) if weak
                                  else ("strength", WISHES_GOOD[k % 2])))  # fmt: skip
            s.ev(case, ["SW1"], "strength", SAFE_WORK)
            s.ev(case, ["QP7"], "strength", ANALYSIS_GOOD)
        if code in DIVERSITY:
            s.about_area(code, ["LG9"], "strength", DIVERSITY[code], "CASE_DISCUSSION")
    s.about_area("24", ["LG9"], "development", SALTMERE_LG9, "CASE_DISCUSSION")
    for crits, polarity, source, text in [*NATIONAL, FIGURES]:
        s.national(crits, polarity, text, source)
    for jid in ("J18-0", "J18-1", "J18-4"):
        s.judge(jid, "good")
    s.judge("J18-3", "good", rationale=RATIONALE if rationale else "")
    for code, _name, _visited in AREAS:
        s.judge("J18-4A", "requires-improvement" if code == "24" else "good", area=code)
    return s


def new_lead(path: Path) -> Small:
    """A small service whose leadership requires improvement, its one strength the acting
    head of service's weekly check (`ACTING_HEAD`)."""
    s = Small(path, areas=AREAS[:2])
    for code in ("21", "22"):
        for k in range(6):
            case = s.case(area=code)
            s.ev(case, ["QP7"], *(("development", "The report retells events and weighs none of them.")
                                  if k < 3 else ("strength", ANALYSIS_GOOD)))  # fmt: skip
    for crits, polarity, source, text in [*WEAK_LEADERS, ACTING_HEAD]:
        s.national(crits, polarity, text, source)
    s.judge("J18-0", "requires-improvement")
    s.judge("J18-3", "requires-improvement")
    return s


OUTSTANDING_LEADERS = [
    (["LG1"], "strength", "BOARD_PAPERS", "The board reviews each region's plan every quarter against what children said."),
    (["LG1"], "strength", "INT_MANAGER", "Every team manager could say which of the three priorities their team is working on."),
    (["LG5"], "strength", "SURVEY_STAFF", "Staff survey: 91% say they are challenged and supported to improve their work."),
    (["LG5"], "strength", "INT_PRACTITIONER", "Officers describe reflective supervision every month and time set aside to learn."),
]  # fmt: skip
SEEN_WELL = "The officer saw the girl alone twice, at school and at home, before writing."
SIGNER_WAIT = (
    "The deaf boy was seen alone only after a four-week wait for a signer.",
    "No signer was free for the first visit, so the girl was seen with her father there.",
)
WYVERN_RATIONALE = (
    "Good rather than outstanding: deaf children wait too long to be seen on their own, "
    "because signers are booked late."
)


def outstanding(path: Path) -> Small:
    """A service judged outstanding whose one good area names the cause of its shortfall
    (see the module docstring)."""
    s = Small(path, areas=AREAS[:3])
    for code in ("21", "22", "23"):
        for k in range(8):
            case = s.case(area=code, age=("5-9", "10-13")[k % 2])
            short = code == "23" and k < 4
            s.ev(case, ["QP8"], *(("development", SIGNER_WAIT[k % 2]) if short
                                  else ("strength", SEEN_WELL)))  # fmt: skip
            s.ev(case, ["QP3"], "strength", WISHES_GOOD[k % 2])
            s.ev(case, ["SW1"], "strength", SAFE_WORK)
    for crits, polarity, source, text in OUTSTANDING_LEADERS:
        s.national(crits, polarity, text, source)
    for jid in ("J18-0", "J18-1", "J18-3", "J18-4"):
        s.judge(jid, "outstanding")
    s.judge("J18-4A", "outstanding", area="21")
    s.judge("J18-4A", "outstanding", area="22")
    s.judge("J18-4A", "good", area="23", rationale=WYVERN_RATIONALE)
    return s
