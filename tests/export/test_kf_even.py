"""Key findings on an even split (issue 15): where a criterion's cases for and against are
about equal (eleven against, ten for), a key finding claims no majority either way and no
weak practice: "about half of the cases", never "the majority of" (or, on fewer than
`[limits] even_counts_below` cases, the counts).  The inspection is written by hand in
the test through the public Store API (`tests.export.small`), not by the demo
generator; the rule's numbers are `key_findings.toml` [limits]."""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.draft.words import words
from exporters.model import ReportModel, Sentence
from store.framework import load_framework
from tests.export.small import STRONG, WEAK, Small

FW = load_framework("cafcass-2018")
MAJORITY = ("the majority of", "most of the", "the vast majority of", "almost all of")
# Each area's cases: how many of them are weak on analysis (QP7) and on case recording
# (QP11), and how many have a safeguarding concern followed up (SW1 for) and not
# (against).  Analysis: 11 against, 10 for; safeguarding: 8 against, 9 for.  Area 9,
# judged inadequate, has notes on direct work, analysis and case recording only: weak
# on case recording in eight of its nine cases, on direct work (QP5, strong elsewhere)
# and analysis in five (four for).
AREAS = {
    "3": {"cases": 6, "QP5": 0, "QP7": 3, "QP11": 0, "sw_for": 3, "sw_against": 3},
    "6": {"cases": 6, "QP5": 0, "QP7": 3, "QP11": 0, "sw_for": 3, "sw_against": 3},
    "9": {"cases": 9, "QP5": 5, "QP7": 5, "QP11": 8, "sw_for": 3, "sw_against": 2},
}


def _noun(crit: str) -> str:
    return words().criterion(FW, crit).noun


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = Small(tmp_path_factory.mktemp("even") / "even.db",
              areas=[("3", "Moorland", True), ("6", "Riverside", True), ("9", "Harbour", True)])  # fmt: skip
    for code, spec in AREAS.items():
        for k in range(spec["cases"]):
            weak = {crit for crit in ("QP5", "QP7", "QP11") if k < spec[crit]}
            if code == "9":
                case = s.case(area=code)
                for crit in ("QP5", "QP7", "QP11"):
                    bad = crit in weak
                    s.ev(case, [crit], "development" if bad else "strength",
                         f"{(WEAK if bad else STRONG)[crit]} ({k + 1})")  # fmt: skip
            else:
                (case,) = s.cases_noted(code, 1, weak=weak)
            if k < spec["sw_against"]:
                s.ev(case, ["SW1"], "development", "The school's report of bruising was not "
                     f"passed to the local authority for {k + 6} days.")  # fmt: skip
            elif k < spec["sw_against"] + spec["sw_for"]:
                s.ev(case, ["SW1"], "strength", "The practitioner shared the new concern with "
                     f"the local authority the same day (strategy meeting {k + 1} days later).")  # fmt: skip
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "requires-improvement")
    for code, grade in (("3", "good"), ("6", "good"), ("9", "inadequate")):
        s.judge("J18-4A", grade, area=code)
    out = draft_report(load(s.store))
    s.close()
    return out


def _key_sentences(report: ReportModel) -> list[Sentence]:
    summary = next(sec for sec in report.sections if sec.kind == "summary")
    return [s for p in summary.paragraphs for s in p.sentences]


def _about(report: ReportModel, crit: str) -> list[Sentence]:
    return [s for s in _key_sentences(report) if crit in s.criteria]


def test_the_weakest_practice_on_an_even_split_claims_no_majority(report: ReportModel) -> None:
    """Analysis weak in 11 of 21 cases, spread over the areas (10 for): the weakest
    practice says "about half of the cases", never "the majority of" 11 of 21."""
    (s,) = [s for s in _about(report, "QP7") if "weak" in s.text.lower()]
    assert _noun("QP7") in s.text, s.text
    assert "about half of the cases inspectors could assess" in s.text, s.text
    assert not any(w in s.text for w in MAJORITY), s.text
    assert "QP7: 10 for, 11 against of 21" in s.basis, s.basis


def test_safeguarding_on_an_even_split_claims_no_majority(report: ReportModel) -> None:
    """Concerns not followed up in 8 of 17 cases, followed up in 9: "about half"."""
    (s,) = _about(report, "SW1")
    assert "about half of the cases inspectors could assess" in s.text, s.text
    assert not any(w in s.text for w in (*MAJORITY, "many of")), s.text


def test_an_area_shows_no_weak_practice_on_an_even_split(report: ReportModel) -> None:
    """Area 9, judged inadequate, is weak on case recording in eight of its nine cases
    and on direct work in five (four for; strong in the other areas): its key finding
    names case recording as its weak practice, not direct work (five against four is no
    weak practice)."""
    area = [s for s in _key_sentences(report) if "Area 9" in s.text and "inadequate" in s.text]
    assert len(area) == 1, [s.text for s in _key_sentences(report)]
    assert _noun("QP11") in area[0].text, area[0].text
    assert _noun("QP5") not in area[0].text, area[0].text
