"""Issue 15, kf31 (task 1; tester 30's F13): the leadership section says a note's figure
as the report would, never the note's fragment pasted as a sentence.

Tester 30's section said "Staff survey 72% feel supported by immediate manager." (a
label, no frame, "immediate manager" with no "their"), "In performance information,
vacancy rate is 17% in public law teams, and agency use is rising." (no article) and
"Only 38% of staff say poor practice is challenged, although others show strengths."
("others" with nothing to refer to).  The notes here are kf31's own, of the same shapes
and others (`kf31_inspection.LEADERS`, `SHAPES`).
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export.kf31_inspection import build

# Notes of other shapes: a label of the survey's own before the share, shorthand for
# the manager, a colon label, shorthand figures that cannot be said.
SHAPES: tuple[tuple[list[str], str, str, str], ...] = (
    (["LG5"], "strength", "Pulse survey 66% say their mgr gives useful feedback.", "SURVEY_STAFF"),
    (["LG5"], "development", "Staff survey: only 35% feel senior leaders listen.", "SURVEY_STAFF"),
    (["LG8"], "development", "Caseloads avg 24 per FCA, target 18; sickness 6% in PL teams.", "PERF_DATA"),
    (["LG8"], "development", "Turnover 14% this yr, agency staff covering 9 posts.", "PERF_DATA"),
    (["LG3"], "development", "KPIs on timeliness only; audits rate 80% of work good but our sample found half weak.", "QA_AUDIT"),
    (["LG4"], "development", "HoS unaware PL risks left; no plan to cut team sizes.", "INT_MANAGER"),
    (["LG1"], "strength", "Board papers show costed plan for PrL, reviewed quarterly.", "BOARD_PAPERS"),
)  # fmt: skip


def _leaders(tmp_path: Path, **kw: object) -> list[Sentence]:
    s = build(tmp_path / "kf31.db", **kw)  # type: ignore[arg-type]
    try:
        report: ReportModel = draft_report(load(s.store))
    finally:
        s.close()
    sec = next(x for x in report.sections if x.judgement_id == "J21-3")
    return [x for p in [*sec.intro, *sec.paragraphs] for x in p.sentences]


# What a note writes that a report does not: its shorthand, a label straight before a
# figure, a role with no word before it, a bare "others" after a note's own words.
_FRAGMENTS = re.compile(
    r"\b(?:mgrs?|yr|avg|HoS|PL|PrL|KPIs)\b|\b[Ss]urvey \d|\b(?:by|to|from) (?:immediate |line )?manager\b"
    r"|\bothers show\b|^[A-Z][a-z]+ rate \d"
)


def test_figures_from_notes_are_said_in_the_reports_voice(tmp_path: Path) -> None:
    said = _leaders(tmp_path)
    texts = [x.text for x in said]
    assert not [t for t in texts if _FRAGMENTS.search(t)], texts
    # The survey's bare share: what the staff said, with "their" manager.
    assert "In the staff survey, 74% of staff said they feel listened to by their line manager." in texts, texts  # fmt: skip
    # A measure and its share with the "is" left out, and the second point after it.
    vacancy = next(t for t in texts if "19%" in t)
    assert "the vacancy rate is 19% in north teams, and that agency use is growing" in vacancy, (
        texts
    )
    # A contrast names what it contrasts: the side after the note's own words names
    # the source and the topic.
    both = next(t for t in texts if "41% of staff" in t)
    assert "although the staff survey also shows strengths in" in both, both


def test_notes_of_other_shapes_are_framed_or_left_out(tmp_path: Path) -> None:
    said = _leaders(tmp_path, leaders=SHAPES)
    texts = [x.text for x in said]
    assert not [t for t in texts if _FRAGMENTS.search(t)], texts
    # The pulse survey's share with the manager in shorthand: said as what staff said.
    assert any("66% of staff said that their manager gives useful feedback" in t for t in texts), (
        texts
    )
    # Every sentence opens with a capital and ends with a stop (or a bracket for the lead).
    assert all(t[:1].isupper() or t.startswith("[") for t in texts), texts
    assert all(t.endswith((".", "]")) for t in texts), texts
