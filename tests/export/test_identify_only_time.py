"""'The only' singles out a child only where it is said of a child, a family, a pupil or
a case: "this was the only time she was seen alone" beside an age is an ordinary note
about practice (tester 19, F3: the editor called it jigsaw identification), while "the
only one at her nursery" with an age, and the corpora's rare children, stay hits.
Sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.export.scanned import scanned
from tests.team.helpers import listed_file

LIST = (
    "Case number,Service area,Law type,Case type,Stage,Child name\n"
    "NB/26/0911,Area 12,Private,Child arrangements,First hearing,Isla Brennan\n"
)
PRACTICE = [
    "This was the only time she was seen alone and the FCA did not record what the child "
    "said. Not enough for a 12 year old in a contested case.",
    "The only visit to the 9-year-old was at the family home, with her father present.",
    "Only one attempt was made to see him at school, when he was 14.",
    "The only weakness in her file is that the letter to the 15-year-old came late.",
]
SINGLED_OUT = [
    "She is the only one at her nursery who signs, and she is three.",
    "He is the only pupil at his school who uses a wheelchair, aged 11.",
    "She is one of two children in the village aged seven who are deaf.",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return listed_file(tmp_path_factory.mktemp("only"), LIST, "cafcass-2018", "Wessex visit")


@pytest.mark.parametrize("text", PRACTICE)
def test_the_only_time_or_visit_is_no_jigsaw(db: Path, text: str) -> None:
    hits = scanned(db, text)
    assert [h for h in hits if h.kind == "jigsaw"] == [], hits


@pytest.mark.parametrize("text", SINGLED_OUT)
def test_the_only_child_one_or_pupil_with_an_age_or_school_is(db: Path, text: str) -> None:
    hits = scanned(db, text)
    assert [h for h in hits if h.kind == "jigsaw"], hits
