"""A note on what the figures count is said in its own words, never as what the
figures show about the figures (issue 15, tester 16: "In Area 9, the service's figures
suggest that the figures leaders see measure the timeliness of the work more than its
quality"); and a wording never opens on the very thing its sources are named by
("the service's own audits suggest that audits ...").

An inspection written here by hand under the 2018 framework, in words of our own: one
area's scorecard and board report count work done on time and miss its quality.
"""

from __future__ import annotations

import re

import pytest

from exporters.draft import draft_report, load
from exporters.draft.fewrecords import _opens_with
from exporters.model import ReportModel
from tests.export.small import Small

AREAS = [("4", "Fenland", True), ("7", "Marches", True)]
SCOPE = (
    ("PERF_DATA", "The area scorecard reports visits held within ten days only; it does not measure whether the child was seen alone."),
    ("BOARD_PAPERS", "The area's board report counts reports filed on time; nothing on whether their analysis is sound."),
)  # fmt: skip


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = Small(tmp_path_factory.mktemp("m") / "m.db", areas=AREAS)
    for code, _name, _visited in AREAS:
        s.cases_noted(code, 4, weak=set())
    for source, text in SCOPE:
        s.about_area("4", ["LG3"], "development", text, source)
    s.judge("J18-4A", "requires-improvement", area="4")
    s.judge("J18-4A", "good", area="7")
    s.judge("J18-4", "good")
    s.judge("J18-3", "good")
    out = draft_report(load(s.store))
    s.close()
    return out


def _on_scope(model: ReportModel) -> list[str]:
    return [x.text for p in model.paragraphs() for x in p.sentences
            if x.role == "claim" and "LG3" in x.criteria]  # fmt: skip


def test_the_margin_says_how_it_is_said(model: ReportModel) -> None:
    """The comment says the sentence is in its own words, not what its sources show."""
    bases = [x.basis for p in model.paragraphs() for x in p.sentences
             if x.role == "claim" and "LG3" in x.criteria and "; said " in x.basis]  # fmt: skip
    assert bases and all("own words" in b and "sources show" not in b for b in bases), bases


def test_a_note_on_what_the_figures_count_is_said_in_its_own_words(model: ReportModel) -> None:
    said = _on_scope(model)
    assert said, "the scorecard note is drafted"
    for text in said:
        # the figures named once: never the figures' view of the figures
        assert (
            len(re.findall(r"\b(?:figures|performance information|scorecard|data)\b", text)) <= 1
        ), text
        assert not re.search(r"\bsuggests? that\b|\bshows? that\b", text), text


@pytest.mark.parametrize(
    ("wording", "src", "echo"),
    [
        ("the figures leaders see measure timeliness", "the service's figures", True),
        ("audits check compliance more than quality", "the service's own audits", True),
        ("staff receive good support and challenge", "the staff survey", False),
        ("leaders act on what reviews and audits find", "internal audit and board papers", False),
        ("the papers set clear priorities", "internal audit and board papers", True),
    ],
)
def test_a_wording_opening_on_its_sources_name(wording: str, src: str, echo: bool) -> None:
    assert _opens_with(wording, src) is echo
