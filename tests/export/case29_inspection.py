"""Hand-written inspections for case29's tests (issue 15; tester 28's A2 and A3).

Every note here was written for these tests, in words of their own: none comes from
the demo generator, a tester's database or the real report.

- `build_sparse_safeguarding`: Kestrel Vale (95) and Larkhill (96), 2018, each of
  `per_area` cases with sound analysis and wishes and feelings in every one; safeguarding
  written about in only `with_view` cases of the two areas together (taken in turn from
  each), `short_in` of them falling short, the rest followed up well.  Inspectors write
  about safeguarding mostly where something is wrong, so a share of those few cases says
  little of the many sampled (tester 28's A2: 11 of 29 cases, of 84 sampled, said
  "many").
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AGES = ("2-4", "5-9", "10-13", "14-15")

# Safeguarding that fell short, each case its own way.
SHORT = (
    "The police check arrived after the first hearing and nobody read it before the letter went.",
    "The mother spoke of the father's drinking at screening and no one asked the council about it.",
    "A school referral about bruising sat on the file for three weeks without any follow-up.",
    "The FCA noted the boy's fear of his uncle but did not pass the worry on to children's services.",
    "Checks on the new partner were never asked for although he now lives at the house.",
)
FOLLOWED_UP = (
    "The FCA told the council about the neighbour's call the same morning and logged the reply.",
    "When the girl mentioned a fight at home, a referral went to children's services that day.",
)
ANALYSED = "The report weighs each parent's plan against what the child needs and explains why."
HEARD = "The letter gives the child's own view of both homes, in his words, and what he hopes for."


def build_sparse_safeguarding(
    path: Path, per_area: int = 30, with_view: int = 12, short_in: int = 8
) -> Small:
    """Kestrel Vale (95) and Larkhill (96), 2018, `per_area` cases each (see the module
    docstring).  The caller closes it."""
    s = Small(path, areas=[("95", "Kestrel Vale", True), ("96", "Larkhill", True)])
    n = 0
    for k in range(per_area):
        for area in ("95", "96"):
            case = s.case(area=area, law="PRIVATE", age=AGES[k % 4])
            if n < with_view:
                short = n < short_in
                s.ev(case, ["SW1"], "development" if short else "strength",
                     SHORT[n % len(SHORT)] if short else FOLLOWED_UP[n % 2])  # fmt: skip
            n += 1
            s.ev(case, ["QP7"], "strength", ANALYSED)
            s.ev(case, ["QP3"], "strength", HEARD)
    return s


# Tester 28's A3: notes on a child's identity filed under safeguarding.
SAFE_DONE = (
    "The FCA passed the nursery's worry about the toddler's weight to the council that day.",
    "Police and council checks were read before the letter and the old caution is weighed in it.",
    "A referral followed the boy's account of being locked in his room, and the FCA chased it.",
)
IDENTITY_ONLY = (
    "The letter to court says nothing about the girl's Sikh faith or the gurdwara she attends.",
    "No interpreter was booked, so the mother was never asked in her first language about her son.",
    "The report does not explore the boy's dual heritage or how he sees his own identity.",
)
RELIGION_AT_RISK = (
    "The father plans to take the girl abroad for a religious ceremony; the FCA did not weigh "
    "the risk of forced marriage."
)


def build_identity_notes(path: Path) -> Small:
    """Moorfield (97), 2018, twelve cases with sound analysis: six with safeguarding
    concerns followed up well; three with a development note tagged with following up
    safeguarding concerns that speaks only of the child's faith, language or heritage
    (T-007 to T-009); one whose note on the child's religion raises a risk the FCA did
    not weigh (T-010); two with nothing on safeguarding.  The caller closes it."""
    s = Small(path, areas=[("97", "Moorfield", True)])
    for k in range(12):
        case = s.case(area="97", law="PRIVATE", age=AGES[k % 4])
        if k < 6:
            s.ev(case, ["SW1"], "strength", SAFE_DONE[k % 3])
        elif k < 9:
            s.ev(case, ["SW1"], "development", IDENTITY_ONLY[k - 6])
        elif k == 9:
            s.ev(case, ["SW1"], "development", RELIGION_AT_RISK)
        s.ev(case, ["QP7"], "strength", ANALYSED)
    return s


# Tester 28's A6: an area's leadership and management, said early in its section.
UNCHECKED = (
    "Team managers sign off reports without reading the case notes; none of the six files "
    "seen in supervision had a manager's comment on the quality of the analysis."
)
AUDITS_UNUSED = (
    "The area's audit found weak analysis in half the reports, but the manager could not say "
    "what had changed since; no action plan followed the audit."
)
WEAK_ANALYSIS = (
    "The report repeats the history and gives no reasoning for the recommendation.",
    "The letter lists what the parents said but never weighs it against the child's needs.",
    "Risks named in the checks are left out of the analysis, so the court cannot see why.",
)
UNRECORDED = "Nothing has been written on the file since the hearing two months ago."
UNPLANNED = "There is no plan for the work: who is to be seen, and by when, is not set out."
DELAYED = "The report was filed three weeks late and the hearing had to be put back."
NOT_SEEN = (
    "The child was not seen before the report was filed and no reason is recorded.",
    "The boy was seen once, with his mother in the room, and never on his own.",
)


def build_led_weakly(path: Path) -> Small:
    """Quarrydale (98), 2018, judged requires improvement, twelve cases: analysis in
    reports weak in ten of them, children not seen alone in eight; the area's managers
    check too little of the work (an observation of supervision) and do not act on the
    audit they made (the audit).  The caller closes it."""
    s = Small(path, areas=[("98", "Quarrydale", True)])
    for k in range(12):
        case = s.case(area="98", law="PRIVATE", age=AGES[k % 4])
        weak = k < 10
        s.ev(case, ["QP7"], "development" if weak else "strength",
             WEAK_ANALYSIS[k % 3] if weak else ANALYSED)  # fmt: skip
        if k < 8:
            s.ev(case, ["QP8"], "development", NOT_SEEN[k % 2])
        if k < 7:  # more weaknesses, so that the practice fills more than one paragraph
            s.ev(case, ["QP11"], "development", UNRECORDED)
            s.ev(case, ["QP6"], "development", UNPLANNED)
            s.ev(case, ["QP1"], "development", DELAYED)
        s.ev(case, ["QP3"], "strength", HEARD)
    s.about_area("98", ["LG4"], "development", UNCHECKED, "OBS_SUPERVISION")
    s.about_area("98", ["LG6"], "development", AUDITS_UNUSED, "QA_AUDIT")
    s.judge("J18-4A", "requires-improvement", area="98")
    return s
