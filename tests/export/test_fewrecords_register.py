"""A finding about the service on few records says what its sources showed without
counting them (issue 15, tester 12: "the one set of performance figures inspectors saw"
eight times, "the one internal audit inspectors read" six, and "The three internal
audits inspectors read show strengths ..., but three other internal audits show
weaknesses", which reads as a contradiction).  The counts go to the comment; the ways
of naming a source vary, and no area's sentence is another area's; each side of a
joined subject says its own; one kind of source, however many records, is what that
source showed, never the inspectors' verdict (`fewrecords.enough`).

The inspections here are written by hand in the tests (`Small`), in an inspector's
words; the sweeps read the hand-written inspections and the demo as well.
"""

from __future__ import annotations

import re
from itertools import combinations

import pytest

from exporters.draft import draft_report, load
from exporters.draft.sameness import near_same, runs
from exporters.model import ReportModel, Section, Sentence
from tests.export.small import Small
from tests.export.test_few_service_records import COUNTED, _bare_patterns, side_at

FEW = ("few records", "named without counting", "said in its note's words")


def _area(model: ReportModel, code: str) -> Section:
    return next(sec for sec in model.sections if sec.area_code == code)


def _claims(section: Section, criterion: str) -> list[Sentence]:
    return [x for p in section.paragraphs for x in p.sentences
            if x.role == "claim" and criterion in x.criteria]  # fmt: skip


def _said(section: Section, criterion: str) -> Sentence:
    [said] = _claims(section, criterion)
    return said


def _few(model: ReportModel) -> list[Sentence]:
    """The sentences said on few records (their comment says how)."""
    return [s for p in model.paragraphs() for s in p.sentences
            if s.role == "claim" and any(f in s.basis for f in FEW)]  # fmt: skip


@pytest.mark.parametrize("grade", ["good", "requires-improvement"])
def test_audits_both_ways_are_some_and_others(
    tmp_path_factory: pytest.TempPathFactory, grade: str
) -> None:
    """Three audits each way: "Some internal audits ..., but others ...", never the
    counts ("three ... three other"), the side the grade weighs first said first; the
    comment counts them."""
    s = Small(tmp_path_factory.mktemp("audits") / "a.db", areas=[("4", "Hollins", True)])
    s.cases_noted("4", 6, weak=set() if grade == "good" else {"QP7"})
    for k, month in enumerate(("January", "March", "May")):
        s.about_area("4", ["LG7"], "strength",
                     f"Audit of files, {month}: themed on analysis; actions tracked ({k}).",
                     "QA_AUDIT")  # fmt: skip
    for k, month in enumerate(("February", "April", "June")):
        s.about_area("4", ["LG7"], "development",
                     f"Audit of files, {month}: checklist only; no action plan ({k}).",
                     "QA_AUDIT")  # fmt: skip
    s.judge("J18-4A", grade, area="4")
    model = draft_report(load(s.store))
    s.close()
    said = _said(_area(model, "4"), "LG7")
    low = said.text.lower()
    assert low.startswith("some internal audits") and "others" in low, said.text
    assert not COUNTED.search(low) and "three" not in low, said.text
    weak, strong = side_at(low)
    assert weak >= 0 and strong >= 0 and (weak < strong) is (grade != "good"), said.text
    assert "internal audits: 3 for, 3 against" in said.basis, said.basis


def test_each_side_of_a_joined_subject_says_its_own(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Managers use the figures well (two notes); the figures show letters to court late
    (two notes): the strength is not said of the timeliness of the work, nor the
    weakness of the use of the figures (tester 12: "... shows strengths in the use of
    performance information and the timeliness of the work, while ... show
    weaknesses")."""
    s = Small(tmp_path_factory.mktemp("joined") / "j.db", areas=[("2", "Eastmoor", True)])
    s.cases_noted("2", 6, weak=set())
    s.about_area("2", ["LG3"], "strength",
                 "Team managers use the monthly dashboard to challenge drift in each team",
                 "INT_MANAGER")  # fmt: skip
    s.about_area("2", ["LG3"], "strength",
                 "Service manager uses the figures to set the focus of each team meeting",
                 "PERF_DATA")  # fmt: skip
    s.about_area("2", ["LG3"], "development",
                 "Q3: 38% of safeguarding letters late; 12 cases unallocated over 10 days",
                 "PERF_DATA")  # fmt: skip
    s.about_area("2", ["LG3"], "development",
                 "Q2: 31% of reports filed late; waiting list for allocation 3 wks",
                 "INT_MANAGER")  # fmt: skip
    s.judge("J18-4A", "good", area="2")
    model = draft_report(load(s.store))
    s.close()
    said = _said(_area(model, "2"), "LG3")
    first, _sep, second = re.split(r"(, (?:although|but|while) )", said.text, maxsplit=1)
    assert "timeliness" not in first.lower() and "performance information" in first, said.text
    assert "timeliness of the work" in second and "performance information" not in second, said.text
    assert not COUNTED.search(said.text), said.text


def test_one_kind_of_source_at_the_threshold_is_what_it_showed(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Three internal audits, all strengths (the framework's `min_service_records`):
    what audits showed, never the inspectors' verdict ("Inspectors saw strengths in
    ...", "The service learns well from audits ...")."""
    s = Small(tmp_path_factory.mktemp("kind") / "k.db", areas=[("3", "Ridings", True)])
    s.cases_noted("3", 6, weak=set())
    for k, month in enumerate(("January", "March", "May")):
        s.about_area("3", ["LG7"], "strength",
                     f"Audit of files, {month}: themed on analysis; actions tracked ({k}).",
                     "QA_AUDIT")  # fmt: skip
    s.judge("J18-4A", "good", area="3")
    model = draft_report(load(s.store))
    s.close()
    said = _said(_area(model, "3"), "LG7")
    assert "audit" in said.text.lower().split(" show")[0], said.text  # audits are the subject
    assert not said.text.startswith("Inspectors"), said.text
    assert not any(p.fullmatch(said.text) for p in _bare_patterns()), said.text
    assert "internal audits: 3 for" in said.basis, said.basis


def test_no_area_says_another_areas_sentence_on_few_records(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Five areas, each with the same kind of records against learning from audits (an
    audit's working note and a review's): no two areas' sentences on it near-verbatim
    (`sameness`), none counting its sources."""
    areas = [("1", "Abbey"), ("2", "Brook"), ("3", "Cross"), ("4", "Dale"), ("5", "Edge")]
    s = Small(tmp_path_factory.mktemp("areas") / "r.db",
              areas=[(code, name, True) for code, name in areas])  # fmt: skip
    reviews = {
        "1": "The review of a case with a late referral found that its lessons were not shared.",
        "2": "The learning review in the spring asked for a new checklist that nobody has used.",
        "3": "Managers could not say what had changed after the last serious case review.",
        "4": "The practice review on neglect has no action plan, six months after it ended.",
        "5": "Actions from the domestic abuse review are still open and have no owner.",
    }
    for code, _name in areas:
        s.cases_noted(code, 5, weak={"QP7"})
        s.about_area(code, ["LG7"], "development",
                     f"Audit of files, area {code}: checklist only; actions not tracked",
                     "QA_AUDIT")  # fmt: skip
        s.about_area(code, ["LG7"], "development", reviews[code], "PLR")
        s.judge("J18-4A", "requires-improvement", area=code)
    model = draft_report(load(s.store))
    s.close()
    said = [_said(_area(model, code), "LG7") for code, _name in areas]
    for a, b in combinations(said, 2):
        assert not near_same(runs(a.text), runs(b.text)), (a.text, b.text)
    for x in said:
        assert not COUNTED.search(x.text), x.text
        assert "internal audits: 1 against" in x.basis, x.basis


def test_no_count_in_a_few_records_sentence_anywhere(
    handwritten_reports: dict[str, ReportModel],
    demo_drafts: tuple[ReportModel, ReportModel],
) -> None:
    """On the hand-written inspections and the demo: no sentence said on few records
    counts its sources ("the one internal audit inspectors read", "two other interviews
    with managers"), and each says in its comment what it counted."""
    seen = 0
    models = [*handwritten_reports.values(), demo_drafts[0]]
    for model in models:
        for s in _few(model):
            seen += 1
            own = "said in its note's words" in s.basis  # the note's own sentence
            assert own or not COUNTED.search(s.text), (s.text, s.basis)
            assert re.search(r": \d+ (?:for|against)", s.basis) or "one record" in s.basis, s.basis
    assert seen >= 10


def test_one_kind_of_source_is_never_a_verdict_anywhere(
    handwritten_reports: dict[str, ReportModel],
    demo_drafts: tuple[ReportModel, ReportModel],
) -> None:
    """On the hand-written inspections and the demo: a claim about the service whose
    records all come from one kind of source is never a bare verdict ("Inspectors saw
    strengths in ...": `support.toml` [attributed] plain frames)."""
    patterns = _bare_patterns()
    seen = 0
    for model in [*handwritten_reports.values(), demo_drafts[0]]:
        for p in model.paragraphs():
            for s in p.sentences:
                if s.role != "claim" or s.by_cases or len(set(s.sources)) != 1:
                    continue
                seen += 1
                assert not any(x.fullmatch(s.text) for x in patterns), (s.text, s.basis)
    assert seen >= 10
