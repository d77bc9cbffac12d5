"""Bad input found by an independent tester, each refused in one sentence with exit 2
and nothing changed: blank evidence text, a child not seen but seen alone, a judgement
for an area nobody visited or with no rationale, an export named for the wrong kind of
file, a redaction reason of one letter, and inspection dates in the wrong millennium."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.resolve import read_edited
from tests.team.helpers import new_inspection, refused, run, unchanged

LIST = (
    "Case number,Law type,Case type,Service area,Case name\r\n"
    "PR-1101,Private,Section 7 Report,Area 6 - London South,Re Marcus Bellamy (A Child)\r\n"
    "PR-1102,Private,s.8 Child Arrangements,Area 9 - Yorkshire,Pemberton v Achterberg\r\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = new_inspection(tmp_path / "master.db")
    src = tmp_path / "list.csv"
    src.write_text(LIST, encoding="utf-8")
    run("cases", "import", path, src)
    run("areas", "visit", path, "6")
    return path


def _ref(db: Path) -> str:
    return str(json.loads(run("cases", "list", db, "--json").output)[0]["ref"])


def test_evidence_and_case_edits_that_make_no_sense(db: Path) -> None:
    ref = _ref(db)
    ev = run("evidence", "add", db, "--polarity", "neutral", "--case", ref, "--criteria", "SW1", "--source",
             "case file scrutiny", "--text", "The report sets out the child's wishes.").output  # fmt: skip
    with unchanged(db):
        said = refused("evidence", "add", db, "--polarity", "neutral", "--case", ref, "--criteria", "SW1",
                       "--source", "case file scrutiny", "--text", "   ")  # fmt: skip
        assert "text is blank" in said
        assert "text is blank" in refused("evidence", "edit", db, ev.strip(), "--text", " \t")
        said = refused("case", "edit", db, ref, "--seen", "no", "--seen-alone", "yes")
        assert "not seen cannot have been seen alone" in said
        said = refused("case", "edit", db, ref, "--stage", "Pre-proceedings")  # public law's
        assert "'Pre-proceedings' is not a stage of a private law case" in said
        assert "First hearing (FHDRA)" in said  # labels (session 9)
    assert "stage First hearing (FHDRA)" in run("case", "edit", db, ref, "--stage", "FHDRA").output


def test_judgements_only_for_visited_areas_and_with_a_rationale(db: Path) -> None:
    with unchanged(db):
        said = refused("judge", db, "--judgement", "J18-4A", "--area", "9", "--grade", "good",
                       "--rationale", "Strong work in most cases.")  # fmt: skip
        assert "Area 9 was not visited" in said and "visited: 6" in said
        said = refused("judge", db, "--judgement", "J18-4A", "--area", "6", "--grade", "good",
                       "--rationale", "  ")  # fmt: skip
        assert "rationale is empty" in said
    run("judge", db, "--judgement", "J18-4A", "--area", "6", "--grade", "good",
        "--rationale", "Strong work in most cases.")  # fmt: skip


def test_exports_named_for_what_they_write(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "a6.txt"
    said = refused("export", "area", db, "6", "-o", out)
    assert "does not end in .docx" in said and not out.exists()
    said = refused("export", "qa", db, "-o", tmp_path / "qa.xlsx")
    assert ".docx or .csv" in said


def test_a_redaction_reason_says_why(db: Path) -> None:
    ref = _ref(db)
    ev = run("evidence", "add", db, "--polarity", "neutral", "--case", ref, "--criteria", "SW1", "--source",
             "case file scrutiny", "--text", "Marcus said his dad takes him fishing.").stdout  # fmt: skip
    with unchanged(db):
        said = refused("redact", db, ev.strip(), "--reason", "x")
        assert "too short" in said and "audit trail" in said
    run("redact", db, ev.strip(), "--reason", "Names the child.")


def test_inspection_dates_in_an_inspections_time(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    said = refused("new", path, "--framework", "cafcass-2018", "--title", "Inspection",
                   "--lead", "Ruth Okafor", "--start", "1019-03-04")  # fmt: skip
    assert "not in an inspection's time" in said and not path.exists()
    out = run("new", path, "--framework", "cafcass-2018", "--title", "National inspection "
              "of the family court service", "--lead", "Ruth Okafor").output  # fmt: skip
    assert "National inspection of the family court service" in out
    with unchanged(path):
        refused("inspection", "edit", path, "--end", "2999-01-01")


def test_an_area_named_before_any_exists(tmp_path: Path) -> None:
    """A new lead's first steps: visiting an area, giving an inspector one, or writing a
    note on one before any area was added ended in a traceback (session 24)."""
    path = new_inspection(tmp_path / "new.db")
    with unchanged(path):
        for args in (("areas", "visit", path, "7"), ("assign", path, "--inspector", "Ruth Okafor",
                     "--area", "North West"), ("evidence", "add", path, "--area", "7",
                     "--criteria", "LG1", "--source", "case file scrutiny", "--text", "Seen.",
                     "--polarity", "neutral")):  # fmt: skip
            said = refused(*args)
            assert "This inspection has no service areas yet" in said
            assert f"'fieldwork areas add {path} CODE --name NAME'" in said
    run("areas", "add", path, "7", "--name", "North West", "--visited")
    assert "visited" in run("areas", "list", path).output


@pytest.fixture
def conflicted(db: Path, tmp_path: Path) -> tuple[Path, str]:
    """Two inspectors grade the same case differently; the master holds the conflict."""
    run("team", "add", db, "Daniel Osei", "--initials", "DO", "--role", "inspector")
    run("team", "add", db, "Fiona McAllister", "--initials", "FM", "--role", "inspector")
    ref = _ref(db)
    run("assign", db, "--inspector", "DO", "--case", ref)
    daniel, fiona = tmp_path / "do.db", tmp_path / "fm.db"
    run("issue", db, "--inspector", "DO", "-o", daniel)
    run("issue", db, "--inspector", "FM", "-o", fiona)
    run("grade", daniel, "--case", ref, "--criterion", "SW1", "--grade", "good")
    run("grade", fiona, "--case", ref, "--criterion", "SW1", "--grade", "inadequate")
    run("merge", db, daniel, fiona)
    (c,) = json.loads(run("conflicts", db, "--json").output)
    return db, str(c["record_id"])


def test_resolving_says_what_is_wrong_in_words(
    conflicted: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, record = conflicted
    with unchanged(db):
        for grade, expected in (("brilliant", "'brilliant' is not a grade (outstanding, good"),
                                (None, "grade: Input should be a valid string")):  # fmt: skip

            def edit(text: str, extension: str = "", grade: object = grade) -> str:
                return json.dumps({**read_edited(text), "grade": grade})

            monkeypatch.setattr("click.edit", edit)
            said = refused("resolve", db, record, "--edit")
            assert expected in said and "pydantic" not in said
        monkeypatch.undo()
        monkeypatch.setenv("EDITOR", "false")  # an editor that fails
        said = refused("resolve", db, record, "--edit")
        assert "Editing failed" in said and "nothing was resolved" in said
    out = run("resolve", db, record, "--take", "Daniel").output  # the first name is enough
    assert out.startswith(f"Resolved {record}")
    assert json.loads(run("conflicts", db, "--json").output) == []


def test_a_sample_larger_than_the_area_says_so(db: Path) -> None:
    out = run("sample", db, "--per-area", "500").output
    assert "Area 6: only 1 of the 500 asked for could be drawn" in out
    with unchanged(db):
        said = refused("sample", db, "--add", "3")
        assert "Area 6 has no case left to draw (every case in it is sampled already)" in said


def test_an_inspector_named_without_the_accents_of_their_name(tmp_path: Path) -> None:
    """Tester 24, F5: 'Sean O Briain' typed for Seán Ó Briain (no accents on a UK
    keyboard) was not found, and a near miss had no "did you mean"."""
    path = new_inspection(tmp_path / "new.db")
    run("team", "add", path, "Seán Ó Briain", "--initials", "SÓB", "--role", "inspector")
    run("areas", "add", path, "3", "--name", "North East", "--visited")
    for typed in ("Sean O Briain", "sean o'briain", "SOB", "sób"):
        said = run("evidence", "add", path, "--as", typed, "--area", "3", "--criteria", "LG1",
                   "--source", "case file scrutiny", "--polarity", "neutral",
                   "--text", f"Note entered as {typed}.").output  # fmt: skip
        assert said.strip()
    listed = run("evidence", "list", path).output
    assert listed.count("Seán Ó Briain") == 4, listed
    with unchanged(path):
        said = refused("evidence", "add", path, "--as", "Shaun O Brien", "--area", "3",
                       "--criteria", "LG1", "--source", "case file scrutiny", "--polarity",
                       "neutral", "--text", "A note.")  # fmt: skip
        assert "did you mean Seán Ó Briain?" in said


def test_an_area_named_by_its_initials_with_a_small_of(tmp_path: Path) -> None:
    """Tester 24, F3: 'EoE' on the case list is East of England, and so it is when the lead
    types it ('areas visit', 'assign --area')."""
    path = new_inspection(tmp_path / "new.db")
    run("areas", "add", path, "8", "--name", "East of England")
    run("areas", "add", path, "9", "--name", "Hampshire and Isle of Wight")
    assert "visited now: 8" in run("areas", "visit", path, "EoE").output
    assert "visited now: 8, 9" in run("areas", "visit", path, "HIoW").output
