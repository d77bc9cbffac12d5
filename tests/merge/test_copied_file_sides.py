"""One inspector's file copied to a second laptop, the same note edited differently on
each, both copies merged: the conflict's two sides share an author and, often, a minute.
Tester 12 could not tell which laptop each side came from ("Fiona McBride, 06:34" twice);
each side now names the file whose merge brought it.  And keeping both texts in the
settling form supersedes nobody's words, which the question now says (it named both
versions as superseded).  The inspection and its notes are written here by hand."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from cli.root import cli
from exporters.conflict_fields import both_texts, superseded
from store.framework import load_framework
from store.models import Inspector
from store.store import Store
from tests.team.case_list import write_case_list
from tests.team.helpers import run

FIRST = "Seen once in the office before the first hearing; no home visit recorded."
LAPTOP_ONE = FIRST + " The allegations concerned the home, so this is a gap."
LAPTOP_TWO = "Seen once, in the office. No rationale recorded for not seeing the child at home."


def _inspection(tmp_path: Path) -> tuple[Path, str]:
    """A master (lead Ruth Okafor), Fiona's file and a copy of it on a second laptop,
    each editing the same note, both merged."""
    master = tmp_path / "master.db"
    s = Store.create(master, load_framework("cafcass-2018"), title="Northern visits",
                     lead="Ruth Okafor", start_date="2018-02-05")  # fmt: skip
    s.put_inspector(Inspector(name="Fiona McBride", initials="FM"))
    s.close()
    run("cases", "import", master, write_case_list(tmp_path / "cases.csv", n=3))
    with Store.open(master) as s:
        ref = s.case_rows(limit=1)[0].ref
    fiona = tmp_path / "FM.db"
    run("issue", master, "--inspector", "Fiona McBride", "-o", fiona)
    note = run("evidence", "add", fiona, "--as", "Fiona McBride", "--case", ref,
               "--criteria", "QP8", "--source", "CASE_FILE", "--polarity", "development",
               "--text", FIRST).output.strip().split()[-1]  # fmt: skip
    laptop2 = tmp_path / "FM_laptop2.db"
    shutil.copyfile(fiona, laptop2)
    run("evidence", "edit", fiona, note, "--text", LAPTOP_ONE)
    run("evidence", "edit", laptop2, note, "--text", LAPTOP_TWO)
    run("merge", master, fiona)
    run("merge", master, laptop2)
    return master, note


def test_each_side_names_the_file_that_brought_it(tmp_path: Path) -> None:
    master, note = _inspection(tmp_path)
    with Store.open(master) as s:
        (c,) = s.conflicts()
    assert c.record_id == note
    assert {s.author_name for s in c.sides} == {"Fiona McBride"}
    by_text = {s.values["text"]: s for s in c.sides}
    assert by_text[LAPTOP_ONE].came_from == "FM.db"
    assert by_text[LAPTOP_TWO].came_from == "FM_laptop2.db"
    assert all(s.merged_at for s in c.sides)
    out = CliRunner().invoke(cli, ["conflicts", str(master)], env={"COLUMNS": "200"}).output
    assert ", from FM.db" in out and ", from FM_laptop2.db" in out, out
    # The JSON carries it for scripts too.
    (j,) = json.loads(run("conflicts", master, "--json").output)
    assert sorted(x["came_from"] for x in j["sides"]) == ["FM.db", "FM_laptop2.db"]


def test_a_side_written_in_this_file_names_no_file(tmp_path: Path) -> None:
    """In the inspector's own file (after merging the master back), their own side was
    written there: no file is named for it, the other side names the master."""
    master, note = _inspection(tmp_path)
    fiona = tmp_path / "FM.db"
    run("merge", fiona, master)
    with Store.open(fiona) as s:
        (c,) = s.conflicts()
    by_text = {s.values["text"]: s for s in c.sides}
    assert by_text[LAPTOP_ONE].came_from is None
    assert by_text[LAPTOP_TWO].came_from == "master.db"


def test_keeping_both_texts_supersedes_nobody(tmp_path: Path) -> None:
    master, _ = _inspection(tmp_path)
    with Store.open(master) as s:
        (c,) = s.conflicts()
    both = dict(c.shown, text=both_texts(c, "text"))
    assert superseded(c, both) == []
    # Keeping one side's text still names the other side, by file.
    one = dict(c.shown, text=LAPTOP_ONE)
    (lost,) = superseded(c, one)
    assert lost.startswith("Fiona McBride's version (") and "from FM_laptop2.db" in lost
    assert lost.endswith("in: What was read, seen or heard")
    # A text that keeps only part of a side's words loses that side's change.
    cut = dict(c.shown, text=LAPTOP_ONE + "\n\nSeen once, in the office.")
    assert len(superseded(c, cut)) == 1
