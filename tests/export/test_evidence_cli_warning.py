"""`fieldwork evidence add` and `edit` warn, as the editor does, about a detail that
could identify someone: after saving (never refusing), the editor's warning and one
line per detail saying what to do, on stderr; the new id alone on stdout; exit 0
(tester finding 7, third session)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from cli.root import cli
from exporters.identify.advice import describe
from exporters.identify.scanner import Scanner
from store.store import Store
from tests.export import fixture_data

TEXT = ("The guardian saw the boy with his half-sister Tiegan-Rose at contact; the mother's "
        "mobile, 07700 900456, is written on the front sheet.")  # fmt: skip


def _fw(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def _add(db: Path, text: str, *more: str) -> Result:
    return _fw("evidence", "add", db, "--polarity", "neutral", "--case", "C-001", "--criteria", "QP8", "--source",
               "CASE_FILE", "--text", text, *more)  # fmt: skip


def test_add_saves_and_warns_like_the_editor(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "w.db")
    res = _add(db, TEXT, "--quote", "I want to live with my nan in Harehills Lane.")
    assert res.exit_code == 0, res.output
    new_id = res.stdout.strip()
    with Store.open(db) as store:
        assert store.evidence(new_id).text == TEXT  # saved as typed
        editor = describe(Scanner.from_store(store).scan(TEXT, comment=True))
    lines = res.stderr.splitlines()
    assert "Could identify someone" in lines[0]
    assert editor.split(":")[1].split(";")[0] in lines[0]  # the editor's own words
    detail = [ln for ln in lines if ln.startswith("  - ")]
    assert any("‘Tiegan-Rose’ in the text" in ln and "instead of the name" in ln for ln in detail)
    assert any("‘07700 900456’ in the text" in ln and "leave the number out" in ln
               for ln in detail)  # fmt: skip
    assert any("in the child's words" in ln for ln in detail)


def test_edit_warns_and_clean_text_says_nothing(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "w.db")
    res = _add(db, "The child was seen alone and her wishes are recorded in her own words.")
    assert res.exit_code == 0 and res.stderr == "", res.stderr
    eid = res.stdout.strip()
    res = _fw("evidence", "edit", db, eid, "--text", "Seen alone; Keeley and Callum share a room.")
    assert res.exit_code == 0, res.output
    assert res.stdout.strip() == eid
    assert "Callum’ in the text" in res.stderr and "Saved all the same" in res.stderr
    with Store.open(db) as store:
        assert store.evidence(eid).text == "Seen alone; Keeley and Callum share a room."
