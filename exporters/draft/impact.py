"""What a claim means for children: the sentence after a claim on its impact, said only
where the tally carries it and one of its records states a consequence, in words the
records bear out and nothing in the section speaks against (split from `claims`).

A law type's section also says at least once what the practice it describes meant for a
child, by an example from its own cases' notes (`add_impact_example`, kf30; tester 29:
"no sentence in the body says what a finding means for children"): where none of its
examples says so yet, the first claim about cases (the weaknesses first where the grade
puts them first) with a note of its own side, on its criterion, that states a
consequence or that a child was left at risk and names a child (`for_a_child`) is
followed by that note, as the section's examples are said (`examples.example`), after
the claim's own example where it has one ("In another case, ..."); the sentence said must
itself say it (key_findings.toml [impact] `outcome_cues` or `harm_cues`), not a later
sentence of the note the example leaves out.  Nothing is said
where no note records what happened for a child: never an impact the notes do not give.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from exporters.draft import subjects
from exporters.draft.attributed import is_attributed
from exporters.draft.claims import Context, claim_records, claim_sentence, suited
from exporters.draft.consequence import said_by_notes
from exporters.draft.escalations import safety_in_doubt
from exporters.draft.examples import example, finding, split_sentences
from exporters.draft.fitting import Target
from exporters.draft.relevance import borne_out_each
from exporters.draft.shapes import not_after
from exporters.draft.tallies import Claim
from exporters.draft.trace import opening
from exporters.draft.wording import wording_table
from exporters.draft.words import has_words
from exporters.model import Paragraph, Sentence


def impact_supported(ctx: Context, claim: Claim) -> bool:
    """Whether the tally carries a sentence on what the claim means for children: for a
    strength, a claim that is clearly for (not balanced, not a small sample, more than
    half the cases with a view for it) and that the cases graded on the criterion do
    not contradict; for a weakness, one resting on at least two cases or records ("these
    children").  Either way, only where one of the records behind the claim states a
    consequence (`support.toml`), and never after a claim said as what its sources say
    (`exporters.draft.attributed`)."""
    t = claim.tally
    d = ctx.data
    st, dv = claim_records(ctx, claim)
    side = st if claim.lean == "for" else dv
    if is_attributed(d, claim, st, dv):
        return False
    texts = d.texts(side)
    if not d.words.support.states_consequence([texts[i].text for i in side]):
        return False
    if claim.lean == "against":
        return len(t.neg) + len(t.wide_neg) >= 2
    if claim.direction != "for" or claim.small or len(t.pos) + len(t.wide_pos) < 2:
        return False
    if claim.by_cases and 2 * len(t.pos) <= t.views:
        return False
    good = d.graded_good.get(claim.criterion, set()) & ctx.pool.case_ids
    weak = d.graded_weak.get(claim.criterion, set()) & ctx.pool.case_ids
    return len(weak) <= len(good)


def impact_sentence(ctx: Context, claim: Claim) -> Sentence | None:
    """What the claim means for children, in words not yet used in the report; none
    after a balanced claim, whose last clause says the other way ("..., although in
    many cases direct work was not adapted" is not followed by "Children are
    therefore able to ..."), nor where the tally does not carry it (`impact_supported`).
    Its wording must agree with the records: naming nothing the claim's own records do
    not mention (`support.toml`, [[particular]]), and, for a strength, nothing that a
    development record in the section speaks of ("children's cases are heard without avoidable delay" is not
    said where a judge complained of late reports: `contradicted`)."""
    if claim.direction == "balanced" or claim.contrary or not impact_supported(ctx, claim):
        return None
    if claim.lean == "for" and safety_in_doubt(ctx, claim.criterion):  # tester 33's A13
        return None
    st, dv = claim_records(ctx, claim)
    w = subjects.following(ctx.data, claim, st, dv).words
    options = w.impact if claim.lean == "for" else w.weak_impact
    t = claim.tally
    side = st if claim.lean == "for" else dv
    # What a strength meant for children is said only where nothing in the section
    # speaks against it; a weakness's impact is about "these children" alone.
    against = (
        [i for c in ctx.pool.criteria() for i in ctx.pool.records(c, "development")]
        if claim.lean == "for" else []
    )  # fmt: skip
    d = ctx.data
    said = d.texts(side)
    options = tuple(o for o in d.words.support.fitting(options, [said[i].text for i in side])
                    if not contradicted(ctx, o, against) and said_by_notes(ctx, claim, o))  # fmt: skip
    if claim.lean == "against" and claim.by_cases:  # "these children": every one of them
        options = tuple(o for o in options if borne_out_each(d, o, side, t.neg))
    laws = {ctx.data.case_law[k] for k in (*t.pos, *t.neg, *t.mixed)}
    law = ctx.law or (laws.pop() if len(laws) == 1 else "")
    text = ctx.voice.choose(
        not_after(ctx, suited(ctx, list(options), law)), ctx.key, claim.criterion, "impact",
        openings=ctx.openings,
    )  # fmt: skip
    if text is None:
        return None
    return Sentence(text=text, criteria=[claim.criterion], role="impact",
                    basis="Impact of the claim before")  # fmt: skip


def contradicted(ctx: Context, wording: str, against: Sequence[int]) -> bool:
    """Whether a record of the other side speaks against a wording: it mentions a
    particular the wording names (`support.toml`, [[particular]]: "delay", "timely")."""
    d = ctx.data
    if not against:
        return False
    texts = d.texts(against)
    named = [p for p in d.words.support.particulars if p.draft.search(wording)]
    return any(p.evidence.search(texts[i].text) for p in named for i in against)


def claim_with_impact(ctx: Context, claim: Claim, impact: bool) -> list[Sentence]:
    """The claim's sentence and, when asked for, its impact."""
    first = claim_sentence(ctx, claim)
    if first is None:
        return []
    out = [first]
    if impact:
        ctx.previous = opening(first.text)
        more = impact_sentence(ctx, claim)
        if more is not None:
            out.append(more)
    return out


# A child named in a sentence ("the girl", "the twins"): what a consequence was for.
_CHILD = re.compile(
    r"\b(?:child|children|child's|children's|young (?:person|people)|baby|toddler|teenager|"
    r"boy|girl|boy's|girl's|twins|siblings?|brothers|sisters|son|daughter)\b",
    re.IGNORECASE,
)


@cache
def harm_cues() -> tuple[str, ...]:
    """key_findings.toml [impact] `harm_cues`: words saying a child was left at risk."""
    return tuple(str(c) for c in wording_table("key_findings.toml")["impact"]["harm_cues"])


@cache
def outcome_cues() -> tuple[str, ...]:
    """key_findings.toml [impact] `outcome_cues`: words saying what followed from the
    work, narrower than support.toml's consequence cues ("waited", "reduced" say no
    outcome for a child in "his father waited in the garden")."""
    return tuple(str(c) for c in wording_table("key_findings.toml")["impact"]["outcome_cues"])


def for_a_child(support: Any, text: str, harm: Sequence[str] = (), strict: bool = False) -> bool:
    """Whether a sentence of a note states a consequence (`support.states_consequence`,
    or, `strict`, one of `outcome_cues`; or one of `harm`: "left at risk") and names a
    child: what the work did for the child ("as a result the court moved the handovers
    to his school"), never a measure falling ("the risk ... has reduced")."""

    def states(s: str) -> bool:
        if strict:
            return any(has_words(s, c) for c in outcome_cues())
        return bool(support.states_consequence([s]))

    return any(
        (states(s) or any(has_words(s, h) for h in harm)) and _CHILD.search(s)
        for s in split_sentences(text)
    )


def add_impact_example(ctx: Context, paras: list[Paragraph]) -> None:
    """In a law type's section, an example of what its practice meant for a child where
    none of its examples says so yet (see the module docstring)."""
    if not ctx.law:
        return
    d = ctx.data
    support = d.words.support
    shown = [s.text for p in paras for s in p.sentences if s.role == "example"]
    if any(for_a_child(support, t, harm_cues(), strict=True) for t in shown):
        return
    for k, p in enumerate(paras):
        for j in range(len(p.sentences)):
            at, said = _after(ctx, p.sentences, j)
            if said is not None:
                got = [*p.sentences[:at], said, *p.sentences[at:]]
                paras[k] = p.model_copy(update={"sentences": got})
                return


def add_area_impact_examples(ctx: Context, paras: list[Paragraph]) -> None:
    """In an area's section, at most one a paragraph: after the first claim about cases
    that falls short (or ends on what falls short), with no example of its own, whose
    notes of that side say what happened for a child (`_after`), that note, as an
    example (case31, tester 30: an area's paragraphs read as lists of "X of the Y cases
    with evidence on Z", with no sense of what children experienced).  Nothing where no
    note says it.  A strength's note is left to the law type's section, which says at
    least once what its practice did for a child (`add_impact_example`); so is a
    weakness's where it is the last such note of its case's law type (`_left_for_law`:
    areas are drafted first, and an area took kf30's private law section's only one)."""
    for k, p in enumerate(paras):
        sents = p.sentences
        for j, s in enumerate(sents):
            follows = [x.role for x in sents[j + 1 :]]
            own = follows[: next((n for n, r in enumerate(follows) if r not in ("impact", "example",
                                  "quote")), len(follows))]  # fmt: skip
            side = ctx.ends.get(s.criteria[0], "") if s.direction == "balanced" and s.criteria \
                else s.direction  # fmt: skip
            if s.role != "claim" or side != "against" or "example" in own:
                continue
            at, said = _after(ctx, sents, j, reserve=True)
            if said is not None:
                paras[k] = p.model_copy(update={"sentences": [*sents[:at], said, *sents[at:]]})
                break


def _after(
    ctx: Context, sentences: Sequence[Sentence], j: int, reserve: bool = False
) -> tuple[int, Sentence | None]:
    """Where an example of what sentence j's practice meant for a child goes (after the
    claim, its impact and its own example), and the example; (0, None) where sentence j
    is no claim about cases or no note of its side says what happened for a child
    (`reserve`: none that is its case's law type's last, `_left_for_law`)."""
    s = sentences[j]
    if s.role != "claim" or not s.by_cases or len(s.criteria) != 1:
        return 0, None
    crit = s.criteria[0]
    side = ctx.ends.get(crit, "") if s.direction == "balanced" else s.direction
    if side not in ("for", "against"):
        return 0, None
    d = ctx.data
    tally = ctx.pool.tally(crit)
    cases = set(tally.pos if side == "for" else tally.neg)
    polarity = "strength" if side == "for" else "development"
    notes = [i for i in ctx.pool.records(crit, polarity) if d.case[i] in cases]
    telling = [i for i in notes if _telling(ctx, i, side)]
    if reserve:
        telling = [i for i in telling if _left_for_law(ctx, i, crit, polarity, side)]
    if not telling:
        return 0, None
    at = j + 1
    while at < len(sentences) and sentences[at].role in ("impact", "example"):
        at += 1
    again = any(x.role == "example" for x in sentences[j + 1 : at])
    leads = ANOTHER if again else d.words.example_leads
    said = example(
        ctx.pool, telling, ctx.used, ctx.voice, leads=leads, key=f"{ctx.key}|child_impact",
        target=Target(crit, polarity, ctx.law, s.text),
    )  # fmt: skip
    if said is None or not _tells(ctx, said.text, side):
        return 0, None
    said.criteria = [crit]
    return at, said


# Telling notes an area leaves its case's law type: its section's, the key findings'.
KEPT_FOR_LAW = 2


def _left_for_law(ctx: Context, i: int, crit: str, polarity: str, side: str) -> bool:
    """Whether note i's case's law type keeps `KEPT_FOR_LAW` other notes on `crit` of
    `polarity`, on other cases of its and not used yet, that say what happened for a
    child (`_telling`): an area may then take note i, and the law type's section and the
    key findings on it (drafted after the areas) still have one each."""
    d = ctx.data
    case = d.case[i]
    law = d.cases_of_law.get(d.case_law[case], set())
    left = (k for k in d.of_polarity.get((crit, polarity), [])
            if k != i and d.case[k] and d.case[k] != case and d.case[k] in law
            and k not in ctx.used.records and _telling(ctx, k, side))  # fmt: skip
    return sum(1 for _k in zip(range(KEPT_FOR_LAW), left, strict=False)) == KEPT_FOR_LAW


def _tells(ctx: Context, text: str, side: str) -> bool:
    """Whether `text` says what happened for a child (`for_a_child`, strict)."""
    harm = harm_cues() if side == "against" else ()
    return for_a_child(ctx.data.words.support, text, harm, strict=True)


def _telling(ctx: Context, i: int, side: str) -> bool:
    """Whether note i's finding as an example would say it (`examples.finding`: its
    first sentence that reads alone, and the next where that says what it meant for the
    child and is not said yet), not only a later sentence of the note."""
    found = finding(ctx.pool, ctx.data.texts([i])[i].text, ctx.used.verdicts)
    if found is None:
        return False
    core, after = found
    clause = f"{core} {after}" if after and not ctx.used.said(after) else core
    return _tells(ctx, clause, side)


ANOTHER = ("In another case,",)  # after the claim's own example
