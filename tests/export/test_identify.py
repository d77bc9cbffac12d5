"""The identifiability check: planted identifiers of each kind stop the export and are
named; clean inspection prose does not trip it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.root import cli
from exporters.errors import IdentifyingDetailsError
from exporters.export import export_area
from exporters.identify import Scanner
from store.store import Store
from tests.export import fixture_data

HERE = Path(__file__).parent
SCANNER = Scanner(
    names=["Kayleigh Brennan", "Darren Brennan"],
    places=["Oakfield Primary School"],
    case_refs=[f"C-{n:03d}" for n in range(1, 25)],
    allowed_dates=["2 February 2026", "27 February 2026"],
)


def _lines(name: str) -> list[str]:
    return [
        line for line in (HERE / name).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]  # fmt: skip


def test_clean_corpus_has_no_false_positives() -> None:
    clean = _lines("corpus_clean.txt")
    assert len(clean) >= 60
    tripped = [(line, SCANNER.scan_text(line)) for line in clean if SCANNER.scan_text(line)]
    rate = len(tripped) / len(clean)
    print(f"false-positive rate: {len(tripped)}/{len(clean)} = {rate:.1%}")
    assert tripped == []


def test_planted_corpus_is_all_caught_as_its_kind() -> None:
    planted = [line.split("\t", 1) for line in _lines("corpus_planted.txt")]
    kinds = {k for k, _t in planted}
    assert kinds >= {"protected-name", "date-of-birth", "full-date", "case-number",
                     "case-reference", "phone", "email", "postcode", "street-address", "school"}  # fmt: skip
    missed = [(k, t) for k, t in planted if k not in {h[0] for h in SCANNER.scan_text(t)}]
    print(f"detection rate: {len(planted) - len(missed)}/{len(planted)}")
    assert missed == []


PLANTS = {
    "protected-name": (
        "rationale",
        "Leaders acted quickly after Kayleigh Brennan's case was reviewed.",
    ),
    "phone": ("rationale", "The manager's mobile, 07700 900123, was shared with parents."),
    "email": ("rationale", "Parents wrote to d.brennan@example.org with concerns."),
    "postcode": ("rationale", "The office near M14 5RT was visited."),
    "street-address": ("rationale", "The family lives at 12 Elm Road."),
    "date-of-birth": ("rationale", "The child, born 14 March 2015, was seen alone."),
    "case-number": ("rationale", "The court file ZE18C01234 was read."),
    "case-reference": ("child_words", "Tell them case C-003 was me"),
    "school": ("child_words", "I like my teachers at Westfield High School"),
}


@pytest.mark.parametrize("kind", sorted(PLANTS))
def test_planted_identifier_stops_export(kind: str, tmp_path: Path) -> None:
    field, text = PLANTS[kind]
    db = fixture_data.build(tmp_path / "p.db", plant={field: text})
    out = tmp_path / "a.docx"
    with Store.open(db) as store, pytest.raises(IdentifyingDetailsError) as info:
        export_area(store, "6", out)
    assert kind in {h.kind for h in info.value.hits}
    assert all(h.evidence_ids for h in info.value.hits if h.kind == kind)
    assert not out.exists()
    assert not list(tmp_path.glob(".a.docx*"))
    # The CLI: exit code 2, each hit listed with its evidence; --allow-identifying writes.
    runner = CliRunner()
    res = runner.invoke(cli, ["export", "area", str(db), "--area", "6", "-o", str(out)])
    assert res.exit_code == 2
    assert kind in res.output and "evidence " in res.output
    assert not out.exists()
    res = runner.invoke(cli, ["export", "area", str(db), "--area", "6", "-o", str(out),
                              "--allow-identifying"])  # fmt: skip
    assert res.exit_code == 0 and out.exists()
    # `fieldwork check` reports the same hits without exporting.
    res = runner.invoke(cli, ["check", str(db), "--json"])
    assert res.exit_code == 1
    assert f"identifying-{kind}" in res.output


def test_clean_fixture_passes_check(fx_db: Path) -> None:
    res = CliRunner().invoke(cli, ["check", str(fx_db)])
    assert "identifying" not in res.output.lower()
