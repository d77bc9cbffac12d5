"""A good grade the evidence contradicts is flagged everywhere the README says: the
command line's warning, the draft's bracketed marker and the QA export's flag (issue
15, an independent lead's inspection: private law graded good with safeguarding
failing in three of the four cases assessed and more case gradings below good than
good or better, and no flag anywhere, because a safeguarding aspect needed five cases
and gradings were not weighed).  Where the findings are even under a good grade, the
opening says the grade as recorded and the even balance, never "mostly good" beside
"weaknesses as often as strengths".

Each inspection is written here by hand (private law cases in one area, in my own
words), never taken from the demo.
"""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner

from cli.root import cli
from exporters.draft import draft_report, grade_check_for, load
from exporters.draft.document import DISAGREES, DISAGREES_FLAG
from exporters.model import Section
from store.store import Store
from tests.export.small import Small

HEADING = "The quality and effectiveness of Cafcass private law practice with families is good"

# Notes in an inspector's words, one per case, each with its own detail.
DETAILS = ("in May", "after the first hearing", "at the school", "a week later",
           "by phone", "at the family centre", "before the review", "on the home visit")  # fmt: skip
GOOD = {
    "QP1": "The section 7 report went to court {d}, on the day it was due.",
    "QP8": "The adviser saw the girl on her own {d} and wrote down what she said.",
    "SW1": "When the father's new partner raised a worry {d}, the adviser checked with police the same day.",
}
POOR = {
    "QP1": "The report was late {d}, and the hearing had to be moved.",
    "QP8": "The boy was only ever seen with his mother in the room, {d} too.",
    "SW1": "A disclosure of hitting {d} sat on the file for a fortnight before anyone acted.",
}


def _build(path: Path, sw_against: int, graded_below: int = 0, graded_good: int = 0) -> Small:
    """Eight private law cases in Area 6, private law judged good.  Avoiding delay (QP1)
    is well done in seven, seeing children alone (QP8) in two; four cases have a note on
    following up safeguarding concerns (SW1), `sw_against` of them poor.  The first
    `graded_below` cases are graded requires improvement on case recording (QP11), the
    next `graded_good` good on it."""
    s = Small(path, areas=[("6", "Wessex Vale", True)])
    for k in range(8):
        case, d = s.case(), DETAILS[k]
        for crit, well in (("QP1", k != 0), ("QP8", k < 2), ("SW1", k >= 4 + sw_against)):
            if crit == "SW1" and k < 4:
                continue
            s.ev(case, [crit], "strength" if well else "development",
                 (GOOD if well else POOR)[crit].format(d=d))  # fmt: skip
        if k < graded_below:
            s.grade(case, "QP11", "requires-improvement")
        elif k < graded_below + graded_good:
            s.grade(case, "QP11", "good")
    s.judge("J18-1", "good")
    return s


def _section(path: Path) -> Section:
    with Store.open(path) as store:
        report = draft_report(load(store))
    return next(x for x in report.sections if x.heading == HEADING)


def _flag_everywhere(db: Path, tmp_path: Path) -> tuple[list[str], list[str], list[str]]:
    """The three places: the command line's warnings on the private law section, the
    draft section's markers, and the QA export's rows flagged as disagreeing."""
    res = CliRunner().invoke(cli, ["export", "report", str(db), "-o", str(tmp_path / "r.docx")])
    assert res.exit_code == 0, res.output
    warned = [ln for ln in res.stderr.splitlines()
              if ln.startswith(f"warning: {HEADING}") and DISAGREES in ln]  # fmt: skip
    section = _section(db)
    markers = [x.text for p in section.paragraphs for x in p.sentences if x.role == "marker"
               and DISAGREES_FLAG in x.flags]  # fmt: skip
    qa = tmp_path / "qa.csv"
    res = CliRunner().invoke(cli, ["export", "qa", str(db), "-o", str(qa)])
    assert res.exit_code == 0, res.output
    with qa.open(encoding="utf-8-sig", newline="") as fh:
        flagged = [r["sentence"] for r in csv.DictReader(fh)
                   if r["section"] == HEADING and DISAGREES_FLAG in r["flags"]]  # fmt: skip
    return warned, markers, flagged


def test_safeguarding_failing_in_three_of_four_cases_disputes_good_everywhere(
    tmp_path: Path,
) -> None:
    db = tmp_path / "sg.db"
    _build(db, sw_against=3).close()
    warned, markers, flagged = _flag_everywhere(db, tmp_path)
    what = ("the grade recorded is good, but weaknesses in following up safeguarding "
            "concerns were found in three of the four cases with evidence on it")  # fmt: skip
    assert len(warned) == 1 and what in warned[0], warned
    assert len(markers) == 1 and what in markers[0], markers
    assert any(what in f for f in flagged), flagged


def test_safeguarding_failing_in_half_its_cases_does_not_dispute_good(tmp_path: Path) -> None:
    db = tmp_path / "sg2.db"
    _build(db, sw_against=2).close()
    assert _flag_everywhere(db, tmp_path) == ([], [], [])


def test_even_findings_under_good_say_the_grade_and_the_balance(tmp_path: Path) -> None:
    """Ten findings for and ten against (QP1 7:1, QP8 2:6, SW1 1:3): the opening says the
    grade as recorded and the even balance (naming the weakness found in most cases), and
    the marker, which says what disputes the grade, follows it."""
    db = tmp_path / "even.db"
    _build(db, sw_against=3).close()
    section = _section(db)
    head, marker = section.paragraphs[0].sentences[:2]
    assert "Case findings on practice: 10 for, 10 against" in head.basis, head.basis
    assert head.text == (
        "Practice in private law cases is graded good, although inspectors found weaknesses "
        "as often as strengths, in seeing children and seeing them alone (weak in most of the "
        "cases with a finding on it) in particular."
    ), head.text
    assert "mostly good" not in head.text
    assert marker.role == "marker" and DISAGREES_FLAG in marker.flags, marker


def test_case_gradings_below_good_outnumbering_good_dispute_good(tmp_path: Path) -> None:
    """Five cases graded below good on case recording, four good: the notes alone lean to
    strengths, but the gradings do not bear out good."""
    db = tmp_path / "graded.db"
    _build(db, sw_against=1, graded_below=5, graded_good=3).close()
    with Store.open(db) as store:
        check = grade_check_for(load(store), "J18-1", "good")
    assert check is not None and not check.agrees, check
    assert (check.graded_good, check.graded_below) == (3, 5), check
    warned, markers, flagged = _flag_everywhere(db, tmp_path)
    what = (  # five of eight (62%): "the majority of", never "most" (from 75%)
        "the grade recorded is good, but the majority of the case gradings on its criteria are "
        "below good"
    )
    assert len(warned) == 1 and what in warned[0], warned
    assert len(markers) == 1 and what in markers[0], markers
    assert any(what in f for f in flagged), flagged


def test_case_gradings_even_do_not_dispute_good(tmp_path: Path) -> None:
    db = tmp_path / "graded2.db"
    _build(db, sw_against=1, graded_below=4, graded_good=4).close()
    assert _flag_everywhere(db, tmp_path) == ([], [], [])


def test_outstanding_with_three_of_eight_cases_graded_below_good_is_disputed(
    tmp_path: Path,
) -> None:
    """Notes on delay and seeing children alone are strong in all eight cases, but three
    of the eight gradings on case recording are below good: not the consistently strong
    practice outstanding describes (the case findings, 3 of 24, would not show it)."""
    s = Small(tmp_path / "out.db", areas=[("6", "Wessex Vale", True)])
    for k in range(8):
        case, d = s.case(), DETAILS[k]
        for crit in ("QP1", "QP8"):
            s.ev(case, [crit], "strength", GOOD[crit].format(d=d))
        s.grade(case, "QP11", "requires-improvement" if k < 3 else "outstanding")
    s.judge("J18-1", "outstanding")
    check = grade_check_for(load(s.store), "J18-1", "outstanding")
    s.close()
    assert check is not None and not check.agrees, check
    assert (check.against, check.views, check.reason) == (3, 24, "graded"), check
    # Three of eight: "many" only of ten cases or more, so the counts.
    assert check.what == "three of the eight case gradings on its criteria are below good"


def test_too_few_case_gradings_are_not_weighed(tmp_path: Path) -> None:
    """Three of four gradings below good: fewer gradings than the framework's small
    sample, so they alone do not dispute the grade (the notes lean to strengths)."""
    db = tmp_path / "graded3.db"
    _build(db, sw_against=1, graded_below=3, graded_good=1).close()
    with Store.open(db) as store:
        check = grade_check_for(load(store), "J18-1", "good")
    assert check is not None and check.agrees, check
    assert (check.graded_good, check.graded_below) == (1, 3), check
