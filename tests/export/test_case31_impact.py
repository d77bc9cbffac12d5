"""case31's test on what an area's practice meant for children (tester 30's Usefulness
paragraph: area paragraphs "are lists of 'X of the Y cases with evidence on Z' with no
sense of what children experienced").  Where a claim about the area's cases that falls
short has no example of its own and one of its notes says what happened for a child,
the paragraph says it, from that note (`impact.add_area_impact_examples`).  Notes
written here."""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.draft.impact import for_a_child, harm_cues
from exporters.draft.words import words
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

DIRECT_WORK_SHORT = [
    "No direct work with the child is recorded before the report was written.",
    "Direct work was squeezed into one visit and did not suit a six-year-old.",
    "No direct work was done before the hearing; as a result the boy did not know why he was moving to his father's.",
    "The practitioner did no direct work, so the girl's fear of contact never reached the court.",
    "No direct work was done; as a result the twins were not asked where they wanted to live.",
    "No direct work was done; as a result the girl did not understand what the court had decided.",
]  # fmt: skip
DIRECT_WORK_GOOD = ["Two play sessions helped the child talk about home and school."]
REPORTS_SHORT = [
    "The report sets out each parent's position but weighs neither.",
    "The recommendation is given without any analysis of the contact risks.",
    "The report retells the history and analyses none of the risks.",
    "Analysis weak: the recommendation ignores the police information.",
    "The report does not weigh the options; the child was left at risk of further harm at contact.",
    "The recommendation does not follow from the analysis of the father's drinking.",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[ReportModel, set[str]]:
    """Area 6: six cases short on direct work and on analysis (three of the direct work
    notes say what it meant for a child: one for the area, two left for the law type
    and the key findings), one good on direct
    work; the notes on direct work, by id."""
    s = Small(tmp_path_factory.mktemp("case31") / "impact.db")
    direct = set()
    for dw, rep in zip(DIRECT_WORK_SHORT, REPORTS_SHORT, strict=True):
        c = s.case()
        direct.add(s.ev(c, ["QP5"], "development", dw))
        s.ev(c, ["QP7"], "development", rep)
    for dw in DIRECT_WORK_GOOD:
        direct.add(s.ev(s.case(), ["QP5"], "strength", dw))
    s.judge("J18-4A", "requires-improvement", area="6")
    try:
        return draft_report(load(s.store)), direct
    finally:
        s.close()


def _after_claim(report: ReportModel, crit: str) -> list[Sentence]:
    """What follows the area's claim on `crit` up to the next claim."""
    for sec in report.sections:
        if "Area 6" not in sec.heading:
            continue
        for p in sec.paragraphs:
            for k, x in enumerate(p.sentences):
                if x.role == "claim" and x.criteria == [crit]:
                    rest = p.sentences[k + 1 :]
                    end = next((n for n, y in enumerate(rest) if y.role == "claim"), len(rest))
                    return rest[:end]
    raise AssertionError(f"no claim on {crit} in Area 6")


def test_an_area_claim_says_what_its_notes_say_it_meant_for_a_child(
    drafted: tuple[ReportModel, set[str]],
) -> None:
    """The direct work claim (four of five cases short) has no example of its own; its
    notes of that side say what it meant for children ("as a result the boy did not
    know why he was moving"): one of them follows it, from its own note."""
    report, direct = drafted
    shown = [x for x in _after_claim(report, "QP5") if x.role == "example"]
    assert len(shown) == 1, [x.text for x in _after_claim(report, "QP5")]
    [example] = shown
    assert set(example.evidence_ids) <= direct and example.evidence_ids, example.evidence_ids
    assert for_a_child(words().support, example.text, harm_cues(), strict=True), example.text
