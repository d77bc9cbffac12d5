"""The leadership judgement's key finding names the judgement in its own framework's
words (tester 13: under the 2013 framework the key findings said "The national
leadership is judged to require improvement", the 2018 framework's term, where the
2013 framework's judgement is "Leadership and governance").  Written by hand here."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.judgementname import named_is
from exporters.model import ReportModel
from store.framework import load_framework
from tests.export.small import Small

JUDGEMENTS = {
    "cafcass-2013": ("J13-0", "J13-1", "J13-2", "J13-3"),
    "cafcass-2018": ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"),
}


def _summary(path: Path, framework: str) -> list[str]:
    s = Small(path, framework=framework)
    for k in range(6):
        case = s.case(law="PUBLIC")
        s.ev(case, ["QP8"], "strength", f"Seen alone at school before the report (visit {k + 1}).")
    for n in range(4):
        s.national(["LG3"], "development",
                   f"Board report {n + 1}: the figures on visits are far rosier than the files.",
                   "PERF_DATA")  # fmt: skip
    for jid in JUDGEMENTS[framework]:
        s.judge(jid, "requires-improvement")
    try:
        report: ReportModel = draft_report(load(s.store))
    finally:
        s.close()
    summary = next(x for x in report.sections if x.kind == "summary")
    return [p.text for p in summary.paragraphs]


def test_2013_key_finding_names_leadership_and_governance(tmp_path: Path) -> None:
    found = _summary(tmp_path / "k13.db", "cafcass-2013")
    leaders = [t for t in found if "judged to require improvement:" in t or
               t.startswith("Leadership and governance")]  # fmt: skip
    assert any(t.startswith("Leadership and governance are judged to require improvement")
               for t in leaders), found  # fmt: skip
    assert not any("national leadership" in t for t in found), found


def test_2018_key_finding_keeps_the_national_leadership(tmp_path: Path) -> None:
    found = _summary(tmp_path / "k18.db", "cafcass-2018")
    assert any(t.startswith("The national leadership is judged to require improvement")
               for t in found), found  # fmt: skip


@pytest.mark.parametrize(
    ("framework", "jid", "named"),
    [
        ("cafcass-2013", "J13-3", "Leadership and governance are"),
        ("cafcass-2018", "J18-3", "The national leadership is"),
        # The heading's words before the grade are too long for a key finding: the
        # key findings' own short name (`key_findings.toml` [judgement_names]).
        ("cafcass-2021", "J21-3", "The impact of leaders is"),
    ],
)  # fmt: skip
def test_each_framework_names_its_leadership_judgement(
    framework: str, jid: str, named: str
) -> None:
    assert named_is(load_framework(framework).judgement(jid)) == named
