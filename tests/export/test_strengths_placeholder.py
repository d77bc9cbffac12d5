"""The lead's placeholder of points not drafted (issue 15, tester 11's local services:
"[Strengths also found, not yet drafted: the use of performance information (two
strength records and two development) ...]" sat after the count of areas, before every
weakness, and called an even split a strength).  Now the placeholder ends the findings
it belongs with: never a paragraph stating no finding, and, in a section graded below
good, never before its weaknesses; a point with as much evidence against it as for is
named as found both ways, and the lead is asked to say both sides.

On an inspection written here by hand (one area requiring improvement, its performance
figures two each way: drafted side by side, or named as found both ways) and on the
hand-written inspections (their sections below good with notes).
"""

from __future__ import annotations

import re

import pytest

from exporters.draft import draft_report, load
from exporters.draft.sections import strengths_place
from exporters.model import Paragraph, ReportModel, Section, Sentence
from tests.export.small import Small

STRENGTHS = "[Strengths also found"
BOTH = "[Found both ways"
FIGURES = (
    ("strength", "Figures for the area: 88% of first-hearing letters on time in the spring quarter."),
    ("strength", "The area's own dashboard is checked weekly and late letters are chased the same day."),
    ("development", "Figures for the area: 41% of section 7 reports filed on time in the spring quarter."),
    ("development", "The area's figures on unallocated work are three months out of date."),
)  # fmt: skip
WEAK_FIRST = ("requires-improvement", "inadequate")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = Small(tmp_path_factory.mktemp("held") / "held.db", areas=[("7", "Brackenside", True)])
    s.cases_noted("7", 8, weak={"QP7", "QP11"})
    for polarity, text in FIGURES:
        s.about_area("7", ["LG3"], polarity, text, "PERF_DATA")
    s.judge("J18-4A", "requires-improvement", area="7")
    s.judge("J18-4", "requires-improvement")
    model = draft_report(load(s.store))
    s.close()
    return model


def _notes(sec: Section) -> list[tuple[int, Sentence]]:
    return [(k, x) for k, p in enumerate(sec.paragraphs) for x in p.sentences
            if x.role == "placeholder" and x.text.startswith((STRENGTHS, BOTH))]  # fmt: skip


def _after_the_weaknesses(sec: Section) -> None:
    """In a section graded below good, no placeholder of points not drafted comes in a
    paragraph before one on weaknesses, nor in a paragraph stating no finding while
    another states some."""
    stating = [k for k, p in enumerate(sec.paragraphs)
               if any(x.role in ("claim", "views") for x in p.sentences)]  # fmt: skip
    for k, note in _notes(sec):
        if stating:
            assert k in stating, (sec.heading, note.text)
        if sec.grade in WEAK_FIRST:
            later = [p.theme for p in sec.paragraphs[k + 1 :]]
            assert "development" not in later, (sec.heading, note.text, later)


def test_an_even_split_is_never_a_strength_also_found(report: ReportModel) -> None:
    """Two sets of figures each way on performance information: drafted as what each
    side's figures show, or named as found both ways for the lead to say both sides;
    never among the strengths also found; any note after the weaknesses."""
    said = 0
    for sec in report.sections:
        if sec.kind not in ("area", "judgement"):
            continue
        _after_the_weaknesses(sec)
        for x in (x for p in sec.paragraphs for x in p.sentences):
            if "performance information" not in x.text:
                continue
            assert not x.text.startswith(STRENGTHS), x.text
            if x.role == "claim":
                # both sides, each in the register's words ("comes out poorly ...
                # reflect well on": `fewrecords.toml` [frames])
                assert re.search(r"weakness|shortfall|poorly", x.text), x.text
                assert re.search(r"strength|\bwell\b", x.text), x.text
            else:
                assert x.text.startswith(BOTH) and "Say what each side shows" in x.text
            said += 1
    assert said >= 2, [p.text for s in report.sections for p in s.paragraphs]


_RECORDS = re.compile(r"(\d+) strength, (\d+) development records")
_CASES = re.compile(r"(\d+) of (\d+) cases")


def test_the_hand_written_inspections(handwritten_reports: dict[str, ReportModel]) -> None:
    """Every section of the hand-written inspections: the notes after the weaknesses in
    sections graded below good, and each named point on the side its evidence holds
    (strength records outnumbering development, or no more cases for than against)."""
    seen = below_good = 0
    for model in handwritten_reports.values():
        for sec in model.sections:
            _after_the_weaknesses(sec)
            for _k, note in _notes(sec):
                seen += 1
                below_good += sec.grade in WEAK_FIRST
                both = note.text.startswith(BOTH)
                for pos, neg in _RECORDS.findall(note.basis):
                    assert (int(pos) <= int(neg)) is both, (note.text, note.basis)
                for pos, views in _CASES.findall(note.basis):
                    if both:
                        assert 2 * int(pos) <= int(views), (note.text, note.basis)
    assert seen and below_good


def _para(theme: str, *roles: str) -> Paragraph:
    return Paragraph(theme=theme, sentences=[Sentence(text=r, role=r) for r in roles])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("grade", "layout", "theme", "where"),
    [
        # Tester 11's local services: the opening states no finding, the weaknesses follow.
        ("requires-improvement", [("leadership", "headline", "fixed", "fixed"),
                                  ("development", "claim", "claim", "views")], "leadership", 1),
        # Below good, the leadership strengths before the weaknesses: after them.
        ("inadequate", [("leadership", "headline", "claim"), ("development", "claim"),
                        ("practice", "claim"), ("placeholder", "placeholder")], "leadership", 2),
        # At good, the theme's own paragraph, where its strengths are.
        ("good", [("leadership", "headline", "claim"), ("practice", "claim"),
                  ("development", "claim")], "leadership", 0),
        # One paragraph, stating nothing yet: that one.
        (None, [("leadership", "headline")], "practice", 0),
    ],
)  # fmt: skip
def test_where_the_note_goes(
    grade: str | None, layout: list[tuple[str, ...]], theme: str, where: int
) -> None:
    paras = [_para(t, *roles) for t, *roles in layout]
    assert strengths_place(grade, paras, theme) == where
