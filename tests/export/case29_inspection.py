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
