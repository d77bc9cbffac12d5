"""In a section graded inadequate, a strength resting on one case is not a finding of
its own (issue 15: "consistent with the judgement").

Independent tester, session 11: Area 12, graded inadequate, with a rationale saying
management oversight is largely absent, said only this of management: "The one case in
which inspectors could judge management oversight ... shows that managers oversee the
work well."  The inspection here is written by hand in the test: an area whose cases
are weak on analysis, wishes and feelings and direct work, and one case whose file shows
good oversight."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import Section, Sentence
from tests.export.small import WEAK, Small

GOOD_OVERSIGHT = "The manager's note on the file sets clear actions and a date to review the plan."


SUPERVISION = "Observed supervision: the manager did not ask about the child or the plan at all."


def _area(path: Path, grade: str, observed: bool = False) -> Section:
    s = Small(path)
    if observed:  # the area's own evidence on oversight goes the other way
        s.about_area("6", ["QPN4"], "development", SUPERVISION, "OBS_SUPERVISION")
    for _ in range(8):
        case = s.case()
        for crit in ("QP3", "QP5", "QP7"):
            s.ev(case, [crit], "development", WEAK[crit])
    one = s.case()
    s.ev(one, ["QPN4"], "strength", GOOD_OVERSIGHT)
    s.ev(one, ["QP7"], "development", WEAK["QP7"])
    s.judge("J18-4A", grade, area="6",
            rationale="Management oversight is largely absent; analysis is weak.")  # fmt: skip
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    return next(x for x in report.sections if x.kind == "area" and x.area_code == "6")


def _on_oversight(section: Section) -> list[Sentence]:
    return [x for p in section.paragraphs for x in p.sentences
            if x.role in ("claim", "example") and "QPN4" in x.criteria]  # fmt: skip


def test_one_case_is_no_finding_in_an_inadequate_section(tmp_path: Path) -> None:
    section = _area(tmp_path / "i.db", "inadequate")
    said = [x.text for p in section.paragraphs for x in p.sentences]
    assert not _on_oversight(section), said
    assert not any("oversee" in t or "oversight by managers" in t for t in said), said
    claims = [x for p in section.paragraphs for x in p.sentences if x.role == "claim"]
    assert claims and claims[0].direction != "for", said


def test_in_a_section_requiring_improvement_the_one_case_is_still_said(tmp_path: Path) -> None:
    section = _area(tmp_path / "r.db", "requires-improvement")
    said = _on_oversight(section)
    assert said and said[0].direction == "for", [x.text for x in said]
    assert "One case only" in said[0].text or "small sample" in said[0].flags, said[0].text


def test_with_evidence_against_it_the_case_is_kept_but_never_leads(tmp_path: Path) -> None:
    """With observed supervision finding weak oversight, the one case is not dropped
    (dropping it would drop the point with the area's evidence on it, which the area's
    weighing says with it: `arealevel.weighed`), and it never opens the section."""
    section = _area(tmp_path / "o.db", "inadequate", observed=True)
    claims = [x for p in section.paragraphs for x in p.sentences if x.role == "claim"]
    assert _on_oversight(section), [x.text for x in claims]
    assert claims[0].direction != "for", [x.text for x in claims]
