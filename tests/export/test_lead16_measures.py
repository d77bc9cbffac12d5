"""A note about what the figures count or miss is not a finding on the work they count
(issue 15, tester 15's D1: the leaders' section said "The timeliness of the work comes
out poorly in performance information and board papers" and the key finding named
"weaknesses in ... timeliness of the work", where the notes said the figures measure
only timeliness, and timeliness was good).

Inspections written here by hand under the 2021 framework, in words of our own: one
whose performance notes say what the measures leave out, one whose notes say the work
is late (the rule must not silence a true timeliness weakness).
"""

from __future__ import annotations

import re

import pytest

from exporters.draft import draft_report, load
from exporters.draft.measured import scope_sentences, unmeasured
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

# What the figures measure: each names timely work, none says that the work is late.
SCOPE = (
    ("PERF_DATA", "The monthly scorecard reports allocation within target only; it says nothing about whether the advice to court was any good."),
    ("BOARD_PAPERS", "Quarterly board report lists letters sent on time and reports filed on time, but not the quality of the work."),
    ("INT_MANAGER", "The performance lead said the figures tell them cases move on time, not whether children are helped."),
)  # fmt: skip
# The work is late: a timeliness weakness, said as one.
LATE = (
    ("PERF_DATA", "Section 7 reports filed late in 35% of cases this year, up from 20%."),
    ("BOARD_PAPERS", "Allocation delays: 60 cases waited over four weeks for a guardian in March."),
    ("INT_MANAGER", "Heads of service said the backlog means safeguarding letters go out late."),
)  # fmt: skip

TIMELY = re.compile(r"\btimel(?:y|iness)\b|\bon time\b|\bdelay", re.IGNORECASE)


def _draft(path: object, notes: tuple[tuple[str, str], ...]) -> ReportModel:
    s = Small(path, framework="cafcass-2021", areas=[("2", "Fenland", True)])  # type: ignore[arg-type]
    s.cases_noted("2", 5, weak={"QP7"})
    for source, text in notes:
        s.national(["LG3"], "development", text, source)
    s.judge("J21-3", "requires-improvement")
    s.judge("J21-1", "good")
    model = draft_report(load(s.store))
    s.close()
    return model


def _on_lg3(model: ReportModel) -> list[Sentence]:
    """The leaders' section's sentences and the key findings that rest on the LG3 notes."""
    return [
        x for sec in model.sections if sec.judgement_id == "J21-3" or sec.kind == "summary"
        for p in sec.intro + sec.paragraphs for x in p.sentences
        if "LG3" in x.criteria or "LG3" in x.basis
    ]  # fmt: skip


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    return _draft(tmp_path_factory.mktemp("scope") / "s.db", SCOPE)


@pytest.fixture(scope="module")
def late(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    return _draft(tmp_path_factory.mktemp("late") / "l.db", LATE)


def test_notes_on_what_the_figures_count_are_not_a_timeliness_weakness(
    measured: ReportModel,
) -> None:
    """Three notes say the figures count timely work and miss its quality: neither the
    leaders' section nor the key finding says the timeliness of the work is weak; they
    name what the performance information leaves out."""
    said = _on_lg3(measured)
    assert said, "the LG3 weakness is drafted"
    for x in said:
        if x.role == "example":  # the note's own words, said as the note says them
            continue
        assert not TIMELY.search(x.text), x.text
    assert any("quality of practice" in x.text for x in said), [x.text for x in said]


def test_late_work_is_still_a_timeliness_weakness(late: ReportModel) -> None:
    """Notes that say the work is late are what they say: the weakness is timeliness."""
    said = _on_lg3(late)
    assert any(TIMELY.search(x.text) for x in said), [x.text for x in said]


@pytest.mark.parametrize(
    ("note", "scope"),
    [
        ("Dashboard counts visits only; staff find it useful.", 1),
        ("Board papers are silent on the quality of advice.", 1),
        ("The audit tool scores presence of a plan rather than its quality.", 1),
        ("Only 38% of staff say supervision helps them.", 0),  # a result, not a scope
        ("Performance data: allocation on time in only 60% of cases.", 0),
        ("Letters were late in a third of cases.", 0),  # no measure named
        ("Section 7 reports filed late in 35% of cases, but not in the north team.", 0),
        ("Data shows letters sent late, but not in every team.", 0),
    ],
)
def test_a_sentence_about_a_measures_scope(note: str, scope: int) -> None:
    """A sentence naming a measure and what it covers or leaves out is about its scope;
    a figure that is low ("only 60%") is a finding, not a scope."""
    low = note.lower()
    found = scope_sentences(low)
    assert len(found) == scope
    left = unmeasured(low)
    assert all(x not in left for x in found) and (left == low) == (not scope)
