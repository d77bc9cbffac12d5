"""Issue 15, kf20b (tester 20's draft audit of a service requiring improvement, A2 and
A5): what needs to improve never names a point whose cases lean positive and puts the
weightiest weaknesses first; the key findings of a service below good name a practice
strength its section states, after the weaknesses that explain the grades.

On a hand-written inspection under the 2021 framework (`kf20b_inspection`).
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from store.store import Store
from tests.export.kf20b_inspection import requires_improvement


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    path = tmp_path_factory.mktemp("kf20b") / "ri.db"
    requires_improvement(path).close()
    with Store.open(path) as store:
        return draft_report(load(store))


def _section(report: ReportModel, words: str) -> Section:
    return next(s for s in report.sections if words in s.heading)


def _claims(sec: Section) -> list[Sentence]:
    return [x for p in [*sec.intro, *sec.paragraphs] for x in p.sentences if x.role == "claim"]


def test_no_point_to_improve_leans_positive(report: ReportModel) -> None:
    """Advice to the court (SW2) is sound in five cases and weak in four, children's
    wishes and feelings (QP3) in seven and five: neither is a point to improve, however
    safeguarding-related; safeguarding (SW1, seven of ten against) leads, then seeing
    children alone (18 of 21) before case recording (seven of 12)."""
    points = _claims(_section(report, "need to improve"))
    named = [x.criteria[0] for x in points]
    assert "SW2" not in named and "QP3" not in named, [x.text for x in points]
    assert named == ["SW1", "QP8", "QP11"], [x.text for x in points]
    assert "see them alone" in points[1].text


def test_the_summary_names_public_laws_strength(report: ReportModel) -> None:
    """Relationships with the practitioner (QPN1) are a strength in nine of the ten public
    law cases with a note on it, two of whose children were "only ever seen with his
    mother in the room" by their own notes, so counted neither way (tester 23's A7):
    seven of ten.  Public law's section says so in a sentence of its own ("the
    majority"): the key findings say it too, with the same proportion word, of the
    public law cases, after every weakness the summary states."""
    kf = _claims(_section(report, "key findings"))
    strong = [x for x in kf if x.direction == "for" and "QPN1" in x.criteria]
    assert len(strong) == 1, [x.text for x in kf]
    text = strong[0].text
    assert "a strength in the majority of the public law cases" in text, text
    assert "relationship" in text, text
    sec = _claims(_section(report, "public law practice"))
    said = [x.text for x in sec if x.criteria == ["QPN1"] and x.direction == "for"]
    assert said and "the majority" in said[0], said
    # The weaknesses come first, and every one the old summary stated is still there.
    weak = [x for x in kf if x.direction == "against"]
    assert {"SW1", "QP8", "QP11"} <= {c for x in weak for c in x.criteria}
    assert kf.index(strong[0]) > max(kf.index(x) for x in weak)
