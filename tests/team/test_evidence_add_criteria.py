"""`evidence add` without --criteria (tester 11): the help marks the option required, and
the refusal says why (a note counts towards a judgement only through its criteria),
where the ids are, and where a remark on a case that bears on no criterion goes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.team.helpers import new_inspection, refused, run, unchanged

LIST = (
    "Case Ref;Region;Proceedings;Application;Current Stage\r\n"
    "LN/26/0501;R6;Private;s.8 C100;1st hrg\r\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = new_inspection(tmp_path / "master.db")
    listed = tmp_path / "caselist.csv"
    listed.write_text(LIST, encoding="utf-8")
    run("cases", "import", path, listed)
    return path


def test_the_help_says_criteria_are_required_and_where_their_ids_are() -> None:
    text = " ".join(run("evidence", "add", "--help").output.split())
    assert "--criteria ID[,ID] Criteria the evidence informs (required for evidence add" in text
    assert "'fieldwork framework show' lists their ids" in text


def test_a_case_note_without_criteria_is_refused_saying_why_and_what_to_do(db: Path) -> None:
    ref = json.loads(run("cases", "list", db, "--json").output)[0]["ref"]
    with unchanged(db):
        said = refused("evidence", "add", db, "--case", ref, "--source", "CASE_FILE",
                       "--polarity", "neutral", "--text", "Practitioner on leave.")  # fmt: skip
    assert said.strip() == (
        "fieldwork: --criteria is required: a note counts towards a judgement only through "
        "the criteria it informs ('fieldwork framework show cafcass-2018' lists their ids, "
        f"e.g. --criteria SW1,SW2); a remark about the case that bears on no criterion goes "
        f"in its notes: 'fieldwork case edit {db} {ref} --notes TEXT'."
    )
    run("case", "edit", db, ref, "--notes", "Practitioner on leave.")  # the way it says works
    assert "SW1" in run("framework", "show", "cafcass-2018").output


def test_an_area_note_without_criteria_names_no_case_edit(db: Path) -> None:
    said = refused("evidence", "add", db, "--area", "6", "--source", "CASE_FILE",
                   "--polarity", "neutral", "--text", "Met the service manager.")  # fmt: skip
    assert said.startswith("fieldwork: --criteria is required: a note counts towards")
    assert "case edit" not in said
