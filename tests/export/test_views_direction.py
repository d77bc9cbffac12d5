"""Issue 15, the last independent audit: the QA reader's view gave a stakeholders'
sentence one direction while its clause said another ("against" beside magistrates
"were split"; "balanced" beside local authority staff "were mostly positive"): the
direction was weighed by the framework's shares, the clause by a clear margin.  Now one
weighing (`viewpools.balance_kind`) says both: the clause's kind, and the sentence's
direction from it (`viewgroup.Group.side`), which the QA view shows.

On a small inspection written here, and on the hand-written inspection and the demo.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from exporters.draft import DraftOptions, draft_report, load
from exporters.model import ReportModel, Sentence
from exporters.qa import export_qa
from tests.export.small import STRONG, Small

GOOD = ("DJ {n}: reports are timely and the analysis is clear.",
        "Magistrate {n}: the FCA's report was well reasoned and on time.")  # fmt: skip
BAD = ("DJ {n}: reports arrive late and the analysis is thin.",
       "Magistrate {n}: the report was filed the night before the hearing.")  # fmt: skip
LA_GOOD = "LA team manager {n}: the guardian works closely with us and shares information early."
LA_BAD = "LA team manager {n}: the guardian did not reply to our emails for weeks."

# The words a clause uses for a group with no clear majority (voices.toml [views]
# divided and even frames) and for one with a majority either way.
NO_MAJORITY = re.compile(r"\b(?:divided|split|mixed views|differed|equal measure|as many)\b")
MAJORITY = re.compile(r"\b(?:mostly|more often than not|more criticism than praise|"
                      r"more praise than criticism)\b")  # fmt: skip
FOR_KINDS = {"strong for", "for", "qualified for", "mostly for", "more positive"}
AGAINST_KINDS = {"strong against", "against", "qualified against", "mostly against",
                 "less positive"}  # fmt: skip


def _inspection(tmp_path: Path) -> Small:
    s = Small(tmp_path / "views.db", areas=[("6", "Wessex", True), ("7", "Mercia", True)])
    for area in ("6", "7"):
        for k in range(10):
            case = s.case(area)
            for crit, text in STRONG.items():
                s.ev(case, [crit], "strength", f"{text} ({area}{k})")
    # Area 6: the magistrates' notes, three praising and five critical (62% critical:
    # inside the margin's "divided", over the framework's 60% "critical").
    for k in range(3):
        s.about_area("6", ["LG2"], "strength", GOOD[k % 2].format(n=k + 1), "INT_JUDICIARY")
    for k in range(5):
        s.about_area("6", ["LG2"], "development", BAD[k % 2].format(n=k + 10), "INT_JUDICIARY")
    # Area 7: local authority staff, three praising and one critical (25%: a clear
    # margin, under the framework's 20% "positive" no longer).
    for k in range(3):
        s.about_area("7", ["LGN4"], "strength", LA_GOOD.format(n=k + 1), "INT_LA")
    s.about_area("7", ["LGN4"], "development", LA_BAD.format(n=9), "INT_LA")
    for area in ("6", "7"):
        s.judge("J18-4A", "good", area=area)
    for jid in ("J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    return s


def _views(report: ReportModel) -> list[Sentence]:
    return [s for p in report.paragraphs() for s in p.sentences if s.role == "views"]


def _said_as(basis: str) -> list[str]:
    """Each group's kind as the sentence's comment gives it ("said as mostly for: ...")."""
    return re.findall(r"said as ([a-z ]+):", basis)


def _direction_of(kinds: list[str]) -> str:
    if kinds and all(k in FOR_KINDS for k in kinds):
        return "for"
    if kinds and all(k in AGAINST_KINDS for k in kinds):
        return "against"
    return "balanced"


def _consistent(views: list[Sentence]) -> None:
    for s in views:
        kinds = _said_as(s.basis)
        assert kinds, s.basis
        assert s.direction == _direction_of(kinds), (s.text, s.direction, s.basis)


def test_the_qa_direction_is_what_the_clause_says(tmp_path: Path) -> None:
    s = _inspection(tmp_path)
    try:
        out = tmp_path / "qa.csv"
        export_qa(s.store, out)
        with out.open(encoding="utf-8-sig") as fh:
            rows = [r for r in csv.DictReader(fh) if r["kind"] == "views"]
        by_area = {r["section"]: r for r in rows if "(Area" in r["section"]}
        wessex = next(r for h, r in by_area.items() if "Area 6" in h)
        mercia = next(r for h, r in by_area.items() if "Area 7" in h)
        # Before: "against" beside "magistrates were split ..."; now a majority said as one.
        assert wessex["direction"] == "against"
        assert not NO_MAJORITY.search(wessex["sentence"]), wessex["sentence"]
        # Before: "balanced" beside "local authority staff were mostly positive".
        assert mercia["direction"] == "for"
        assert MAJORITY.search(mercia["sentence"]), mercia["sentence"]
        assert not NO_MAJORITY.search(mercia["sentence"]), mercia["sentence"]
        _consistent(_views(draft_report(load(s.store), DraftOptions())))
    finally:
        s.close()


def test_a_group_with_no_clear_majority_is_said_and_counted_as_balanced(tmp_path: Path) -> None:
    """Four praising and three critical (43%): no margin, neither of the framework's
    shares: "divided" in the clause, balanced in the direction."""
    s = Small(tmp_path / "even.db")
    for k in range(4):
        s.about_area("6", ["LG2"], "strength", GOOD[0].format(n=k + 1), "INT_JUDICIARY")
    for k in range(3):
        s.about_area("6", ["LG2"], "development", BAD[0].format(n=k + 10), "INT_JUDICIARY")
    for k in range(6):
        case = s.case()
        for crit, text in STRONG.items():
            s.ev(case, [crit], "strength", f"{text} ({k})")
    s.judge("J18-4A", "good", area="6")
    try:
        report = draft_report(load(s.store), DraftOptions())
        area = [v for v in _views(report) if "Area 6" in v.text or "in Area 6" in v.basis]
        assert area
        for v in area:
            assert v.direction == "balanced", v.text
            assert NO_MAJORITY.search(v.text), v.text
        _consistent(_views(report))
    finally:
        s.close()


def test_every_views_sentence_on_the_hand_written_inspections_and_the_demo(
    handwritten_reports: dict[str, ReportModel], demo_drafts: tuple[ReportModel, ReportModel]
) -> None:
    views = [v for r in (*handwritten_reports.values(), demo_drafts[0]) for v in _views(r)]
    assert len({v.direction for v in views}) > 1  # not one answer for every sentence
    _consistent(views)
