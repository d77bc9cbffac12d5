"""A hand-written 2018-framework inspection for voice23's findings (issue 15, tester 22's
A6 and A7).  None of the text is the demo's, a tester's or the real report's, and no
name below is a real person's.

Three visited areas of clearly different quality (Northmoor outstanding, Eastfold good,
Rushby requiring improvement), ten to twelve cases each with one note per practice
criterion of `small.STRONG`, and notes of the kinds inspectors type in a hurry:

- Eastfold's local authority: two heads of safeguarding who spoke together
  (`TWO_HEADS`): said as two, in the note's own words, never "one local authority
  representative".
- Each area's staff survey (`SURVEYS`): a label naming the survey, then figures, one
  on the support staff feel and one on their caseloads: the claim on the culture of
  support states its own figure, never a wording without it.
- Rushby's service manager (`POSTS_COVERED`): a sentence, then after a semicolon a
  passive with its "are" left out ("three posts covered by locum guardians ..."): the
  fragment is left off.
- The national equality lead (`EQUALITY_LEAD`): a role with no article ("Equality lead
  described ...") gets one; an internal audit finds the other side.
- Rushby's court listing officer (`COURT_STAFF`): a partner agency whose view of late
  reports is of the timeliness of reports, as judges', never "the timeliness of the
  service's requests to them" (tester 23's A5).
- `build_told_first`: Rushby's weak cases on wishes and feelings whose notes tell what
  happened first and say what fell short after (`TOLD_FIRST`): a weakness is never
  illustrated by the sentence that only tells what happened (tester 23's A4).
- Northmoor's judges (`EVEN_JUDGES`): three notes each praising how clear reports are and
  that they come on time, three criticising, two the lateness of reports and one a thin
  analysis.  As much praise as criticism, and each subject praised more often than it is
  criticised: the criticism is said of what it was about, never of "the service".
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import STRONG, Small

AREAS = [
    ("91", "Northmoor", True),  # outstanding
    ("92", "Eastfold", True),  # good
    ("93", "Rushby", True),  # requires improvement
]
GRADES = {"91": "outstanding", "92": "good", "93": "requires-improvement"}
WEAKNESSES: dict[str, list[tuple[int, set[str]]]] = {
    "91": [(10, set())],
    "92": [(8, set()), (3, {"QP5"})],
    "93": [(5, set()), (7, {"QP3", "QP11"})],
}

TWO_HEADS = (
    "Two heads of safeguarding said the guardians answer calls quickly and challenge care "
    "plans fairly at reviews."
)
# (area, text): each area's staff survey, the support first, then caseloads.
SURVEYS = [
    ("91", "Team survey for Northmoor: 90% of 31 staff say they feel supported by their "
           "supervisor; 71% say caseloads are manageable."),
    ("92", "Eastfold staff survey: 82% of 40 staff say they feel supported by their "
           "supervisor; 58% say caseloads are manageable."),
    ("93", "Staff survey (Rushby): 64% of 25 staff say they feel supported by their manager, "
           "39% say caseloads are manageable."),
]  # fmt: skip
# (polarity, text): Northmoor's judges.
EVEN_JUDGES = [
    ("strength", "District judge: the reports from Northmoor are clear and always arrive on "
                 "time."),
    ("strength", "Recorder: section 7 reports are well argued and come in on time."),
    ("strength", "Legal adviser: the letters are of a high standard and are filed on time."),
    ("development", "DFJ: two addendum reports were filed late this term."),
    ("development", "Magistrates: reports in the spring list came in late."),
    ("development", "Circuit judge: one analysis was thin on the mother's history."),
]  # fmt: skip
COURT_STAFF = (
    "HMCTS listing officer said two final hearings were put off this term because the "
    "guardians' reports arrived late."
)
# Notes that tell what happened, then what fell short (`build_told_first`).
TOLD_FIRST = [
    "The girl told the guardian at school what she wants for the summer holidays with her "
    "father. The report does not say it.",
    "The boy drew his worries about moving house for the FCA in the first session. Nobody "
    "asked him about them again.",
    "The twins gave their views to the FCA together in the kitchen at home. Neither child "
    "was seen alone after that.",
]
POSTS_COVERED = (
    "Service manager said sickness absence is the main pressure on the team; three posts "
    "covered by locum guardians since the spring."
)
EQUALITY_LEAD = (
    "Equality lead described the new race equality action plan and the staff networks it set up."
)
EQUALITY_AUDIT = (
    "The national audit found that reports rarely say why a child's faith or heritage was "
    "not relevant to the recommendation."
)


def build(path: Path) -> Small:
    """The inspection (see the module docstring), written to `path`, open (close it when
    done)."""
    s = Small(path, areas=AREAS)
    for code, batches in WEAKNESSES.items():
        for n, weak in batches:
            s.cases_noted(code, n, weak)
        s.judge("J18-4A", GRADES[code], area=code)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    s.about_area("92", ["LGN4"], "strength", TWO_HEADS, "INT_LA")
    for code, text in SURVEYS:
        s.about_area(code, ["LG5"], "strength", text, "SURVEY_STAFF")
    s.about_area("93", ["LG8"], "development", POSTS_COVERED, "INT_MANAGER")
    for polarity, text in EVEN_JUDGES:
        s.about_area("91", ["QP7"], polarity, text, "INT_JUDICIARY")
    s.national(["LG9"], "strength", EQUALITY_LEAD, "INT_MANAGER")
    s.national(["LG9"], "development", EQUALITY_AUDIT, "QA_AUDIT")
    s.about_area("93", ["LGN4"], "development", COURT_STAFF, "INT_PARTNER")
    return s


def build_told_first(path: Path) -> Small:
    """Three areas as `build`'s, Rushby with eight weak cases on wishes and feelings
    (QP3), each note telling what happened first and saying what fell short after
    (`TOLD_FIRST`, in turn), beside `small.STRONG` notes on the other criteria; written
    to `path`, open."""
    s = Small(path, areas=AREAS)
    for code in ("91", "92"):
        s.cases_noted(code, 10, set())
        s.judge("J18-4A", GRADES[code], area=code)
    s.judge("J18-4A", GRADES["93"], area="93")
    for k in range(8):
        case = s.case(area="93")
        s.ev(case, ["QP3"], "development", TOLD_FIRST[k % len(TOLD_FIRST)])
        for crit in ("QP5", "QP7", "QP11"):
            s.ev(case, [crit], "strength", STRONG[crit])
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    return s
