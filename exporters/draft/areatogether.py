"""An area's findings that go the same way in every one of the few cases read on each,
said together (issue 15, case33; tester 32's "Usefulness": Southwark & Lambeth "reads as
the weakest area ... but as a list: nine sentences in a row of the form 'Neither of the
two cases ... shows that ...'").

The 2018 report names several points in one sentence where they go the same way
("Analytical and comprehensive reports rigorously evaluate ... Practitioners are highly
skilled in engaging with children").  In an area's section, the claims that:
- are about cases, on one criterion each, with no mark for the lead and no example,
  impact or quotation after them;
- rest on a small sample (fewer cases with a view than the framework's `min_cases`) of
  at least two cases, every one of them on the claim's side (none the other way, none
  mixed), and carry no escalated safeguarding concern;
are said together, `MAX_JOINED` at most in a sentence, each in its criterion's general
wording (true of any strength or weakness on it: criteria.toml `strength_general`,
`weakness_general`), in the place of the first of them (`together.toml`).  The first
such claim on a side (the section's weightiest on it: the weaknesses come safeguarding
first and weightiest first) and every claim on safeguarding keep a sentence of their own:
what matters most for children is never one clause of several.  Each point's tally stays
in the comment, one after another, so no claim is lost and none is added.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from exporters.draft import coverage as cover
from exporters.draft.claims import Context
from exporters.draft.tallies import Claim
from exporters.draft.wording import wording_table
from exporters.draft.words import join_list, number_text
from exporters.model import Flag, Paragraph, Sentence

MAX_JOINED = 4  # points in one sentence at most
SHORTEST = 2  # of a point's general wordings, the shortest few are offered
_TIED = ("example", "impact", "quote")  # what follows a claim and depends on it


@cache
def wording() -> dict[str, Any]:
    """`together.toml`."""
    return wording_table("together.toml")


def joined(ctx: Context, paras: Sequence[Paragraph]) -> list[Paragraph]:
    """`paras` with an area's claims going the same way in every one of the few cases
    read on each said together (module docstring); as they were outside an area.  Done
    on the section's paragraphs as built (`sections.assemble`), so that it only shortens
    them; a paragraph left with no sentence is dropped."""
    out = list(paras)
    if not ctx.pool.areas:
        return out
    for side in ("against", "for"):
        out = _joined_side(ctx, out, side)
    shrunk = {k for k, (p, q) in enumerate(zip(paras, out, strict=True))
              if len(q.sentences) < len(p.sentences)}  # fmt: skip
    return _folded(out, shrunk)


def _folded(paras: list[Paragraph], shrunk: set[int]) -> list[Paragraph]:
    """`paras` less those the joining emptied, and a paragraph on weaknesses it left with
    one sentence put at the end of the paragraph on weaknesses before it (as
    `sections.assemble` folds one)."""
    out: list[Paragraph] = []
    for k, p in enumerate(paras):
        prev = out[-1] if out else None
        if not p.sentences:
            continue
        if (k in shrunk and len(p.sentences) == 1 and p.theme == "development"
                and prev is not None and prev.theme == "development"):  # fmt: skip
            out[-1] = prev.model_copy(update={"sentences": [*prev.sentences, *p.sentences]})
            continue
        out.append(p)
    return out


def _joined_side(ctx: Context, paras: list[Paragraph], side: str) -> list[Paragraph]:
    found = [(k, j, c) for k, p in enumerate(paras) for j, s in enumerate(p.sentences)
             if (c := _candidate(ctx, p.sentences, j, side)) is not None]  # fmt: skip
    alone = [x for x in found[1:] if not cover.safeguarding(ctx, x[2].criterion)]
    if len(alone) < 2:
        return paras
    n = -(-len(alone) // MAX_JOINED)
    size = -(-len(alone) // n)
    groups = [alone[g : g + size] for g in range(0, len(alone), size)]
    put: dict[tuple[int, int], Sentence] = {}
    gone: set[tuple[int, int]] = set()
    for group in groups:
        if len(group) < 2:
            continue
        sents = [paras[k].sentences[j] for k, j, _ in group]
        put[group[0][0], group[0][1]] = _sentence(ctx, sents, [c for *_, c in group], side)
        gone.update((k, j) for k, j, _ in group[1:])
    return [p.model_copy(update={"sentences": [
        put.get((k, j), s) for j, s in enumerate(p.sentences) if (k, j) not in gone
    ]}) for k, p in enumerate(paras)]  # fmt: skip


def _candidate(ctx: Context, sents: Sequence[Sentence], j: int, side: str) -> Claim | None:
    """The claim behind sentence j where it may be said with others (module docstring)."""
    s = sents[j]
    if s.role != "claim" or s.direction != side or not s.by_cases or len(s.criteria) != 1:
        return None
    if "[" in s.text or "may be tagged wrongly" in s.flags:
        return None
    if j + 1 < len(sents) and sents[j + 1].role in _TIED:
        return None
    c = ctx.pool.claim(s.criteria[0])
    if c is None or not c.by_cases or not c.small:
        return None
    t = c.tally
    mine = t.neg if side == "against" else t.pos
    if len(mine) < 2 or len(mine) != t.views or t.held:
        return None
    if side == "against" and ctx.pool.escalated(c.criterion):
        return None
    w = c.words
    return c if (w.weakness_general if side == "against" else w.strength_general) else None


def _counts(numbers: Sequence[int]) -> str:
    w = wording()
    lo, hi = min(numbers), max(numbers)
    if lo == hi:
        return str(w["counts_same"]).format(n=number_text(lo))
    key = "counts_next" if hi == lo + 1 else "counts_range"  # "two or three", "two to four"
    return str(w[key]).format(lo=number_text(lo), hi=number_text(hi))


def _listed(clauses: Sequence[str]) -> str:
    """Clauses as a list: "a, b and c", or, where one holds an "and" of its own (which
    would blur where one point ends), "a; b; and c"."""
    if not any(" and " in c for c in clauses):
        return join_list(list(clauses))
    return "; ".join(clauses[:-1]) + "; and " + clauses[-1]


def _basis(claims: Sequence[Claim], sents: Sequence[Sentence], side: str) -> str:
    """Each point's tally, short enough for one line of the margin ("Said together, each
    point in every case with a view on it: QP8 against in 4 of 4, QP11 against in 2 of
    2 (small samples: no proportion word)")."""
    parts = [f"{c.criterion} {side} in {c.tally.views} of {c.tally.views}" for c in claims]
    low = "; low coverage" if any("low coverage" in s.basis for s in sents) else ""
    return (f"Said together, each point in every case with a view on it: {', '.join(parts)} "
            f"(small samples: no proportion word{low})")  # fmt: skip


def _sentence(
    ctx: Context, sents: Sequence[Sentence], claims: Sequence[Claim], side: str
) -> Sentence:
    """The claims' points in one sentence, each in its general wording, traced to every
    record and case the sentences it replaces were; their tallies in its comment."""
    clauses = []
    for c in claims:
        general = c.words.weakness_general if side == "against" else c.words.strength_general
        options = sorted(general, key=lambda x: len(x.split()))[:SHORTEST]  # a short list
        got = ctx.voice.choose(options, ctx.key, c.criterion, "together")
        clauses.append(got or options[0])
    numbers = [len(c.tally.neg if side == "against" else c.tally.pos) for c in claims]
    frames = [str(f) for f in wording()[side]]
    if len(set(numbers)) > 1:  # each point with its own count, not "two to four cases each"
        each = str(wording()["count_each"])
        clauses = [
            each.format(clause=x, n=number_text(n)) for x, n in zip(clauses, numbers, strict=True)
        ]
        frames = [f.replace(" ({counts})", "") for f in frames]
    counts = _counts(numbers)
    frames = [f.format(counts=counts, clauses=_listed(clauses)) for f in frames]
    text = ctx.voice.choose(frames, ctx.key, "together", side, openings=ctx.openings) or frames[0]
    flags: list[Flag] = list(dict.fromkeys(f for s in sents for f in s.flags))
    excerpts = [s.excerpts[0] for s in sents if s.excerpts][:3]
    return Sentence(
        text=text,
        evidence_ids=list(dict.fromkeys(e for s in sents for e in s.evidence_ids)),
        case_refs=sorted({r for s in sents for r in s.case_refs}),
        criteria=[c.criterion for c in claims],
        sources=sorted({x for s in sents for x in s.sources}),
        basis=_basis(claims, sents, side),
        role="claim",
        direction=side,  # type: ignore[arg-type]
        by_cases=False,  # names points: each point's share is in the comment
        excerpts=excerpts,
        flags=flags,
        notes=list(dict.fromkeys(n for s in sents for n in s.notes)),
        conflicts=list(dict.fromkeys(x for s in sents for x in s.conflicts)),
    )
