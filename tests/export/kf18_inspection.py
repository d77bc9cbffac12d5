"""A small 2018-framework inspection written by hand for kf18's rules (issue 15,
tester 17's F14 (g)), none of its text the demo's or a tester's.

`subjects`: one visited area (Wessex, Area 6), private law judged to require
improvement, public law good, leaders good.

- 16 private law cases.  Children's wishes (QP3) are a strength in 11, weak in five; analysis
  in reports (QP7) is weak in eight and sound in eight (an even split, the weightiest
  weakness by cases); seeing children alone (QP8) is a strength in every case and direct
  work (QP5) in ten, weak in six, so that the strengths' paragraph has more than it
  states; case recording (QP11) is noted in three cases, weak in two.
- Parents' drinking or drug use, which no criterion names, runs through the private law
  notes, filed under initial risk assessment (QP2), safeguarding (SW1) or analysis:
  the work on it falls short in `weak_subject` cases (seven by default) and is good in
  three; six more cases have a strength note saying there was no such concern ("No
  concerns about drug or alcohol use ..."), which is no finding on work with it.
  Every other case's risk assessment is a plain strength.
- 8 public law cases, every note a strength, none naming the subject.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

WISHES = (
    "The report quotes the girl on how she wants weekends split and gives her reasons.",
    "The boy's own drawing of his two homes is described, with what he said about it.",
    "The practitioner met the child twice and records what she wants, in her words.",
)
SEEN = (
    "The practitioner saw the girl alone at school, away from both parents.",
    "The boy was seen on his own twice, once at each parent's home.",
)
DIRECT = (
    "A feelings thermometer helped the child say how handovers feel.",
    "The practitioner used a week-planner with the boy to talk about both homes.",
)
DIRECT_WEAK = (
    "Nothing was done with the child beyond one short conversation in the car.",
    "No direct work is on file; the report was written from the parents' accounts.",
)
WISHES_WEAK = (
    "The child was not asked; the report says only that she is settled.",
    "What the boy wants is given in his mother's words, not his own.",
)
ANALYSIS = (
    "The analysis weighs each parent's proposal against the child's needs.",
    "The recommendation follows from a clear weighing of risks and strengths.",
)
ANALYSIS_WEAK = (
    "The report repeats both parents' positions and reaches no view of its own.",
    "The recommendation is not explained by anything in the body of the report.",
)
RISK = (
    "Checks with police and the local authority were back before the first hearing.",
    "Screening was thorough and the safeguarding letter reached the court in time.",
)
# The subject's notes: where the work fell short, with the criteria each is filed under.
SUBJECT_WEAK = (
    (
        ["QP2"],
        "The father's drinking was raised by the school, but the risk it poses at contact was never assessed.",
    ),
    (
        ["SW1"],
        "Mother disclosed daily drug use at the telephone interview; nobody followed it up before the hearing.",
    ),
    (
        ["QP7"],
        "The report mentions alcohol misuse in passing and recommends overnight stays without weighing it.",
    ),
    (
        ["QP2", "SW1"],
        "Substance misuse by both parents is noted on the referral, but no testing was asked about.",
    ),
)
SUBJECT_GOOD = (
    (
        ["QP2"],
        "The practitioner asked the court for hair-strand testing once the father's drug use came to light.",
    ),
    (
        ["QP7"],
        "The report explains how the mother's drinking affects the boy and why contact is supervised.",
    ),
)
NO_SUBJECT = "No concerns about drug or alcohol use were raised by either parent or by the checks."
RECORDING = (
    ("development", "Nothing was written on the file for seven weeks after the first hearing."),
    ("development", "Visits are not written up; the last entry is from the allocation."),
    ("strength", "The file is current and each visit is written up within two days."),
)
PUBLIC = (
    (["QP3"], "The guardian sets out what the boy wants about contact with his sisters."),
    (["QP7"], "The position statement gives an independent view of the care plan and why."),
    (["QP2"], "Risks were set out at the first hearing from the local authority's chronology."),
)


def subjects(path: Path, *, weak_subject: int = 7) -> Small:
    """The inspection described in the module docstring."""
    s = Small(path)
    for n in range(16):
        case = s.case(law="PRIVATE", age="10-13" if n % 2 else "5-9")
        if n < 11:
            s.ev(case, ["QP3"], "strength", WISHES[n % 3])
        else:
            s.ev(case, ["QP3"], "development", WISHES_WEAK[n % 2])
        s.ev(case, ["QP8"], "strength", SEEN[n % 2])
        if n < 10:
            s.ev(case, ["QP5"], "strength", DIRECT[n % 2])
        else:
            s.ev(case, ["QP5"], "development", DIRECT_WEAK[n % 2])
        weak = n < 8
        s.ev(case, ["QP7"], "development" if weak else "strength",
             (ANALYSIS_WEAK if weak else ANALYSIS)[n % 2])  # fmt: skip
        if n < weak_subject:
            crits, text = SUBJECT_WEAK[n % len(SUBJECT_WEAK)]
            s.ev(case, crits, "development", text)
        elif n < weak_subject + 3:
            crits, text = SUBJECT_GOOD[n % len(SUBJECT_GOOD)]
            s.ev(case, crits, "strength", text)
        elif n < weak_subject + 9:
            s.ev(case, ["QP2"], "strength", NO_SUBJECT)
        else:
            s.ev(case, ["QP2"], "strength", RISK[n % 2])
        if n < len(RECORDING):
            polarity, text = RECORDING[n]
            s.ev(case, ["QP11"], polarity, text)
    for _n in range(8):
        case = s.case(law="PUBLIC", age="10-13")
        for crits, text in PUBLIC:
            s.ev(case, crits, "strength", text)
    s.judge("J18-0", "requires-improvement")
    s.judge("J18-1", "requires-improvement")
    s.judge("J18-2", "good")
    s.judge("J18-3", "good")
    return s


# Safeguarding notes (SW1), several of each so that no two cases read alike.
FOLLOWED = (
    "The police information about the stepfather was chased the same day and shared with the court.",
    "When the school raised bruising, the practitioner made a referral within the hour.",
    "A new allegation was checked with children's services before the hearing and the plan changed.",
)
NOT_FOLLOWED = (
    "A neighbour's report of shouting at night sat on the file for a month with no action.",
    "The child's disclosure at school was recorded but no referral was made.",
    "Checks came back showing a previous conviction and nobody told the court.",
)


def safeguarding_lean(
    path: Path, *, public_against: int = 9, private_against: int = 4,
    public_grade: str = "requires-improvement",
) -> Small:  # fmt: skip
    """Twelve public law and twelve private law cases in Wessex (Area 6), each with one
    safeguarding note (SW1): against in `public_against` public law cases and
    `private_against` private law ones, for in the rest; public law judged
    `public_grade` (requires improvement), private law good.

    With the defaults, 13 of the 24 cases are against (a majority of all the cases),
    nine of them public law (69%, less than the framework's three quarters), while
    private law's own cases lean the other way (eight for, four against): a share of all
    the cases would contradict the private law section."""
    s = Small(path)
    for law, against in (("PUBLIC", public_against), ("PRIVATE", private_against)):
        for n in range(12):
            case = s.case(law=law, age="10-13")
            weak = n < against
            s.ev(case, ["SW1"], "development" if weak else "strength",
                 (NOT_FOLLOWED if weak else FOLLOWED)[n % 3])  # fmt: skip
            s.ev(case, ["QP3"], "strength", WISHES[n % 3])
    s.judge("J18-0", "requires-improvement")
    s.judge("J18-1", "good")
    s.judge("J18-2", public_grade)
    s.judge("J18-3", "good")
    return s


# Strengths on many cases, each with a minority against, and strengths on few cases.
BROAD = {
    "QP3": (
        ("The girl's wish to keep her Saturday job shaped the contact plan.",
         "What the boy wants is in his words and the report explains its weight."),
        ("The report gives the mother's view of what the child wants, not the child's.",),
    ),
    "QP7": (
        ("The analysis sets the father's new relationship against the boy's routine.",
         "The recommendation follows from the risks weighed in the body of the report."),
        ("The report retells the history and stops short of a view on it.",),
    ),
    "QP2": (
        ("Checks were back before the first hearing and the letter set out each risk.",
         "The screening call with each parent was thorough and recorded in full."),
        ("The first checks missed a previous referral held by the local authority.",),
    ),
}  # fmt: skip
FEW = {
    "QP4": "The plan was rewritten around the child's school year, not the parents' shifts.",
    "QP5": "The practitioner used a feelings card game with the girl over two visits.",
    "QP6": "Each visit had a stated purpose, agreed with the manager beforehand.",
}


RECORDS = (
    "The file is current and the reasons for each step are recorded.",
    "Case notes stop after the first hearing; visits since are not written up.",
)
OVERSIGHT = (
    "The manager's note on the file sets a date for the next review and it was met.",
    "No manager has signed the plan and the file shows no supervision of it.",
)


def strengths_by_cases(path: Path) -> Small:
    """Twenty-four private law cases in Wessex (Area 6), private law and the overall
    judgement good: children's wishes (QP3) a strength in 18 cases and weak in six,
    analysis (QP7) 17 and seven, initial risk assessment (QP2) 16 and eight; and three
    strengths on few cases, each in every case with a view: keeping the child's needs
    central (QP4) in five, direct work (QP5) in four, planning (QP6) in three.  Two
    weaknesses take the few weaknesses a good grade states: case recording (QP11), weak
    in eight of 10 cases, and management oversight on files (QPN4), seven of nine."""
    s = Small(path)
    for n in range(24):
        case = s.case(law="PRIVATE", age="10-13" if n % 2 else "5-9")
        for k, (crit, (good, weak)) in enumerate(BROAD.items()):
            if n < 6 + k:
                s.ev(case, [crit], "development", weak[n % len(weak)])
            else:
                s.ev(case, [crit], "strength", good[n % len(good)])
        for limit, crit in ((5, "QP4"), (4, "QP5"), (3, "QP6")):
            if n >= 24 - limit:
                s.ev(case, [crit], "strength", FEW[crit])
        if n < 10:  # case recording: weak in eight of 10 cases
            s.ev(case, ["QP11"], "development" if n < 8 else "strength", RECORDS[n < 8])
        if 10 <= n < 19:  # management oversight on files: weak in seven of nine
            s.ev(case, ["QPN4"], "development" if n < 17 else "strength", OVERSIGHT[n < 17])
    s.judge("J18-0", "good")
    s.judge("J18-1", "good")
    s.judge("J18-3", "good")
    return s
