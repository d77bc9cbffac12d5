"""case30's tests on what an area's records hold that its section does not draft
(tester 29's F11), on the hand-written 2013 inspection `tests.export.case30_inspection`
and the hand-written inspections of `tests.export.conftest.INSPECTIONS`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.data import DraftData
from exporters.draft.tallies import case_links
from exporters.model import ReportModel, Section
from exporters.qa import qa_report
from store.store import Store
from tests.export import case30_inspection as insp
from tests.export.conftest import INSPECTIONS, inspection_copy


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[DraftData, ReportModel]:
    s = insp.build_three_areas(tmp_path_factory.mktemp("case30") / "three.db")
    try:
        data = load(s.store)
        return data, draft_report(data)
    finally:
        s.close()


def _area(report: ReportModel, code: str) -> Section:
    return next(sec for sec in report.sections if sec.kind == "area" and sec.area_code == code)


def _notes(sec: Section) -> list[str]:
    return [n for p in sec.paragraphs for s in p.sentences for n in s.notes
            if n.startswith("[not drafted]")]  # fmt: skip


def test_the_strong_areas_leadership_notes_are_named_when_not_drafted(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """Tester 29's F11: the head of practice's account of how she leads (LG4) and an
    observed supervision (QPN4), both about Fellgate, were drawn on by no sentence and
    nothing said so.  Where no sentence draws on them, the margin of the section's first
    sentence names them, and the QA view shows the same line."""
    data, report = drafted
    sec = _area(report, "41")
    cited = {e for p in sec.paragraphs for s in p.sentences for e in s.evidence_ids}
    hop = {data.ids[i] for i in data.area_level["41"] if "LG4" in data.crits[i]}
    seen = {data.ids[i] for i in data.area_level["41"] if data.source[i] == "OBS_SUPERVISION"}
    assert hop and seen
    left = _notes(sec)
    if hop <= cited and seen <= cited:  # drafted: nothing to name
        return
    assert len(left) == 1, left
    first = next(s for p in sec.paragraphs for s in p.sentences if s.notes)
    assert first.notes[-1] == left[0]
    if not hop <= cited:
        assert re.search(r"1 note on LG4 \([^)]*: interview with manager or leader\)", left[0])
    if not seen <= cited:
        assert re.search(r"1 note on QPN4 \([^)]*: observation of supervision\)", left[0])
    qa = " ".join(cell for s in qa_report(report).sections if s.table
                  for row in s.table.rows for cell in row)  # fmt: skip
    assert left[0] in qa


def _unaccounted(data: DraftData, sec: Section) -> set[str]:
    """The criteria of an area's records that no sentence of its section draws on (cites
    it; or, for a note on a case, names one of its criteria, which counts it) and that
    its margin's "[not drafted]" line does not list."""
    code = sec.area_code
    assert code is not None
    cases = data.cases_in_area.get(code, set()) - data.replaced
    records = [i for i, k in enumerate(data.case) if k in cases] + list(data.area_level[code])
    said = [s for p in sec.paragraphs for s in p.sentences]
    cited = {e for s in said for e in s.evidence_ids}
    named = {c for s in said for c in s.criteria}
    named |= {case_links()[c] for c in named if c in case_links()}
    listed = {m for n in _notes(sec) for m in re.findall(r"notes? on (\w+)", n)}
    out: set[str] = set()
    for i in records:
        crits = set(data.crits[i])
        if data.ids[i] in cited or crits & listed or (data.case[i] and crits & named):
            continue
        out |= crits
    return out


def test_every_criterion_of_an_areas_records_is_drafted_or_listed(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """On the three areas of the 2013 inspection: every note an area's records hold is
    drafted or listed, by its criterion, as not drafted."""
    data, report = drafted
    for code in ("41", "42", "43"):
        sec = _area(report, code)
        assert not _unaccounted(data, sec), (code, _unaccounted(data, sec))


@pytest.mark.parametrize("name", sorted(INSPECTIONS))
def test_every_area_of_the_handwritten_inspections_accounts_for_its_records(
    tmp_path_factory: pytest.TempPathFactory, name: str
) -> None:
    """The same on every area of each hand-written inspection."""
    path: Path = inspection_copy(tmp_path_factory, name)
    with Store.open(path) as store:
        data = load(store)
        report = draft_report(data)
    areas = [sec for sec in report.sections if sec.kind == "area"]
    assert areas
    for sec in areas:
        assert not _unaccounted(data, sec), (sec.heading, _unaccounted(data, sec))


def test_the_strong_areas_leadership_is_said_from_its_own_records(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """Tester 29's F11: the strong area's head of practice (LG4) and its observed
    supervision (QPN4) are drafted, in its paragraph on leadership, as a finding about
    the service naming its sources, never as a share of cases (the point was said from
    two case files, "Both cases with evidence on management oversight ...")."""
    data, report = drafted
    sec = _area(report, "41")
    mine = {data.ids[i] for i in data.area_level["41"]
            if "LG4" in data.crits[i] or data.source[i] == "OBS_SUPERVISION"}  # fmt: skip
    assert len(mine) == 2
    [said] = [(p, s) for p in sec.paragraphs for s in p.sentences
              if mine <= set(s.evidence_ids)]  # fmt: skip
    para, s = said
    assert para.theme == "leadership" and s.role == "claim" and s.direction == "for"
    assert s.criteria == ["LG4"] and not s.by_cases, s.text
    assert "managers" in s.text and "supervision" in s.text, s.text
    assert not re.search(r"\bcases?\b|\bof the\b.*\bsampled\b", s.text), s.text
    assert "case files: In 2 of 2 cases with a view on QPN4" in s.basis, s.basis
    shares = [x.text for p in sec.paragraphs for x in p.sentences
              if x.role == "claim" and x.criteria == ["QPN4"]]  # fmt: skip
    assert not shares, shares  # the point is said once
    assert not any("LG4" in n or "QPN4" in n for n in _notes(sec)), _notes(sec)


def test_a_weak_areas_leadership_is_said_as_before(drafted: tuple[DraftData, ReportModel]) -> None:
    """Saltmarsh's weak oversight, stated already from its own records and files, is said
    once, as before."""
    _data, report = drafted
    said = [x for p in _area(report, "43").paragraphs for x in p.sentences
            if x.role == "claim" and "LG4" in x.criteria]  # fmt: skip
    assert len(said) == 1 and said[0].direction == "against", [x.text for x in said]
