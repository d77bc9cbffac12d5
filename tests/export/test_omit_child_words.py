"""Issue 15, an independent tester's finding (session 8, omissions): Area 10, judged
inadequate, quoted no child although children's own words were recorded there.  Each
visited area section whose cases hold children's own recorded words quotes one that
fits (its criterion and side, the child's age, the words as recorded), or the comment
says why not; words that pass on what someone else says ("Mum says ...") are never a
child's own view to quote.

On small inspections written here, and on the hand-written inspections.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.sections import area_groups, area_label
from exporters.model import ReportModel, Section, Sentence
from store.store import Store
from tests.export.conftest import INSPECTIONS, inspection_copy
from tests.export.small import Small

WEAK = [
    "The report says the girl has no strong views, but the visit notes record her worries.",
    "No one asked the boy what he wanted; the report gives only his mother's account.",
    "The s.7 sets out the parents' positions and nothing of what the child hopes for.",
    "Wishes and feelings work was not started until a week before the final hearing.",
]
TALK = "Spoke with the girl at school: she said nobody had asked what she wanted or feared."
OWN = "I told her I was scared of the shouting and nobody wrote it down"
RELAYED = "Mum says I want to live with her all the time"


def _inadequate_area(path: Path, age: str = "10-13") -> ReportModel:
    """Area 6, judged inadequate: wishes and feelings weak in all four of its cases; an
    inspector's talk with one child keeps her own words, and one case file the words a
    child passed on from their mother."""
    s = Small(path)
    for k, text in enumerate(WEAK):
        case = s.case(law="PRIVATE", age=age)
        s.ev(case, ["QP3"], "development", text, child_words=RELAYED if k == 1 else "")
        if k == 0:
            s.ev(case, ["QP3"], "development", TALK, source="INT_CHILD", child_words=OWN)
        s.grade(case, "QP3", "inadequate" if k % 2 else "requires-improvement")
    s.judge("J18-4A", "inadequate", area="6")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _sentences(sec: Section) -> list[Sentence]:
    return [s for p in sec.paragraphs for s in p.sentences]


def _area(report: ReportModel, label: str) -> Section:
    return next(sec for sec in report.sections if sec.kind == "area" and
                f"({label})" in sec.heading)  # fmt: skip


def test_a_weak_area_quotes_a_child_after_the_weakness_the_words_illustrate(
    tmp_path: Path,
) -> None:
    """The child's own words follow the sentence on wishes and feelings, a weakness, and
    are quoted as recorded; the words passed on from a mother are quoted nowhere."""
    report = _inadequate_area(tmp_path / "a.db")
    said = _sentences(_area(report, "Area 6"))
    quotes = [k for k, s in enumerate(said) if s.role == "quote"]
    assert quotes, [s.text for s in said]
    k = quotes[0]
    assert OWN in said[k].text, said[k].text
    before = next(s for s in reversed(said[:k]) if s.role == "claim")
    assert before.criteria == ["QP3"] and before.direction == "against", before.text
    everything = " ".join(s.text for p in report.paragraphs() for s in p.sentences)
    assert "Mum says" not in everything


def test_words_that_cannot_be_quoted_are_accounted_for_in_the_comment(tmp_path: Path) -> None:
    """The same area with children too young to be quoted: no quotation, and the comment
    on the section's opening says how many children's words are recorded and why none
    is quoted."""
    report = _inadequate_area(tmp_path / "a.db", age="2-4")
    said = _sentences(_area(report, "Area 6"))
    assert not [s for s in said if s.role == "quote"]
    notes = " ".join(said[0].notes)
    assert "Children's own words are recorded in 2 notes" in notes, notes
    assert "1 from a child too young to be quoted" in notes, notes
    assert "1 passing on what someone else says" in notes, notes


@pytest.mark.parametrize("name", sorted(INSPECTIONS))
def test_every_visited_area_with_children_s_words_quotes_one_or_says_why(
    name: str, handwritten_reports: dict[str, ReportModel], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """In every hand-written inspection: each visited area whose cases hold a child's own
    recorded words quotes a child, or its opening's comment says why not."""
    report = handwritten_reports[name]
    with Store.open(inspection_copy(tmp_path_factory, name)) as store:
        data = load(store)
    for codes in area_groups(data):
        cases = set().union(*(data.cases_in_area.get(c, set()) for c in codes))
        if not any(data.case[i] in cases for i in data.child_words):
            continue
        said = _sentences(_area(report, area_label(codes)))
        words = {data.ids[i] for i in data.child_words}
        quoted = [s for s in said if s.role == "quote" and words & set(s.evidence_ids)]
        why = [n for n in said[0].notes if n.startswith("Children's own words are recorded")]
        assert quoted or why, (name, codes)
