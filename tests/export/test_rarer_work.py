"""Issue 15, law15 (e); tester 14's F14: the rarer work sampled (special guardianship,
placement orders, enforcement, leave to remove or relocation) was never mentioned, and
under the 2021 framework, with no adoption judgement, adoption cases counted only in the
area sections with nothing saying so.  "Information about this inspection" now says
what rarer work the sample held, with an editable placeholder for findings particular
to it, and which cases no judgement counts (`exporters.draft.rarerwork`).

On the hand-written 2021 inspection (`lawtypes_inspection.py`) and on a 2013 one
written here, where one judgement counts every case.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export.lawtypes_inspection import build
from tests.export.small import STRONG, Small


def _inspection_sentences(report: ReportModel) -> list[Sentence]:
    sec = next(s for s in report.sections if s.kind == "inspection")
    return [x for p in sec.intro for x in p.sentences]


def test_the_rarer_work_and_the_unjudged_adoption_cases_are_said(tmp_path: Path) -> None:
    built = build(tmp_path / "l.db")
    try:
        report = draft_report(load(built.small.store))
    finally:
        built.small.close()
    said = _inspection_sentences(report)
    texts = [x.text for x in said]
    sampled = next(t for t in texts if t.startswith("The sample included"))
    # One placement order case by its type; one "Other application" case whose note is
    # about an enforcement application; one leave to remove case by its type.
    assert "one placement order application" in sampled
    assert "one enforcement application" in sampled
    assert "one leave to remove or relocation application" in sampled
    assert "special guardianship" not in sampled  # none sampled
    # The lead is given a place to write what the draft does not say of it.
    k = texts.index(sampled)
    assert said[k + 1].role == "placeholder"
    # The two adoption cases: no 2021 judgement counts them, and the draft says where.
    assert "The two adoption cases are counted only in the sections on the areas visited" in (
        " ".join(texts)
    )
    # Both come right after the count of the cases read.
    assert texts[0].startswith("Inspectors scrutinised 30 children's cases")
    assert k == 1


def test_a_framework_judging_every_case_says_nothing_is_left_out(tmp_path: Path) -> None:
    s = Small(tmp_path / "s.db", framework="cafcass-2013")
    try:
        for law in ("PRIVATE", "PUBLIC", "ADOPTION"):
            for _ in range(2):
                case = s.case("6", law)
                s.ev(case, ["QP7"], "strength", STRONG["QP7"])
        report = draft_report(load(s.store))
    finally:
        s.close()
    texts = " ".join(x.text for x in _inspection_sentences(report))
    assert "six children's cases" in texts
    assert "counted only in the sections on the areas" not in texts  # J13-1 counts them all
    assert "The sample included" not in texts  # S7, S31 and "Other" with no cue: nothing rarer


def test_under_2018_the_adoption_cases_are_weighed_in_the_areas_grades(tmp_path: Path) -> None:
    s = Small(tmp_path / "s.db", framework="cafcass-2018")
    try:
        for law in ("PRIVATE", "PUBLIC", "PUBLIC", "ADOPTION"):
            case = s.case("6", law)
            s.ev(case, ["QP7"], "strength", STRONG["QP7"])
        report = draft_report(load(s.store))
    finally:
        s.close()
    texts = " ".join(x.text for x in _inspection_sentences(report))
    assert (
        "One adoption case is counted only in the sections on the areas visited and in those "
        "areas' grades: no national judgement counts it."
    ) in texts
