"""A claim about the service said as what its sources say (`support.toml`,
[attributed]), not in the criterion's own words.

The criterion's wording names particulars ("leaders play an active and influential part
in the local family justice board", "... to tackle delay") that a few notes seldom
bear out.  So a claim about the service is attributed, in cautious words, when

- every record behind it is an interview with stakeholders (judges, magistrates, local
  authority staff, partner agencies): they said what they said, no more;
- it rests on fewer records than the framework's `min_cases`; or
- its records are near an even split (`tallies.majority`: as many for it as against
  it, or eight and seven; board minutes showing quarterly scrutiny beside performance
  data showing a fall: neither side is the finding); or
- a strength record behind it is hedged (`hedged`: "a clear recovery plan ... too early
  to see its effect"): such a note is never counted for the claim (`service.attributed`).

The sources are the sentence's subject ("Internal audits show strengths in how the
service learns from audits and reviews" is not said: a source whose words the topic
holds is left out, and with none left the sentence is the inspectors' own, "Inspectors
saw strengths in ...").  The topic is a phrase (criteria.toml `topic`), never the
criterion's label.  Stakeholders are named as the notes name them: a judiciary note
about magistrates names magistrates, not judges.  Where the section has said what a
group of stakeholders think (`stakeholders.views`), a claim resting on their interviews
alone is not said again in other words ("Feedback from judges is very positive",
then "Judges gave inspectors a positive account of work with the courts").  No consequence ("As a result, ...")
follows an attributed claim.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import zip_longest
from typing import TYPE_CHECKING

from exporters.draft.areagroups import area_groups, area_name
from exporters.draft.data import DraftData
from exporters.draft.fitting import lower_first
from exporters.draft.proportion import in_proportion, plainly
from exporters.draft.relevance import STOP
from exporters.draft.sameness import runs
from exporters.draft.stakeholders import groups_heard
from exporters.draft.tallies import Claim, majority
from exporters.draft.trace import traced
from exporters.draft.viewowner import SECTION
from exporters.draft.words import Words, capitalise, has_words, join_list
from exporters.model import Flag, Sentence

if TYPE_CHECKING:
    from exporters.draft.claims import Context


def named_sources(d: DraftData, evs: Iterable[int]) -> list[str]:
    """The sources of some records as the report names them, the commonest first; a
    stakeholder group (judges, magistrates) as the notes themselves name it."""
    w = d.words
    evs = list(evs)
    names: list[str] = []
    for code, _n in Counter(d.source[i] for i in evs).most_common():
        groups = w.stakeholder_groups.get(code)
        if not groups:
            names.append(w.source_nouns.get(code, code.lower().replace("_", " ")))
            continue
        mine = [i for i in evs if d.source[i] == code]
        texts = d.texts(mine)
        said = " ".join(texts[i].text for i in mine)
        cued = [g for g in groups if g in w.stakeholder_cues]
        named = [g for g in cued if any(has_words(said, c) for c in w.stakeholder_cues[g])]
        plain = [g for g in groups if g not in w.stakeholder_cues]
        names += named or plain or list(groups[:1])
    return list(dict.fromkeys(names))


def hedged(d: DraftData, evs: Iterable[int]) -> list[int]:
    """The strength records among `evs` that report a plan not yet in effect or say its
    effect cannot yet be seen (`support.toml`, [hedged]): never counted as a strength."""
    return [i for i in evs if i in d.hedged]


def one_area(d: DraftData, evs: Iterable[int]) -> str | None:
    """The area every one of the records is about (its own, or its case's), or None
    when they are about more than one, or any is about the organisation."""
    areas = {d.case_area[d.case[i]] if d.case[i] else d.record_area.get(i) for i in evs}
    return next(iter(areas)) if len(areas) == 1 and None not in areas else None


def in_area(d: DraftData, sentence: str, area: str) -> str:
    """A sentence said of one area ("In Area 6, complaints are few ..."; `support.toml`
    [one_area]), its first letter lowered unless it opens with a name.  An area the
    framework reports with others is named as the report names their section ("In
    London North, ...", never "In Area 15a" alone: tester 21)."""
    keep = d.words.known_capitals | {d.inspection.organisation}
    group = next((g for g in area_groups(d) if area in g), (area,))
    return d.words.support.one_area.format(
        area=area_name(d, group), sentence=lower_first(sentence, keep)
    )


def is_attributed(d: DraftData, claim: Claim, st: Sequence[int], dv: Sequence[int]) -> bool:
    """Whether a claim about the service is said as what its sources say (see the module
    docstring)."""
    if claim.by_cases:
        return False
    evs = [*st, *dv]
    if not evs:
        return False
    if hedged(d, st):
        return True
    if all(d.source[i] in d.words.partner_quotes for i in evs):
        return True
    return len(evs) < d.rules.min_cases or (
        claim.direction == "balanced" and majority(d.rules, len(st), len(dv)) == "even"
    )


def _doubles(topic: str, name: str) -> bool:
    """Whether a source's name shares a word with the topic ("complaints" and how the
    service learns from complaints): said together, the word is said twice."""
    return not set(_content(topic)).isdisjoint(_content(name))


def _content(text: str) -> list[str]:
    """A text's words of four letters or more, less the commonest, without a plural s,
    by their first six letters ("managers" and "managed", "practitioners" and
    "practice" say one word twice)."""
    return [w.removesuffix("s")[:6] for w in re.findall(r"[a-z]+", text.lower())
            if len(w) >= 4 and w not in STOP]  # fmt: skip


Named = tuple[str, str]  # a source's code and its name in the sentence
NAMED_AT_LEAST = (3, 2)
"""The fewest sources a sentence may name, the commonest first, when it does not name
them all (`attributed_sentences`)."""


def _named(d: DraftData, evs: Sequence[int], people: bool) -> list[Named]:
    """The sources of some records, the commonest first: stakeholders as the notes name
    their groups ("judges"), or, with `people` False, as the subject of a sentence
    ("interviews with magistrates", "performance information"; [evidence_nouns])."""
    w = d.words
    out: list[Named] = []
    for code, _n in Counter(d.source[i] for i in evs).most_common():
        groups = named_sources(d, [i for i in evs if d.source[i] == code])
        if people:
            out += [(code, g) for g in groups]
            continue
        form = w.evidence_nouns.get(code, w.source_nouns.get(code, code.lower().replace("_", " ")))
        out += [(code, form.format(group=g)) for g in groups]
    return list(dict.fromkeys(out))


def _unrepeated(topic: str, named: Sequence[Named]) -> list[Named]:
    """A side's sources to name: all of them, or none where one would say a word of the
    topic's or of a commoner source's ("interviews with children" before "the survey of
    children and families"): left out, it would leave the sources beside it named as
    saying what it said (the team meetings for the staff survey, of "the support and
    challenge staff receive")."""
    kept: list[Named] = []
    for code, name in named:
        said = " ".join([topic, *(n for c, n in kept if not _factors(n, name))])
        if _doubles(said, name):
            return []
        kept.append((code, name))
    return kept


def _factors(a: str, b: str) -> bool:
    """Whether two names are said once, factored (`_factored`)."""
    return a.split()[0] == b.split()[0] and a.split()[0] not in ("the", "a", "an")


def _factored(names: list[str]) -> list[str]:
    """Names that open with the same words said once ("interviews with managers and
    judges", "observed supervision and team meetings"), at the first one's place."""
    out: list[list[str]] = []
    for name in names:
        for group in out:
            if _factors(group[0], name):
                group.append(name)
                break
        else:
            out.append([name])
    merged = []
    for group in out:
        if len(group) == 1:
            merged.append(group[0])
            continue
        split = [g.split() for g in group]
        k = 0
        while all(len(x) > k + 1 and x[k] == split[0][k] for x in split):
            k += 1
        merged.append(" ".join(split[0][:k] + [join_list([" ".join(x[k:]) for x in split])]))
    return merged


def attributed_sentences(
    w: Words, topic: str, kind: str, pos: Sequence[Named], neg: Sequence[Named], people: bool
) -> list[str]:
    """The ways of saying a claim about `topic` as what its sources show (`support.toml`,
    [attributed]): `kind` is for, against or balanced; `pos` and `neg` the sources on
    each side.  A source whose words the topic holds is not named; stakeholders with
    none left are named plainly ([evidence_nouns] `unnamed_people`), other sources not
    at all (the `plain_` frames)."""
    frames = w.support.attributed
    if kind == "balanced" and {n for _c, n in pos} & {n for _c, n in neg}:
        kind = "mixed"  # the same sources on both sides: their views are mixed
    pos_k = _unrepeated(topic, pos)
    neg_k = _unrepeated(" ".join([topic, *(n for _c, n in pos_k)]), neg)
    if kind != "balanced":  # one side, or both as one, is said
        neg_k = _unrepeated(topic, neg)
    keep = [pos_k, neg_k]
    if people:
        keep = [side or [("", w.unnamed_people)] for side in keep]
    pos_k, neg_k = keep
    # One side's sources only: with none of its own left to name, no source is named
    # (the other side's would be named as saying the opposite of what they said).
    both = [] if (pos and not pos_k) or (neg and not neg_k) else [*pos_k, *neg_k]
    side = {"for": pos_k, "against": neg_k}.get(kind, list(dict.fromkeys(both)))

    def said(named: Sequence[Named], most: int | None) -> tuple[str, str]:
        names = _factored(list(dict.fromkeys(n for _c, n in named)))
        one = len(names) == 1 and len(named) == 1 and named[0][0] in w.singular_evidence
        return join_list(names[:most]), "s" if one else ""

    if people:
        family = f"people_{kind}"
    elif not side or (kind == "balanced" and not (pos_k and neg_k)):
        family = f"plain_{kind}"
    else:
        family = kind
    texts: list[str] = []
    # Every source named, or the commonest few (the comment gives them all): the same
    # five sources in every area's sentence read as one sentence copied (issue 15).
    for most in (None, *NAMED_AT_LEAST):
        (src, s), (pos_src, pos_s), (neg_src, neg_s) = (
            said(side, most), said(pos_k, most), said(neg_k, most))  # fmt: skip
        fill = {
            "src": src, "Src": capitalise(src), "s": s, "topic": topic, "Topic": capitalise(topic),
            "pos_src": pos_src, "Pos_src": capitalise(pos_src), "pos_s": pos_s,
            "neg_src": neg_src, "neg_s": neg_s,
            "ts": "" if w.support.plural(topic) else "s",
            "tis": "are" if w.support.plural(topic) else "is",
        }  # fmt: skip
        texts += [f.format(**fill) for f in frames[family]]
    texts = list(dict.fromkeys(texts))
    return [t for t in texts if not _says_twice(t)] or texts


def _says_twice(text: str) -> bool:
    """Whether a sentence says a word twice (`_content`): a frame's own words beside
    the sources' or the topic's ("In interviews with practitioners, inspectors saw
    good practice in ...")."""
    words = [
        w for w in _content(text) if w != "inspec"
    ]  # "told inspectors ... spoke to inspectors"
    return len(words) != len(set(words))


def heard_already(ctx: Context, claim: Claim, evs: Sequence[int]) -> bool:
    """Whether a claim rests on stakeholders' interviews alone whose groups' view the
    section has said (`stakeholders.views`): their view is said once, not again
    criterion by criterion ("Feedback from judges is very positive", then "Judges gave
    inspectors a positive account of work with the courts").  The criterion then counts
    as stated."""
    d = ctx.data
    if not evs or not all(d.source[i] in d.words.partner_quotes for i in evs):
        return False
    heard = groups_heard(ctx.pool, ctx.law)
    if not heard.issuperset(n for _c, n in _named(d, evs, people=True)):
        return False
    ctx.stated.add(claim.criterion)
    return True


def shown(
    d: DraftData, topic: str, lean: str, side: Sequence[int], where: str | None = None
) -> list[str]:
    """The ways of saying that some records, not stakeholders' views, show a strength
    (`lean` "for") or a weakness in `topic` (`attributed_sentences`); said of one area
    when `where` names it (`placed`)."""
    named = _named(d, side, people=False)
    pos, neg = (named, []) if lean == "for" else ([], named)
    return placed(d, attributed_sentences(d.words, topic, lean, pos, neg, people=False), where)


def placed(d: DraftData, options: Sequence[str], where: str | None) -> list[str]:
    """The options said of one area (`in_area`) when `where` names it, those that open
    with a phrase of their own ("In interviews with managers, ...") left out where
    others are left; else the options as they are."""
    if not where:
        return list(options)
    plain = [o for o in options if not o.startswith("In ")] or list(options)
    return [in_area(d, o, where) for o in plain]


def said_as(d: DraftData, claim: Claim, st: Sequence[int], dv: Sequence[int]) -> str:
    """How a claim about the service said as what its sources show weighs its two sides
    ([attributed] in `support.toml`): one side ("for", "against"); with both, the larger
    as the finding and the smaller as a minority ("mostly_for", "mostly_against") where
    it is one in the framework's proportion words (`tallies.majority`: 26 records for
    and 4 against); only near an even split "balanced", or "mixed" where the same
    sources are on both sides ("a mixed picture")."""
    if claim.direction != "balanced" or not st or not dv:
        return claim.direction
    side = majority(d.rules, len(st), len(dv))
    if side != "even":
        return f"mostly_{side}"
    people = all(d.source[i] in d.words.partner_quotes for i in [*st, *dv])
    pos, neg = _named(d, st, people), _named(d, dv, people)
    return "mixed" if {n for _c, n in pos} & {n for _c, n in neg} else "balanced"


def attributed_claim(
    ctx: Context, claim: Claim, st: Sequence[int], dv: Sequence[int], where: str | None = None
) -> Sentence | None:
    """The claim as what its sources show, in words not yet used in the report
    (`attributed_sentences`); said of one area when `where` names it (`placed`)."""
    d = ctx.data
    evs = [*st, *dv]
    people = all(d.source[i] in d.words.partner_quotes for i in evs)
    pos, neg = _named(d, st, people), _named(d, dv, people)
    kind = plainly(d, ctx.grade, in_proportion(d, ctx.grade, said_as(d, claim, st, dv), st, dv))
    side = {"for": st, "against": dv}.get(kind, evs)
    options = attributed_sentences(d.words, claim.words.about_what, kind, pos, neg, people)
    options = placed(d, options, where)
    both = kind in ("balanced", "mixed") or kind.startswith("mostly_")
    ordered = [i for pair in zip_longest(st, dv) for i in pair if i is not None]
    used = ordered if both else list(side)
    if _section(ctx) and options and all(ctx.voice.national.near(runs(o)) for o in options):
        # Every wording near word for word to a sentence of another national section: said
        # once, where it was said first (`said_once`).
        ctx.stated.add(claim.criterion)
        return None
    text = ctx.voice.choose(options, ctx.key, claim.criterion, openings=ctx.openings)
    if text is None:
        return None
    # Which side the sentence's main clause states: a balanced frame says the strength
    # first, a "mostly" one the larger side.
    ctx.ends[claim.criterion] = (
        kind.removeprefix("mostly_") if kind.startswith("mostly_")
        else "for" if kind in ("for", "mixed") else "against"
    )  # fmt: skip
    ctx.stated.add(claim.criterion)
    flags: list[Flag] = list(ctx.flags)
    if len(evs) < d.rules.min_cases:
        flags.append("small sample")
    if both:
        flags.append("mixed evidence")
    basis = claim.tally.line(False)
    return traced(
        text, used, d, role="claim", criteria=[claim.criterion], basis=basis, flags=flags,
        direction=claim.direction, by_cases=False,
    )  # fmt: skip


Say = Callable[["Context", Claim, Sequence[int], Sequence[int]], Sentence | None]


def said_once(
    ctx: Context, claim: Claim, st: Sequence[int], dv: Sequence[int], say: Say
) -> Sentence | None:
    """A claim about the service as `say` says it (`service.attributed`), unless another
    national judgement's section has said it (issue 15, tester 15 D5: "Performance
    information and interviews with managers and judges reflect well on the quality of
    work on private law applications" in the private law section, then near word for
    word in the leadership section, on the same notes, which inform both judgements):
    the same criterion on the same records is said once in the national sections, by
    the section that says it first; so is a claim every wording of which is near word
    for word to a sentence of another national section (`attributed_claim`).  The
    criterion counts as stated (no note that it was not drafted).  The measure over the
    whole report: `repeats`."""
    section = _section(ctx)
    key = (claim.criterion, frozenset([*st, *dv]))
    first = ctx.voice.claims.get(key)
    if section and first is not None and first != section:
        ctx.stated.add(claim.criterion)
        return None
    sentence = say(ctx, claim, st, dv)
    if section and sentence is not None:
        ctx.voice.claims.setdefault(key, section)
    return sentence


def _section(ctx: Context) -> str:
    """The national judgement whose section `ctx` drafts ("" for any other section)."""
    if not ctx.key.startswith(SECTION):
        return ""
    return ctx.key.removeprefix(SECTION).split("|", 1)[0]


# The inspectors in a note's first person ("Staff told us ...", "managers showed us
# ..."): the report speaks of them as "inspectors".
_TO_US = re.compile(r"\b(told|showed|gave|sent|asked|assured|reminded)\s+us\b")
_FIRST_PERSON = re.compile(r"\b(?:I|we|us|me|my|our|ours)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[‘“\"][^’”\"]*[’”\"]")


def for_inspectors(sentence: str) -> str | None:
    """A note's sentence as the report may say it in its own voice (issue 15, tester 11:
    "Staff told us they do not feel able ..." in the draft): "told us" and the like as
    "told inspectors"; None where any other first person is left outside quotation
    marks (whose "we" it is the reader cannot tell)."""
    said = _TO_US.sub(lambda m: f"{m.group(1)} inspectors", sentence)
    return None if _FIRST_PERSON.search(_QUOTED.sub(" ", said)) else said
