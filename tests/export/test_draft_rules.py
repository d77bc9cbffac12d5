"""A draft the lead can trust, on small inspections written in each test: findings only,
consistency with the grade, the report's voice, a complete skeleton, an area export
equal to the same area in the report, and records in conflict never used silently."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from exporters.csv_export import write_csvs
from exporters.docx_writer import comment_text
from exporters.draft import draft_area, draft_report, load
from exporters.errors import ConflictsError, ExportError
from exporters.export import export_area, export_report
from exporters.model import ReportModel
from store.models import Inspector, Judgement
from store.store import Store
from tests.export.readback import blocks
from tests.export.small import Small

PRACTICE = ["QP3", "QP5", "QP7", "QP8", "QP11"]


def _body(report: ReportModel) -> str:
    return " ".join(p.text for p in report.paragraphs())


def _area(s: Small, code: str, weak_share: float, n: int = 10) -> None:
    """`n` cases in area `code`, each with one record per practice criterion: weak on
    that share of the cases, strong on the rest."""
    for k in range(n):
        c = s.case(area=code, law="PRIVATE" if k % 2 else "PUBLIC")
        for j, crit in enumerate(PRACTICE):
            weak = (k + j) % n < round(weak_share * n)
            s.ev(c, [crit], "development" if weak else "strength",
                 f"Area {code}, case {k}: the work on {crit} was "
                 + ("thin and did not show what the child needed." if weak
                    else "thorough and showed what the child needed."))  # fmt: skip


def test_rationale_goes_to_the_comment_not_the_body(tmp_path: Path) -> None:
    s = Small(tmp_path / "t.db")
    _area(s, "6", 0.1)
    s.judge("J18-4A", "outstanding", area="6",
            rationale="Leaders have a precise grasp of every team's work.")  # fmt: skip
    report = draft_area(load(s.store), "6")
    s.close()
    assert "precise grasp" not in _body(report)
    first = report.sections[0].paragraphs[0]
    assert first.sentences[0].role == "headline"
    assert "precise grasp" in comment_text(first)


def test_a_provisional_grade_is_a_bracketed_placeholder(tmp_path: Path) -> None:
    s = Small(tmp_path / "t.db")
    _area(s, "6", 0.1)
    s.judge("J18-4A", "outstanding", area="6",
            rationale="Emerging view only: to be settled at the judgement meeting.")  # fmt: skip
    report = draft_area(load(s.store), "6")
    s.close()
    section = report.sections[0]
    assert section.heading.endswith("is [outstanding: provisional]")
    head = section.paragraphs[0].sentences[0]
    assert head.text.startswith("[") and head.text.endswith("]") and "provisional" in head.text
    assert "Emerging view" not in _body(report)
    assert any("placeholder" in w for w in report.warnings)


def test_evidence_that_disagrees_with_the_grade_is_marked(tmp_path: Path) -> None:
    """An area judged outstanding with weaknesses in most cases: the draft says so, in
    the body (a bracketed note) and in the warnings; the weaknesses are stated."""
    s = Small(tmp_path / "t.db")
    _area(s, "6", 0.7)
    s.judge("J18-4A", "outstanding", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    markers = [x for p in report.paragraphs() for x in p.sentences if x.role == "marker"]
    assert len(markers) == 1
    assert markers[0].text.startswith("[Check before use: the grade recorded is outstanding")
    # In the framework's proportion words, as the rest of the draft; counts in the comment.
    assert not re.search(r"\d\s*%", markers[0].text), markers[0].text
    assert re.search(
        r"weaknesses (?:in .+ )?were found in (?:most|the vast majority|almost "
        r"all|all|the majority|many) of the",
        markers[0].text,
    ), markers[0].text
    assert re.match(
        r"\d+ of \d+ case findings on practice criteria are weaknesses", markers[0].basis
    ), markers[0].basis
    assert any("disagrees with the grade" in w for w in report.warnings)
    weak = [
        x
        for p in report.paragraphs()
        for x in p.sentences
        if x.direction in ("against", "balanced")
    ]
    assert weak and all("disagrees with the grade" in x.flags for x in weak)


def test_evidence_that_agrees_is_not_marked(tmp_path: Path) -> None:
    s = Small(tmp_path / "t.db")
    _area(s, "6", 0.7)
    s.judge("J18-4A", "inadequate", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    assert not [x for p in report.paragraphs() for x in p.sentences if x.role == "marker"]
    assert not any("disagrees with the grade" in w for w in report.warnings)


def test_weaknesses_are_stated_in_proportion_to_the_grade(tmp_path: Path) -> None:
    """Three areas of clearly different quality, each graded to match: the weaker the
    area, the more of its sentences state weaknesses, and the weaknesses come earlier."""
    s = Small(tmp_path / "t.db", areas=[("1", "North", True), ("2", "Middle", True),
                                        ("3", "South", True)])  # fmt: skip
    for code, share, grade in (("1", 0.05, "outstanding"), ("2", 0.25, "good"),
                               ("3", 0.7, "inadequate")):  # fmt: skip
        _area(s, code, share, n=12)
        s.judge("J18-4A", grade, area=code)
    report = draft_report(load(s.store))
    s.close()
    shares = []
    for sec in [x for x in report.sections if x.kind == "area"]:
        said = [(p.theme, x) for p in sec.paragraphs for x in p.sentences if x.role == "claim"]
        # A weakness: a claim against, or a balanced one leaning that way (which goes in
        # the paragraph on weaknesses).
        weak = [x for theme, x in said if x.direction == "against" or theme == "development"]
        shares.append(len(weak) / max(len(said), 1))
        assert not [x for p in sec.paragraphs for x in p.sentences if x.role == "marker"]
    assert shares[0] <= shares[1] <= shares[2] and shares[0] < shares[2], shares
    assert shares[0] == 0.0 and shares[2] >= 0.5
    inadequate = [x for x in report.sections if x.kind == "area"][2]
    assert inadequate.paragraphs[0].theme == "development"  # the headline, then weaknesses
    assert inadequate.paragraphs[0].sentences[0].role == "headline"


def test_the_area_export_is_the_same_text_as_in_the_report(fx_db: Path) -> None:
    with Store.open(fx_db) as store:
        report = draft_report(load(store))
        data = load(store)  # drafted again, as an area's export is: the same text
        for code in ("6", "13"):
            alone = draft_area(data, code)
            section = next(x for x in report.sections if x.area_code == code)
            assert alone.sections[0].heading == section.heading
            assert [p.text for p in alone.sections[0].paragraphs] == [
                p.text for p in section.paragraphs
            ]


def test_an_unvisited_area_is_refused(fx_db: Path, tmp_path: Path) -> None:
    with Store.open(fx_db) as store, pytest.raises(ExportError, match="Area 2 was not visited"):
        export_area(store, "2", tmp_path / "a.docx")
    assert not (tmp_path / "a.docx").exists()


def test_areas_reported_together_share_a_section(tmp_path: Path) -> None:
    s = Small(tmp_path / "t.db", areas=[("6", "Wessex", True), ("15a", "London", True),
                                        ("15b", "London", True)])  # fmt: skip
    for code in ("6", "15a", "15b"):
        _area(s, code, 0.2, n=6)
    s.judge("J18-4A", "outstanding", area="15a")
    s.judge("J18-4A", "outstanding", area="15b")
    data = load(s.store)
    report = draft_report(data)
    a, b = draft_area(data, "15a"), draft_area(data, "15b")
    s.close()
    areas = [x for x in report.sections if x.kind == "area"]
    assert [x.heading for x in areas][1] == (
        "The leadership and management of local services in London (Areas 15a and 15b) is "
        "outstanding"
    )
    assert len(areas) == 2
    assert a.sections[0].heading == b.sections[0].heading == areas[1].heading
    assert [p.text for p in a.sections[0].paragraphs] == [p.text for p in areas[1].paragraphs]


def test_abbreviations_are_spelled_out_at_first_use(tmp_path: Path) -> None:
    s = Small(tmp_path / "t.db")
    for k in range(6):
        c = s.case(law="PUBLIC", age="10-13")
        s.ev(c, ["QP12"], "strength",
             f"The guardian shared the local authority's risk information with the IRO promptly before review {k}.")  # fmt: skip
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    body = _body(report)
    assert "independent reviewing officer (IRO)" in body
    first = body.index("IRO")
    assert body[:first].endswith("independent reviewing officer (")
    assert "The IRO" not in body[:first]
    assert not any("is not spelled out" in w for w in report.warnings)


def test_an_unknown_abbreviation_is_reported(tmp_path: Path) -> None:
    s = Small(tmp_path / "t.db")
    for k in range(6):
        s.ev(s.case(), ["QP5"], "strength",
             f"The FCA used the ZQX toolkit with the child and recorded what she said in visit {k}.")  # fmt: skip
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    if "ZQX" in _body(report):
        assert any("'ZQX' is not spelled out" in w for w in report.warnings)


def test_no_sentence_is_shared_between_areas(tmp_path: Path) -> None:
    """Four areas with the same shape of evidence: their sections still read
    differently (the real report repeats none of its area sentences)."""
    codes = ["1", "2", "3", "4"]
    s = Small(tmp_path / "t.db", areas=[(c, f"Region {c}", True) for c in codes])
    for c in codes:
        _area(s, c, 0.2, n=8)
        s.about_area(c, ["LG4"], "strength", f"Managers in region {c} review audits monthly.",
                     "INT_MANAGER")  # fmt: skip
        s.about_area(c, ["LGN4"], "strength", f"The judge in region {c} praised the service.",
                     "INT_JUDICIARY")  # fmt: skip
        s.judge("J18-4A", "good", area=c)
    report = draft_report(load(s.store))
    s.close()
    assert report.repeated_share <= 0.10
    sections = [x for x in report.sections if x.kind == "area"]
    texts = [{x.text for p in sec.paragraphs for x in p.sentences} for sec in sections]
    for i, own in enumerate(texts):
        for other in texts[i + 1 :]:
            assert not (own & other), own & other


def test_the_skeleton_is_complete(fx_db: Path) -> None:
    with Store.open(fx_db) as store:
        report = draft_report(load(store))
    kinds = [x.kind for x in report.sections]
    assert kinds[:6] == ["overall", "summary", "improve", "organisation", "previous", "judgements"]
    assert kinds[-1] == "inspection"
    last = report.sections[-1]
    assert last.table is not None and "complain" in last.paragraphs[-1].text
    previous = report.sections[4].paragraphs[0].text
    assert previous.startswith("[") and previous.endswith("]")


def _conflict(tmp_path: Path, fx_db: Path) -> Path:
    """Two deputies judge area 6 differently; the master merges both."""
    with Store.open(fx_db) as master:
        a = master.put_inspector(Inspector(name="Alice Able", initials="AA", role="deputy-lead"))
        b = master.put_inspector(Inspector(name="Bob Brown", initials="BB", role="deputy-lead"))
        pa, pb = master.issue(tmp_path / "a.db", a), master.issue(tmp_path / "b.db", b)
    for path, grade in ((pa, "good"), (pb, "inadequate")):
        with Store.open(path) as store:
            store.set_judgement(Judgement(judgement_id="J18-4A", area_code="6", grade=grade))
    with Store.open(fx_db) as master:
        master.merge_from(pa)
        master.merge_from(pb)
        assert master.conflicts()
    return fx_db


def test_records_in_conflict_stop_the_export(fx_db: Path, tmp_path: Path) -> None:
    db = _conflict(tmp_path, fx_db)
    out = tmp_path / "area.docx"
    with Store.open(db) as store:
        with pytest.raises(ConflictsError) as info:
            export_area(store, "6", out)
        assert info.value.records and "judgement" in info.value.records[0]
        assert not out.exists()
        result = export_area(store, "6", out, allow_conflicts=True)
    assert result.conflicts
    marked = [b.text for b in blocks(out) if "[In conflict: settle before use]" in b.text]
    assert marked
    with Store.open(db) as store:
        result = export_report(store, tmp_path / "r.docx", allow_conflicts=True)
    assert any("uses records in conflict" in w for w in result.warnings)
    comments = [comment_text(p) for p in result.report.paragraphs()]
    assert any("In conflict:" in c for c in comments)
    assert re.search(r"\[In conflict", _body(result.report))


def test_the_csv_export_has_a_conflict_column(fx_db: Path, tmp_path: Path) -> None:
    """The CSV export is not refused (the analyst needs the data), but every record in
    conflict says so, and so does every sentence of the trace resting on one."""
    db = _conflict(tmp_path, fx_db)
    with Store.open(db) as store:
        write_csvs(load(store), tmp_path / "csv")

    def rows(name: str) -> list[dict[str, str]]:
        with open(tmp_path / "csv" / name, encoding="utf-8-sig", newline="") as fh:
            return list(csv.DictReader(fh))

    judgements = rows("judgements.csv")
    flagged = [(r["judgement_id"], r["area_code"]) for r in judgements if r["conflict"] == "yes"]
    assert flagged == [("J18-4A", "6")]
    assert all(r["conflict"] == "" for r in rows("evidence.csv") + rows("gradings.csv"))
    trace = rows("trace.csv")
    assert any(r["conflict"] for r in trace)
    assert all(r["conflict"] == "" for r in trace if "(Area 6)" not in r["section"])


def test_shares_in_the_grade_check_follow_the_small_sample_rule() -> None:
    from exporters.draft.tallies import share_words
    from exporters.draft.words import words
    from store.framework import load_framework

    rules = words().rules(load_framework("cafcass-2018"))
    assert rules.min_cases == 5
    assert share_words(rules, 2, 4) == "two of the four"
    assert share_words(rules, 7, 10) == "the majority of the"
    assert share_words(rules, 1, 10) == "a small number of the"
    assert share_words(rules, 0, 10) == "none of the"
