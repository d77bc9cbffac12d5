"""One scanner per process (fifth session): every caller that scans while someone works
(`evidence add`, the editor's warning, `check`, the exports) shares the scanner built
for the inspection's inputs, and a new one is built only when those inputs change (a
protected name, a case, the team, an area); safe from the TUI's worker threads."""

from __future__ import annotations

import threading
from pathlib import Path

from click.testing import CliRunner

from cli.root import cli
from exporters.identify import Scanner, cache
from exporters.identify.scanner import forget
from store.models import Area, ProtectedName, StoredProtectedName
from store.store import Store
from tests.export import fixture_data


def _add(db: Path, text: str) -> str:
    res = CliRunner().invoke(cli, ["evidence", "add", str(db), "--polarity", "neutral", "--case", "C-001", "--criteria",
                                   "QP8", "--source", "CASE_FILE", "--text", text])  # fmt: skip
    assert res.exit_code == 0, res.output
    return res.stderr


def _kept() -> list[Scanner]:
    return list(cache._BUILT.values())


def test_evidence_add_builds_the_scanner_once_and_again_when_a_name_is_added(
    tmp_path: Path,
) -> None:
    db = fixture_data.build(tmp_path / "w.db")
    forget()
    assert "Could identify" not in _add(db, "The child was seen alone at school.")
    first = _kept()
    assert len(first) == 1  # the command built it through the cache
    for n in range(3):
        _add(db, f"Week {n}: the FCA rang the mother to explain the next steps.")
    assert _kept() == first and _kept()[0] is first[0]  # the same object, not rebuilt
    with Store.open(db) as store:
        store.add_protected_name(ProtectedName(name="Zebedee Quartermaine", category="child"))
    warned = _add(db, "Zebedee said he wants to stay with his grandmother.")
    assert "protected name ‘Zebedee’" in warned  # the new name is known at once
    assert len(_kept()) == 2 and _kept()[-1] is not first[0]


def test_a_change_to_the_team_or_areas_builds_a_new_scanner(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "w.db")
    with Store.open(db) as store:
        before = Scanner.for_store(store)
        assert Scanner.for_store(store) is before
        store.put_area(Area(code="99", name="Wolds and Fens", visited=False))
        after = Scanner.for_store(store)
        assert after is not before
        assert "Wolds" in after.area_words and "Wolds" not in before.area_words
        assert Scanner.for_store(store) is after


def test_worker_threads_share_one_scanner(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "w.db")
    forget()
    got: list[Scanner] = []
    lock = threading.Lock()
    with Store.open(db) as store:

        def work() -> None:
            sc = Scanner.for_store(store)
            hits = sc.scan_text("Her brother Tiegan-Rose rang on 07700 900456.")
            with lock:
                got.append(sc)
                assert hits

        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(got) == 8 and all(sc is got[0] for sc in got)
    assert cache.built() == 1


def test_an_open_store_rereads_its_inputs_only_after_a_write(tmp_path: Path) -> None:
    """The workbench asks for the scanner on each case it opens and each pause in typing;
    reading every protected name and case of a large master took most of a second each
    time (session 34).  With nothing written since, the inputs are not read again; a
    write through this store, or a commit through another (a merge beside the
    workbench), and the next call sees it."""
    db = fixture_data.build(tmp_path / "w.db")
    forget()
    with Store.open(db) as store, Store.open(db) as other:
        first = Scanner.for_store(store)
        reads: list[int] = []
        names = store.protected_names

        def counted() -> list[StoredProtectedName]:
            reads.append(1)
            return names()

        store.protected_names = counted  # type: ignore[method-assign]  # counts the reads
        assert Scanner.for_store(store) is first and reads == []
        other.add_protected_name(ProtectedName(name="Ottilie Brackenbury", category="child"))
        seen = Scanner.for_store(store)
        assert reads == [1] and seen is not first
        assert "protected-name" in {k for k, _ in seen.scan_text("Ottilie said no.")}
        store.put_area(Area(code="98", name="Marsh and Levels", visited=False))
        assert "Marsh" in Scanner.for_store(store).area_words and reads == [1, 1]
