"""What a Midlands team's notes say, as `fieldwork evidence add` warns of it (tester 33):
Romanes, the Roma families' language, is no name (F1: "Romanes-speaking gran" was
warned of as a name and "corrected" to "Roanes"); a gurdwara is said and advised as a
place of worship, not as "a boxing club" (F2).  Sentences written here, in the shapes
of the tester's notes, with other names."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from cli.root import cli
from tests.export import fixture_data


def _add(db: Path, text: str) -> Result:
    return CliRunner().invoke(cli, ["evidence", "add", str(db), "--polarity", "neutral", "--case",
                                    "C-001", "--criteria", "QP8", "--source", "CASE_FILE",
                                    "--text", text])  # fmt: skip


def test_romanes_is_a_language_and_a_gurdwara_a_place_of_worship(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "w.db")
    for clean in ("Romanes-speaking gran present only at the start of the visit.",
                  "Child's words given via a Romanes interp, checked back with her."):  # fmt: skip
        res = _add(db, clean)
        assert res.exit_code == 0 and res.stderr == "", res.output
    res = _add(db, "Her grandad is granthi at Guru Ravidass Gurdwara and she helps at langar.")
    assert res.exit_code == 0, res.output
    lines = res.stderr.splitlines()
    assert "place of worship ‘Guru Ravidass Gurdwara’" in lines[0]
    detail = [ln for ln in lines if "Guru Ravidass Gurdwara" in ln and ln.startswith("  - ")]
    assert detail and "the gurdwara" in detail[0] and "boxing" not in res.stderr
