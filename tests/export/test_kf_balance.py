"""Key findings in proportion to the grade (issue 15, tester 8): a good organisation's
findings lead with its strengths and are mostly positive; an area judged outstanding
among others stands apart as an inadequate one does; national leadership judged good,
its notes leaning positive, is a finding; and a finding on the weakest practice counts
every weakness it names by one measure (never a private law share beside one area's).

The inspections are written by hand in each test (`tests.export.small`).
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from store.models import Evidence
from tests.export.small import STRONG, WEAK, Small
from tests.export.test_kf_themes import AREAS, _noun, _summary


def _findings(report: ReportModel) -> list[tuple[str, str, str]]:
    """Each key finding: its text, the way it goes ("for", "against", or another), and
    its comment."""
    out: list[tuple[str, str, str]] = []
    for p in _summary(report).paragraphs:
        dirs = {s.direction for s in p.sentences}
        side = dirs.pop() if len(dirs) == 1 else "mixed"
        out.append((" ".join(s.text for s in p.sentences), side,
                    " ".join(s.basis for s in p.sentences)))  # fmt: skip
    return out


def _noted(s: Small, area: str, law: str, n: int, weak: set[str]) -> list[str]:
    """`n` new cases of one law type in `area`, a note on each of the four criteria of
    `STRONG`: an area for development on those in `weak`, a strength on the others."""
    out = []
    for _ in range(n):
        case = s.case(area=area, law=law)
        out.append(case)
        for crit in STRONG:
            bad = crit in weak
            s.ev(
                case, [crit], "development" if bad else "strength", (WEAK if bad else STRONG)[crit]
            )
    return out


def _good_with_an_outstanding_area(path: Path) -> ReportModel:
    """Judged good: Area 3 judged outstanding and strong on every criterion, Area 6 good
    (case records behind in two of its six cases), Area 9 inadequate and weak on direct
    work and analysis in each of its six cases; one safeguarding concern, escalated;
    national leadership judged good, its notes on priorities and on learning from audits
    praising it (one reservation)."""
    s = Small(path, areas=AREAS)
    good = _noted(s, "3", "PRIVATE", 3, set()) + _noted(s, "3", "PUBLIC", 3, set())
    good += _noted(s, "6", "PRIVATE", 2, set()) + _noted(s, "6", "PUBLIC", 2, set())
    _noted(s, "6", "PRIVATE", 2, {"QP11"})
    weak = _noted(s, "9", "PRIVATE", 3, {"QP5", "QP7"}) + _noted(
        s, "9", "PUBLIC", 3, {"QP5", "QP7"}
    )
    for case in good[:8]:
        s.ev(case, ["SW1"], "strength", "The guardian told the court about the new risk the "
             "same day and asked for a strategy meeting.")  # fmt: skip
    s.store.put_evidence(Evidence(
        case_id=weak[0], criteria=["SW1"], source="CASE_FILE", polarity="development",
        text="A disclosure by the older child was not shared with the local authority for a week.",
        escalation="escalated", safeguarding="A disclosure not shared with children's services.",
    ))  # fmt: skip
    for text, source in (
        ("Leaders have set three clear priorities and every team manager could say how their "
         "team works to them.", "INT_MANAGER"),
        ("Board papers follow each priority every quarter, and leaders changed the duty "
         "rota when the figures showed delay.", "BOARD_PAPERS"),
        ("Practitioners said senior leaders are visible and explain the reasons for changes.",
         "INT_PRACTITIONER"),
    ):  # fmt: skip
        s.national(["LG1"], "strength", text, source)
    for text, source, polarity in (
        ("The national audit programme found gaps in case planning and each team had an "
         "action plan within a month.", "QA_AUDIT", "strength"),
        ("Learning from the serious case review was shared with every team in a briefing "
         "and checked at the next audit.", "BOARD_PAPERS", "strength"),
        ("Some practitioners had not yet seen the findings of the last audit.",
         "INT_PRACTITIONER", "development"),
    ):  # fmt: skip
        s.national(["LG7"], polarity, text, source)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    for code, grade in (("3", "outstanding"), ("6", "good"), ("9", "inadequate")):
        s.judge("J18-4A", grade, area=code)
    report = draft_report(load(s.store))
    s.close()
    return report


def test_a_good_organisation_with_an_outstanding_area_and_strong_leaders(tmp_path: Path) -> None:
    """Judged good, with Area 3 outstanding, leaders judged good and Area 9 inadequate:
    the key findings open on strengths and most of them are strengths; Area 3 is named
    as standing apart (judged outstanding, with practice its own cases show strong),
    before any weakness; the national leadership is a finding in its favour, traced to
    its judgement; Area 9 is still named as inadequate, after the strengths."""
    found = _findings(_good_with_an_outstanding_area(tmp_path / "t.db"))
    sides = [side for _t, side, _b in found]
    texts = [t for t, _s, _b in found]
    assert sides[0] == "for", texts
    assert sides.count("for") > sides.count("against"), texts
    first_weakness = sides.index("against")
    assert max(k for k, side in enumerate(sides) if side == "for") < first_weakness, texts
    area3 = [k for k, t in enumerate(texts) if "Area 3" in t]
    assert len(area3) == 1, texts
    said, side, basis = found[area3[0]]
    assert side == "for" and "outstanding" in said and "strong practice" in said, said
    assert "Area 3: Outstanding" in basis and "Area 3's own cases" in basis, basis
    leaders = [k for k, (_t, _s, b) in enumerate(found) if "J18-3" in b]
    assert leaders, texts
    assert all(sides[k] == "for" for k in leaders), texts
    assert any("leader" in texts[k].lower() for k in leaders), texts
    area9 = next(k for k, t in enumerate(texts) if "Area 9" in t)
    assert sides[area9] == "against" and "inadequate" in texts[area9], texts[area9]
    assert area9 >= first_weakness, texts


def _weak_in_two_places(path: Path) -> ReportModel:
    """Judged to require improvement: analysis weak in all four private law cases (two
    in each area) and strong in the public law ones; case records behind in all four
    Area 9 cases (of both law types) and kept well in Area 6; children not seen in the
    three cases with a note on it, all public law (none of three is the weakest share of
    all)."""
    s = Small(path, areas=[("6", "Riverside", True), ("9", "Harbour", True)])
    _noted(s, "6", "PRIVATE", 2, {"QP7"})
    _noted(s, "6", "PUBLIC", 2, set())
    _noted(s, "9", "PRIVATE", 2, {"QP7", "QP11"})
    _noted(s, "9", "PUBLIC", 2, {"QP11"})
    for k in range(3):  # seeing children: noted in three more public law cases, all weak
        case = s.case(area="6", law="PUBLIC")
        s.ev(case, ["QP8"], "development", f"The child was not seen before the report was "
             f"filed, although the guardian had {k + 2} weeks to arrange it.")  # fmt: skip
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "requires-improvement")
    for code in ("6", "9"):
        s.judge("J18-4A", "requires-improvement", area=code)
    report = draft_report(load(s.store))
    s.close()
    return report


WEAK_OPEN = re.compile(
    r"(?:[Tt]he weakest practice is in|Weak practice is evident in|Practice is weak in)"
)
LAW_SHARE = re.compile(r"\b(private|public) law cases\b")
AREA_SHARE = re.compile(r"\bcases (inspectors could assess )?in Area \w+")


def test_the_weakest_practice_is_counted_by_one_measure(tmp_path: Path) -> None:
    """Seeing children is weak in public law, analysis in private law and case recording
    in Area 9: the weakest practice is the one weak in the largest share of its cases
    (all three), and each sentence gives its shares by one measure, never a law type's
    share beside another's or an area's: a weakness concentrated in another place has a
    sentence of its own, said of that place's cases, never of all the cases (the last
    independent audit: a national share for a weakness concentrated in two areas)."""
    found = _findings(_weak_in_two_places(tmp_path / "t.db"))
    texts = [t for t, _s, _b in found]
    weakest = [t for t in texts if WEAK_OPEN.search(t)]
    assert weakest, texts
    for t in texts:
        for sentence in re.split(r"(?<=\.) ", t):
            laws = set(LAW_SHARE.findall(sentence))
            assert len(laws) <= 1 and not (laws and AREA_SHARE.search(sentence)), sentence
    # The weakest by the measure the sentence uses, among points seen in at least half
    # the cases assessed (the framework's `superlative_base_share`): seeing children,
    # noted in three of the eleven, leads no national finding (tester 12).  Analysis,
    # weak in the private law cases (all four with a view), is a reason private law's
    # grade rests on: said in its finding, not the weakest practice's (session 15,
    # `gradethemes.law_owned`); case recording, in Area 9's, stays the weakest
    # practice's, said of that area.
    first, *_more = re.split(r"(?<=\.) ", weakest[0])
    assert re.search(WEAK_OPEN.pattern + " " + re.escape(_noun("QP11")), first), first
    assert "in Area 9" in first, first
    assert _noun("QP8") not in weakest[0] and _noun("QP7") not in weakest[0], weakest[0]
    # Each weak in all of its cases (four and four): none is "the weakest"
    # (`practicethemes._as_far`), and the comment says what is about as weak.
    basis = next(b for t, _s, b in found if t == weakest[0])
    assert "weakest" not in first.lower() and "about as weak" in basis, (first, basis)
    private = next(s for t in texts for s in re.split(r"(?<=\.) ", t)
                   if s.startswith("Practice in private law"))  # fmt: skip
    assert _noun("QP7") in private and "all four private law cases" in private, private
    # Seeing children, weak in all three public law cases, is said in the finding on
    # public law, judged to require improvement (every judgement below good has one).
    public = next(s for t in texts for s in re.split(r"(?<=\.) ", t)
                  if s.startswith("Practice in public law"))  # fmt: skip
    assert _noun("QP8") in public and "all three public law cases" in public, public
