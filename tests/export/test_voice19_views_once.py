"""A stakeholder view said once, where it belongs (issue 15; tester 18: the key finding
"Among those inspectors met, local authority staff mostly praised ...; judges and
magistrates praised the quality of reports but criticised the timeliness of reports
...; partner agencies were divided ..." was said word for word again in the section on
local services).

The section on local services says what each group said and about what; the key
findings then say only how each group regards the service, on the same records and the
same way, in a clause of the body's balance about "the service" (`stakeholders.headline`):
never the body's subjects again.  Where no section of the body says the whole view (the
2021 framework), the key findings say it whole.  Tested on the hand-written
`tests/export/voice19_inspection` (2018) and on a small 2021 inspection built here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.sameness import near_same, runs
from exporters.model import ReportModel, Section, Sentence
from store.store import Store
from tests.export.small import Small
from tests.fixtures.handwritten import build

FIXTURE = Path(__file__).parent / "voice19_inspection"
GROUPS = ("judges", "local authority staff", "partner agencies", "magistrates",
          "a representative of the safeguarding partnership")  # fmt: skip


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportModel]:
    path = tmp_path_factory.mktemp("voice19views") / "voice19.db"
    build(path, FIXTURE)
    with Store.open(path) as store:
        yield draft_report(load(store))


def _views(sec: Section) -> list[Sentence]:
    return [s for p in (*sec.intro, *sec.paragraphs) for s in p.sentences if s.role == "views"]


def _section(report: ReportModel, kind: str, heading: str = "") -> Section:
    return next(s for s in report.sections if s.kind == kind and s.heading.startswith(heading))


def test_the_key_finding_does_not_say_the_local_services_sentence_again(
    report: ReportModel,
) -> None:
    (body,) = _views(_section(report, "judgement", "The leadership and management of local"))
    (summary,) = _views(_section(report, "summary"))
    assert summary.text != body.text
    assert not near_same(runs(summary.text.lower()), runs(body.text.lower())), (
        summary.text, body.text)  # fmt: skip
    # The same groups, records and balance...
    named = [g for g in GROUPS if g in body.text.lower()]
    assert len(named) >= 2 and all(g in summary.text.lower() for g in named), (
        summary.text, body.text)  # fmt: skip
    assert sorted(summary.evidence_ids) == sorted(body.evidence_ids)
    assert summary.direction == body.direction
    # ... about the service: what about (the quality of reports, the challenge
    # practitioners bring) is the body's alone.
    assert "the service" in summary.text
    assert "reports" in body.text and "reports" not in summary.text, (summary.text, body.text)


def test_an_areas_own_views_are_still_said(report: ReportModel) -> None:
    """Weirbrook's stakeholders are critical where the others praise: its section still
    says its own views, naming the area."""
    area = _section(report, "area", "The leadership and management of local services in")
    said = [s for sec in report.sections if sec.kind == "area" and "Area 44" in sec.heading
            for s in _views(sec)]  # fmt: skip
    assert area is not None and said and all("in Area 44" in s.text for s in said), said


def _small_2021(path: Path) -> ReportModel:
    s = Small(path, areas=[("6", "Wessex", True), ("7", "Mercia", True)],
              framework="cafcass-2021")  # fmt: skip
    for area in ("6", "7"):
        for k in range(4):
            case = s.case(area=area, law="PUBLIC")
            s.ev(case, ["QP8"], "strength" if k else "development",
                 "Seen alone at home before the report." if k
                 else "The child was not seen before the report was filed.")  # fmt: skip
    s.about_area("6", ["LGN4"], "strength",
                 "Council lawyer: the guardians settle disputes about plans early.", "INT_LA")  # fmt: skip
    s.about_area("7", ["LGN4"], "development",
                 "District judge: filing is late too often in this area.", "INT_JUDICIARY")  # fmt: skip
    s.national(["LGN4"], "strength",
               "Designated family judge: leaders act quickly on what the court raises.",
               "INT_JUDICIARY")  # fmt: skip
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def test_without_a_body_section_saying_it_the_key_findings_say_the_whole_view(
    tmp_path: Path,
) -> None:
    """Under the 2021 framework no section of the body says the whole view (its national
    section counts the organisation's own records): the key findings say it whole, with
    what each group said it about."""
    report = _small_2021(tmp_path / "v21.db")
    summary = _views(_section(report, "summary"))
    assert len(summary) == 1, [s.text for s in summary]
    assert "the service;" not in summary[0].text and "Views of the service differ" not in (
        summary[0].text)  # fmt: skip
    body = [s for sec in report.sections if sec.kind == "judgement" for s in _views(sec)
            if "national level" not in s.text]  # fmt: skip
    assert not any(sorted(b.evidence_ids) == sorted(summary[0].evidence_ids) for b in body)
