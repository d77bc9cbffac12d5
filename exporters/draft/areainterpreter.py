"""A child made to interpret for an adult in the family, said in an area's section
(issue 15, tester 34's A14).

Tester 34 recorded "No interpreter booked for Sudanese Arabic speaking mum at FHDRA; 12yo
son interpreted about DA. Totally inappropriate." on a Bristol case, from the parent's
interview, filed under diversity and information for families.  As a parent's interview
it counted neither way, and no sentence said it: one of the most serious things
inspectors found in the area was left out of its section.

A child used as an interpreter for an adult in the family is a weakness in seeing and
hearing the child and in safeguarding practice, whatever words the inspector writes it
in, and whatever source or criterion the note is filed under.  Where a development note
on one of the area's cases says so (`child_interpreter.toml`: a child, then the child
interpreting or named "as interpreter"; or "interpreted by" a child; never after a
negation, nor "interpreted ... as", the child's understanding), the section says it once,
after its first claim on safeguarding or on seeing and hearing children (else its first
weakness), in the draft's words: how many cases, for whom and about what where the notes
say (a parent; domestic abuse), whether no interpreter was booked, and why it matters.
Nothing of the note is quoted: it names no child, language or hearing.
"""

from __future__ import annotations

import re

from exporters.draft.claims import Context
from exporters.draft.interpreting import note_says, wording
from exporters.draft.trace import traced
from exporters.draft.words import number_text
from exporters.model import Paragraph, Sentence

_TIED = ("example", "impact", "quote")


def _names(text: str, words: list[str]) -> bool:
    """Whether the text names one of the words (whole words; one in capitals, in
    capitals only)."""
    for word in words:
        flags = 0 if word.isupper() else re.IGNORECASE
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, flags):
            return True
    return False


def found(ctx: Context) -> list[int]:
    """The development notes on the area's cases saying a child interpreted."""
    d = ctx.data
    cases = ctx.pool.case_ids
    recs = [i for i in range(len(d)) if d.case[i] in cases and d.polarity[i] == "development"]
    if not recs:
        return []
    texts = d.texts(recs)
    return [i for i in recs if note_says(texts[i].text)]


def _sentence(ctx: Context, recs: list[int], before: Sentence | None) -> Sentence:
    """The sentence (`child_interpreter.toml` [said]), traced to the notes; `before`:
    the sentence it follows."""
    d, w = ctx.data, wording()
    said = w["said"]
    texts = [d.texts(recs)[i].text for i in recs]
    cases = sorted({d.case[i] for i in recs})
    unbooked = all(_names(t, w["unbooked"]) for t in texts)
    about, k = "", 0
    for group in w["about"]:
        k = sum(_names(t, group["words"]) for t in texts)
        if k:
            about = str(group["said"])
            break
    if len(cases) == 1:
        other = before is not None and before.text.startswith("In one ")
        other = other and before is not None and d.case_ref[cases[0]] not in before.case_refs
        lead = str(said["lead_another" if other else "lead_one"])
        whom = str(said["for_parent"]) if any(_names(t, w["parents"]) for t in texts) else ""
        what = str(said["about"]).format(said=about) if about else ""
        text = str(said["one_unbooked" if unbooked else "one"]).format(
            lead=lead, about=what, **{"for": whom}
        )
    else:
        lead = str(said["lead_many"]).format(n=number_text(len(cases)))
        what = ""
        if about:
            form = said["about"] if k == len(recs) else said["many_about"]
            what = str(form).format(said=about, k=number_text(k))
        parents = all(_names(t, w["parents"]) for t in texts)
        whom = str(said["for_parents" if parents else "for_family"])
        text = str(said["many_unbooked" if unbooked else "many"]).format(
            lead=lead, about=what, whom=whom
        )
    basis = (
        f"A child made to interpret for an adult in the family, as {len(recs)} development "
        f"note{'s' if len(recs) > 1 else ''} on {len(cases)} of the area's cases say "
        "(whatever their source or criterion): unsafe for the child, and the child unheard"
    )
    # It names no criterion: the notes' own are where the lead filed them, and a
    # criterion's sentence (its cause: `areacause`) is never taken to be this one.
    return traced(text, recs, d, role="claim", basis=basis, direction="against", criteria=[])


def _follows_on(s: Sentence) -> bool:
    """Whether a sentence goes on from the weakness before it, not a finding of its
    own: what lay behind it and what managers did (`areacause`), said of no share of
    cases."""
    return s.role == "claim" and not s.by_cases and s.direction == "against"


def _anchors(ctx: Context) -> set[str]:
    d = ctx.data
    nouns = set(wording()["after"])
    return {
        c.id for c in d.framework.criteria if d.words.criterion(d.framework, c.id).noun in nouns
    }


def add_interpreting(ctx: Context, paras: list[Paragraph]) -> None:
    """Say once, in an area's section, that children had to interpret (module
    docstring); nothing outside an area's section or where no note says it."""
    if not ctx.pool.areas or not paras:
        return
    recs = found(ctx)
    if not recs:
        return
    ctx.used.records.update(recs)
    anchors = _anchors(ctx)
    spots = [
        (k, j) for k, p in enumerate(paras) for j, s in enumerate(p.sentences)
        if s.role == "claim" and s.direction in ("against", "balanced")
        and not anchors.isdisjoint(s.criteria)
    ] or [
        (k, j) for k, p in enumerate(paras) for j, s in enumerate(p.sentences)
        if s.role == "claim" and s.direction == "against"
    ]  # fmt: skip
    if not spots:
        weak = [k for k, p in enumerate(paras) if p.theme == "development"]
        k = weak[0] if weak else len(paras) - 1
        j = len(paras[k].sentences)
    else:
        k, j = spots[0]
        j += 1
    sents = list(paras[k].sentences)
    while j < len(sents) and (sents[j].role in _TIED or _follows_on(sents[j])):
        j += 1
    sents[j:j] = [_sentence(ctx, recs, sents[j - 1] if j else None)]
    paras[k] = paras[k].model_copy(update={"sentences": sents})
