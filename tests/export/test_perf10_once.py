"""Work a draft does once per text, not once per section or glossary term: who a
stakeholder's note is quoted by (`Words.speaker`: each section's views asked about
every one of its stakeholders' notes again, 3,959 times on the 600-case demo), and
where a paragraph quotes someone (`quotations.quoted_spans`: asked once per glossary
term and paragraph of a section, 720 times).  On the hand-written inspections."""

from __future__ import annotations

from collections import Counter

import pytest

from exporters.draft import draft_report, load, quotations
from exporters.draft.words import Words
from store.report_data import EvidenceText
from store.store import Store
from tests.export.conftest import INSPECTIONS, inspection_copy


@pytest.mark.parametrize("name", ["handwritten", "voice"])
def test_a_draft_works_out_each_notes_speaker_and_each_texts_quotations_once(
    name: str, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert name in INSPECTIONS
    roles: Counter[tuple[str, str]] = Counter()
    spans: Counter[str] = Counter()
    role, quoted = Words._role, quotations.quoted_spans

    def counted_role(self: Words, source: str, text: str) -> str:
        roles[(source, text)] += 1
        return role(self, source, text)

    def counted_spans(text: str) -> list[tuple[int, int]]:
        spans[text] += 1
        return quoted(text)

    monkeypatch.setattr(Words, "_role", counted_role)
    monkeypatch.setattr(quotations, "quoted_spans", counted_spans)
    with Store.open(inspection_copy(tmp_path_factory, name)) as store:
        first = draft_report(load(store))
        again = draft_report(load(store))
    assert first.model_dump() == again.model_dump()
    # Each text worked out at most once in two drafts (earlier tests may have done it).
    assert max(roles.values(), default=1) == 1
    assert max(spans.values(), default=1) == 1
    assert sum(1 for p in first.paragraphs() if '"' in p.text or "‘" in p.text) >= 1


def test_a_draft_reads_every_notes_words_in_one_pass(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One read of the evidence table's words per draft (it was 250 reads by id on the
    600-case demo, of about half its notes); each record's words are its own, and a
    record deleted after the draft's data was read keeps the words read with it (the
    words are read with the data where notes on keeping children safe are to be read:
    `identityaside`, tester 28's A3)."""
    with Store.open(inspection_copy(tmp_path_factory, "handwritten")) as store:
        reads: list[dict[str, EvidenceText]] = []
        read = store.evidence_texts

        def counted() -> dict[str, EvidenceText]:
            reads.append(read())
            return reads[-1]

        monkeypatch.setattr(store, "evidence_texts", counted)
        data = load(store)
        draft_report(data)
        assert len(reads) == 1
        fresh = load(store)
        gone = fresh.ids[-1]
        said = store.evidence(gone).text
        store.delete_evidence(gone)  # after the draft's data was read, before it drafts
        texts = fresh.texts(range(len(fresh.ids)))
        for i in range(0, len(fresh.ids) - 1, 7):
            assert texts[i].text == store.evidence(fresh.ids[i]).text
        assert texts[len(fresh.ids) - 1].text == said
