"""Issue 15, case16 (tester 15's jigsaw risk): Area 3 said "File evidence points to
shortfalls in the work on secure accommodation applications. [One case only]" and its
margin quoted that case's note about the young person's self-harm.  The area's sample
held one secure accommodation case: area, kind of application and a detail of a child's
life point to one child.  An area's only case of a rarer kind is now never named in its
section, body or margin; a marker says a finding was left out, without naming the kind
(`exporters.draft.rarealone`, `drafting.toml` [rare_alone]).

On the hand-written inspection `case16_inspection.rare_alone`: Fells (Area 1) samples
one secure accommodation case, with a note about self-harm; Moors (Area 6) two.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import draft_area, draft_report, load
from exporters.draft.data import DraftData
from exporters.draft.rarealone import lone_kinds, withhold
from exporters.model import ReportModel, Section, Sentence
from tests.export.case16_inspection import rare_alone, rare_named


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DraftData, ReportModel]]:
    s, _ids = rare_alone(tmp_path_factory.mktemp("rare") / "r.db")
    try:
        data = load(s.store)
        yield data, draft_report(data)
    finally:
        s.close()


def _area(report: ReportModel, code: str) -> Section:
    return next(s for s in report.sections if s.kind == "area" and s.area_code == code)


def _text_and_margin(sec: Section) -> tuple[str, str]:
    said = [x for p in [*sec.intro, *sec.paragraphs] for x in p.sentences]
    return " ".join(x.text for x in said), " ".join(e for x in said for e in x.excerpts)


def test_the_areas_only_secure_accommodation_case_is_not_named_in_its_section(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    data, report = drafted
    assert [k.one for k in lone_kinds(data, ["1"])] == ["secure accommodation application"]
    for sec in (_area(report, "1"), _area(draft_area(data, "1"), "1")):
        text, margin = _text_and_margin(sec)
        assert "secure" not in text.lower() and "secure" not in margin.lower()
        assert "cut herself" not in margin and "cut herself" not in text
        said = [x for p in sec.paragraphs for x in p.sentences]
        markers = [x for x in said if x.role == "marker" and x.text.startswith("[Left out here")]
        assert len(markers) == 1 and markers[0].criteria == ["LGS3"], [x.text for x in said]
        assert "LGS3" in markers[0].basis  # its tally for the lead, no excerpt
        assert not markers[0].excerpts
        # The rest of the section stands: its safeguarding claim counts the case.
        safeguarding = next(x for x in said if x.role == "claim" and x.criteria == ["SW1"])
        assert "against in 1" in safeguarding.basis


def test_two_cases_of_a_kind_are_not_one_child(drafted: tuple[DraftData, ReportModel]) -> None:
    data, report = drafted
    assert lone_kinds(data, ["6"]) == []
    text, margin = _text_and_margin(_area(report, "6"))
    assert "secure accommodation" in (text + margin).lower()
    assert "[Left out here" not in text


def test_the_sample_still_lists_the_rarer_work_where_no_area_is_named(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    _data, report = drafted
    about = next(s for s in report.sections if "Information about this inspection" in s.heading)
    text = " ".join(x.text for p in [*about.intro, *about.paragraphs] for x in p.sentences)
    assert "three secure accommodation applications" in text, text


def test_a_national_example_naming_the_area_and_its_lone_kind_is_left_out(
    tmp_path: Path,
) -> None:
    """The rule on the drafted report: an example in the public law section naming Area 1
    and its one secure accommodation case is left out; the same words naming Area 6,
    which sampled none, stay (`rarealone.withhold` runs on a report as drafted)."""
    s, ids = rare_named(tmp_path / "n.db")
    try:
        data = load(s.store)
        report = draft_report(data)
    finally:
        s.close()
    sec = next(x for x in report.sections if x.kind == "judgement" and any(
        y.criteria == ["SW1"] for p in x.paragraphs for y in p.sentences))  # fmt: skip
    k = next(i for i, p in enumerate(sec.paragraphs) if any(
        y.criteria == ["SW1"] and y.role == "claim" for y in p.sentences))  # fmt: skip
    said = "the guardian did not tell the court that the girl had harmed herself in secure accommodation."
    added = [
        Sentence(text=f"For example, in Area {a}, {said}", role="example", evidence_ids=[ids["secure"]])
        for a in ("1", "6")
    ]  # fmt: skip
    para = sec.paragraphs[k]
    sec.paragraphs[k] = para.model_copy(update={"sentences": [*para.sentences, *added]})
    withhold(report, data)
    left = [y.text for y in sec.paragraphs[k].sentences]
    assert not any("Area 1" in t and "secure" in t for t in left), left
    assert any("Area 6" in t and "secure" in t for t in left), left
    assert any(y.role == "claim" and y.criteria == ["SW1"] for y in sec.paragraphs[k].sentences)
