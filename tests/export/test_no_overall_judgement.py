"""Under a framework that makes no overall judgement (2021: private law, public law and
the impact of leaders), the draft asked the lead to "Add the overall judgement ... when
it is made" and "the reasons for the overall judgement": a judgement the framework
cannot record (tester 17's F7).  The report now says which judgements this framework
makes, and a 2018 draft still asks for the overall judgement until it is recorded.
On the hand-written 2021 inspection and a 2018 one written here."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export.lawtypes_inspection import build
from tests.export.small import STRONG, Small


def _first(report: ReportModel, kind: str) -> Sentence:
    sec = next(s for s in report.sections if s.kind == kind)
    return sec.intro[0].sentences[0]


def test_a_framework_without_an_overall_judgement_asks_for_none(tmp_path: Path) -> None:
    built = build(tmp_path / "l.db")
    try:
        report = draft_report(load(built.small.store))
    finally:
        built.small.close()
    opening = _first(report, "overall")
    assert opening.text.startswith("Inspectors make three judgements about")
    assert "no overall judgement" in opening.text
    assert opening.role != "placeholder"
    summary = _first(report, "summary")
    assert summary.role != "placeholder"
    every = " ".join(x.text for sec in report.sections for p in [*sec.intro, *sec.paragraphs]
                     for x in p.sentences)  # fmt: skip
    assert "overall judgement about" not in every  # no placeholder asks for one


def test_a_2018_draft_still_asks_for_the_overall_judgement_until_it_is_made(
    tmp_path: Path,
) -> None:
    s = Small(tmp_path / "s.db", framework="cafcass-2018")
    try:
        for _ in range(3):
            s.ev(s.case("6", "PRIVATE"), ["QP7"], "strength", STRONG["QP7"])
        report = draft_report(load(s.store))
    finally:
        s.close()
    assert _first(report, "overall").role == "placeholder"
    assert "overall judgement about" in _first(report, "overall").text
    assert _first(report, "summary").role == "placeholder"
