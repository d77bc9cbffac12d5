"""A good grade beside evenly balanced evidence in which several aspects of practice fail
in most of their cases is disputed (tester 20, F18: private law graded good with five of
its 16 aspects failing in most of their cases, 101 findings against and 99 for, raised
no marker and no warning, and the draft put the heaviest weaknesses in its "not drafted"
note).  Where strengths clearly outweigh, a few clear weaknesses are a good grade's
"some" (tests/export/test_kf19_findings.py keeps that).  Written here: ten private law
cases in one area, four aspects strong in eight of ten cases and four weak in eight."""

from __future__ import annotations

from pathlib import Path

from exporters.draft.gradecheck import grade_check_for
from store.store import Store
from tests.export.small import Small
from tests.team.helpers import run

STRONG = {
    "QP3": "The report sets out in the boy's own words why he wants to stay at his school.",
    "QP7": "The analysis weighs both parents' plans and the recommendation follows from it.",
    "QP9": "The practitioner came back to the girl's worries at the second visit.",
    "QP11": "Each visit is written up within two days and the plan is current.",
}
WEAK = {
    "QP1": "The section 7 report was filed five weeks after the date the court set.",
    "QP2": "Police information about a recent assault was not read before the first hearing.",
    "QP5": "No direct work with the child is recorded before the report was written.",
    "QPN4": "No manager has signed off the plan or the report in four months of work.",
}


def _even(path: Path) -> Path:
    s = Small(path)
    for n in range(10):
        case = s.case(law="PRIVATE", age="10-13" if n % 2 else "5-9")
        for crit, text in STRONG.items():
            s.ev(case, [crit], "strength" if n < 8 else "development",
                 text if n < 8 else "The file says little about this.")  # fmt: skip
        for crit, text in WEAK.items():
            s.ev(case, [crit], "development" if n < 8 else "strength",
                 text if n < 8 else "This part of the work was done well and on time.")  # fmt: skip
    s.judge("J18-1", "good")
    s.close()
    return path


def test_good_is_disputed_where_many_aspects_fail_at_an_even_balance(tmp_path: Path) -> None:
    db = _even(tmp_path / "even.db")
    with Store.open(db) as store:
        check = grade_check_for(store, "J18-1", "good")
        ri = grade_check_for(store, "J18-1", "requires-improvement")
    assert check is not None and not check.agrees and check.reason == "aspects", check
    assert "most of the cases on 4 of the 8 aspects of practice" in check.what
    assert ri is not None and ri.agrees, ri  # requires improvement fits the same evidence
    # The lead is told when the grade is recorded, in one line.
    out = run("judge", db, "--judgement", "J18-1", "--grade", "good", "--rationale", "Agreed.")
    assert "The evidence disagrees with a grade of good: weaknesses were found in most of" in (
        out.output
    )
