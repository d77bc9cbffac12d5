"""Hand-written inspections for case25's tests (issue 15; tester 24's A1, A4, A9, A7).

Every note here was written for these tests, in words of their own: none comes from
the demo generator, a tester's database or the real report.  The 2018 framework, three
visited areas of private law cases:

- Ashby (81), judged requires improvement: ten cases.  Its weakness is lateness, said in
  the inspectors' own varied words: the welfare report reached court late in five
  cases (`LATE_REPORT`), and four cases waited to be allocated (`WAITED`: "sat
  unallocated for six weeks", "waited five weeks for allocation", ...).  Every case's
  other work is good.
- Brill (82), judged requires improvement: ten cases whose weakness is another fault:
  reports written without the child seen and police checks not done (`UNSEEN`,
  `UNCHECKED`), with no word of lateness.  One of its strength notes says a family
  waited outside while the child was seen, and one development note says a later report
  corrected a date: neither is work done late.
- Cowley (83), judged good: ten cases, two with a welfare report late.

`build_escalated`: Dunham (84) on its own, for A9 (see `SAFE_DONE`);
`build_figures`: Eastry (85) and Farleigh (86), for A4 (see `FIGURES_LATE`);
`build_outstanding`: Gorsley (87), for A7 (see `SAFE_MISSED`);
`build_not_alone`: Holt (88), children seen but never alone (see `NOT_ALONE`);
`build_targets`: Loxley (90), for tester 25's A3 (see `TARGETS`).
"""

from __future__ import annotations

from pathlib import Path

from store.models import Evidence
from tests.export.small import Small

AREAS = [("81", "Ashby", True), ("82", "Brill", True), ("83", "Cowley", True)]

LATE_REPORT = (
    "The welfare report reached the court eleven days late and the hearing was moved.",
    "Welfare report filed 2 weeks late; no extension was asked for.",
    "The welfare report was late and the magistrates adjourned.",
    "The welfare report went in a week late after the practitioner's leave.",
    "Welfare report three weeks late, with no note on file explaining why.",
)
WAITED = (
    "The case sat unallocated for six weeks after the first hearing.",
    "The family waited five weeks for allocation with no contact from anyone.",
    "After the first hearing the child waited seven weeks for allocation.",
    "Unallocated for 8 weeks while the duty team held it.",
)
GOOD_TIMING = "The welfare report was filed on the date the court set."
GOOD = {
    "QP2": "The first look at risk weighed the police call-outs and the school's concerns.",
    "QP3": "The boy's own reasons for wanting to stay at his school are set out plainly.",
    "QP7": "The recommendation follows from weighing each home against the child's needs.",
}

UNSEEN = "The report was written without the child seen by anyone from the service."
UNCHECKED = "Police checks not done before the letter to the court was sent."
LATER = "A later report corrected the date of the hearing given in the first."
WAITED_OUTSIDE = "The mother waited outside while the practitioner saw the girl on her own."
SEEN = "The practitioner saw the girl alone at school and again at home."
CHECKED = "Police and council checks were back and weighed before the first hearing."


def build(path: Path) -> Small:
    """The inspection, written to `path`; the caller closes it."""
    s = Small(path, areas=AREAS)
    for k in range(10):  # Ashby: late reports in five cases, a wait in four others
        case = s.case(area="81", law="PRIVATE", age=("5-9", "10-13", "14-15")[k % 3])
        for crit, text in GOOD.items():
            s.ev(case, [crit], "strength", text)
        if k < len(LATE_REPORT):
            s.ev(case, ["QP1"], "development", LATE_REPORT[k])
        elif k - len(LATE_REPORT) < len(WAITED):
            s.ev(case, ["QP1"], "development", WAITED[k - len(LATE_REPORT)])
        else:
            s.ev(case, ["QP1"], "strength", GOOD_TIMING)
    s.judge("J18-4A", "requires-improvement", area="81")
    for k in range(10):  # Brill: children not seen and checks not done, nothing late
        case = s.case(area="82", law="PRIVATE", age=("5-9", "10-13", "14-15")[k % 3])
        s.ev(case, ["QP1"], "strength", GOOD_TIMING)
        s.ev(case, ["QP8"], "development" if k < 6 else "strength", UNSEEN if k < 6 else SEEN)
        s.ev(case, ["SW1"], "development" if k % 2 else "strength", UNCHECKED if k % 2 else CHECKED)
        if k == 6:
            s.ev(case, ["QP8"], "strength", WAITED_OUTSIDE)
        if k == 7:
            s.ev(case, ["QP11"], "development", LATER)
    s.judge("J18-4A", "requires-improvement", area="82")
    for k in range(10):  # Cowley: good, two reports late
        case = s.case(area="83", law="PRIVATE", age=("5-9", "10-13", "14-15")[k % 3])
        for crit, text in GOOD.items():
            s.ev(case, [crit], "strength", text)
        s.ev(case, ["QP1"], "development" if k < 2 else "strength",
             LATE_REPORT[k] if k < 2 else GOOD_TIMING)  # fmt: skip
    s.judge("J18-4A", "good", area="83")
    return s


# Dunham (84), judged good, for tester 24's A9: eight cases, each with a note that its
# safeguarding concerns were followed up well (SW1); in one, inspectors also escalated a
# concern about a brother to senior managers, on a note filed under information sharing
# (QP12), not under safeguarding.
SAFE_DONE = (
    "The practitioner rang the school the day the girl spoke of the shouting at home.",
    "Police information was weighed in the letter and the plan changed to reflect it.",
    "A referral to children's services went in the same afternoon and was followed up.",
)
SHARED = "The council was told about the new partner the week the practitioner learned of it."
ESCALATED = "The case was closed while the council's enquiry about an older brother was still open."


def build_escalated(path: Path) -> tuple[Small, str]:
    """Dunham on its own, written to `path`, and the escalated note's id; the caller
    closes it."""
    s = Small(path, areas=[("84", "Dunham", True)])
    escalated = ""
    for k in range(8):
        case = s.case(area="84", law="PRIVATE", age=("5-9", "10-13")[k % 2])
        s.ev(case, ["SW1"], "strength", SAFE_DONE[k % len(SAFE_DONE)])
        s.ev(case, ["QP7"], "strength", GOOD["QP7"])
        if k == 0:
            escalated = s.store.put_evidence(Evidence(
                case_id=case, criteria=["QP12"], source="CASE_FILE", polarity="development",
                text=ESCALATED, safeguarding=ESCALATED, escalation="escalated",
                escalation_note="Raised with the head of practice.",
            ))  # fmt: skip
        else:
            s.ev(case, ["QP12"], "strength", SHARED)
    s.judge("J18-4A", "good", area="84")
    return s, escalated


# Eastry (85) and Farleigh (86), both judged requires improvement, for tester 24's A4:
# each has ten cases, weak on avoiding delay in seven, and two development records about
# its use of performance information (LG3).  Eastry's say the work is late and that the
# area's own audit had already picked out the delays: the figures show poor
# performance, and the audit shows them used.  Farleigh's say the figures are not used.
FIGURES_LATE = (
    "PERF_DATA",
    "Figures for the area show four in ten welfare reports filed late in the last quarter.",
)
AUDIT_FOUND = (
    "QA_AUDIT",
    "The area's own audit had already picked out the delays in filing; its actions have "
    "not yet made a difference.",
)
FIGURES_UNUSED = (
    ("INT_MANAGER", "Managers said they do not use the monthly figures when they plan the work."),
    ("QA_AUDIT", "The audit never looked at the figures, and nobody acted on the dashboard."),
)
DELAY_WEAK = "The report reached court a fortnight after the date the judge had set."


def build_figures(path: Path) -> Small:
    """Eastry and Farleigh, written to `path`; the caller closes it."""
    s = Small(path, areas=[("85", "Eastry", True), ("86", "Farleigh", True)])
    for code, records in (("85", (FIGURES_LATE, AUDIT_FOUND)), ("86", FIGURES_UNUSED)):
        for k in range(10):
            case = s.case(area=code, law="PRIVATE", age=("5-9", "10-13")[k % 2])
            s.ev(case, ["QP1"], "development" if k < 7 else "strength",
                 DELAY_WEAK if k < 7 else GOOD_TIMING)  # fmt: skip
            s.ev(case, ["QP7"], "strength", GOOD["QP7"])
        for source, text in records:
            s.about_area(code, ["LG3"], "development", text, source)
        s.judge("J18-4A", "requires-improvement", area=code)
    return s


# Gorsley (87), judged outstanding, for tester 24's A7: fifteen cases, strong on analysis
# and on the child's wishes in every one, with safeguarding concerns followed up well in
# twelve and not in three (a fifth: "some", as the body says it).
SAFE_MISSED = (
    "The police call-out in May was on file and nobody followed it up with the family.",
    "The girl's worry about her stepfather was noted and not passed to the council.",
    "A referral from the school was logged and left without any response.",
)


def build_outstanding(path: Path) -> Small:
    """Gorsley on its own, written to `path`; the caller closes it."""
    s = Small(path, areas=[("87", "Gorsley", True)])
    for k in range(15):
        case = s.case(area="87", law="PRIVATE", age=("5-9", "10-13", "14-15")[k % 3])
        s.ev(case, ["QP7"], "strength", GOOD["QP7"])
        s.ev(case, ["QP3"], "strength", GOOD["QP3"])
        missed = k < len(SAFE_MISSED)
        s.ev(case, ["SW1"], "development" if missed else "strength",
             SAFE_MISSED[k] if missed else SAFE_DONE[k % len(SAFE_DONE)])  # fmt: skip
    s.judge("J18-4A", "outstanding", area="87")
    return s


# Holt (88), judged requires improvement: ten cases; in five the child was seen, but never
# alone, each said in the inspector's own words; every case's analysis is good.
NOT_ALONE = (
    "The child was not seen alone at either visit.",
    "Child not seen alone; the mother stayed in the room throughout.",
    "The child was never seen alone before the report was filed.",
    "The child has not been seen alone since the case was allocated.",
    "The child was not seen alone, although the practitioner visited twice.",
)


def build_not_alone(path: Path) -> Small:
    """Holt on its own, written to `path`; the caller closes it."""
    s = Small(path, areas=[("88", "Holt", True)])
    for k in range(10):
        case = s.case(area="88", law="PRIVATE", age=("5-9", "10-13")[k % 2])
        s.ev(case, ["QP7"], "strength", GOOD["QP7"])
        s.ev(case, ["QP8"], "development" if k < len(NOT_ALONE) else "strength",
             NOT_ALONE[k] if k < len(NOT_ALONE) else SEEN)  # fmt: skip
    s.judge("J18-4A", "requires-improvement", area="88")
    return s


# Loxley (90), judged requires improvement, for tester 25's A3: in five of its ten cases
# the manager's notes say targets were never checked, "the targets" meaning the notes'
# own (a word that refers back, naming nothing on its own).
TARGETS = (
    "The manager's notes repeat last month's word for word and the targets are never checked.",
    "Supervision records are brief and the targets are not checked from one month to the next.",
)
DIRECTED = "The manager's note sets out what must happen before the hearing, and it did."


def build_targets(path: Path) -> Small:
    """Loxley on its own, written to `path`; the caller closes it."""
    s = Small(path, areas=[("90", "Loxley", True)])
    for k in range(10):
        case = s.case(area="90", law="PRIVATE", age=("5-9", "10-13")[k % 2])
        s.ev(case, ["QP7"], "strength", GOOD["QP7"])
        s.ev(case, ["QPN4"], "development" if k < 5 else "strength",
             TARGETS[k % len(TARGETS)] if k < 5 else DIRECTED)  # fmt: skip
    s.judge("J18-4A", "requires-improvement", area="90")
    return s
