"""A field only one side changed is no conflict, is listed all the same, and survives
the lead keeping the other side (a new lead's finding: Rajesh rewrote a note's text and
changed a field Aisha left alone; `conflicts` named the text alone and `resolve --take`
Aisha put that field back without a word).  The field here is the source: the finding
was the field then, and is now one unit with the text (`test_text_and_finding.py`).
The inspection and the notes are written here by hand."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from cli.root import cli
from exporters.conflict_fields import superseded
from store.framework import load_framework
from store.models import Inspector
from store.store import Store
from tests.team.case_list import write_case_list
from tests.team.helpers import run

FIRST = "Section 7 analysis read: child-focused, recommendations clear and realistic."
AISHA = FIRST + " The court followed the recommendations; the DA practice framework was used."
RAJESH = "Section 7 analysis reasonable but it does not say why the boy was not seen alone."


def _inspection(tmp_path: Path) -> tuple[Path, str]:
    """A master (lead Helen Marsh) with one note, and Aisha's and Rajesh's edits of it
    merged back: Aisha changed the text, Rajesh the text and the source."""
    master = tmp_path / "lead.db"
    s = Store.create(master, load_framework("cafcass-2018"), title="Eastern region visit",
                     lead="Helen Marsh", start_date="2018-02-02")  # fmt: skip
    s.put_inspector(Inspector(name="Aisha Bello", initials="AB"))
    s.put_inspector(Inspector(name="Rajesh Patel", initials="RP"))
    s.close()
    run("cases", "import", master, write_case_list(tmp_path / "cases.csv", n=3))
    with Store.open(master) as s:
        ref = s.case_rows(limit=1)[0].ref
    note = run("evidence", "add", master, "--case", ref, "--criteria", "QP7",
               "--source", "CASE_FILE", "--polarity", "strength",
               "--text", FIRST).output.strip().split()[-1]  # fmt: skip
    aisha, rajesh = tmp_path / "AB.db", tmp_path / "RP.db"
    run("issue", master, "--inspector", "Aisha Bello", "-o", aisha)
    run("issue", master, "--inspector", "Rajesh Patel", "-o", rajesh)
    run("evidence", "edit", aisha, note, "--text", AISHA)
    run("evidence", "edit", rajesh, note, "--text", RAJESH, "--source", "CASE_DISCUSSION")
    run("merge", master, aisha, rajesh)
    return master, note


def test_conflicts_list_a_field_one_side_changed_and_whose_change_stands(
    tmp_path: Path,
) -> None:
    master, note = _inspection(tmp_path)
    (c,) = json.loads(run("conflicts", master, "--json").output)
    assert c["fields"] == ["text"]
    assert c["merged_fields"] == ["source"]
    assert c["shown"]["source"] == "CASE_DISCUSSION"
    out = CliRunner().invoke(cli, ["conflicts", str(master)], env={"COLUMNS": "200"}).output
    assert "Differs in: What was read, seen or heard\n" in out
    assert ("Also differs, merged without conflict: Source (changed by Rajesh Patel alone): "
            "that change stays whichever side is kept") in out  # fmt: skip
    # Each side shows its source beside its text.
    aisha_side, rajesh_side = out.split("\n  - ")[1:3]
    assert "Source: Case file scrutiny" in aisha_side
    assert "Source: Case discussion" in rajesh_side


def test_keeping_the_other_sides_text_keeps_the_one_sided_finding_and_says_so(
    tmp_path: Path,
) -> None:
    master, note = _inspection(tmp_path)
    out = run("resolve", master, note, "--take", "Aisha").output
    assert "Superseded: Rajesh Patel's version (" in out
    assert ") in: What was read, seen or heard.\n" in out  # the text only: not the source
    assert "Kept without conflict: Source (changed by Rajesh Patel alone).\n" in out
    (e,) = json.loads(run("evidence", "list", master, "--json").output)
    assert (e["text"], e["source"]) == (AISHA, "CASE_DISCUSSION")
    assert run("conflicts", master).output.strip() == "No conflicts."


def test_keeping_the_side_that_changed_both_supersedes_only_the_others_text(
    tmp_path: Path,
) -> None:
    master, note = _inspection(tmp_path)
    out = run("resolve", master, note, "--take", "RP").output
    assert "Superseded: Aisha Bello's version (" in out
    assert ") in: What was read, seen or heard.\n" in out
    (e,) = json.loads(run("evidence", "list", master, "--json").output)
    assert (e["text"], e["source"]) == (RAJESH, "CASE_DISCUSSION")


def test_the_tui_question_names_every_change_a_kept_side_supersedes(tmp_path: Path) -> None:
    """The words the conflicts screen asks with (shared with the CLI): keeping Aisha's
    side supersedes Rajesh's text, not his source; keeping values that also put the
    source back names the source too."""
    master, _ = _inspection(tmp_path)
    with Store.open(master) as s:
        (c,) = s.conflicts()
    aisha = next(x for x in c.sides if x.author_name == "Aisha Bello")
    kept = c.values_kept(aisha.version_id)
    assert kept is not None and kept["source"] == "CASE_DISCUSSION" and kept["text"] == AISHA
    (lost,) = superseded(c, kept)
    assert lost.startswith("Rajesh Patel's version") and lost.endswith(
        "in: What was read, seen or heard"
    )
    (lost,) = superseded(c, aisha.values)  # Aisha's record whole, as before the fix
    assert lost.endswith("in: Source, What was read, seen or heard")
