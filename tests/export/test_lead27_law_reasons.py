"""Tester 27's A5: with both law types below good, one finding gives a sentence to each;
public law's, with no point of its own evidence to name, read "Practice in public law is
judged to require improvement." bare, as private law's reasons stood beside it.  It
takes the placeholder for its reasons there, as it would as a finding of its own.  On
kf27's hand-written 2021 inspection (private law inadequate, public law requires
improvement): written here on its areas and notes, public law's cases all sound."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from store.store import Store
from tests.export.kf27_inspection import NOTES, STRONG_AREAS, inadequate_by_turns


def _inspection(path: Path) -> None:
    """Private law: about half the findings on each case go against, in every area;
    public law: three cases an area, every finding a strength; the grades as tester
    27's inspection recorded them."""
    inadequate_by_turns(
        path,
        STRONG_AREAS,
        NOTES,
        lambda _code, j, k, _crit: j < 6 and (j + k) % 2 == 0,  # the private law cases
        laws=("PRIVATE",) * 6 + ("PUBLIC",) * 3,
    ).close()


def _key_findings(path: Path) -> list[list[str]]:
    with Store.open(path) as store:
        report = draft_report(load(store))
    sec = next(s for s in report.sections if "key findings" in s.heading)
    return [[x.text for x in p.sentences] for p in sec.paragraphs]


TESTER27 = Path("/work/tester27/frozen/master_final_r3.db")


@pytest.mark.skipif(not TESTER27.exists(), reason="tester 27's master is not on this machine")
def test_a_law_types_bare_grade_beside_the_others_reasons_asks_for_its_own(
    tmp_path: Path,
) -> None:
    """On tester 27's master (written by the tester, not by us): private law's finding
    gives its weaknesses, public law's its grade alone."""
    copy = tmp_path / "t27.db"
    shutil.copy2(TESTER27, copy)
    (finding,) = [p for p in _key_findings(copy) if any("in public law is judged" in t for t in p)]
    at = next(i for i, t in enumerate(finding) if "in public law is judged" in t)
    assert "weaknesses inspectors found include" in finding[0], finding
    assert finding[at + 1] == "[Add the main reasons for this grade.]", finding
    assert sum(t.startswith("[Add the main reasons") for t in finding) == 1, finding


def test_two_bare_grades_take_one_placeholder_each(tmp_path: Path) -> None:
    """Where neither law type's sentence names a reason, each grade takes one placeholder,
    never one for each and another for both; private law, judged inadequate, is a
    finding of its own, first (kf31, tester 30)."""
    path = tmp_path / "inadequate.db"
    _inspection(path)
    found = _key_findings(path)
    assert any("in private law is judged" in t for t in found[0]), found
    for law in ("private", "public"):
        (finding,) = [p for p in found if any(f"in {law} law is judged" in t for t in p)]
        assert sum(t.startswith("[Add the main reasons") for t in finding) == 1, finding
