"""Children's own words on differently tagged notes (issue 15, tester 14: 46 children's
words recorded, none quoted).  The rule (`exporters/draft/childsays.py`): words on a
note tagged with one criterion of the child's voice (wishes and feelings, being seen
alone, being heard, the relationship with the practitioner) may follow a claim on any
of them, where they say that claim's point as children say it, their own side is the
claim's, and the case is counted that way on the claim's criterion; on the claim's own
criterion the note's side must agree too.  Never from a child too young, never
identifying, never twice, never against the claim, never with a safeguarding concern.

Tested on a 2021-framework inspection written by hand for this
(`tests/export/childvoice_inspection`, what each child's words are there to test is
in its inspection.toml), and the general properties on the other hand-written
inspections too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import DraftData, draft_report, load
from exporters.draft.childsays import fault, side, speaks_to, stands_for
from exporters.draft.childtold import ALONE
from exporters.model import ReportModel, Sentence
from store.store import Store
from tests.export.conftest import inspection_copy
from tests.fixtures.handwritten import build

HERE = Path(__file__).parent
FIXTURE = HERE / "childvoice_inspection"
VOICE = {"QP3", "QP8", "QP9", "QPN1"}


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DraftData, ReportModel]]:
    """The hand-written inspection's data and whole draft (the store kept open so that
    the data can read the records' words)."""
    path = tmp_path_factory.mktemp("childvoice") / "childvoice.db"
    build(path, FIXTURE)
    with Store.open(path) as store:
        data = load(store)
        report = draft_report(data)
        data.texts(data.child_words)  # read while the store is open
        yield data, report


def _quotes(data: DraftData, report: ReportModel) -> list[tuple[str, int, Sentence, Sentence]]:
    """Each quotation of a child's recorded words: (the section's heading, the record,
    the claim it follows, the quotation)."""
    index = {data.ids[i]: i for i in data.child_words}
    out = []
    for sec in report.sections:
        for p in sec.paragraphs:
            for k, s in enumerate(p.sentences):
                records = [index[e] for e in s.evidence_ids if e in index]
                if s.role != "quote" or not records or s.basis == ALONE:
                    continue  # (words said on their own follow no claim: voice19's tests)
                claim = next(x for x in reversed(p.sentences[:k]) if x.role == "claim")
                out.append((sec.heading, records[0], claim, s))
    return out


def _said(data: DraftData, i: int) -> str:
    return data.texts((i,))[i].child_words


def _quoted(data: DraftData, report: ReportModel, words: str) -> list[tuple[str, Sentence]]:
    """Where the child's words `words` are quoted: (section heading, the claim before)."""
    return [(h, claim) for h, i, claim, _ in _quotes(data, report) if _said(data, i) == words]


def _anywhere(report: ReportModel, words: str) -> int:
    """How many sentences of the whole draft hold `words`."""
    return sum(words in s.text for p in report.paragraphs() for s in p.sentences)


def test_a_complaint_on_a_note_praising_how_the_child_was_seen_follows_a_weakness(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """NM-01: "Nobody asked me what I wanted." typed on a note praising how the girl was
    seen alone.  Her case is weak on listening and on her wishes: the words follow the
    area's weakness on one of those, never a sentence on seeing children."""
    data, report = drafted
    where = _quoted(data, report, "Nobody asked me what I wanted.")
    assert len(where) == 1, where
    heading, claim = where[0]
    assert "Northmoor" in heading, heading
    assert claim.criteria[0] in {"QP3", "QP9"}, claim.text
    assert claim.direction in {"against", "balanced"}, claim.text
    assert re.search(r"\bnot\b|\bfalls? short\b|\bweak", claim.text), claim.text


def test_the_margin_says_where_words_from_another_point_were_recorded(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """A QA reader checking "Nobody asked me what I wanted." after a sentence on
    listening is told the words were recorded on a note about seeing the child, and the
    sentence is flagged; words quoted after their own note's criterion are not."""
    data, report = drafted
    flagged = 0
    for _, i, claim, quote in _quotes(data, report):
        moved = claim.criteria[0] not in data.crits[i]
        assert ("example from another criterion" in quote.flags) == moved, quote.text
        if _said(data, i) == "Nobody asked me what I wanted.":
            assert "recorded on a note about seeing children" in quote.basis, quote.basis
            assert "NM-01" in quote.basis, quote.basis
            flagged += 1
    assert flagged == 1


def test_a_wish_on_a_note_about_seeing_the_child_follows_the_strength_on_wishes(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """RS-01: a girl's wish typed on a note about seeing her alone; her case is strong on
    her wishes and feelings.  The words follow the strength on wishes and feelings,
    not the sentence on seeing children (they say nothing about being seen)."""
    data, report = drafted
    words = "I want to stay with my foster carers and see my brother every week."
    where = _quoted(data, report, words)
    assert len(where) == 1, where
    _, claim = where[0]
    assert claim.criteria == ["QP3"] and claim.direction in {"for", "balanced"}, claim.text


def test_the_law_type_section_quotes_words_only_it_counts(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """NH-01, a case of the national sample in an area not visited: only the private law
    section counts it.  Its words, a complaint, follow that section's weakness on the
    child's voice (before, only area sections quoted words after a weakness)."""
    data, report = drafted
    where = _quoted(data, report, "Nobody asked me where I wanted to live.")
    assert len(where) == 1, where
    heading, claim = where[0]
    assert "private law" in heading, heading
    assert claim.criteria[0] in {"QP3", "QP9"} and claim.direction != "for", claim.text


@pytest.mark.parametrize(
    ("words", "why"),
    [
        ("Nobody listened to me, she just talked to my mum the whole time.",
         "NM-02: against its own note's verdict on listening (graded good)"),
        ("I wish someone told me what was going on.",
         "NM-03: a complaint on a note praising how she was seen; names no voice point"),
        ("I get scared when he comes back from the pub and nobody did anything.",
         "NM-04: recorded with an escalated safeguarding concern"),
        ("Nobody asked me, they just decided.",
         "NM-05: recorded in a discussion with the practitioner, not the child's own"),
        ("Want mummy now.", "RS-03: a child aged two to four"),
    ],
)  # fmt: skip
def test_words_that_must_never_be_quoted(
    drafted: tuple[DraftData, ReportModel], words: str, why: str
) -> None:
    _, report = drafted
    assert _anywhere(report, words) == 0, why


def test_a_wish_on_a_note_about_analysis_never_follows_the_sentence_on_wishes(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """RS-02: a wish typed on a note about analysis in reports, which is not the child's
    voice: the words may follow only a claim on analysis, never one on wishes."""
    data, report = drafted
    for _, claim in _quoted(data, report, "I want to go back to my old school."):
        assert claim.criteria == ["QP7"], claim.text


def test_the_same_words_from_two_children_are_quoted_once_at_most(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """RS-04 and RS-05 recorded the same words."""
    _, report = drafted
    assert _anywhere(report, "I like my guardian, she listens to me.") <= 1


def test_a_wished_complaint_is_a_fault_and_no_wish() -> None:
    """ "I wish someone told me ..." complains of the work; "I wish I could ..." is a wish."""
    assert fault("I wish someone told me what was going on.")
    assert fault("I wish they'd listened to me.")
    assert not fault("I wish I could live with my dad.")
    assert side("I wish I could see my nan more.") == "strength"


def test_a_wished_complaint_does_not_speak_of_wishes(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """The word "wish" in a complaint about the work is no cue for what children wish."""
    data, _ = drafted
    assert not speaks_to(data, "QP3", "I wish someone told me what was going on.")
    assert speaks_to(data, "QP3", "I wish I could live with my dad.")


def _check_every_quote(data: DraftData, report: ReportModel) -> int:
    """Every quotation of a child's words in `report` keeps the rule; how many there
    are.  The claim before it is on the note's own criterion or, for a note on the
    child's voice, on another voice criterion; the words' side is the claim's and the
    case is counted that way on the claim's criterion; on the note's own criterion the
    note's side agrees; the child is old enough, the source is the child's own record,
    no safeguarding concern is on it, and no words are quoted twice."""
    w = data.words
    seen: set[str] = set()
    quotes = _quotes(data, report)
    for _, i, claim, quote in quotes:
        said = " ".join(_said(data, i).split())
        [crit] = claim.criteria
        assert stands_for(data, i, crit), (quote.text, claim.text)
        if crit not in data.crits[i]:
            assert crit in VOICE and VOICE & set(data.crits[i]), (quote.text, claim.text)
        own = side(said)
        counted = data.cases_for if own == "strength" else data.cases_against
        assert data.case[i] in counted.get(crit, set()), (quote.text, claim.text)
        assert claim.direction in {"balanced", "for" if own == "strength" else "against"}
        if crit in data.crits[i]:
            assert data.polarity[i] == own, (quote.text, data.polarity[i])
        k = data.case[i]
        assert k is not None and data.case_age[k] in w.quote_age_bands, quote.text
        assert data.source[i] in w.support.child_word_sources, quote.text
        assert i not in data.escalations, quote.text
        assert said not in seen, f"quoted twice: {said}"
        seen.add(said)
    return len(quotes)


def test_every_quote_keeps_the_rule_here(drafted: tuple[DraftData, ReportModel]) -> None:
    data, report = drafted
    assert _check_every_quote(data, report) >= 3


@pytest.mark.parametrize("name", ["voice", "handwritten", "claims"])
def test_every_quote_keeps_the_rule_on_other_hand_written_inspections(
    tmp_path_factory: pytest.TempPathFactory, handwritten_reports: dict[str, ReportModel], name: str
) -> None:
    """The inspections written by hand in earlier sessions, each with children's words
    quoted (two or more each): the run's one draft of each, read against a copy of the
    file it was drafted from (the same ids)."""
    with Store.open(inspection_copy(tmp_path_factory, name)) as store:
        data = load(store)
        assert _check_every_quote(data, handwritten_reports[name]) >= 2
