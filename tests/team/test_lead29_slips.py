"""A typo read as an unknown name is told as the slip it may be, as it is saved (tester
29, F18: "Chronolgy not updated" was told to be written as "her brother"; the slip was
said only by `identify hits`, and a letter left out was never guessed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.team.helpers import listed_file, run

LIST = (
    "Case No,Child First Name,Child Surname,Law type,Order type,Area,Stage\n"
    "YK-7301,Ellis,Northrop,Private law,Child arrangements,Area 5 - West Yorkshire,FHDRA\n"
)


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("Chronolgy not updated, mgr oversight absent for 3 months.", "Chronology"),
        ("Cihld's voice missing from the report.", "Child"),
        ("FHRDA letter ok.", "FHDRA"),
    ],
)
def test_the_warning_at_entry_names_the_slip(tmp_path: Path, text: str, slip: str) -> None:
    db = listed_file(tmp_path, LIST)
    ref = json.loads(run("cases", "list", db, "--json").output)[0]["ref"]
    result = run("evidence", "add", db, "--case", ref, "--criteria", "QP1", "--source",
                 "Case file scrutiny", "--polarity", "development", "--text", text)  # fmt: skip
    said = " ".join(result.stderr.split())
    assert f"(a slip for ‘{slip}’?)" in said, said
    assert f"if it is a slip for ‘{slip}’, correct it; if it is a name" in said, said


def test_a_name_with_no_slip_is_told_as_before(tmp_path: Path) -> None:
    db = listed_file(tmp_path, LIST)
    ref = json.loads(run("cases", "list", db, "--json").output)[0]["ref"]
    result = run("evidence", "add", db, "--case", ref, "--criteria", "QP1", "--source",
                 "Case file scrutiny", "--polarity", "strength", "--text",
                 "Hughs was seen alone and his wishes were recorded.")  # fmt: skip
    said = " ".join(result.stderr.split())
    assert "name ‘Hughs’ in the text: write who they are" in said, said
    assert "slip" not in said
