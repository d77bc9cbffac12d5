"""Small 2018-framework inspections written by hand for kf17's rules (issue 15), none
of their text the demo's or a tester's.

`spread`: an organisation judged good, its national leadership outstanding, with two
national notes praising the leaders' priorities (LG1); three visited areas of six cases
each, every case with a note on children's wishes (QP3), direct work (QP5) and analysis
(QP7):

- Area 2 (Moorland), outstanding: every note a strength, or, with `top_weak`, that many
  cases weak on analysis;
- Area 5 (Estuary), good: every note a strength but one case weak on analysis;
- Area 8 (Ridgeway), graded `low_grade`: with `low_weak`, every case weak on direct work
  and analysis (12 of its 18 findings against), else every note a strength.

With `low_weak`, 13 of the 54 case findings are against (a quarter): the strengths
outnumber them more than twice over, but the body states that side.  Without it, one.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

# Notes an inspector might write, several of each, so that no two cases read alike.
WISHES = (
    "The girl's own list of what she wants from weekends is set out in the report.",
    "The boy told the practitioner he wants to stay at his school, and the report says why.",
    "What the twins said about their father's flat is recorded in their words.",
)
DIRECT = (
    "Two sessions with a life-story book helped the boy say who he feels safe with.",
    "The practitioner used a three-houses exercise at school before writing the report.",
    "The girl made a map of her week with the practitioner and talked through each day.",
)
DIRECT_WEAK = (
    "No session with the child is recorded; the report relies on the mother's account.",
    "The only contact with the boy was a ten-minute call, and nothing was done with him.",
)
ANALYSIS = (
    "The analysis sets each parent's offer against the risks and the recommendation follows.",
    "The report weighs the grandmother's plan against the girl's wish to stay put.",
)
ANALYSIS_WEAK = (
    "The report lists the history but reaches no view of its own on the risk to the child.",
    "The recommendation is not explained: the analysis stops at what each parent wants.",
)
LEADERS = (
    ("QA_AUDIT", "The board's strategy names three priorities and each has a named lead and a date."),
    ("INT_MANAGER", "The chief executive set out the year's priorities and how each is checked."),
)  # fmt: skip


def spread(path: Path, *, low_grade: str, low_weak: bool, top_weak: int = 0) -> Small:
    """The inspection described in the module docstring."""
    s = Small(path, areas=[("2", "Moorland", True), ("5", "Estuary", True),
                           ("8", "Ridgeway", True)])  # fmt: skip
    for source, text in LEADERS:
        s.national(["LG1"], "strength", text, source)
    for area, weak in (("2", top_weak), ("5", 1), ("8", 6 if low_weak else 0)):
        for n in range(6):
            case = s.case(area=area, law="PRIVATE" if n % 2 else "PUBLIC")
            s.ev(case, ["QP3"], "strength", WISHES[n % 3])
            bad = n < weak
            direct_bad = bad and area == "8"
            s.ev(case, ["QP5"], "development" if direct_bad else "strength",
                 (DIRECT_WEAK[n % 2] if direct_bad else DIRECT[n % 3]))  # fmt: skip
            s.ev(case, ["QP7"], "development" if bad else "strength",
                 (ANALYSIS_WEAK if bad else ANALYSIS)[n % 2])  # fmt: skip
    s.judge("J18-0", "good")
    s.judge("J18-1", "good")
    s.judge("J18-2", "good")
    s.judge("J18-3", "outstanding")
    s.judge("J18-4", "good")
    s.judge("J18-4A", "outstanding", area="2")
    s.judge("J18-4A", "good", area="5")
    s.judge("J18-4A", low_grade, area="8")
    return s
