"""Three misses and a false alarm an inspector met (tester 19): a birthday written in
words ("turns six on the fifth of December", F4) is a date of birth; an employer no list
knows, with its site and town ("a shift supervisor at the Nissan plant in Washington",
F5), is where a parent works, with the advice for a workplace, not a person's name; a
prefix written on to an ordinary word ("(Rewritten after laptop died.)", F6) is no
name.  Sentences written here; the plain ones keep the same words."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.identify.advice import warning_lines
from tests.export.scanned import scanned
from tests.team.helpers import listed_file

LIST = (
    "Case number,Service area,Law type,Case type,Stage,Child name\n"
    "NE/26/0311,Area 1,Private,Child arrangements,First hearing,Ruby Ashworth-Kerr\n"
)
FOUND = [
    ("Ruby turns seven on the twenty-third of March and wants her dad there.",
     "date-of-birth", "the twenty-third of March"),
    ("He was born on the first of June 2019, two weeks early.", "date-of-birth",
     "the first of June 2019"),
    ("Her birthday is November the ninth, and mum plans a party.", "date-of-birth",
     "November the ninth"),
    ("Father works nights as a forklift driver at the Brompton depot in Thirsk.",
     "workplace", "Brompton depot in Thirsk"),
    ("Mother is a shift supervisor at the Kellerby plant in Consett.", "workplace",
     "Kellerby plant in Consett"),
]  # fmt: skip
PLAIN = [
    "The hearing on the fifth of December was adjourned for a further report.",
    "(Rewritten after the visit, as the first draft was lost.)",
    "Unsupervised contact was agreed at the second hearing.",
    "Misreported dates in the chronology were corrected by the manager.",
    "Father works at a supermarket in the town.",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return listed_file(tmp_path_factory.mktemp("words"), LIST, "cafcass-2018", "Tees visit")


@pytest.mark.parametrize(("text", "kind", "detail"), FOUND)
def test_found_as_what_it_is(db: Path, text: str, kind: str, detail: str) -> None:
    hits = scanned(db, text)
    assert any(h.kind == kind and h.text == detail for h in hits), hits
    assert not any(h.kind == "name" for h in hits), hits


def test_a_workplace_is_advised_as_one(db: Path) -> None:
    hits = scanned(db, "Father works nights as a forklift driver at the Brompton depot in Thirsk.")
    said = "\n".join(warning_lines(hits))
    assert "write the kind of work" in said and "instead of the name" not in said, said


@pytest.mark.parametrize("text", PLAIN)
def test_plain_sentences_are_clean(db: Path, text: str) -> None:
    assert scanned(db, text) == []
