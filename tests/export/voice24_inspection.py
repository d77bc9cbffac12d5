"""A hand-written 2018-framework inspection for voice24's findings (issue 15, tester 23's
A4 and A5).  None of the text is the demo's, a tester's or the real report's, and no
name below is a real person's.

Three visited areas as in `voice23_inspection` (Northmoor outstanding, Eastfold good,
Rushby requiring improvement):

- `build_child_first`: Rushby's weak cases on wishes and feelings (QP3) whose notes say
  the child's situation first and then, in a sentence naming no child, what someone did
  wrong with it (`CHILD_FIRST`); an example of the weakness says both, opening on the
  case, never on "one practice supervisor ..." with the child left out (tester 23's A4).
  Two notes whose first sentence cannot stand in a report (the child's own words said
  by the note; a bare fragment) give the fault alone.
- `build_hit_and_miss`: Rushby's judges, one on late reports and two magistrates on
  reports that depend on who writes them (`BENCH`), a court listing officer on late
  reports and local authority staff on guardians hard to reach: the judges' view is
  said of both its subjects, never of the timeliness of reports alone beside the
  listing officer's (tester 23's A5: "a lottery depending on who you get" said as
  timeliness).
- `build_phrasal`: Rushby's weak cases whose notes say what was not done with a phrasal
  verb (`PHRASAL`: "never written up", "not set out"): the failure is said with its
  particle, never "wishes had not been set".
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import STRONG, Small
from tests.export.voice23_inspection import AREAS, GRADES

# (the child's situation, what fell short, naming no child): a note is the two joined.
CHILD_FIRST = [
    ("The girl asked the FCA twice whether she could stop staying overnight at her "
     "father's flat.",
     "The practice supervisor approved the report without asking why her wishes were "
     "left out."),
    ("The boy's grandmother noted that he 'cries every Sunday night' before going back to "
     "his father's.",
     "The report was filed without his feelings about contact being explored by the "
     "guardian."),
    ("The child's teacher wrote to the FCA about how unhappy she seemed after weekend "
     "contact.",
     "The team manager signed off the recommendation and nobody asked about her feelings "
     "or wishes."),
]  # fmt: skip
# Notes whose first sentence is no report sentence: the fault is said alone.
FAULT_ALONE = [
    "The girl told the FCA 'I never want to go back there again' at the first visit. "
    "The recommendation was written without any reference to the girl's wishes.",
    "Two sessions by phone. The practice supervisor approved contact without asking what "
    "the sessions had found.",
]


# (source, text): Rushby's stakeholders (`build_hit_and_miss`).
BENCH = [
    ("INT_JUDICIARY", "The designated family judge said section 7 reports are regularly "
                      "filed late and two final hearings had to be moved."),
    ("INT_JUDICIARY", "Two magistrates said whether a report is any use is hit and miss, "
                      "depending on who you get."),
    ("INT_PARTNER", "The court listing officer said late reports mean hearings are "
                    "adjourned most weeks."),
    ("INT_LA", "Local authority team managers said guardians are hard to reach between "
               "hearings."),
]  # fmt: skip


def build_hit_and_miss(path: Path) -> Small:
    """Three areas as `voice23_inspection.build`'s (ten cases each, Rushby's weak on
    wishes and feelings), with Rushby's stakeholders' notes (`BENCH`); written to
    `path`, open."""
    s = Small(path, areas=AREAS)
    for code, weak in (("91", set()), ("92", set()), ("93", {"QP3"})):
        s.cases_noted(code, 10, weak)
        s.judge("J18-4A", GRADES[code], area=code)
    for source, text in BENCH:
        s.about_area("93", ["LGN4"], "development", text, source)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    return s


# (criterion, text): the notes of each of Rushby's weak cases (`build_phrasal`).
PHRASAL = [
    ("QP3", "The boy made a drawing of both his homes for the guardian. His wishes are not "
            "set out anywhere in the report."),
    ("QP11", "Visits in the guardian's diary were never written up on the case file."),
]  # fmt: skip


def build_phrasal(path: Path) -> Small:
    """Three areas as `voice23_inspection.build`'s, Rushby with eight cases noted as
    `PHRASAL` says (all eight weak on wishes and feelings, five on recording), beside
    `small.STRONG` notes on the other criteria; written to `path`, open."""
    s = Small(path, areas=AREAS)
    for code in ("91", "92"):
        s.cases_noted(code, 10, set())
        s.judge("J18-4A", GRADES[code], area=code)
    s.judge("J18-4A", GRADES["93"], area="93")
    for k in range(8):
        case = s.case(area="93")
        for crit, text in PHRASAL[: 1 + (k < 5)]:  # wishes on all eight, visits on five
            s.ev(case, [crit], "development", text)
        for crit in ("QP5", "QP7", "QP11")[: 2 + (k >= 5)]:
            s.ev(case, [crit], "strength", STRONG[crit])
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    return s


def build_child_first(path: Path) -> Small:
    """Three areas as `voice23_inspection.build`'s, Rushby with eight weak cases on wishes
    and feelings (QP3) noted as `CHILD_FIRST` and `FAULT_ALONE` say (in turn), beside
    `small.STRONG` notes on the other criteria; written to `path`, open."""
    s = Small(path, areas=AREAS)
    for code in ("91", "92"):
        s.cases_noted(code, 10, set())
        s.judge("J18-4A", GRADES[code], area=code)
    s.judge("J18-4A", GRADES["93"], area="93")
    notes = [" ".join(pair) for pair in CHILD_FIRST] + FAULT_ALONE
    for k in range(8):
        case = s.case(area="93")
        s.ev(case, ["QP3"], "development", notes[k % len(notes)])
        for crit in ("QP5", "QP7", "QP11"):
            s.ev(case, [crit], "strength", STRONG[crit])
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    return s
