"""An area's own notes about how it is led, said as findings of its section (issue 15,
kf32; kf31's leftover; tester 31: the inadequate Area 4's section said almost nothing of
its leaders, though its head of practice's note said no audits had run since the spring
and a service manager post had been vacant for seven months; the outstanding Area 2's
notes on monthly audits fed back within a week and the mentoring of new advisers were
not drafted).

`area_notes(ctx, side)` is the seam the area sections call (`sections.area_section`,
case32's, agreed in /work/notes/owners32.md): the area's records about itself (no case)
on the framework's criteria about the service, on `side`, from the kinds of source in
`leaders_area.toml` (managers, staff, observations, audits, board papers: not
stakeholders' views, figures or surveys, which other sentences say), each said as one
sentence of the report's:

- in its own words where it holds a sentence that reads on its own (`onesource.one_said`);
- else written out (`written`): its shorthand and roles written out ("HoP" the head of
  practice), the area's name before a role left off, a reporting verb given its "that"
  ("acknowledged no audits since spring": "acknowledged that there had been no audits
  since spring"), an empty post said so ("post vacant 7 months": "has been vacant for
  seven months"), "X: a, b" said "X, with a and b", clauses after a semicolon joined with
  "and", a last clause with no verb joined with "with";
- never where what is left still reads as shorthand (`standalone`): the note stays in the
  margin's list of notes not drafted, as before.

A record whose point the section has stated (`ctx.stated`, `tallies.same_point`: the
oversight its case files show) is left to that sentence; each record said is taken
(`ctx.used`) and its criteria stated.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from exporters.draft import telegraphic
from exporters.draft.claims import Context
from exporters.draft.fitting import is_stakeholder
from exporters.draft.onesource import one_said
from exporters.draft.standalone import as_said, has_shorthand
from exporters.draft.tallies import same_point
from exporters.draft.trace import normal, traced
from exporters.draft.wording import wording_table
from exporters.draft.words import capitalise, join_list, number_text
from exporters.model import Sentence

POLARITY = {"against": "development", "for": "strength"}


@cache
def wording() -> dict[str, Any]:
    """`leaders_area.toml`."""
    return wording_table("leaders_area.toml")


def area_notes(ctx: Context, side: str) -> list[Sentence]:
    """The area's own notes about how it is led on `side` ("against", "for"), each a
    finding in the report's words (see the module docstring); [] where there is none,
    or the section is not an area's."""
    d = ctx.data
    polarity = POLARITY.get(side)
    if not ctx.pool.areas or polarity is None:
        return []
    sources = set(wording()["sources"])
    out = []
    for i in sorted(ctx.pool.wide):
        if d.case[i] or d.polarity[i] != polarity or d.source[i] not in sources:
            continue
        if i in ctx.used.records or is_stakeholder(d.words, d.source[i]):
            continue
        crits = [c for c in d.crits[i] if d.words.criterion(d.framework, c).about != "cases"]
        if not crits or any(not ctx.stated.isdisjoint(same_point(c)) for c in crits):
            continue
        got = one_said(ctx, i, None, crits[0])
        text, clause = got if got is not None else (written(ctx, i), d.texts((i,))[i].text)
        if not text or normal(text) in ctx.voice.said:
            continue
        ctx.used.take(i, clause)
        ctx.voice.note(text)
        ctx.stated.update(crits)
        out.append(traced(text, [i], d, role="claim", criteria=crits, direction=side,
                          basis=str(wording()["basis"])))  # fmt: skip
    return out


def written(ctx: Context, i: int) -> str:
    """Note `i` in the report's words (see the module docstring); "" where it does not
    read as one sentence of the report's."""
    d = ctx.data
    text = telegraphic.written_out(d.texts((i,))[i].text).strip().rstrip(".")
    for short, long in wording()["roles"].items():
        text = _role(text, short, long)
    text = _AREA_FIRST.sub("", text)
    text = _with_article(text)
    clauses = [c.strip() for c in text.split(";") if c.strip()]
    said = [_clause(ctx, c) for c in clauses]
    if not said or any(not c for c in said):
        return ""
    joined = said[0] if len(said) == 1 else ", and ".join(said)
    w = d.words
    known = w.known_capitals | {d.inspection.organisation}
    out = as_said(w.standalone, capitalise(joined) + ".", known, w.bare_noun_starts)
    if not out or has_shorthand(w.standalone, out, known):
        return ""
    return out


# The area's own name before the role ("Chester the service manager ..."): left off.
_AREA_FIRST = re.compile(r"^(?:Area \w+|[A-Z][\w'-]+(?: [A-Z][\w'-]+)*) (?=the |heads? )")
_NUMBER = re.compile(r"\b(\d+) (months?|weeks?|days?|years?)\b")


def _clause(ctx: Context, clause: str) -> str:
    """One clause of a note in the report's words: a reporting verb's "that", an empty
    post's tense, "X: a, b" as "X, with a and b", its passive shorthand given its verb
    (`telegraphic.expanded`), a last part with no verb after a comma joined with "with";
    "" where it holds a colon list with a verb in it."""
    clause = _NUMBER.sub(lambda m: f"{_number(int(m.group(1)))} {m.group(2)}", clause)
    clause = _vacant(_reported(clause))
    head, colon, rest = clause.partition(":")
    if colon:
        parts = [x.strip() for x in rest.split(",") if x.strip()]
        if not parts or any(_has_verb(ctx, x) for x in parts):
            return ""
        return f"{head.strip()}, with {join_list(parts)}"
    first, *after = clause.split(", ")
    # "X, cover from Area 3 ...": "X, with cover ..."; never before a participle ("X,
    # covered two days a week" reads as it is).
    if after and not any(_has_verb(ctx, x) or _participle(x) for x in after):
        clause = f"{first}, with {join_list(after)}"
    return telegraphic.expanded(clause, lambda c: _has_verb(ctx, c)) or clause


# Words after which a role is said without its article ("the new practice manager").
_DETERMINERS = frozenset({"the", "a", "an", "new", "our", "their", "its", "each", "every",
                          "acting", "interim", "former"})  # fmt: skip


def _role(text: str, short: str, long: str) -> str:
    """`text` with role `short` written out as `long`, without its article after a word
    of its own ("new PM": "new practice manager")."""
    bare = re.sub(r"^(?:the|a|an) ", "", long)
    out, last = [], 0
    for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
        out += [text[last : m.start()], bare if _after_word(text, m.start()) else long]
        last = m.end()
    return "".join([*out, text[last:]])


def _after_word(text: str, at: int) -> bool:
    """Whether the word before position `at` of `text` is a determiner or the like."""
    before = text[:at].split()
    return bool(before) and before[-1].lower() in _DETERMINERS


def _participle(part: str) -> bool:
    """Whether a part opens on a past participle ("covered two days a week")."""
    first = part.split()[0].lower() if part.split() else ""
    return first.endswith("ed") and len(first) > 4


def _with_article(text: str) -> str:
    """A note opening on a role written in full without its article ("Head of practice
    accepted ...") given its "The"."""
    for long in wording()["roles"].values():
        bare = re.sub(r"^(?:the|a|an) ", "", long)
        if long.startswith("the ") and text.lower().startswith(bare + " "):
            return f"The {text[: len(bare)].lower()}{text[len(bare) :]}"
    return text


def _number(n: int) -> str:
    return number_text(n) if n < 10 else str(n)


def _reported(clause: str) -> str:
    """ "the head of practice acknowledged no audits since spring" said "... acknowledged
    that there had been no audits since spring"; a reporting verb before any other
    clause given its "that"."""
    table = wording()["reporting"]
    verbs = "|".join(map(re.escape, table["verbs"]))
    m = re.match(rf"^(?P<who>.+?) (?P<verb>{verbs}) (?!that\b)(?P<rest>.+)$", clause)
    if m is None:
        return clause
    rest = m.group("rest")
    if rest.startswith("no "):
        rest = f"{table['no_thing']} {rest[3:]}"
    return f"{m.group('who')} {m.group('verb')} that {rest}"


def _vacant(clause: str) -> str:
    """ "service manager post vacant seven months" said "... has been vacant for seven
    months"."""
    table = wording()["vacant"]
    words = "|".join(map(re.escape, table["words"]))
    m = re.match(
        rf"^(?P<subj>.+?) (?P<word>{words}) (?:for )?(?P<span>\w+ (?:months?|weeks?|years?))(?P<rest>.*)$",
        clause,
    )
    if m is None or m.group("subj").split()[-1].lower() in _LINKING:
        return clause  # said with its verb already ("has been empty for seven months")
    subj = m.group("subj")
    subj = (
        subj if subj.lower().startswith(("the ", "a ", "an ", "two ", "three ")) else f"the {subj}"
    )
    said = table["said"].format(word=m.group("word"), span=m.group("span"))
    return f"{subj} {said}{m.group('rest')}"


_LINKING = frozenset({"been", "is", "are", "was", "were", "remains", "remained", "stood", "left"})


def _has_verb(ctx: Context, part: str) -> bool:
    """Whether a part of a note holds a finite verb (a clause, not a noun phrase); a
    first word before a preposition is a noun ("cover from Area 3 one day a week")."""
    rules = ctx.data.words.standalone
    words = part.lower().split()
    if len(words) > 1 and words[1] in _PREPOSITIONS:
        words = words[1:]
    return any(w in rules.finite_verbs for w in words)


_PREPOSITIONS = frozenset({"from", "for", "of", "in", "on", "with", "to", "at", "by"})
