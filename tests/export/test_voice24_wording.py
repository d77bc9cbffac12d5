"""Examples and views in the draft (issue 15, voice24), on the hand-written
`tests/export/voice24_inspection`:

- a weakness's example says what happened to the child and what fell short, where the
  note says them in two sentences running: never the fault alone, opening on "one
  practice supervisor" with the child left out, nor the child's situation alone
  (tester 23's A4);
- a person of the case in the possessive is introduced as "a boy's grandmother" or
  after "In one case,", never "one boy's grandmother";
- a group's criticism is said of each of its notes' own subjects (up to two), never of
  the commonest alone: magistrates' "hit and miss, depending on who you get" is no
  criticism of the timeliness of reports (tester 23's A5); subjects opening alike are
  said once ("the service's part in the local board and the local arrangements");
- what a note says was not done keeps its phrasal verb's particle ("wishes had not been
  set out", never "set"), and a thing whose head is also a verb is that thing ("Visits
  in the diary were never written up" is of the visits, never "the diary had not been
  written"), on notes in `tests/export/voice24_notes.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.fitting import introduced
from exporters.draft.stakeholders import subjects_said
from exporters.draft.undone import said_undone
from exporters.draft.undone import wording as failures
from exporters.draft.words import words
from exporters.model import ReportModel
from tests.export import voice24_inspection as v24
from tests.export.voice24_notes import PHRASAL


def _examples(report: ReportModel) -> list[str]:
    return [x.text for p in report.paragraphs() for x in p.sentences if x.role == "example"]


def _tail(sentence: str) -> str:
    """A note's sentence's last five words, as an example says them (straight quotes)."""
    return " ".join(sentence.rstrip(".").split()[-5:])


def _plain(text: str) -> str:
    return text.replace("‘", "'").replace("’", "'")


@pytest.fixture(scope="module")
def child_first(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The examples of the report on Rushby's weak notes (`build_child_first`)."""
    s = v24.build_child_first(tmp_path_factory.mktemp("voice24") / "child.db")
    try:
        return _examples(draft_report(load(s.store)))
    finally:
        s.close()


def test_a_weakness_example_says_the_childs_situation_and_the_fault(
    child_first: list[str],
) -> None:
    """Rushby's weakness on wishes and feelings is illustrated by one of its notes, with
    the child's situation and what fell short; no example says a fault of these notes
    without the situation before it."""
    pairs = [(_tail(first), _tail(fault)) for first, fault in v24.CHILD_FIRST]
    said = [_plain(x) for x in child_first]
    assert any(f in x and t in x for x in said for f, t in pairs), child_first
    for x in said:
        for first, fault in pairs:
            if fault in x:
                assert first in x, x


def test_no_example_opens_on_one_person_of_a_case_in_the_possessive(
    child_first: list[str],
) -> None:
    for x in child_first:
        for who in ("one practice supervisor", "one team manager", "one boy's", "one girl's",
                    "one child's"):  # fmt: skip
            assert who not in x, x


@pytest.mark.parametrize(
    ("clause", "in_case", "said"),
    [
        ("the boy's grandmother noted that he cries.", False, "a boy's grandmother noted that he cries."),
        ("the infant's mother disclosed drinking.", False, "an infant's mother disclosed drinking."),
        ("the boy said he was not asked.", False, "one boy said he was not asked."),
        ("the boy's grandmother noted that he cries.", True, "the boy's grandmother noted that he cries."),
        ("the manager signed the letter.", True, "a manager signed the letter."),
        ("the manager signed the letter.", False, "one manager signed the letter."),
    ],
)  # fmt: skip
def test_a_person_of_the_case_in_the_possessive_is_introduced_with_a(
    clause: str, in_case: bool, said: str
) -> None:
    assert introduced(clause, in_case) == said


def test_each_criticism_is_said_of_its_own_subject(tmp_path: Path) -> None:
    """Rushby's judges: one on late reports, two magistrates on reports being hit and
    miss; the listing officer on late reports.  Every sentence saying the judges' view
    names the consistency of the work beside the timeliness of reports."""
    s = v24.build_hit_and_miss(tmp_path / "bench.db")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    views = [x.text for p in report.paragraphs() for x in p.sentences if x.role == "views"]
    said = [c for x in views for c in x.split(";") if "judges" in c and "timeliness" in c]
    assert said, views
    for clause in said:
        assert "consistency" in clause, clause


@pytest.mark.parametrize(
    ("subjects", "said"),
    [
        (["the service's part in the local safeguarding board",
          "the service's part in the local family justice board"],
         "the service's part in the local safeguarding board and the local family justice board"),
        (["attendance at meetings and reviews", "joint working with the service"],
         "attendance at meetings and reviews, and joint working with the service"),
        (["the timeliness of reports", "the consistency of practitioners' work"],
         "the timeliness of reports and the consistency of practitioners' work"),
        (["how quickly practitioners respond", "how quickly cases are allocated"],
         "how quickly practitioners respond and how quickly cases are allocated"),
    ],
)  # fmt: skip
def test_subjects_opening_alike_are_said_once(subjects: list[str], said: str) -> None:
    assert subjects_said(subjects) == said


@pytest.mark.parametrize(("note", "thing", "verb"), PHRASAL)
def test_a_phrasal_verb_keeps_its_particle(note: str, thing: str, verb: str) -> None:
    states = frozenset(str(x).lower() for x in failures()["states"])
    assert said_undone(note, words().standalone, {}, states) == [(thing, verb, "not")]


def test_the_main_failure_is_said_with_its_particle(tmp_path: Path) -> None:
    """Rushby's eight cases each say "His wishes are not set out ...": the area's main
    failure is that wishes had not been set out."""
    s = v24.build_phrasal(tmp_path / "phrasal.db")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    text = " ".join(x.text for p in report.paragraphs() for x in p.sentences)
    assert "wishes had not been set out" in text, text
    assert "had not been set," not in text and "had not been written," not in text
