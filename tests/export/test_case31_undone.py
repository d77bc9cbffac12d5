"""case31's tests on "there is no record of direct work with the child" (tester 30's
A9): Area 10's "(in five of them, there is no record of direct work with the child)"
counted a case whose note said "Direct work not planned; one session in mums
presence".  A wording saying there is no record of a thing is said of a case only where
none of its notes records some of it done (`undone.done_anyway`).  Notes written here."""

from __future__ import annotations

import re

import pytest

from exporters.draft import draft_report, load
from exporters.draft.undone import done_anyway
from exporters.model import ReportModel
from tests.export.small import Small

NO_RECORD = "there is no record of direct work with the child"
# Notes recording no direct work at all.
NONE_DONE = [
    "No direct work with the child is recorded before the report was written.",
    "There is no direct work on file; the report rests on the parents' accounts.",
    "No direct work was done with the boy before the hearing.",
    "The child was offered a drawing session but it did not happen.",
    "Direct work was never started before the report was filed.",
]
# Notes recording some direct work, however little or poorly planned.
SOME_DONE = [
    "Direct work not planned; one session in the mother's presence.",
    "Direct work was not planned, but one drawing session took place at school.",
    "Only one short session with the girl, at the end of a home visit.",
    "A three houses exercise was done in a rush, with no follow-up.",
]


@pytest.mark.parametrize("text", SOME_DONE)
def test_a_note_recording_some_work_is_not_no_record(text: str) -> None:
    assert done_anyway(NO_RECORD, [text]), text


@pytest.mark.parametrize("text", NONE_DONE)
def test_a_note_recording_none_is_no_record(text: str) -> None:
    assert not done_anyway(NO_RECORD, [text]), text


def test_other_wordings_are_not_read_this_way() -> None:
    assert not done_anyway("little direct work is done with the child", SOME_DONE)


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[ReportModel, set[str]]:
    """Area 6: three cases with no direct work, two with a session only, one good."""
    s = Small(tmp_path_factory.mktemp("case31") / "undone.db")
    some = []
    for text in NONE_DONE[:3]:
        s.ev(s.case(), ["QP5"], "development", text)
    for text in SOME_DONE[:2]:
        some.append(c := s.case())
        s.ev(c, ["QP5"], "development", text)
    s.ev(s.case(), ["QP5"], "strength", "Two play sessions helped the girl talk about home.")
    for k in range(4):
        s.ev(s.case(), ["QP7"], "strength", f"The analysis weighs each option (case {k + 1}).")
    s.judge("J18-4A", "requires-improvement", area="6")
    store = s.store
    try:
        refs = {store.case(c).ref for c in some}
        return draft_report(load(store)), refs
    finally:
        s.close()


def test_no_record_is_never_said_of_a_case_with_a_session(
    drafted: tuple[ReportModel, set[str]],
) -> None:
    """Three of the five cases against record no direct work and two a session: "there
    is no record of direct work" is said of three of them at most, never of all five."""
    report, some = drafted
    claims = [x for p in report.paragraphs() for x in p.sentences if x.role == "claim"]
    assert any("direct work" in x.text for x in claims), [x.text for x in claims]
    for x in claims:
        if NO_RECORD not in x.text:
            continue
        counted = re.search(r"in (\w+) of them, " + NO_RECORD, x.text)
        if counted:
            assert counted.group(1) in ("two", "three"), x.text
        else:
            assert not some & set(x.case_refs), (x.text, x.case_refs)
