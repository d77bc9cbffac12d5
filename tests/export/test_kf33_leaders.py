"""Issue 15, kf33: tester 32's F9, the national leadership section of a service whose
leaders are judged good.  "The management of the service is a strength." rested on one
manager's note while the case files on front-line management were even, three for and
three against.

On kf33's hand-written inspection (`kf33_inspection.py`): one national manager's note on
the management of the service, beside case files four for and four against.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.model import Section
from tests.export import kf33_inspection


@pytest.fixture(scope="module")
def leaders(tmp_path_factory: pytest.TempPathFactory) -> Section:
    s = kf33_inspection.build(tmp_path_factory.mktemp("kf33") / "leaders.db")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    return next(x for x in report.sections if x.judgement_id == "J21-3")


def _texts(sec: Section) -> list[str]:
    return [s.text for p in [*sec.intro, *sec.paragraphs] for s in p.sentences]


def test_even_files_are_never_a_strength(leaders: Section) -> None:
    """The management of the service is said as the balance it is: both sides, never a
    strength alone."""
    said = [s for p in [*leaders.intro, *leaders.paragraphs] for s in p.sentences
            if s.role == "claim" and "LG4" in s.criteria]  # fmt: skip
    assert said, _texts(leaders)
    for s in said:
        assert s.direction != "for", s.text
        low = s.text.lower()
        assert any(w in low for w in ("mixed", "weakness", "shortfall", "both")), s.text
