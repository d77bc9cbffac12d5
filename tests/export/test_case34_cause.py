"""case34's tests on the weaker area's weakness said plainly, with its cause (tester 33's
"Is the weaker area's weakness said plainly?", A12 and A14), on the hand-written
inspection `tests.export.case34_inspection`: Marsh's reports are late in six cases, each
note naming agency staff who left, and its lead's rationale says so; its managers knew
and had done nothing."""

from __future__ import annotations

import pytest

from exporters.draft import draft_area, draft_report, load
from exporters.model import ReportModel, Section, Sentence
from tests.export import case34_inspection as insp


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> tuple[ReportModel, ReportModel]:
    s = insp.build(tmp_path_factory.mktemp("case34c") / "three.db")
    try:
        return draft_report(load(s.store)), draft_area(load(s.store), "62")
    finally:
        s.close()


def _paras(report: ReportModel, code: str) -> list[list[Sentence]]:
    sec: Section = next(x for x in report.sections if x.kind == "area" and x.area_code == code)
    return [p.sentences for p in sec.paragraphs]


def _said(report: ReportModel, code: str) -> list[Sentence]:
    return [s for p in _paras(report, code) for s in p]


def test_the_main_shortfall_leads_its_paragraph_with_its_cause(
    drafts: tuple[ReportModel, ReportModel],
) -> None:
    """Delay, the weakness the rationale explains, opens the paragraph of weaknesses,
    and the sentence after it says what lay behind it, with its count, traced to the six
    notes that name agency staff; the comment gives the lead's rationale."""
    for report in drafts:
        weak = next(p for p in _paras(report, "62") if any(s.direction == "against" for s in p))
        claims = [s for s in weak if s.role == "claim"]
        assert claims[0].criteria == ["QP1"], [s.text for s in claims]
        cause = claims[1]
        assert "agency staff" in cause.text and "six" in cause.text, cause.text
        assert len(cause.case_refs) == 6 and len(cause.evidence_ids) == 6
        assert "rationale" in cause.basis and "agency staff kept" in cause.basis


def test_what_managers_failed_to_do_is_said_not_a_bare_weakness(
    drafts: tuple[ReportModel, ReportModel],
) -> None:
    """The managers' two notes say they knew and nothing changed: the section says so,
    after the cause, and no sentence says only "weaknesses in the oversight of practice"
    of them, nor a marker that their points were not drafted."""
    for report in drafts:
        said = _said(report, "62")
        texts = [s.text for s in said]
        managers = [s for s in said if s.text.startswith("Managers in Area 62 knew")]
        assert managers, texts
        assert "agency staff" in managers[0].text and "not acted" in managers[0].text
        k = said.index(managers[0])
        assert "agency staff" in said[k - 1].text  # straight after the cause
        assert not [t for t in texts if "weaknesses in the oversight" in t], texts
        assert not [t for t in texts if t.startswith("[Not drafted here") and "managers" in t]


def test_no_cause_without_the_leads_reason(drafts: tuple[ReportModel, ReportModel]) -> None:
    """Kestrel's rationale gives no cause for its weak recording ("the files lag behind
    the visits"), and Heron's none at all: neither says what lay behind a shortfall."""
    report = drafts[0]
    for code in ("61", "63"):
        texts = [s.text for s in _said(report, code)]
        assert not [t for t in texts if "lay behind" in t or "point to problems" in t], texts
