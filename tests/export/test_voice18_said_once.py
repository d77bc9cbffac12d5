"""A finding about the service said once (issue 15: "the draft should not say one thing
twice"; tester 16's Area 3 said "Audit findings show that leaders use audits and reviews
well" on the one record that the section on local services counts, with others, for
"Audit findings suggest that leaders use audits and reviews well").

A claim on records about the service (no case's, not a share of cases) said word for word
or nearly by another section's claim that counts all its records, the same way and on the
same criteria, is left to that one (`repeats.said_once`), with the examples that lean on
it, where its paragraph keeps a sentence of its own.  An area's finding in words of its
own stays: it says what the area's records show.  Tested on reports built here, in
words of their own, and on the hand-written `tests/export/voice18_inspection` (two areas'
own audits, each in its own words, and the section on local services that counts both).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import DraftData, draft_report, load
from exporters.draft.repeats import said_once
from exporters.model import Paragraph, ReportModel, Section, Sentence
from store.store import Store
from tests.fixtures.handwritten import build

FIXTURE = Path(__file__).parent / "voice18_inspection"


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DraftData, ReportModel]]:
    path = tmp_path_factory.mktemp("voice18once") / "voice18.db"
    build(path, FIXTURE)
    with Store.open(path) as store:
        data = load(store)
        yield data, draft_report(data)


def _claims(sec: Section, criterion: str) -> list[Sentence]:
    return [s for p in (*sec.intro, *sec.paragraphs) for s in p.sentences
            if s.role == "claim" and criterion in s.criteria]  # fmt: skip


def test_an_areas_audit_in_its_own_words_stays_beside_the_national_finding(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """The section on local services counts both areas' audits for one finding; each area
    still says what its own audit showed, in words of its own (not the same sentence)."""
    data, report = drafted
    audit_ids = {data.ids[i] for i in range(len(data.ids))
                 if data.source[i] == "QA_AUDIT" and "LG7" in data.crits[i]}  # fmt: skip
    assert len(audit_ids) == 2  # the two areas' own audits
    national = next(sec for sec in report.sections if sec.heading.startswith(
        "The leadership and management of local services is"))  # fmt: skip
    (counted,) = _claims(national, "LG7")
    assert audit_ids <= set(counted.evidence_ids)
    for code in ("41", "42"):
        area = next(sec for sec in report.sections if f"(Area {code})" in sec.heading)
        (own,) = _claims(area, "LG7")
        assert own.text != counted.text


def test_an_areas_own_finding_stays(drafted: tuple[DraftData, ReportModel]) -> None:
    """Weirbrook's poor staff survey is its own (the other areas' go the other way):
    still said in its section."""
    _data, report = drafted
    area = next(sec for sec in report.sections if "Area 44" in sec.heading)
    assert _claims(area, "LG5")


def _s(text: str, ids: list[str], role: str = "claim", direction: str = "for") -> Sentence:
    return Sentence(text=text, evidence_ids=ids, criteria=["LG7"] if role == "claim" else [],
                    role=role, direction=direction)  # type: ignore[arg-type]  # fmt: skip


NATIONAL = "Audit findings suggest that the service learns well from its audits."


def _national() -> Section:
    return Section(kind="judgement", heading="Local services", paragraphs=[
        Paragraph(sentences=[_s(NATIONAL, ["a", "b"])])])  # fmt: skip


def test_the_same_finding_in_the_same_words_goes_with_what_leans_on_it() -> None:
    area = Section(kind="area", heading="Findings in Area 1", paragraphs=[
        Paragraph(sentences=[
            _s("Children in Area 1 receive a good service.", [], role="headline"),
            _s("Audit findings show that the service learns well from its audits.", ["a"]),
            _s("For example, the re-audit closed every gap.", ["a"], role="example"),
            _s("Case planning is strong.", ["c"]),
        ])])  # fmt: skip
    national = _national()
    report = ReportModel(title="t", sections=[national, area])
    assert said_once(report) == ["Findings in Area 1"]
    assert [s.text for s in area.paragraphs[0].sentences] == [
        "Children in Area 1 receive a good service.", "Case planning is strong."]  # fmt: skip
    assert [s.text for s in national.paragraphs[0].sentences] == [NATIONAL]


def test_own_words_the_other_way_and_a_whole_paragraph_are_kept() -> None:
    def area(code: str, *sentences: Sentence) -> Section:
        return Section(kind="area", heading=f"Findings in Area {code}",
                       paragraphs=[Paragraph(sentences=list(sentences))])  # fmt: skip

    headline = _s("Children here are well served.", [], role="headline")
    own_words = area("1", headline, _s("The spring re-audit shows every gap closed.", ["a"]))
    other_way = area("2", headline, _s("Audit findings show that the service does not learn "
                                       "well from its audits.", ["b"], direction="against"))  # fmt: skip
    alone = area(
        "3", _s("Audit findings show that the service learns well from its audits.", ["b"])
    )
    report = ReportModel(title="t", sections=[_national(), own_words, other_way, alone])
    assert said_once(report) == []
    assert [len(sec.paragraphs[0].sentences) for sec in report.sections[1:]] == [2, 2, 1]
