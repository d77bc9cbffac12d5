"""The key findings' theme on a law type's judgement graded below good (`themes.py`
chooses among the themes): every judgement below good has a key finding (issue 15,
tester 12: public law, the one national judgement requiring improvement, had none).
The area judgements below good are `areathemes.below_good`'s, the national
leadership's `themes.leaders_theme`.

A law type's finding gives its grade and the weaknesses its own cases show, as its
section weighs them (never a point the section says is a strength, or even), the
largest share against first; with none, its grade alone.  Wording: `key_findings.toml`.
"""

from __future__ import annotations

from exporters.draft.casethemes import (
    Scene,
    Theme,
    cases_line,
    choose_text,
    even,
    fold,
    grade_rank,
    make_theme,
    own_records,
    wording,
)
from exporters.draft.concentration import Measured
from exporters.draft.practicethemes import items
from exporters.draft.sections import recorded_grade
from exporters.draft.stance import SIDE
from exporters.draft.tallies import Claim, Pool, same_point


def law_themes(sc: Scene) -> list[Theme]:
    """The finding on the law types whose national judgements are graded below good: a
    sentence for each."""
    d = sc.data
    out = []
    for law, jid in sc.body.laws.items():
        grade, provisional = recorded_grade(d, d.judgement(jid))
        rank = None if provisional else grade_rank(d, grade)
        if rank is None or grade is None or rank < 3 or law not in sc.laws:
            continue
        label = d.framework.law_type_label(law).lower()
        points = _weak(sc, sc.laws[law], jid)
        found: list[Measured] = [(c, f"{label} ", "", c.tally) for c in points]
        frame = "law_below" if points else "law_below_only"
        text = choose_text(sc, wording()["frames"][frame], f"key|law|{law}", law=label,
                           Law=label.capitalize(), judged=wording()["judged"][str(rank)],
                           items=items(sc, found, "weak") if found else "")  # fmt: skip
        cases = [k for c in points for k in c.tally.neg]
        crits = [c.criterion for c in points]
        basis = f"Judgement {jid}: {d.framework.grade(grade).label}" + "".join(
            f"; {cases_line(c.tally, label)}" for c in points)  # fmt: skip
        out.append(make_theme(sc, "weakness", "law", text,
                              own_records(sc, crits, set(cases), "development"),
                              crits=crits, basis=basis, cases=cases))  # fmt: skip
    # Both law types below good: one finding, a sentence each (room for the others).
    joined: Theme | None = None
    for t in out:
        joined = fold(joined, t)
    if joined is None:
        return []
    joined.kept = True  # every judgement below good has a key finding
    return [joined]


def _weak(sc: Scene, pool: Pool, jid: str) -> list[Claim]:
    """A law type's own weaknesses its section weighs as weaknesses: at least the
    framework's `material_cases` cases against and more against than for, not about
    even, and not a point another key finding states; the largest share against first."""
    d = sc.data
    out = []
    for c in pool.claims():
        t = c.tally
        if not c.by_cases or not sc.ctx.stated.isdisjoint(same_point(c.criterion)):
            continue
        if len(t.neg) < d.rules.material_cases or len(t.neg) <= len(t.pos) or even(d, t):
            continue
        if sc.body.judgement(jid, c.criterion) != SIDE["weakness"]:
            continue
        out.append((-len(t.neg) / t.views, -len(t.neg), c.criterion, c))
    return [c for *_k, c in sorted(out, key=lambda x: x[:3])][: wording()["limits"]["nouns"]]
