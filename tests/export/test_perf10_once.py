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
