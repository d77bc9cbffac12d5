"""A hand-written inspection whose practice is mixed on almost every criterion (issue 15:
varied sentences), built through the public Store API for `test_vary_shapes.py`.

Two areas of 20 sampled cases: Fenmoor (good: most cases strong on each criterion, a
material few weak) and Brackwater (requires improvement: most weak, a material few
strong).  Each criterion's notes are in an inspector's own words, two ways of putting
each, so that no two cases' notes are one note copied.  Every criterion in the plan
has material cases on both sides, so each is said in one balanced sentence.
"""

from __future__ import annotations

from pathlib import Path

from store.store import Store
from tests.export.small import Small

# (strength notes, development notes) per criterion, each in two wordings.
NOTES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "QP1": (
        (
            "Allocated on the day the order arrived; the report went in a week early.",
            "Work began within days of the hearing and nothing was filed late.",
        ),
        (
            "The file sat unallocated for six weeks and the report was filed after the deadline.",
            "The report was a fortnight late because nobody picked the case up after leave.",
        ),
    ),
    "QP2": (
        (
            "Screening checked police and school records before the first hearing and named the risks.",
            "The first risk assessment drew on the GP and the health visitor as well as the police.",
        ),
        (
            "Early checks missed the stepfather's history; no police check was asked for.",
            "The screening letter listed the allegations but did not weigh the risk to the girl.",
        ),
    ),
    "QP3": (
        (
            "The report sets out in the boy's words what he wants and explains why it matters to him.",
            "The girl's wishes are recorded and the FCA explains them in the light of what she has seen.",
        ),
        (
            "The report quotes the child once and says nothing about why she feels as she does.",
            "What the boy wants is recorded in a line, with no account of what lies behind it.",
        ),
    ),
    "QP5": (
        (
            "The FCA used a drawing of the two houses to help the girl talk about each home.",
            "Direct work over three visits used cards and a walk to help the boy say what worries him.",
        ),
        (
            "No direct work is recorded before the report was written.",
            "The only session with the child was a short chat in the car park.",
        ),
    ),
    "QP6": (
        (
            "The case plan says what will be done by whom before each hearing and is kept up to date.",
            "The plan was revised after the move to the grandmother's and sets out the next steps.",
        ),
        (
            "There is no case plan on the file after the first hearing.",
            "The plan has not been updated since the child changed school.",
        ),
    ),
    "QP7": (
        (
            "The analysis weighs each option for the child and the recommendation follows from it.",
            "The report weighs the risks of each parent's proposal and reaches a clear conclusion.",
        ),
        (
            "The report retells the history at length but does not analyse what it means for the child.",
            "The recommendation does not follow from the analysis, which stops at the parents' accounts.",
        ),
    ),
    "QP8": (
        (
            "The boy was seen alone at school twice, which suited his age.",
            "The FCA saw the girl on her own and recorded why that was right for her.",
        ),
        (
            "The child was never seen alone, and the file does not say why.",
            "The girl was seen once, briefly, with her mother in the room.",
        ),
    ),
    "QP11": (
        (
            "Every contact is written up within two days and the file is easy to follow.",
            "Case notes are current, and each decision is recorded with its reasons.",
        ),
        (
            "Nothing has been written on the file for nine weeks.",
            "Key conversations with the school are missing from the record.",
        ),
    ),
    "SW1": (
        (
            "The new allegation was passed to the local authority the same day and followed up.",
            "When the school raised a concern, the FCA checked with children's services within a day.",
        ),
        (
            "A disclosure at school was not followed up for three weeks.",
            "The police call-out was noted but nobody checked what children's services did about it.",
        ),
    ),
}

# Cases for and against each criterion, in each area (20 cases sampled in each).
PLANS = {
    "4": {"QP1": (14, 4), "QP2": (12, 5), "QP3": (15, 3), "QP5": (11, 5), "QP6": (13, 4),
          "QP7": (12, 6), "QP8": (16, 3), "QP11": (10, 6), "SW1": (9, 3)},
    "9": {"QP1": (5, 12), "QP2": (6, 11), "QP3": (7, 10), "QP5": (4, 12), "QP6": (5, 11),
          "QP7": (6, 12), "QP8": (7, 11), "QP11": (5, 10), "SW1": (4, 8)},
}  # fmt: skip
SIZE = 20


def build(path: Path) -> Store:
    """The inspection, open: Fenmoor (Area 4) good, Brackwater (Area 9) requires
    improvement."""
    s = Small(path, areas=[("4", "Fenmoor", True), ("9", "Brackwater", True)])
    for area, plan in PLANS.items():
        cases = [s.case(area=area, law="PRIVATE" if k % 2 else "PUBLIC") for k in range(SIZE)]
        for crit, (pos, neg) in plan.items():
            strong, weak = NOTES[crit]
            for k in range(pos):
                s.ev(cases[k], [crit], "strength", strong[k % 2])
            for k in range(pos, pos + neg):
                s.ev(cases[k], [crit], "development", weak[k % 2])
    s.judge("J18-4A", "good", area="4")
    s.judge("J18-4A", "requires-improvement", area="9")
    s.judge("J18-1", "requires-improvement")
    return s.store
