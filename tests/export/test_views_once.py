"""What a group of stakeholders thinks is said once in a section (issue 15; reader
finding 6): "Feedback from judges and local authority staff is very positive" is not
followed by "What judges and local authority staff told inspectors about work with
local partners was positive" and "Judges gave inspectors a positive account of work
with the courts"; "views among judges are mixed" is not followed by "judges were
divided", nor "local authority views are mixed" by "local authority staff spoke
positively".

On the hand-written inspections (none made by the demo generator) and the fixed
inspection of the golden tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.words import has_words, words
from exporters.model import ReportModel, Section
from store.store import Store
from tests.conftest import shared_value
from tests.export import fixture_data

FOLDERS = ("voice", "handwritten", "claims", "support", "heldout")
"""Which of the hand-written inspections (`tests/export/conftest.py`) these tests read."""
GROUPS = ("judges", "magistrates", "local authority staff", "partner agencies")
# A group said by the one person its one note is from (`viewabout.one_voice`).
ONE = {"judges": ("judge",), "magistrates": ("magistrate",),
       "local authority staff": ("local authority",), "partner agencies": ("partner agency",)}  # fmt: skip


@pytest.fixture(scope="module")
def reports(
    handwritten_reports: dict[str, ReportModel], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, ReportModel]:
    def draft_golden(folder: Path) -> ReportModel:
        path = fixture_data.build(folder / "golden.db")
        with Store.open(path) as store:
            return draft_report(load(store))

    golden = shared_value(tmp_path_factory, "export-golden.pickle", draft_golden)
    return {**{name: handwritten_reports[name] for name in FOLDERS}, "golden": golden}


def _views_said(section: Section) -> dict[str, list[str]]:
    """Each stakeholder group's views as the section says them: the sentences resting
    on two or more of stakeholders' interviews alone that name the group (not their own
    words, nor one person's account)."""
    people = words().partner_quotes
    said: dict[str, list[str]] = {}
    for p in (*section.intro, *section.paragraphs):
        for s in p.sentences:
            if s.quote or s.role not in ("views", "claim") or len(s.evidence_ids) < 2:
                continue  # one person's account is an example of a view, not the view
            if not set(s.sources) <= people:
                continue
            for g in GROUPS:
                if has_words(s.text, g) or any(has_words(s.text, o) for o in ONE[g]):
                    said.setdefault(g, []).append(s.text)
    return said


@pytest.mark.parametrize("name", [*FOLDERS, "golden"])
def test_each_group_s_view_is_said_once_in_a_section(
    reports: dict[str, ReportModel], name: str
) -> None:
    twice = {
        (sec.heading, g): texts
        for sec in reports[name].sections
        for g, texts in _views_said(sec).items()
        if len(texts) > 1
    }
    assert not twice, twice


def test_the_golden_area_says_its_partners_view_once(reports: dict[str, ReportModel]) -> None:
    """The fixed inspection's Area 6 has judges and local authority staff positive on
    the service and on local partnership work: one sentence says so."""
    area = next(s for s in reports["golden"].sections if s.kind == "area" and s.area_code == "6")
    said = _views_said(area)
    assert said.get("judges") and len(said["judges"]) == 1
    assert said["judges"] == said["local authority staff"]


@pytest.mark.parametrize("name", [*FOLDERS, "golden"])
def test_a_claim_about_the_service_names_what_it_is_about(
    reports: dict[str, ReportModel], name: str
) -> None:
    """Reader 5, finding 5: "Evidence from managers points to a strength." and "There is
    some evidence of strength from managers and observed supervision." say of nothing
    in particular that it is strong; records other than stakeholders' views are said as
    what they show about the criterion's topic (marked for the lead where the notes do
    not bear it out)."""
    empty = re.compile(
        r"\bpoints? to an? (?:strength|weakness)\.|"
        r"\bsome evidence of (?:strength|weakness) from\b"
    )
    said = [s.text for sec in reports[name].sections for p in (*sec.intro, *sec.paragraphs)
            for s in p.sentences if empty.search(s.text)]  # fmt: skip
    assert not said, said
