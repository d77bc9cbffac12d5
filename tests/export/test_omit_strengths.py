"""Issue 15, an independent tester's finding (session 8, omissions): Area 12 said nothing
on children's wishes and feelings although both of its cases with a view were graded
good or better on it, and no note told the lead.  Every point with material evidence
in a section (a case graded good or better, or two cases for it; two records about
the service) is drafted or named in a bracketed placeholder for the lead with what its
evidence holds.

On small inspections written here, and on the hand-written inspections.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.casesides import overruled
from exporters.draft.data import DraftData
from exporters.draft.sections import area_groups, area_label
from exporters.draft.tallies import same_point
from exporters.draft.words import words
from exporters.model import ReportModel, Section
from store.framework import load_framework
from store.store import Store
from tests.export.conftest import INSPECTIONS, inspection_copy
from tests.export.small import Small

# Area 6, judged good: what each of its cases' notes say, by criterion (written here).
NOTES = {
    "QP1": [
        ("strength", "The report was filed on the date set, and the hearing went ahead as listed."),
        ("strength", "Allocated on the day the case arrived; the s.7 was filed a week early."),
        ("development", "The report was three weeks late and the final hearing was moved."),
        ("development", "Allocation took five weeks, and the first visit came after the deadline."),
    ],
    "QP7": [
        ("strength", "The analysis weighs each option for the boy and the recommendation follows."),
        ("strength", "Clear analysis of the risks from the father, tied to the recommendation."),
        (
            "strength",
            "The report explains why a move would harm the girl's schooling; well argued.",
        ),
    ],
    "QP5": [
        ("strength", "Direct work with a feelings chart helped the girl talk about both homes."),
        ("strength", "Two sessions of direct work at school, with drawings kept on file."),
        ("development", "No direct work with the boy was done before the report was written."),
    ],
    "QP3": [
        ("strength", "The girl's wishes are set out in her own words and weighed against her age."),
        ("strength", "The report gives the boy's views on contact in full, and what he fears."),
    ],
}
GRADED = {"QP3": ["good", "outstanding"]}  # the cases of QP3's notes, graded on it


def _area6(path: Path) -> ReportModel:
    s = Small(path)
    for crit, notes in NOTES.items():
        grades = GRADED.get(crit, [])
        for k, (polarity, text) in enumerate(notes):
            case = s.case(law="PRIVATE" if k % 2 else "PUBLIC")
            s.ev(case, [crit], polarity, text)
            if k < len(grades):
                s.grade(case, crit, grades[k])
    s.judge("J18-4A", "good", area="6")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _area(report: ReportModel, label: str) -> Section:
    return next(sec for sec in report.sections if sec.kind == "area" and
                f"({label})" in sec.heading)  # fmt: skip


def _covered(sec: Section) -> tuple[set[str], str]:
    """The criteria a section drafts or names in a note for the lead, each with those
    making the same point; and the text of its notes and their comments."""
    crits: set[str] = set()
    noted = []
    for p in sec.paragraphs:
        for s in p.sentences:
            crits |= {k for c in s.criteria for k in same_point(c)}
            if s.role in ("marker", "placeholder"):
                noted += [s.text, *s.notes]
    return crits, " ".join(noted)


def test_a_point_two_graded_cases_bear_out_is_drafted_or_named_with_its_evidence(
    tmp_path: Path,
) -> None:
    """Wishes and feelings, good in both of its two cases, both graded good or better, is
    stated as a strength or, where delay (four cases), analysis (three) and direct work
    (three) take the paragraph, named for the lead with what its evidence holds."""
    sec = _area(_area6(tmp_path / "a.db"), "Area 6")
    said = [s for p in sec.paragraphs for s in p.sentences]
    claims = [s for s in said if s.role == "claim" and "QP3" in s.criteria]
    noun = words().criterion(load_framework("cafcass-2018"), "QP3").noun
    named = [s.text for s in said if s.role == "placeholder" and noun in s.text]
    assert claims or named, [s.text for s in said]
    if named:
        assert f"{noun} (two of two cases, both graded good or better)" in named[0], named


def _material(data: DraftData, cases: set[int]) -> set[str]:
    """The criteria with material strength evidence among `cases` (the tester's own
    measure): a case graded good or better on it, or two cases with a strength on it.  A
    case whose own notes do not bear its grade out is counted neither way there
    (`casesides`, case17), and is no strength evidence."""
    held = overruled(data)
    out = {c for c, good in data.graded_good.items() if (good - held.get(c, set())) & cases}
    return out | {c for c, pos in data.cases_for.items()
                  if len((pos - held.get(c, set())) & cases) >= 2}  # fmt: skip


@pytest.mark.parametrize("name", sorted(INSPECTIONS))
def test_no_area_section_passes_over_a_material_strength_in_silence(
    name: str, handwritten_reports: dict[str, ReportModel], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """In every visited area of the hand-written inspections, each criterion with a case
    graded good or better, or two cases for it, is drafted or named for the lead, with
    what its evidence holds."""
    report = handwritten_reports[name]
    with Store.open(inspection_copy(tmp_path_factory, name)) as store:
        data = load(store)
        overruled(data)  # its rule across criteria reads notes' words: while the store is open
    fw = data.framework
    for codes in area_groups(data):
        cases = set().union(*(data.cases_in_area.get(c, set()) for c in codes))
        sec = _area(report, area_label(codes))
        crits, noted = _covered(sec)
        missing = sorted(_material(data, cases) - crits)
        assert not missing, (name, codes, missing)
        for s in (
            x for p in sec.paragraphs for x in p.sentences if x.role in ("marker", "placeholder")
        ):
            for c in s.criteria:  # a note names each point it is about, with its evidence
                if c in (y for p in sec.paragraphs for x in p.sentences if x.role == "claim"
                         for y in x.criteria):  # fmt: skip
                    continue
                assert words().criterion(fw, c).noun in noted, (name, codes, c, s.text)


def test_the_small_area_names_what_it_leaves_out_with_its_evidence(tmp_path: Path) -> None:
    """The small area has more strengths than its practice paragraph states: delay,
    analysis, direct work and wishes and feelings are each drafted or named, and a
    point named for the lead says how many cases it rests on."""
    sec = _area(_area6(tmp_path / "a.db"), "Area 6")
    crits, noted = _covered(sec)
    assert set(NOTES) <= crits, crits
    for s in (
        x for p in sec.paragraphs for x in p.sentences if x.role in ("marker", "placeholder")
    ):
        if s.text.startswith("[Strengths also found"):
            assert re.search(r"\((?:\w+ of \w+ cases|one case)\b", s.text), s.text
