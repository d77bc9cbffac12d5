"""Issue 15, tester 12: "One local authority representative told inspectors that two LAs
describe constructive challenge from guardians in pre-proceedings": a note's own
reported speech re-reported by a second speaker, and the note's two local authorities
said as one representative.

The rule (`fitting.attributed`, `fitting.reported`, `support.toml` [own_speaker]): a
note that reports several speakers' words itself ("Two LAs describe ...", "Both district
judges praise ...") is said as the note says it; a note whose words, once its speaker
is taken off, still report someone else's ("DJ said that ...") is not re-reported by a
role at all; one speaker is still said by role ("One judge praised ...").

Notes written here; the hand-written inspections and the demo in
`test_views12_drafts.py` hold no sentence that reports a report.
"""

from __future__ import annotations

import re

import pytest

from exporters.draft.fitting import attributed
from exporters.draft.words import words

# A frame's speaker, then someone else's reporting verb within a few words: speech
# re-reported ("told inspectors that two LAs describe ...").
REREPORTED = re.compile(
    r"(?:told inspectors that|said that|commented that|made it clear that|According to "
    r"[^,]+,|In the view of [^,]+,)\s+(?:[\w’'.-]+\s+){0,4}?"
    r"(?:said|says|describe|describes|described|told|tells)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    ("source", "note", "said"),
    [
        ("INT_LA", "Two LAs describe constructive challenge from guardians in "
         "pre-proceedings.", "Two LAs describe constructive challenge"),
        ("INT_JUDICIARY", "Both district judges praise the guardians for their grip on "
         "care planning.", "Both district judges praise"),
        ("INT_LA", "Several IROs describe FCAs as hard to reach in the school holidays.",
         "Several IROs describe"),
        ("INT_LA", "LA heads of service value the guardians' independence and challenge.",
         "LA heads of service value"),
    ],
)  # fmt: skip
def test_several_speakers_reporting_are_said_as_the_note_says(
    source: str, note: str, said: str
) -> None:
    got = attributed(words(), source, note, note)
    assert got is not None and got.startswith(said), got
    assert not REREPORTED.search(got), got


def test_someone_elses_words_inside_a_note_are_not_re_reported() -> None:
    for note in (
        "DJ said that the reports are clear and on time.",
        "HHJ Okoro said guardians' analysis had improved this year.",
    ):
        got = attributed(words(), "INT_JUDICIARY", note, note)
        assert got is None or not REREPORTED.search(got), got


def test_one_speaker_is_still_said_by_role() -> None:
    note = "The judge praised the clarity of the recommendations."
    assert attributed(words(), "INT_JUDICIARY", note, note) == (
        "One judge praised the clarity of the recommendations."
    )
