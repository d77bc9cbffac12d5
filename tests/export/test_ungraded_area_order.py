"""An area with no grade to follow (the 2013 framework has no area judgement) whose
case files weigh against opens on its weaknesses, safeguarding first, never with
"However," as its first word (tester 13: the weakest area, none of six cases following
up concerns well and eleven of twelve children not seen as they needed, opened on a
one-case strength and left its safeguarding findings to the last paragraph).  An area
whose files weigh for it still opens on its strengths.  Written by hand here."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_area, load
from exporters.model import ReportModel
from tests.export.small import Small


def _area(path: Path, weak: bool) -> ReportModel:
    s = Small(path, framework="cafcass-2013")
    for k in range(6):
        case = s.case(law="PUBLIC")
        bad = k < 5 if weak else k < 1
        s.ev(case, ["SW1"], "development" if bad else "strength",
             "Police checks came back after the first hearing; no follow-up recorded."
             if bad else "Concerns followed up the same day with the local authority.")  # fmt: skip
        s.ev(case, ["QP8"], "development" if bad else "strength",
             "The child was not seen before the report was filed." if bad
             else "Seen alone at school and at home before the report.")  # fmt: skip
    one = s.case(law="PUBLIC")
    s.ev(
        one,
        ["LGS3"],
        "strength",
        "Secure accommodation application: guardian appointed the same day.",
    )
    for jid in ("J13-0", "J13-1", "J13-2", "J13-3"):
        s.judge(jid, "requires-improvement" if weak else "good")
    try:
        return draft_area(load(s.store), "6")
    finally:
        s.close()


def test_an_ungraded_area_weighing_against_opens_on_its_weaknesses(tmp_path: Path) -> None:
    report = _area(tmp_path / "weak.db", weak=True)
    first = report.paragraphs()[0]
    assert first.theme == "development", [
        (p.theme, p.sentences[0].text) for p in report.paragraphs()
    ]
    opening = next(x for x in first.sentences if x.role == "claim")
    assert "SW1" in opening.criteria, opening.text
    assert not opening.text.startswith("However"), opening.text


def test_an_ungraded_area_weighing_for_opens_on_its_strengths(tmp_path: Path) -> None:
    report = _area(tmp_path / "strong.db", weak=False)
    assert report.paragraphs()[0].theme != "development"
