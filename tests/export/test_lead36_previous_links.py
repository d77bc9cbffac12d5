"""The previous inspection's recommendations beside this inspection's findings (tester
35's A19: recommendations recorded "acted on" sat beside points to improve the same
practice with nothing linking them, and the lead's finding "most" went out although the
draft's own tally was the majority).  On the hand-written inspection of
`lead36_inspection`: once the lead links each recommendation to its criteria, the draft
- marks a recommendation recorded as acted on whose practice is still a point to improve;
- says a recommendation acted on only in part that is still such a point remains one,
  and the point says the last inspection made it too;
- marks a finding whose proportion word fits neither its tally's strengths (a finding
  of strength) nor its weaknesses (one of what still falls short), and flags it for QA;
- leaves a finding whose word fits, and a recommendation with no link, as they were."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from store.store import Store
from tests.export.lead36_inspection import RECOMMENDATIONS, build
from tests.team.helpers import run

PROGRESS = ("met", "met", "partly-met", "not-met")
FINDINGS = (
    "Children are now seen on their own in most cases.",  # 18 of 30: the majority
    "Almost all reports now weigh the options for the child.",  # 27 of 30: fits
    "A small number of reports are still late.",  # late in 20 of 30: the majority
    "",
)


def _made(path: Path, linked: bool = True) -> Path:
    s = build(path)
    store = s.store
    store.set_previous_inspection("2023-03", "requires-improvement")
    for (words, criterion), progress, finding in zip(RECOMMENDATIONS, PROGRESS, FINDINGS, strict=True):  # fmt: skip
        n = store.add_recommendation(words, criteria=[criterion] if linked else [])
        store.change_recommendation(n, progress=progress, finding=finding)
    s.close()
    return path


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _made(tmp_path_factory.mktemp("linked") / "master.db")


def _drafted(path: Path) -> ReportModel:
    with Store.open(path) as store:
        return draft_report(load(store))


def _section(report: ReportModel, kind: str) -> Section:
    return next(s for s in report.sections if s.kind == kind)


def _bullets(section: Section, theme: str) -> Iterator[list[Sentence]]:
    return (p.sentences for p in section.paragraphs if p.theme == theme)


def test_a_recommendation_acted_on_yet_still_a_point_is_marked(master: Path) -> None:
    report = _drafted(master)
    seen = next(_bullets(_section(report, "previous"), "previous"))
    texts = [s.text for s in seen]
    assert texts[:3] == [RECOMMENDATIONS[0][0], "This has been acted on.", FINDINGS[0]]
    assert texts[3] == (
        "[Check before use: the finding says ‘most’, but on QP8 inspectors found strengths "
        "in 18 of 30 cases with a view (the majority of them).]"
    )
    assert texts[4].startswith(
        "[Check before use: this is recorded as acted on, yet a point in 'What does Cafcass "
        "need to improve?' is on the same practice (QP8)"
    )
    assert seen[2].flags == ["disagrees with the tally"]
    assert "In 18 of 30 cases with a view on QP8; against in 12" in seen[2].basis


def test_a_finding_whose_word_fits_its_tally_goes_out_unmarked(master: Path) -> None:
    report = _drafted(master)
    analysis = list(_bullets(_section(report, "previous"), "previous"))[1]
    assert [s.text for s in analysis][1:] == ["This has been acted on.", FINDINGS[1]]
    assert analysis[2].flags == [] and "In 27 of 30 cases with a view on QP7" in analysis[2].basis


def test_a_point_still_to_improve_is_said_on_both_sides(master: Path) -> None:
    report = _drafted(master)
    late = list(_bullets(_section(report, "previous"), "previous"))[2]
    texts = [s.text for s in late]
    assert texts[2:] == [
        FINDINGS[2],
        "[Check before use: the finding says ‘a small number’, but on QP1 inspectors found "
        "weaknesses in 20 of 30 cases with a view (the majority of them).]",
        "This remains an area for improvement (see 'What does Cafcass need to improve?').",
    ]
    points = list(_bullets(_section(report, "improve"), "improve"))
    on_delay = [p for p in points if "QP1" in p[0].criteria]
    assert len(on_delay) == 1
    assert on_delay[0][-1].text == "This was also a recommendation of the last inspection."
    # Recommendation 1 is recorded as acted on: its point says nothing of the last one.
    on_seeing = [p for p in points if "QP8" in p[0].criteria]
    assert on_seeing and len(on_seeing[0]) == 1


def test_without_links_nothing_is_set_beside_the_findings(tmp_path: Path) -> None:
    report = _drafted(_made(tmp_path / "unlinked.db", linked=False))
    previous = [s.text for b in _bullets(_section(report, "previous"), "previous") for s in b]
    assert not any(t.startswith("[Check before use") or "remains" in t for t in previous)
    improve = [s.text for b in _bullets(_section(report, "improve"), "improve") for s in b]
    assert not any("recommendation of the last inspection" in t for t in improve)


def test_the_word_and_qa_views_carry_the_marks(master: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    run("export", "report", master, "-o", out)
    paras = [p.text for p in docx.Document(str(out)).paragraphs]
    bullet = next(p for p in paras if p.startswith(RECOMMENDATIONS[0][0]))
    assert "the finding says ‘most’, but on QP8 inspectors found strengths" in bullet
    assert any(p.endswith("This was also a recommendation of the last inspection.") for p in paras)
    qa = tmp_path / "qa.csv"
    run("export", "qa", master, "-o", qa)
    with qa.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    flagged = [r for r in rows if "disagrees with the tally" in " ".join(r.values())]
    assert [r for r in flagged if FINDINGS[0] in " ".join(r.values())]
    assert [r for r in flagged if FINDINGS[2] in " ".join(r.values())]
    assert not [r for r in flagged if FINDINGS[1] in " ".join(r.values())]


@pytest.mark.parametrize(
    ("finding", "said"),
    [
        ("Plans are now reviewed in most cases, though not yet in one team.", [("most", "for")]),
        ("A minority of letters still miss the first hearing.", [("a minority", "against")]),
        ("Nearly all guardians now visit within ten days.", [("nearly all", "for")]),
        ("The most vulnerable children are now allocated first.", []),
        ("Waiting lists have gone, with all cases allocated in a week.", [("all", "for")]),
        ("Some progress; the majority of files are still not updated at all.",
         [("some", "for"), ("majority", "against")]),
        # A share of areas or teams is no share of the cases (tester 36).
        ("Oversight is evident in most areas but is weak in two.", []),
        ("The majority of teams now audit files monthly.", []),
    ],
)  # fmt: skip
def test_a_finding_s_words_are_read_by_their_own_clause(
    master: Path, finding: str, said: list[tuple[str, str]]
) -> None:
    from exporters.draft.previouslinks import said_shares

    with Store.open(master) as store:
        rules = load(store).rules
    assert [(w, side) for w, side, _lo, _hi in said_shares(finding, rules)] == said
