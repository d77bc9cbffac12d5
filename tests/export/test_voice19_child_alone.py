"""What a child told inspectors, said in a sentence of its own (issue 15, tester 18's
F17: an outstanding area with five notes holding children's positive words quoted none,
and the whole draft quoted only words saying what fell short).

Where a section counting cases quotes no child after any claim, it says one child's
glad words on a strength note in a sentence of their own, put as one among children's
words, never as the example of the sentence before (`childtold.say_one`): words that
speak of the child's voice or of a strength the section states, with no distress and no
negation unless a wish, and never about a point the section states as a weakness.
Tested on the hand-written `tests/export/voice19_inspection` (Tarnfield, outstanding)
and on small inspections written here, in words the rule's lists were not written from.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.childtold import ALONE
from exporters.draft.words import wording_dir
from exporters.model import ReportModel, Section, Sentence
from store.store import Store
from tests.export.conftest import inspection_copy
from tests.export.small import Small
from tests.fixtures.handwritten import build

FIXTURE = Path(__file__).parent / "voice19_inspection"
GLAD = "She listened to me properly and put what I said in the report."


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportModel]:
    path = tmp_path_factory.mktemp("voice19child") / "voice19.db"
    build(path, FIXTURE)
    with Store.open(path) as store:
        yield draft_report(load(store))


def _sentences(sec: Section) -> list[Sentence]:
    return [s for p in (*sec.intro, *sec.paragraphs) for s in p.sentences]


def _frames() -> list[str]:
    with (wording_dir() / "voices.toml").open("rb") as fh:
        alone = tomllib.load(fh)["child_words_alone"]
    return [f.split("{", 1)[0] for key in ("INT_CHILD", "CASE_FILE", "SURVEY_USER")
            for f in alone[key]]  # fmt: skip


def _quotes(report: ReportModel) -> list[tuple[Section, Sentence]]:
    return [(sec, s) for sec in report.sections for s in _sentences(sec) if s.role == "quote"]


def test_the_outstanding_area_says_a_childs_glad_words_on_their_own(report: ReportModel) -> None:
    tarnfield = next(sec for sec in report.sections if "(Area 43)" in sec.heading)
    said = [s for s in _sentences(tarnfield) if s.role == "quote"]
    assert len(said) == 1, [s.text for s in said]
    (quote,) = said
    assert quote.text.endswith(f"‘{GLAD}’"), quote.text
    # Put as one among children's words (the child is 10-13: "one child"), not as the
    # example of the sentence before it.
    assert any(quote.text.startswith(f) for f in _frames()), quote.text
    assert "one child" in quote.text and "young person" not in quote.text
    assert len(quote.evidence_ids) == 1
    # It follows the strength on the point it speaks of (being listened to: the child's
    # wishes and feelings), never a note to the lead nor a claim on something else
    # (tester 27's A11; the paragraph on the area's workforce may follow it: an
    # outstanding area says its own, case22).
    (para,) = [p for p in tarnfield.paragraphs if any(s is quote for s in p.sentences)]
    at = next(k for k, s in enumerate(para.sentences) if s is quote)
    before = [s for s in para.sentences[:at] if s.role == "claim"]
    assert before and before[-1].criteria == ["QP3"] and before[-1].direction == "for"
    assert all(s.role not in ("marker", "placeholder") for s in para.sentences[:at])
    assert para.theme != "workforce"


def test_words_of_a_worry_or_of_home_life_are_not_said(report: ReportModel) -> None:
    text = " ".join(s.text for _sec, s in _quotes(report))
    assert "talk about my mum in court" not in text
    assert "pizza" not in text


def _small(path: Path, weak_listening: bool) -> ReportModel:
    """An area whose cases show strong wishes-and-feelings work; one case's note on the
    analysis holds a child's glad words about being listened to.  With
    `weak_listening`, three other cases show children not listened to."""
    s = Small(path, areas=[("6", "Wessex", True)], framework="cafcass-2018")
    for k in range(4):
        case = s.case(area="6", age="14-15")
        s.ev(case, ["QP3"], "strength",
             f"The report sets out the young person's view of contact in their own terms ({k}).")  # fmt: skip
    if weak_listening:
        for k in range(3):
            case = s.case(area="6", age="14-15")
            s.ev(case, ["QP9"], "development",
                 f"What the young person raised at the second visit is not followed up ({k}).")  # fmt: skip
    case = s.case(area="6", age="14-15")
    s.ev(case, ["QP7"], "strength", "The analysis weighs each option against the risks found.",
         child_words="My guardian really heard me and got the judge to hear me too.")  # fmt: skip
    s.judge("J18-4A", "good", area="6")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def test_a_young_persons_words_in_a_small_area(tmp_path: Path) -> None:
    report = _small(tmp_path / "glad.db", weak_listening=False)
    quotes = [s.text for sec, s in _quotes(report) if sec.kind == "area"]
    assert len(quotes) == 1, quotes
    assert "one young person" in quotes[0] and "really heard me" in quotes[0], quotes


def test_never_beside_a_weakness_on_the_point_the_words_speak_of(tmp_path: Path) -> None:
    """The same words, where the area's cases show children not listened to: said on
    their own they would read as a contradiction; the margin says why none is quoted."""
    report = _small(tmp_path / "weak.db", weak_listening=True)
    area = next(sec for sec in report.sections if sec.kind == "area")
    assert not [s for s in _sentences(area) if s.role == "quote"]
    notes = " ".join(n for s in _sentences(area) for n in s.notes)
    assert "none quoted" in notes, notes


@pytest.mark.parametrize("name", ["voice", "handwritten", "claims", "support", "heldout"])
def test_words_said_on_their_own_keep_the_rules_on_other_inspections(
    tmp_path_factory: pytest.TempPathFactory, handwritten_reports: dict[str, ReportModel], name: str
) -> None:
    """On the inspections written by hand in earlier sessions: every child's words said
    on their own are the child's own record on a strength note, from a case of the
    section's that is counted against none of the note's points and holds no
    safeguarding concern, from a child old enough, never quoted twice; and a section
    saying them quotes no other child.  The run's one draft of each, read against a
    copy of the file it was drafted from (the same ids)."""
    with Store.open(inspection_copy(tmp_path_factory, name)) as store:
        data = load(store)
        report = handwritten_reports[name]
        index = {data.ids[i]: i for i in data.child_words}
        w = data.words
        concerned = {data.case[j] for j in data.escalations}
        said: list[str] = []
        for sec in report.sections:
            quotes = [s for s in _sentences(sec) if s.role == "quote" and
                      any(e in index for e in s.evidence_ids)]  # fmt: skip
            alone = [s for s in quotes if s.basis == ALONE]
            assert len(alone) <= 1 and (not alone or len(quotes) == 1), sec.heading
            for s in alone:
                (i,) = (index[e] for e in s.evidence_ids)
                k = data.case[i]
                assert k is not None and data.polarity[i] == "strength", s.text
                assert data.source[i] in w.support.child_word_sources, s.text
                assert data.case_age[k] in w.quote_age_bands and k not in concerned, s.text
                assert not any(k in data.cases_against.get(c, ()) for c in data.crits[i])
                words = " ".join(data.texts((i,))[i].child_words.split())
                assert words[:20] in s.text
                said.append(words)
        assert len(said) == len(set(said)), said
