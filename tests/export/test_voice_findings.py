"""Issue 15, independent readers' findings on the draft's voice, each on an inspection
written by hand (`tests/export/voice_small.py`, and small ones built in the tests):

- the judgement of local services says only what the inspection holds: the sample of
  cases from across the country only where cases of it were read, and "one service
  area" for one;
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export import voice_small
from tests.export.small import Small


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    path = voice_small.build(tmp_path_factory.mktemp("voice_small") / "v.db")
    from store.store import Store

    with Store.open(path) as store:
        return draft_report(load(store))


def _sentences(report: ReportModel, kind: str = "", jid: str = "") -> list[Sentence]:
    return [s for sec in report.sections
            if (not kind or sec.kind == kind) and (not jid or sec.judgement_id == jid)
            for p in (*sec.intro, *sec.paragraphs) for s in p.sentences]  # fmt: skip


def _local(report: ReportModel) -> str:
    return " ".join(s.text for s in _sentences(report, "judgement", "J18-4"))


# What the judgement of local services draws on ------------------------------------------


def test_no_national_sample_is_claimed_where_none_was_read(report: ReportModel) -> None:
    """Only the two visited areas' own cases were read: the sentence names the visits
    alone."""
    local = _local(report)
    assert "This judgement draws on visits to two service areas." in local, local
    assert "across the country" not in local


def _one_area(tmp_path: Path, national_case: bool) -> str:
    s = Small(tmp_path / "one.db", areas=[("4", "Northfield", True), ("9", "Westbay", False)])
    s.cases_noted("4", 3, weak=set())
    if national_case:
        from store.models import CaseFile

        cid = s.case("9")
        stored = s.store.case(cid)
        fields = {k: getattr(stored, k) for k in CaseFile.model_fields}
        s.store.put_case(CaseFile(**{**fields, "sample": "national"}), case_id=cid)
        s.ev(cid, ["QP3"], "strength", voice_small.PLAIN)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    s.judge("J18-4A", "good", area="4")
    report = draft_report(load(s.store))
    s.close()
    return _local(report)


def test_one_area_visited_is_said_in_the_singular(tmp_path: Path) -> None:
    local = _one_area(tmp_path, national_case=False)
    assert "This judgement draws on visits to one service area." in local, local


def test_the_national_sample_is_named_where_its_cases_were_read(tmp_path: Path) -> None:
    local = _one_area(tmp_path, national_case=True)
    assert ("This judgement draws on the sample of cases from across the country and on "
            "visits to one service area.") in local, local  # fmt: skip
