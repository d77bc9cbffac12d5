"""The lead is told to "say it once" only of two sentences that say the same thing the
same way (tester 29's F15: the leadership section's opening named a subject among its
weaknesses, from a national audit, and Area 1 showed strengths in it, from its own
audit; the export paired the two as a repeat and the QA view flagged both).

Tested on pairs of sentences written by hand (`voice30_repeats.PAIRS`), each pair near
word for word: "same" is flagged and warned of, "different" (other points) and
"opposite" (the same words, opposite findings) never are.  The share of sentences said
again, the report's voice, still counts every near-verbatim pair.
"""

from __future__ import annotations

import pytest

from exporters.draft import repeats
from exporters.draft.sameness import near_same, runs
from exporters.draft.trace import normal
from exporters.model import Paragraph, ReportModel, Section, Sentence
from tests.export.voice30_repeats import PAIRS, Spec


def _sentence(spec: Spec) -> Sentence:
    text, role, direction, criteria, ids = spec
    return Sentence.model_validate({"text": text, "role": role, "direction": direction,
                                    "criteria": list(criteria), "evidence_ids": list(ids)})  # fmt: skip


def _report(a: Spec, b: Spec) -> ReportModel:
    """One national section saying `a`, one area saying `b`, each beside a sentence of
    its own on something else."""
    national = [_sentence(a), Sentence(text="Board members visit two teams a year.", role="claim")]
    area = [Sentence(text="Court staff know the duty practitioner by name.", role="claim"),
            _sentence(b)]  # fmt: skip
    return ReportModel(sections=[
        Section(kind="judgement", heading="Leadership", paragraphs=[Paragraph(sentences=national)]),
        Section(kind="area", heading="Findings in Area 2", area_code="2",
                paragraphs=[Paragraph(sentences=area)]),
    ])  # fmt: skip


@pytest.mark.parametrize(
    ("label", "a", "b"), PAIRS, ids=[f"{p[0]}-{k}" for k, p in enumerate(PAIRS)]
)
def test_each_pair_is_near_word_for_word(label: str, a: Spec, b: Spec) -> None:
    """The corpus tests the pairing, not the measure of words: every pair shares its words."""
    assert near_same(runs(normal(a[0])), runs(normal(b[0])))
    report = _report(a, b)
    found, total = repeats.repeated_across(report)
    assert (len(found), total) == (2, 4)
    assert repeats.share(report) == 0.5


@pytest.mark.parametrize(
    ("label", "a", "b"), PAIRS, ids=[f"{p[0]}-{k}" for k, p in enumerate(PAIRS)]
)
def test_only_the_same_finding_is_flagged_and_warned_of(label: str, a: Spec, b: Spec) -> None:
    report = _report(a, b)
    found = repeats.mark(report)
    flagged = [s.text for sec in report.sections for p in sec.paragraphs for s in p.sentences
               if repeats.FLAG in s.flags]  # fmt: skip
    warned = repeats.warning(found)
    if label == "same":
        assert flagged == [a[0], b[0]]
        assert len(warned) == 1 and warned[0].startswith("2 sentences say the same")
        assert "Leadership; also in Findings in Area 2" in warned[0]
    else:
        assert flagged == [], label
        assert warned == []
        assert all(not s.notes for sec in report.sections for p in sec.paragraphs
                   for s in p.sentences)  # fmt: skip


def test_the_way_of_the_shared_words_is_the_cue_nearest_them() -> None:
    """An opening listing strengths and weaknesses says each named subject the way of the
    word introducing its list; a claim goes its drafted way."""
    opening = Sentence(
        text="Leadership is good: four are strengths (the board's scrutiny of delay in care "
        "cases, and learning from complaints made by parents) and two are weaknesses (agency "
        "checks, and the induction of new managers into the service).",
        role="headline",
    )
    for subject, expected in (("the board's scrutiny of delay in care cases", "for"),
                              ("learning from complaints made by parents", "for"),
                              ("the induction of new managers into the service", "against")):  # fmt: skip
        claim = Sentence(text=f"Audits show strengths in {subject}.", role="claim", direction="for")
        shared = runs(normal(opening.text)) & runs(normal(claim.text))
        assert repeats.way(opening, shared) == expected, subject
        assert repeats.way(claim, shared) == "for"
        assert repeats.same_finding(opening, claim) is (expected == "for")
