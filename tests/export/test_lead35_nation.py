"""A family that moves to another of the British Isles' jurisdictions mid-proceedings is
still a jigsaw detail (few do), said as the jurisdiction it is, not as "the town a child
or family lives in" (tester 35: "‘Scotland’, the town ...")."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from tests.export.corpus import corpus_scanner


@pytest.fixture(scope="module")
def plain() -> Scanner:
    return corpus_scanner(("Ruby Tindall", "Jayden Tindall"), ("NW-0917",))


@pytest.mark.parametrize("place", ["Scotland", "Northern Ireland", "Wales"])
def test_a_move_to_another_jurisdiction_is_said_as_one(plain: Scanner, place: str) -> None:
    hits = plain.scan(f"Dad moved with the boys to {place} before the final hearing.")
    notes = [h.note for h in hits if h.kind == "jigsaw"]
    assert notes == [f"‘{place.removeprefix('the ')}’, another jurisdiction a child or family "
                     "moved to (few do)"], notes  # fmt: skip


def test_a_town_is_still_said_as_a_town(plain: Scanner) -> None:
    hits = plain.scan("Dad moved with the boys to Carlisle before the final hearing.")
    assert [h.note for h in hits if h.kind == "jigsaw"] == [
        "‘Carlisle’, the town a child or family lives in"
    ]
