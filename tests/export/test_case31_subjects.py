"""case31's tests on which notes count for or against the work on a subject (tester
30's A8): "Of the 48 private law cases sampled in which domestic abuse is a concern,
the work on it is uneven: good in 23" counted as good work on domestic abuse notes that
only said wishes and feelings were "put in context of hx of DA".  A note counts for or
against the work on a subject only where it is about that work, never where the subject
is the background of other work (`lawsubjects.names_subject`).  Notes written here."""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.draft.lawsubjects import subjects_named
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

# About the work on domestic abuse: for it, and against it.
ABOUT_GOOD = [
    "The practitioner explored the domestic abuse allegations with each parent and agreed a safety plan.",
    "DA risk identified at screening and a referral made to the council the same day.",
    "The report weighs the mother's account of coercive control and recommends supervised contact.",
]  # fmt: skip
ABOUT_SHORT = [
    "Domestic abuse allegations were not explored before the first hearing.",
    "Risk from the father's DV history minimised; contact recommended with no safety plan.",
    "Mother's disclosure of DA was not followed up with the police.",
    "Wishes were not put in the context of the domestic abuse the child saw.",
]  # fmt: skip
# The subject as the background of other work: about wishes and feelings, delay, recording.
BACKGROUND = [
    "Wishes & feelings captured in the child's own words and put in context of hx of DA.",
    "The child's views are set against a background of domestic abuse and read well.",
    "Hearing kept to its date, which mattered given the history of DV in the home.",
    "Report filed late; it describes the child's school life in light of the DA at home.",
    "Records up to date and clear, written in view of the domestic abuse concerns.",
]  # fmt: skip


@pytest.mark.parametrize("text", ABOUT_GOOD)
def test_a_strength_note_on_the_work_counts_for_it(text: str) -> None:
    assert subjects_named(text, True)[0], text


@pytest.mark.parametrize("text", ABOUT_SHORT)
def test_a_development_note_on_the_work_counts_against_it(text: str) -> None:
    assert subjects_named(text, False)[0], text


@pytest.mark.parametrize("text", BACKGROUND)
def test_a_note_naming_it_as_background_counts_neither_way(text: str) -> None:
    assert not subjects_named(text, True)[0], text
    assert not subjects_named(text, False)[0], text


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[ReportModel, set[str], set[str]]:
    """A private law sample: three cases whose notes say the work on domestic abuse was
    good, four that it fell short, and five whose strength notes name it only as the
    background of their wishes and feelings, delay or recording."""
    s = Small(tmp_path_factory.mktemp("case31") / "subjects.db")
    about, background = [], []
    for text in ABOUT_GOOD:
        about.append(c := s.case())
        s.ev(c, ["SW1"], "strength", text)
    for text in ABOUT_SHORT:
        about.append(c := s.case())
        s.ev(c, ["QP2"], "development", text)
    for text, crit in zip(BACKGROUND, ["QP3", "QP3", "QP1", "QP3", "QP11"], strict=True):
        background.append(c := s.case())
        s.ev(c, [crit], "strength", text)
    for k in range(6):  # other cases, so the sample is more than these
        s.ev(s.case(), ["QP7"], "strength", f"The analysis weighs each option (case {k + 1}).")
    s.judge("J18-4A", "good", area="6")
    store = s.store
    try:
        ref = {c: store.case(c).ref for c in (*about, *background)}
        return draft_report(load(store)), {ref[c] for c in about}, {ref[c] for c in background}
    finally:
        s.close()


def _da(report: ReportModel) -> list[Sentence]:
    return [x for p in report.paragraphs() for x in p.sentences
            if x.role == "claim" and "domestic abuse" in x.text and "Notes naming" in x.basis]  # fmt: skip


def test_the_subjects_sentence_counts_only_the_notes_about_the_work(
    drafted: tuple[ReportModel, set[str], set[str]],
) -> None:
    """Seven cases' notes are about the work on domestic abuse (three good, four short);
    the five that name it as background are not among the cases counted, so the work
    is not said to be good in eight."""
    report, about, background = drafted
    said = _da(report)
    assert said, [x.text for p in report.paragraphs() for x in p.sentences]
    for x in said:
        assert set(x.case_refs) == about, (x.text, x.case_refs)
        assert "for in 3, against in 4" in x.basis, x.basis
        assert not background & set(x.case_refs), x.case_refs
