"""Issue 15, kf25: tester 24's A16 (the rest).  A point the strengths list leaves out
because half or fewer of its cases are for it ("direct work with children (four of eight
cases)": one against, three mixed) was named in the placeholder headed "Strengths also
found"; half is no strength to write in: it is named as found both ways, with the cases
against.

A hand-written inspection built here (2021 framework, one area, ten public law cases):
every case strong on seven points of practice (the child's wishes, the analysis, ...); direct work strong in four,
weak in one, both in three, not recorded in two.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from tests.export.small import Small

WISHES = "The guardian sets out what the boy wants and how strongly he feels it."
ANALYSIS = "The analysis weighs the care plan against the risks the parents still pose."
GOOD = "Direct work over three visits used a life-story book to help the girl talk about home."
THIN = "One short visit; no direct work with the child beyond a brief chat in the car."
# Strong in every case, so that the section's strengths are these and direct work is
# left for the placeholder.
MORE = {
    "QP1": "The guardian was allocated on the day of issue and every report was filed on time.",
    "QP2": "The initial analysis drew on police and health checks and named each risk.",
    "QP8": "The child was seen alone at his foster home and again at school.",
    "QP9": "The child's own account shaped the recommendation, and the report says how.",
    "QP11": "The file records each visit within two days, with the child's words.",
}  # fmt: skip


def test_half_the_cases_is_named_as_found_both_ways(tmp_path: Path) -> None:
    s = Small(tmp_path / "half.db", areas=[("4", "Eastmoor", True)], framework="cafcass-2021")
    for k in range(10):
        case = s.case(area="4", law="PUBLIC")
        s.ev(case, ["QP3"], "strength", WISHES)
        s.ev(case, ["QP7"], "strength", ANALYSIS)
        for crit, text in MORE.items():
            s.ev(case, [crit], "strength", text)
        if k < 4 or 5 <= k < 8:
            s.ev(case, ["QP5"], "strength", GOOD)
        if 4 <= k < 8:
            s.ev(case, ["QP5"], "development", THIN)
    for jid in ("J21-1", "J21-2", "J21-3"):
        s.judge(jid, "good")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    said = [x for p in report.paragraphs() for x in p.sentences if "QP5" in x.criteria]
    notes = [x.text for x in said if x.role == "placeholder"]
    assert notes, [x.text for x in said]
    assert not [n for n in notes if n.startswith("[Strengths also found")], notes
    both = [n for n in notes if n.startswith("[Found both ways")]
    assert both and "(four of eight cases for, one against)" in both[0], notes
