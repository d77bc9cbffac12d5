"""Issue 15, law15 (d); tester 14 claim 15: in three areas "performance data points to
shortfalls in the timeliness of the work" stood a sentence from "the designated family
judge had strong praise for the timeliness of reports", with nothing to tell the lead.
A subject a section speaks well of in one sentence and poorly of in another now has both
sentences flagged "mixed evidence" and a marker after the later
(`exporters.draft.twoways`).

On the hand-written 2021 inspection (`lawtypes_inspection.py`): on the Coast (Area 9) the
area's figures and its judge disagree on timeliness; in the North (Area 3) they agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import draft_area, draft_report, load
from exporters.draft.twoways import Subject, lean
from exporters.model import ReportModel, Section, Sentence
from tests.export.lawtypes_inspection import Built, build
from tests.export.small import STRONG, Small

MARKER = "[Check before use: this section speaks well of the timeliness of the work"


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Built, ReportModel]]:
    built = build(tmp_path_factory.mktemp("bothways") / "l.db")
    try:
        yield built, draft_report(load(built.small.store))
    finally:
        built.small.close()


def _area(report: ReportModel, code: str) -> Section:
    return next(s for s in report.sections if s.kind == "area" and s.area_code == code)


def _sentences(sec: Section) -> list[Sentence]:
    return [x for p in [*sec.intro, *sec.paragraphs] for x in p.sentences]


def test_the_coast_is_told_its_figures_and_its_judge_disagree_on_timeliness(
    drafted: tuple[Built, ReportModel],
) -> None:
    built, report = drafted
    said = _sentences(_area(report, "9"))
    figures = next(x for x in said if built.ids["coast_figures"] in x.evidence_ids)
    judge = next(x for x in said if built.ids["coast_judge"] in x.evidence_ids)
    assert "not timely" in figures.text and "timely" in judge.text  # the contradiction
    assert "mixed evidence" in figures.flags and "mixed evidence" in judge.flags
    markers = [k for k, x in enumerate(said) if x.text.startswith(MARKER)]
    assert len(markers) == 1
    # After the later of the two, so the lead reads both first.
    assert markers[0] > max(said.index(figures), said.index(judge))
    assert said[markers[0]].role == "marker"


def test_the_north_whose_sources_agree_has_no_marker(drafted: tuple[Built, ReportModel]) -> None:
    _built, report = drafted
    said = _sentences(_area(report, "3"))
    assert any("timely" in x.text for x in said)  # it does speak of timeliness
    assert not any(x.text.startswith(MARKER) for x in said)
    # Nor does any other section without both sides.
    for sec in report.sections:
        if sec.area_code != "9":
            assert not any(x.text.startswith(MARKER) for x in _sentences(sec)), sec.heading


def test_the_area_export_holds_the_same_marker(drafted: tuple[Built, ReportModel]) -> None:
    built, report = drafted
    alone = draft_area(load(built.small.store), "9")
    texts = [x.text for p in alone.paragraphs() for x in p.sentences]
    assert texts == [x.text for x in _sentences(_area(report, "9"))]


def test_a_balanced_sentence_leans_neither_way() -> None:
    t = Subject("the timeliness of the work", ("timely", "delay", "on time"))
    claim = Sentence(text="In two cases the work is timely; in one it is not.", role="claim",
                     direction="balanced")  # fmt: skip
    assert lean(claim, t) == "both"
    view = Sentence(text="Judges praised the timeliness of reports; staff said work is late.",
                    role="views")  # fmt: skip
    assert lean(view, Subject("timeliness", ("timeliness",))) == "for"
    assert lean(Sentence(text="Reports are thorough.", role="claim", direction="for"), t) == ""
    example = Sentence(text="In one case, the report was on time.", role="example")
    assert lean(example, t) == ""


def test_workloads_praised_and_criticised_in_one_area_are_marked(tmp_path: Path) -> None:
    s = Small(tmp_path / "w.db", framework="cafcass-2021")
    try:
        for _ in range(3):
            case = s.case("6", "PRIVATE")
            s.ev(case, ["QP7"], "strength", STRONG["QP7"])
        s.about_area(
            "6",
            ["LG5"],
            "strength",
            "Staff survey: practitioners said their "
            "caseloads are manageable and supervision is regular.",
            "SURVEY_STAFF",
        )
        s.about_area("6", ["LG8"], "development", "Team meeting observed: workloads are too "
                     "high and two posts have been vacant since the spring.", "OBS_TEAM_MTG")  # fmt: skip
        report = draft_report(load(s.store))
    finally:
        s.close()
    said = _sentences(_area(report, "6"))
    marked = [x for x in said if x.text.startswith("[Check before use: this section speaks well "
                                                    "of workloads and staffing")]  # fmt: skip
    assert len(marked) == 1, "\n".join(x.text for x in said)
    flagged = [x for x in said if "mixed evidence" in x.flags and x.role == "claim"]
    assert len(flagged) == 2, [x.text for x in said]
