"""A case reassigned to another inspector (a colleague falls ill in week 2) brings its
children's protected names to the new holder's file with the next merge from the
master, so the new holder's own check finds them (tester 12, F8: "Isla Kowalski was not
seen alone" on a reassigned case was caught only through a surname another child shared,
and labelled "on another case"); the old holder's file gives them up.  The case list is
written here by hand."""

from __future__ import annotations

import json
from pathlib import Path

from store.store import Store
from tests.team.helpers import new_inspection, run

LIST = (
    "Case number,Child ID,Child forename,Child surname,Date of birth,Law type,Case type,"
    "Service area,Stage\n"
    "RX-4410,A,Isla,Kowalczyk,2015-06-02,Private law,s7,Area 4,Final hearing\n"
    "RX-4411,A,Bartosz,Wierzbicki,2013-01-17,Private law,s7,Area 4,Final hearing\n"
    "RX-4412,A,Tamsin,Quarrie,2016-10-09,Private law,s7,Area 4,Final hearing\n"
    "RX-4413,A,Oisin,Mulgrew,2012-04-28,Private law,s7,Area 4,Final hearing\n"
)


def _names(db: Path) -> set[str]:
    with Store.open(db) as store:
        return {p.name for p in store.protected_names()}


def _refs(master: Path, csv: Path) -> dict[str, str]:
    """The organisation's case number -> our reference."""
    rows = json.loads(run("cases", "match", master, csv, "--json").output)
    return {next(v for v in r.values() if str(v).startswith("RX-")): r["ref"] for r in rows}


def _team(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """The lead's file with the case list imported, area 4 visited, and Lucy and Grace
    on the team; the case numbers' references."""
    master = new_inspection(tmp_path / "master.db")
    csv = tmp_path / "list.csv"
    csv.write_text(LIST, encoding="utf-8")
    run("cases", "import", master, csv)
    run("areas", "visit", master, "4")
    run("team", "add", master, "Lucy Hartley", "--initials", "LH")
    run("team", "add", master, "Grace Adeyemi", "--initials", "GA")
    return master, _refs(master, csv)


def test_a_reassigned_case_brings_its_names_to_the_new_holder(tmp_path: Path) -> None:
    master, refs = _team(tmp_path)
    run("assign", master, "--inspector", "LH", "--case", refs["RX-4410"], "--case", refs["RX-4411"])
    run("assign", master, "--inspector", "GA", "--case", refs["RX-4412"], "--case", refs["RX-4413"])
    lh, ga = tmp_path / "LH.db", tmp_path / "GA.db"
    run("issue", master, "--inspector", "LH", "-o", lh)
    run("issue", master, "--inspector", "GA", "-o", ga)
    assert "Quarrie" not in " ".join(_names(lh))

    # Grace falls ill: her file is merged, one of her cases goes to Lucy.
    run("merge", master, ga)
    run("assign", master, "--inspector", "LH", "--case", refs["RX-4412"])
    run("merge", lh, master)
    held = " ".join(_names(lh))
    assert "Tamsin" in held and "Quarrie" in held
    assert "Mulgrew" not in held and b"Mulgrew" not in lh.read_bytes()  # still Grace's
    # Lucy's own check now names the child of the case she holds.
    run("evidence", "add", lh, "--case", refs["RX-4412"], "--criteria", "QP9", "--source",
        "INT_CHILD", "--polarity", "development", "--text",
        "Tamsin Quarrie was not seen alone before the report was filed.")  # fmt: skip
    hits = json.loads(run("identify", "hits", lh, "--json").output)
    names = [h for h in hits if h["kind"] == "protected-name"]
    assert names and all("another case" not in h["note"] for h in names)
    # Grace's file, merged again, gives up the names of the case she no longer holds.
    run("merge", ga, master)
    assert "Quarrie" not in " ".join(_names(ga)) and "Mulgrew" in " ".join(_names(ga))


def test_work_merged_onto_a_case_now_held_by_another_is_named(tmp_path: Path) -> None:
    """Tester 12, F9: Grace, off sick, writes one more note in her own file on a case
    now Lucy's; the merge keeps it and says so, naming both."""
    master, refs = _team(tmp_path)
    run("assign", master, "--inspector", "GA", "--case", refs["RX-4412"])
    ga = tmp_path / "GA.db"
    run("issue", master, "--inspector", "GA", "-o", ga)
    run("assign", master, "--inspector", "LH", "--case", refs["RX-4412"])
    run("evidence", "add", ga, "--case", refs["RX-4412"], "--criteria", "QP8", "--source",
        "CASE_FILE", "--polarity", "development", "--text",
        "No record of the child being seen before the report was filed.")  # fmt: skip
    said = run("merge", master, ga).output
    assert (f"1 note by Grace Adeyemi on {refs['RX-4412']}, now held by Lucy Hartley") in said
    assert "it is kept and counts" in said
    # The lead's own work on a colleague's case is the lead's role: nothing to say.
    run("evidence", "add", master, "--case", refs["RX-4412"], "--criteria", "QP8", "--source",
        "CASE_FILE", "--polarity", "neutral", "--text", "Checked with the area manager.")  # fmt: skip
    run("issue", master, "--inspector", "LH", "-o", tmp_path / "LH.db")
    assert "another inspector holds" not in run("merge", tmp_path / "LH.db", master).output


def test_the_new_holders_own_file_is_told_it_has_the_work(tmp_path: Path) -> None:
    """Tester 14, F11: Lucy's file, merged from the master after Ray's cases came to
    her, was told to 'tell the case's holder' (herself)."""
    master, refs = _team(tmp_path)
    run("assign", master, "--inspector", "GA", "--case", refs["RX-4412"])
    ga, lh = tmp_path / "GA.db", tmp_path / "LH.db"
    run("issue", master, "--inspector", "GA", "-o", ga)
    run("evidence", "add", ga, "--case", refs["RX-4412"], "--criteria", "QP8", "--source",
        "CASE_FILE", "--polarity", "development", "--text",
        "No record of the child being seen before the report was filed.")  # fmt: skip
    run("merge", master, ga)
    run("assign", master, "--inspector", "LH", "--case", refs["RX-4412"])
    run("issue", master, "--inspector", "LH", "-o", lh)
    run("evidence", "add", master, "--case", refs["RX-4412"], "--criteria", "QP8", "--source",
        "CASE_FILE", "--polarity", "neutral", "--text", "Checked with the area manager.")  # fmt: skip
    run("evidence", "add", ga, "--case", refs["RX-4412"], "--criteria", "QP9", "--source",
        "CASE_FILE", "--polarity", "strength", "--text",
        "The letter to the child explains the recommendation in words she would understand.")  # fmt: skip
    run("merge", master, ga)
    said = run("merge", lh, master).output
    assert "by another inspector on cases you hold" in said and "here in your file" in said
    assert "tell the case's holder" not in said


def test_a_third_inspectors_file_is_not_told_of_work_on_cases_not_theirs(tmp_path: Path) -> None:
    """Tester 16, F6: after a colleague's work was merged onto cases now held by others,
    every back-merge told every inspector to "tell the case's holder", about work they
    never saw.  Only the lead's master (which took the work in) and the holder's file say it."""
    master, refs = _team(tmp_path)
    run("team", "add", master, "Anna Price", "--initials", "AP")
    run("assign", master, "--inspector", "GA", "--case", refs["RX-4412"])
    run("assign", master, "--inspector", "AP", "--case", refs["RX-4410"])
    ga, ap = tmp_path / "GA.db", tmp_path / "AP.db"
    run("issue", master, "--inspector", "GA", "-o", ga)
    run("issue", master, "--inspector", "AP", "-o", ap)
    run("assign", master, "--inspector", "LH", "--case", refs["RX-4412"])
    run("evidence", "add", ga, "--case", refs["RX-4412"], "--criteria", "QP8", "--source",
        "CASE_FILE", "--polarity", "development", "--text",
        "No record of the child being seen before the report was filed.")  # fmt: skip
    assert "now held by Lucy Hartley" in run("merge", master, ga).output
    said = run("merge", ap, master).output
    assert "evidence: 1 new" in said, said  # the note came, unsaid
    assert "another inspector" not in said and "tell the case's holder" not in said, said
