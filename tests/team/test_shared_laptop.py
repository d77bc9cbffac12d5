"""Two inspectors on one laptop, one OS user, their files side by side (tester 34, F11):
working as one of them in the other's file is refused, nothing changed, saying whose
file it is; in their own file, and in the master (where deputies work --as), it works.
Written here by hand."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from cli.root import cli
from store.models import Inspector
from store.store import Store
from tests.team.case_list import write_case_list
from tests.team.helpers import new_inspection, run


def _laptop(tmp_path: Path) -> tuple[Path, Path, Path, str]:
    master = new_inspection(tmp_path / "master.db", start="2026-11-02", end="2026-11-27")
    with Store.open(master) as s:
        s.put_inspector(Inspector(name="Priya Raman", initials="PR"))
        s.put_inspector(Inspector(name="Dylan Mercer", initials="DM"))
    run("cases", "import", master, write_case_list(tmp_path / "cases.csv", n=6))
    with Store.open(master) as s:
        ref = s.case_rows(limit=1)[0].ref
    shared = tmp_path / "laptop_shared"
    shared.mkdir()
    priya, dylan = shared / "priya.db", shared / "dylan.db"
    run("issue", master, "--inspector", "Priya Raman", "-o", priya)
    run("issue", master, "--inspector", "Dylan Mercer", "-o", dylan)
    return master, priya, dylan, ref


def _notes(db: Path) -> int:
    with Store.open(db) as s:
        return len(s.all_evidence())


def test_working_as_the_other_inspector_in_their_file_is_refused(tmp_path: Path) -> None:
    master, priya, dylan, ref = _laptop(tmp_path)
    note = ["--case", ref, "--criteria", "QP8", "--source", "CASE_FILE", "--polarity",
            "development", "--text", "Not seen alone; mum present throughout."]  # fmt: skip
    before = _notes(priya)
    result = CliRunner().invoke(cli, ["evidence", "add", str(priya), "--as", "Dylan Mercer", *note])
    assert result.exit_code == 2 and "Traceback" not in result.output
    said = " ".join(result.stderr.split())
    assert f"{priya} is Priya Raman's file" in said and "nothing was changed" in said
    assert _notes(priya) == before
    opened = CliRunner().invoke(cli, ["open", str(priya), "--as", "DM"])
    assert opened.exit_code == 2 and "Priya Raman's file" in opened.stderr
    # Each in their own file, and anyone in the master, as before.
    run("evidence", "add", priya, "--as", "Priya Raman", *note)
    run("evidence", "add", dylan, "--as", "DM", *note)
    run("evidence", "add", master, "--as", "Dylan Mercer", *note)
    assert _notes(priya) == before + 1 and _notes(dylan) == before + 1
