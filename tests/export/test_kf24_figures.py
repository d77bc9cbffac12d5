"""Issue 15, kf24: the figures a national leadership section's notes hold (tester 22's
para 9 and A10, tester 20's A10).

Tester 22's staff survey note held "81% feel their manager supports them" and the
culture's claim took no figure (a share before a verb in the present tense did not read
as a clause); the turnover figure ("turnover 9.1%, lower than local authorities") and
continuity ("92% of children kept the same practitioner ...", a fourth strength on one
record) were never said.  Tester 20's workforce claim named managers and the staff
survey and gave the survey's figure only, never the vacancy rate.  Checked on
`kf24_inspection` (hand-written: see its docstring).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.leadersfigures import figure_after
from exporters.draft.words import words
from exporters.model import Sentence
from tests.export import kf24_inspection as insp


@pytest.fixture(scope="module")
def leadership(tmp_path_factory: pytest.TempPathFactory) -> list[Sentence]:
    store = insp.build(Path(tmp_path_factory.mktemp("kf24")) / "kf24.db")
    try:
        report = draft_report(load(store))
    finally:
        store.close()
    sec = next(s for s in report.sections if s.heading.startswith("Leadership and governance"))
    return [x for p in sec.paragraphs for x in p.sentences]


def _after(sents: list[Sentence], crit: str) -> list[str]:
    """The figures and examples after the section's claim on `crit`."""
    k = next(k for k, x in enumerate(sents) if x.role == "claim" and x.criteria == [crit])
    out = []
    for x in sents[k + 1 :]:
        if x.role != "example":
            break
        out.append(x.text)
    return out


def test_a_survey_share_before_its_verb_follows_the_culture_claim(
    leadership: list[Sentence],
) -> None:
    # "84% feel their team manager supports their practice": a share as the subject of a
    # verb in the present tense, "supports" one form of the culture's cue "supported".
    after = _after(leadership, "LG5")
    assert any(
        "84% of staff said they feel their team manager supports their practice" in t for t in after
    ), after


def test_the_workforce_claim_gives_a_figure_from_each_of_its_sources(
    leadership: list[Sentence],
) -> None:
    after = _after(leadership, "LG8")
    assert any("turnover is 8.2%, below the sector average" in t for t in after), after
    assert any("69% of staff said that their caseload is manageable" in t for t in after), after


def test_an_outstanding_section_says_a_strength_on_one_record_with_its_figure(
    leadership: list[Sentence],
) -> None:
    texts = [x.text for x in leadership]
    assert any("93% of children kept the same guardian" in t for t in texts), texts
    # The strengths' figures never crowd out the one weakness's.
    assert any("only 3 of 12 areas" in t for t in texts), texts


@pytest.mark.parametrize(
    ("clause", "said"),
    [
        ("vacancy rate 14% nationally, higher in the cities", "the vacancy rate is 14% nationally, higher in the cities"),
        ("turnover 8.2%, below the sector average", "turnover is 8.2%, below the sector average"),
        ("sickness absence 3.5% this year", "sickness absence is 3.5% this year"),
        ("agency workers 6% of the workforce", "agency workers are 6% of the workforce"),
        # A word leading to the figure, or a verb: not a measure and its share.
        ("demand up 7% on last year", ""),
        ("work completed on time in 96% of cases", ""),
        ("complaints rose 12% in the year", ""),
        ("reports late 30%", ""),
    ],
)  # fmt: skip
def test_a_measure_before_its_share_takes_its_verb(clause: str, said: str) -> None:
    assert figure_after(words().standalone, clause) == said
