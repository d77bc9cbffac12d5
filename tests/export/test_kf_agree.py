"""The summary of key findings never contradicts the body on the same point (issue 15,
tester 11's claim 3): no key finding states a point one way where a section it
summarises says the other way, or says neither way is the finding ("both strengths and
weaknesses"), read by `tests.export.kf_agree` from each sentence's words and comment.

Checked over whole drafts: every hand-written inspection (none made by the demo
generator), the demo, and tester 11's own inspection where it is on this machine (read
from a copy, never the file itself); and on a small inspection written here whose
leaders' oversight is weak in the areas' notes but both strong and weak in the notes
about the organisation.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.words import words
from exporters.model import ReportModel
from store.framework import load_framework
from store.store import Store
from tests.export.cli_inspection.build import build as build_by_cli
from tests.export.kf_agree import body_stance, disagreements, key_stance, proportions, unmarked
from tests.fixtures.handwritten import build

FW = load_framework("cafcass-2018")
TESTER11 = Path("/work/tester11/lead/master.db")
AREAS = ("3", "6", "9")


def test_no_key_finding_contradicts_a_hand_written_inspection(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    for name, report in handwritten_reports.items():
        assert disagreements(report) == [], name
        assert unmarked(report) == [], name
        assert proportions(report) == [], name


def test_a_key_finding_carries_its_sections_check(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    """The held-out inspection's private law section marks children's wishes and
    feelings "[Check before use: the note behind this may not be about ...]" (none of its
    notes speaks of them): the key finding on the same point carries the marker, its
    flag and a line in its comment."""
    report = handwritten_reports["heldout"]
    summary = next(s for s in report.sections if s.kind == "summary")
    (kf,) = [s for p in summary.paragraphs for s in p.sentences if "QP3" in s.criteria]
    noun = words().criterion(FW, "QP3").noun
    assert f"[Check before use: the note behind this may not be about {noun}]" in kf.text, kf.text
    assert "may be tagged wrongly" in kf.flags, kf.flags
    assert "QP3 may be tagged wrongly" in kf.basis, kf.basis


@pytest.mark.parametrize("name", ["alike", "cli"])
def test_no_key_finding_contradicts_the_other_hand_written_ones(tmp_path: Path, name: str) -> None:
    db = tmp_path / f"{name}.db"
    if name == "alike":
        build(db, Path(__file__).parent / "alike_inspection")
    else:
        build_by_cli(db)
    with Store.open(db) as store:
        report = draft_report(load(store))
    assert disagreements(report) == []
    assert unmarked(report) == []
    assert proportions(report) == []


def test_no_key_finding_contradicts_the_demo(demo_drafts: tuple[ReportModel, ReportModel]) -> None:
    assert disagreements(demo_drafts[0]) == []
    assert unmarked(demo_drafts[0]) == []
    assert proportions(demo_drafts[0]) == []


@pytest.mark.skipif(not TESTER11.exists(), reason="tester 11's inspection is not on this machine")
def test_no_key_finding_contradicts_tester_11s_inspection(tmp_path: Path) -> None:
    """Tester 11's master file, copied first (the copy is drafted, the file untouched)."""
    db = tmp_path / "master.db"
    shutil.copyfile(TESTER11, db)
    with Store.open(db) as store:
        report = draft_report(load(store))
    assert disagreements(report) == []
    assert unmarked(report) == []
    assert proportions(report) == []
    summary = next(s for s in report.sections if s.kind == "summary")
    said = " ".join(s.text for p in summary.paragraphs for s in p.sentences)
    assert "weaknesses in managers' oversight" not in said, said
    assert "The weakest practice is in information sharing" not in said, said  # claim 2


# A small inspection: managers' oversight (LG4) weak in each area's notes, both strong and
# weak in the notes about the organisation ------------------------------------------


def _leaders_weak_in_the_areas(path: Path) -> ReportModel:
    from tests.export.small import Small

    s = Small(path, areas=[(c, n, True) for c, n in zip(AREAS, ("Moorland", "Riverside",
                                                              "Harbour"), strict=True)])  # fmt: skip
    for k, code in enumerate(AREAS):
        for n in range(4):
            case = s.case(area=code, law="PRIVATE" if n % 2 else "PUBLIC")
            s.ev(case, ["QP5"], "strength", f"Direct work used drawings to help the child "
                 f"talk about home (visit {k * 4 + n + 1}).")  # fmt: skip
        s.about_area(code, ["LG4"], "development", f"The team manager in {code} could not say "
                     "which cases had drifted; supervision records were a list of dates.",
                     "OBS_SUPERVISION")  # fmt: skip
        s.about_area(code, ["LG4"], "development", f"Audit actions agreed in {code} in the "
                     "spring had not been followed up by managers.", "INT_MANAGER")  # fmt: skip
    national = {
        "strength": (
            "The head of practice reviews a sample of cases from every team each "
            "month and follows up each action.",
            "QA_AUDIT",
        ),
        "development": (
            "The national audit found that managers' case decisions were not "
            "recorded on a third of files.",
            "QA_AUDIT",
        ),
    }
    for polarity, (text, source) in national.items():
        s.national(["LG4"], polarity, text, source)
        s.national(["LG4"], polarity, text.replace("each", "every") + " (second sample)",
                   "BOARD_PAPERS")  # fmt: skip
    for jid in ("J18-0", "J18-1", "J18-2", "J18-4"):
        s.judge(jid, "requires-improvement")
    s.judge("J18-3", "inadequate")
    for code in AREAS:
        s.judge("J18-4A", "requires-improvement", area=code)
    report = draft_report(load(s.store))
    s.close()
    return report


def test_a_key_finding_on_leaders_says_a_point_as_its_section_weighs_it(tmp_path: Path) -> None:
    """Managers' oversight: six notes from the areas against it, two for and two against
    in the notes about the organisation, which the national leadership section says as
    neither side the finding.  No key finding says "weaknesses in" it (nor strengths)."""
    report = _leaders_weak_in_the_areas(tmp_path / "leaders.db")
    noun = words().criterion(FW, "LG4").noun
    lead = next(s for s in report.sections if s.kind == "judgement" and s.judgement_id == "J18-3")
    on_it = [s for p in lead.paragraphs for s in p.sentences if "LG4" in s.criteria
             and s.role == "claim"]  # fmt: skip
    assert on_it and {body_stance(s) for s in on_it} == {"even"}, [s.text for s in on_it]
    summary = next(s for s in report.sections if s.kind == "summary")
    kfs = [s for p in summary.paragraphs for s in p.sentences if "LG4" in s.criteria]
    assert all(key_stance(s) == "even" for s in kfs), [s.text for s in kfs]
    assert not any(noun in s.text for s in kfs if key_stance(s) != "even"), [s.text for s in kfs]
    assert disagreements(report) == []


def test_an_improvement_point_says_where_as_the_key_findings_do(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    """One rule for where a weakness is concentrated (`concentration.py`): the voice
    inspection's weakest practice, children's wishes and feelings, is said of Area 8 in
    the key findings, and its improvement point says "particularly in Area 8" (four of
    its five cases against, one of the other area's five).  "Particularly" follows the
    rate against a base to compare with (kf35; tester 34's A3): the support
    inspection's seeing children, weak in six of its ten private law cases beside one
    public law case with a view, names no law type."""
    voice = handwritten_reports["voice"]
    summary = next(s for s in voice.sections if s.kind == "summary")
    (kf,) = [s for p in summary.paragraphs for s in p.sentences if "QP3" in s.criteria]
    assert "in Area 8" in kf.text, kf.text
    improve = next(s for s in voice.sections if s.kind == "improve")
    (point,) = [s for p in improve.paragraphs for s in p.sentences if "QP3" in s.criteria]
    assert "particularly in Area 8" in point.text, point.text
    support = next(s for s in handwritten_reports["support"].sections if s.kind == "improve")
    (seen,) = [s for p in support.paragraphs for s in p.sentences if "QP8" in s.criteria]
    assert "particularly" not in seen.text, seen.text
