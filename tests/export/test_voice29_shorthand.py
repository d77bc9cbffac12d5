"""A sentence that says a note's words says them in the report's English (issue 15,
tester 29's F6, A11): the inspectors' shorthand written out ("In the staff survey, 88%
say mgrs support & challenge them." was said as the note had it), a figure from an
interview said as what someone told inspectors with the note's other figure beside it
("In interviews with managers, the vacancy rate is 9% nationally.", the note's "17% in
NW" left out), and no topic that "comes out well" ("In practitioners' accounts, the workloads
come out well.").  On notes and an inspection written here (`voice29_shorthand`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.attributed import attributed_sentences
from exporters.draft.telegraphic import written_out
from exporters.draft.wording import wording_table
from exporters.draft.words import words
from tests.export.voice29_shorthand import build

WRITTEN = [
    ("84% say mgrs support & challenge them", "84% say managers support and challenge them"),
    ("Mgrs w/ the board each qtr", "Managers with the board each quarter"),
    ("vacancy rate 7% nationally and 15% in NW", "vacancy rate 7% nationally and 15% in the North West"),
    ("info shared w/ A&E within 2 wks", "information shared with A&E within 2 weeks"),
    ("avg caseload 19 vs 23 last yr", "average caseload 19 against 23 last year"),
    ("the NWT team reviewed 3 rpts", "the NWT team reviewed 3 reports"),
]  # fmt: skip


@pytest.mark.parametrize(("note", "said"), WRITTEN, ids=[n for n, _s in WRITTEN])
def test_shorthand_is_written_out(note: str, said: str) -> None:
    assert written_out(note) == said


def test_the_leadership_figures_read_as_english(tmp_path: Path) -> None:
    s = build(tmp_path / "figures.db")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    text = " ".join(x.text for p in report.paragraphs() for x in p.sentences)
    assert "In the staff survey, 84% say managers support and challenge them." in text, text
    assert ("Managers told inspectors that the vacancy rate is 7% nationally and 15% in the "
            "North West.") in text, text  # fmt: skip
    assert (
        "mgrs" not in text and " & " not in text and "In interviews with managers, the" not in text
    )


@pytest.mark.parametrize("kind", ["for", "against", "mixed", "mostly_for", "mostly_against"])
def test_no_topic_comes_out_well_or_poorly(kind: str) -> None:
    w = words()
    src = [("INT_PRACTITIONER", "practitioners' accounts")]
    pos = src if kind in ("for", "mixed", "mostly_for", "mostly_against") else []
    neg = src if kind in ("against", "mixed", "mostly_for", "mostly_against") else []
    said = attributed_sentences(w, "the workloads", kind, pos, neg, False)
    frames = wording_table("fewrecords.toml")["frames"]
    for text in [*said, *frames["for"], *frames["against"]]:
        assert " out well" not in text and " out poorly" not in text, text
        assert " out unevenly" not in text, text
