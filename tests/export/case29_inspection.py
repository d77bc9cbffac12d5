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
