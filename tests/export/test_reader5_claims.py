"""Reader 5's findings on claims and their paragraphs (issue #15), each on a small
inspection written by hand in the test:

- finding 8: an example sits after the half of a balanced sentence it illustrates, also
  when that half is a plain clause ("..., although in some cases practice is not yet
  good enough. To illustrate, risk screening was thorough" is never written);
- finding 1: a "good" area whose evidence is almost all weak states its weaknesses as
  fully as the lowest grade would, not as few as the recorded grade allows.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_area, load
from exporters.draft.paragraphs import EXTRA_WEAKNESSES
from exporters.draft.words import words
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

STRONG_QP2 = (
    "The FCA completed police and local authority checks before the first hearing and "
    "spoke to both parents about the risks to the child."
)
# Late, but saying nothing any weakness wording of initial risk assessment names: the
# claim says the weakness in a plain clause.
LATE_LETTER = "The letter to court was sent a day after the deadline set by the judge."


def _paragraphs(report: ReportModel) -> list[list[Sentence]]:
    return [p.sentences for sec in report.sections for p in sec.paragraphs]


def _plain_weak() -> list[str]:
    plain = words().support.plain["weakness"]
    return [p.replace("{noun}", "").lower() for p in plain]


def test_an_example_follows_the_half_it_illustrates_after_a_plain_clause(tmp_path: Path) -> None:
    """Six cases for initial risk assessment, three against in notes that bear out no
    weakness wording: the balanced sentence's weakness is a plain clause; a strength
    example never follows a sentence that ends on it."""
    s = Small(tmp_path / "t.db")
    for _ in range(6):
        s.ev(s.case(), ["QP2"], "strength", STRONG_QP2)
    for _ in range(3):
        s.ev(s.case(), ["QP2"], "development", LATE_LETTER)
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    plain = _plain_weak()
    seen = 0
    for sentences in _paragraphs(report):
        for k, x in enumerate(sentences[:-1]):
            if x.role != "claim" or x.criteria != ["QP2"]:
                continue
            seen += 1
            after = sentences[k + 1]
            ends_weak = any(x.text.lower().rstrip(".").endswith(p.strip()) or
                            f"{p.strip()} in initial risk assessment" in x.text.lower()[-80:]
                            for p in plain)  # fmt: skip
            if after.role == "example" and ends_weak:
                assert "completed police and local authority checks" not in after.text, (
                    x.text, after.text)  # fmt: skip
    assert seen == 1


def test_a_good_grade_the_evidence_contradicts_does_not_cap_the_weaknesses(
    tmp_path: Path,
) -> None:
    """An area judged good whose cases are weak on eight practice criteria: the draft
    states more than the weaknesses a good area states (three, and up to two more that
    weigh as much as its strongest strength), since the evidence disagrees with the
    grade."""
    s = Small(tmp_path / "t.db")
    plan = ["QP1", "QP2", "QP3", "QP5", "QP6", "QP7", "QP8", "QP11"]
    cases = [s.case() for _ in range(6)]
    for crit in plan:
        for k, case in enumerate(cases):
            s.ev(case, [crit], "development", f"Weak work on {crit} in this file ({k + 1}): "
                 "it was late, thin and did not show what the child needed.")  # fmt: skip
    s.ev(cases[0], ["QP4"], "strength", "The plan keeps the child's needs at its centre.")
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    said = {
        c for ss in _paragraphs(report) for x in ss if x.role == "claim"
        and x.direction in ("against", "balanced") for c in x.criteria
    }  # fmt: skip
    good = words().weaknesses_stated["good"] + EXTRA_WEAKNESSES
    assert len(said & set(plan)) > good, said


def test_a_safeguarding_weakness_is_stated_whatever_the_grade(tmp_path: Path) -> None:
    """An area judged outstanding (two weaknesses stated) with weightier weaknesses on
    three practice criteria, and safeguarding concerns not followed up in three of four
    cases: the safeguarding weakness is stated, first."""
    s = Small(tmp_path / "t.db")
    cases = [s.case() for _ in range(8)]
    for crit in ("QP1", "QP7", "QP11"):
        for k in range(4):
            s.ev(cases[k], [crit], "development", f"Weak work on {crit} in this file ({k + 1}): "
                 "it was late, thin and did not show what the child needed.")  # fmt: skip
            s.grade(cases[k], crit, "requires-improvement")
    for k in range(8):
        s.ev(cases[k], ["QP3"], "strength", STRONG_QP2.replace("risks", "wishes"))
    for k in (7,):
        s.ev(cases[k], ["SW1"], "strength", "The FCA told the court about the new police "
             "call-out the day it was reported and asked for a strategy meeting.")  # fmt: skip
    for k in (4, 5, 6):
        s.ev(cases[k], ["SW1"], "development", "A referral about bruising sat for nine days "
             "before anyone contacted the local authority.")  # fmt: skip
    s.judge("J18-4A", "outstanding", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    weak = [x for ss in _paragraphs(report) for x in ss
            if x.role == "claim" and x.direction in ("against", "balanced")]  # fmt: skip
    assert weak and weak[0].criteria == ["SW1"], [x.text for x in weak]
