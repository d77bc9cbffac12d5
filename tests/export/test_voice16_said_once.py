"""One thing said once across the whole report (issue 15, tester 15 D5: the private law
section's sentence on the quality of work on private law applications said again, near
word for word, in the leadership section, from the same notes, while the export
reported 0% repeated, because it compared area sections only with each other).

The drafting says a claim about the service once in the national sections
(`attributed.said_once`); the measure, the QA view and the lead's warnings cover every
section (`repeats`).  Tested on the hand-written 2021 inspection of this session
(`tests/export/voice16_inspection`: two national notes on private law applications,
which inform both the private law judgement and the leaders'), and on a report written
out by hand for the measure.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import draft_report, load, repeats
from exporters.model import Paragraph, ReportModel, Section, Sentence
from exporters.qa import summary
from store.store import Store
from tests.fixtures.handwritten import build

FIXTURE = Path(__file__).parent / "voice16_inspection"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportModel]:
    path = tmp_path_factory.mktemp("voice16_once") / "voice16.db"
    build(path, FIXTURE)
    with Store.open(path) as store:
        yield draft_report(load(store))


def test_a_claim_on_notes_informing_two_judgements_is_said_in_one_section(
    report: ReportModel,
) -> None:
    """The two notes on private law applications inform the private law judgement and
    the leaders': one national section says what they show, not both."""
    national = [sec for sec in report.sections if sec.kind == "judgement"]
    saying = [sec.heading for sec in national for p in sec.paragraphs for s in p.sentences
              if s.role == "claim" and s.criteria == ["LGS2"]]  # fmt: skip
    assert len(saying) == 1, saying
    assert "private law practice" in saying[0]


def test_the_whole_report_has_no_sentence_said_twice_outside_the_summary(
    report: ReportModel,
) -> None:
    found, total = repeats.repeated_across(report)
    assert total > 10
    assert found == [], [(r.heading, r.sentence.text, r.other) for r in found]
    assert "another section of the report (the summary aside): 0%" in " ".join(summary(report))


def _section(kind: str, heading: str, *texts: str, role: str = "claim") -> Section:
    sentences = [Sentence(text=t, role=role) for t in texts]  # type: ignore[arg-type]
    return Section(kind=kind, heading=heading, paragraphs=[Paragraph(sentences=sentences)])  # type: ignore[arg-type]


def _written() -> ReportModel:
    """A report written out by hand: a sentence of the private law section said again,
    nearly word for word, in the leaders' section; one said in an area and in a national
    section; the key findings and a marker saying what sections say, which are no
    repeats."""
    said = (
        "Board papers and interviews with managers and judges reflect well on the quality of "
        "work on private law applications."
    )
    again = (
        "Board papers and interviews with managers and judges show strengths in the quality "
        "of work on private law applications."
    )
    return ReportModel(sections=[
        _section("summary", "Summary of key findings", said),
        _section("judgement", "Private law practice", said,
                 "Children are seen alone in most cases."),
        _section("judgement", "Impact of leaders", again,
                 "Supervision is regular but rarely challenging."),
        _section("area", "Findings in Area 4", "Children are seen alone in most cases in the area.",
                 "Reports are filed on time."),
        _section("area", "Findings in Area 5", "[Not drafted here: points of Area 4.]",
                 role="marker"),
    ])  # fmt: skip


def test_the_measure_finds_a_sentence_said_again_in_any_other_section() -> None:
    report = _written()
    found, total = repeats.repeated_across(report)
    said = sorted((r.heading, r.other) for r in found)
    assert said == [
        ("Findings in Area 4", "Private law practice"),
        ("Impact of leaders", "Private law practice"),
        ("Private law practice", "Findings in Area 4"),
        ("Private law practice", "Impact of leaders"),
    ]
    assert total == 6  # the summary and the marker are not counted
    assert repeats.share(report) == pytest.approx(4 / 6)


def test_the_qa_reader_and_the_lead_are_told_where() -> None:
    report = _written()
    found = repeats.mark(report)
    flagged = [s for sec in report.sections for p in sec.paragraphs for s in p.sentences
               if repeats.FLAG in s.flags]  # fmt: skip
    assert len(flagged) == 4
    leaders = report.sections[2].paragraphs[0].sentences[0]
    assert leaders.notes == ["Said word for word or nearly in ‘Private law practice’ too."]
    [line] = repeats.warning(found)
    assert line.startswith("4 sentences say the same as a sentence of another section")
    assert "Impact of leaders" in line
    assert any("another section of the report (the summary aside): 67%" in x
               for x in summary(report))  # fmt: skip
