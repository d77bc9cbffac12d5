"""Whether a note is about the criterion it is tagged with (`relevance.off_topic`), on a
corpus written by hand (topic_corpus.toml): for every criterion of the built-in
frameworks, notes plainly on its topic in varied words ("workloads are high but fair"
for workloads and workforce planning; "a clear recovery plan" for leaders' priorities),
and notes tagged with a criterion they do not speak to.  No on-topic note may be marked
"may be tagged wrongly" (reader 5's third report, "New problems 3": all four markers in
the report were false); every mis-tagged one still is."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from exporters.draft import load
from exporters.draft.data import DraftData
from exporters.draft.relevance import off_topic
from store.framework import builtin_ids, load_framework
from tests.export.small import Small

CORPUS = Path(__file__).parent / "topic_corpus.toml"


def _corpus() -> dict[str, dict[str, list[str]]]:
    with CORPUS.open("rb") as fh:
        return tomllib.load(fh)


def _noted(
    path: Path, framework_id: str, notes: dict[str, list[str]]
) -> tuple[DraftData, list[tuple[int, str, str]]]:
    """Each note recorded with its criterion (on a case for practice, about the area for
    leadership), and each record's number, criterion and text."""
    fw = load_framework(framework_id)
    s = Small(path, framework=fw)
    ids: dict[str, tuple[str, str]] = {}
    for crit, texts in notes.items():
        for text in texts:
            if crit.startswith(("QP", "SW")):
                rid = s.ev(s.case(), [crit], "development", text)
            else:
                rid = s.about_area("6", [crit], "development", text, "INT_MANAGER")
            ids[rid] = (crit, text)
    data = load(s.store)
    data.texts(range(len(data.ids)))  # read while the store is open
    s.close()
    at = {e: k for k, e in enumerate(data.ids)}
    return data, [(at[r], c, t) for r, (c, t) in ids.items()]


@pytest.mark.parametrize("framework_id", builtin_ids())
def test_no_note_on_topic_is_marked(tmp_path: Path, framework_id: str) -> None:
    on = _corpus()["on"]
    fw = load_framework(framework_id)
    assert {c.id for c in fw.criteria} <= set(on), "every criterion has notes in the corpus"
    data, recs = _noted(tmp_path / "on.db", framework_id, {c.id: on[c.id] for c in fw.criteria})
    false = [f"{c}: {t}" for i, c, t in recs if off_topic(data, c, [i])]
    assert false == []


@pytest.mark.parametrize("framework_id", builtin_ids())
def test_every_mis_tagged_note_is_marked(tmp_path: Path, framework_id: str) -> None:
    data, recs = _noted(tmp_path / "off.db", framework_id, _corpus()["off"])
    missed = [f"{c}: {t}" for i, c, t in recs if not off_topic(data, c, [i])]
    assert missed == []
