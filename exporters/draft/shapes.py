"""The shapes of a claim's sentence: which frames a claim may be said in, which cases
its share is of, which side each frame says first and last, and the order of
preference a claim's sentence is chosen by (`shape_keys`, walked a tier at a time:
`tiers`).

A balanced claim (material cases on both sides) has a family of shapes in
`drafting.toml` ([frames.cases] `balanced_for`, `balanced_against`; the `small_`
frames for counts): most say the larger side first ("Most of the cases sampled show
that ..., although in a small number, ..."); others give the smaller side a short
sentence of its own ("... In a small number, however, ..."), fold it into a clause
("..., though not in a small number, ..."), or say which cases the shares are of once,
before both ("Of the cases with evidence on X, most show that ..., and a small number
that ...").  The section's voice (`trace.Voice`) prefers an opening the section has
not used, so that no one shape opens most of a section's balanced sentences, and
prefers a shape within a fifth of the section's claims (`shapecount.within_share`),
then the shape the section has used least (`shape_of`), so that the choice spreads.
These counts are the section's, never the report's, so that notes added on one point
reword no other section (tester 31's F15).

Every balanced sentence must read as an inspector writes (`exporters.draft.readable`,
an independent lead's findings): no clause said twice, none over a dozen words put
inside another, no subject noun opening two clauses (`readable`).  Where the weakness
wording only negates the strength's ("practitioners do not make sure that the court
knows ..."), the smaller side may be said by its count or a pronoun clause (`echo_`
frames: "..., although in a small number they do not"; `echoes`, `pronoun_clauses`),
never by the clause again; these shapes are chosen among the others where the side
they leave unworded has only general wordings, and a weakness worded otherwise names
what went wrong, and is said (`loses`).

Only the side a sentence says last may be illustrated by the example after it
(`claims.may_illustrate`), so a claim whose example is still wanted (`Context.
illustrate`) is said in a shape that ends on the side it leans to: one that says the
larger side first and last ("Most of the cases ... show strengths: although in a small
number, ..., in the rest, ...", "Practice is strong in two of the three cases ... In
one, ...; in the other two, however, ...", "Across most cases, except a small number,
..."), or, only while the section still says twice as many balanced sentences larger
side first, one that says the smaller side first ("While a small number of the cases
... show that ..., most show that ...").  Before (session 10), fewer than 2 of 3
balanced sentences on the testers' inspections said the larger side first: no count
frame said it first and last, each section could say two sentences smaller side first
before the rule applied, and an unused opening came before the larger side first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence, Set
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from exporters.draft.lowcoverage import sparse
from exporters.draft.readable import TRAILED, faults, repeated_clause, takes_share, within
from exporters.draft.saidonce import names_it, says_once, unnamed_forms
from exporters.draft.sameness import runs
from exporters.draft.shapecount import said_in as said_in  # re-exported for claims
from exporters.draft.shapecount import shape_of, within_share
from exporters.draft.tallies import Claim
from exporters.draft.trace import normal, opening
from exporters.draft.words import number_text

# A claim's sentences are hundreds, each looked at by several steps: each worked out once.
_normal = lru_cache(maxsize=65536)(normal)
_opening = lru_cache(maxsize=65536)(opening)

if TYPE_CHECKING:
    from exporters.draft.claims import Context
    from exporters.draft.words import CriterionWords

# A frame's placeholders for one side: its proportion words, counts and wordings.
_MARK = re.compile(
    r"\{(?:(pos|Pos|for|For|strength|Strength)|(neg|Neg|against|Against|weakness|Weakness))"
    r"(?:_of|_alone|_n|_clause)?\}"
)


@cache  # a frame's sides are read once, not once per sentence built in it
def said_last(frame: str) -> str:
    """Which side a frame says last: "against" where its last placeholder for a side is
    the weakness's (its wording, its proportion word or its count: "..., although a
    small number do not" ends on the weakness though it does not word it), else
    "for".  Read from the frame, not from the sentence, since a plain clause ("practice
    is not yet good enough") is not found in the sentence as written (reader 5,
    finding 8: an example of the strength after "..., although in some cases practice
    is not yet good enough")."""
    last = ""
    for m in _MARK.finditer(frame):
        last = "for" if m.group(1) else "against"
    return last or "for"


@cache
def said_first(frame: str) -> str:
    """Which side a frame says first ("for" or "against"; `said_last`)."""
    m = _MARK.search(frame)
    return "against" if m and not m.group(1) else "for"


Key = Callable[[str], int]
"""A preference among a claim's sentences: the higher its value, the more preferred."""


def tiers(options: Collection[str], keys: Sequence[Key]) -> Iterator[list[str]]:
    """The options a tier at a time, best first, as a cascade of preferences ranks them
    (each keeps the options it prefers most where any is left, else all: `shape_keys`),
    so that the first tier is what the cascade would choose, and the next what it would
    choose once the first is set aside; within a tier, the options' own order.  Each
    key is worked out only for the options of the tiers reached, once.  The groups wait
    on one stack, not in a generator a level (a tier passed up through a dozen)."""
    depth = len(keys)
    todo = [(list(options), 0)]  # (options, keys applied): the best group last
    while todo:
        group, level = todo.pop()
        if len(group) <= 1 or level == depth:  # one option is a tier whatever the keys say
            if group:
                yield group
            continue
        key = keys[level]
        groups: dict[int, list[str]] = {}
        for o in group:
            groups.setdefault(key(o), []).append(o)
        todo += [(groups[k], level + 1) for k in sorted(groups)]


def first_tier(options: Collection[str], keys: Sequence[Key]) -> list[str]:
    """The options a cascade of preferences chooses (`tiers`), none of none."""
    return next(tiers(options, keys), [])


def shape_keys(
    ctx: Context,
    claim: Claim,
    ends: Mapping[str, str],
    first: Mapping[str, str],
    fits: Key,
    illustrate: str = "",
    order: Sequence[int] | None = None,
    shape: Mapping[str, str] | None = None,
) -> list[Key]:
    """The preferences a claim's sentence is chosen by, in order (`tiers`):

    - it suits the law type (`fits`: `claims.suited`), and opens unlike the sentence
      before it (`Context.previous`: no two sentences running open alike);
    - for a balanced claim whose example is still wanted (`illustrate`: the side it
      would illustrate, its paragraph's), it says that side last (`ends`: sentence ->
      the side it says last), since only the side said last may be illustrated
      (`claims.may_illustrate`).  Where one side is larger, first of all it also says
      that side first (`first`: sentence -> the side it says first) in an opening the
      section has not used (`Context.openings`).  Where none does, the example is kept
      at the cost of the smaller side first only where the section, with this sentence,
      still says at least twice as many balanced sentences larger side first (`order`:
      how many it has said larger side first, and smaller side first; None keeps the
      example always: a child's own words to follow), as the hand-written inspections
      do; else the larger side first comes before the example.  Where nothing is to
      follow (`claims._illustrated`: no record or child's words left that may), it
      does not end on the larger side it says first (the smaller side inside it, "In
      most cases, though not in a small number, ...", or the larger said twice, "...
      In some, ...; in the others, however, ...": tester 26's A4), but says each side
      once, the smaller last;
    - no sentence of it is longer than a reader takes in at one go
      (`readable.within`: tester 30, sentences of 50 words and more);
    - it names the criterion once ("In all of the cases with evidence on children's
      wishes and feelings, children's wishes and feelings are ..." says it twice);
    - for a balanced claim, it is fresh: not said before, opening as no sentence of the
      section has (`trace.opening`), and near-verbatim to nothing the report has said
      on its point (`Voice.topic`) nor, in an area section, to any other area's
      sentence (`exporters.draft.sameness`); else not said before;
    - where one side is larger, it says that side first;
    - its shape has said no more than a fifth of the section's claims of its kind
      (`shapecount.within_share`: no one shape dominates a section; for a claim on
      one side, right after naming the criterion once); then, of those not fresh, the
      ones opening as the fewest of the section's balanced sentences do
      (`Context.balanced_openings`: no one opening opens most of them);
    - its shape (`shape`: sentence -> its frame; `shape_of`) is the one the section has
      used least (`trace.Local.balanced`), so that the choice spreads across the shapes.

    So most balanced sentences put the larger side first, and one says the smaller side
    first only where an example of the side it ends on must follow and the section can
    afford it."""
    t = claim.tally
    previous, noun = ctx.previous, claim.words.noun.lower()
    bare = (*ctx.data.words.counted_unnamed, *ctx.data.words.counted_unnamed_nouns)
    once: Key = lambda o: says_once(o, noun, bare)  # noqa: E731  (`saidonce`)
    keys: list[Key] = [lambda o: names_it(o, noun, bare), fits, lambda o: _opening(o) != previous]

    spread = within_share(ctx, claim, shape)
    if claim.direction != "balanced":
        return [*keys, within, once, spread]
    unequal, lean = len(t.pos) != len(t.neg), claim.lean
    openings = ctx.openings
    if illustrate:

        def end(o: str) -> int:
            return ends[o] == illustrate

        def big(o: str) -> int:
            return first.get(o) == lean and _opening(o) not in openings

        if not unequal:
            keys.append(end)
        elif order is None or 2 * (order[1] + 1) <= order[0]:
            keys += [lambda o: end(o) and big(o), end]
        else:
            keys += [lambda o: end(o) and big(o), big, end]
    elif unequal:
        keys.append(lambda o: not (first.get(o) == ends[o] == lean))
    keys += [within, once]
    voice = ctx.voice
    topic, area = voice.topic(claim.criterion), ctx.key.startswith("area|")  # its point's
    said, used = voice.said, ctx.balanced_openings
    memo: dict[str, bool] = {}  # sentence -> fresh

    def fresh(o: str) -> int:
        if o not in memo:
            memo[o] = (
                _normal(o) not in said
                and _opening(o) not in openings
                and not topic.report.near(r := runs(o))
                and not (area and voice.areas.near(r))
            )
        return memo[o]

    keys += [fresh, lambda o: _normal(o) not in said]
    if unequal:
        keys.append(lambda o: first.get(o) == lean)
    keys.append(spread)
    keys.append(lambda o: 0 if fresh(o) else -used[_opening(o)])
    if shape is not None:
        frames = voice.local(ctx.key).balanced
        keys.append(lambda o: -frames[shape_of(shape[o])] if o in shape else 0)
    return keys


def loses(
    frame: str, strengths: Sequence[str], weaknesses: Sequence[str], w: CriterionWords
) -> bool:
    """Whether a frame that says a side by its count or a pronoun clause alone
    (`echo_frames_of`) leaves a particular wording unsaid: the side it does not word has
    a wording that names what went well or wrong, not only the general ones true of any
    case (`CriterionWords.strength_general`, `weakness_general`, or the plain statement
    of what inspectors found).  Where it has none, the count says as much as the
    wording would ("..., though not in a small number"), and the frame is one of the
    shapes to choose from; else it is kept for where nothing that words both sides
    reads (`readable_shape`)."""

    def particular(said: Sequence[str], general: Sequence[str]) -> bool:
        return any(x not in general and PLAIN not in x for x in said)

    s_unsaid = "{strength}" not in frame and "{Strength}" not in frame
    x_unsaid = "{weakness}" not in frame and "{Weakness}" not in frame
    return (s_unsaid and particular(strengths, w.strength_general)) or (
        x_unsaid and particular(weaknesses, w.weakness_general)
    )


_SHARE = re.compile(r"\{(pos|neg)\} cases")


def of_the_cases_counted(frame: str) -> str:
    """A frame whose share says which cases it is of, where not every sampled case has a
    view (reader's finding 3: "in all cases" said of six of 12 sampled cases): its first
    "{pos} cases" reads "{pos_of} the cases {counted}", a later one "{neg_of} them"
    (the frames of balanced claims say the second side without "cases": "..., although
    in a small number, ...")."""
    first = "{counted}" not in frame

    def sub(m: re.Match[str]) -> str:
        nonlocal first
        side = m.group(1)
        if first:
            first = False
            return f"{{{side}_of}} the cases {{counted}}"
        return f"{{{side}_of}} them"

    out = _SHARE.sub(sub, frame)
    for clause in ("{strength}", "{weakness}"):  # "..., in most of them, however, ..."
        out = out.replace("{counted} " + clause, "{counted}, " + clause)
    return out


_GERUND = re.compile(r"^\w+ing\b")  # "seeing children": not "could assess seeing children"


def with_counted(ctx: Context, claim: Claim, frames: Sequence[str]) -> list[tuple[str, str]]:
    """Each frame with each way of saying which cases a share is of, so areas differ."""
    said, w, noun = counted(ctx, claim), ctx.data.words, claim.words.noun
    nouns = () if _GERUND.match(noun) else w.counted_nouns  # "the cases on {noun}" needs a noun
    # Few of the sampled cases with a view: only the wordings saying the cases had
    # evidence, each with its base (`out_of`), never "where inspectors could assess".
    more = () if said == "sampled" else w.counted if sparse(claim.tally) else (*w.counted, *nouns)
    bare = unnamed_forms(w, said, sparse(claim.tally), out_of(claim))  # `saidonce`
    forms = list(dict.fromkeys([said, *(f.format(noun=noun) + out_of(claim) for f in more), *bare]))
    return [(f, c) for f in frames for c in (forms if "{counted}" in f else forms[:1])]


def counted(ctx: Context, claim: Claim) -> str:
    """Which cases a share is of: "sampled" when every case of the section's sample has
    a view on the criterion, else "with evidence on" the criterion (three of 12 sampled
    cases with a view are not "the three cases sampled")."""
    if claim.tally.views >= ctx.pool.sample_size:
        return "sampled"
    return f"with evidence on {claim.words.noun}" + out_of(claim)


def out_of(claim: Claim) -> str:
    """The base of a share said in counts because fewer than half of the sampled cases in
    scope have a view (`lowcoverage.sparse`: "... (of the 30 sampled)", a national
    section's "(of the 98 read)": `Tally.base`); "" otherwise."""
    t = claim.tally
    return f" (of the {number_text(t.sampled)} {t.base})" if claim.by_cases and sparse(t) else ""


def frames_of(
    claim: Claim, counts: bool, family: Mapping[str, tuple[str, ...]], side: str = ""
) -> tuple[str, ...]:
    """A claim's frames in its family: those of its direction ("for", "against"), or
    for a balanced claim those of the side it leans to ("balanced_for") and, where one
    side is larger and the paragraph states that side (`side`: "for", "against", or ""
    where no paragraph does), the shapes that fold the smaller into a clause
    ("folded_for": the paragraph on weaknesses words the weakness of a claim leaning
    to the strength); with counts instead of proportion words, the same after "small_"
    where the family has them (else "small_balanced")."""
    t = claim.tally
    if claim.direction != "balanced":
        return family[f"small_{claim.direction}" if counts else claim.direction]
    kind = f"balanced_{claim.lean}"
    fold = len(t.pos) != len(t.neg) and side in ("", claim.lean)
    folded = f"folded_{claim.lean}" if fold else ""
    if counts:
        kind = f"small_{kind}" if f"small_{kind}" in family else "small_balanced"
        folded = f"small_{folded}" if folded else ""
    return (*family[kind], *family.get(folded, ()))


@lru_cache(maxsize=65536)
def echoes(strength: str, weakness: str) -> bool:
    """Whether a weakness wording says the strength's again, negated ("practitioners do
    not make sure that the court knows ..." beside "practitioners make sure that the
    court knows ..."; `readable.repeated_clause`): a balanced sentence then says the
    smaller side by its count or a pronoun clause (`echo_frames_of`), never the clause
    again."""
    return bool(repeated_clause(f"{strength}; {weakness}"))


_AUX = frozenset({"is", "are", "was", "were", "do", "does", "did", "has", "have", "can",
                  "could", "will", "would", "should", "may"})  # fmt: skip
_SINGULAR = frozenset({"is", "was", "does", "has"})
# A subject that is a person in the singular takes no "it" ("the child ... it is not").
_PERSON = re.compile(
    r"(?i)\b(?:child|parent|carer|mother|father|practitioner|manager|"
    r"guardian|judge|worker|officer|person|girl|boy|baby)$"
)


def pronoun_clauses(strength: str, weakness: str) -> dict[str, str]:
    """The short clauses that stand for the wordings of an echoing pair (`echoes`), by
    the fill they give: {neg_clause} ("they do not") and {pos_clause} ("they do"), where
    the weakness is the strength's subject, an auxiliary and "not" ("practitioners do
    not make sure ...", "the file does not show ..."); else none."""
    ws, xs = strength.split(), weakness.split()
    if "not" not in xs:
        return {}
    k = xs.index("not")
    subject, aux = xs[: k - 1], xs[k - 1].lower() if k else ""
    if (
        not subject
        or aux not in _AUX
        or [w.lower() for w in ws[: len(subject)]] != [w.lower() for w in subject]
    ):
        return {}
    head = " ".join(subject)
    if aux in _SINGULAR:
        if _PERSON.search(head):
            return {}
        pron = "it"
    else:
        pron = "they"
    return {"neg_clause": f"{pron} {aux} not", "pos_clause": f"{pron} {aux}"}


def echo_frames_of(
    claim: Claim, counts: bool, family: Mapping[str, tuple[str, ...]], side: str = ""
) -> tuple[str, ...]:
    """The frames of a balanced claim whose wordings echo (`echoes`): those of the side
    it leans to ("echo_for"), and where one side is larger and the paragraph states it
    (as `frames_of`), those that fold the smaller side into an exception
    ("echo_folded_for"); "small_" before each for counts."""
    t = claim.tally
    pre = "small_" if counts else ""
    out = family.get(f"{pre}echo_{claim.lean}", ())
    # Not with mixed cases: "all but six" counts them as failing (tester 36's F10).
    if len(t.pos) != len(t.neg) and side in ("", claim.lean) and not t.mixed:
        out = (*out, *family.get(f"{pre}echo_folded_{claim.lean}", ()))
    return out


def readable(
    options: dict[str, str], noun: str, echoed: Set[str] = frozenset()
) -> tuple[dict[str, str], int]:
    """Of a claim's sentences, those that read as an inspector writes
    (`exporters.draft.readable`: no clause said twice, none over a dozen words put
    inside another, no subject noun twice), or, where none does, those with the fewest
    faults; and how many faults those have (0: they read).  Of those that read, the
    ones that word both sides, where any does: a sentence saying the smaller side by its
    count alone (`echoed`, `echo_frames_of`) is for a weakness wording that only negates
    the strength's, not for one that names what went wrong.  `noun`: the criterion's
    name (`readable.repeated_clause`)."""
    if not options:
        return options, 0
    count = {o: fault_count(o, noun) for o in options}
    least = min(count.values())
    best = {o: v for o, v in options.items() if count[o] == least}
    worded = {o: v for o, v in best.items() if o not in echoed}
    return (worded if worded and not least else best), least


def pairs(
    frame: str, strengths: Sequence[str], weaknesses: Sequence[str], echo: bool
) -> Iterator[tuple[str, str, dict[str, str]]]:
    """The (strength, weakness) wordings a frame is said with, and the pronoun clauses
    to fill it (`pronoun_clauses`): each wording of a side the frame names, the first of
    a side it does not, save the pairs that echo where it words both; for an `echo`
    frame (`echo_frames_of`), only the pairs that echo, and, where it needs a pronoun
    clause, those that give one."""
    named_s = "{strength}" in frame or "{Strength}" in frame
    named_x = "{weakness}" in frame or "{Weakness}" in frame
    needs = "_clause}" in frame
    trailed = m[1].lower() if (m := TRAILED.search(frame)) else ""  # its side's wording
    for s in strengths if named_s or echo else strengths[:1]:
        if trailed == "strength" and not takes_share(s):
            continue
        for x in weaknesses if named_x or echo else weaknesses[:1]:
            if trailed == "weakness" and not takes_share(x):
                continue
            if not echo:
                if not (named_s and named_x and echoes(s, x)):  # never the clause twice
                    yield s, x, {}
                continue
            if not echoes(s, x):
                continue
            clauses = pronoun_clauses(s, x)
            if needs and not clauses:
                continue
            yield s, x, clauses


def readable_shape(
    options: Mapping[str, str], echoed: Set[str], noun: str, keys: Sequence[Key]
) -> list[str]:
    """The sentences a balanced claim is chosen from: of the sentences that word both
    sides, the first tier the preferences rank (`tiers`, `shape_keys`) with any that
    read (`readable`), those of it that do, so that only the sentences of the tiers
    reached are read, not every one; else the same of all of them (the smaller side
    said by its count where the weakness only negates the strength: `echoed`); else, of
    the sentences with the fewest faults, the first tier."""
    said: dict[str, int] = {}
    for pool in ([o for o in options if o not in echoed], list(options)):
        for tier in tiers(pool, keys):
            for o in tier:
                if o not in said:
                    said[o] = fault_count(o, noun)
            good = [o for o in tier if not said[o]]
            if good:
                return good
    return first_tier(readable(dict(options), noun, echoed)[0], keys)


@lru_cache(maxsize=65536)
def fault_count(text: str, noun: str) -> int:
    """How many ways a claim's sentence does not read (`readable.faults`), worked out
    once a process for each sentence and criterion: a claim's options are hundreds, and
    the same ones come again each time the inspection is drafted.  An exception said by
    its share alone after a bracket ("... (in 11 of them, managers' oversight of the
    work is not recorded), except in a minority.", tester 21's A3) is one more: it
    hangs from the bracket, not from the clause it qualifies."""
    return len(faults(text, noun)) + bool(_AFTER_BRACKET.search(text))


# An exception by its share alone, trailing a bracketed clause to the sentence's end.
_AFTER_BRACKET = re.compile(r"\), (?:except|though not|but not|although not)\b[^()]*\.$")


PLAIN = "\x01"  # where a plain clause names the criterion, unless the sentence has


def noun_once(said: str, noun: str) -> str:
    """A sentence with plain clauses naming the criterion once only: in the first plain
    clause, unless the sentence names it before ("In two of the three cases with
    evidence on direct work with children, inspectors found weaknesses")."""
    at = said.find(PLAIN)
    if at < 0:
        return said
    if 0 <= said.find(noun) < at:
        return said.replace(PLAIN, "")
    return said.replace(PLAIN, f" in {noun}", 1).replace(PLAIN, "")


def not_after(ctx: Context, options: list[str]) -> list[str]:
    """The options that do not open as the sentence before does (`Context.previous`),
    where there are any: no two sentences running open alike."""
    return [o for o in options if _opening(o) != ctx.previous] or options
