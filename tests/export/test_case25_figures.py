"""A claim about the use of performance information follows what its notes are about
(tester 24's A4: Area 8's "the use of performance information comes out poorly" rested
on its figures, which showed poor performance, and on an audit that "had already
identified drift", a good use of the information, then given as the claim's example).
On the hand-written Eastry and Farleigh (`tests.export.case25_inspection.build_figures`):
Eastry's two records show late work and an audit that had picked it out; Farleigh's say
the figures are not used.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.model import Sentence
from tests.export import case25_inspection as insp


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, list[Sentence]]]:
    s = insp.build_figures(tmp_path_factory.mktemp("case25f") / "i.db")
    try:
        report = draft_report(load(s.store))
        out: dict[str, list[Sentence]] = {}
        for x in report.sections:
            if x.kind == "area":
                said = [y for p in x.paragraphs for y in p.sentences]
                k = next(
                    i for i, y in enumerate(said) if y.role == "claim" and y.criteria == ["LG3"]
                )
                out[x.heading.split(" (Area")[0].split()[-1]] = said[k : k + 2]
        yield out
    finally:
        s.close()


def test_figures_showing_late_work_are_said_as_late_work(
    claims: dict[str, list[Sentence]],
) -> None:
    """Eastry's claim is about the timeliness of the work, not the use of the
    information, and an example after it, if any, shows late work."""
    claim, after = claims["Eastry"]
    assert "timel" in claim.text, claim.text  # "timeliness", "timely"
    assert "use of performance information" not in claim.text, claim.text
    if after.role == "example":
        assert "late" in after.text or "delays" in after.text, after.text


def test_figures_not_used_are_said_as_their_use(claims: dict[str, list[Sentence]]) -> None:
    """Farleigh's records say the figures are not used: its claim stays on their use."""
    claim, _ = claims["Farleigh"]
    assert "timel" not in claim.text, claim.text
    assert "performance information" in claim.text or "figures" in claim.text, claim.text
