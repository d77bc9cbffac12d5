"""Data minimisation: a file issued to a team inspector holds the protected names of
their own cases only, and no case-list key or case-number order keys, and stays so
through merges both ways; the master and a file issued to the deputy lead keep
everything.  Checked on the bytes of the file, not only through the Store."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from store.store import Store
from tests.team.helpers import new_inspection, refused, run, unchanged
from tests.team.messy_list import write_messy_list


def _names(db: Path) -> set[str]:
    with Store.open(db) as store:
        return {p.name for p in store.protected_names()}


def _names_of_cases_held(db: Path, initials: str) -> tuple[set[str], set[str]]:
    """(names tied to the inspector's cases, names tied to anyone else's), on the master."""
    with Store.open(db) as store:
        person = store.find_inspector(initials)
        mine = {c.id for c in store.case_rows(limit=10_000) if c.inspector_id == person.id}
        names = store.protected_names()
    return ({p.name for p in names if p.case_id in mine},
            {p.name for p in names if p.case_id not in mine})  # fmt: skip


def _key(db: Path) -> str | None:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT v FROM meta WHERE k = 'case_key_secret'").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def _order_keys(db: Path) -> int:
    """How many case-number order keys the file holds (they exist only where the key is)."""
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM case_order").fetchone()[0])
    finally:
        conn.close()


def test_an_inspectors_file_holds_only_their_cases_names(tmp_path: Path) -> None:
    master = new_inspection(tmp_path / "master.db")
    path, _, _ = write_messy_list(tmp_path / "list.csv", n=400)
    run("cases", "import", master, path)
    run("areas", "visit", master, "6", "9")
    run("team", "add", master, "Priti Sandhu", "--initials", "PS")
    run("team", "add", master, "Dara Lyle", "--initials", "DL", "--role", "deputy")
    run("sample", master, "--per-area", "6")
    run("assign", master, "--inspector", "PS", "--area", "6", "--all")
    mine, others = _names_of_cases_held(master, "PS")
    only_others = {n for n in others - mine if " " in n}  # full names of other children
    assert mine and only_others
    ps, dl = tmp_path / "ps.db", tmp_path / "dl.db"
    said = run("issue", master, "--inspector", "PS", "-o", ps).output
    assert "the protected names of the cases they hold only, and no case-list key" in said
    assert "with everything" in run("issue", master, "--inspector", "DL", "-o", dl).output

    assert mine <= _names(ps) and not _names(ps) & only_others
    assert _names(dl) == _names(master) and _key(dl) == _key(master) is not None
    assert _key(ps) is None
    assert _order_keys(ps) == 0 and _order_keys(dl) == _order_keys(master) == 400
    raw = ps.read_bytes()
    assert not [n for n in only_others if n.encode() in raw]  # not even in free pages
    with unchanged(ps):
        said = refused("cases", "import", ps, path)
    assert "issued to Priti Sandhu and holds no case-list key" in said

    # Work, merges both ways, then a second list on the master and another merge: the
    # inspector's file never gains other children's names; the master loses none.
    case = run("cases", "list", ps, "--inspector", "PS").output.split()[0]
    run("evidence", "add", ps, "--polarity", "neutral", "--case", case, "--criteria", "SW1", "--source", "CASE_FILE",
        "--text", "The plan was reviewed with the child each month.")  # fmt: skip
    before = _names(master)
    run("merge", master, ps)
    assert _names(master) == before
    more, _, _ = write_messy_list(tmp_path / "more.csv", n=500)
    run("cases", "import", master, more)
    merged = run("merge", ps, master).output
    assert _names(ps) == mine and len(_names(master)) > len(before)
    # The merge says the names that came are withheld, and counts them so, never as
    # "protected names: N new" (tester 16, F12, and tester 19, F11: read as a leak).
    came = re.search(r"protected names: (\d+) withheld", merged)
    assert came and not re.search(r"protected names: \d+ new", merged), merged
    assert f"{came[1]} protected names of cases you do not hold came with this merge and are " \
           "withheld: this file keeps only the names of your own cases." in merged, merged  # fmt: skip
    assert (
        _order_keys(ps) == 0 and _order_keys(master) == 500
    )  # the second list repeats the first 400
    assert run("dump", ps).output == run("dump", master).output
    raw = b"".join(f.read_bytes() for f in tmp_path.glob("ps.db*"))
    assert not [n for n in _names(master) - mine if " " in n and n.encode() in raw]
