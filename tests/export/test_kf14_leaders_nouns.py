"""Issue 15, tester 13 (second audit, claim 4): the national leadership's key finding
read "inspectors found weaknesses in the use of performance information and timeliness
of the work, and the timeliness of work on private law applications": "timeliness"
twice, and "the timeliness of the work" in no note on performance information, whose
notes set the service's figures and audits beside what inspectors found on the files
(leaders do not know their service).  Such notes now speak of how accurately
performance information shows practice (criteria.toml [subjects.LG3], an `other`
subject), and two subjects of one criterion that share their "of ..." are joined once
("the use and accuracy of performance information").

On a small 2013-framework inspection written here: notes on performance information
and on private law work in an inspector's words, not the tester's.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.draft.subjects import _join_nouns
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

PERF = [
    (
        "PERF_DATA",
        "National figures give 95% of first hearing letters on time; in the "
        "files we read in the northern team, most letters went late.",
    ),
    (
        "QA_AUDIT",
        "Internal audit rated nine in ten files good or better. Inspectors found "
        "far weaker practice in the same teams; the audit asks whether tasks were done.",
    ),
    (
        "PERF_DATA",
        "The board's pack says 97% of children were seen before the report; our "
        "case sample found a quarter not seen at all.",
    ),
    (
        "PLR",
        "Practice reviews say every practitioner is good or better; moderation was "
        "generous and nothing below good was recorded.",
    ),
]
PRIVATE = [
    (
        "PERF_DATA",
        "Private law applications rose by a fifth; the delays sit in the work "
        "before the first hearing.",
    ),
    (
        "INT_MANAGER",
        "Managers said private law work before the first hearing waits longest for allocation.",
    ),
]


def _draft(path: Path) -> ReportModel:
    s = Small(path, areas=[("4", "Harbour", True), ("6", "Wessex", True)],
              framework="cafcass-2013")  # fmt: skip
    s.cases_noted("4", 3, weak={"QP7"})
    s.cases_noted("6", 3, weak=set())
    for source, text in PERF:
        s.national(["LG3"], "development", text, source)
    s.about_area("4", ["LG3"], "development", "Area dashboard shows every check 'on track'; "
                 "on the files we read, checks were late in most cases.", "PERF_DATA")  # fmt: skip
    for source, text in PRIVATE:
        s.national(["LGS2"], "development", text, source)
    for jid, grade in (("J13-0", "requires-improvement"), ("J13-1", "good"),
                       ("J13-2", "good"), ("J13-3", "requires-improvement")):  # fmt: skip
        s.judge(jid, grade, rationale="Recorded for the test.")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _summary(report: ReportModel) -> list[Sentence]:
    sec = next(sec for sec in report.sections if sec.kind == "summary")
    return [s for p in sec.paragraphs for s in p.sentences]


def test_the_leadership_finding_names_each_point_once(tmp_path: Path) -> None:
    report = _draft(tmp_path / "lead.db")
    said = [s for s in _summary(report) if "LG3" in s.criteria]
    assert said, [s.text for s in _summary(report)]
    for s in said:
        assert s.text.lower().count("timeliness") <= 1, s.text
        assert "accura" in s.text, s.text  # what the notes speak of
        assert s.text.count("performance information") <= 1, s.text


def test_two_subjects_sharing_their_of_are_joined_once() -> None:
    assert (
        _join_nouns("the use of performance information", "the accuracy of performance information")
        == "the use and accuracy of performance information"
    )
    assert (
        _join_nouns("the use of performance information", "timeliness of the work")
        == "the use of performance information and timeliness of the work"
    )


def test_two_points_opening_with_the_same_words_say_them_once() -> None:
    """A key finding naming two points that open alike ("timeliness of ...") says the
    shared words once."""
    from exporters.draft.casethemes import nouns_list

    got = nouns_list(["timeliness of reports to court", "the timeliness of work on adoption"])
    assert got == "timeliness of reports to court and of work on adoption", got
    assert got.count("timeliness") == 1
    assert nouns_list(["analysis in reports", "case planning"]) == (
        "analysis in reports and case planning"
    )
