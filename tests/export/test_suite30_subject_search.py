"""The subjects of practice a section names (`lawsubjects.subjects`) are found in the
notes as before, and each note is searched for a subject's words only where it holds
them somewhere: most notes name no subject, and the 600-case demo's sections searched
every note for each of the seven subjects again (the look-ups overflowed their cache),
an eighth of its draft.  A note in other than plain ASCII (a dash, an accent) is still
searched, since lower case alone does not say what a case-blind search would find.

An inspection written here: four private law cases in Wessex."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import lawsubjects, load
from exporters.draft.claims import Context
from exporters.draft.sections import area_pool
from exporters.draft.trace import Used, Voice
from tests.export.small import Small

# Each note's text is this test's own, so no earlier draft in the process has looked
# any of them up already.
NOTES = [
    ("development", "Suite30: the mother's account of DV in March was never explored."),
    ("development", "Suite30: domestic abuse by the new partner was not weighed — nor the risk."),
    ("strength", "Suite30: there was no history of domestic abuse, which the officer checked."),
    ("strength", "Suite30: the worker saw the boy twice at school and wrote up both visits."),
    ("development", "Suite30: the father's drug use was left out of the analysis."),
    ("strength", "Suite30: a clear plan for contact, agreed with both parents."),
]


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[Context]:
    """The Wessex section's context (the draft reads the notes' texts while it runs)."""
    s = Small(tmp_path / "subjects.db")
    for polarity, text in NOTES:
        s.ev(s.case(law="PRIVATE"), ["QP7"], polarity, text)
    data = load(s.store)
    pool = area_pool(data, ("6",))[0]
    yield Context(pool, Voice(), Used(data.rules.near_same_share), pool.key, "Wessex", "")
    s.close()


def test_each_note_is_searched_only_for_the_subjects_whose_words_it_holds(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = {s["name"]: [w.lower() for w in s["words"]] for s in lawsubjects.wording()["subjects"]}
    patterns = {p[3]: p[0] for p in lawsubjects._patterns()}
    searched: list[tuple[str, str]] = []
    search = lawsubjects.names_subject

    def counted(pattern: re.Pattern[str], text: str, strength: bool) -> bool:
        searched.append((patterns[pattern], text))
        return search(pattern, text, strength)

    monkeypatch.setattr(lawsubjects, "names_subject", counted)
    first = lawsubjects.subjects(ctx)
    again = lawsubjects.subjects(ctx)

    # What the notes say: domestic abuse against in two cases (the third note says
    # there was none), drug use against in one; nothing else.
    assert first == again
    found = {s.name: (len(s.pos), len(s.neg), len(s.records)) for s in first}
    assert found == {"domestic abuse": (0, 2, 2), "parental substance misuse": (0, 1, 1)}

    # Searched: only a note holding one of the subject's words (the dashed note, not
    # plain ASCII, for every subject), and each once however often the section asks.
    assert len(searched) == len(set(searched)), searched
    for name, text in searched:
        assert "—" in text or any(w in text.lower() for w in words[name]), (name, text)
    dashed = [name for name, text in searched if "—" in text]
    assert sorted(dashed) == sorted(words), dashed
    assert ("domestic abuse", NOTES[2][1]) in searched  # searched, and read as negated
