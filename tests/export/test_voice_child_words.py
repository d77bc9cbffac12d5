"""Issue 15, an independent tester's finding: a child is quoted as having "told
inspectors" only where an inspector heard the words (an interview with the child).
Words kept on the case file are said as recorded there, and where a claim has both,
the words said to an inspector are quoted.  On small inspections written by hand here.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from exporters.draft import draft_area, load
from exporters.draft.words import wording_dir
from exporters.model import Sentence
from tests.export.small import Small

# Case files read by an inspector, each with the young person's words as the adviser
# recorded them, and an inspector's own conversation with a young person.
FILE_NOTE = (  # before TALK_NOTE in the draft's order of records (by their text)
    "All four of the guardian's visits to the boy at his foster home are written up, and "
    "his views are set out in full in the analysis; he was listened to at every stage."
)
FILE_WORDS = "He listened to me and never rushed me"
TALK_NOTE = (
    "I spoke with the girl at her college: she said the guardian listened to her and "
    "told the court what she wanted."
)
TALK_WORDS = "She actually listened and told the judge what I wanted"
OTHERS = (
    "The guardian listened carefully to the young person on {n} visits and the analysis "
    "sets out what she wanted and why."
)


def _area(path: Path, talk: bool) -> list[Sentence]:
    """Area 6: six public law cases on listening to children (QP9), all strengths, young
    people of 16-17; one case file records a young person's words, and (`talk`) one
    inspector's interview with a young person records hers."""
    s = Small(path)
    s.ev(s.case(law="PUBLIC", age="16-17"), ["QP9"], "strength", FILE_NOTE,
         child_words=FILE_WORDS)  # fmt: skip
    if talk:
        s.ev(s.case(law="PUBLIC", age="16-17"), ["QP9"], "strength", TALK_NOTE,
             source="INT_CHILD", child_words=TALK_WORDS)  # fmt: skip
    for n in range(6 - (2 if talk else 1)):
        s.ev(s.case(law="PUBLIC", age="16-17"), ["QP9"], "strength", OTHERS.format(n=n + 2))
    s.judge("J18-4A", "good", area="6")
    try:
        area = draft_area(load(s.store), "6")
    finally:
        s.close()
    return [x for sec in area.sections for p in sec.paragraphs for x in p.sentences]


def _quotes(sentences: list[Sentence]) -> list[str]:
    return [s.text for s in sentences if s.role == "quote"]


def test_words_from_a_case_file_are_said_as_recorded_there(tmp_path: Path) -> None:
    """A young person's words read on their case file are quoted as recorded in it,
    never as said to inspectors."""
    quotes = _quotes(_area(tmp_path / "f.db", talk=False))
    assert len(quotes) == 1 and FILE_WORDS in quotes[0], quotes
    assert "case file" in quotes[0] and "inspector" not in quotes[0], quotes


def test_words_said_to_an_inspector_are_preferred_and_said_so(tmp_path: Path) -> None:
    """Where a claim has a young person's words from a case file and from an inspector's
    own conversation with a young person, the latter are quoted, as said to an
    inspector."""
    quotes = _quotes(_area(tmp_path / "t.db", talk=True))
    assert len(quotes) == 1 and TALK_WORDS in quotes[0], quotes
    assert "inspector" in quotes[0] and "case file" not in quotes[0], quotes


def test_only_an_interview_with_the_child_is_framed_as_said_to_inspectors() -> None:
    """Every frame for a child's words says where they were recorded: an inspector only
    for an interview with the child, the case file for a case file, the survey for a
    survey response; and every source whose words may be quoted has frames."""
    with (wording_dir() / "voices.toml").open("rb") as fh:
        frames = tomllib.load(fh)["child_words"]
    with (wording_dir() / "support.toml").open("rb") as fh:
        sources = tomllib.load(fh)["child_words"]["sources"]
    assert set(sources) <= set(frames)
    said = {"INT_CHILD": "inspector", "CASE_FILE": "case file", "SURVEY_USER": "survey"}
    for source, options in frames.items():
        for frame in options:
            assert said[source] in frame, frame
            assert ("inspector" in frame) == (source == "INT_CHILD"), frame
