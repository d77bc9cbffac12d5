"""Examples read as an inspector's findings, and only stakeholders are quoted about the
service, by role."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import _as_clause, draft_area, draft_report, load
from exporters.model import ReportModel, Sentence
from exporters.wording import STAKEHOLDER_QUOTE_SOURCES, speaker
from store.models import Evidence
from store.store import Store

# How a working note starts once it follows "For example," (lower-cased).
NOTE = re.compile(
    r"^(?:for example|in one case|to illustrate), (?:case discussion|discussed|spoke|"
    r"talked|interview|phone|focus group|read the file|file audit|shadowed|observed a|"
    r"court observation|case file read|confirmed|consistent with|matches)\b"
)


def _examples(report: ReportModel) -> list[Sentence]:
    return [s for p in report.paragraphs() for s in p.sentences if "Paraphrased" in s.basis]


def _quotes(report: ReportModel) -> list[Sentence]:
    return [
        s for p in report.paragraphs() for s in p.sentences
        if s.quote and s.basis != "The child's words"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Case discussion with the children's guardian.", None),
        ("Talked the case through with the guardian. Noted for the area feedback.", None),
        ("Shadowed the FCA on a visit. It kept the focus on what the child needs.", None),
        (
            "Read the file with the practice supervisor. The FCA accepted the local "
            "authority's plan without testing it against the child's needs. Confirmed with "
            "the practice supervisor.",
            "the FCA accepted the local authority's plan without testing it against the "
            "child's needs.",
        ),
        (
            "Talked the case through with the guardian. The case plan records the manager's "
            "direction to see the infant at school, and this was done. As a result, the "
            "infant felt listened to.",
            "the case plan records the manager's direction to see the infant at school, and "
            "this was done. As a result, the infant felt listened to.",
        ),
        (
            "Screening was completed by phone with only one party; the other was not reached "
            "before the hearing.",
            "screening was completed by phone with only one party; the other was not reached "
            "before the hearing.",
        ),
        ("The judge described the work as 'excellent and timely' in every case we saw.", None),
    ],
)
def test_examples_are_findings_not_working_notes(note: str, expected: str | None) -> None:
    assert _as_clause(note) == expected


def test_demo_examples_read_as_findings(demo_db: Path) -> None:
    with Store.open(demo_db) as store:
        report = draft_report(load(store))
    examples = _examples(report)
    assert len(examples) >= 10
    notes = [s.text for s in examples if NOTE.match(s.text.lower())]
    assert notes == []
    # Each example is one record's finding, traced to it.
    assert all(len(s.evidence_ids) == 1 for s in examples)


def test_demo_quotes_only_stakeholders(demo_db: Path) -> None:
    """The demo's practitioners' notes quote activity names ('a bag of feelings
    activity'); none is quoted as someone's view of the service."""
    with Store.open(demo_db) as store:
        report = draft_report(load(store))
    for s in _quotes(report):
        assert set(s.sources) <= set(STAKEHOLDER_QUOTE_SOURCES), s.text


def test_practitioners_and_records_are_not_quoted(fx_db: Path) -> None:
    with Store.open(fx_db) as store:
        for source, text in [
            # Sorts before the judge's note: the old draft quoted it as a view of the service.
            ("INT_PRACTITIONER", "A family court adviser said the team is 'the best place I "
                                 "have ever worked' and feels well led."),
            ("INT_MANAGER", "A manager called the service 'outstanding in every way' at interview."),
            # A stakeholder source quoting a record, not speaking: not quoted either.
            ("INT_LA", "A review form shows the plan marked 'not applicable for this child' "
                       "without a reason."),
        ]:  # fmt: skip
            store.put_evidence(
                Evidence(
                    area_code="6", criteria=["LGN4"], source=source, polarity="strength", text=text
                )  # fmt: skip
            )
        data = load(store)
        area = draft_area(data, "6")
        report = draft_report(data)
    for model in (area, report):
        quotes = _quotes(model)
        assert quotes, "the judge's words are still quoted"
        for s in quotes:
            assert set(s.sources) <= {"INT_JUDICIARY", "INT_LA", "INT_PARTNER",
                                      "INT_PARENT_CARER", "SURVEY_USER"}, s.text  # fmt: skip
            assert "best place" not in s.text and "outstanding in every way" not in s.text
            assert "not applicable" not in s.text
    assert any(
        s.text.startswith("The designated family judge described the service as ‘reliable")
        for s in _quotes(area)
    )


def test_speaker_is_named_by_role_from_the_note() -> None:
    assert speaker("INT_JUDICIARY", "The magistrates said the reports were clear.") == (
        "one magistrate"
    )
    assert speaker("INT_JUDICIARY", "A circuit judge said ...") == "one judge"
    assert speaker("INT_LA", "The allocated social worker said ...") == (
        "a local authority social worker"
    )
    assert speaker("INT_PARENT_CARER", "The foster carer said ...") == "one carer"
    assert speaker("INT_PARENT_CARER", "The mother said ...") == "one parent"
