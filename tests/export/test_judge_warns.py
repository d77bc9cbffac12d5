"""`fieldwork judge` warns of what could identify a child or family in the rationale
as it is saved, as `evidence add` does for a note (tester 13 put a protected child's
full name into a rationale and learnt of it only when an export refused).  Saving is
never refused.  The inspection is the hand-written fixture."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from cli.root import cli
from store.store import Store
from tests.export import fixture_data


def _judge(db: Path, rationale: str) -> tuple[int, str, str]:
    res = CliRunner().invoke(cli, ["judge", str(db), "--judgement", "J18-1", "--grade", "good",
                                   "--rationale", rationale])  # fmt: skip
    return res.exit_code, res.stdout, res.stderr


def test_a_named_child_in_a_rationale_is_warned_of_and_saved(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "p.db")
    code, out, err = _judge(db, "Kayleigh Brennan's case shows practice at its best.")
    assert code == 0 and out.strip()  # the id, saved
    assert "‘Kayleigh Brennan’ in the rationale" in err, err
    assert "Saved all the same" in err and "Traceback" not in err
    with Store.open(db) as store:
        saved = store.judgement("J18-1", None)
    assert saved is not None and "Kayleigh Brennan" in saved.rationale


def test_a_plain_rationale_is_not_warned_of(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "p.db")
    code, _, err = _judge(db, "Private law practice is good: most children are seen alone.")
    assert code == 0 and err.strip() == ""
