"""What a weakness meant for a child, said once in a weak area's section (issue 15, case33;
tester 32's "Usefulness": "no impact-on-children sentences in weak sections"; the 2018
report says what a weakness means for the child).

In an area section that puts its weaknesses first (graded below good, or with no grade
and case files weighing against: `paragraphs.weighs_against`) where no sentence says yet
what happened for a child (an impact, or an example saying a consequence or harm:
`impact.for_a_child`), the first claim against on one criterion (or balanced, its side
against) one of whose own development notes, on a case it counts against, says what
happened to the child because of the weakness is followed by one sentence saying it:
the child still living with the risk (only where the note, or the concern inspectors
escalated on it, says the risk goes on: "left at risk" is said in the past, tester 34's
A12), left at risk, never seen, left with no practitioner for weeks, a hearing put back
(`area_harm.toml`, weightiest kind first; the note's own count of weeks
where it gives one; a wording not yet said in the report, since tester 30's copied notes
would give six areas one sentence).  The sentence is traced to that note, and its
wording says no more than the note's cue: inspectors' shorthand ("Unallocated 7 wks
after issue", "Child still living at home w/ partner visiting") is never quoted, and
nothing is said where no note says it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from exporters.draft.claims import Context
from exporters.draft.examples import split_sentences
from exporters.draft.impact import for_a_child, harm_cues
from exporters.draft.paragraphs import weighs_against
from exporters.draft.trace import opening, traced
from exporters.draft.wording import wording_table
from exporters.draft.words import has_words, number_text
from exporters.model import Paragraph, Sentence

_TIED = ("example", "impact", "quote")
_NUMBERS = {w: n for n, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"])}  # fmt: skip
_WEEKS = re.compile(r"\b(\d{1,2}|[a-z]+)\s*(?:weeks?|wks?)\b", re.IGNORECASE)


@cache
def wording() -> dict[str, Any]:
    """`area_harm.toml`."""
    return wording_table("area_harm.toml")


def add_harm(ctx: Context, paras: list[Paragraph]) -> None:
    """After the first weakness whose notes say what it meant for a child, that, once
    (module docstring); nothing outside a weak area's section or where one is said."""
    if not ctx.pool.areas or not weighs_against(ctx) or _said(ctx, paras):
        return
    for kind in wording()["kind"]:
        for k, p in enumerate(paras):
            for j, s in enumerate(p.sentences):
                at = j + 1
                while at < len(p.sentences) and p.sentences[at].role in _TIED:
                    at += 1
                said = _sentence(ctx, s, kind, p.sentences[at - 1])
                if said is None:
                    continue
                got = [*p.sentences[:at], said, *p.sentences[at:]]
                paras[k] = p.model_copy(update={"sentences": got})
                return


def _said(ctx: Context, paras: Sequence[Paragraph]) -> bool:
    """Whether a sentence of the section says already what happened for a child."""
    support, harm = ctx.data.words.support, harm_cues()
    return any(
        s.role == "impact" or s.role == "example" and for_a_child(support, s.text, harm, True)
        for p in paras for s in p.sentences
    )  # fmt: skip


def _sentence(ctx: Context, s: Sentence, kind: dict[str, Any], before: Sentence) -> Sentence | None:
    """The kind's sentence after claim `s` (and `before`, the last sentence tied to it),
    from the first of its own notes against that says it; None where `s` is no claim
    against on one criterion or none says it."""
    if s.role != "claim" or not s.by_cases or len(s.criteria) != 1:
        return None
    if s.direction not in ("against", "balanced"):  # balanced: "of the cases that fell short"
        return None
    d, crit = ctx.data, s.criteria[0]
    against = set(ctx.pool.tally(crit).neg)
    for i in ctx.pool.records(crit, "development"):
        if d.case[i] not in against or not d.own[i] or i in d.hedged:
            continue
        told = _telling(_words(ctx, i), kind)
        if told is None:
            continue
        weeks = _weeks(told)
        options: list[str] = (kind.get("said_weeks") or kind["said"]) if weeks else kind["said"]
        lead = _lead(s, before)
        filled = [str(o).format(lead=lead, weeks=weeks) for o in options]
        text = ctx.voice.choose(
            filled, ctx.key, "harm", kind["name"], openings=ctx.openings, distinct=True
        )
        if text is None:  # every wording said (or nearly) in an area already: never twice
            continue
        basis = f"What the weakness meant for the child, as the note on {d.ref[i]} says it"
        return traced(text, [i], d, role="impact", criteria=[crit], basis=basis,
                      cases=[d.case[i]], direction="against")  # fmt: skip
    return None


def _words(ctx: Context, i: int) -> str:
    """The note's words, and the safeguarding concern inspectors escalated on it, where
    they did ("child still having contact with him" is often said there only)."""
    d = ctx.data
    concern = d.escalation_concern.get(d.ids[i], "") if i in d.escalations else ""
    return " ".join(
        x.strip().rstrip(".") + "." for x in (d.texts((i,))[i].text, concern) if x.strip()
    )


def _lead(s: Sentence, before: Sentence) -> str:
    """How the sentence opens: the first of the claim's side's leads that does not open
    as the sentence before it (`trace.opening`)."""
    leads = [str(x) for x in wording()["leads"][s.direction]]
    return next((x for x in leads if opening(x) != opening(before.text)), leads[0])


def _telling(text: str, kind: dict[str, Any]) -> str | None:
    """The note's sentence holding one of the kind's cues (and none of its `never`)."""
    for sentence in split_sentences(text):
        if any(has_words(sentence, n) for n in kind.get("never", ())):
            continue
        if any(has_words(sentence, c) for c in kind["cues"]):
            return sentence
    return None


def _weeks(sentence: str) -> str:
    """The note's count of weeks in words ("7 wks": "seven"), or "" where it gives none."""
    m = _WEEKS.search(sentence)
    if m is None:
        return ""
    raw = m.group(1).lower()
    n = int(raw) if raw.isdigit() else _NUMBERS.get(raw)
    return number_text(n) if n else ""
