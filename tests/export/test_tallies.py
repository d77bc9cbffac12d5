"""Honest tallies, on small inspections written in each test: one rule and one
denominator for both directions, one balanced sentence where both sides are material,
the framework's own proportion words, counts below its minimum sample, and leadership
criteria never stated as shares of cases."""

from __future__ import annotations

import re
from pathlib import Path

from exporters.docx_writer import comment_text
from exporters.draft import draft_area, draft_report, load
from exporters.model import ReportModel, Sentence
from store.framework import dump_framework, framework_from_data, load_framework
from tests.export.small import Small


def _claims(report: ReportModel, criterion: str) -> list[Sentence]:
    return [s for p in report.paragraphs() for s in p.sentences
            if s.role == "claim" and s.criteria == [criterion]]  # fmt: skip


def _qp7(s: Small, graded_good: int, graded_weak: int, ungraded: list[tuple[int, int]]) -> None:
    """Cases on QP7 (reports): some graded, some only with evidence (strengths, developments)."""
    for k in range(graded_good):
        c = s.case()
        s.ev(c, ["QP7"], "strength", f"Report {k} weighed the options for the child carefully.")
        s.grade(c, "QP7", "good")
    for k in range(graded_weak):
        c = s.case()
        # A strength recorded on a case graded below good still counts against: the grade decides.
        s.ev(c, ["QP7"], "strength", f"Report {k} was filed on time and well presented.")
        s.grade(c, "QP7", "requires-improvement")
    for k, (st, dv) in enumerate(ungraded):
        c = s.case()
        for j in range(st):
            s.ev(c, ["QP7"], "strength", f"The analysis in report {k}-{j} was clear about risk.")
        for j in range(dv):
            s.ev(c, ["QP7"], "development", f"Report {k}-{j} described events without analysis.")


def test_one_rule_and_one_denominator_for_both_directions(tmp_path: Path) -> None:
    s = Small(tmp_path / "t.db")
    # for: 5 graded good + 1 ungraded (2 strengths, 1 development) = 6
    # against: 2 graded below good + 1 ungraded (1 strength, 2 developments) = 3
    # mixed: 1 ungraded (1 and 1); no view: 1 graded n/a with a strength
    _qp7(s, 5, 2, [(2, 1), (1, 2), (1, 1)])
    na = s.case()
    s.ev(na, ["QP7"], "strength", "Not a report case.")
    s.grade(na, "QP7", "n/a")
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    [claim] = _claims(report, "QP7")  # stated once: never two opposed claims
    assert claim.basis.startswith("In 6 of 10 cases with a view on QP7; against in 3; mixed in 1")
    assert claim.direction == "balanced"
    # 6 of 10 is "the majority of", 3 of 10 is "some", both from the same denominator.
    assert re.search(r"\bthe majority\b", claim.text, re.I), claim.text
    assert re.search(r"\bsome\b", claim.text), claim.text
    assert "mixed evidence" in claim.flags
    assert len(claim.case_refs) == 9  # the cases counted for and against, not the mixed or n/a


def test_an_immaterial_side_is_left_to_the_comment(tmp_path: Path) -> None:
    """One case against in twelve is not stated in the body; the proportion word says
    the rest, and the comment keeps the count."""
    s = Small(tmp_path / "t.db")
    _qp7(s, 11, 1, [])
    s.judge("J18-4A", "outstanding", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    [claim] = _claims(report, "QP7")
    assert claim.direction == "for"
    assert re.search(r"\balmost all\b", claim.text, re.I), claim.text
    assert "against in 1" in claim.basis
    assert "however" not in claim.text.lower() and "although" not in claim.text


def test_weakness_leaning_criterion_goes_to_the_weaknesses(tmp_path: Path) -> None:
    s = Small(tmp_path / "t.db")
    _qp7(s, 2, 8, [])
    s.judge("J18-4A", "requires-improvement", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    [claim] = _claims(report, "QP7")
    para = next(p for p in report.paragraphs() if claim in p.sentences)
    assert para.theme == "development"
    assert claim.direction == "balanced"
    assert re.search(r"\bmost\b", claim.text, re.I), claim.text  # 8 of 10: 80%


def test_the_framework_s_own_proportion_words(tmp_path: Path) -> None:
    """The bands are the framework file's table: change a word there and the draft uses it."""
    data = load_framework("cafcass-2018").model_dump(mode="json")
    for band in data["drafting"]["proportion_bands"]:
        if band["word"] == "almost all":
            band["word"] = "nearly every one of the"
    fw = framework_from_data(data, "test")
    s = Small(tmp_path / "t.db", framework=fw)
    _qp7(s, 12, 0, [(0, 1)])  # 12 of 13: 92%
    s.judge("J18-4A", "good", area="6")
    assert "nearly every one of the" in dump_framework(s.store.framework)
    report = draft_area(load(s.store), "6")
    s.close()
    [claim] = _claims(report, "QP7")
    assert "nearly every one of" in claim.text.lower(), claim.text


def test_small_samples_give_counts_not_proportion_words(tmp_path: Path) -> None:
    s = Small(tmp_path / "t.db")
    _qp7(s, 2, 2, [])  # four cases: below the framework's min_cases of five
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    [claim] = _claims(report, "QP7")
    # The counts, in any of the frames ("In two of the four cases sampled, ...", "Of the
    # four cases sampled, two show ...").
    assert re.search(
        r"\btwo of the four cases sampled\b|\bfour cases sampled, two\b", claim.text
    ), claim.text
    for word in ("most", "many", "some", "all", "majority"):
        assert not re.search(rf"\b{word}\b", claim.text), claim.text
    assert "small sample" in claim.flags
    para = next(p for p in report.paragraphs() if claim in p.sentences)
    assert "small sample" in comment_text(para)
    assert any("small sample" in w for w in report.warnings)


def test_leadership_and_partnership_are_never_shares_of_cases(tmp_path: Path) -> None:
    s = Small(tmp_path / "t.db")
    for k in range(10):
        s.ev(s.case(), ["LG4"], "strength", f"The manager's review of case {k} was recorded.")
        s.ev(s.case(), ["LGN4"], "strength", f"Partners were consulted on case {k}.")
    s.about_area(
        "6", ["LG4"], "strength", "Managers review audit findings each month.", "INT_MANAGER"
    )
    s.about_area("6", ["LGN4"], "development", "The board's delay plan has stalled.", "INT_LA")
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    for crit in ("LG4", "LGN4"):
        [claim] = _claims(report, crit)
        assert not claim.by_cases
        assert not re.search(r"\bcases\b", claim.text), claim.text
        assert "In 10 of 10 cases with a view on " + crit in claim.basis  # kept for the comment
    # Two of the LGN4 views are against, ten for: stated as the service, not "most cases".
    assert "records about the service" in _claims(report, "LGN4")[0].basis


def test_no_criterion_is_claimed_both_ways(fx_db: Path) -> None:
    from store.store import Store

    with Store.open(fx_db) as store:
        report = draft_report(load(store))
    for sec in report.sections:
        claimed: dict[str, int] = {}
        for p in sec.paragraphs:
            for x in p.sentences:
                if x.role == "claim" and len(x.criteria) == 1:
                    claimed[x.criteria[0]] = claimed.get(x.criteria[0], 0) + 1
        assert all(n == 1 for n in claimed.values()), (sec.heading, claimed)


def test_a_service_finding_with_as_much_against_as_for_is_not_a_strength(tmp_path: Path) -> None:
    """Three records for and three against managers' oversight of the service (LG4):
    the draft states the weakness, qualified, never the strength."""
    s = Small(tmp_path / "t.db")
    for k, text in enumerate(("Managers review the audit findings each month with the teams.",
                              "The head of practice tracks every unallocated case daily.",
                              "Supervision is monthly and recorded for every practitioner.")):  # fmt: skip
        s.about_area("6", ["LG4"], "strength", text, "INT_MANAGER")
        s.about_area("6", ["LG4"], "development",
                     f"Managers had not checked the drift in {k + 2} of the files read.",
                     "CASE_FILE")  # fmt: skip
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    [claim] = _claims(report, "LG4")
    assert claim.direction == "balanced"
    # An area states its leadership weaknesses in the leadership paragraph (coverage.py).
    para = next(p for p in report.paragraphs() if claim in p.sentences)
    assert para.theme in ("development", "leadership"), claim.text
