"""A child's account of harm at home is never quoted as an example of good practice, and
words that came through an interpreter say so (issue 15, tester 34's A8: "Children are
listened to carefully in all four cases ..." followed by a child's account of a father
shouting every night, quoted as if in the child's own English though the note said an
interpreter was there).

On a small inspection written here: three areas of ten private law cases, each with one
child's words recorded in an interview on a strength note about wishes and feelings
(Fernley: an account of a drunk father; Gorsedale: through a Polish interpreter;
Hollinbrook: the mother had the interpreter, the girl spoke English), and notes of
listening well on the other cases."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import childlanguage, childsays, draft_report, load
from exporters.model import ReportModel
from tests.export.small import Small

AREAS = [("7", "Fernley", True), ("8", "Gorsedale", True), ("9", "Hollinbrook", True)]
LISTENS = (
    "The guardian met the girl three times and her wishes are set out in the report in her "
    "own words.",
    "The adviser asked the boy what he wanted and the report explains how that was weighed.",
)
HARM = "I want to live with Nan. Dad hits the wall when he is drunk and I hide under my bed."
THROUGH = "My guardian listens to me and writes it all down properly."
OWN = "She asked me what I wanted and she wrote it down properly."
SPECIAL = {
    "7": ("Seen alone at school; she talked freely once the FCA explained what court is for.",
          HARM),
    "8": ("Spoke to the boy through a Polish interpreter at the contact centre; FCA checked he "
          "understood.", THROUGH),
    "9": ("Mother seen with an Arabic interpreter; the girl spoke to the FCA in English on her "
          "own.", OWN),
}  # fmt: skip


@pytest.fixture(scope="module")
def quotes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    """Every sentence of the draft quoting a child."""
    s = Small(tmp_path_factory.mktemp("voice35") / "children.db", areas=AREAS)
    for k in range(30):
        area = AREAS[k % 3][0]
        case = s.case(area=area, law="PRIVATE", age="10-13")
        if k < 3:
            note, words = SPECIAL[area]
            s.ev(case, ["QP3"], "strength", note, source="INT_CHILD", child_words=words)
        else:
            s.ev(case, ["QP3"], "strength", LISTENS[k % 2])
        weak = k % 3 == 1
        s.ev(case, ["QP7"], "development" if weak else "strength",
             "The report retells the history but does not weigh the options." if weak
             else "The analysis weighs each option against the child's needs.")  # fmt: skip
    s.judge("J18-0", "good")
    for code, _name, _visited in AREAS:
        s.judge("J18-4A", "good", area=code)
    try:
        report: ReportModel = draft_report(load(s.store))
    finally:
        s.close()
    yield [x.text for p in report.paragraphs() for x in p.sentences if x.role == "quote"]


def test_an_account_of_harm_is_never_quoted_as_good_practice(quotes: list[str]) -> None:
    assert not [q for q in quotes if "drunk" in q or "hide under my bed" in q]


def test_words_through_an_interpreter_say_so(quotes: list[str]) -> None:
    through = [q for q in quotes if THROUGH.rstrip(".") in q]
    assert through and all(q.endswith("’ (through an interpreter).") for q in through)


def test_an_adults_interpreter_is_not_the_childs(quotes: list[str]) -> None:
    own = [q for q in quotes if OWN.rstrip(".") in q]
    assert own and not [q for q in own if "interpreter" in q or "translated" in q]


@pytest.mark.parametrize(
    ("note", "through"),
    [
        ("Interview held with a BSL signer; the girl chose the room.", True),
        ("The FCA used a Farsi translator for both visits to the twins.", True),
        ("Interpreter for mum at the office; the boy was seen at school.", False),
        ("Nobody arranged an interpreter, so her older brother helped.", False),
        ("Seen twice without an interpreter although one was requested.", False),
        ("Her son interpreted for her at the first appointment.", False),
    ],
)
def test_an_interpreter_in_other_words(note: str, through: bool) -> None:
    assert childlanguage.through_interpreter(note) is through


@pytest.mark.parametrize(
    ("said", "harm"),
    [
        ("My stepdad threw a plate at Mum and the police came.", True),
        ("When they argue Mum gets slapped and I go in my room.", True),
        ("I like going to Dad's because we play football.", False),
        ("I was scared of court but she explained it all.", False),
    ],
)
def test_harm_in_other_words(said: str, harm: bool) -> None:
    assert childsays.tells_of_harm(said) is harm
