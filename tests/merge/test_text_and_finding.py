"""A note's text and its finding are one unit in a merge (tester 13, finding 9): Priya
rewrote a note's praise of front-line management; the deputy, Marcus, rewrote it as a
criticism and moved its finding to "area for development".  Merged field by field, the
finding (changed by Marcus alone) stood beside Priya's praise: a note nobody wrote,
counted as a weakness in the draft, and still so after the deputy kept Priya's side.
Now the text and the finding are in conflict together, and keeping a side keeps its
text with the finding its author gave it.  Written here by hand."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from store.framework import load_framework
from store.models import Inspector
from store.store import Store
from tests.team.case_list import write_case_list
from tests.team.helpers import run

STEP = "0012_note_text_and_finding_whole"
FIRST = "Management oversight recorded at allocation; supervision notes on file."
PRIYA = (
    "Clear management decisions at allocation and before filing; reflective supervision "
    "notes on file that challenge the plan."
)
MARCUS = (
    "Oversight recorded at allocation only; no management review before the report was "
    "filed, although the recommendation changed."
)


def _inspection(tmp_path: Path) -> tuple[Path, str]:
    master = tmp_path / "master.db"
    s = Store.create(master, load_framework("cafcass-2013"), title="Northern visits",
                     lead="Helen Carter", start_date="2018-03-05")  # fmt: skip
    s.put_inspector(Inspector(name="Priya Shah", initials="PS"))
    s.put_inspector(Inspector(name="Marcus Reid", initials="MR", role="deputy-lead"))
    s.close()
    run("cases", "import", master, write_case_list(tmp_path / "cases.csv", n=3))
    with Store.open(master) as s:
        ref = s.case_rows(limit=1)[0].ref
    note = run("evidence", "add", master, "--case", ref, "--criteria", "QPN4",
               "--source", "CASE_FILE", "--polarity", "strength",
               "--text", FIRST).output.strip().split()[0]  # fmt: skip
    priya, marcus = tmp_path / "PS.db", tmp_path / "MR.db"
    run("issue", master, "--inspector", "Priya Shah", "-o", priya)
    run("issue", master, "--inspector", "Marcus Reid", "-o", marcus)
    run("evidence", "edit", priya, note, "--text", PRIYA)
    run("evidence", "edit", marcus, note, "--text", MARCUS, "--polarity", "development")
    run("merge", master, priya, marcus)
    return master, note


def test_text_and_finding_conflict_together(tmp_path: Path) -> None:
    master, note = _inspection(tmp_path)
    (c,) = json.loads(run("conflicts", master, "--json").output)
    assert c["record_id"] == note
    assert sorted(c["fields"]) == ["polarity", "text"] and "polarity" not in c["merged_fields"]
    # What shows until it is settled is one side's text with that side's finding.
    shown = (c["shown"]["text"], c["shown"]["polarity"])
    assert shown in {(PRIYA, "strength"), (MARCUS, "development")}
    (e,) = json.loads(run("evidence", "list", master, "--json").output)
    assert (e["text"], e["polarity"]) == shown


def test_keeping_a_side_keeps_its_text_with_its_own_finding(tmp_path: Path) -> None:
    for take, kept, other in (("Priya", (PRIYA, "strength"), "Marcus Reid"),
                              ("Marcus", (MARCUS, "development"), "Priya Shah")):  # fmt: skip
        (tmp_path / take).mkdir()
        master, note = _inspection(tmp_path / take)
        out = run("resolve", master, note, "--take", take).output
        assert f"Superseded: {other}'s version (" in out
        line = next(x for x in out.splitlines() if x.startswith("Superseded"))
        assert "What was read, seen or heard" in line
        # Marcus changed the finding: keeping Priya's side supersedes it; Priya left it.
        assert ("Finding" in line) == (take == "Priya"), line
        assert "Kept without conflict: Finding" not in out
        (e,) = json.loads(run("evidence", "list", master, "--json").output)
        assert (e["text"], e["polarity"]) == kept


def test_a_file_merged_before_the_rule_is_shown_again_by_it(tmp_path: Path) -> None:
    """A master merged by the earlier code showed Priya's praise with Marcus's finding;
    opened now (schema step 0012), it shows one side whole, still in conflict."""
    master, note = _inspection(tmp_path)
    conn = sqlite3.connect(master)
    with conn:
        conn.execute("UPDATE evidence SET text = ?, polarity = 'development' WHERE id = ?",
                     (PRIYA, note))  # fmt: skip
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", (STEP,))
    conn.close()
    with Store.open(master) as s:
        e = s.evidence(note)
        assert (e.text, e.polarity) in {(PRIYA, "strength"), (MARCUS, "development")}
        assert [c.record_id for c in s.conflicts()] == [note]
