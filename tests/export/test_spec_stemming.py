"""A note says what a wording says in whatever form it puts the words (issue 15: stems
cut to five letters missed "saw him alone" and "overseen", and joined "contact" with
"contains"): `stemming.stem`, and `relevance.says` on note paragraphs written here as
inspectors write them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import load
from exporters.draft.data import DraftData
from exporters.draft.relevance import says, stems
from exporters.draft.stemming import stem
from tests.export.small import Small

# Forms of one word that must meet.
SAME = [
    ("recorded", "records", "recording", "record"),
    ("reasons", "reasoning", "reason"),
    ("planned", "planning", "plans", "plan"),
    ("seen", "saw", "sees", "seeing", "see"),
    ("oversight", "overseen", "oversaw", "supervision", "supervised"),
    ("visits", "visited", "visiting", "visit"),
    ("wishes", "wish"),
    ("wants", "wanted", "want"),
    ("families", "family"),
    ("delays", "delayed", "delay"),
    ("assessed", "assessment", "assess"),
    ("analysis", "analyse", "analysed", "analytical"),
    ("observation", "observed", "observe"),
    ("referred", "refer"),
    ("managers", "management", "managed"),
    ("decision", "decided", "decide"),
    ("feelings", "feeling"),
    ("allocated", "allocation", "allocate"),
    ("appropriately", "appropriate"),
]
# Words that look alike and mean different things: they must not meet.
APART = [
    ("contact", "contains"),
    ("consistent", "considered"),
    ("direction", "direct"),
    ("feelings", "feels"),
    ("early", "earn"),
    ("family", "familiar"),
    ("context", "contact"),
    ("placement", "plan"),
]


@pytest.mark.parametrize("forms", SAME, ids=lambda f: f[0])
def test_forms_of_one_word_have_one_stem(forms: tuple[str, ...]) -> None:
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


@pytest.mark.parametrize("pair", APART, ids=lambda p: "-".join(p))
def test_words_that_only_look_alike_stay_apart(pair: tuple[str, str]) -> None:
    assert stem(pair[0]) != stem(pair[1])


def test_phrases_that_mean_alone_are_alone() -> None:
    for note in ("The girl was never seen on her own.", "He was seen by himself at school.",
                 "Each sister was seen one-to-one.", "Seen alone at the family centre."):  # fmt: skip
        assert {"see", stem("alone")} <= stems(note), note


# Note paragraphs as inspectors write them, each saying what the wording beside it says,
# in other forms than the wording's.
SAYS = [
    (
        "QP8",
        "practitioners make sure that each child is seen, and seen alone when it helps them",
        "The FCA saw him on his own at school and again at his father's flat; the visit "
        "notes are detailed.",
    ),
    (
        "QP8",
        "children are not seen alone when they should be",
        "The girl was only ever met at her mother's home with her mother in the next room; "
        "she was not seen on her own before the report.",
    ),
    (
        "QPN4",
        "managers' oversight of the work is not recorded",
        "No sign anywhere on the file that the case was overseen: there is no record of any "
        "supervision discussion before the report was filed.",
    ),
    (
        "QPN4",
        "managers' oversight of the work is not recorded",
        "Management oversight is not recorded at allocation or before the final report.",
    ),
    (
        "QP10",
        "advice is given without a record of how it is reached",
        "The recommendation changed at the final hearing and nothing on file records the "
        "reasoning behind the new advice.",
    ),
]
# Notes on the same criterion that do not say what the wording says.
NOT_SAYS = [
    (
        "QP8",
        "children are not seen alone when they should be",
        "The report was filed on time and the court accepted the recommendation.",
    ),
    (
        "QPN4",
        "managers' oversight of the work is not recorded",
        "The contact plan contains a clear timetable for the child to see her father.",
    ),
]


@pytest.fixture
def data(tmp_path: Path) -> Iterator[DraftData]:
    """The draft's data for an inspection with one note per paragraph above."""
    s = Small(tmp_path / "t.db")
    for crit, _wording, note in SAYS + NOT_SAYS:
        s.ev(s.case(), [crit], "development", note)
    yield load(s.store)
    s.close()


def _record(data: DraftData, note: str) -> int:
    texts = data.texts(range(len(data.ids)))
    (i,) = [i for i in range(len(data.ids)) if texts[i].text == note]
    return i


@pytest.mark.parametrize("k", range(len(SAYS)))
def test_a_note_says_what_a_wording_says_in_other_forms(data: DraftData, k: int) -> None:
    _crit, wording, note = SAYS[k]
    assert says(data, wording, [_record(data, note)]), (wording, note)


@pytest.mark.parametrize("k", range(len(NOT_SAYS)))
def test_a_note_on_something_else_does_not_say_it(data: DraftData, k: int) -> None:
    _crit, wording, note = NOT_SAYS[k]
    assert not says(data, wording, [_record(data, note)]), (wording, note)
