"""A claim about cases weighed against the section's own evidence about its area or the
organisation (issue 15, the last independent audit: "In most cases, supervision was
reflective and helped practitioners plan", from the case files, where observed
supervision and the area's practice learning review found it largely procedural).

Where such records on the claim's point go the other way and are material
(`tallies.Pool.contrary`), the claim's case tally is not stated alone as the finding:
its sentence is followed, in the same sentence of the model, by what those sources
found ("Observed supervision in Area 6, however, found that ..."), in the words of the
finding said of the service that the claim answers to (`_words_for`), a general wording
of the other side where those records bear one out, else the plain statement of it;
the sentence carries the flag "area-level evidence disagrees" (the QA reader's view and
the lead's warnings list it), and its comment says what went the other way.  No
consequence ("As a result, ...") and no example of the case files' side follows
(`impact.impact_sentence`, `claims.may_illustrate`).  The wording is data
(`drafting.toml` [area_level]).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from exporters.draft.attributed import named_sources
from exporters.draft.data import DraftData
from exporters.draft.fewrecords import unechoed
from exporters.draft.fitting import lower_first
from exporters.draft.proportion import graded_well
from exporters.draft.relevance import borne_out_by_records
from exporters.draft.tables import drafting_table
from exporters.draft.tallies import Claim, same_point
from exporters.draft.words import CriterionWords, capitalise, join_list
from exporters.model import Sentence

if TYPE_CHECKING:
    from exporters.draft.claims import Context

FLAG = "area-level evidence disagrees"


@cache
def _wording() -> dict[str, Any]:
    return drafting_table("area_level")


def _words_for(ctx: Context, claim: Claim) -> CriterionWords:
    """The words the contrary records' finding is said in: those of the finding said of
    the service that the claim's criterion answers to (`same_point`: managers' oversight
    of practice, for management oversight on children's files), since the records are
    about the area or the organisation, not a file; else the claim's own."""
    d = ctx.data
    for c in sorted(same_point(claim.criterion)):
        if c in d.framework_ids and d.words.criterion(d.framework, c).about == "service":
            return d.words.criterion(d.framework, c)
    return claim.words


def _finding(ctx: Context, claim: Claim, side: str) -> str:
    """What the contrary records found: a general wording of `side` ("weakness" or
    "strength") that most of them bear out and that names nothing they do not mention
    (`_words_for`); else the plain statement of it (`[area_level]` `plain_weakness`,
    `plain_strength`, about the criterion's topic)."""
    d = ctx.data
    w = _words_for(ctx, claim)
    evs = claim.contrary
    options = w.weakness_general if side == "weakness" else w.strength_general
    texts = d.texts(evs)
    named = d.words.support.fitting(list(options), [texts[i].text for i in evs])
    least = len(evs) // 2 + 1
    fit = [x for x in named if borne_out_by_records(d, x, evs, least)]
    if fit:
        return f"that {fit[0]}"
    return str(_wording()[f"plain_{side}"]).format(topic=w.about_what)


def _sources(d: DraftData, evs: Sequence[int]) -> list[str]:
    """The records' sources as where inspectors found what they found, the commonest
    first: "in interviews with managers", "in the supervision inspectors observed"
    (`[area_level.in_sources]`, else "in" and the evidence noun; drafting.toml
    [evidence_nouns]), never as who found it (tester 11: "managers ... found weaknesses
    in managers' oversight"); a stakeholder group as its notes name it
    (`named_sources`)."""
    w = d.words
    where: dict[str, str] = _wording().get("in_sources", {})
    out: list[str] = []
    for code, _n in Counter(d.source[i] for i in evs).most_common():
        form = w.evidence_nouns.get(code)
        if code in where:
            out.append(where[code])
        elif form is None or "{" in form:
            out += [f"in {n}" for n in named_sources(d, [i for i in evs if d.source[i] == code])]
        else:
            out.append(f"in {form}")
    return list(dict.fromkeys(out))


def _one_sentence(text: str) -> bool:
    """Whether a claim's sentence is one sentence (a marker after it aside), so that it
    may follow "although" in another."""
    body = re.sub(r"\s*\[[^\]]*\]", "", text).strip()
    return not re.search(r"[.!?]\s+[A-Z]", body)


def weighed(ctx: Context, claim: Claim, sentence: Sentence) -> Sentence:
    """The claim's sentence with what the section's contrary evidence about its area or
    the organisation found (see the module docstring): after it, or, in a section
    graded below good where those sources found a weakness, before it, the case files'
    strength following in the same sentence ("In interviews with managers and in the
    supervision inspectors observed in Area 12, inspectors found weaknesses in the
    oversight of practice, although the one case ... shows ..."); the sentence as it is
    where there is none."""
    if not claim.contrary or sentence.role != "claim":
        return sentence
    d = ctx.data
    evs = claim.contrary
    side = "weakness" if claim.lean == "for" else "strength"
    named = _sources(d, evs)[:3]
    sources = join_list(named)
    place = f" in {ctx.area}" if ctx.pool.areas else ""
    finding = unechoed(_finding(ctx, claim, side), named)
    fill = {"sources": sources, "Sources": capitalise(sources), "place": place, "finding": finding}
    first = side == "weakness" and ctx.grade is not None and not graded_well(d, ctx.grade)
    # A balanced claim carries its own turn: the area's finding follows it, once.
    first = first and claim.direction == "for" and _one_sentence(sentence.text)
    if first:
        keep = d.words.known_capitals | {d.inspection.organisation}
        fill["claim"] = lower_first(sentence.text, keep)
        options = [capitalise(f.format(**fill)) for f in _wording()["weakness_first"]]
    else:
        frames = _wording()["for" if side == "strength" else "against"]
        options = [capitalise(f.format(**fill)) for f in frames]
        # Never a turn the sentence has taken already ("..., however, ... . ..., however, ...").
        turns = [t for t in _wording()["turns"] if t in sentence.text.lower()]
        options = [o for o in options if not any(t in o.lower() for t in turns)] or options
    said = ctx.voice.choose(options, ctx.key, claim.criterion, "area-level")
    if said is None:
        said = options[0]
    by_source = Counter(d.source[i] for i in evs)
    where = "the area" if ctx.pool.areas else "the organisation"
    # The sources as the report names them: a code ("OBS_SUPERVISION") in the comment
    # reads to the identifiability check as a name.
    nouns = d.words.source_nouns
    counted = ", ".join(f"{nouns.get(s, s.lower().replace('_', ' '))}: {n}"
                        for s, n in by_source.most_common())  # fmt: skip
    line = (
        f"{len(evs)} {'development' if side == 'weakness' else 'strength'} records about "
        f"{where} on this point ({counted}) go the other way from the case files: said "
        + ("first, as the grade weighs them, the case files after them" if first
           else "beside them, not outweighed by them")
    )  # fmt: skip
    return sentence.model_copy(update={
        "text": said if first else f"{sentence.text} {said}",
        "evidence_ids": list(dict.fromkeys([*sentence.evidence_ids, *(d.ids[i] for i in evs)])),
        "sources": sorted({*sentence.sources, *by_source}),
        "basis": f"{sentence.basis}; {line}",
        "flags": list(dict.fromkeys([*sentence.flags, FLAG])),
    })  # fmt: skip
