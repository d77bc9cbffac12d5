"""The team workflow through the command line: import, sample, assign, issue,
evidence, grade, judge, then merge, conflicts, resolve and dump."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cli.resolve import read_edited
from cli.root import cli
from store.framework import load_framework
from store.store import Store
from tests.team.case_list import write_case_list


def run(*args: str | Path, code: int = 0) -> Result:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def master(tmp_path: Path) -> Path:
    path = tmp_path / "master.db"
    s = Store.create(
        path, load_framework("cafcass-2018"), title="Cafcass 2018", lead="Ruth Okafor",
        start_date="2018-02-02",
    )  # fmt: skip
    from store.models import Inspector

    s.put_inspector(Inspector(name="Alice Able", initials="AA"))
    s.put_inspector(Inspector(name="Bob Brown", initials="BB"))
    s.close()
    return path


def test_import_pseudonymises_and_is_idempotent(master: Path, tmp_path: Path) -> None:
    csv_file = write_case_list(tmp_path / "cases.csv", n=40)
    out = run("cases", "import", master, csv_file).output
    assert "Imported 40 cases" in out
    again = run("cases", "import", master, csv_file).output
    assert "Imported 0 cases (40 already present" in again
    s = Store.open(master)
    try:
        cases = s.case_rows(limit=1000)
        assert len(cases) == 40
        dumped = s.dump()
        text = csv_file.read_text(encoding="utf-8-sig")
        # No case number, date of birth or child id is stored in the case records.
        for number in ("1200000", "1200017", "CH00003"):
            assert number in text and number not in dumped
        dob = text.splitlines()[1].split(",")[5]
        assert dob not in dumped
        one = s.case(cases[0].id)
        assert one.age_band != "unknown" and one.source_key and one.ref.startswith("C-")
        assert {a.code for a in s.areas()} >= {"6", "13", "1", "15a"}
        names = {p.name for p in s.protected_names()}
        assert any(" " in n for n in names)
    finally:
        s.close()


def test_bad_rows_stop_the_import_with_line_numbers(master: Path, tmp_path: Path) -> None:
    csv_file = write_case_list(
        tmp_path / "cases.csv", n=10,
        bad={2: ("Case Type", "Jelly"), 6: ("Date of Birth", "31/02/2015")},
    )  # fmt: skip
    result = run("cases", "import", master, csv_file, code=2)
    assert (
        "1 row (line 4): case type 'Jelly' not recognised: write one of the values accepted, "
        "or map it to one with --map (case_type,Jelly,CODE); accepted: CAO"
    ) in result.output
    assert "1 row (line 8): date of birth '31/02/2015': no such day" in result.output
    assert "nothing was imported" in result.output
    s = Store.open(master)
    assert s.count_cases() == 0
    s.close()
    ok = run("cases", "import", master, csv_file, "--skip-bad").output
    assert "Imported 8 cases" in ok and "2 bad rows skipped" in ok


def test_sample_is_reproducible_and_stratified(master: Path, tmp_path: Path) -> None:
    csv_file = write_case_list(tmp_path / "cases.csv", n=80)
    run("cases", "import", master, csv_file)
    copy = tmp_path / "copy.db"
    s = Store.open(master)
    s.backup(copy)
    s.close()
    first = run("sample", master, "--areas", "6,13", "--per-area", "8", "--seed", "42").output
    second = run("sample", copy, "--areas", "6,13", "--per-area", "8", "--seed", "42").output
    strip = [ln for ln in first.splitlines() if ln.startswith("Area")]
    assert strip == [ln for ln in second.splitlines() if ln.startswith("Area")]
    assert "8 cases" in strip[0]
    s = Store.open(master)
    try:
        (sample,) = s.conn.execute("SELECT seed, method, case_ids FROM samples").fetchall()
        assert sample[0] == 42 and "Stratified" in sample[1]
        ids = json.loads(sample[2])
        strata = {(s.case(i).law_type, s.case(i).case_type) for i in ids}
        assert len(strata) >= 3  # several strata are represented
        ref = s.case(ids[0]).ref
    finally:
        s.close()
    out = run("sample", master, "--substitute", ref, "--reason", "case transferred").output
    assert f"{ref} replaced by" in out
    s = Store.open(master)
    subs = json.loads(s.conn.execute("SELECT substitutions FROM samples").fetchone()[0])
    s.close()
    assert subs[0]["reason"] == "case transferred"


def test_full_team_round_trip(master: Path, tmp_path: Path) -> None:
    run("cases", "import", master, write_case_list(tmp_path / "cases.csv", n=12))
    s = Store.open(master)
    ref = s.case_rows(limit=1)[0].ref
    area = s.case_rows(limit=1)[0].area_code
    s.close()
    run("assign", master, "--inspector", "Alice Able", "--area", area, "--all")
    run("assign", master, "--inspector", "Bob", "--case", ref)
    alice, bob = tmp_path / "alice.db", tmp_path / "bob.db"
    run("issue", master, "--inspector", "Alice Able", "-o", alice)
    run("issue", master, "--inspector", "BB", "-o", bob)
    eid = run(
        "evidence",
        "add",
        alice,
        "--as",
        "Alice Able",
        "--case",
        ref,
        "--criteria",
        "SW1,QP1",
        "--source",
        "CASE_FILE",
        "--polarity",
        "strength",
        "--text",
        "Timely checks",
        "--quote",
        "She listened to me",
        "--safeguarding",
        "Refer to manager",
    ).stdout.strip()  # fmt: skip  (notes after the id go to stderr)
    run("evidence", "edit", alice, eid, "--text", "Timely checks, well recorded")
    doomed = run(
        "evidence", "add", bob, "--polarity", "neutral", "--case", ref, "--criteria", "SW2", "--source", "CASE_FILE",
        "--text", "To delete",
    ).output.strip()  # fmt: skip
    run("evidence", "delete", bob, doomed)
    run("grade", alice, "--case", ref, "--criterion", "SW1", "--grade", "good")
    run("grade", bob, "--case", ref, "--criterion", "SW1", "--grade", "inadequate",
        "--rationale", "Missed risk")  # fmt: skip
    run("judge", master, "--judgement", "J18-1", "--grade", "good", "--rationale", "Strong")
    merged = json.loads(run("merge", master, alice, bob, "--json").output)
    assert [r["new_conflicts"] for r in merged["sources"]] == [0, 1]
    assert merged["open_conflicts"] == 1 and Path(merged["backup"]).exists()
    again = json.loads(run("merge", master, alice, bob, "--json").output)
    assert all(r["new_versions"] == 0 for r in again["sources"])
    text = run("conflicts", master).output
    assert "Grading of case" in text and "Alice Able" in text and "Bob Brown" in text
    (c,) = json.loads(run("conflicts", master, "--json").output)
    bob_side = next(s for s in c["sides"] if s["author_name"] == "Bob Brown")
    run("resolve", master, c["record_id"], "--take", bob_side["version_id"][:13])
    assert json.loads(run("conflicts", master, "--json").output) == []
    for f in (alice, bob):
        run("merge", f, master)
    dumps = {run("dump", f).output for f in (master, alice, bob)}
    assert len(dumps) == 1
    data = json.loads(dumps.pop())
    ev = data["records"]["evidence"][eid]["values"]
    assert ev["text"] == "Timely checks, well recorded" and ev["escalation"] == "needs-escalation"
    assert doomed not in data["records"]["evidence"]


def test_resolve_with_the_editor(
    master: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("cases", "import", master, write_case_list(tmp_path / "cases.csv", n=3))
    s = Store.open(master)
    ref = s.case_rows(limit=1)[0].ref
    s.close()
    alice, bob = tmp_path / "alice.db", tmp_path / "bob.db"
    run("issue", master, "--inspector", "Alice Able", "-o", alice)
    run("issue", master, "--inspector", "Bob Brown", "-o", bob)
    run("grade", alice, "--case", ref, "--criterion", "SW1", "--grade", "good")
    run("grade", bob, "--case", ref, "--criterion", "SW1", "--grade", "inadequate")
    run("merge", master, alice, bob)
    (c,) = json.loads(run("conflicts", master, "--json").output)

    def fake_edit(text: str, extension: str = "") -> str:
        values = read_edited(text)
        values["grade"] = "requires-improvement"
        return json.dumps(values)

    monkeypatch.setattr("click.edit", fake_edit)
    run("resolve", master, c["record_id"], "--edit")
    assert json.loads(run("conflicts", master, "--json").output) == []
    monkeypatch.setattr("click.edit", lambda text, extension="": None)
    run("resolve", master, c["record_id"], "--edit", code=2)


def test_usage_errors_are_one_line(master: Path) -> None:
    out = run("resolve", master, "nope", code=2).output
    assert out.count("\n") == 1
    out = run("evidence", "add", master, "--polarity", "neutral", "--text", "x", code=2).output
    assert "--case" in out
    out = run("grade", master, "--case", "C-0000-XX", "--criterion", "SW1", "--grade", "good",
              code=2).output  # fmt: skip
    assert "no case with reference" in out


def test_the_accepted_case_types_are_printed_once(master: Path, tmp_path: Path) -> None:
    """Two different unknown case types: each is its own problem line, and the list of
    accepted case types (about thirty names) is printed with the first only."""
    csv_file = write_case_list(
        tmp_path / "cases.csv", n=10,
        bad={2: ("Case Type", "Jelly"), 6: ("Case Type", "Custard")},
    )  # fmt: skip
    said = run("cases", "import", master, csv_file, code=2).output
    jelly = next(ln for ln in said.splitlines() if "'Jelly' not recognised" in ln)
    custard = next(ln for ln in said.splitlines() if "'Custard' not recognised" in ln)
    assert "; accepted: CAO" in jelly
    assert "(case_type,Custard,CODE); accepted: as above (case number" in custard
    assert said.count("; accepted: CAO") == 1
