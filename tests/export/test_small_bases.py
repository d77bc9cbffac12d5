"""Strong proportion words need a base: "the vast majority of" and "almost all" are
said of at least the `min_cases` of their row in the framework's proportion table
(ten in the built-in frameworks); on fewer cases the draft gives the counts ("four of
the five cases with evidence on case recording"), for strengths and weaknesses alike
(reader 5's third report, item 4: "In the vast majority of the cases with evidence on
case recording" said of four of five).  Small inspections written by hand.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_area, load
from exporters.draft.words import counts_instead, proportion_word
from exporters.model import ReportModel, Sentence
from store.framework import DraftingTable, drafting_rules, load_framework
from tests.export.small import Small

STRONG = r"\b(?:the vast majority|almost all)\b"
GOOD = "Every visit and phone call is written up on the file within two days of it happening."
POOR = "Nothing has been written on the file for the last six weeks, though two visits took place."


def _claim(report: ReportModel, criterion: str) -> Sentence:
    (s,) = [x for sec in report.sections for p in sec.paragraphs for x in p.sentences
            if x.role == "claim" and criterion in x.criteria]  # fmt: skip
    return s


def _drafted(path: Path, good: int, poor: int) -> Sentence:
    s = Small(path)
    for text, n in ((GOOD, good), (POOR, poor)):
        for _ in range(n):
            s.ev(s.case(), ["QP11"], "strength" if text is GOOD else "development", text)
    s.judge("J18-4A", "requires-improvement" if poor > good else "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    return _claim(report, "QP11")


@pytest.mark.parametrize(("good", "poor"), [(1, 6), (6, 1), (1, 8), (8, 1)])
def test_a_strong_word_is_not_said_of_a_handful(tmp_path: Path, good: int, poor: int) -> None:
    """Six of seven, or eight of nine: counts, whichever way the cases go.  (Four of
    five, 80%, is "most", whose band needs no base.)"""
    claim = _drafted(tmp_path / "t.db", good, poor)
    assert not re.search(STRONG, claim.text, re.I), claim.text
    n = max(good, poor)
    word = {6: "six", 8: "eight"}[n]
    total = {7: "seven", 9: "nine"}[good + poor]
    assert re.search(rf"\b{word} of the {total} cases", claim.text, re.I), claim.text


def test_a_strong_word_is_said_of_enough_cases(tmp_path: Path) -> None:
    """Eleven of twelve: the framework's word."""
    claim = _drafted(tmp_path / "t.db", 1, 11)
    assert re.search(STRONG, claim.text, re.I), claim.text


def test_both_directions_share_the_rule() -> None:
    rules = drafting_rules(load_framework("cafcass-2018"))
    for total in range(1, 30):
        for k in range(1, total + 1):
            word = proportion_word(rules, k, total)
            if word in ("the vast majority of", "almost all"):
                assert counts_instead(rules, k, total) == (total < 10)


def test_a_framework_stored_without_the_bases_takes_the_built_in_ones() -> None:
    """A database made before the proportion rows carried `min_cases` holds its
    framework without them: the draft still gives counts on a small base."""
    fw = load_framework("cafcass-2018")
    rows = [b.model_copy(update={"min_cases": None}) for b in fw.drafting.proportion_bands]
    old = fw.model_copy(update={"drafting": DraftingTable(proportion_bands=rows)})
    assert all(b.min_cases is None for b in old.drafting.proportion_bands)
    rules = drafting_rules(old)
    assert counts_instead(rules, 6, 7) and not counts_instead(rules, 11, 12)
