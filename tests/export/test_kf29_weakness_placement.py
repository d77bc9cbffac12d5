"""Issue 15, kf29: tester 28's outstanding service opened its key findings on
safeguarding concerns not followed up in a small number of cases.  A weakness comes
first only where a judgement it bears on is graded requires improvement or inadequate,
or where it is found in most of the cases with evidence on it; otherwise it follows the
strengths (`kforder.py`).  Since kf33 (tester 32), a service whose grades are mostly good
or better says its strengths first, unless a safeguarding weakness in most of all the
cases is one that no grade below good accounts for.

On kf29's hand-written inspections (`kf29_inspection.service`): concerns for the child's
safety not followed up in a few of the 15 private law cases (one escalated), or in most
of them, under grades from outstanding to inadequate.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from exporters.draft import draft_report, load
from exporters.model import Paragraph
from tests.export.kf29_inspection import service

RI = "requires-improvement"


def _findings(tmp_path: Path, **kw: Any) -> list[Paragraph]:
    s = service(tmp_path / "kf29.db", **kw)
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    sec = next(x for x in report.sections if x.kind == "summary")
    return [p for p in sec.paragraphs if p.sentences and p.sentences[0].role != "fixed"]


def _on_safety(p: Paragraph) -> bool:
    return p.sentences[0].criteria == ["SW1"]


def test_a_small_shortfall_follows_an_outstanding_services_strengths(tmp_path: Path) -> None:
    """Three of 15 private law cases, every judgement outstanding but public law (good):
    the summary opens on the strengths and says the shortfall after them, with the
    concern escalated."""
    found = _findings(tmp_path)
    texts = [" ".join(s.text for s in p.sentences) for p in found]
    assert found[0].sentences[0].direction == "for", texts
    weak = [k for k, p in enumerate(found) if _on_safety(p)]
    assert weak, texts
    strengths = [k for k, p in enumerate(found) if p.sentences[0].direction == "for"]
    assert weak[0] > max(strengths), texts
    assert "escalated" in texts[weak[0]], texts


@pytest.mark.parametrize(
    ("grades", "why"),
    [
        (
            dict(
                unsafe=4, late=10, private="inadequate", public=RI, leaders=RI, overall="inadequate"
            ),
            "private law inadequate",
        ),  # fmt: skip
        (dict(private=RI, overall=RI, leaders="good"), "private law and the service below good"),
        (dict(unsafe=9), "most of the cases, and no grade below good accounts for it"),
    ],
)
def test_a_safeguarding_weakness_leads_where_its_grade_or_share_says_so(
    tmp_path: Path, grades: dict[str, Any], why: str
) -> None:
    found = _findings(tmp_path, **grades)
    # A law type judged inadequate is the first finding of all (kf31, tester 30): the
    # safeguarding weakness comes straight after it.
    k = 1 if "is judged to be inadequate" in found[0].sentences[0].text else 0
    assert _on_safety(found[k]), (why, [p.sentences[0].text for p in found])


@pytest.mark.parametrize(
    ("grades", "why"),
    [
        (dict(unsafe=9, public_safe=True), "most of the private law cases, not of all"),
        (dict(private=RI, overall="good", leaders="good"), "private law requires improvement"),
    ],
)
def test_a_mostly_good_service_says_its_strengths_first(
    tmp_path: Path, grades: dict[str, Any], why: str
) -> None:
    """Most of the grades good or better: the summary reads as they do, its strengths
    first, and the safeguarding weakness first among the weaknesses after them (kf33,
    tester 32: two of three judgements good, and the report read as requiring
    improvement because it opened on public law's safeguarding weakness)."""
    found = _findings(tmp_path, **grades)
    texts = [p.sentences[0].text for p in found]
    assert found[0].sentences[0].direction == "for", (why, texts)
    weak = [k for k, p in enumerate(found) if p.sentences[0].direction == "against"]
    assert weak and _on_safety(found[weak[0]]), (why, texts)
    strengths = [k for k, p in enumerate(found) if p.sentences[0].direction == "for"]
    assert weak[0] > max(strengths), (why, texts)


def test_a_weakness_leads_only_for_the_judgement_it_bears_on(tmp_path: Path) -> None:
    """The cases against are all private law, graded good: public law's requiring
    improvement does not put the finding first."""
    found = _findings(tmp_path, private="good", public=RI, overall="good", leaders="good")
    texts = [p.sentences[0].text for p in found]
    assert found[0].sentences[0].direction == "for", texts
    assert any(_on_safety(p) for p in found[1:]), texts
