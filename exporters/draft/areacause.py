"""An area's main shortfall said plainly, with its cause, where the team recorded one
(issue 15, tester 33's "Is the weaker area's weakness said plainly?", A12 and A14).

Tester 33's Area 4, graded good beside three outstanding areas, gave the shares ("In
the majority of the cases ... children are seen ..., although in a minority they are
not") and "inspectors found weaknesses in the oversight of practice", naming none,
beside a marker saying the same weaknesses were not drafted.  The lead had recorded
why: children from some families were not seen alone promptly *because interpreters
were not booked*, and managers knew and had not acted.  Ten notes said so.

The rule, for what any lead records (`area_cause.toml`):

- **The cause** is a subject the area's judgement rationale gives after a causal word
  ("because", "due to", "as a result of"), whose words the development notes on a
  weakness's own cases name again: a clipped word ("interp") meets the rationale's
  whole one ("interpreters"); the criterion's own words ("seen", "reports") are the
  shortfall, not its cause.  Nothing is said where the rationale gives no cause, or
  the notes do not bear it out in at least the framework's `material_cases` cases and a
  third of the cases the weakness counts against.
- **The main shortfall** is the weakness (a claim about cases leaning against, or
  balanced) whose cases against the cause's notes account for most.  It leads the
  paragraph it is in, with its example and the sentence after it saying the cause and
  how many of its cases it lay behind ("Problems with interpreters lay behind all seven
  of the cases that fell short."), traced to those notes, the rationale in the comment.
- **Managers**: where the area's own notes on its managers (not a case's, nor a
  partner's) say they knew of the cause ("mgrs aware of delays", rests.toml [cues]
  `knows`) and did nothing about it (no plan, "nothing has changed"), a sentence of the
  section that says only "weaknesses in ..." of those notes says what they found
  ("... inspectors found that managers knew of the problems with interpreters but had
  not acted on them"); else one sentence says so after the cause.  A marker saying
  those notes' points were not drafted goes, every point it names being said now.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from exporters.draft.areagroups import area_judgement
from exporters.draft.claims import Context
from exporters.draft.fitting import is_stakeholder
from exporters.draft.leadersrest import wording as rests
from exporters.draft.planscope import _NO_PLAN
from exporters.draft.trace import traced
from exporters.draft.wording import wording_table
from exporters.draft.words import capitalise, number_text
from exporters.model import Paragraph, Sentence

_WORD = re.compile(r"[a-z][a-z'-]*", re.IGNORECASE)


@cache
def wording() -> dict[str, Any]:
    """`area_cause.toml`."""
    return wording_table("area_cause.toml")


def _stem(word: str) -> str:
    word = word.strip("'-")
    for end in ("ies", "es", "s"):
        if word.endswith(end) and len(word) > len(end) + 3:
            return word[: -len(end)] + ("y" if end == "ies" else "")
    return word


@dataclass(frozen=True)
class Cause:
    """The cause found: its words, the criterion of the shortfall it lies behind, the
    cases against (all, and those the cause's notes are on) and those notes."""

    subject: str
    criterion: str
    against: frozenset[int]
    cases: frozenset[int]
    records: tuple[int, ...]
    rationale: str


def _rationale(ctx: Context) -> str:
    d = ctx.data
    jdef = area_judgement(d)
    if jdef is None:
        return ""
    for code in ctx.pool.areas:
        j = d.judgement(jdef.id, code)
        if j is not None and j.rationale:
            return j.rationale
    return ""


def _candidates(rationale: str) -> list[list[str]]:
    """The words after each causal word of the rationale, to the clause's end, as the
    lead wrote them ("FCAs", not "fcas")."""
    out = []
    for cue in sorted(wording()["because"], key=len, reverse=True):
        for m in re.finditer(rf"(?<![a-z]){re.escape(cue)}(?![a-z])", rationale, re.IGNORECASE):
            clause = re.split(r"[.;:,()]", rationale[m.end() :], maxsplit=1)[0]
            out.append(_WORD.findall(clause))
    return out


def _meets(word: str, tokens: set[str]) -> bool:
    """Whether a rationale's word is in a note's words: the same stem, or a clipped
    form of it ("interp" of "interpreters")."""
    stem = _stem(word)
    least = int(wording()["min_clipped"])
    return any(_stem(t) == stem or (len(t) >= least and stem.startswith(t)) for t in tokens)


def _own_words(ctx: Context, criterion: str) -> frozenset[str]:
    """A criterion's own words (cues and noun): the weakness's own terms, not its cause
    ("seen alone" is what fell short, not why)."""
    d = ctx.data
    c = d.words.criterion(d.framework, criterion)
    out: set[str] = set()
    for phrase in (*c.cues, c.noun):
        out.update(_stem(w) for w in _WORD.findall(phrase.lower()))
    return frozenset(out)


def _subject(words: list[str], start: int) -> str:
    """The rationale's words from `start` to the first of [ends]."""
    ends = set(wording()["ends"])
    out = [words[start]]
    for w in words[start + 1 :]:
        if w.lower() in ends:
            break
        out.append(w)
    return " ".join(out[:3])


def find_cause(ctx: Context) -> Cause | None:
    """The area's main shortfall and its cause (module docstring), or None."""
    if not ctx.pool.areas or ctx.grade is None:
        return None
    rationale = _rationale(ctx)
    clauses = _candidates(rationale) if rationale else []
    if not clauses:
        return None
    d = ctx.data
    rules = d.rules
    best: Cause | None = None
    for claim in ctx.pool.claims():
        t = claim.tally
        if not claim.by_cases or not (claim.lean == "against" or claim.direction == "balanced"):
            continue
        against = frozenset(t.neg)
        own = _own_words(ctx, claim.criterion)
        notes = [i for i in ctx.pool.records(claim.criterion, "development")
                 if d.case[i] in against and i not in d.hedged]  # fmt: skip
        texts = d.texts(notes)
        tokens = {i: {t.lower() for t in _WORD.findall(texts[i].text)} for i in notes}
        for words in clauses:
            for k, word in enumerate(words):
                w = word.lower()
                if len(w) < 4 or _stem(w) in own:
                    continue
                said = [i for i in notes if _meets(w, tokens[i])]
                cases = frozenset(d.case[i] for i in said)
                n = len(cases)
                if n < rules.material_cases or 3 * n < len(against):
                    continue
                found = Cause(_subject(words, k), claim.criterion, against, cases,
                              tuple(sorted(said)), rationale)  # fmt: skip
                if best is None or (n, n / len(against)) > (
                    len(best.cases),
                    len(best.cases) / len(best.against),
                ):
                    best = found
                break  # the clause's first word the notes bear out
    return best


def _k_of_n(k: int, n: int) -> str:
    if k == n:
        return "both of the" if n == 2 else f"all {number_text(n)} of the"
    return f"{number_text(k)} of the {number_text(n)}"


def cause_sentence(ctx: Context, cause: Cause) -> Sentence:
    """The sentence saying the cause and how many of the shortfall's cases it lay
    behind, traced to the notes that say it."""
    d = ctx.data
    fill = {"subject": cause.subject, "k_of_n": _k_of_n(len(cause.cases), len(cause.against))}
    options = [capitalise(str(f).format(**fill)) for f in wording()["cause"]]
    text = ctx.voice.choose(options, ctx.key, cause.criterion, "cause") or options[0]
    basis = (f"{len(cause.cases)} of the {len(cause.against)} cases against on "
             f"{cause.criterion}: their own development notes name {cause.subject} "
             f"({len(cause.records)} notes); the cause the lead's rationale gives: "
             f"\u2018{cause.rationale}\u2019")  # fmt: skip
    return traced(text, list(cause.records), d, role="claim", criteria=[cause.criterion],
                  basis=basis, flags=list(ctx.flags), direction="against",
                  case_refs=ctx.pool.refs(cause.cases))  # fmt: skip


def managers_records(ctx: Context, cause: Cause) -> list[int]:
    """The area's own development notes on its managers saying they knew of the cause
    and did nothing about it (module docstring)."""
    d = ctx.data
    knows = [str(c) for c in rests()["cues"]["knows"]]
    none = [str(c) for c in wording()["no_action"]]
    records = [i for i in ctx.pool.wide if not d.case[i] and d.polarity[i] == "development"
               and not is_stakeholder(d.words, d.source[i]) and i not in d.hedged]  # fmt: skip
    texts = d.texts(records)
    first = cause.subject.split()[0].lower()
    out = []
    for i in records:
        low = texts[i].text.lower()
        tokens = {t.lower() for t in _WORD.findall(low)}
        said = any(re.search(rf"(?<![a-z]){re.escape(c)}(?![a-z])", low) for c in knows)
        nothing = bool(_NO_PLAN.search(low)) or any(c in low for c in none)
        if said and nothing and _meets(first, tokens):
            out.append(i)
    return out


def _vague(s: Sentence, ids: set[str]) -> re.Match[str] | None:
    """Where a sentence drawing on the managers' notes says only "weaknesses in ..." of
    them (A14)."""
    if s.role != "claim" or ids.isdisjoint(s.evidence_ids):
        return None
    return re.search(r"\b(found|show|shows) weaknesses in [^.;]+", s.text)


def _block_end(sentences: Sequence[Sentence], k: int) -> int:
    end = k + 1
    while end < len(sentences) and sentences[end].role in ("example", "quote", "impact"):
        end += 1
    return end


def say_cause(ctx: Context, paras: list[Paragraph]) -> None:
    """Lead the shortfall's paragraph with it and its cause, and say what managers did
    (module docstring)."""
    cause = find_cause(ctx)
    if cause is None:
        return
    at = next(((p, k) for p, para in enumerate(paras) for k, s in enumerate(para.sentences)
               if s.role == "claim" and s.criteria == [cause.criterion]
               and s.direction in ("against", "balanced")), None)  # fmt: skip
    if at is None:
        return
    p, k = at
    said = list(paras[p].sentences)
    end = _block_end(said, k)
    block = [*said[k:end], cause_sentence(ctx, cause)]
    paras[p] = paras[p].model_copy(update={"sentences": said[:k] + said[end:]})
    # The weaknesses' paragraph opens on it (else its own paragraph does).
    q = next((x for x, para in enumerate(paras) if para.theme == "development"), p)
    rest = list(paras[q].sentences)
    opener = next((o for o in ctx.data.words.development_openers
                   if rest and rest[0].text.startswith(o)), None)  # fmt: skip
    if opener and not block[0].text.startswith(opener):  # "However, " stays first
        rest[0] = rest[0].model_copy(update={"text": capitalise(rest[0].text[len(opener) :])})
        block[0] = block[0].model_copy(update={"text": opener + _lower(block[0].text)})
    paras[q] = paras[q].model_copy(update={"sentences": [*block, *rest]})
    _say_managers(ctx, paras, cause, (q, len(block)))


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _say_managers(
    ctx: Context, paras: list[Paragraph], cause: Cause, after: tuple[int, int]
) -> None:
    """Say what the area's managers knew and did not do, after the cause, in place of
    any sentence (or sentence of a claim's text) saying only "weaknesses in ..." of
    the same notes."""
    d = ctx.data
    records = managers_records(ctx, cause)
    if not records:
        return
    ids = {d.ids[i] for i in records}
    taken: list[str] = []  # what the vague sentences said, for the comment
    evs: list[str] = []
    for para in paras:
        kept = []
        for s in para.sentences:
            m = _vague(s, ids)
            if m is None:
                kept.append(s)
                continue
            start = (
                max(s.text.rfind(". ", 0, m.start()) + 2, 0) if ". " in s.text[: m.start()] else 0
            )
            stop = s.text.find(".", m.end())
            stop = len(s.text) if stop < 0 else stop + 1
            taken.append(s.text[start:stop].strip())
            evs += s.evidence_ids
            rest = (s.text[:start] + s.text[stop:]).strip()
            if rest:  # the claim's own sentence stays, its comment as it was
                kept.append(s.model_copy(update={"text": rest}))
        para.sentences[:] = kept
    text = str(wording()["managers"]).format(area=ctx.area, subject=cause.subject)
    crits = sorted({c for i in records for c in d.crits[i]})
    basis = (f"The area's own notes on its managers say they knew of {cause.subject} and "
             f"had not acted ({len(records)} notes)")  # fmt: skip
    if taken:
        basis += "; said in place of: " + " ".join(f"‘{t}’" for t in taken)
    s = traced(text, records, d, role="claim", criteria=crits, direction="against",
               basis=basis, flags=list(ctx.flags))  # fmt: skip
    s.evidence_ids = list(dict.fromkeys([*s.evidence_ids, *evs]))
    p, k = after
    said = paras[p].sentences
    paras[p] = paras[p].model_copy(update={"sentences": [*said[:k], s, *said[k:]]})
