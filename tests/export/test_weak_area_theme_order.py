"""Within an area section that weighs against (graded below good, or with no grade to
follow and its case files weighing against), a theme's paragraph states its weaknesses
about the service before its strengths (tester 13, 2013 framework: the weakest area's
leadership paragraph opened "File evidence suggests that work on secure accommodation
applications is of a good standard. [Check before use ...] Nevertheless, the service's
figures show weaknesses ...").  An area weighing for keeps its strengths first.  Written
by hand here."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_area, load
from exporters.model import Paragraph, ReportModel
from tests.export.small import Small


def _area(path: Path, weak: bool, framework: str = "cafcass-2013") -> ReportModel:
    s = Small(path, framework=framework)
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
    s.ev(one, ["LGS3"], "strength",
         "Secure accommodation application: guardian appointed the same day.")  # fmt: skip
    s.about_area("6", ["LG3"], "development",
                 "The area's figures show visits on time in 96% of cases; the files do not.",
                 "PERF_DATA")  # fmt: skip
    s.about_area("6", ["LG3"], "development",
                 "Managers could not say which teams' reports were late this quarter.",
                 "INT_MANAGER")  # fmt: skip
    grade = "requires-improvement" if weak else "good"
    judgements = ("J13-0", "J13-1", "J13-2", "J13-3") if framework == "cafcass-2013" else (
        "J18-0", "J18-1", "J18-2", "J18-3", "J18-4")  # fmt: skip
    for jid in judgements:
        s.judge(jid, grade)
    if framework == "cafcass-2018":
        s.judge("J18-4A", grade, area="6")
    try:
        return draft_area(load(s.store), "6")
    finally:
        s.close()


def _with(report: ReportModel, crit: str) -> tuple[Paragraph, int]:
    """The paragraph stating `crit` and the place of that claim among its claims."""
    for p in report.paragraphs():
        claims = [x for x in p.sentences if x.role == "claim"]
        for k, x in enumerate(claims):
            if crit in x.criteria:
                return p, k
    raise AssertionError(f"{crit} not stated: {[p.text for p in report.paragraphs()]}")


def test_an_area_weighing_against_states_leaders_weaknesses_first(tmp_path: Path) -> None:
    for fw in ("cafcass-2013", "cafcass-2018"):
        report = _area(tmp_path / f"weak-{fw}.db", weak=True, framework=fw)
        weak, at_weak = _with(report, "LG3")
        strong, at_strong = _with(report, "LGS3")
        assert weak is strong, (fw, weak.text, strong.text)
        assert at_weak < at_strong, (fw, weak.text)
        first = next(x for x in weak.sentences if x.role == "claim")
        assert not first.text.startswith(("However", "Nevertheless")), first.text


def test_an_area_weighing_for_keeps_its_strengths_first(tmp_path: Path) -> None:
    report = _area(tmp_path / "strong.db", weak=False)
    weak, at_weak = _with(report, "LG3")
    strong, at_strong = _with(report, "LGS3")
    assert weak is strong and at_strong < at_weak, weak.text
