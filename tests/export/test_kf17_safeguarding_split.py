"""Issue 15, session 17 (closing note 16, tester 15's safeguarding key finding): a
safeguarding weakness whose cases against are nearly all of one law type, where that
law type's own cases split about evenly, is said of that law type, never as a share of
all the cases.

Tester 15's key finding said "In some of the cases inspectors could assess,
practitioners do not respond well enough when there are concerns for a child's safety"
(five of 25), while their private law section said almost all of its cases show an
effective response (15 of 16): four of the five cases against were public law, and
public law's own were four against and three for, so `concentration.where` named no
place and the share was said of everyone.  Now the key finding says the point is
inconsistent in public law, with public law's own counts, as that section does; the
concern escalated on a private law case is said in a sentence of its own.

On an inspection written by hand for this test (`kf17_inspection.split`).
"""

from __future__ import annotations

import re

import pytest

from exporters.draft import draft_report, load
from exporters.model import Paragraph, ReportModel, Section, Sentence
from store.store import Store
from tests.export.kf17_inspection import split
from tests.export.kf_agree import disagreements


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    db = tmp_path_factory.mktemp("kf17") / "split.db"
    s, _escalated = split(db)
    s.close()
    with Store.open(db) as store:
        return draft_report(load(store))


def _summary(report: ReportModel) -> list[Sentence]:
    sec = next(s for s in report.sections if s.kind == "summary")
    return [s for p in sec.paragraphs for s in p.sentences]


def _law_section(report: ReportModel, law: str) -> Section:
    return next(s for s in report.sections if s.kind == "judgement" and law in s.heading)


def test_the_weakness_is_said_of_the_law_type_it_is_in(report: ReportModel) -> None:
    tallied = [s for s in _summary(report) if "SW1" in s.criteria and "SW1:" in s.basis]
    assert len(tallied) == 1, [s.text for s in _summary(report)]
    (kf,) = tallied
    # Public law's own counts, in the words its section uses for them; not a national
    # share ("some of the cases") that private law, 11 of 12 for, does not share.
    assert "public law" in kf.text, kf.text
    assert "four of the seven" in kf.text, kf.text
    assert "private law" not in kf.text, kf.text
    assert "SW1 (public law): 3 for, 4 against of 7" in kf.basis, kf.basis
    # Four against and three for: the sentence weighs both sides, it claims no majority.
    assert kf.direction == "balanced", kf.direction
    said = [s for p in _law_section(report, "public law").paragraphs for s in p.sentences
            if "SW1" in s.criteria and s.role == "claim"]  # fmt: skip
    # The same counts in the section ("four of the seven", or "Of the seven cases
    # sampled, four show ...", as its frame has it).
    text = said[0].text.lower() if said else ""
    assert re.search(r"four of the seven|of the seven cases[^.]*?, four ", text), text


def test_the_concern_escalated_is_still_a_key_finding(report: ReportModel) -> None:
    """The one concern escalated (a private law case) is counted in a sentence of its
    own, not inside the public law sentence."""
    counted = [
        s
        for s in _summary(report)
        if s.basis.startswith("Safeguarding concerns recorded on 1 case")
    ]
    assert len(counted) == 1, [s.text for s in _summary(report)]
    assert "public law" not in counted[0].text, counted[0].text


def test_no_key_finding_contradicts_a_section(report: ReportModel) -> None:
    """The reader's check (`kf_agree`): before, the national share contradicted both
    visited areas' and the private law section's "most" and "almost all"."""
    assert disagreements(report) == []


def test_the_reader_reads_a_count_of_concerns_as_no_side() -> None:
    """`kf_agree` skips a key finding that only counts concerns escalated (of any law
    type: no side of a point of practice) and still flags the same words resting on a
    tally against a section saying the other side."""
    private = "The quality and effectiveness of Cafcass private law practice with families is good"
    said = Sentence(text="In almost all cases, safeguarding concerns are followed up well.",
                    role="claim", direction="for", criteria=["SW1"], by_cases=True,
                    basis="In 11 of 12 cases with a view on SW1; against in 1")  # fmt: skip
    count = Sentence(text="Inspectors found safeguarding concerns in three cases that needed "
                     "senior managers' attention; all were escalated.", role="claim",
                     direction="against", criteria=["SW1"],
                     basis="Safeguarding concerns recorded on 3 cases; 0 not yet escalated")  # fmt: skip
    tallied = count.model_copy(update={"basis": "SW1: 14 for, 5 against of 19", "by_cases": True})

    def draft(key: Sentence) -> ReportModel:
        return ReportModel(sections=[
            Section(kind="summary", heading="Summary of key findings",
                    paragraphs=[Paragraph(kind="bullet", sentences=[key])]),
            Section(kind="judgement", heading=private, level=2,
                    paragraphs=[Paragraph(sentences=[said])]),
        ])  # fmt: skip

    assert disagreements(draft(count)) == []
    assert len(disagreements(draft(tallied))) == 1
