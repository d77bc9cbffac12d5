"""An inspector leaves the inspection in week two (illness): the lead merges their
file, gives their cases to others and takes them off the team.  What they recorded
stays theirs and counts, in the draft's team too; a note they typed before hearing of it
merges only when the lead says so; no file is issued to them again.  Through the CLI
only, on a hand-written list."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import docx

from tests.team.helpers import new_inspection, refused, run, unchanged

LIST = (
    "Case ID,Child first name,Child surname,Date of birth,Law type,Case type,Service area\n"
    "WV-201,Keira,Dobson,12/05/2015,Private,Child arrangements,Area 3\n"
    "WV-202,Reuben,Hale,03/10/2012,Private,Section 7 report,Area 3\n"
    "WV-203,Nia,Pryce,22/01/2019,Public,Care order,Area 3\n"
)


def _evidence_by(db: Path) -> dict[str, int]:
    """Notes per author, as the analyst's evidence CSV gives them."""
    out = db.parent / f"{db.stem}-csv"
    run("export", "csv", db, "-o", out)
    with (out / "evidence.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["created_by"]] = counts.get(row["created_by"], 0) + 1
    return counts


def test_an_inspector_who_leaves_keeps_their_work_and_their_file_still_merges(
    tmp_path: Path,
) -> None:
    master = new_inspection(tmp_path / "master.db")
    (tmp_path / "list.csv").write_text(LIST, encoding="utf-8")
    run("areas", "add", master, "3", "--name", "Wessex", "--visited")
    run("cases", "import", master, tmp_path / "list.csv")
    run("team", "add", master, "Gareth Jones", "--initials", "GJ")
    run("team", "add", master, "Lena Fischer", "--initials", "LF")
    run("assign", master, "--all", "--inspector", "GJ")
    first, second = sorted(
        c["ref"] for c in json.loads(run("cases", "list", master, "--json").output)
    )[:2]
    gj = tmp_path / "gj.db"
    run("issue", master, "--inspector", "GJ", "-o", gj)
    for text in ("Safeguarding checks back before the first hearing and shared.",
                 "Letter to the child generic; it does not explain the plan."):  # fmt: skip
        run("evidence", "add", gj, "--case", first, "--criteria", "QPN1",
            "--source", "CASE_FILE", "--polarity", "strength", "--text", text)  # fmt: skip
    run("merge", master, gj)

    assert "holds 3 cases" in refused("team", "remove", master, "GJ")
    run("assign", master, "--all", "--inspector", "LF")
    said = run("team", "remove", master, "GJ").output
    assert said.startswith("Removed Gareth Jones from the team. What they recorded "
                           "(2 notes and gradings) stays theirs")  # fmt: skip
    # Tester 22's F13: the file on his laptop still holds the children's names.
    assert ("The file issued to them still holds the names of the children and families "
            "in their cases: collect it, or, once their work is merged, delete it and its "
            "backups (NAME.bak-*).") in " ".join(said.split())  # fmt: skip
    team = {p["name"]: p for p in json.loads(run("team", "list", master, "--all", "--json").output)}
    assert team["Gareth Jones"]["active"] is False

    # A note Gareth typed before he heard: his file is refused, changing nothing, until
    # the lead merges it knowingly.
    run("evidence", "add", gj, "--case", second, "--criteria", "QPN1", "--source",
        "CASE_FILE", "--polarity", "development", "--text", "No record of the child seen.")  # fmt: skip
    with unchanged(master):
        said = refused("merge", master, gj)
    assert f"{gj} is issued to Gareth Jones, who is off the team, and brings work" in said
    assert "merge it with --off-team if that work is from before they left" in said
    merged = run("merge", master, gj, "--off-team").output
    assert "evidence: 1 new" in merged
    # Tester 24's F11: the lead is told the note was written after the removal.
    assert ("1 of the changes gj.db brings in Gareth Jones's name was made after Gareth "
            "Jones was taken off the team (") in " ".join(merged.split())  # fmt: skip
    assert "now held by Lena Fischer" in merged
    assert _evidence_by(master) == {team["Gareth Jones"]["id"]: 3}
    assert "not on the team any more" in refused(
        "issue", master, "--inspector", "GJ", "-o", tmp_path / "gj2.db"
    )
    assert not (tmp_path / "gj2.db").exists()

    # The draft's team is who carried the inspection out: Gareth too, as he recorded work.
    report = tmp_path / "report.docx"
    run("export", "report", master, "-o", report)
    text = " ".join(p.text for p in docx.Document(str(report)).paragraphs)
    at = text.find("team comprised")
    assert "The inspection team comprised three inspectors" in text, text[at - 20 : at + 80]
    # Tester 22's A11: he is counted and listed, with a note for the lead to decide.
    assert ("[Gareth Jones recorded work and then left the team: keep or remove them in this "
            "count and the table below.]") in text, text[at - 20 : at + 200]  # fmt: skip
