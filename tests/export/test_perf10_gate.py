"""The export's identifiability gate reads the free text of the records its hits name,
and of no other: a hit still names exactly the records whose own text holds its words
(`holders.narrowed`), but a draft with no hits reads no text, where it read every
free-text field of the file (21,466 on the 600-case demo) to narrow no hit at all."""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

import pytest

from exporters.errors import IdentifyingDetailsError
from exporters.export import export_area, export_report
from store.models import Grading
from store.store import Store
from store.texts import FreeText
from tests.export import fixture_data
from tests.export.conftest import inspection_copy


def test_the_texts_of_some_records_are_those_every_text_gives_for_them(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    """On a hand-written inspection and on the fixture with a planted rationale: every
    kind of record (evidence, case, grading, judgement), each field, in the same order."""
    planted = fixture_data.build(tmp_path / "p.db", plant={"rationale": "As Tiegan-Rose shows."})
    with Store.open(planted) as store:  # a case note and a grading's rationale too
        case = store.case_by_ref("C-002")
        store.put_case(case.model_copy(update={"notes": "Moved school in the spring."}), case.id)
        store.set_grading(
            Grading(
                case_id=case.id,
                criterion_id="QP5",
                grade="good",
                rationale="Drawings helped her say where she wants to live.",
            )
        )
    for db in (inspection_copy(tmp_path_factory, "handwritten"), planted):
        with Store.open(db) as store:
            every = store.free_texts()
            assert {"evidence", "judgement"} <= {t.kind for t in every}
            if db == planted:
                assert {t.kind for t in every} == {"evidence", "case", "grading", "judgement"}
            wanted = {t.record_id for t in every[::3]} | {"no-such-record"}
            assert store.free_texts_of(wanted) == [t for t in every if t.record_id in wanted]
            assert store.free_texts_of(set()) == []


def test_a_hit_names_the_records_holding_it_and_no_other_text_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = "Tiegan-Rose"
    words = f"We played cards and I want {name} to come to my party."
    db = fixture_data.build(tmp_path / "p.db", plant={"child_words": words})
    asked: list[set[str]] = []
    with Store.open(db) as store:
        every = {t.record_id for t in store.free_texts()}
        holding = {t.record_id for t in store.free_texts() if name in t.text}
        read = store.free_texts_of
        monkeypatch.setattr(store, "free_texts_of", lambda ids: _noted(asked, ids, read))
        monkeypatch.setattr(store, "free_texts", lambda: pytest.fail("read every text"))
        with pytest.raises(IdentifyingDetailsError) as info:
            export_area(store, "6", tmp_path / "a.docx")
    named = [h for h in info.value.hits if h.text == name]
    assert named and holding
    assert all(h.evidence_ids and set(h.evidence_ids) <= holding for h in named)
    # One read, of the records behind the sentences with hits: a few of the file's.
    assert len(asked) == 1 and {i for h in named for i in h.evidence_ids} <= asked[0]
    assert len(asked[0]) < len(every) / 4


def test_a_draft_with_no_hits_reads_no_text(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[set[str]] = []
    with Store.open(inspection_copy(tmp_path_factory, "handwritten")) as store:
        read = store.free_texts_of
        monkeypatch.setattr(store, "free_texts_of", lambda ids: _noted(asked, ids, read))
        monkeypatch.setattr(store, "free_texts", lambda: pytest.fail("read every text"))
        result = export_report(store, tmp_path / "r.docx")
    assert result.path is not None and result.path.exists() and not result.hits
    assert asked == [set()]


def _noted(asked: list[set[str]], ids: Collection[str], read: Callable[..., list[FreeText]]
           ) -> list[FreeText]:  # fmt: skip
    """`Store.free_texts_of`, noting which records it was asked for."""
    asked.append(set(ids))
    return read(ids)
