"""Issue 15, kf22 (tester 21's A5 and A8), on a hand-written inspection under the 2018
framework (`kf22_inspection`):

- the only area judged outstanding is named in the key findings even where its own
  evidence disputes its grade, with the check its section carries;
- a safeguarding weakness found only in the one area judged inadequate is said in that
  area's key finding, not in a finding of its own just above it.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.draft.data import DraftData
from exporters.model import ReportModel, Section, Sentence
from store.store import Store
from tests.export import kf22_inspection as insp


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[ReportModel, DraftData]:
    path = tmp_path_factory.mktemp("kf22") / "mixed.db"
    insp.build(path).close()
    with Store.open(path) as store:
        data = load(store)
        return draft_report(data), data


def _section(report: ReportModel, words: str) -> Section:
    return next(s for s in report.sections if words in s.heading)


def _sentences(sec: Section) -> list[Sentence]:
    return [x for p in [*sec.intro, *sec.paragraphs] for x in p.sentences]


def _findings(report: ReportModel) -> list[str]:
    """The key findings, one text per bullet."""
    sec = _section(report, "key findings")
    return [" ".join(x.text for x in p.sentences) for p in sec.paragraphs]


def test_the_only_outstanding_area_is_named_with_its_check(
    drafted: tuple[ReportModel, DraftData],
) -> None:
    """Fenmoor (Area 31) is the only area judged outstanding, and its own cases are strong
    on wishes and feelings and direct work; its files fall short in five of six cases,
    so its own evidence disputes the grade.  The key findings name it, and carry the
    check its section carries."""
    report, _data = drafted
    findings = _findings(report)
    about = [f for f in findings if "Area 31" in f]
    assert len(about) == 1, findings
    finding = about[0]
    assert "outstanding" in finding, finding
    assert "wishes and feelings" in finding or "direct work" in finding, finding
    assert "[Check before use:" in finding and "case recording" in finding, finding
    # Its section carries the same check.
    section = " ".join(x.text for x in _sentences(_section(report, "Fenmoor")))
    assert "[Check before use: the grade recorded is outstanding" in section, section


def test_the_inadequate_areas_safeguarding_weakness_is_in_its_own_finding(
    drafted: tuple[ReportModel, DraftData],
) -> None:
    """The advice to the court falls short only in Wyndham's (Area 33) four public law
    cases.  The key findings say it once, in Area 33's finding beside its grade, never in
    a finding of its own just above it."""
    report, _data = drafted
    findings = _findings(report)
    advice = [f for f in findings if "advice" in f]
    assert len(advice) == 1, findings
    assert "Area 33" in advice[0] and "inadequate" in advice[0], advice
    assert sum("Area 33" in f for f in findings) == 1, findings
