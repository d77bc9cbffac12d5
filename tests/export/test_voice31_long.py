"""No drafted sentence of the stakeholders' views runs longer than a reader takes in at
one go, and a claim is said in a shape within that length where one is (issue 15; tester
30: the stakeholders' sentence ran to over 400 characters, a clause a group joined by
semicolons).  The notes are written here, for this test; no name is a real person's.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.readable import SENTENCE_WORDS, within
from exporters.draft.splitting import at_semicolons
from exporters.model import ReportModel
from tests.export.small import Small

J, LA, P = "INT_JUDICIARY", "INT_LA", "INT_PARTNER"
# Three groups, each praising one thing and criticising another, so that each clause
# of the views sentence is long.
NOTES = [
    (J, "strength", "Judges said the reports are thorough and the analysis in them is sound."),
    (J, "strength", "A district judge said the analysis in section 7 reports is careful."),
    (J, "development", "Judges said reports on care cases are often filed late."),
    (LA, "strength", "Local authority managers said guardians challenge care plans well."),
    (LA, "development", "Social workers said guardians are slow to return calls."),
    (LA, "strength", "The head of service said guardians challenge drift in care plans."),
    (P, "strength", "The police said guardians respond quickly to risks to children."),
    (P, "development", "A health visitor said the service does not share information."),
    (P, "development", "The school said nobody told them about the outcome of the case."),
]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = Small(tmp_path_factory.mktemp("voice31long") / "s.db")
    s.cases_noted("6", 12, set())
    for source, polarity, text in NOTES:
        s.national(["LGN4"], polarity, text, source)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?’])\s+(?=[A-Z‘\[])", text)


def test_the_views_of_three_groups_are_said_in_sentences_a_reader_can_hold(
    report: ReportModel,
) -> None:
    views = [x.text for p in report.paragraphs() for x in p.sentences if x.role == "views"]
    assert views, [x.text for p in report.paragraphs() for x in p.sentences]
    for v in views:
        for s in _sentences(v):
            assert len(s.split()) <= SENTENCE_WORDS, v
    # Every group is still said, each clause whole.
    whole = " ".join(views).lower()
    assert "judges" in whole and "local authority" in whole, views


def test_a_long_sentence_is_split_between_its_clauses() -> None:
    first = "Among stakeholders, judges praised " + "the careful analysis " * 6 + "in reports"
    second = "local authority staff raised concerns about " + "slow replies " * 6
    third = "partner agencies were positive about the response to risks to children."
    text = f"{first}; {second.strip()}; {third}"
    said = at_semicolons(text, SENTENCE_WORDS)
    assert said == f"{first}; {second.strip()}. Partner agencies were positive about the " \
        "response to risks to children.", said  # fmt: skip
    assert within(said)
    # Within the length, or with no clause to split at: as it is.
    assert at_semicolons("Judges praised reports; partners did not.", SENTENCE_WORDS) == (
        "Judges praised reports; partners did not.")  # fmt: skip
    long_one = "Judges praised " + "the reports " * 30 + "."
    assert at_semicolons(long_one, SENTENCE_WORDS) == long_one


def test_a_claim_is_said_within_the_length_where_a_shape_is(tmp_path: Path) -> None:
    """A balanced claim on a criterion with a long name, whose weakness is one fault
    most of its cases share (said in a bracket): of the shapes that word both sides,
    one within the length is chosen."""
    s = Small(tmp_path / "c.db")
    strong = "The guardian saw the boy alone at school and at home, as his needs required"
    weak = "The child was not seen alone, although she asked to be"
    for k in range(7):
        case = s.case()
        s.ev(case, ["QP8"], "strength", f"{strong} (visit {k + 1}).")
    for k in range(5):
        case = s.case()
        s.ev(case, ["QP8"], "development", f"{weak} (visit {k + 1}).")
    s.judge("J18-1", "good")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    claims = [x.text for p in report.paragraphs() for x in p.sentences
              if x.role == "claim" and "QP8" in x.criteria and x.direction == "balanced"]  # fmt: skip
    assert claims, [x.text for p in report.paragraphs() for x in p.sentences]
    for c in claims:
        assert within(c), c


def test_how_inspectors_gathered_evidence_is_said_in_sentences_a_reader_can_hold(
    tmp_path: Path,
) -> None:
    """Every kind of source recorded: what inspectors read, then what they observed and
    whom they spoke to, never one sentence of 50 words."""
    from exporters.draft.front import methods_sentence

    s = Small(tmp_path / "m.db")
    s.cases_noted("6", 2, set())
    for source in ("BOARD_PAPERS", "PERF_DATA", "QA_AUDIT", "PLR", "COMPLAINTS", "SURVEY_USER",
                   "SURVEY_STAFF", "OBS_PRACTICE", "OBS_COURT", "OBS_SUPERVISION",
                   "OBS_TEAM_MTG", "INT_CHILD", "INT_PARENT_CARER", "INT_PRACTITIONER",
                   "INT_MANAGER", "INT_JUDICIARY", "INT_LA", "INT_PARTNER"):  # fmt: skip
        s.national(["LG5"], "strength", f"The {source.lower()} record shows steady work.", source)
    try:
        said = methods_sentence(load(s.store))
    finally:
        s.close()
    assert within(said), said
    for what in ("read case files", "board papers", "observed practice", "spoke to children",
                 "partner agencies"):  # fmt: skip
        assert what in said, said
