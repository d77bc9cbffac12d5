"""Honest tallies in the inspectorate's words (issue #15, the readers' findings on
proportion words and grade words), on inspections written by hand
(`tests.export.words_inspection`) and the hand-written inspections of
`tests/export/conftest.INSPECTIONS`, never the demo's.

- A fifth of the cases is "some", never "a small number" (the framework's bands).
- An even split reads as one ("half ... the other half", "... as many"), never as two
  words that read as different shares ("many ... many").
- The framework's grade words are grammatical wherever they are slotted, headings too:
  never "is requires improvement", "are requires improvement", "judged requires
  improvement", nor "to be good" twice.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.document import grade_grammar
from exporters.draft.words import words
from exporters.model import ReportModel, Section
from store.framework import builtin_frameworks
from tests.conftest import shared_value
from tests.export.words_inspection import fifth_and_even

SMALL_WORDS = re.compile(r"\ba (?:very )?small number\b|\ba few\b", re.IGNORECASE)
BAD_GRADE = re.compile(
    r"\b(?:is|are|judged|of) requires improvement\b|to be good to be good|\bis judged inadequate\b",
    re.IGNORECASE,
)


def _texts(report: ReportModel) -> list[str]:
    return [s.text for sec in report.sections for p in (*sec.intro, *sec.paragraphs)
            for s in p.sentences]  # fmt: skip


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    """Drafted once per test run and shared by the parallel workers (`shared_value`)."""
    return shared_value(tmp_path_factory, "words-tallies.pickle", _drafted)


def _drafted(folder: Path) -> ReportModel:
    s = fifth_and_even(folder / "t.db")
    report = draft_report(load(s.store))
    s.close()
    return report


def _claims_on(report: ReportModel, criterion: str) -> list[str]:
    return [s.text for sec in report.sections for p in sec.paragraphs for s in p.sentences
            if s.role == "claim" and s.by_cases and criterion in s.criteria]  # fmt: skip


def test_a_fifth_of_the_cases_is_not_a_small_number(drafted: ReportModel) -> None:
    """Ten of the 51 cases on analysis in reports are against: every sentence stating
    them says "some", never "a small number" (the readers' 10 of 51)."""
    said = _claims_on(drafted, "QP7")
    assert said
    for text in said:
        assert not SMALL_WORDS.search(text), text
        assert re.search(r"\bsome\b", text, re.IGNORECASE), text


def test_an_even_split_reads_as_one(drafted: ReportModel) -> None:
    """Eight of 16 cases for and eight against on wishes and feelings: "half ... the
    other half", and never the same proportion word twice; or, as 16 is fewer than half
    of the 67 cases read, the counts, with their base where the section first gives it
    ("In eight of the 16 cases ... (of the 67 read), ...; in eight, ...": tester 28's A2;
    the base once a section: case31, tester 30's F12)."""
    said = _claims_on(drafted, "QP3")
    assert said
    for text in said:
        if re.search(r"\beight of the 16\b", text, re.IGNORECASE):
            assert len(re.findall(r"\beight\b", text, re.IGNORECASE)) == 2, text
        else:
            assert re.search(r"\bhalf\b.*\bthe other half\b", text, re.IGNORECASE), text
        assert not re.search(r"\bmany\b", text), text


def test_an_even_split_with_mixed_cases_says_as_many(tmp_path: Path) -> None:
    """Four cases for, four against and two mixed of ten: the second side is "as many"
    (half is not true of either side)."""
    from tests.export.small import Small
    from tests.export.words_inspection import WISHES_AGAINST, WISHES_FOR

    s = Small(tmp_path / "t.db")
    for k in range(10):
        c = s.case()
        if k < 4 or k >= 8:
            s.ev(c, ["QP3"], "strength", WISHES_FOR.format(k=k + 1))
        if k >= 4:
            s.ev(c, ["QP3"], "development", WISHES_AGAINST.format(k=k + 1))
    s.judge("J18-4A", "requires-improvement", area="6")
    report = draft_report(load(s.store))
    s.close()
    said = _claims_on(report, "QP3")
    assert said
    for text in said:
        assert re.search(r"\bas many\b", text, re.IGNORECASE), text  # "... As many others ..."
        assert not re.search(r"\bhalf\b", text), text


def test_the_grade_words_are_grammatical_everywhere(drafted: ReportModel) -> None:
    """Every judgement graded requires improvement: the headings, the overall sentence,
    the summary and the count of area grades all say it grammatically."""
    heads = [sec.heading for sec in drafted.sections]
    for text in [*heads, *_texts(drafted)]:
        assert not BAD_GRADE.search(text), text
    assert any(h.endswith("requires improvement to be good") for h in heads), heads
    body = " ".join(_texts(drafted))
    assert "is judged to require improvement to be good overall" in body
    assert "two require improvement to be good" in body


@pytest.mark.parametrize("grade", ["outstanding", "good", "requires-improvement", "inadequate"])
def test_every_framework_heading_with_every_grade(grade: str) -> None:
    """Each shipped framework's judgement headings and fixed sentences, with each grade
    slotted in, read grammatically after `grade_grammar`."""
    w = words()
    for fw in builtin_frameworks():
        g = fw.grade(grade).heading
        texts = [j.heading.replace("{grade}", g) for j in fw.judgements if "{grade}" in j.heading]
        texts += [w.text[k].format(org="Cafcass", grade=g) for k in ("overall", "summary_intro")]
        texts += [w.text["disagreement"].format(grade=g, what="x")]
        texts += [f"Of the areas visited, two are {g}."]
        report = ReportModel(title="t", sections=[Section(kind="area", heading=t) for t in texts])
        grade_grammar(report, w.grade_phrases)
        for sec in report.sections:
            assert not BAD_GRADE.search(sec.heading), (fw.id, sec.heading)
            assert "recorded requires" not in sec.heading, sec.heading  # the grade, not a need


def test_the_hand_written_drafts_keep_their_tallies_honest(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    """On every hand-written inspection: no grade word ungrammatical, and no balanced
    sentence says the same proportion word for both sides."""
    for name, report in handwritten_reports.items():
        for text in [*(sec.heading for sec in report.sections), *_texts(report)]:
            assert not BAD_GRADE.search(text), (name, text)
        for sec in report.sections:
            for p in sec.paragraphs:
                for s in p.sentences:
                    if s.role != "claim" or s.direction != "balanced" or not s.by_cases:
                        continue
                    low = s.text.lower()
                    for word in ("many", "some", "most", "a small number of"):
                        assert len(re.findall(rf"\b{word}\b", low)) < 2, (name, s.text)
