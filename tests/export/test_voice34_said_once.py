"""A claim's sentence names what it is about once (issue 15, tester 33's A5: "In the vast
majority of the cases in which there is evidence of following up safeguarding
concerns, safeguarding concerns are followed up well.").  Where the wording names the
criterion, the phrase saying which cases the share is of does not ("the cases
inspectors could assess"); where the phrase names it, the wording does not again.

The inspection is written here: three areas, twelve cases each, of which eight have
notes on following up safeguarding concerns, the child's wishes and feelings and direct
work (so a share says which cases it is of), and four notes only on the case record.
And a wording ending on the shared fault's bracket is never said before its share.
"""

from __future__ import annotations

import re

import pytest

from exporters.draft import draft_report, load
from exporters.draft.saidonce import names_it, says_once
from exporters.draft.shapes import pairs
from exporters.model import ReportModel
from tests.export.small import Small, counted_pattern

AREAS = [("41", "Harrowfield", True), ("42", "Kingsmere", True), ("43", "Pellworth", True)]

NOTES = {
    "SW1": ("The guardian rang the council the day the mother disclosed new bruising.",
            "A worry raised by the school in May was still not passed on in July."),
    "QP3": ("The report gives the boy's own account of each home and why he wants more time at dad's.",
            "Nothing in the report says what the girl wants or how she was asked."),
    "QP5": ("Two sessions with drawings let the seven-year-old show who she feels safe with.",
            "The only contact with the child was a ten-minute chat in the waiting room."),
}  # fmt: skip
RECORD = "Every visit is written up within two days and the chronology is current."
# How each criterion is named, the words a wording naming it again repeats, and the words
# by which a sentence whose phrase leaves it unnamed names it.
TWICE = {
    "SW1": ("following up safeguarding concerns", re.compile(r"safeguarding concern"),
            re.compile(r"safeguarding|concern")),
    "QP3": ("children's wishes and feelings", re.compile(r"wishes and feelings"),
            re.compile(r"wish")),
    "QP5": ("direct work with children", re.compile(r"direct work|work directly"),
            re.compile(r"direct")),
}  # fmt: skip
# Which cases a share is of, named or not.
WHICH = re.compile(counted_pattern(), re.IGNORECASE)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = Small(tmp_path_factory.mktemp("voice34") / "once.db", areas=AREAS)
    for n, (area, _name, _visited) in enumerate(AREAS):
        for k in range(12):
            case = s.case(area=area)
            s.ev(case, ["QP11"], "strength", RECORD)
            if k >= 8:
                continue
            for crit, (good, poor) in NOTES.items():
                weak = (k + n) % 4 == 0 and crit != "QP5" or k == 7 and crit == "QP5"
                s.ev(case, [crit], "development" if weak else "strength", poor if weak else good)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    for area, _name, _visited in AREAS:
        s.judge("J18-4A", "good", area=area)
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _claims(report: ReportModel, crit: str) -> list[str]:
    return [s.text for p in report.paragraphs() for s in p.sentences
            if s.role == "claim" and s.by_cases and s.criteria == [crit]]  # fmt: skip


@pytest.mark.parametrize("crit", sorted(TWICE))
def test_a_share_names_its_point_once(report: ReportModel, crit: str) -> None:
    noun, again, named = TWICE[crit]
    said = _claims(report, crit)
    assert said
    for text in said:
        low = text.split(". ")[0].lower()
        assert WHICH.search(low) or "cases sampled" in low, text  # which cases: still said
        if noun in low:  # the phrase for the cases names it: the wording does not again
            assert not again.search(low.replace(noun, "", 1)), text
        else:  # the wording names it
            assert named.search(low), text


@pytest.mark.parametrize(
    "frame",
    [
        "In {place}, {weakness} in {neg} cases.",
        "Inspectors found that {weakness} in {neg} cases, though not in {pos_alone}, where {strength}.",
        "In {place}, {weakness} in {neg_of} the cases {counted}.",
    ],
)
def test_a_fault_bracket_never_comes_before_the_cases_it_names(frame: str) -> None:
    """voice33's Left (tester 30's Area 15a: "In Area 15a, the direct work practitioners
    do with the child falls short (in seven of them, there is no record of direct work
    with the child) in most of the cases ..."): a wording ending on the shared fault's
    bracket is never said before its share."""
    bracketed = "the plan for the work falls short (in three of them, no plan is written down)"
    plain = "the plan for the work falls short"
    said = [
        x for _s, x, _c in pairs(frame, ["the work is well planned"], [bracketed, plain], False)
    ]
    assert said == [plain]


def test_a_sentence_leaving_its_point_unnamed_names_it_in_its_wording() -> None:
    bare = ("with relevant evidence", "inspectors could judge")
    noun = "children's wishes and feelings"
    assert not names_it(
        "Practice is strong in most of the cases inspectors could judge. In some, the child's "
        "wishes and feelings are not gathered well enough.",
        noun,
        bare,
    )
    assert names_it(
        "In most of the cases inspectors could judge, each child's wishes are heard.", noun, bare
    )
    assert not says_once(
        "In most of the cases with evidence on children's wishes and feelings, each child's wishes "
        "and feelings are heard.",
        noun,
        bare,
    )
