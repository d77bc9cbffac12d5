"""The demo reads like an inspection (#15): each area's evidence and gradings follow the
quality of its practice, and the texts suit the case they are written about.

The weakness profile (`demo.measure`) is first checked on the hand-written inspection
(tests/fixtures/handwritten, in test_demo_measure.py), which the demo generator had no
part in, so the instrument is known to tell areas of different quality apart before it is
used on the demo.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from demo import VISITED, DemoStats
from demo.measure import GRADE_ORDER, GradeProfile, weakness_profile
from store.models import StoredCase, StoredEvidence
from store.store import Store
from tests.demo.test_demo_measure import assert_prints_a_line_per_grade

PUBLIC_ONLY = re.compile(
    r"\b(IRO|independent reviewing officer|care plan|foster carers?|placement order)\b",
    re.IGNORECASE,
)
"""Words that belong to public-law (care) proceedings, not to a private-law dispute."""
BABY_SPEAKS = re.compile(
    r"\b(baby|infant)('s)? (said|says|told|asked|explained|wrote|drew|chose|wants|wanted|"
    r"felt listened)",
    re.IGNORECASE,
)
"""A baby given words or a view of their own ("the baby felt listened to")."""


def _ordered(profiles: dict[str, GradeProfile]) -> list[GradeProfile]:
    return [profiles[g] for g in GRADE_ORDER if g in profiles]


def _assert_weaker_grades_have_more_weaknesses(profiles: dict[str, GradeProfile]) -> None:
    ordered = _ordered(profiles)
    assert len(ordered) >= 3, sorted(profiles)
    for better, worse in zip(ordered, ordered[1:], strict=False):
        assert better.development_share < worse.development_share, (better, worse)
        assert better.against_share < worse.against_share, (better, worse)
        assert better.cases_against_share < worse.cases_against_share, (better, worse)


@pytest.fixture(scope="module")
def big(big_demo: tuple[Path, DemoStats]) -> dict[str, GradeProfile]:
    with Store.open(big_demo[0]) as store:
        return weakness_profile(store, VISITED)


def test_demo_areas_have_three_grades_and_weaknesses_follow_them(
    big: dict[str, GradeProfile],
) -> None:
    assert {"outstanding", "good", "requires-improvement"} <= set(big)
    _assert_weaker_grades_have_more_weaknesses(big)


def test_an_outstanding_area_has_few_weaknesses(big: dict[str, GradeProfile]) -> None:
    best = big["outstanding"]
    assert best.cases > 100
    assert best.development_share < 0.06
    assert best.cases_against_share < 0.25  # "a small number of cases"
    assert best.worst_criterion[1] < 0.10  # no criterion weak in one case in ten
    assert best.area_development_share < 0.2


def test_weaknesses_gather_where_the_grade_says(big: dict[str, GradeProfile]) -> None:
    weakest = big["requires-improvement"]
    assert weakest.cases_against_share > 0.5
    assert weakest.worst_criterion[1] > 0.2
    assert weakest.area_development_share > 0.4
    for profile in big.values():  # weaknesses sit together, not one note here and there
        assert profile.concentration > 0.5, profile


def test_the_weakest_area_is_judged_at_its_quality(big_demo: tuple[Path, DemoStats]) -> None:
    with Store.open(big_demo[0]) as store:
        judged = {j.area_code: j.grade for j in store.judgements() if j.area_code}
    weakest = [code for code, quality in VISITED.items() if quality == "requires-improvement"]
    assert weakest and all(judged.get(code) == "requires-improvement" for code in weakest)
    assert all(grade == VISITED[code] for code, grade in judged.items())


@pytest.fixture(scope="module")
def case_notes(
    big_demo: tuple[Path, DemoStats],
) -> list[tuple[StoredCase, StoredEvidence]]:
    with Store.open(big_demo[0]) as store:
        cases: dict[str, StoredCase] = {}
        out = []
        for ev in store.all_evidence():
            if ev.case_id:
                if ev.case_id not in cases:
                    cases[ev.case_id] = store.case(ev.case_id)
                out.append((cases[ev.case_id], ev))
    return out


def test_private_law_evidence_never_speaks_of_care_proceedings(
    case_notes: list[tuple[StoredCase, StoredEvidence]],
) -> None:
    private = [(c, e) for c, e in case_notes if c.law_type == "PRIVATE"]
    public = [(c, e) for c, e in case_notes if c.law_type == "PUBLIC"]
    assert len(private) > 5000 and len(public) > 3000
    wrong = [(c.ref, e.text) for c, e in private if PUBLIC_ONLY.search(e.text)]
    assert not wrong, wrong[:5]
    assert sum(1 for _, e in public if PUBLIC_ONLY.search(e.text)) > 100  # the words exist


def test_only_children_who_can_talk_and_were_seen_are_quoted(
    case_notes: list[tuple[StoredCase, StoredEvidence]],
) -> None:
    quoted = [(c, e) for c, e in case_notes if e.child_words]
    assert len(quoted) > 100
    for case, ev in quoted:
        assert case.age_band not in ("0-1", "2-4", "unknown"), (case.ref, ev.child_words)
        assert case.child_seen, (case.ref, ev.child_words)
    babies = [e.text for c, e in case_notes if c.age_band == "0-1"]
    assert len(babies) > 500
    speaking = [t for t in babies if BABY_SPEAKS.search(t)]
    assert not speaking, speaking[:5]


def test_children_words_vary_with_age(
    case_notes: list[tuple[StoredCase, StoredEvidence]],
) -> None:
    by_age: dict[str, set[str]] = {}
    for case, ev in case_notes:
        if ev.child_words:
            by_age.setdefault(case.age_band, set()).add(ev.child_words)
    assert {"5-9", "10-13", "14-15"} <= set(by_age)
    assert not by_age["5-9"] & by_age["14-15"]  # a teenager does not talk like a six-year-old
    assert all(len(words) >= 5 for words in by_age.values())


def test_safeguarding_notes_sit_in_weaker_cases(
    big_demo: tuple[Path, DemoStats],
    case_notes: list[tuple[StoredCase, StoredEvidence]],
) -> None:
    concerns = [(c, e) for c, e in case_notes if e.safeguarding]
    assert len(concerns) >= 5
    assert {e.escalation for _, e in concerns} == {"escalated", "needs-escalation"}
    areas = Counter(VISITED.get(c.area_code, "national sample") for c, _ in concerns)
    assert areas["outstanding"] < areas["requires-improvement"] + areas["good"], areas
    assert len({e.safeguarding for _, e in concerns}) > len(concerns) / 2


def test_measure_prints_a_line_per_grade(
    big_demo: tuple[Path, DemoStats], capsys: pytest.CaptureFixture[str]
) -> None:
    assert_prints_a_line_per_grade(big_demo[0], capsys)
