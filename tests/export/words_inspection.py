"""Small inspections written by hand for the `words` tests (issue #15: proportion words,
balanced sentences, openings, grade words, number agreement, improvement points).

Every note is in an inspector's own words, written here; none comes from the demo
generator.  Each builder states the tallies it makes, so a test can compare what the
draft says with what was recorded.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

# Notes on analysis in reports (QP7) and on the child's wishes and feelings (QP3), one
# per case, each naming its case so that no two read alike.
ANALYSIS_FOR = (
    "The report for child {k} weighs each option for the child against the risks, and "
    "the recommendation follows from that analysis."
)
ANALYSIS_AGAINST = (
    "The report for child {k} retells the history at length but weighs no option for the "
    "child, so the recommendation does not follow from any analysis."
)
WISHES_FOR = (
    "Case {k}: the report sets out what the girl wants, in her own words, and why it "
    "matters to her."
)
WISHES_AGAINST = (
    "Case {k}: the report gives the father's account and says nothing of what the child "
    "wants or feels."
)
GRADES = ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4")


def fifth_and_even(path: Path, grade: str = "requires-improvement") -> Small:
    """Two visited areas, every judgement graded `grade`:

    - Area 6 (Wessex): 51 cases, each with a note on analysis in reports, 10 against
      and 41 for (about a fifth against);
    - Area 7 (Mercia): 16 cases, each with a note on wishes and feelings, 8 for and 8
      against (an even split).
    """
    s = Small(path, areas=[("6", "Wessex", True), ("7", "Mercia", True)])
    for k in range(51):
        c = s.case("6")
        against = k < 10
        s.ev(c, ["QP7"], "development" if against else "strength",
             (ANALYSIS_AGAINST if against else ANALYSIS_FOR).format(k=k + 1))  # fmt: skip
    for k in range(16):
        c = s.case("7")
        against = k % 2 == 0
        s.ev(c, ["QP3"], "development" if against else "strength",
             (WISHES_AGAINST if against else WISHES_FOR).format(k=k + 1))  # fmt: skip
    for jid in GRADES:
        s.judge(jid, grade)
    for area in ("6", "7"):
        s.judge("J18-4A", grade, area=area)
    return s


# Strengths in an inspector's words on five more practice criteria, one per case.
MORE_STRENGTHS = {
    "QP1": "Allocated the day the order arrived; report {k} filed a week before the hearing.",
    "QP2": "Screening for child {k} picked up the police call-outs and the school's worries.",
    "QP4": "Everything in file {k} comes back to what the boy needs from each parent.",
    "QP5": "Child {k} drew the two homes with the FCA and talked about each one.",
    "QP11": "File {k} is up to date; each visit is written up within two days.",
}


def good_with_a_minor_weakness(path: Path) -> Small:
    """Three visited areas (6, 7 and 9), each graded good, each with 20 cases, every
    one strong on wishes and feelings (QP3) and on five more practice criteria
    (`MORE_STRENGTHS`); on analysis in reports (QP7) 16 for and 4 against: a minor
    weakness stated after strengths only, in a sentence that leans to the strength."""
    codes = ("6", "7", "9")
    s = Small(path, areas=[(c, f"Vale {c}", True) for c in codes])
    for code in codes:
        for k in range(20):
            c = s.case(code)
            n = f"{code}-{k + 1}"
            s.ev(c, ["QP3"], "strength", WISHES_FOR.format(k=n))
            for crit, text in MORE_STRENGTHS.items():
                s.ev(c, [crit], "strength", text.format(k=n))
            against = k < 4
            s.ev(c, ["QP7"], "development" if against else "strength",
                 (ANALYSIS_AGAINST if against else ANALYSIS_FOR).format(k=n))  # fmt: skip
        s.judge("J18-4A", "good", area=code)
    return s


# Notes for one case for, two against on each criterion (`one_of_three`).
ONE_FOR = {
    "QP6": "There is a clear plan for the boy's work, with dates, agreed with his mother.",
    "QP8": "The guardian saw the girl alone at school twice before the hearing.",
    "QP3": "The report sets out in the boy's own words what he wants and why.",
    "QP5": "The FCA used a feelings chart with the girl over two sessions.",
}
TWO_AGAINST = {
    "QP6": "No plan for the work is on file {k} weeks after allocation.",
    "QP8": "The child was seen only once, {k} days before the report, with her father there.",
    "QP3": "The report gives the adults' views and says nothing of what the child wants ({k}).",
    "QP5": "No direct work with the child is recorded in the {k} weeks before the report.",
}


def one_of_three(path: Path, graded: bool = False) -> Small:
    """Area 6, requires improvement: three cases, each with a note on four practice
    criteria; on each criterion the first case is for and the other two against (so
    the strength is said of "one of the three cases").  With `graded`, the first case
    has no note: it is graded good on each criterion instead."""
    s = Small(path)
    for k in range(3):
        c = s.case()
        for crit in ONE_FOR:
            if k == 0 and graded:
                s.grade(c, crit, "good")
            elif k == 0:
                s.ev(c, [crit], "strength", ONE_FOR[crit])
            else:
                s.ev(c, [crit], "development", TWO_AGAINST[crit].format(k=k + 3))
    s.judge("J18-4A", "requires-improvement", area="6")
    return s


NOT_ALONE = (
    "The {who} was seen only with {carer} in the room; the guardian did not see {them} alone ({k})."
)


def concentrated(path: Path) -> Small:
    """Four visited areas, 12 cases each with a note on seeing children (QP8): the
    children not seen alone are six cases in Area 6, one in Area 7 and one in Area 9;
    every other case is seen well.  Only Area 6's own evidence bears out a point about
    seeing children alone there."""
    codes = ["6", "7", "9", "10"]
    s = Small(path, areas=[(c, f"Vale {c}", True) for c in codes])
    against = {"6": 6, "7": 1, "9": 1, "10": 0}
    for code in codes:
        for k in range(12):
            c = s.case(code)
            if k < against[code]:
                s.ev(c, ["QP8"], "development", NOT_ALONE.format(
                    who="boy" if k % 2 else "girl", carer="his father" if k % 2 else "her mother",
                    them="him" if k % 2 else "her", k=f"{code}-{k}"))  # fmt: skip
            else:
                s.ev(c, ["QP8"], "strength",
                     f"The guardian saw the child alone at home and at school ({code}-{k}).")  # fmt: skip
    return s


def one_note_fault(path: Path) -> Small:
    """Six cases against on seeing children (QP8): one note says the child was not
    seen alone; the five others say the child was seen too late to be understood, in
    words no improvement point of support.toml is written for."""
    s = Small(path)
    s.ev(s.case(), ["QP8"], "development",
         "The girl was seen only with her mother in the room and never on her own.")  # fmt: skip
    for k in range(5):
        s.ev(s.case(), ["QP8"], "development",
             f"The first visit came {k + 5} weeks after allocation, days before the report.")  # fmt: skip
    return s
