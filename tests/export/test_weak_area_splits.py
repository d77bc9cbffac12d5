"""In an area whose case files weigh against (no grade, 2021), a finding split evenly
is said among the weaknesses, not left to the note of what was not drafted while a
strength resting on a few cases is drafted (tester 17's Area 11: listening to children,
against in six of 12 cases, sat in "[Not drafted here]" while three of four cases on
interviews with parents led a paragraph).  On an inspection written by hand
(`tests.export.case19_inspection.weak_area`).
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import Section, Sentence
from tests.export.case19_inspection import weak_area


def _area(path: Path) -> Section:
    s = weak_area(path)
    report = draft_report(load(s.store))
    s.close()
    return next(sec for sec in report.sections if sec.kind == "area")


def _sentences(sec: Section) -> list[Sentence]:
    return [x for p in (*sec.intro, *sec.paragraphs) for x in p.sentences]


def test_an_even_split_is_said_among_the_weaknesses(tmp_path: Path) -> None:
    said = _sentences(_area(tmp_path / "w.db"))
    markers = " ".join(x.text for x in said if x.role == "marker")
    assert "listening to children" not in markers, markers
    claims = [x for x in said if x.role == "claim"]
    even = next(k for k, x in enumerate(claims) if "QP9" in x.criteria)
    small = next(k for k, x in enumerate(claims) if "QPN2" in x.criteria)
    # Said as the even split it is, before the small strength.
    assert "six" in claims[even].text or "half" in claims[even].text, claims[even].text
    assert even < small, [x.text for x in claims]
