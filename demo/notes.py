"""Evidence notes and gradings whose polarity follows the quality of the work.

A case's quality (drawn from its area's) decides how its notes lean.  A good case may
have one weak theme and a case that requires improvement two or three: there most notes
are areas for development and the criterion is graded below good, while the rest of the
case reads well.  So weaknesses sit in some cases on some criteria, as on a real
inspection, rather than sprinkled over every case.  Each note is composed from a
context (where it was seen), a fragment of the theme, an impact and sometimes a
follow-up, all chosen to suit the case's law type, the child's age and whether the
child was seen (see `texts.py`).
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from demo.cases import DrawnCase, weighted
from demo.slots import Ctx, choose, fill
from demo.texts import Pool, Theme, fitting, texts
from store.framework import Framework
from store.models import Evidence, Grading, Polarity

POLARITIES: tuple[Polarity, ...] = ("strength", "development", "neutral")
CASE_POLARITY: dict[str, tuple[int, int, int]] = {
    "outstanding": (89, 0, 11),
    "good": (87, 1, 12),
    "requires-improvement": (74, 14, 12),
    "inadequate": (62, 26, 12),
}
"""(strength, development, neutral) weights of a case's notes outside its weak themes."""
WEAK_POLARITY = (14, 76, 10)
WEAK_THEMES: dict[str, tuple[int, ...]] = {
    "outstanding": (100,),
    "good": (60, 40),
    "requires-improvement": (0, 15, 50, 35),
    "inadequate": (0, 0, 15, 45, 40),
}
"""Weights of 0, 1, 2, ... weak themes in a case, by the case's quality."""
AREA_POLARITY: dict[str, tuple[int, int, int]] = {
    "outstanding": (80, 9, 11),
    "good": (64, 24, 12),
    "requires-improvement": (40, 48, 12),
    "inadequate": (25, 63, 12),
}
NATIONAL_POLARITY = (62, 26, 12)
GRADES: dict[str, tuple[dict[str, int], dict[str, int]]] = {
    "outstanding": ({"outstanding": 60, "good": 40}, {"good": 70, "requires-improvement": 30}),
    "good": (
        {"outstanding": 15, "good": 83, "requires-improvement": 2},
        {"good": 30, "requires-improvement": 70},
    ),
    "requires-improvement": (
        {"outstanding": 5, "good": 70, "requires-improvement": 25},
        {"good": 10, "requires-improvement": 80, "inadequate": 10},
    ),
    "inadequate": (
        {"good": 45, "requires-improvement": 50, "inadequate": 5},
        {"requires-improvement": 45, "inadequate": 55},
    ),
}
"""Grade weights by the case's quality: (a criterion of a sound theme, of a weak one)."""
SAFEGUARDING_RATE = {"requires-improvement": 0.006, "inadequate": 0.02}
CHILD_WORDS_THEMES = frozenset({"voice", "direct-work", "seen-alone", "outcome"})
CHILD_WORDS_SOURCES = frozenset({"INT_CHILD", "OBS_PRACTICE", "CASE_FILE"})


@dataclass(frozen=True)
class FitTheme:
    """A theme cut down to what one kind of case may use."""

    theme: Theme
    sources: Pool
    pools: dict[str, Pool]


@dataclass
class CaseWork:
    """What was written about one case."""

    evidence: list[Evidence]
    gradings: list[Grading]
    escalations: int


class NoteWriter:
    """Composes notes and gradings; one per demo, with the demo's random generator."""

    def __init__(self, fw: Framework, rng: random.Random) -> None:
        self.rng = rng
        self.criteria = {c.id for c in fw.criteria}
        self.sources = {s.code for s in fw.sources}
        self.grades = set(fw.grading_codes())
        self.words = texts()
        self._fit: dict[tuple[str, str, frozenset[str]], list[FitTheme]] = {}

    # Cases ------------------------------------------------------------------------------
    def themes_for(self, d: DrawnCase) -> list[FitTheme]:
        """The case themes this case may use, each cut to the fragments that suit it."""
        c = d.case
        key = (c.law_type, c.case_type, d.tags)
        if key not in self._fit:
            fits = []
            for t in self.words.case_themes:
                if (t.law and c.law_type not in t.law) or (
                    t.case_types and c.case_type not in t.case_types
                ):
                    continue
                pools: dict[str, Pool] = {p: fitting(t.fragments(p), d.tags) for p in POLARITIES}
                if pools["strength"] and pools["development"]:  # so either side can be taken
                    fits.append(FitTheme(t, fitting(t.sources, d.tags), pools))
            self._fit[key] = fits
        return self._fit[key]

    def case_work(self, d: DrawnCase, n: int) -> CaseWork:
        """`n` notes about the case and gradings of some criteria they speak to."""
        rng, c = self.rng, d.case
        ctx = Ctx(law=c.law_type, case_type=c.case_type, stage=c.stage, age=c.age_band, tags=d.tags)
        themes = self.themes_for(d)
        counts = WEAK_THEMES.get(d.quality, (100,))
        n_weak = min(len(themes), rng.choices(range(len(counts)), weights=counts)[0])
        weak = {t.theme.key for t in rng.sample(themes, n_weak)}
        weights = [3 if c.case_type in t.theme.boost else 1 for t in themes]
        work = CaseWork([], [], 0)
        used: list[tuple[Theme, bool]] = []
        for fit in rng.choices(themes, weights=weights, k=n):
            is_weak = fit.theme.key in weak
            polarity_weights = WEAK_POLARITY if is_weak else CASE_POLARITY[d.quality]
            work.evidence.append(self._case_note(d, ctx, fit, polarity_weights, work))
            used.append((fit.theme, is_weak))
        work.gradings = self._gradings(d, ctx, used)
        return work

    def _case_note(
        self,
        d: DrawnCase,
        ctx: Ctx,
        fit: FitTheme,
        polarity_weights: Sequence[int],
        work: CaseWork,
    ) -> Evidence:
        rng = self.rng
        polarity = self._polarity(fit.pools, polarity_weights)
        source = self._source(fit.sources)
        text = self._compose(
            polarity, fit.pools[polarity], source, ctx, level="case", detail=polarity == "neutral"
        )
        ev = Evidence(
            case_id=d.case_id,
            criteria=self._criteria(fit.theme),
            source=source,
            polarity=polarity,
            text=text,
        )
        if (
            fit.theme.key in CHILD_WORDS_THEMES
            and source in CHILD_WORDS_SOURCES
            and {"talks", "seen"} <= d.tags
            and rng.random() < 0.15
        ):
            ev.child_words = choose(rng, self.words.keyed["child_words"][ctx.age], d.tags).text
            ev.child_words_flag = rng.random() < 0.3
        if rng.random() < SAFEGUARDING_RATE.get(d.quality, 0.0):
            self._make_safeguarding(ev, ctx)
            work.escalations += 1
        return ev

    def _make_safeguarding(self, ev: Evidence, ctx: Ctx) -> None:
        """Turn a note into a safeguarding concern, escalated or still to escalate."""
        rng, words = self.rng, self.words
        concern = fill(rng, choose(rng, words.phrases["safeguarding"], ctx.tags).text, ctx)
        escalated = rng.random() < 0.55
        follow = "escalated" if escalated else "to_escalate"
        ev.polarity = "development"
        ev.criteria = sorted({*ev.criteria, "SW1"})
        ev.safeguarding = concern
        ev.text = f"{concern} {rng.choice(words.keyed['safeguarding_note'][follow]).text}"
        ev.escalation = "escalated" if escalated else "needs-escalation"
        if escalated:
            ev.escalation_note = rng.choice(words.phrases["escalated"]).text

    def _gradings(self, d: DrawnCase, ctx: Ctx, used: list[tuple[Theme, bool]]) -> list[Grading]:
        rng = self.rng
        weak = {t.criteria[0] for t, is_weak in used if is_weak}
        candidates = sorted({t.criteria[0] for t, _ in used if t.criteria[0] in self.criteria})
        rng.shuffle(candidates)
        how_many = rng.randint(4, 8) if d.case.status == "complete" else rng.randint(1, 4)
        sound, poor = GRADES.get(d.quality, GRADES["good"])
        out = []
        for crit in candidates[:how_many]:
            base = poor if crit in weak else sound
            weights = {g: w for g, w in {**base, "n/a": 3, "insufficient": 3}.items()}
            grade = weighted(rng, {g: w for g, w in weights.items() if g in self.grades})
            pool = self.words.keyed["grading_rationale"].get(grade, ())
            rationale = fill(rng, choose(rng, pool, d.tags).text, ctx) if pool else ""
            out.append(
                Grading(case_id=d.case_id, criterion_id=crit, grade=grade, rationale=rationale)
            )
        return out

    # Areas and the nation ---------------------------------------------------------------
    def area_note(
        self,
        theme: Theme,
        polarity_weights: Sequence[int],
        area_code: str | None,
    ) -> Evidence:
        """A note about an area (or, with no area, the national organisation)."""
        ctx = Ctx()
        pools: dict[str, Pool] = {p: theme.fragments(p) for p in POLARITIES}
        polarity = self._polarity(pools, polarity_weights)
        source = self._source(theme.sources)
        text = self._compose(polarity, pools[polarity], source, ctx, level="area", detail=False)
        return Evidence(
            area_code=area_code,
            criteria=self._criteria(theme),
            source=source,
            polarity=polarity,
            text=text,
        )

    # Composing --------------------------------------------------------------------------
    def _polarity(self, pools: Mapping[str, Pool], weights: Sequence[int]) -> Polarity:
        polarity = self.rng.choices(POLARITIES, weights=weights)[0]
        if pools[polarity]:
            return polarity
        # No fragment of that polarity suits this case: say something neutral rather
        # than invent a weakness (or a strength) the case's quality did not ask for.
        return next(p for p in ("neutral", polarity, "strength", "development") if pools[p])

    def _source(self, sources: Pool) -> str:
        src = self.rng.choice(sources).text if sources else "CASE_FILE"
        return src if src in self.sources else self.rng.choice(sorted(self.sources))

    def _criteria(self, theme: Theme) -> list[str]:
        rng = self.rng
        known = [c for c in theme.criteria if c in self.criteria]
        if not known:
            return [rng.choice(sorted(self.criteria))]
        picked = {known[0] if rng.random() < 0.6 else rng.choice(known)}
        for _ in range(rng.choices((0, 1, 2), weights=(50, 38, 12))[0]):
            picked.add(rng.choice(known))
        return sorted(picked)

    def _compose(
        self, polarity: str, fragments: Pool, source: str, ctx: Ctx, *, level: str, detail: bool
    ) -> str:
        """Context, the finding, its impact (or a neutral detail) and a follow-up."""
        rng, words = self.rng, self.words
        prefix = "area_" if level == "area" else ""
        contexts = words.keyed[f"{prefix}context"].get(source) or words.keyed["context"]["_"]
        parts: list[str] = []
        context = choose(rng, contexts, ctx.tags).text
        if context and rng.random() < 0.75:
            parts.append(context)
        parts.append(rng.choice(fragments).text)
        if detail:
            parts.append(choose(rng, words.phrases["neutral_detail"], ctx.tags).text)
        elif polarity != "neutral" or rng.random() < 0.6:
            impacts = words.keyed[f"{prefix}impact"][polarity]
            parts.append(choose(rng, impacts, ctx.tags).text)
        if rng.random() < 0.3 or sum(1 for p in parts if p) < 2:
            parts.append(choose(rng, words.phrases[f"{prefix}follow_up"], ctx.tags).text)
        return fill(rng, " ".join(p for p in parts if p), ctx)
