"""Areas the framework reports together (London's 15a and 15b), named as organisations
name them ("London North (Enfield)", "London North (Barnet)"): one section under the name
they share, counted once among the areas visited (the 2018 report: "seven service areas",
London 15a and 15b among them as one), graded once; graded differently, the draft states
no grade for them, says so in the section, in the local services' count and to the lead
(tester 11: the section stated 15a's grade and the count said "four require improvement"
with 15a and 15b counted apart).  The inspection is written by hand here."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_area, draft_report, load
from exporters.model import ReportModel
from tests.export.small import Small

PRACTICE = ["QP3", "QP5", "QP7", "QP11"]
AREAS = [("6", "Wessex", True), ("15a", "London North (Enfield)", True),
         ("15b", "London North (Barnet)", True), ("9", "Mercia", False)]  # fmt: skip


def _inspection(path: Path, grade_15b: str) -> Small:
    s = Small(path, areas=AREAS)
    for code, weak in (("6", {"QP3"}), ("15a", {"QP7", "QP11"}), ("15b", {"QP7", "QP11"})):
        s.cases_noted(code, 5, weak)
    s.judge("J18-4A", "good", area="6")
    s.judge("J18-4A", "requires-improvement", area="15a")
    s.judge("J18-4A", grade_15b, area="15b")
    return s


def _texts(report: ReportModel) -> str:
    out = [sec.heading for sec in report.sections]
    for sec in report.sections:
        out += [s.text for p in (*sec.intro, *sec.paragraphs) for s in p.sentences]
    return "\n".join(out)


def test_areas_reported_together_are_one_place_one_visit_one_grade(tmp_path: Path) -> None:
    s = _inspection(tmp_path / "t.db", "requires-improvement")
    data = load(s.store)
    report = draft_report(data)
    alone = draft_area(data, "15b")
    s.close()
    areas = [x for x in report.sections if x.kind == "area"]
    assert [x.heading for x in areas] == [
        "The leadership and management of local services in Wessex (Area 6) is good",
        "The leadership and management of local services in London North (Areas 15a and 15b) "
        "requires improvement to be good",
    ]
    text = _texts(report)
    assert "two service areas" in text and "three service areas" not in text
    assert "Of the areas visited, one is good and one requires improvement to be good." in text
    assert (
        "Inspectors visited two service areas: Wessex (Area 6); London North (Areas 15a and 15b)."
        in text
    )
    assert "London North (Enfield" not in text  # no name cut at its bracket
    assert alone.sections[0].heading == areas[1].heading
    assert not [w for w in report.warnings if "graded differently" in w]


def test_areas_reported_together_but_graded_differently_state_no_grade(tmp_path: Path) -> None:
    s = _inspection(tmp_path / "t.db", "inadequate")
    report = draft_report(load(s.store))
    s.close()
    section = next(x for x in report.sections if x.kind == "area" and x.area_code == "15a and 15b")
    assert section.heading == (
        "The leadership and management of local services in London North (Areas 15a and 15b) "
        "is [requires improvement to be good or inadequate: graded differently]"
    )
    assert section.grade is None
    first = section.paragraphs[0].sentences[0]
    assert first.role == "marker" and "graded differently" in first.flags
    assert ("Areas 15a and 15b are reported together, but were graded differently (requires "
            "improvement to be good in Area 15a; inadequate in Area 15b)") in first.text  # fmt: skip
    text = _texts(report)
    assert "Of the areas visited, one is good." in text  # the pair is not counted as graded
    assert "so the count of area grades above leaves them out" in text
    assert "inadequate" not in text.split("Of the areas visited", 1)[1].split(".")[0]
    told = [w for w in report.warnings if "graded differently" in w]
    assert len(told) >= 1 and "Record one grade for them" in told[0]
