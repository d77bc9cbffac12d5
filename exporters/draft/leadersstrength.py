"""A strength recorded against the leadership is said in its section (issue 15, tester
34's A11: the one leadership strength of an inadequate service, a new head of practice
with an honest view of the weaknesses and a credible plan, "too early to see impact",
was in neither the key findings nor the leadership section: a strength note that says
its effect is not yet seen is never counted for a claim, `support.toml` [hedged], and
the criterion's sentence said only the note against it).

In a national leadership section graded below good (where strengths are few, and one
left out makes the section darker than its notes), each strength note about the
organisation (no case, no area) on one of its leadership criteria that no sentence of
the section draws on is said, where such notes are few (at most `MOST`: more are the section's to weigh, and
its marker of strengths not drafted names them), as its one source said it
(`onesource.one_said`, in the note's own sentence: a plan "too early to see impact"
keeps those words, so the sentence claims no more than the note), right after the
sentence on its criterion, else at the end of the section's first paragraph.  Its
comment says it is one record, said as it stands; a hedged note's words on what is not yet
seen stay with it where its sentence lost them (`_with_hedge`).  A stakeholder's praise is left to the
views paragraph; a note holding no sentence that reads on its own, or on a criterion
whose notes against are not drafted either (found both ways: the section's marker asks
the lead), is left to the marker.
"""

from __future__ import annotations

import re

from exporters.draft.claims import Context
from exporters.draft.data import DraftData
from exporters.draft.examples import split_sentences
from exporters.draft.fitting import is_stakeholder
from exporters.draft.leadersenglish import report_english
from exporters.draft.onesource import one_said
from exporters.draft.proportion import graded_well
from exporters.draft.trace import traced
from exporters.model import Paragraph, Sentence

MOST = 2
"""The most unsaid leadership strengths said this way (more: the section's marker)."""


def add_lone_strengths(ctx: Context, paras: list[Paragraph]) -> None:
    """Say each leadership strength note the section leaves unsaid (see the module
    docstring) in `paras`, a national leadership section's paragraphs."""
    d, pool = ctx.data, ctx.pool
    if pool.areas or not paras or ctx.grade is None or graded_well(d, ctx.grade):
        return
    said = {r for p in paras for s in p.sentences for r in s.evidence_ids}
    leading = [c for c in pool.claims() if not c.by_cases and c.theme == "leadership"]
    lone: list[tuple[int, str]] = []
    for c in leading:
        against = [i for i in pool.records(c.criterion, "development") if not d.case[i]]
        if any(d.ids[i] not in said for i in against):
            continue  # found both ways and not drafted: the section's marker asks the lead
        for i in pool.records(c.criterion, "strength"):
            if d.case[i] or d.record_area.get(i) or d.ids[i] in said:
                continue
            if is_stakeholder(d.words, d.source[i]) or any(i == k for k, _c in lone):
                continue
            lone.append((i, c.criterion))
    if not lone or len(lone) > MOST:
        return
    for i, crit in lone:
        # Counted neither way, a hedged note is marked used though no sentence says it.
        held = i in ctx.used.records
        ctx.used.records.discard(i)
        got = one_said(ctx, i, None, crit)
        if got is None:
            if held:
                ctx.used.records.add(i)
            continue
        text, clause = got
        text = report_english(_with_hedge(d, i, text))  # no note shorthand left
        ctx.voice.note(text)
        ctx.used.take(i, clause)
        s = traced(
            text, [i], d, role="claim", criteria=[crit], direction="", by_cases=False,
            basis=f"1 strength record about the service on {crit}, said in no other sentence: "
                  "said as what its source said, as it stands",
            flags=[*ctx.flags, "small sample"],
        )  # fmt: skip
        _place(paras, s, crit)


def _with_hedge(d: DraftData, i: int, text: str) -> str:
    """A hedged note's sentence (`support.toml` [hedged]) with the note's own words on
    what is not yet seen, where the sentence lost them: "..., although it is too early
    to see impact on children." from "...; too early to see impact on children." (a
    clause of its own is joined by "but"; words the note does not give are never added:
    the sentence is then said as it is, its comment saying the note is hedged)."""
    if i not in d.hedged or d.words.support.hedged(text):
        return text
    parts = [x for sentence in split_sentences(d.text(i)) for x in sentence.split(";")]
    for part in parts:
        part = part.strip().rstrip(".")
        if not d.words.support.hedged(part):
            continue
        low = part[:1].lower() + part[1:]
        if _FRAGMENT.match(low):
            return f"{text.rstrip('.')}, although it is {low}."
        if _CLAUSE.match(low):
            return f"{text.rstrip('.')}, but {low}."
    return text


# What is not yet seen, as notes put it: a fragment ("too early to see impact") or a
# clause of its own ("it is too soon to judge").
_FRAGMENT = re.compile(r"^(?:too (?:early|soon|new|recent) to|early days)\b")
_CLAUSE = re.compile(
    r"^(?:it|this|the plan|the change|its effect|its impact)\s+(?:is|has|was|cannot|can't|may)\b"
)


def _place(paras: list[Paragraph], s: Sentence, crit: str) -> None:
    """`s` after the last sentence stating `crit`, else at the end of the first
    paragraph."""
    for p in paras:
        at = [k for k, x in enumerate(p.sentences) if crit in x.criteria]
        if at:
            p.sentences.insert(at[-1] + 1, s)
            return
    paras[0].sentences.append(s)
