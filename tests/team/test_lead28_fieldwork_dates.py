"""A day of the fieldwork in a sentence about the inspection at work ("I read the file
on 3 Dec", "we met the FCA on 2/12") is the inspection's own date, not a detail of a
child's: a lead's moderation rationale no longer stops the CSV export (tester 28, F7).
A date of birth, a date in a child's case and a date outside the fieldwork still stop
it.  Written by hand: an inspection from 30 November to 11 December 2026."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.team.helpers import new_inspection, run

LIST = (
    "Case No,Child First Name,Child Surname,Law type,Order type,Area,Stage\n"
    "KT-4401,Ffion,Llewellyn,Private law,Child arrangements,Area 7 - Kent,FHDRA\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    master = new_inspection(tmp_path / "master.db", start="2026-11-30", end="2026-12-11")
    (tmp_path / "list.csv").write_text(LIST, encoding="utf-8")
    run("cases", "import", master, tmp_path / "list.csv")
    return master


def _hits_after(db: Path, rationale: str) -> list[str]:
    ref = json.loads(run("cases", "list", db, "--json").output)[0]["ref"]
    run("grade", db, "--case", ref, "--criterion", "QP3", "--grade", "outstanding",
        "--rationale", rationale)  # fmt: skip
    hits = json.loads(run("identify", "hits", db, "--json").output)
    return [h["text"] for h in hits if h["kind"] in ("date", "date-of-birth")]


@pytest.mark.parametrize(
    "rationale",
    [
        "Moderation: the guardian's analysis of the child's wishes is exceptional; "
        "I read the file on 3 Dec.",
        "We met the FCA and her manager on 2/12; the child's plan was talked through.",
        "Inspectors observed her supervision on 9 December and it was reflective.",
    ],
)
def test_a_day_of_the_fieldwork_the_inspection_worked_on_is_no_hit(
    db: Path, rationale: str
) -> None:
    assert _hits_after(db, rationale) == []


@pytest.mark.parametrize(
    ("rationale", "date"),
    [
        ("The child's final hearing is listed for 3 December 2026.", "3 December 2026"),
        ("She was born on 3 Dec; I read the file that week.", "3 Dec"),
        ("I read the file on 3 Nov; the child was seen twice.", "3 Nov"),
    ],
)
def test_a_childs_date_or_one_outside_the_fieldwork_is_still_a_hit(
    db: Path, rationale: str, date: str
) -> None:
    assert any(date in hit for hit in _hits_after(db, rationale))
