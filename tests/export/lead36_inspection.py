"""A hand-written 2018 re-inspection for the lead's tests of session 36 (issue 15,
tester 35's A19: a recommendation of the last inspection set beside this inspection's
findings on the same practice), in its own words (none of it the demo's, a tester's or
the real report's).  A service judged good overall, last judged requires improvement
with four recommendations.  Three visited areas (Wharfedale 11, Calderbrook 12, Tyneford
13) and 30 private law cases, dealt out in turn.

- Seeing children alone (QP8): done well in 18 of the 30 cases (the majority), not in 12.
- Analysis in reports (QP7): strong in 27 of the 30 (almost all).
- Delay (QP1): reports late in 20 of the 30.
- Safeguarding (SW1): concerns acted on in every case.
- Learning from complaints (LG7): no evidence either way.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [("11", "Wharfedale", True), ("12", "Calderbrook", True), ("13", "Tyneford", True)]
CASES = 30
SEEN_WELL, ANALYSIS_WELL, LATE = 18, 27, 20
GRADES = {"J18-0": "good", "J18-1": "good", "J18-2": "good", "J18-3": "good", "J18-4": "good"}

SEEN = (
    "The guardian saw the girl at school, on her own, twice before the report was written.",
    "Two visits to the boy alone at his grandmother's; he chose where they sat and talked.",
    "The officer met the twins separately at their after-school club and recorded each view.",
)
NOT_SEEN = (
    "The child was only seen with her mother in the room, and the report does not say why.",
    "No record of the boy being seen at all before the recommendation was made to the court.",
)
ANALYSIS = (
    "The report weighs each parent's plan against what the children need and says which fits.",
    "Clear analysis of how the father's drinking affects the children, and what would reduce it.",
)
THIN = "The report restates both parents' positions and gives no view of its own on the risk."
LATE_NOTES = (
    "The report was filed nine days after the court's deadline, with no request for more time.",
    "The safeguarding letter reached the court on the morning of the first hearing.",
)
ON_TIME = "The report was filed on the day the court set."
SAFE = "The officer told the local authority of the new allegation the same afternoon."

RECOMMENDATIONS = (
    ("Make sure that children are seen on their own whenever their age and needs allow.", "QP8"),
    ("Improve the analysis in reports so that the court can see why each recommendation is made.", "QP7"),
    ("Reduce the time families wait for reports to reach the court.", "QP1"),
    ("Learn from the complaints of children and families and show what changed as a result.", "LG7"),
)  # fmt: skip


def build(path: Path) -> Small:
    """The inspection's cases, notes and judgements (the recommendations are the test's)."""
    s = Small(path, areas=AREAS)
    for n in range(CASES):
        case = s.case(area=AREAS[n % 3][0], age=("5-9", "10-13")[n % 2])
        if n < SEEN_WELL:
            s.ev(case, ["QP8"], "strength", SEEN[n % 3])
        else:
            s.ev(case, ["QP8"], "development", NOT_SEEN[n % 2])
        if n < ANALYSIS_WELL:
            s.ev(case, ["QP7"], "strength", ANALYSIS[n % 2])
        else:
            s.ev(case, ["QP7"], "development", THIN)
        if n < LATE:
            s.ev(case, ["QP1"], "development", LATE_NOTES[n % 2])
        else:
            s.ev(case, ["QP1"], "strength", ON_TIME)
        s.ev(case, ["SW1"], "strength", SAFE)
    for jid, grade in GRADES.items():
        s.judge(jid, grade)
    return s
