"""A hand-written inspection under the 2013 framework, a service whose leadership is
outstanding (issue 15, kf24: tester 22's para 9 and A10, tester 20's A10).  None of its
text is the demo's, a tester's or the real report's.

Three visited areas (Ashby 2, Brent Vale 7, Coldharbour 12), five cases each, practice
strong in almost every case (one weak note an area on the analysis).  Every national
judgement is good, leadership outstanding.  The national notes hold the figures a lead
would quote, in the shapes notes take:

- the staff survey, on the culture and on workloads at once: "84% feel their team
  manager supports their practice" (a share as the subject of a verb in the present
  tense; "supports" meets the culture's cue "supported" only by its stem);
- the people director's account with "turnover 8.2%, below the sector average" (a
  measure and its share with the "is" left out), and the survey's caseload figure, a
  second source for the same claim on workforce planning;
- continuity, one performance record: "93% of children had one guardian ...", a strength
  on one record the section states no claim for;
- a weakness with its figure: a peer audit of closed cases "live in only 3 of 12 areas".
"""

from __future__ import annotations

from pathlib import Path

from store.store import Store
from tests.export.small import Small

AREAS = [("2", "Ashby", True), ("7", "Brent Vale", True), ("12", "Coldharbour", True)]

PRACTICE = {
    "QP3": "The report gives the girl's own words about school and why she wants to stay put.",
    "QP8": "The guardian saw the boy on his own at the contact centre and at his nan's.",
    "QP5": "A life-story book made with the child shows who matters to her and why.",
    "QP11": "Every visit is written up within the week and the chronology is current.",
}
ANALYSIS = "The analysis weighs both homes for the child and the recommendation follows from it."
ANALYSIS_WEAK = "The report lists the incidents but never says what they mean for the child."

SURVEY = (
    "Staff survey (1,130 replies): 84% feel their team manager supports their practice; 69% say their "
    "caseload is manageable."
)
TURNOVER = "Director of people: rolling recruitment and a graduate scheme; turnover 8.2%, below the sector average."
CONTINUITY = (
    "Continuity report: 93% of children kept the same guardian from the first hearing to the last."
)
PEER_AUDIT = (
    "Head of quality: the peer audit of closed cases is agreed but live in only 3 of 12 areas."
)

NATIONAL: list[tuple[list[str], str, str, str]] = [
    (["LG5", "LG8"], "strength", "SURVEY_STAFF", SURVEY),
    (["LG5"], "strength", "INT_PRACTITIONER",
     "Practitioners in two focus groups described managers who make time to think through hard cases with them."),
    (["LG5"], "strength", "OBS_TEAM_MTG",
     "Observed team meeting: practitioners questioned each other's recommendations and the manager welcomed it."),
    (["LG8"], "strength", "INT_MANAGER", TURNOVER),
    (["LG8"], "strength", "BOARD_PAPERS",
     "Board papers track the weighting of caseloads monthly and agreed two extra posts for the busiest teams."),
    (["LGN2"], "strength", "PERF_DATA", CONTINUITY),
    (["LG3"], "strength", "BOARD_PAPERS",
     "Board minutes record close questioning of the quality figures every quarter."),
    (["LG3"], "development", "INT_MANAGER", PEER_AUDIT),
    (["LG3"], "development", "INT_MANAGER",
     "Assistant director: the peer audit of closed cases is not yet in place everywhere; a date is set."),
    (["LG1"], "strength", "INT_MANAGER",
     "The chief executive's plan for the next three years is built on what children told the service."),
    (["LG1"], "strength", "INT_PRACTITIONER",
     "Practitioners could each name the plan's priorities and how their team's work serves them."),
    (["LG4"], "strength", "INT_MANAGER",
     "Assistant directors read a sample of each team's files every month and act on what they find."),
    (["LG4"], "strength", "QA_AUDIT",
     "The national audit found managers' direction recorded at each key decision in nearly every file."),
    (["LG6"], "strength", "COMPLAINTS",
     "Complaints are answered within the set time and upheld ones lead to a change in guidance."),
    (["LG6"], "strength", "SURVEY_USER",
     "Young people on the service's board said their ideas changed how letters to children are written."),
    (["LG7"], "strength", "QA_AUDIT",
     "The audit programme ran to time and its lessons reached practitioners in a monthly bulletin."),
]  # fmt: skip


def build(path: Path) -> Store:
    """The inspection, written to `path`; the open store is returned."""
    s = Small(path, areas=AREAS, framework="cafcass-2013")
    for code, _name, _v in AREAS:
        for j in range(5):
            case = s.case(area=code, law="PRIVATE" if j % 2 else "PUBLIC")
            for crit, text in PRACTICE.items():
                s.ev(case, [crit], "strength", text)
            s.ev(case, ["QP7"], "development" if j == 0 else "strength",
                 ANALYSIS_WEAK if j == 0 else ANALYSIS)  # fmt: skip
    for crits, polarity, source, text in NATIONAL:
        s.national(crits, polarity, text, source)
    for jid, grade in (("J13-0", "good"), ("J13-1", "good"), ("J13-2", "good"),
                       ("J13-3", "outstanding")):  # fmt: skip
        s.judge(jid, grade)
    return s.store
