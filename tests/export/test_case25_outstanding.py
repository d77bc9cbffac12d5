"""An outstanding section opens in the grade's terms, on what the work means for
children, and one whose safeguarding falls short in some of its cases says that the
evidence disagrees with the grade (tester 24's A7: the outstanding public law section
opened "Practice in public law proceedings is strong: most of what inspectors found was
positive, although not all of it", with safeguarding short in five of its 25 cases and
no marker).  On the hand-written Gorsley
(`tests.export.case25_inspection.build_outstanding`): judged outstanding, strong on two
points in all fifteen cases, safeguarding followed up in twelve and not in three.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.model import Sentence
from tests.export import case25_inspection as insp


@pytest.fixture(scope="module")
def said(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Sentence]]:
    s = insp.build_outstanding(tmp_path_factory.mktemp("case25o") / "i.db")
    try:
        report = draft_report(load(s.store))
        [area] = [x for x in report.sections if x.kind == "area"]
        yield [x for p in area.paragraphs for x in p.sentences]
    finally:
        s.close()


def test_safeguarding_short_in_some_cases_disputes_outstanding(said: list[Sentence]) -> None:
    """A marker after the opening says the grade and the safeguarding evidence disagree,
    and the safeguarding claim is flagged so."""
    opening = next(k for k, x in enumerate(said) if x.role in ("headline", "opening"))
    marker = said[opening + 1]
    assert marker.role == "marker" and "outstanding" in marker.text, marker.text
    [safe] = [x for x in said if x.role == "claim" and x.criteria == ["SW1"]]
    assert "disagrees with the grade" in safe.flags, safe.flags


def test_an_outstanding_opening_speaks_of_children(said: list[Sentence]) -> None:
    """The opening says what the work means for children, in the grade's terms, and is
    not the tepid "although not all of it"."""
    head = next(x for x in said if x.role in ("headline", "opening"))
    assert "difference to" in head.text and "children" in head.text, head.text
    assert "not all of it" not in head.text, head.text
