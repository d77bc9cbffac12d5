"""Small 2018-framework inspections written by hand for kf17's rules (issue 15), none
of their text the demo's or a tester's.

`spread` (D1): an organisation judged good, its national leadership outstanding, with two
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

from store.models import Evidence
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


# A safeguarding weakness in an evenly split law type ----------------------------------
SAFE = (
    "Police and council checks were back before the first hearing and the letter sets out each risk.",
    "The practitioner followed up the school's concern the same day and recorded the manager's decision.",
    "Coercive control was screened with the mother alone, and the plan for handovers follows from it.",
)
UNSAFE = (
    "A referral about the boy's bruising sat unread for eight days before anyone acted.",
    "The mother's new partner's conviction was known but never shared with the council.",
    "The risk assessment was not updated after the father's threats at the contact centre.",
    "No one checked with the police before the guardian recommended unsupervised time.",
)
WISHES_PUBLIC = (
    "The guardian's report gives the girl's wish to stay with her aunt, in her own words."
)


def split(path: Path) -> tuple[Small, str]:
    """Areas 3 (Fenmoor) and 4 (Tidewater).  Following up safeguarding concerns (SW1):
    strong in 11 of the 12 private law cases (six in each area), the twelfth weak with
    its concern escalated; in the seven public law cases, weak in four and strong in
    three (two and two in Area 3, two and one in Area 4).  So four of the five cases
    against are public law, and public law's own cases split about evenly.  Private law
    judged good, public law requires improvement, the organisation good.  The escalated
    note's id is returned."""
    s = Small(path, areas=[("3", "Fenmoor", True), ("4", "Tidewater", True)])
    escalated = ""
    for n in range(12):
        case = s.case(area="3" if n < 6 else "4", law="PRIVATE")
        s.ev(case, ["QP3"], "strength", WISHES[n % 3])
        if n == 0:
            escalated = s.store.put_evidence(Evidence(
                case_id=case, criteria=["SW1"], source="CASE_FILE", polarity="development",
                text=UNSAFE[0], escalation="escalated",
                safeguarding="Bruising reported by school; referral not read for eight days.",
                escalation_note="Raised with the service manager the same afternoon.",
            ))  # fmt: skip
        else:
            s.ev(case, ["SW1"], "strength", SAFE[n % 3])
    for area, weak, strong in (("3", 2, 2), ("4", 2, 1)):
        for n in range(weak + strong):
            case = s.case(area=area, law="PUBLIC")
            s.ev(case, ["QP3"], "strength", WISHES_PUBLIC)
            bad = n < weak
            s.ev(case, ["SW1"], "development" if bad else "strength",
                 UNSAFE[1 + (n + int(area)) % 3] if bad else SAFE[n % 3])  # fmt: skip
    s.judge("J18-0", "good")
    s.judge("J18-1", "good")
    s.judge("J18-2", "requires-improvement")
    s.judge("J18-3", "good")
    s.judge("J18-4", "good")
    s.judge("J18-4A", "good", area="3")
    s.judge("J18-4A", "good", area="4")
    return s, escalated


# Leaders judged below good beside heavier practice weaknesses -------------------------
PRACTICE_WEAK = {
    "QP1": "The report was filed three weeks after the date the court set.",
    "QP3": "Nothing in the report says what the child wants or how she feels about moving.",
    "QP5": "No session with the boy is recorded before the recommendation was made.",
    "QP6": "The case plan has not been looked at since allocation and lists no next steps.",
    "QP7": "The report repeats the history and never weighs the risks against each other.",
    "QP12": "The police check came back after the hearing and was never passed to the council.",
}
FIGURES = (
    ("PERF_DATA", "The monthly dashboard counts reports filed on time and nothing about their quality."),
    ("QA_AUDIT", "Audit results are not compared with the figures, so leaders cannot see weak teams."),
    ("BOARD_PAPERS", "Board papers give caseload numbers only; no measure of practice quality is reported."),
    ("INT_MANAGER", "The head of performance said the data cannot show which teams' reports are weakest."),
)  # fmt: skip


def leaders_below(path: Path, *, leaders: str) -> Small:
    """Area 6 (Wessex), ten private law cases, each weak on the six practice points of
    `PRACTICE_WEAK` (eight of the ten) and strong on them in the other two; four
    national notes (from four sources) saying performance information shows timeliness,
    not quality (LG3, the national leadership's criterion).  Practice judged to require
    improvement in both law types; the national leadership graded `leaders`."""
    s = Small(path)
    for n in range(10):
        case = s.case(area="6", law="PRIVATE")
        for crit, weak_text in PRACTICE_WEAK.items():
            if n < 8:
                s.ev(case, [crit], "development", weak_text)
            else:
                s.ev(case, [crit], "strength", f"{STRONG_PRACTICE[crit]}")
    for source, text in FIGURES:
        s.national(["LG3"], "development", text, source)
    s.judge("J18-0", "requires-improvement")
    s.judge("J18-1", "requires-improvement")
    s.judge("J18-2", "requires-improvement")
    s.judge("J18-3", leaders)
    s.judge("J18-4", "good")
    s.judge("J18-4A", "requires-improvement", area="6")
    return s


STRONG_PRACTICE = {
    "QP1": "The report reached the court two days before the date set.",
    "QP3": "The girl's own words about each home are set out and explained.",
    "QP5": "Three sessions with drawings helped the boy say what he worries about.",
    "QP6": "The plan names each piece of work, who does it and by when.",
    "QP7": "The analysis sets the risks against each parent's offer before recommending.",
    "QP12": "Checks with the police and the school were shared with the council within a day.",
}


# A law type's reasons, firm and on three cases ----------------------------------------
PUBLIC_WEAK = {
    "QP3": "The guardian's report gives the council's view of the child's wishes, not the child's.",
    "QP7": "The analysis restates the care plan and never tests it against the child's needs.",
    "QP5": "No direct work with the child is recorded before the guardian's final analysis.",
}
PUBLIC_STRONG = {
    "QP3": "The boy's wishes about contact with his brother are set out in his own words.",
    "QP7": "The analysis weighs each placement option against the girl's need for stability.",
}
PRIVATE_STRONG = (
    "The section 7 report gives the child's own account of each home and what she wants."
)


def law_reasons(path: Path, *, firm: bool) -> Small:
    """Area 6 (Wessex): six private law cases strong on children's wishes (QP3); eight
    public law cases.  Public law's weaknesses: direct work with children (QP5) in all
    three cases with a view on it, and, with `firm`, children's wishes (QP3) in six of
    eight and analysis (QP7) in five of seven.  Public law judged inadequate, private
    law good."""
    s = Small(path)
    for _ in range(6):
        s.ev(s.case(area="6", law="PRIVATE"), ["QP3"], "strength", PRIVATE_STRONG)
    for n in range(8):
        case = s.case(area="6", law="PUBLIC")
        if n < 3:
            s.ev(case, ["QP5"], "development", PUBLIC_WEAK["QP5"])
        if firm:
            s.ev(case, ["QP3"], "development" if n < 6 else "strength",
                 PUBLIC_WEAK["QP3"] if n < 6 else PUBLIC_STRONG["QP3"])  # fmt: skip
            if n < 7:
                s.ev(case, ["QP7"], "development" if n < 5 else "strength",
                     PUBLIC_WEAK["QP7"] if n < 5 else PUBLIC_STRONG["QP7"])  # fmt: skip
    s.judge("J18-0", "requires-improvement")
    s.judge("J18-1", "good")
    s.judge("J18-2", "inadequate")
    s.judge("J18-3", "good")
    s.judge("J18-4", "good")
    s.judge("J18-4A", "requires-improvement", area="6")
    return s
