"""`fieldwork conflicts` reads as the workbench's conflicts screen does (#17): every text
whole, wrapped to the terminal's width; criteria by their words; fields and codes by
their labels; the case by its reference.  The inspection, the notes and the edits are
written here, independent of the demo."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.root import cli
from store.framework import load_framework
from store.models import Inspector
from store.store import Store
from tests.team.case_list import write_case_list
from tests.team.helpers import run

LEAD_TEXT = (
    "Read the case file with the practice supervisor: the analysis in the section 7 "
    "report weighs the father's account against the school's record of the child's "
    "attendance, and says why the recommendation follows from what the child said."
)
DEV_TEXT = (
    "On a second reading the section 7 report gives the school's record of attendance "
    "but does not weigh it; the recommendation repeats the mother's position and the "
    "child's own wishes appear only in a closing sentence, without analysis."
)


@pytest.fixture
def master_in_conflict(tmp_path: Path) -> tuple[Path, str]:
    """A master (lead Nia Rowlands) and a file issued to Owen Price; both rewrite the
    same note's text, criteria and finding, and the master takes Owen's file back."""
    master = tmp_path / "master.db"
    s = Store.create(master, load_framework("cafcass-2018"), title="Wales spring visit",
                     lead="Nia Rowlands", start_date="2018-02-02")  # fmt: skip
    s.put_inspector(Inspector(name="Owen Price", initials="OP"))
    s.close()
    run("cases", "import", master, write_case_list(tmp_path / "cases.csv", n=3))
    with Store.open(master) as s:
        ref = s.case_rows(limit=1)[0].ref
    note = run("evidence", "add", master, "--case", ref, "--criteria", "QP1",
               "--source", "CASE_FILE", "--polarity", "strength",
               "--text", "Report read; analysis to follow.").output.strip().split()[-1]  # fmt: skip
    owen = tmp_path / "owen.db"
    run("issue", master, "--inspector", "Owen Price", "-o", owen)
    run("evidence", "edit", master, note, "--text", LEAD_TEXT, "--criteria", "QP1,QP7",
        "--polarity", "neutral")  # fmt: skip
    run("evidence", "edit", owen, note, "--text", DEV_TEXT, "--criteria", "QP1,QP9",
        "--polarity", "development")  # fmt: skip
    run("merge", master, owen)
    return master, ref


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("columns", [60, 120])
def test_conflicts_show_whole_texts_in_words_within_the_width(
    master_in_conflict: tuple[Path, str], columns: int
) -> None:
    master, ref = master_in_conflict
    result = CliRunner().invoke(cli, ["conflicts", str(master)], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    out = result.output
    # Within the width, but for a line that is one word too long to break (the path).
    assert all(len(line) <= columns or " " not in line.strip() for line in out.splitlines())
    flat = _words(out)
    assert _words(LEAD_TEXT) in flat and _words(DEV_TEXT) in flat  # whole, not cut
    fw = load_framework("cafcass-2018")
    for cid in ("QP1", "QP7", "QP9"):
        assert _words(f"{cid} {fw.criterion(cid).text}") in flat, cid
    assert f"Evidence on case {ref}" in flat
    (differs,) = [line for line in out.split("\n  Record ")[1].split("\n  - ")[:1]]
    for label in ("What was read, seen or heard", "Criteria", "Finding"):
        assert label in _words(differs), differs
    assert "Finding: Area for development" in flat and "Finding: Neutral" in flat
    assert "Nia Rowlands" in flat and "Owen Price" in flat
    # No raw field names or codes where a label belongs.
    assert not re.search(r"^\s*(text|criteria|polarity): ", out, re.M)
    assert not re.search(r"Finding: (development|neutral|strength)\b", out)
    (c,) = json.loads(run("conflicts", master, "--json").output)
    assert c["record_id"] in out and all(s["version_id"] in out for s in c["sides"])
    assert str(master) in out  # the path whole (never broken to fit)
    assert flat.endswith(f"1 conflict; settle one with 'fieldwork resolve {master} "
                         f"RECORD_ID --take VERSION_ID' (or --edit).")  # fmt: skip
