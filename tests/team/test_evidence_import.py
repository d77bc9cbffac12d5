"""`fieldwork evidence import DB FILE`: a day's notes from one file (tester 31, F5;
tester 32, F3: scripted inspectors waited two minutes for 30 notes added one process
at a time).  Every row is checked before any is recorded; the notes are recorded in
one transaction, each as `evidence add` would record it, with the same warnings, named
by the file's line.  The inspection and the notes are written here by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.root import cli
from store.store import Store
from tests.team.helpers import new_inspection, run

NOTES = (
    "case\tcriteria\tsource\tfinding\ttext\tquote\tsafeguarding\tescalated\tescalation note\n"
    "{musa}\tQP5\tCASE_FILE\tstrength\tWishes and feelings work done over two visits; "
    "views set out in the report.\tI want to see Dad at weekends\t\t\t\n"
    "{musa}\tSW1\tCASE_FILE\tdevelopment\tRisk from the older brother not assessed.\t\t"
    "Brother's threats not shared with the LA\tyes\tTold the head of practice, 2 Dec\n"
    "{ifeoma}\tQP1\tCASE_FILE\tdevelopment\tDrift of six weeks before work began; Ifeoma "
    "Okafor's school raised it twice.\t\t\t\t\n"
)
AREA_NOTE = "area,criteria,source,finding,text\n7,LG2,Interview with manager or leader,neutral,Caseloads of 19 on average.\n"


@pytest.fixture
def inspection(tmp_path: Path) -> Path:
    db = new_inspection(tmp_path / "master.db", start="2026-11-30", end="2026-12-24")
    run("areas", "add", db, "7", "--name", "Hackney", "--visited")
    listed = tmp_path / "list.csv"
    listed.write_text(
        "Case number,Child name,Law type,Case type,Service area\n"
        "HK-301,Musa Ibrahim,Private,CAO,Area 7\n"
        "HK-302,Ifeoma Okafor,Public,S31,Area 7\n",
        encoding="utf-8",
    )
    run("cases", "import", db, listed)
    return db


def _refs(db: Path) -> dict[str, str]:
    """Our references of the two children's cases, by first name (the list's case
    numbers are the organisation's; notes give ours)."""
    with Store.open(db) as s:
        return {n.name.split()[0].lower(): s.case(n.case_id).ref
                for n in s.protected_names() if n.case_id and " " in n.name}  # fmt: skip


def _texts(db: Path) -> dict[str, str]:
    with Store.open(db) as s:
        return {e.id: e.text for e in s.all_evidence()}


def test_a_file_of_notes_is_recorded_as_evidence_add_records_each(
    inspection: Path, tmp_path: Path
) -> None:
    refs = _refs(inspection)
    notes = tmp_path / "day3.tsv"
    notes.write_text(NOTES.format(**refs), encoding="utf-8")
    result = CliRunner().invoke(cli, ["evidence", "import", str(inspection), str(notes)])
    assert result.exit_code == 0, result.output
    ids = result.stdout.split()
    assert len(ids) == 3
    assert "Recorded 3 notes" in result.stderr
    # the identifying detail is said by its line, as evidence add says it
    assert "line 4:" in result.stderr and "Ifeoma" in result.stderr
    with Store.open(inspection) as s:
        first, concern, third = (s.evidence(i) for i in ids)
        assert s.case(first.case_id or "").ref == refs["musa"]
    assert first.child_words == "I want to see Dad at weekends" and first.polarity == "strength"
    assert concern.criteria == ["SW1"] and concern.escalation == "escalated"
    assert concern.escalation_note == "Told the head of practice, 2 Dec"
    assert third.text.startswith("Drift of six weeks") and third.child_words == ""
    area = tmp_path / "area.csv"
    area.write_text(AREA_NOTE, encoding="utf-8")
    (new_id,) = run("evidence", "import", inspection, area).stdout.split()
    with Store.open(inspection) as s:
        assert s.evidence(new_id).area_code == "7" and s.evidence(new_id).case_id is None


def test_a_file_with_a_row_that_cannot_be_recorded_records_nothing(
    inspection: Path, tmp_path: Path
) -> None:
    before = _texts(inspection)
    notes = tmp_path / "bad.csv"
    refs = _refs(inspection)
    notes.write_text(
        "case,criteria,source,finding,text\n"
        f"{refs['musa']},QP5,CASE_FILE,strength,A sound note.\n"
        "HK-999,QP5,CASE_FILE,strength,A case the list does not have.\n"
        f"{refs['ifeoma']},QP5,CASE_FILE,,No finding given.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["evidence", "import", str(inspection), str(notes)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    said = result.stderr
    assert "line 3: There is no case with reference 'HK-999'" in said
    assert "line 4: give its finding" in said
    assert "2 rows of 3" in said and "nothing was recorded" in said
    assert _texts(inspection) == before
    odd = tmp_path / "odd.csv"
    odd.write_text(f"case,criteria,mood\n{refs['musa']},QP5,fine\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evidence", "import", str(inspection), str(odd)])
    assert result.exit_code == 2 and "column 'mood' is not one a note has" in result.stderr
    assert _texts(inspection) == before


def test_a_no_in_the_escalated_column_of_a_row_with_no_concern_is_recorded(
    inspection: Path, tmp_path: Path
) -> None:
    """Tester 34, F2: a spreadsheet fills its yes/no column, so rows with no concern say
    `no` under "escalated"; every such row was refused ("The evidence holds no
    safeguarding concern to escalate").  `no` with no concern asks for nothing; `yes` with
    none is still a contradiction, refused, and nothing is recorded."""
    refs = _refs(inspection)
    notes = tmp_path / "day5.csv"
    notes.write_text(
        "case,criteria,source,finding,text,safeguarding,escalated,escalation note\n"
        f"{refs['musa']},QP7,CASE_FILE,development,Recommendation not explained.,,no,\n"
        f"{refs['ifeoma']},SW1,CASE_FILE,development,Police log not chased.,"
        "Police log of a DV call not chased,No,\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["evidence", "import", str(inspection), str(notes)])
    assert result.exit_code == 0, result.output
    plain, concern = result.stdout.split()
    with Store.open(inspection) as s:
        assert s.evidence(plain).escalation == "none" and s.evidence(plain).safeguarding == ""
        assert s.evidence(concern).escalation == "needs-escalation"
    before = _texts(inspection)
    contradiction = tmp_path / "day6.csv"
    contradiction.write_text(
        "case,criteria,source,finding,text,safeguarding,escalated\n"
        f"{refs['musa']},QP7,CASE_FILE,development,Another note.,,yes\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["evidence", "import", str(inspection), str(contradiction)])
    assert result.exit_code == 2 and "no safeguarding concern to escalate" in result.stderr
    assert _texts(inspection) == before
