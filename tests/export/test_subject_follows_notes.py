"""A claim's subject is one its notes' own words bear out (issue 15, "every sentence true
to its evidence").

An independent audit of the exported draft found "... reveal shortfalls in the use of
performance information" where the notes behind it said that the performance figures
themselves were poor ("timeliness of work submitted to court fell below target in the
quarter", "the area's figures show allocation delays"), not that managers failed to use
the information: the subject came from the criterion's phrase.  Here, on small
inspections written in this test, several criteria whose phrase names an aspect
(using performance information, learning from complaints and from audits, planning the
workforce) are given notes that speak of something else (the figures, how complaints
are handled, whether audits were done, how high caseloads are): each sentence follows
the notes, and the criterion's usual subject is said only where notes speak of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

# Notes on a criterion that speak of a different aspect than its phrase: criterion ->
# (the notes, words the sentence must use, words it must not).
OTHER_ASPECT: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "LG3": (
        (
            "Timeliness of work submitted to court fell below target in the quarter.",
            "The area's figures show allocation delays in private law since June.",
            "Section 7 reports: 71% filed by the court's date, against 90% expected.",
        ),
        ("timeliness",),
        (
            "use of performance information",
            "performance information is not used",
            "use performance information",
        ),
    ),
    "LG6": (
        (
            "Complaint responses took eight weeks on average; two were never acknowledged.",
            "Complaints log: four of nine complaints were answered after the 20-day limit.",
            "A father's complaint about the report was not responded to for three months.",
        ),
        ("complaints are handled", "handling of complaints", "complaints are not handled"),
        ("learns from", "learn well", "learning from"),
    ),
    "LG7": (
        (
            "The area's audit programme has slipped: two of the six planned audits were completed.",
            "No case audits are recorded for the private law team since March; they are overdue.",
            "The quarterly audit schedule was suspended in the summer and is behind.",
        ),
        ("audit programme",),
        ("learns from", "learn well", "learning from"),
    ),
    "LG8": (
        (
            "Staff survey: 15 of 22 say their caseload is too high to see children properly.",
            "Practitioners in the private law team carry 28 cases each and are stretched.",
            "Focus group: workloads are unmanageable and several work late most evenings.",
        ),
        ("workloads",),
        ("plan the workforce", "workforce planning", "planning"),
    ),
}
SOURCES = ("PERF_DATA", "QA_AUDIT", "SURVEY_STAFF")


def _draft(path: Path, notes: Mapping[str, tuple[str, ...]], grade: str) -> ReportModel:
    """Area 6 with `grade`: its development notes about the area, by criterion; a few
    practice cases so that the section has findings of its own."""
    s = Small(path)
    for crit, texts in notes.items():
        for k, text in enumerate(texts):
            s.about_area("6", [crit], "development", text, SOURCES[k % len(SOURCES)])
    for _ in range(4):
        case = s.case()
        s.ev(case, ["QP3"], "strength", "The report sets out what the boy wants and why.")
    s.judge("J18-4A", grade, area="6")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _on(report: ReportModel, crit: str, improve: bool = False) -> list[Sentence]:
    """The claims on `crit` about the service, in every section but what needs to
    improve (or only there: `improve`)."""
    return [
        x for sec in report.sections if (sec.kind == "improve") == improve
        for p in [*sec.intro, *sec.paragraphs] for x in p.sentences
        if x.role == "claim" and crit in x.criteria and not x.by_cases
    ]  # fmt: skip


@pytest.fixture(scope="module")
def other_aspect(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    notes = {crit: texts for crit, (texts, _must, _never) in OTHER_ASPECT.items()}
    return _draft(tmp_path_factory.mktemp("other") / "o.db", notes, "requires-improvement")


@pytest.mark.parametrize("crit", sorted(OTHER_ASPECT))
def test_the_sentence_follows_what_the_notes_speak_of(other_aspect: ReportModel, crit: str) -> None:
    _texts, must, never = OTHER_ASPECT[crit]
    said = _on(other_aspect, crit)
    assert said, f"nothing said on {crit}"
    for x in said:
        low = x.text.lower()
        assert not any(n in low for n in never), (crit, x.text)
        assert any(m in low for m in must), (crit, x.text)


@pytest.mark.parametrize("crit", sorted(OTHER_ASPECT))
def test_the_improvement_point_follows_the_notes(other_aspect: ReportModel, crit: str) -> None:
    """What needs to improve names the fault the notes describe, not the criterion's
    usual subject ("Use performance information to identify teams ..." from notes that
    reports were late)."""
    _texts, _must, never = OTHER_ASPECT[crit]
    said = _on(other_aspect, crit, improve=True)
    assert said, f"no improvement point on {crit}"
    for x in said:
        assert not any(n in x.text.lower() for n in never), (crit, x.text)


def test_the_audits_case_never_says_shortfalls_in_the_use_of_information(
    other_aspect: ReportModel,
) -> None:
    """The audit's own sentence shape: whatever the frame, never the use of the
    information where the notes speak of the figures."""
    body = " ".join(x.text for x in _on(other_aspect, "LG3")).lower()
    assert "use of performance information" not in body
    assert "used" not in body and " use " not in body, body


def test_notes_on_the_usual_aspect_keep_the_criterion_subject(tmp_path: Path) -> None:
    """Control: notes that speak of managers using the figures are said as the use of
    performance information, as before."""
    notes = {
        "LG3": (
            "Managers do not use the weekly performance report to move work between teams.",
            "The dashboard is not reviewed in team meetings; no one could say what it showed.",
            "Leaders have not acted on the data showing children are rarely seen alone.",
        ),
    }
    said = _on(_draft(tmp_path / "u.db", notes, "requires-improvement"), "LG3")
    assert said
    assert all("performance information" in x.text.lower() for x in said), [x.text for x in said]
    assert not any("timeliness" in x.text.lower() for x in said), [x.text for x in said]


def test_notes_on_two_aspects_follow_the_most_and_never_the_use_alone(tmp_path: Path) -> None:
    """One note on the use of the figures, two on the figures themselves: the sentence
    says what most of them speak of (the timeliness), never the use alone."""
    notes = {
        "LG3": (
            "Managers do not use the weekly performance report to move work between teams.",
            "Timeliness of work submitted to court fell below target in the quarter.",
            "The area's figures show allocation delays in private law since June.",
        ),
    }
    said = _on(_draft(tmp_path / "b.db", notes, "requires-improvement"), "LG3")
    assert said
    for x in said:
        assert "timeliness" in x.text.lower(), x.text


def test_strengths_on_one_aspect_and_weaknesses_on_another_name_both(tmp_path: Path) -> None:
    """Two notes that managers use the figures well and two that the work is late, in
    a section graded requires improvement: a balanced finding whose sentence names both
    subjects, each side's own ("the use of performance information and the timeliness of
    the work")."""
    s = Small(tmp_path / "two.db")
    s.about_area("6", ["LG3"], "strength", "Managers use the weekly performance report to move work between teams.", "INT_MANAGER")  # fmt: skip
    s.about_area("6", ["LG3"], "strength", "The dashboard is reviewed in every team meeting and acted on.", "OBS_TEAM_MTG")  # fmt: skip
    s.about_area("6", ["LG3"], "development", "Timeliness of work submitted to court fell below target in the quarter.", "PERF_DATA")  # fmt: skip
    s.about_area("6", ["LG3"], "development", "The area's figures show allocation delays in private law since June.", "QA_AUDIT")  # fmt: skip
    s.judge("J18-4A", "requires-improvement", area="6")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    said = _on(report, "LG3")
    assert said
    for x in said:
        low = x.text.lower()
        assert "timeliness" in low and "use of performance information" in low, x.text


def test_notes_on_none_of_the_subjects_take_the_neutral_one(tmp_path: Path) -> None:
    """Notes that name the figures but neither their use nor what they measure: the
    neutral subject, naming the figures only."""
    notes = {
        "LG3": (
            "Performance pack for the area: the figures for the quarter were provided late.",
            "The performance report was incomplete on the first day of fieldwork.",
            "No performance figures for the public law team were produced in October.",
        ),
    }
    said = _on(_draft(tmp_path / "n.db", notes, "requires-improvement"), "LG3")
    assert said
    for x in said:
        assert "use of performance information" not in x.text.lower(), x.text


CASELOADS = (
    "Staff survey: all but two say their caseload lets them see children properly.",
    "Practitioners in the public law team carry 14 cases each, which they find manageable.",
    "Focus group: workloads are manageable and nobody works late.",
    "Newly qualified staff say their caseload is small enough to learn the work.",
)
MANAGE = "understand local pressures on the workforce and manage them well"


def test_no_headline_states_the_usual_subject_none_of_its_notes_speaks_of(
    tmp_path: Path,
) -> None:
    """Notes that caseloads are manageable, and nothing on how leaders plan the
    workforce: the body says practitioners' workloads are a strength, and no opening
    says leaders "understand local pressures on the workforce and manage them well"."""
    s = Small(tmp_path / "w.db")
    for k, text in enumerate(CASELOADS):
        s.about_area("6", ["LG8"], "strength", text, ("SURVEY_STAFF", "INT_PRACTITIONER")[k % 2])
    s.judge("J18-4A", "good", area="6")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    said = _on(report, "LG8")
    assert said and all("workloads" in x.text.lower() for x in said), [x.text for x in said]
    area = next(sec for sec in report.sections if sec.kind == "area")
    opening = area.paragraphs[0].sentences[0]  # a headline, or the lead's placeholder
    assert opening.role in ("headline", "placeholder"), opening
    assert MANAGE not in opening.text, opening.text
