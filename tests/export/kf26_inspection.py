"""A hand-written inspection for kf26's tests (issue 15), written by kf26 in its own
words: a service whose failings sit mostly in two of its five areas.

Five areas of eight cases each (Alder 2, Beck 4, Cobham 5, Dunmore 8, Elstow 12), five
private law and three public law cases in each (40 cases).  Beck (4) and Dunmore (8) are
weak: concerns for a child's safety are not followed up in six of their eight cases
each, and in two of the eight in each other area, so that 12 of the 18 cases against
(two thirds, under the three quarters the key findings ask) are in the two weak areas.
Direct work is weak in four of the eight cases of every area (spread, about half).
Wishes and feelings are strong everywhere.  Inspectors escalated concerns on four
cases (`ESCALATED`): three private law, one public law.  In Beck, managers' oversight is missing
from every file, and the analysis in reports, seeing children and case recording are
weak in every case (four points with eight cases against each), and its own records say
a third of its practitioners are agency staff.

`framework` picks the framework (2013 and 2021 have no area judgements); the grades
recorded are the framework's own judgements (good nationally; under 2018 Beck is
inadequate, Dunmore requires improvement, the others good).
"""

from __future__ import annotations

from pathlib import Path

from store.models import Evidence
from tests.export.small import Small

AREAS = [
    ("2", "Alder", True),
    ("4", "Beck", True),
    ("5", "Cobham", True),
    ("8", "Dunmore", True),
    ("12", "Elstow", True),
]
WEAK = ("4", "8")
# Safeguarding concerns inspectors escalated (area, case number in the area): three
# private law cases in the good areas and one public law case in Dunmore.
ESCALATED = {("2", 0), ("2", 1), ("12", 1), ("8", 5)}

SAFE = (
    "The practitioner read the police disclosure the day it came and rang the school.",
    "After the new allegation the guardian spoke to the social worker the same afternoon.",
    "Checks with the GP and the school were chased and their answers weighed in the letter.",
)
UNSAFE = (
    "The police disclosure sat unread on the file until after the hearing.",
    "A neighbour's report of shouting and a child crying was noted but never followed up.",
    "Nobody asked the local authority about the earlier referral the mother mentioned.",
    "The school's worry about bruising was logged and then not mentioned again.",
)
WISHES = (
    "The boy's own drawings of his two homes are described and his view is in the report.",
    "The report quotes what the girl said about weekends at her father's and why.",
)
DIRECT_GOOD = "Direct work over two visits used a timeline to help the child tell the story."
DIRECT_POOR = "There is no record of any direct work with the child before the report."
OVERSIGHT_POOR = "No manager has signed or commented on the file since allocation."
OVERSIGHT_GOOD = "The manager's note at allocation names the risks and when to review them."
ANALYSIS_POOR = "The report lists what each parent said and gives no view of the risks."
ANALYSIS_GOOD = "The report weighs each option against the child's needs before it recommends."
SEEN_POOR = "The child was seen once, at the contact centre, with a parent in the room."
SEEN_GOOD = "The child was seen alone at school and again at home, at her own pace."
RECORD_POOR = "The last three visits are not written up and the chronology stops in June."
RECORD_GOOD = "Each contact is written up within two days and the chronology is current."

GRADES = {
    "cafcass-2013": [("J13-0", "good"), ("J13-1", "good"), ("J13-2", "good"), ("J13-3", "good")],
    "cafcass-2018": [("J18-0", "good"), ("J18-1", "good"), ("J18-2", "good"), ("J18-3", "good"),
                     ("J18-4", "good")],
    "cafcass-2021": [("J21-1", "good"), ("J21-2", "good"), ("J21-3", "good")],
}  # fmt: skip
AREA_GRADES = {"2": "good", "4": "inadequate", "5": "good", "8": "requires-improvement",
               "12": "good"}  # fmt: skip


def build(path: Path, framework: str = "cafcass-2018", alder: str = "good") -> Small:
    """The inspection, open (see the module's docstring); `alder`: Alder's grade under
    2018 ("outstanding": its own evidence, two of eight cases against on safeguarding,
    disputes it)."""
    s = Small(path, areas=AREAS, framework=framework)
    n = 0
    for code, _name, _visited in AREAS:
        weak = code in WEAK
        for k in range(8):
            law = "PRIVATE" if k < 5 else "PUBLIC"
            case = s.case(area=code, law=law)
            # Weak areas: unsafe in cases 0-5 (all five private, one public); others: 0-1.
            unsafe = k < (6 if weak else 2)
            text = UNSAFE[n % len(UNSAFE)] if unsafe else SAFE[n % len(SAFE)]
            if (code, k) in ESCALATED:
                s.store.put_evidence(Evidence(
                    case_id=case, criteria=["SW1"], source="CASE_FILE", polarity="development",
                    text=text, safeguarding="The child's reported bruising had not been assessed by anyone.",
                    escalation="escalated", escalation_note="Passed to the service manager.",
                ))  # fmt: skip
            else:
                s.ev(case, ["SW1"], "development" if unsafe else "strength", text)
            s.ev(case, ["QP3"], "strength", WISHES[n % len(WISHES)])
            poor = k % 2 == 0
            s.ev(case, ["QP5"], "development" if poor else "strength",
                 DIRECT_POOR if poor else DIRECT_GOOD)  # fmt: skip
            beck = code == "4"
            s.ev(case, ["QPN4"], "development" if beck else "strength",
                 OVERSIGHT_POOR if beck else OVERSIGHT_GOOD)  # fmt: skip
            s.ev(case, ["QP7"], "development" if beck else "strength",
                 ANALYSIS_POOR if beck else ANALYSIS_GOOD)  # fmt: skip
            s.ev(case, ["QP8"], "development" if beck else "strength",
                 SEEN_POOR if beck else SEEN_GOOD)  # fmt: skip
            s.ev(case, ["QP11"], "development" if beck else "strength",
                 RECORD_POOR if beck else RECORD_GOOD)  # fmt: skip
            n += 1
    if framework == "cafcass-2018":
        s.about_area("4", ["LG8"], "development",
                     "Performance data: a third of the practitioners in Beck are agency staff.",
                     "PERF_DATA")  # fmt: skip
        s.about_area("4", ["LG8"], "development",
                     "Practitioners said caseloads rose when two permanent staff left in the spring.",
                     "INT_PRACTITIONER")  # fmt: skip
    for jid, grade in GRADES[framework]:
        s.judge(jid, grade)
    if framework == "cafcass-2018":
        for code, grade in {**AREA_GRADES, "2": alder}.items():
            s.judge("J18-4A", grade, area=code)
    return s


# The national leadership, judged outstanding (`leadership`): national notes, kf26's
# own words.  The board's scrutiny of leaders on three notes (tagged with leaders'
# priorities, as inspectors tag it), the use of performance information on three,
# managers' grip on practice both ways, and the culture on two.
NATIONAL = [
    (["LG1"], "strength", "BOARD_PAPERS",
     "Board minutes record trustees questioning the executive on allocation delays and asking for a follow-up report."),
    (["LG1"], "strength", "BOARD_PAPERS",
     "The board's quality committee scrutinises the audit results every quarter and challenges the weaker regions."),
    (["LG1"], "strength", "INT_MANAGER",
     "The chair described how non-executive members visit teams and bring what they see back to the board."),
    (["LG3"], "strength", "PERF_DATA",
     "Monthly dashboards show allocation, filing and visits for every team, and managers act on the outliers."),
    (["LG3"], "strength", "INT_MANAGER",
     "The head of performance showed how a dip in one team's filing was spotted and put right within a month."),
    (["LG3"], "strength", "QA_AUDIT",
     "The audit programme samples every team twice a year and its results feed the practice priorities."),
    (["LG4"], "strength", "INT_MANAGER",
     "Senior managers named the two weakest areas before inspectors did and had support plans in place."),
    (["LG4"], "development", "BOARD_PAPERS",
     "Papers show the slide in one area was reported for two quarters before senior managers stepped in."),
    (["LG5"], "strength", "SURVEY_STAFF",
     "In the staff survey, most practitioners say their manager both supports and stretches them."),
    (["LG5"], "strength", "OBS_TEAM_MTG",
     "At the team meeting practitioners questioned a manager's plan openly and were listened to."),
]  # fmt: skip


def leadership(path: Path, framework: str = "cafcass-2018") -> Small:
    """The inspection above with its national leadership judged outstanding on the
    national notes `NATIONAL` (every other grade as `build` records it)."""
    s = build(path, framework)
    for crits, polarity, source, text in NATIONAL:
        s.national(crits, polarity, text, source)
    jid = {"cafcass-2013": "J13-3", "cafcass-2018": "J18-3", "cafcass-2021": "J21-3"}[framework]
    s.judge(jid, "outstanding")
    return s
