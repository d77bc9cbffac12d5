"""A re-export after a small change keeps the words of the facts that did not change
(issue 15, tester 31's F15: two notes added on one case reworded 16 sentences whose
numbers and subject were the same, so a lead diffing two exports read every one).

What picks a sentence's wording is kept by section and by point (the lead's decision,
session 33): a sentence is chosen against what its own section has said and what the
report has said on its own criterion, never against the report's count of shapes,
frames or connectors.  So notes added on one criterion may reword that criterion's
sentences and the summary sections, and leave every other criterion's sentence as it
was, in every other section.

The inspection is written here: three areas of different quality, six criteria, notes
in an inspector's words (none from the demo generator).  Before (a report-wide memory
of what had been said, of its shapes and of its frames), two notes on seeing children in
one case reworded the sentences on information sharing in both law types' sections and
in the area's own: nothing about information sharing had changed.

Not yet held: where the notes move a criterion from one side to the other, or into or
out of the section's sentences, the sentences after it in the same section may still be
reworded (each prefers an opening its section has not used), and from them the same
criterion in a later section (which avoids the words said on it before).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from store.models import Evidence
from store.store import Store
from tests.export.small import Small

AREAS = [("31", "Thornbury Vale", True), ("32", "Calder Edge", True), ("33", "Saltmarsh", True)]
GRADES = {"31": "good", "32": "good", "33": "requires-improvement"}

GOOD = {
    "QP1": "Allocated on the day the papers arrived; the first letter went to court early.",
    "QP2": "Checks with police and the council were back within a week and were weighed.",
    "QP6": "A written plan sets out three visits, the aim of each and who does what.",
    "QP8": "Seen twice at home and once alone at school, where she spoke more freely.",
    "QP12": "The school and the health visitor were both asked and their replies are on file.",
    "SW1": "When the mother disclosed a new assault the guardian rang the council that day.",
}
POOR = {
    "QP1": "The case sat unallocated for five weeks and the report was filed late.",
    "QP2": "The police check was never chased; the screening says nothing about risk.",
    "QP6": "No plan for the work is recorded; visits happened as diaries allowed.",
    "QP8": "The boy was only ever seen with his father in the room.",
    "QP12": "Nothing was shared with the school although the plan depended on it.",
    "SW1": "A referral about bruising was noted but not passed on for nine days.",
}
# Each area's cases: the criteria (of `GOOD`) each case falls short on.
PLAN: dict[str, list[set[str]]] = {
    "31": [set(), {"QP6"}, {"QP1", "QP8"}, set(), {"QP12"}, {"QP2"}],
    "32": [{"QP6", "QP8"}, set(), {"QP2"}, {"QP1", "QP12"}, {"SW1"}, set()],
    "33": [{"QP1", "QP6", "QP8"}, {"QP2", "SW1"}, {"QP6"}, {"QP1", "QP12"}, {"QP8"}],
}
# Sections saying the whole inspection in a few findings: a finding that changed may
# change what they pick.
SUMMARIES = ("Summary of key findings", "What does")
ADDED = (
    "Second visit: the child drew her family and said who she feels safe with.",
    "The manager's note agrees the next steps and sets a date to review them.",
)


Sentences = list[tuple[str, tuple[str, ...], str]]


def _sentences(store: Store) -> Sentences:
    report = draft_report(load(store))
    return [(sec.heading, tuple(x.criteria), x.text) for sec in report.sections
            for p in (*sec.intro, *sec.paragraphs) for x in p.sentences]  # fmt: skip


@pytest.fixture(scope="module")
def first_export(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, dict[str, list[str]], Sentences]:
    """The inspection, its cases by area, and its draft before the notes are added."""
    path = tmp_path_factory.mktemp("reexport") / "r.db"
    s = Small(path, areas=AREAS)
    cases: dict[str, list[str]] = {}
    for code, rows in PLAN.items():
        for k, weak in enumerate(rows):
            case = s.case(area=code, law="PUBLIC" if k % 2 else "PRIVATE")
            cases.setdefault(code, []).append(case)
            for crit, good in GOOD.items():
                bad = crit in weak
                s.ev(
                    case, [crit], "development" if bad else "strength", POOR[crit] if bad else good
                )
        s.judge("J18-4A", GRADES[code], area=code)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    try:
        return path, cases, _sentences(s.store)
    finally:
        s.close()


@pytest.mark.parametrize(("area", "case", "crit"), [("31", 2, "QP8"), ("33", 4, "QP8")])
def test_two_notes_on_one_criterion_reword_no_other_criterion(
    first_export: tuple[Path, dict[str, list[str]], Sentences],
    tmp_path: Path,
    area: str,
    case: int,
    crit: str,
) -> None:
    """Two notes of good work on a case that fell short on `crit` (in a good area, and
    in the area that requires improvement): the sentences on `crit` change; none on
    another criterion does, in any section but the summaries."""
    path, cases, before = first_export
    copy = tmp_path / "week2.db"
    shutil.copy2(path, copy)
    with Store.open(copy) as store:
        for text in ADDED:
            store.put_evidence(Evidence(case_id=cases[area][case], criteria=[crit],
                                        source="CASE_FILE", polarity="strength", text=text))  # fmt: skip
        after = _sentences(store)
    changed = [x for x in before if x not in set(after)]
    assert [x for x in changed if crit in x[1]]  # the finding on `crit` changed
    others = [x for x in before if crit not in x[1] and not x[0].startswith(SUMMARIES)]
    assert len(others) > 30
    assert [x for x in changed if x in others] == []
