"""A section never says one stakeholder's point twice (issue 15, tester 24's A12: "... one
partner organisation spoke well of joint working with the service." and two sentences
later "The same organisation told inspectors that joint working with Cafcass is good.").

On the hand-written `tests/export/voice25_inspection.build_partners`: in every area a
police lead says only that joint working with Cafcass is good and a council head of
service that the guardians' challenge is robust and fair; the area's views
sentence says both.  A person's own sentence follows it only where it says more (a
judge's "a pleasure to have in court").
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from tests.export import voice25_inspection as v25


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = v25.build_partners(tmp_path_factory.mktemp("v25p") / "partners.db")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _sections(report: ReportModel) -> list[tuple[list[str], list[str]]]:
    """Each section's views sentences and its other sentences."""
    out = []
    for sec in report.sections:
        said = [x for p in (*sec.intro, *sec.paragraphs) for x in p.sentences]
        out.append(([x.text for x in said if x.role == "views"],
                    [x.text for x in said if x.role != "views"]))  # fmt: skip
    return out


@pytest.mark.parametrize(
    ("views_say", "not_again"),
    [
        ("joint working", "joint working"),
        ("the challenge practitioners bring", "challenge is robust"),
    ],
)
def test_a_point_the_views_sentence_says_is_not_said_again(
    report: ReportModel, views_say: str, not_again: str
) -> None:
    checked = 0
    for views, others in _sections(report):
        if any(views_say in v for v in views):
            checked += 1
            assert not [x for x in others if not_again in x], others
    assert checked >= 3  # the national section and the areas'


def test_a_person_s_point_that_says_more_is_still_said(report: ReportModel) -> None:
    assert any("a pleasure to have in court" in x for _v, others in _sections(report)
               for x in others)  # fmt: skip
