"""Key findings drawn from themes across the judgements (issue 15), read as a reader sees
them: a handful of findings in proportion to the overall grade, strengths first for a
good organisation and failures first for an inadequate one, an area named only where its
own cases bear the point out, the safeguarding concerns left unescalated stated, no
finding that praises and criticises one thing, and each finding traced.

The two inspections here are written by hand in the test (`tests.export.small`); the
general properties are checked on every hand-written inspection (`handwritten_reports`),
none of them made by the demo generator.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.words import words
from exporters.model import ReportModel, Section, Sentence
from store.framework import load_framework
from store.models import Evidence
from tests.export.small import Small

AREAS = [("3", "Moorland", True), ("6", "Riverside", True), ("9", "Harbour", True)]
FW = load_framework("cafcass-2018")


def _noun(crit: str) -> str:
    return words().criterion(FW, crit).noun


def _summary(report: ReportModel) -> Section:
    return next(sec for sec in report.sections if sec.kind == "summary")


def _bullets(report: ReportModel) -> list[str]:
    return [" ".join(s.text for s in p.sentences) for p in _summary(report).paragraphs]


def _side(p_sentences: list[Sentence]) -> str:
    """Which way a finding goes, as its sentences are traced."""
    dirs = {s.direction for s in p_sentences}
    return dirs.pop() if len(dirs) == 1 else "mixed"


def _concern(s: Small, case: str, status: str, k: int) -> None:
    s.store.put_evidence(Evidence(
        case_id=case, criteria=["SW1"], source="CASE_FILE", polarity="development",
        text=f"A report of bruising from the school was not passed to the local authority "
             f"for {8 + k} days.", escalation=status,  # type: ignore[arg-type]
        safeguarding="Unexplained bruising not shared with children's services." if status != "none" else "",
    ))  # fmt: skip


def _leaders(s: Small, polarity: str) -> None:
    texts = {
        "strength": ("Leaders have set clear priorities and staff in every team could say "
                     "what they were.", "Board papers track each priority every quarter and "
                     "leaders act on what the figures show.", "Senior leaders give clear "
                     "direction and know where the service needs to improve."),
        "development": ("Leaders' priorities are not yet visible in the teams inspectors "
                        "met.", "Board papers report activity but not what changed for "
                        "children.", "Staff could not say what leaders expected of them."),
    }[polarity]  # fmt: skip
    for text, source in zip(texts, ("INT_MANAGER", "BOARD_PAPERS", "INT_PRACTITIONER"),
                            strict=True):  # fmt: skip
        s.national(["LG1"], polarity, text, source)


def _judges(s: Small, areas: tuple[str, ...]) -> None:
    for k, area in enumerate(areas):
        s.about_area(area, ["LGN4"], "strength", f"The designated family judge said the "
                     f"guardians' reports are clear and always on time (court {k + 1}).",
                     "INT_JUDICIARY")  # fmt: skip


def _judge_all(s: Small, overall: str, areas: dict[str, str]) -> None:
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, overall)
    for code, grade in areas.items():
        s.judge("J18-4A", grade, area=code)


def _good_with_an_inadequate_area(
    path: Path, area9_weak: bool = True, leaders: str = "good"
) -> ReportModel:
    """Judged good: Areas 3 and 6 strong on every criterion, Area 9 judged inadequate
    and (`area9_weak`) weak on three of four in each of its six cases; safeguarding
    concerns followed up in eight cases, not in two, neither yet escalated; national
    leadership judged `leaders`, its notes going the same way."""
    s = Small(path, areas=AREAS)
    good = s.cases_noted("3", 6, weak=set()) + s.cases_noted("6", 6, weak=set())
    s.cases_noted("9", 6, weak={"QP5", "QP7", "QP11"} if area9_weak else set())
    for case in good[:4] + good[6:10]:
        s.ev(case, ["SW1"], "strength", "The guardian told the court about the new risk the "
             "same day and asked for a strategy meeting.")  # fmt: skip
    _concern(s, good[4], "needs-escalation", 0)
    _concern(s, good[10], "needs-escalation", 1)
    _leaders(s, "strength" if leaders == "good" else "development")
    _judges(s, ("3", "6", "9"))
    _judge_all(s, "good", {"3": "good", "6": "good", "9": "inadequate"})
    s.judge("J18-3", leaders)
    report = draft_report(load(s.store))
    s.close()
    return report


def _inadequate_with_a_strong_area(path: Path) -> ReportModel:
    """Judged inadequate: Areas 3 and 6 weak on every criterion in each of their six
    cases, Area 9 judged good and strong on every one; safeguarding concerns not
    followed up in four cases (one escalated, one not yet), followed up in two."""
    s = Small(path, areas=AREAS)
    weak = s.cases_noted("3", 6, weak={"QP3", "QP5", "QP7", "QP11"})
    weak += s.cases_noted("6", 6, weak={"QP3", "QP5", "QP7", "QP11"})
    strong = s.cases_noted("9", 6, weak=set())
    for k, (case, status) in enumerate(zip((weak[0], weak[6], weak[1], weak[7]),
                                           ("escalated", "needs-escalation", "none", "none"),
                                           strict=True)):  # fmt: skip
        _concern(s, case, status, k)
    for case in strong[:2]:
        s.ev(case, ["SW1"], "strength", "The guardian told the court about the new risk the "
             "same day and asked for a strategy meeting.")  # fmt: skip
    _leaders(s, "development")
    _judge_all(s, "inadequate", {"3": "inadequate", "6": "inadequate", "9": "good"})
    report = draft_report(load(s.store))
    s.close()
    return report


def test_a_good_organisation_leads_with_strengths_then_its_inadequate_area(
    tmp_path: Path,
) -> None:
    """Judged good: the key findings open on strengths, and the safeguarding weakness (two
    of ten cases, in areas judged good) follows them (kf29, tester 28: first only where
    its judgement is below good or it is found in most cases); Area 9, judged inadequate, is named after them with the practice its
    own cases show to be weak (never the practice strong there); the concerns not yet
    escalated are stated; Areas 3 and 6, like the others, are not named."""
    report = _good_with_an_inadequate_area(tmp_path / "t.db")
    summary = _summary(report)
    bullets = _bullets(report)
    assert 4 <= len(bullets) <= 7, bullets
    sides = [_side(p.sentences) for p in summary.paragraphs]
    area9 = next(k for k, b in enumerate(bullets) if "Area 9" in b)
    concerns = next(k for k, b in enumerate(bullets) if "not yet been escalated" in b
                    or "none had yet been escalated" in b)  # fmt: skip
    assert sides[0] == "for", bullets
    last_strength = max(k for k, side in enumerate(sides) if side == "for")
    assert last_strength < area9, bullets
    assert last_strength < concerns, bullets
    said = bullets[area9]
    assert "inadequate" in said and "the other areas visited" in said, said
    assert any(_noun(c) in said for c in ("QP5", "QP7", "QP11")), said
    assert _noun("QP3") not in said, said
    assert "two cases" in bullets[concerns], bullets[concerns]
    assert not [b for b in bullets if "Area 3" in b or "Area 6" in b], bullets
    # The strongest practice holds in Area 9's own cases too, but Area 9 stands apart
    # below the others: never "in every area visited" beside it (session-9 tester, S5).
    strongest = next(b for b in bullets if _noun("QP3") in b)
    assert "every area visited" not in strongest, strongest
    # Each finding's comment says what it rests on: the area's grades and its own cases.
    basis = summary.paragraphs[area9].sentences[0].basis
    assert "Area 9: Inadequate" in basis and "Area 9's own cases" in basis, basis


def test_an_area_judged_inadequate_that_its_own_cases_do_not_bear_out_is_not_named(
    tmp_path: Path,
) -> None:
    """The same inspection with Area 9's cases as strong as the others': its grade
    stands alone against its evidence, and no key finding names it."""
    bullets = _bullets(_good_with_an_inadequate_area(tmp_path / "t.db", area9_weak=False))
    assert bullets
    assert not [b for b in bullets if "Area 9" in b], bullets


def test_leaders_are_said_on_the_side_of_their_own_judgement(tmp_path: Path) -> None:
    """Judged good overall, but national leadership judged to require improvement, its
    notes critical: the key finding on leaders is a weakness, said after the strengths
    (the overall judgement's grade is not the leadership judgement's)."""
    report = _good_with_an_inadequate_area(tmp_path / "t.db", leaders="requires-improvement")
    summary = _summary(report)
    on_leaders = [(k, s) for k, p in enumerate(summary.paragraphs) for s in p.sentences
                  if "LG1" in s.criteria]  # fmt: skip
    assert on_leaders, _bullets(report)
    for k, s in on_leaders:
        assert s.direction == "against" and "J18-3" in s.basis, (s.text, s.basis)
        sides = [_side(p.sentences) for p in summary.paragraphs]
        assert max(j for j, side in enumerate(sides) if side == "for") < k, _bullets(report)


def test_an_inadequate_organisation_leads_with_failures_then_its_strong_area(
    tmp_path: Path,
) -> None:
    """Judged inadequate: the key findings open on the safeguarding failure and the
    weakest practice; Area 9, judged good among two inadequate areas, is named after
    them with the practice its own cases show to be strong."""
    report = _inadequate_with_a_strong_area(tmp_path / "t.db")
    summary = _summary(report)
    bullets = _bullets(report)
    assert 3 <= len(bullets) <= 7, bullets
    sides = [_side(p.sentences) for p in summary.paragraphs]
    assert sides[0] == "against" and "safeguarding" in bullets[0].lower(), bullets
    # The concerns escalated, all on the inadequate areas' cases, are counted once, in
    # the areas' finding, with the one still open (they were counted in the safeguarding
    # finding too: session 14).
    counted = [b for b in bullets if "senior managers' attention" in b]
    assert len(counted) == 1 and "Areas 3 and 6" in counted[0], bullets
    assert "one of which had not yet been escalated" in counted[0], counted[0]
    # The weakest practice (said without the superlative where points tie: all of their
    # cases in Areas 3 and 6, `practicethemes._as_far`).
    weakest = next(k for k, b in enumerate(bullets)
                   if re.search(r"weakest practice|weak practice is|practice is weak", b, re.I))  # fmt: skip
    area9 = next(k for k, b in enumerate(bullets) if "Area 9" in b)
    assert sides[area9] == "for" and weakest < area9, bullets
    assert max(k for k, side in enumerate(sides) if side == "against") < area9, bullets
    said = bullets[area9]
    assert "strong practice" in said and "judged good" in said, said
    assert any(_noun(c) in said for c in ("QP3", "QP5", "QP7", "QP11")), said
    # Every judgement below good has a key finding (tester 12): the two inadequate areas,
    # the majority, are named together by their grade, not area by area.
    named = [b for b in bullets if "Areas 3 and 6 are judged inadequate" in b]
    assert len(named) == 1, bullets
    assert not [b for b in bullets if "Area 3" in b or "Area 6" in b], bullets


BALANCED = re.compile(r"^(Although|While|Whilst)\b")
TALLY = re.compile(r"\b\d+ of \d+\b|\bof the \d+ cases\b")


def test_key_findings_on_the_hand_written_inspections(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    """On every hand-written inspection: four to seven findings where the evidence
    allows (at most seven), each one or two sentences and traced; none balanced ("While
    some ..., most ...") nor a bare tally in figures; no criterion both a strength and a
    weakness; an area named only by a finding resting on that area's own cases."""
    for name, report in handwritten_reports.items():
        summary = _summary(report)
        assert 3 <= len(summary.paragraphs) <= 7, (name, _bullets(report))
        sides: dict[str, set[str]] = {"for": set(), "against": set()}
        areas = _case_areas(report)
        for p in summary.paragraphs:
            assert 1 <= len(p.sentences) <= 2, (name, p.text)
            for s in p.sentences:
                assert s.traced and s.basis, (name, s.text)
                assert not BALANCED.search(s.text), (name, s.text)
                # (a share of fewer than half of the sampled cases: counts and base)
                assert not TALLY.search(s.text) or "low coverage" in s.flags, (name, s.text)
                if s.direction in sides and s.role == "claim":
                    sides[s.direction].update(s.criteria)
                for code in re.findall(r"\bArea (\w+)", s.text):
                    own = {areas.get(r) for r in s.case_refs}
                    assert code in own or f"Area {code}" in s.basis, (name, s.text)
        assert not sides["for"] & sides["against"], (name, _bullets(report))


def _case_areas(report: ReportModel) -> dict[str, str]:
    """Each case reference an area section's sentences cite, with that area's code."""
    return {r: sec.area_code for sec in report.sections if sec.kind == "area" and sec.area_code
            for p in sec.paragraphs for s in p.sentences for r in s.case_refs}  # fmt: skip


@pytest.mark.parametrize("builder", [_good_with_an_inadequate_area, _inadequate_with_a_strong_area])
def test_no_key_finding_repeats_a_body_sentence(tmp_path: Path, builder: object) -> None:
    """A key finding is drawn across the judgements, never a sentence of the body."""
    report = builder(tmp_path / "t.db")  # type: ignore[operator]
    body = {s.text for sec in report.sections if sec.kind in ("area", "judgement")
            for p in sec.paragraphs for s in p.sentences}  # fmt: skip
    assert not [b for b in _bullets(report) if b in body]
