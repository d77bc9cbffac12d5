"""A hand-written 2018 inspection for case32's tests (issue 15; tester 31's "Does the
outstanding area read as outstanding?" and "Does the inadequate area read as
inadequate?").

Every note here was written for these tests, in words of their own: none comes from the
demo generator, a tester's database or the real report.

- Kestrel Bay (31), graded outstanding, thin: 12 cases sampled, three with evidence on
  most criteria.  Children's wishes and feelings understood in three cases, planning
  sound in three, safeguarding followed up in two; management oversight on one file,
  information sharing in one case, direct work in one, each a strength (the file and
  the direct work graded outstanding, as were one case of each larger point); one minor
  recording slip.  About the area: its service manager's account of audits every month
  fed back within days (LG4), the judges' view (LGN4), no vacancies and low caseloads
  (LG8), and a mentoring scheme (LG5).
- Millbrook (32), graded inadequate: most of its cases fall short (seeing children,
  analysis, planning, direct work with no look at the effect of parental conflict on
  the child, in notes that never say the conflict was a concern in the case), the files show oversight in two cases and not in two (one mixed); about
  the area, its head of practice says no file audits have been done since the spring and
  the team manager post has been empty for seven months (LG4 and QPN4), caseloads are
  high (LG8).
- Ferngate (33), graded good, a control: its cases mostly strong.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AGES = ("5-9", "10-13", "14-15", "2-4")

# Kestrel Bay (31).
WISHES = (
    "The boy's hopes for weekends with his dad are set out in his own words and weighed.",
    "The report explains why the girl wants to stay near her school and what she fears.",
    "The guardian went back to the twins after the hearing to check their views still stood.",
)
PLANNED = (
    "From allocation the FCA set out each visit, its purpose and its date; all were kept.",
    "A written plan for the work was agreed with the manager and revised after the first hearing.",
    "Each stage of the guardian's work was planned against the court timetable and met it.",
)
SAFE_KEPT = (
    "When the girl spoke of a new man at home, the FCA checked with the council the same day.",
    "Police checks showed a recent callout; the FCA rang the social worker before the hearing.",
)
ONE_OVERSIGHT = "The team manager's note challenges the plan for contact, and the FCA changes it."
ONE_SHARED = "The FCA shared the order with the school and the health visitor within two days."
ONE_DIRECT = "A sand tray session let the six-year-old show who lives in each of her two homes."
ONE_SLIP = "Minor: one home visit written up a fortnight late; the rest of the record is prompt."
KESTREL_AUDITS = (
    "Service manager audits four files every month and sees each FCA about the findings "
    "within five days."
)
KESTREL_JUDGES = (
    "Judges at Kestrel Bay very positive: reports arrive on time and they trust the advice."
)
KESTREL_STAFF = (
    "Staffing stable at Kestrel Bay: no vacancies, average caseload 17, no agency staff."
)
KESTREL_MENTOR = "New FCAs have an experienced mentor for their first six months, and value it."

# Millbrook (32).
NOT_SEEN = (
    "The boy was seen once, at home with his mother in the room, before the report went in.",
    "No record that the girl was seen on her own at any point in the case.",
    "The FCA met the children only at the contact centre with both parents nearby.",
    "The teenager asked to see the FCA alone and was not offered a visit.",
    "The child was seen for ten minutes at school, with no time alone recorded.",
    "The younger child was never seen; the report relies on the older one's account.",
)
THIN_ANALYSIS = (
    "The report repeats each parent's case and draws no conclusion about the child.",
    "The recommendation is made without weighing the risks the checks had shown.",
    "Analysis is a page of history with no view on what the child needs now.",
    "The report lists the options but never says why one suits the child better.",
    "The recommendation does not follow from the concerns described earlier.",
)
NO_PLAN = (
    "Visits were booked as the FCA found time, with no plan for what each was for.",
    "There is no plan for the work on the file and the child was seen after the deadline.",
    "The work drifted between hearings with no agreed steps.",
    "No plan of the work exists; the report was started a week before it was due.",
)
CONFLICT_UNASSESSED = (
    "No direct work tools used; no look at how the parental conflict affects the child.",
    "No work with the boy, and nothing on what the parental conflict means for him.",
    "Direct work absent; the impact of parental conflict on the girl was not assessed.",
    "The FCA did no direct work and did not assess the effect of parental conflict on the child.",
    "No direct work; the report is silent on how parental conflict has affected the children.",
)
OVERSIGHT_SHORT = (
    "No manager's note on the file for five months and no challenge of the plan.",
    "Supervision entries are copied from case to case and say nothing about this child.",
)
OVERSIGHT_SEEN = (
    "The manager asked for a second home visit before the report was signed off.",
    "A practice supervisor reviewed the risk assessment and added a safety plan.",
)
MILLBROOK_ADMITS = (
    "Head of practice accepted that no file audits have been done in Millbrook since the "
    "spring; the team manager post has been empty for seven months, covered two days a week."
)
MILLBROOK_LOADS = (
    "Caseloads at Millbrook average 29 against a target of 21; two of eight FCAs agency."
)

# Ferngate (33).
FERN_GOOD = {
    "QP3": "The girl's wishes and the reasons for them are set out plainly in the report.",
    "QP7": "The analysis weighs each option against the child's needs and is clear.",
    "QP8": "The boy was seen alone twice, at school and at the park, as he asked.",
}


def _kestrel(s: Small) -> None:
    """Area 31, outstanding and thin (module docstring)."""
    cases = [s.case(area="31", law="PRIVATE" if k % 3 else "PUBLIC", age=AGES[k % 4])
             for k in range(12)]  # fmt: skip
    for k in range(3):
        s.ev(cases[k], ["QP3"], "strength", WISHES[k])
        s.ev(cases[k + 3], ["QP6"], "strength", PLANNED[k])
    for k in range(2):
        s.ev(cases[k + 6], ["SW1"], "strength", SAFE_KEPT[k])
    s.ev(cases[8], ["QPN4"], "strength", ONE_OVERSIGHT)
    s.ev(cases[9], ["QP12"], "strength", ONE_SHARED)
    s.ev(cases[10], ["QP5"], "strength", ONE_DIRECT)
    for k, crit in ((0, "QP3"), (3, "QP6"), (6, "SW1"), (8, "QPN4"), (10, "QP5")):
        s.grade(cases[k], crit, "outstanding")  # as tester 31's inspectors graded
    s.ev(cases[11], ["QP11"], "development", ONE_SLIP)
    s.about_area("31", ["LG4"], "strength", KESTREL_AUDITS, "INT_MANAGER")
    s.about_area("31", ["LGN4"], "strength", KESTREL_JUDGES, "INT_JUDICIARY")
    s.about_area("31", ["LG8"], "strength", KESTREL_STAFF, "PERF_DATA")
    s.about_area("31", ["LG5"], "strength", KESTREL_MENTOR, "INT_PRACTITIONER")


def _millbrook(s: Small) -> None:
    """Area 32, inadequate (module docstring)."""
    cases = [s.case(area="32", law="PRIVATE", age=AGES[k % 4]) for k in range(12)]
    for k in range(6):
        s.ev(cases[k], ["QP8"], "development", NOT_SEEN[k])
    for k in range(5):
        s.ev(cases[k + 2], ["QP7"], "development", THIN_ANALYSIS[k])
        s.ev(cases[k + 6], ["QP5"], "development", CONFLICT_UNASSESSED[k])
    for k in range(4):
        s.ev(cases[k + 7], ["QP6"], "development", NO_PLAN[k])
    for k in range(2):
        s.ev(cases[k], ["QPN4"], "development", OVERSIGHT_SHORT[k])
        s.ev(cases[k + 2], ["QPN4"], "strength", OVERSIGHT_SEEN[k])
    s.ev(cases[4], ["QPN4"], "strength", OVERSIGHT_SEEN[0].replace("second", "further"))
    s.ev(cases[4], ["QPN4"], "development", OVERSIGHT_SHORT[0].replace("five", "four"))
    s.about_area("32", ["LG4", "QPN4"], "development", MILLBROOK_ADMITS, "INT_MANAGER")
    s.about_area("32", ["LG8"], "development", MILLBROOK_LOADS, "PERF_DATA")


def _ferngate(s: Small) -> None:
    """Area 33, good (module docstring)."""
    for k in range(12):
        case = s.case(area="33", law="PRIVATE" if k % 2 else "PUBLIC", age=AGES[k % 4])
        for crit, text in FERN_GOOD.items():
            if k < 10:
                s.ev(case, [crit], "strength", f"{text} Visit {k + 1}.")
        if k >= 10:
            s.ev(case, ["QP7"], "development", THIN_ANALYSIS[k - 10])


def build(path: Path) -> Small:
    """The three areas (module docstring), graded, with the national judgements.  The
    caller closes it."""
    s = Small(path, areas=[("31", "Kestrel Bay", True), ("32", "Millbrook", True),
                           ("33", "Ferngate", True)])  # fmt: skip
    _kestrel(s)
    _millbrook(s)
    _ferngate(s)
    s.judge("J18-4A", "outstanding", area="31")
    s.judge("J18-4A", "inadequate", area="32")
    s.judge("J18-4A", "good", area="33")
    s.judge("J18-1", "requires-improvement")
    s.judge("J18-4", "requires-improvement")
    return s
