"""A case whose only note on a criterion is someone else's view (a parent's, a judge's)
is counted neither way, and the comment and the QA view say so, naming the case
(tester 32's F8: "six of the seven" where the file held seven strengths of eight, the
eighth recorded from an interview with the mother, and nothing said why)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from exporters.qa import export_qa
from tests.export.small import Small

OWN = [
    "The report gives the girl's wishes in her own words and explains why they matter.",
    "The guardian's letter to the boy sets out what he asked for and what the court decided.",
    "Work with a drawing of his two homes is summarised in the report for the court.",
    "The analysis puts what the child wants beside what is safe, in plain words.",
    "The practitioner met the young person twice and the report gives her views fully.",
    "What the child wants is recorded and weighed against the risks at the father's home.",
]
AGAINST = "The report gives only the mother's account; nothing the child wants is recorded."
PARENT = "Mother said the practitioner listened to her son and wrote down what he wanted."
JUDGE = "The judge said the guardian's reports always make the children's wishes clear."


def _inspection(path: Path) -> tuple[Small, dict[str, str]]:
    """Area 6, private law: six cases with a strength on QP3, one against, T-008 with
    only a parent's account on QP3, T-009 with only a judge's, T-010 with a parent's
    account beside the inspector's own note, T-011 graded on QP3 with a parent's account
    only."""
    s = Small(path)
    for text in OWN:
        s.ev(s.case(), ["QP3"], "strength", text)
    s.ev(s.case(), ["QP3"], "development", AGAINST)
    refs = {}
    refs["parent"] = s.case()
    s.ev(refs["parent"], ["QP3"], "strength", PARENT, source="INT_PARENT_CARER")
    refs["judge"] = s.case()
    s.ev(refs["judge"], ["QP3"], "strength", JUDGE, source="INT_JUDICIARY")
    both = s.case()
    s.ev(both, ["QP3"], "strength", "Father said his daughter was asked what she wanted.",
         source="INT_PARENT_CARER")  # fmt: skip
    s.ev(both, ["QP3"], "strength", "The report sets the child's own words beside the plan.")
    graded = s.case()
    s.ev(graded, ["QP3"], "strength", "Mother said her son felt heard by the practitioner.",
         source="INT_PARENT_CARER")  # fmt: skip
    s.grade(graded, "QP3", "good")
    s.judge("J18-4A", "good", area="6")
    return s, refs


def _claims(report: ReportModel) -> list[Sentence]:
    return [x for p in report.paragraphs() for x in p.sentences
            if x.role == "claim" and x.criteria == ["QP3"]]  # fmt: skip


def test_the_comment_says_which_cases_only_someone_else_spoke_for(tmp_path: Path) -> None:
    s, _ = _inspection(tmp_path / "i.db")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    claims = _claims(report)
    assert claims, "no claim on wishes and feelings was drafted"
    for x in claims:
        # Eight own cases with a view plus the graded one: 8 for, 1 against of 9; the
        # parent's and the judge's cases are left out, and the comment says so.
        # (a key finding's comment gives "QP3: 8 for, 1 against of 9")
        assert re.search(r"In 8 of 9 cases with a view on QP3|QP3: 8 for, 1 against of 9",
                         x.basis), x.basis  # fmt: skip
        assert (
            "2 cases with only someone else's view on QP3, counted neither way "
            "(Interview with parent or carer: T-008; Interview with judge or magistrate: T-009)"
        ) in x.basis, x.basis
        # A case with the inspector's own note or a grade beside the parent's is counted.
        assert "T-010" not in x.basis and "T-011" not in x.basis


def test_the_qa_view_names_the_case_left_out(tmp_path: Path) -> None:
    s, _ = _inspection(tmp_path / "i.db")
    try:
        out = tmp_path / "qa.csv"
        export_qa(s.store, out)
    finally:
        s.close()
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    claims = [r for r in rows if r["kind"] == "claim" and r["criteria"] == "QP3"]
    assert claims
    for r in claims:
        assert "only someone else's view on QP3, counted neither way" in r["tally"], r["tally"]
        assert "Interview with parent or carer: T-008" in r["tally"]


def test_no_such_line_where_every_case_is_counted(tmp_path: Path) -> None:
    s = Small(tmp_path / "i.db")
    for text in OWN:
        case = s.case()
        s.ev(case, ["QP3"], "strength", text)
        s.ev(case, ["QP3"], "strength", PARENT, source="INT_PARENT_CARER")
    s.judge("J18-4A", "good", area="6")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    claims = _claims(report)
    assert claims
    assert all("someone else's view" not in x.basis for x in claims)


def test_a_line_for_the_editor_on_a_parents_view_tagged_with_practice() -> None:
    from exporters.draft.tallyline import view_note
    from store.framework import load_framework

    fw = load_framework("cafcass-2018")
    said = view_note(fw, "INT_PARENT_CARER", ["QP3", "SW4"])
    assert "'Interview with parent or carer' is someone else's view" in said
    assert "does not count it for or against the case on QP3 or SW4" in said
    assert view_note(fw, "INT_JUDICIARY", ["QP3"])  # a judge's view too
    assert view_note(fw, "CASE_FILE", ["QP3"]) == ""  # the inspectors' own finding
    assert view_note(fw, "INT_PARENT_CARER", ["LG2"]) == ""  # about the service: said as theirs
