"""An escalated safeguarding concern resting on one case, said as what happened (issue
15, tester 12: Area 1's gravest finding, a child's disclosure of being hit not shared
with the local authority for five weeks, was said only as "one of the two cases ...
shows that partners are not told promptly what they need to know. This was a
safeguarding concern ...", inside the stakeholders' paragraph, and counted again in
the section's escalations).

The rules:

- A concern is **told** (`tell`) where it rests on one case: the section's
  escalations are all in that case, or one of the escalated note's criteria has that
  case as its only case against in the section.  At most `MAX_TOLD` a section.
- It is said as what happened, from what the inspector recorded (the concern written
  for senior managers first, then the note), **de-identified** (`plain`: no age, no
  "the girl", "the boy", "the toddler": "the child"; "his", "her": "their") and only
  where a sentence of it reads alone as a finding (`examples.finding`); otherwise the
  draft says it as before (a claim and the section's count).
- Its Word comment gives the case reference and what the sentence rests on, never an
  excerpt of the note (which the body de-identifies).
- It is said **once**: in the section's paragraph on practice, beside the count of
  the section's other escalations (`coverage.escalation_sentences`, which then counts
  "other cases" only), and the criterion it rests on alone is not drafted again
  (`Context.stated`), nor said again as "This was a safeguarding concern"
  (`escalated.stated`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from exporters.draft.claims import Context, claim_records
from exporters.draft.examples import finding, split_sentences
from exporters.draft.tallies import Claim
from exporters.draft.trace import opening, traced
from exporters.draft.wording import wording_table
from exporters.model import Sentence

MAX_TOLD = 2
OPEN = "needs-escalation"

_AGE = re.compile(r"\s*\((?:aged?\s*)?\d+[^()]*\)|,?\s+aged?\s+\d+(?:\s+years?(?:\s+old)?)?", re.I)
_CHILD = re.compile(
    r"\b(the|a)\s+(girl|boy|toddler|baby|infant|teenager|young person|youngster)\b", re.I
)
_PRONOUN_OBJECT = re.compile(r"\b(her|him)\b(?=\s*(?:[.;,:)]|$|\s+(?:and|but|or|to|at|in|on|for|with|from|by|again|twice|once)\b))", re.I)  # fmt: skip
_PRONOUN_OWN = re.compile(r"\b(her|his)\b", re.I)
_SUBJECT = re.compile(r"\b(she|he|herself|himself)\b", re.I)
_TELEGRAPHIC = re.compile(
    r"^(?P<head>[A-Z][a-z]+(?: [a-z]+){0,5}?) (?P<neg>not (?:been )?[a-z]+(?:ed|en|wn|ld|nt|ared))\b"
)
_FINITE = frozenset({"was", "were", "is", "are", "has", "had", "have", "did", "does", "do"})


@cache
def wording() -> dict[str, Any]:
    """The wordings of `concerns.toml` (beside the framework's other wording files)."""
    return wording_table("concerns.toml")


@dataclass
class Told:
    """A concern said as what happened: its record, case, status and sentence."""

    record: int
    case: int
    status: str
    clause: str  # what happened, fit to follow "In one case, "
    alone: tuple[str, ...]  # criteria whose weakness in the section is this case alone


def plain(text: str) -> str:
    """The text with what could tell a reader who the child is taken out: ages, "the
    girl", "the boy" ("the child"), and his or her ("their", "them"); "" where it says
    "he" or "she" (a sentence that would need rewriting, not a swap of words)."""
    out = _AGE.sub("", text)
    out = _CHILD.sub(lambda m: f"{m.group(1)} child", out)
    out = re.sub(r"^Child\b", "A child", out)  # a note's bare "Child remains ..."
    if _SUBJECT.search(out):
        return ""
    out = _PRONOUN_OBJECT.sub("them", out)
    return _PRONOUN_OWN.sub(lambda m: "Their" if m.group(1)[0].isupper() else "their", out)


_COUNTED = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
     "many", "multiple", "repeated", "numerous", "some", "both"}
)  # fmt: skip
_AFTER_NOUN = frozenset({"of", "to", "for", "from", "with", "by", "at", "in", "on", "about"})


def _plural(head: str) -> bool:
    """Whether a note's subject is plural: counted ("Two missing episodes", "3 referrals")
    or its noun, before any "of ..." (a "Disclosure of threats" is one), ends in s
    ("Police checks"; not "Address", "Status", "Analysis"): tester 19, A4 ("a two missing
    episodes was not reported")."""
    words = head.split()
    if words[0].lower() in _COUNTED or (words[0].isdigit() and words[0] != "1"):
        return True
    noun = next((words[k - 1] for k in range(1, len(words)) if words[k].lower() in _AFTER_NOUN),
                words[-1])  # fmt: skip
    return noun.lower().endswith("s") and not noun.lower().endswith(("ss", "us", "is"))


def _repaired(sentence: str) -> str:
    """A telegraphic clause made a sentence: "Disclosure of physical harm not shared
    with the LA for five weeks" -> "A disclosure of physical harm was not shared ..."
    (the first clause only, where its head holds no verb); else the sentence."""
    first = sentence.split(";", 1)[0].strip().rstrip(".")
    m = _TELEGRAPHIC.match(first)
    if m is None or _FINITE.intersection(m.group("head").lower().split()):
        return sentence
    head = m.group("head")
    plural = _plural(head)
    verb = "were" if plural else "was"
    article = "" if plural else ("An " if head[0] in "AEIOU" else "A ")
    lead = head if plural else head[0].lower() + head[1:]
    return f"{article}{lead} {verb} {m.group('neg')}{first[m.end() :]}."


def happened(ctx: Context, i: int) -> str | None:
    """What happened in an escalated note's case, de-identified, as a clause to follow
    "In one case, " (lower-case first), or None where no sentence of it reads alone."""
    d = ctx.data
    concern = d.escalation_concern.get(d.ids[i], "")
    for text in (concern, d.text(i)):
        for sentence in split_sentences(text):
            cleaned = plain(_repaired(sentence))
            if not cleaned:
                continue
            found = finding(ctx.pool, cleaned)
            if found is not None:
                return found[0]
    return None


def tell(ctx: Context) -> list[Told]:
    """The section's concerns that rest on one case and can be said as what happened
    (the module's rules); their criteria resting on the case alone are marked stated."""
    from exporters.draft.coverage import escalations  # coverage reads this module

    d = ctx.data
    if not ctx.pool.areas:  # an area's concern is told in the area's section only
        return []
    esc = escalations(ctx)
    out: list[Told] = []
    for i in esc.records:
        k = d.case[i]
        if not k or any(t.case == k for t in out) or len(out) >= MAX_TOLD:
            continue
        alone = tuple(c for c in d.crits[i] if _rests_on(ctx, c, k))
        if len(esc.cases) > 1 and not alone:
            continue
        clause = happened(ctx, i)
        if clause is None:
            continue
        out.append(Told(i, k, d.escalations[i], clause, alone))
        ctx.stated.update(alone)
        ctx.escalations_said.add(k)  # said by its own sentence, never by a claim's
    return out


def _rests_on(ctx: Context, criterion: str, case: int) -> bool:
    """Whether the section's weakness on `criterion` is case `case` alone, with one case
    at most for it (a claim the draft would say as that weakness: `escalated.kept`)."""
    claim = ctx.pool.claim(criterion)
    if claim is None or not claim.by_cases:
        return False
    t = claim.tally
    return t.neg == (case,) and len(t.pos) <= 1


def sentences(ctx: Context, told: list[Told], others: int) -> list[Sentence]:
    """The told concerns' sentences: "In one case, <what happened>" and what inspectors
    did; `others`: the section's other escalated cases, counted after them."""
    w = wording()
    out = []
    for t in told:
        how = "open" if t.status == OPEN else "escalated"
        filled = [f.format(what=t.clause.rstrip(".")) for f in w["told"][how]]
        shown = [f for f in filled if opening(f) != ctx.previous] or filled
        text = ctx.voice.choose(shown, ctx.key, "told", openings=ctx.openings) or shown[0]
        ctx.previous = opening(text)
        s = traced(
            text, [t.record], ctx.data, role="claim", case_refs=ctx.pool.refs({t.case}),
            # Only the criteria it alone stands for: a section's claim on the note's other
            # criteria (following up safeguarding concerns in most cases) is its own point.
            criteria=list(t.alone),
            basis=("A safeguarding concern recorded on one case "
                   f"({', '.join(ctx.data.crits[t.record])}), "
                   f"{'still to escalate' if how == 'open' else 'escalated to senior managers'}; "
                   f"said as what happened ({others} other escalated cases counted apart)"),
            flags=[*ctx.flags, "small sample"], cases={t.case}, direction="against",
            by_cases=False, with_excerpts=False,
        )  # fmt: skip
        # The margin names the case and the tally, never the note it was told from: the
        # body is de-identified (`plain`), and an excerpt of the note would put back the
        # child's age and sex beside it ("The girl (14) told her teacher ...").
        out.append(s)
    return out


def one_case_sentence(ctx: Context, claim: Claim) -> Sentence:
    """A weakness resting on one case whose note carries an escalated safeguarding
    concern no sentence could say as what happened: named as that concern ("In one case,
    the weakness in case planning was a safeguarding concern, which inspectors
    escalated to senior managers"), never among "weaknesses in one case each"; the case
    is then not counted again among the section's escalations."""
    found = ctx.pool.escalated(claim.criterion)
    how = "open" if OPEN in found.values() else "escalated"
    kind = "safeguarding" if _safeguarding(ctx, claim.criterion) else "one_case_concern"
    text = wording()[kind][how].format(nouns=claim.words.noun)
    ctx.stated.add(claim.criterion)
    ctx.escalations_said.update(found)
    evs = claim_records(ctx, claim)[1]
    return traced(
        text, evs, ctx.data, role="claim", case_refs=ctx.pool.refs(set(claim.tally.neg)),
        criteria=[claim.criterion], basis=f"{claim.tally.line(True)}; an escalated safeguarding "
        "concern recorded on the case against it", flags=[*ctx.flags, "small sample"],
        cases=set(claim.tally.neg), direction="against", by_cases=False,
    )  # fmt: skip


def _safeguarding(ctx: Context, criterion: str) -> bool:
    """Whether a criterion is one of the framework's safeguarding group (as
    `coverage.safeguarding`; its weakness then is the concern, not "a weakness in")."""
    from exporters.draft.coverage import safeguarding  # coverage reads this module

    return safeguarding(ctx, criterion)
