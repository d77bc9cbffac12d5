"""Examples that add to their claim, children quoted only in their own words, and a
national section's example saying which area it is from (issue 15, readers'
inspections): on hand-written inspections (`tests/export/spec_inspection.py`) and the
hand-written inspections of `tests/export/conftest.py`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_area, draft_report, load
from exporters.draft.fitting import ADDS, Target, added_words
from exporters.draft.relevance import stems
from exporters.model import ReportModel, Sentence
from store.store import Store
from tests.export import spec_inspection as spec
from tests.export.conftest import inspection_copy
from tests.export.small import Small


def _sentences(report: ReportModel) -> list[Sentence]:
    return [s for sec in report.sections for p in sec.paragraphs for s in p.sentences]


def _examples(report: ReportModel, criterion: str) -> list[Sentence]:
    return [s for s in _sentences(report) if s.role == "example" and criterion in s.criteria]


def test_an_example_that_only_restates_its_claim_is_not_used(tmp_path: Path) -> None:
    """Three notes only say the direct work was good (the first cases by reference), three
    say what was done: the example is one of those, never "direct work with the child was
    purposeful" after a claim that direct work is good."""
    s = spec.restating_examples(tmp_path / "t.db")
    report = draft_area(load(s.store), "6")
    s.close()
    (example,) = _examples(report, "QP5")
    low = example.text.lower()
    assert not any(r.lower().rstrip(".") in low for r in spec.RESTATING), example.text
    assert re.search(r"three houses|feelings chart|drawings", low), example.text


def test_what_an_example_adds_is_measured_against_its_claim_and_criterion(
    tmp_path: Path,
) -> None:
    """`added_words`: a restating note adds fewer than `ADDS` content words to the claim
    and its criterion's wordings, and so does a vague one; a note saying what was done
    and what it showed adds more."""
    s = spec.restating_examples(tmp_path / "t.db")
    data = load(s.store)
    s.close()
    claim = "In all cases, direct work with each child is of a good standard."
    target = Target("QP5", "strength", "", claim)
    for note in spec.RESTATING:
        assert len(added_words(data, target, note)) < ADDS, note
    for note in spec.DIRECT_WORK:
        assert len(added_words(data, target, note)) >= ADDS, note
    # Words in most criteria's ("work", "children") add nothing in particular.
    vague = "The child's experience is at the centre of the work."
    same = Target("LGN2", "strength", "", "Children keep the same practitioner.")
    assert len(added_words(data, same, vague)) < ADDS


def test_every_example_in_the_hand_written_drafts_adds_to_its_claim(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    """In each hand-written inspection's draft, every example after a claim has content
    words the claim does not: at least `ADDS`, and under two thirds of its words the
    claim's."""
    for name, report in handwritten_reports.items():
        before: Sentence | None = None
        for s in _sentences(report):
            if s.role == "example" and before is not None and before.role == "claim":
                mine, theirs = stems(s.text), stems(before.text)
                assert len(mine - theirs) >= ADDS, (name, before.text, s.text)
                assert 3 * len(mine & theirs) < 2 * len(mine), (name, before.text, s.text)
            before = s


def test_a_child_is_quoted_only_in_their_own_recorded_words(tmp_path: Path) -> None:
    """A child's words recorded on an observation, and on a practitioner's account, are
    never quoted; the child's own words from an interview with the child are."""
    s = spec.observed_child(tmp_path / "t.db")
    quotes = [q for q in _sentences(draft_area(load(s.store), "6")) if q.role == "quote"]
    s.close()
    said = " ".join(q.text for q in quotes)
    assert spec.OBSERVED_WORDS[2] not in said and spec.PRACTITIONER_WORDS[2] not in said, said
    assert spec.OWN_WORDS[2] in said, said


def test_no_child_is_quoted_from_an_observation_or_someone_s_account(tmp_path: Path) -> None:
    """With only an observation's and a practitioner's account of what children said,
    no child is quoted at all."""
    s = spec.observed_child(tmp_path / "t.db", with_own=False)
    quotes = [q for q in _sentences(draft_area(load(s.store), "6")) if q.role == "quote"]
    s.close()
    assert quotes == [], [q.text for q in quotes]


def test_every_child_quoted_in_the_hand_written_inspection_is_in_their_own_words(
    tmp_path_factory: pytest.TempPathFactory, handwritten_reports: dict[str, ReportModel]
) -> None:
    """In the hand-written inspection, every child's quotation rests on a record from an
    interview with the child, the case file or the survey of families."""
    report = handwritten_reports["handwritten"]  # the draft of the build copied here
    with Store.open(inspection_copy(tmp_path_factory, "handwritten")) as store:
        data = load(store)
    source = dict(zip(data.ids, data.source, strict=True))
    quoted = [s for s in _sentences(report) if s.role == "quote" and "child" in s.basis]
    assert quoted  # the inspection has children's words to quote
    for q in quoted:
        assert {source[e] for e in q.evidence_ids} <= {"INT_CHILD", "CASE_FILE", "SURVEY_USER"}


def test_a_national_example_from_one_area_names_it(tmp_path: Path) -> None:
    """A national section's example drawn from a case in Area 7 says "in Area 7"."""
    s = spec.national_from_one_area(tmp_path / "t.db")
    report = draft_report(load(s.store))
    s.close()
    found = _examples(report, "QP5")
    assert found, "the national practice section has an example of its direct work"
    for example in found:
        assert re.search(r"\bin Area 7\b", example.text), example.text


def test_what_the_inspector_did_is_never_said_as_a_finding(tmp_path: Path) -> None:
    """A leadership note that opens on what the inspector did ("Read ten performance and
    learning reviews ...") is not said as the finding of a national section."""
    s = Small(tmp_path / "t.db")
    s.national(["LG5"], "strength", "Read ten performance and learning reviews from four "
               "areas. Eight are specific about what the practitioner does well and must "
               "improve.", "PLR")  # fmt: skip
    s.cases_noted("6", 3, weak=set())
    text = " ".join(x.text for x in _sentences(draft_report(load(s.store))))
    s.close()
    assert "Read ten" not in text and "read ten" not in text, text


def test_a_note_opening_on_first_session_gets_its_article(tmp_path: Path) -> None:
    """A note opening "First session with ..." is said "the first session with ..."."""
    s = Small(tmp_path / "t.db")
    for interest in ("drawing", "football", "music", "dance", "reading"):
        s.ev(s.case(), ["QP5"], "strength",
             f"First session with the girl was planned around her {interest}, and she talked "
             "about both homes at length.")  # fmt: skip
    s.judge("J18-4A", "good", area="6")
    examples = _examples(draft_area(load(s.store), "6"), "QP5")
    s.close()
    assert examples, "the strength has an example"
    assert all(re.search(r", the first session\b", e.text) for e in examples), examples
