"""A decision that a place beside a person identifies no one lets it pass in the record it
was taken on only (tester 34, F16: "HMNB Devonport" accepted on a note about where many
parents work then passed, unsaid, in another inspector's note about one child's father).
A decision taken before, on the words alone, still stands as it was taken.  Written here
by hand, on the corpora's small inspection."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from cli.root import cli
from exporters.identify.scanner import text_digest
from store.store import Store
from tests.export import fixture_data

CLUB = "Brixham Rovers JFC"


def _add(db: Path, text: str) -> str:
    res = CliRunner().invoke(cli, ["evidence", "add", str(db), "--polarity", "neutral", "--case",
                                   "C-001", "--criteria", "QP8", "--source", "CASE_FILE",
                                   "--text", text])  # fmt: skip
    assert res.exit_code == 0, res.output
    return res.stdout.strip()


def _hits(db: Path) -> list[dict[str, object]]:
    res = CliRunner().invoke(cli, ["identify", "hits", str(db), "--json"])
    assert res.exit_code in (0, 1), res.output
    return [h for h in json.loads(res.stdout) if CLUB in str(h["text"])]


def test_a_place_accepted_in_one_note_still_stops_in_another(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "w.db")
    first = _add(db, f"Mum said {CLUB} raised money for her family at Christmas.")
    (hit,) = _hits(db)
    res = CliRunner().invoke(cli, ["identify", "accept", str(db), str(hit["hit_id"]), "--reason",
                                   "the whole town's club, named in a story about the town"])  # fmt: skip
    assert res.exit_code == 0, res.output
    second = _add(db, f"Her son plays for {CLUB} on Saturdays.")
    hits = _hits(db)
    assert len(hits) == 2
    by_record: dict[tuple[str, ...], object] = {
        tuple(h["record_ids"]): h["accepted"]  # type: ignore[arg-type]
        for h in hits
    }
    assert by_record == {(first,): True, (second,): False}


def test_a_decision_taken_on_the_words_alone_still_stands(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "w.db")
    _add(db, f"Her son plays for {CLUB} on Saturdays.")
    (hit,) = _hits(db)
    with Store.open(db) as s:  # as a lead's decision before session 34 was stored
        s.decide_hit(str(hit["kind"]), text_digest(s.inspection_id, CLUB),
                     "decided before decisions on places were tied to a note")  # fmt: skip
    assert [h["accepted"] for h in _hits(db)] == [True]
