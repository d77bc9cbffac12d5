"""Issue 15, kf33: tester 32's draft audit.  Two of three judgements good and public law
requiring improvement, yet the report's first key finding was public law's safeguarding
weakness and its second sentence "the advice the court receives is not good enough" from
two of three cases among the 67 read: the report read as requiring improvement.

On kf33's hand-written inspection (`kf33_inspection.py`): private law and leaders good,
public law requiring improvement, safeguarding concerns not followed up in five of the
eight public law cases with a note, and the advice to the court short in two of the three
cases with a note among the 34 read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.model import Paragraph
from tests.export import kf33_inspection

RI = "requires-improvement"


def _findings(path: Path, grades: dict[str, str] | None = None) -> list[Paragraph]:
    s = kf33_inspection.build(path, grades=grades)
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    sec = next(x for x in report.sections if x.kind == "summary")
    return [p for p in sec.paragraphs if p.sentences and p.sentences[0].role != "fixed"]


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> list[Paragraph]:
    return _findings(tmp_path_factory.mktemp("kf33") / "good.db")


def _texts(found: list[Paragraph]) -> list[str]:
    return [" ".join(s.text for s in p.sentences) for p in found]


def _on(p: Paragraph, crit: str) -> bool:
    return any(crit in s.criteria for s in p.sentences)


def test_two_good_judgements_of_three_lead_with_strengths(good: list[Paragraph]) -> None:
    """The summary opens on what the good judgements rest on; the safeguarding weakness
    is the first of the weaknesses after them, and public law's grade with its reason is
    plainly among the findings."""
    texts = _texts(good)
    sides = [p.sentences[0].direction for p in good]
    assert sides[0] == "for", texts
    first_weak = sides.index("against")
    assert "for" not in sides[first_weak:], texts
    assert _on(good[first_weak], "SW1"), texts
    assert any("public law is judged to require improvement" in t for t in texts), texts


def test_a_point_on_three_of_the_cases_read_is_never_ahead(good: list[Paragraph]) -> None:
    """The advice to the court rests on three of the 34 cases read: it is the last
    finding, with its check, or not a key finding; never inside the safeguarding one."""
    texts = _texts(good)
    advice = [k for k, p in enumerate(good) if _on(p, "SW2")]
    assert not advice or advice == [len(good) - 1], texts
    for k in advice:
        assert all(s.criteria == ["SW2"] for s in good[k].sentences if s.criteria), texts
        assert "[Check before use" in texts[k], texts


def test_most_grades_below_good_lead_with_the_safeguarding_weakness(tmp_path: Path) -> None:
    """The other way round (tester 31's service requiring improvement): private law too
    requires improvement, and the summary opens on the safeguarding weakness."""
    found = _findings(tmp_path / "ri.db", grades={"J21-1": RI})
    assert _on(found[0], "SW1") and found[0].sentences[0].direction == "against", _texts(found)


def test_a_law_types_reasons_are_said_in_sentences_a_reader_can_take_in(
    good: list[Paragraph],
) -> None:
    """Private law's two strengths, each with its share and base, ran to one sentence of
    more than 50 words (tester 31's: 81): the grade's sentence gives the first, a second
    sentence the other; both are still named, each with its count."""
    texts = _texts(good)
    private = [p for p in good if "private law is judged good" in p.sentences[0].text]
    assert len(private) == 1, texts
    sentences = private[0].sentences
    assert all(len(s.text.split()) <= 45 for s in sentences), [s.text for s in sentences]
    named = [c for s in sentences for c in s.criteria]
    assert named[:2] == ["QP7", "QP2"], [s.text for s in sentences]
    assert "seven of the eight" in sentences[0].text, sentences[0].text
    assert "five of the six" in " ".join(s.text for s in sentences[1:]), sentences[1:]
