"""case31's tests on what a share's base counts and how often it is said (tester 30's
F12): a national section's base is the cases read, never called "sampled"; a section
some of whose sampled cases were not read says once how many were; and a section says
its base once, not after every claim (`lowcoverage.base_once`).

The inspection is written here by hand: one area of 14 sampled cases (Wessex, Area 6),
notes on six practice points each on five cases only, so every share is said in counts
with its base; `unread` of the cases have no note at all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section
from tests.export.small import Small

# Each point: a note of good work and one of work that falls short, in my own words.
NOTES = {
    "QP1": ("The hearing went ahead on the first date set; nothing held the case up.",
            "The report was filed three weeks after the date the court set."),
    "QP2": ("Police and council checks came back before the first hearing and were weighed.",
            "The first risk screen left out the father's violent past."),
    "QP3": ("The boy's wishes are set out in his words and weighed in the advice.",
            "The report does not say what the girl wants or why."),
    "QP5": ("Two play sessions helped the child talk about home and school.",
            "No direct work with the child is recorded before the report."),
    "QP7": ("The analysis weighs each option for the child and the advice follows from it.",
            "The report repeats the history and analyses none of the risks."),
    "QP11": ("Every visit is written up on the file within two days.",
             "Nothing is written on the file for the last nine weeks."),
}  # fmt: skip
CASES = 14


def build(path: Path, unread: int) -> ReportModel:
    """The draft of Area 6 with `unread` of its 14 sampled cases left unread."""
    s = Small(path)
    cases = [s.case() for _ in range(CASES)]
    read = cases[: CASES - unread]
    for j, (crit, (good, weak)) in enumerate(NOTES.items()):
        for k in range(5):  # five cases a point: fewer than half of those sampled
            case = read[(2 * j + k) % len(read)]
            s.ev(case, [crit], "development" if k < 3 else "strength", weak if k < 3 else good)
    s.judge("J18-4A", "requires-improvement", area="6")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


@pytest.fixture(scope="module")
def with_unread(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    return build(tmp_path_factory.mktemp("case31") / "unread.db", unread=4)


@pytest.fixture(scope="module")
def all_read(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    return build(tmp_path_factory.mktemp("case31") / "read.db", unread=0)


BASE = re.compile(r"\(of the (\w+) (sampled|read)( there)?\)")


def texts(sec: Section) -> list[str]:
    return [s.text for p in (*sec.intro, *sec.paragraphs) for s in p.sentences]


def section(report: ReportModel, heading: str) -> Section:
    return next(s for s in report.sections if heading in s.heading)


def test_a_section_with_unread_cases_says_how_many_were_read_once(with_unread: ReportModel) -> None:
    """Area 6 sampled 14 cases and inspectors read 10: its section says so once, just
    before its first share of cases, and no share repeats a base after it."""
    area = texts(section(with_unread, "Area 6"))
    said = [t for t in area if t == "Inspectors read 10 of the 14 cases sampled in Area 6."]
    assert len(said) == 1, area
    at = area.index(said[0])
    counted = [k for k, t in enumerate(area) if re.search(r"\bof the \w+ cases\b", t)
               and not t.startswith("Inspectors read")]  # fmt: skip
    assert counted and at < counted[0], area
    assert not [t for t in area if BASE.search(t)], area


def test_a_national_sections_base_is_the_cases_read(with_unread: ReportModel) -> None:
    """The private law section counts the 10 cases read: it says that 10 of the 14
    sampled were read, and nothing in the report calls the 10 "sampled"."""
    private = texts(section(with_unread, "private law"))
    assert "Inspectors read 10 of the 14 private law cases sampled." in private, private
    everything = [t for sec in with_unread.sections for t in texts(sec)]
    assert not [t for t in everything if "of the 10 sampled" in t or "of the ten sampled" in t]


def test_every_base_is_said_once_a_section(all_read: ReportModel) -> None:
    """With every sampled case read, no sentence says how many were, and each section
    gives its base ("(of the 14 sampled)" in the area, "(of the 14 read)" nationally)
    in one share only, however many of its shares are in counts."""
    seen: set[str] = set()
    for sec in all_read.sections:
        if "Summary" in sec.heading:  # key findings say each law type's base
            continue
        got = [t for t in texts(sec) if BASE.search(t)]
        assert len(got) <= 1, (sec.heading, got)
        seen.update(m.group(0) for t in got if (m := BASE.search(t)))
        assert not [t for t in texts(sec) if t.startswith("Inspectors read 1")], sec.heading
    assert "(of the 14 sampled)" in seen and "(of the 14 read)" in seen, seen
