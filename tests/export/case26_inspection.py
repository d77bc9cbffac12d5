"""Hand-written inspections for case26's tests (issue 15; tester 25's A2, A3, A10).

Every note here was written for these tests, in words of their own: none comes from
the demo generator, a tester's database or the real report.  The 2018 framework, each
builder one or two visited areas of private law cases:

- `build_oversight`: Marlow (91), judged inadequate.  None of its ten case files shows
  that a manager oversaw the work (`NO_OVERSIGHT`, filed under management oversight on
  children's files), and its own records on managers' oversight (LG4) are one strength
  (a new manager's plan) beside two development points (its audit, a manager).
  A2: a wording saying the shortfall is partial ("not always", "not consistently") is
  no wording for this.
- `build_handover`: Oakley (93), judged inadequate.  In five cases a note lists the
  changes of practitioner and then says no handover was recorded, after that fragment
  (`CHURN`); in four others a note says police checks were not done, after a fragment
  too (`UNCHECKED`).  A3: "no handover had been recorded" tells the reader nothing
  without the changes of practitioner; police checks are a thing known on their own.
- `build_lower`: Pangbourne (94), judged requires improvement, whose evidence is an
  inadequate area's: safeguarding short in eight of ten cases, analysis and seeing the
  child in nine; and Quarley (95), judged requires improvement, whose evidence is
  mixed, as the grade says.  A10: the first may deserve a lower grade, and says so
  once, in its own section.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AGES = ("5-9", "10-13", "14-15")

# Marlow -----------------------------------------------------------------------------------
NO_OVERSIGHT = (
    "No sign of a manager on the file.",
    "no management oversight recorded on file.",
    "Manager oversight absent; nobody checked the plan before filing.",
    "No supervision record for this child in four months.",
    "The file has no sign that anyone senior read the report before filing.",
)
SAFETY_MISSED = (
    "The mother's account of the partner's threats went nowhere: the council never heard it.",
    "A police call-out in June is in the bundle and the report never mentions it.",
    "The girl said she was scared at weekends and nothing followed on the file.",
)
THIN_ANALYSIS = "The report lists what each parent said and weighs none of it."
PLAN_STARTED = (
    "The service manager, new this autumn, has a sensible plan and has begun fortnightly "
    "case reviews with each team."
)
AUDIT_WEAK = (
    "The area's audit found weak challenge by managers in 11 of 18 files; no follow-up yet."
)
MANAGER_SAID = (
    "The head of practice could not tell us which teams had the weakest files; no audit of "
    "oversight has been done."
)


def build_oversight(path: Path) -> Small:
    """Marlow on its own, written to `path`; the caller closes it."""
    s = Small(path, areas=[("91", "Marlow", True)])
    for k in range(10):
        case = s.case(area="91", law="PRIVATE", age=AGES[k % 3])
        s.ev(case, ["QPN4"], "development", NO_OVERSIGHT[k % len(NO_OVERSIGHT)])
        s.ev(case, ["SW1"], "development", SAFETY_MISSED[k % len(SAFETY_MISSED)])
        s.ev(case, ["QP7"], "development", THIN_ANALYSIS)
    s.about_area("91", ["LG4"], "strength", PLAN_STARTED, "INT_MANAGER")
    s.about_area("91", ["LG4"], "development", AUDIT_WEAK, "QA_AUDIT")
    s.about_area("91", ["LG4"], "development", MANAGER_SAID, "INT_MANAGER")
    s.judge("J18-4A", "inadequate", area="91")
    return s


# Oakley -----------------------------------------------------------------------------------
CHURN = (
    "Three FCAs in four months, no handover recorded.",
    "Two practitioners in six weeks, no handover recorded.",
    "Fourth change of worker since the spring, no handover recorded.",
    "New FCA from week six, no handover recorded.",
    "Three guardians in one year, no handover recorded.",
)
UNCHECKED = (
    "Home visit only, police checks not done.",
    "One phone call with the father, police checks not done.",
    "Desk-based assessment, police checks not done.",
    "Second report in a month, police checks not done.",
)
WEAK_SAFETY = "The risk from the father's drinking is named in the application and not followed."


def build_handover(path: Path) -> Small:
    """Oakley on its own, written to `path`; the caller closes it."""
    s = Small(path, areas=[("93", "Oakley", True)])
    for k in range(10):
        case = s.case(area="93", law="PRIVATE", age=AGES[k % 3])
        s.ev(case, ["SW1"], "development", WEAK_SAFETY)
        s.ev(case, ["QP7"], "development", THIN_ANALYSIS)
        if k < len(CHURN):
            s.ev(case, ["QPN4"], "development", CHURN[k])
        elif k - len(CHURN) < len(UNCHECKED):
            s.ev(case, ["SW1"], "development", UNCHECKED[k - len(CHURN)])
    s.judge("J18-4A", "inadequate", area="93")
    return s


# Pangbourne and Quarley -------------------------------------------------------------------
WEAK = {
    "SW1": "Concerns the school raised in March were never followed up with the council.",
    "QP7": "The recommendation does not follow from anything the report weighs.",
    "QP8": "The boy was seen once, with his mother in the room, for twenty minutes.",
    "QP3": "What the child wants is guessed from the mother's statement.",
}
STRONG = {
    "SW1": "The practitioner rang the council the same day the girl spoke of the bruise.",
    "QP7": "Each option is weighed against what the girl needs, and the choice explained.",
    "QP8": "The boy was seen alone twice, once at school and once at the family centre.",
    "QP3": "The child's own reasons for wanting more time with her father are set out.",
}


def build_lower(path: Path) -> Small:
    """Pangbourne and Quarley, written to `path`; the caller closes it."""
    s = Small(path, areas=[("94", "Pangbourne", True), ("95", "Quarley", True)])
    for k in range(10):  # Pangbourne: weak almost throughout
        case = s.case(area="94", law="PRIVATE", age=AGES[k % 3])
        for crit in WEAK:
            weak = k < (8 if crit in ("SW1", "QP3") else 9)
            s.ev(case, [crit], "development" if weak else "strength",
                 WEAK[crit] if weak else STRONG[crit])  # fmt: skip
    s.judge("J18-4A", "requires-improvement", area="94")
    for k in range(10):  # Quarley: about half and half, safeguarding mostly sound
        case = s.case(area="95", law="PRIVATE", age=AGES[k % 3])
        for crit in WEAK:
            weak = k < (3 if crit == "SW1" else 5)
            s.ev(case, [crit], "development" if weak else "strength",
                 WEAK[crit] if weak else STRONG[crit])  # fmt: skip
    s.judge("J18-4A", "requires-improvement", area="95")
    return s


# Wexcombe and Yarrow ------------------------------------------------------------------------
# Both judged requires improvement, twenty cases each, strong on wishes and feelings and
# analysis throughout.  Wexcombe's safeguarding concerns were not followed up in three
# cases (15%): "not yet good" for its safeguarding.  Yarrow's in one (5%): its strengths
# dispute the grade, as before.
def build_kept(path: Path) -> Small:
    """Wexcombe (92) and Yarrow (90), written to `path`; the caller closes it."""
    s = Small(path, areas=[("92", "Wexcombe", True), ("90", "Yarrow", True)])
    for code, weak in (("92", 3), ("90", 1)):
        for k in range(20):
            case = s.case(area=code, law="PRIVATE", age=AGES[k % 3])
            s.ev(case, ["QP3"], "strength", STRONG["QP3"])
            s.ev(case, ["QP7"], "strength", STRONG["QP7"])
            s.ev(case, ["SW1"], "development" if k < weak else "strength",
                 WEAK["SW1"] if k < weak else STRONG["SW1"])  # fmt: skip
        s.judge("J18-4A", "requires-improvement", area=code)
    return s
