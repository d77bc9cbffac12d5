"""A hand-written inspection under the 2021 framework that requires improvement (issue 15,
kf20b: tester 20's draft audit, A2 and A5).  Three visited areas, 12 private and 12
public law cases.  None of its text is the demo's, a tester's or the real report's.

- Safeguarding (SW1): the response to risk falls short in seven of ten cases.
- Advice to the court (SW2): sound in five public law cases, vague in four, spread over
  the areas: its cases lean positive, so it is no point for improvement.
- Seeing children alone (QP8): not done in 18 of 21 cases; case recording (QP11) behind
  in seven of 12.
- The practitioner's relationship with the child (QPN1) is a strength in nine of the ten
  public law cases with a note on it (no private law case has one): too few of the 24
  cases assessed for a strength of the whole service, but public law's own.  The child's
  wishes and feelings (QP3) are a strength in seven of the 12 private law cases.
Every judgement is graded requires improvement.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [("41", "Fenmoor", True), ("42", "Kestrel Vale", True), ("43", "Oakhurst", True)]

RISK_WEAK = (
    "A referral about the stepfather's drinking sat unread for three weeks.",
    "The police callout was known but nobody asked what the child had seen.",
    "Concerns from the school were filed and no strategy discussion was asked for.",
)
RISK_GOOD = "The worker rang children's services the same day the bruising was reported."
ADVICE_GOOD = (
    "The position statement told the court plainly what the child needed next.",
    "Advice at the first hearing was specific about which checks were still outstanding.",
    "The court was told exactly which assessment the family needed and why.",
)
ADVICE_WEAK = (
    "Advice at the first hearing only said that more enquiries were needed.",
    "The officer's advice to the magistrates gave no detail of what was outstanding.",
)
ALONE_WEAK = (
    "The boy was only ever seen with his mother in the room.",
    "No record shows the girl was spoken to without a parent present.",
    "The children were seen together at home and never on their own.",
)
ALONE_GOOD = "The girl was seen on her own at school before the report was written."
RECORD_WEAK = (
    "Visits from last month are still not written up on the file.",
    "The file has no note of the call to the father in the spring.",
)
RECORD_GOOD = "Each contact with the family is written up within a day or two."
BOND_GOOD = (
    "The guardian kept the same visiting day every fortnight and the boy trusted her.",
    "The teenager said the guardian was the one adult who always rang back.",
    "The guardian got to know the baby's carers and visited at feed times.",
    "The girl chose to meet the guardian at the park and talked freely there.",
)
BOND_WEAK = "The child met three different guardians and could not name any of them."
WISH_GOOD = (
    "The report gives the girl's own words about her weekends with her father.",
    "What the boy wants is set out and weighed against the risks to him.",
)
WISH_WEAK = "The report says nothing about what the child himself wants."


def requires_improvement(path: Path) -> Small:
    """See the module docstring."""
    s = Small(path, areas=AREAS, framework="cafcass-2021")
    n = 0
    for a, (code, _name, _v) in enumerate(AREAS):
        for j in range(8):
            n += 1
            law = "PRIVATE" if j < 4 else "PUBLIC"
            case = s.case(area=code, law=law, age=("5-9", "10-13", "14-15")[n % 3])
            if j < 3 or (j == 3 and a < 1):  # SW1: 7 against, 3 for
                s.ev(
                    case,
                    ["SW1"],
                    "development" if j < 2 or (a == 0 and j == 2) else "strength",
                    RISK_WEAK[n % 3] if j < 2 or (a == 0 and j == 2) else RISK_GOOD,
                )
            if j in (4, 5, 6):  # SW2: 9 cases, 4 against and 5 for, in every area
                weak = (a, j) in ((0, 4), (1, 4), (2, 4), (0, 5))
                s.ev(
                    case,
                    ["SW2"],
                    "development" if weak else "strength",
                    ADVICE_WEAK[n % 2] if weak else ADVICE_GOOD[n % 3],
                )
            if j != 7:  # QP8: 18 cases, 13 against (every area)
                weak = j < 5 or (a < 2 and j == 5) or (a == 0 and j == 6)
                s.ev(
                    case,
                    ["QP8"],
                    "development" if weak else "strength",
                    ALONE_WEAK[n % 3] if weak else ALONE_GOOD,
                )
            if j in (1, 2, 5, 6):  # QP11: 12 cases, 7 against
                weak = j in (1, 5) or (a == 0 and j == 2)
                s.ev(
                    case,
                    ["QP11"],
                    "development" if weak else "strength",
                    RECORD_WEAK[n % 2] if weak else RECORD_GOOD,
                )
            if law == "PUBLIC" and not (a == 2 and j > 5):  # QPN1: 9 of 10 for
                weak = a == 1 and j == 7
                s.ev(
                    case,
                    ["QPN1"],
                    "development" if weak else "strength",
                    BOND_WEAK if weak else BOND_GOOD[n % 4],
                )
            elif law == "PRIVATE":  # QP3: 7 of 12 private law cases for
                weak = j == 3 or (a == 2 and j < 2)
                s.ev(
                    case,
                    ["QP3"],
                    "development" if weak else "strength",
                    WISH_WEAK if weak else WISH_GOOD[n % 2],
                )
    for jid in ("J21-1", "J21-2", "J21-3"):
        s.judge(jid, "requires-improvement")
    return s
