"""An area's claim that blurs its law types (issue 15, law15; tester 14 claim 13).

Under a framework that judges private and public law and not the areas (2021), an area's
section is the only place its private law work is described, yet its claims count every
case together: West Midlands' "most of the cases sampled show weaknesses" hid that none
of its four private law children was seen as needed, and "four of the seven" sound
reports were all public law and adoption.  Where a claim's cases of one law type lean
against and the other cases much less (`drafting.toml` [law_split]: each side with
enough cases with a view, the law type with most of its cases against, the rest with a
share against well below it), a sentence after it says how the law types differ: "By
law type, the work falls short in all four private law cases, but in two of the four
public law and adoption cases."  Its comment gives each law type's tally.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from exporters.draft.data import DraftData
from exporters.draft.fitting import has_any_words
from exporters.draft.judgementpool import counted_cases
from exporters.draft.proportion import plain_against
from exporters.draft.tables import drafting_table
from exporters.draft.tallies import Tally
from exporters.draft.words import capitalise, join_list, number_text
from exporters.model import Paragraph, Sentence

if TYPE_CHECKING:  # `claims` asks `plain_frames` which frames to use
    from exporters.draft.claims import Context
    from exporters.draft.tallies import Claim


@dataclass(frozen=True)
class Rules:
    least_views: int
    worse_share: float
    least_gap: float
    frames: tuple[str, ...]
    least_absent: int
    absent: str
    verdicts: tuple[str, ...]
    whole_shares: tuple[str, ...]
    scoped: dict[str, tuple[str, ...]]  # the lean -> folded frames naming the point
    named: tuple[tuple[str, str], ...]  # a verdict's words -> the same naming the point


@cache
def rules() -> Rules:
    """`drafting.toml` [law_split]."""
    raw = drafting_table("law_split")
    scoped = {side: tuple(raw[f"scoped_folded_{side}"]) for side in ("for", "against")}
    return Rules(int(raw["least_views"]), float(raw["worse_share"]), float(raw["least_gap"]),
                 tuple(raw["frames"]), int(raw["least_absent"]), raw["absent"],
                 tuple(raw["verdicts"]), tuple(raw["whole_shares"]), scoped,
                 tuple((str(a), str(b)) for a, b in raw["named_verdicts"]))  # fmt: skip


def judges_law_types(data: DraftData) -> bool:
    """Whether the framework judges the law types and not the areas (2021): a national
    judgement counts one law type's cases, and no judgement is an area's."""
    fw, w = data.framework, data.words
    if any(j.scope == "area" for j in fw.judgements):
        return False
    return any(counted_cases(w, j) for j in fw.judgements)


@dataclass(frozen=True)
class LawCount:
    law: str  # a law type's code (or, for the other cases together, their labels joined)
    against: tuple[int, ...]  # case numbers
    views: int


def by_law(data: DraftData, t: Tally) -> list[LawCount]:
    """A tally's cases by law type, in the framework's order of law types."""
    out = []
    for lt in data.framework.law_types:
        views = sum(data.case_law[k] == lt.code for k in (*t.pos, *t.neg, *t.mixed))
        if views:
            against = tuple(k for k in t.neg if data.case_law[k] == lt.code)
            out.append(LawCount(lt.code, against, views))
    return out


def differing(data: DraftData, t: Tally) -> tuple[LawCount, LawCount] | None:
    """The law type most against and the other cases taken together (their law types
    joined: "public law and adoption"), where they differ (see the module docstring);
    None where the law types lean alike."""
    r = rules()
    counts = by_law(data, t)
    enough = [c for c in counts if c.views >= r.least_views]
    if not enough or len(counts) < 2:
        return None
    worse = max(enough, key=lambda c: (len(c.against) / c.views, c.views))
    rest = [c for c in counts if c is not worse]
    views = sum(c.views for c in rest)
    against = tuple(k for c in rest for k in c.against)
    if views < r.least_views or len(worse.against) < 2:
        return None
    share, other = len(worse.against) / worse.views, len(against) / views
    if share < r.worse_share or share - other < r.least_gap:
        return None
    label = data.framework.law_type_label
    return worse, LawCount(join_list([label(c.law).lower() for c in rest]), against, views)


def plain_frames(ctx: Context, claim: Claim, frames: tuple[str, ...]) -> tuple[str, ...]:
    """A claim's frames less those giving a verdict on the area's practice as a whole
    ("Practice is strong in the majority of cases", "Weak practice is evident in ...":
    [law_split] `verdicts`) where its law types lean apart (`differing`): the sentence
    after it says that one law type falls short, so the area's section must not open on
    "strong" (tester 15's Area 3: "Practice is strong in the majority of cases" where all
    four public law cases fell short on analysis).  Where its share is of every case
    sampled ("in most cases", no point named after it), no frame gives a verdict on the
    practice as a whole: where it leans against most of the area's other findings about
    cases (`against_the_rest`), its folded shapes name its point instead (`scoped`:
    tester 22's A2, "Practice falls short in most cases." where only case planning did);
    otherwise, in any section, each verdict frame names the point in its own words
    (`named`: tester 23's A6, "Weak practice is evident in the majority of cases." said
    of initial risk assessment alone).  A claim about the service:
    `proportion.plain_against`.  The frames as they are elsewhere, or where none would be
    left."""
    d = ctx.pool.data
    if not claim.by_cases:
        return plain_against(d, ctx.grade, claim, frames)  # inadequate: no "strengths to build on"
    if claim.direction != "balanced":
        return frames
    verdicts = rules().verdicts
    if ctx.pool.areas and judges_law_types(d) and differing(d, claim.tally) is not None:
        return tuple(f for f in frames if not has_any_words(f, verdicts)) or frames
    if claim.tally.views >= ctx.pool.sample_size:
        return scoped(claim, frames) if against_the_rest(ctx, claim) else named(frames)
    return frames


def scoped(claim: Claim, frames: tuple[str, ...]) -> tuple[str, ...]:
    """`frames` less those giving a verdict on the area's practice as a whole or saying
    its cases' side with no point named ([law_split] `verdicts`, `whole_shares`), and,
    where any of those was a folded shape (the larger side first and last, so that an
    example of it may follow), the folded shapes naming the claim's point in their place
    ([law_split] `scoped_folded_for`, `scoped_folded_against`: tester 22's A2, "Practice
    falls short in most cases." where only case planning did)."""
    r = rules()
    unscoped = (*r.verdicts, *r.whole_shares)
    kept = tuple(f for f in frames if not has_any_words(f, unscoped))
    if len(kept) == len(frames):
        return frames
    noun = claim.words.noun
    return (*kept, *(f.replace("{noun}", noun) for f in r.scoped[claim.lean]))


def named(frames: tuple[str, ...]) -> tuple[str, ...]:
    """`frames`, each giving a verdict on practice as a whole ([law_split] `verdicts`,
    `whole_shares`) naming the claim's point instead ([law_split] `named_verdicts`:
    "Weak practice in initial risk assessment is evident in ..."), so that the report
    keeps as many shapes to choose from; one no pair names is left out."""
    r = rules()
    out = []
    for frame in frames:
        for verdict, in_words in r.named:
            frame = frame.replace(verdict, in_words)
        # "{noun}" stays a placeholder (filled with the others: `claims._worded`), so a
        # shape is one shape whatever its point (`shapecount.shape_of`).
        if "{noun}" in frame or not has_any_words(frame, (*r.verdicts, *r.whole_shares)):
            out.append(frame)
    return tuple(out) or frames


def against_the_rest(ctx: Context, claim: Claim) -> bool:
    """Whether a balanced claim leans the other way from most of the area's findings
    about cases (the others leaning for it where it leans against, or the other way):
    a verdict on the area's practice as a whole from it ("Practice falls short in most
    cases" where only planning did, every other finding a strength: tester 22's A2,
    Area 11) would say what the section's other findings deny.  Findings on a small sample
    are not weighed (two cases, one each way, lean nowhere)."""
    others = [c.lean for c in ctx.pool.claims()
              if c.by_cases and not c.small and c.criterion != claim.criterion]  # fmt: skip
    return others.count(claim.lean) * 2 < len(others)


def _share(n: int, views: int) -> str:
    """'all four', 'both', 'none of the three', 'neither of the two', 'one of the three'."""
    if n == views:
        return "both" if views == 2 else f"all {number_text(views)}"
    if n == 0:
        return "neither of the two" if views == 2 else f"none of the {number_text(views)}"
    return f"{number_text(n)} of the {number_text(views)}"


def split_sentence(ctx: Context, criterion: str) -> Sentence | None:
    """The sentence saying how a claim's law types differ on `criterion` (None where
    they do not, or every wording has been said), its frame chosen by the report's
    voice so that no two areas read alike."""
    pool = ctx.pool
    d = pool.data
    t = pool.tally(criterion)
    found = differing(d, t)
    if found is None:
        return None
    worse, better = found
    label = d.framework.law_type_label
    worse_said = _share(len(worse.against), worse.views)
    noun = d.words.criterion(d.framework, criterion).noun
    options = [f.format(worse=worse_said, Worse=capitalise(worse_said), noun=noun,
                        worse_law=label(worse.law).lower(),
                        better=_share(len(better.against), better.views), better_law=better.law)
               for f in rules().frames]  # fmt: skip
    text = ctx.voice.choose(options, ctx.key, criterion, "law split")
    if text is None:
        return None
    tallies = "; ".join(f"{label(c.law)}: against in {len(c.against)} of {c.views} cases with a "
                        f"view on {criterion}" for c in by_law(d, t))  # fmt: skip
    return Sentence(text=text, role="claim", direction="balanced", by_cases=True,
                    criteria=[criterion], basis=f"By law type: {tallies}",
                    case_refs=[d.case_ref[k] for k in worse.against])  # fmt: skip


def absent_marker(ctx: Context, criterion: str) -> Sentence | None:
    """The marker after a claim whose cases are all of other law types than the area's
    commonest, none of whose cases has evidence on it (see `drafting.toml` [law_split]
    `absent`); None where the commonest law type is among them, the area read too few
    of its cases, two law types are as common, or no case of the commonest law type has
    evidence on it anywhere in the inspection (the area is not the gap)."""
    pool = ctx.pool
    d = pool.data
    t = pool.tally(criterion)
    if t.views < rules().least_views:
        return None
    read = Counter(d.case_law[k] for k in pool.case_ids if d.case_law[k])
    if not read:
        return None
    main, m = max(read.items(), key=lambda kv: (kv[1], kv[0]))
    laws = [c.law for c in by_law(d, t)]
    if m < rules().least_absent or main in laws or list(read.values()).count(m) > 1:
        return None  # too few, among them, or no one commonest law type
    if d.cases_with.get(criterion, set()).isdisjoint(d.cases_of_law.get(main, set())):
        # No case of that law type has evidence on the point anywhere in the inspection:
        # a gap of the whole inspection (or of a criterion about other work), not of the
        # area; not marked in every area (kf16: seven markers on tester 14's draft).
        return None
    label = d.framework.law_type_label
    n = t.views
    said = "Both are" if n == 2 else f"All {number_text(n)} are"
    text = rules().absent.format(
        all=said, laws=join_list([label(x).lower() for x in laws]), n=number_text(m),
        law=label(main).lower(), noun=d.words.criterion(d.framework, criterion).noun,
    )  # fmt: skip
    return Sentence(text=text, role="marker",
                    basis=f"By law type: {label(main)}: no view on {criterion} in {m} cases read")  # fmt: skip


_WITH_CLAIM = ("example", "quote", "impact")  # what follows a claim and belongs to it


def split_by_law(ctx: Context, paras: list[Paragraph]) -> None:
    """After each claim about an area's cases on one criterion whose law types differ
    (and after its example, which illustrates the claim), the sentence saying how
    (`split_sentence`), once per criterion."""
    done: set[str] = set()
    for k, p in enumerate(paras):
        out = list(p.sentences)
        for s in p.sentences:
            if s.role != "claim" or not s.by_cases or len(s.criteria) != 1:
                continue
            c = s.criteria[0]
            if c in done:
                continue
            done.add(c)
            extra = split_sentence(ctx, c) or absent_marker(ctx, c)
            if extra is None:
                continue
            at = next(j for j, x in enumerate(out) if x is s) + 1
            while at < len(out) and out[at].role in _WITH_CLAIM:
                at += 1
            out.insert(at, extra)
        if len(out) != len(p.sentences):
            paras[k] = p.model_copy(update={"sentences": out})
