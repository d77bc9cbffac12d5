"""A near-even split of cases is said as a balance, never as a strength nor a majority,
and each side's words fit its own share (issue 15: every sentence true to its
evidence).

Independent tester, session 11: "Practice is strong in the majority of cases. In some,
children are not seen ...; in the others, however, practitioners see each child ..."
of 20 cases for and 18 against (53% and 47%) in a section requiring improvement.  The
inspections here are written by hand in the test: one area with a given split on
seeing children."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.model import Sentence
from tests.export.small import Small

SEEN = "The FCA saw the child alone at school and the visit is written up clearly"
NOT_SEEN = "The child was not seen alone before the report; the FCA met her only with her father"
MAJORITY = re.compile(r"\b(?:majority|most|strong|strengths|weaknesses|falls short|some)\b", re.I)


def _claim(path: Path, pos: int, neg: int) -> Sentence:
    """Area 6, graded requires improvement: `pos` cases where children are seen as they
    need to be (QP8) and `neg` where they are not.  The section's sentence on it."""
    s = Small(path)
    s.cases_with(pos, "QP8", "strength", SEEN)
    s.cases_with(neg, "QP8", "development", NOT_SEEN)
    s.judge("J18-4A", "requires-improvement", area="6")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    area = next(x for x in report.sections if x.kind == "area" and x.area_code == "6")
    return next(x for p in area.paragraphs for x in p.sentences
                if x.role == "claim" and x.criteria == ["QP8"])  # fmt: skip


@pytest.mark.parametrize("pos, neg", [(20, 18), (18, 20), (11, 10)])
def test_about_half_each_way_is_said_as_about_half(tmp_path: Path, pos: int, neg: int) -> None:
    said = _claim(tmp_path / "h.db", pos, neg).text
    assert "about half" in said.lower(), said
    assert not MAJORITY.search(said), said


@pytest.mark.parametrize("pos, neg", [(3, 2), (2, 3)])
def test_a_near_even_split_of_a_few_cases_gives_the_counts(
    tmp_path: Path, pos: int, neg: int
) -> None:
    from exporters.draft.words import number_text

    said = _claim(tmp_path / "c.db", pos, neg).text
    assert not MAJORITY.search(said), said
    assert "about half" not in said.lower(), said
    assert number_text(pos) in said and number_text(neg) in said, said


@pytest.mark.parametrize("pos, neg", [(15, 5), (26, 14)])
def test_a_clear_majority_is_still_said_as_one(tmp_path: Path, pos: int, neg: int) -> None:
    said = _claim(tmp_path / "m.db", pos, neg).text
    assert "about half" not in said.lower(), said
    assert re.search(r"\b(?:most|majority)\b", said, re.I), said
