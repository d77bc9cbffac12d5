"""How weaknesses sit in an inspection, by the grade of the area they are in.

`python -m demo.measure DB` prints one line per area grade.  It reads any inspection
through the public Store API (the demo, the hand-written test inspection, a real one),
so the demo's claim to read like an inspection can be checked rather than asserted:

- *development share*: areas for development among the case notes that take a side;
- *against*: case-criterion pairs that count against the criterion, by the rule the
  draft uses (graded below good; or, ungraded, more development notes than strengths),
  as a share of the pairs with any evidence;
- *cases against*: cases with at least one criterion against them;
- *concentration*: the share of all development notes that sit on a pair counted
  against (high means weaknesses gather in a few cases and criteria, as on a real
  inspection; low means they are sprinkled thinly everywhere);
- *worst criterion*: the largest share of cases against one criterion, among the cases
  with evidence on it (criteria with at least ten such cases): the figure a drafted
  sentence about that criterion would rest on;
- *area development share*: the same share among notes about the area itself.

An area's grade is its recorded area judgement; `quality` (code -> grade) can stand in
for areas not yet judged (the demo passes the quality it gave each area).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from store.models import StoredEvidence, StoredGrading
from store.store import Store

GOOD_OR_BETTER = frozenset({"outstanding", "good"})
GRADE_ORDER = ("outstanding", "good", "requires-improvement", "inadequate")


@dataclass
class GradeProfile:
    """The weaknesses of the visited areas that share one grade."""

    grade: str
    areas: list[str]
    cases: int = 0
    strengths: int = 0
    developments: int = 0
    pairs: int = 0
    pairs_against: int = 0
    cases_against: int = 0
    developments_on_against: int = 0
    area_strengths: int = 0
    area_developments: int = 0
    by_criterion: dict[str, list[int]] = field(default_factory=dict)
    """Criterion -> [cases with evidence on it, cases against it]."""

    @staticmethod
    def _share(part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    @property
    def development_share(self) -> float:
        """Development notes among the case notes that take a side."""
        return self._share(self.developments, self.strengths + self.developments)

    @property
    def against_share(self) -> float:
        """Case-criterion pairs counted against, among those with evidence."""
        return self._share(self.pairs_against, self.pairs)

    @property
    def cases_against_share(self) -> float:
        """Cases with a criterion against them, among the cases with evidence."""
        return self._share(self.cases_against, self.cases)

    @property
    def concentration(self) -> float:
        """Development notes that sit on a pair counted against."""
        return self._share(self.developments_on_against, self.developments)

    @property
    def worst_criterion(self) -> tuple[str, float]:
        """The criterion with the largest share of cases against it, and that share."""
        shares = [(n_against / n, c) for c, (n, n_against) in self.by_criterion.items() if n >= 10]
        if not shares:
            return ("", 0.0)
        share, criterion = max(shares)
        return (criterion, share)

    @property
    def area_development_share(self) -> float:
        """Development notes among the area's own notes that take a side."""
        return self._share(self.area_developments, self.area_strengths + self.area_developments)

    def line(self) -> str:
        """One line of the printed table."""
        return (
            f"{self.grade:<21} {','.join(self.areas):<12} {self.cases:>6} "
            f"{self.development_share:>6.1%} {self.against_share:>8.1%} "
            f"{self.cases_against_share:>8.1%} {self.concentration:>8.1%} "
            f"{self.worst_criterion[0]:>6} {self.worst_criterion[1]:>6.1%} "
            f"{self.area_development_share:>8.1%}"
        )


HEADER = (
    f"{'area grade':<21} {'areas':<12} {'cases':>6} {'dev':>6} {'against':>8} "
    f"{'cases ag':>8} {'concent':>8} {'worst criterion':>13} {'area dev':>8}"
)


def area_grades(store: Store, quality: Mapping[str, str] | None = None) -> dict[str, str]:
    """Visited area code -> its recorded area judgement, else `quality`'s grade."""
    judged = {j.area_code: j.grade for j in store.judgements() if j.area_code and j.grade}
    fallback = quality or {}
    out: dict[str, str] = {}
    for area in store.areas(visited_only=True):
        grade = judged.get(area.code) or fallback.get(area.code)
        if grade:
            out[area.code] = grade
    return out


def _against(grading: StoredGrading | None, tally: Counter[str]) -> bool:
    if grading is not None and grading.grade in GRADE_ORDER:
        return grading.grade not in GOOD_OR_BETTER
    return tally["development"] > tally["strength"]


def _add_case(
    profile: GradeProfile,
    notes: list[StoredEvidence],
    gradings: dict[str, StoredGrading],
) -> None:
    tallies: dict[str, Counter[str]] = defaultdict(Counter)
    for ev in notes:
        for crit in ev.criteria:
            tallies[crit][ev.polarity] += 1
    profile.cases += 1
    profile.strengths += sum(ev.polarity == "strength" for ev in notes)
    profile.developments += sum(ev.polarity == "development" for ev in notes)
    against = {c for c, t in tallies.items() if _against(gradings.get(c), t)}
    for crit in tallies:
        counts = profile.by_criterion.setdefault(crit, [0, 0])
        counts[0] += 1
        counts[1] += crit in against
    profile.pairs += len(tallies)
    profile.pairs_against += len(against)
    profile.cases_against += bool(against)
    profile.developments_on_against += sum(
        1 for ev in notes if ev.polarity == "development" and against & set(ev.criteria)
    )


def weakness_profile(
    store: Store, quality: Mapping[str, str] | None = None
) -> dict[str, GradeProfile]:
    """Area grade -> the profile of the cases and notes of the visited areas with it.

    Only cases in the areas' own samples count (not the national sample)."""
    grades = area_grades(store, quality)
    profiles: dict[str, GradeProfile] = {}
    for code, grade in sorted(grades.items()):
        profiles.setdefault(grade, GradeProfile(grade, [])).areas.append(code)
    by_case: dict[str, list[StoredEvidence]] = defaultdict(list)
    for ev in store.all_evidence():
        if ev.case_id:
            by_case[ev.case_id].append(ev)
        elif ev.area_code in grades:
            p = profiles[grades[ev.area_code]]
            p.area_strengths += ev.polarity == "strength"
            p.area_developments += ev.polarity == "development"
    gradings: dict[str, dict[str, StoredGrading]] = defaultdict(dict)
    for g in store.all_gradings():
        gradings[g.case_id][g.criterion_id] = g
    for case_id, notes in by_case.items():
        case = store.case(case_id)
        if case.area_code in grades and case.sample != "national":
            _add_case(profiles[grades[case.area_code]], notes, gradings[case_id])
    order = {g: i for i, g in enumerate(GRADE_ORDER)}
    return dict(sorted(profiles.items(), key=lambda kv: order.get(kv[0], len(order))))


def main(argv: list[str] | None = None) -> int:
    """Print the profile of the inspection at argv[0] (the demo's qualities fill in for
    areas not yet judged when the database is a demo)."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not Path(args[0]).is_file():
        print("usage: python -m demo.measure DB (an inspection database file)", file=sys.stderr)
        return 2
    from demo.cast import VISITED

    with Store.open(args[0]) as store:
        demo = "(demo, seed" in store.inspection().title
        profiles = weakness_profile(store, VISITED if demo else None)
    print(HEADER)
    for p in profiles.values():
        print(p.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
