"""What stakeholders told inspectors about the service, said only as far as their
interviews go (`views`), with what each view is about and as strongly as it was held.

A sentence about groups of stakeholders names only the groups with strength or
development records from their own interviews (a neutral note, or a hedged one that
reports a plan not yet in effect, names nobody), and says of each group, a clause each
(`voices.toml` [views], joined by [views_join]):

- its balance, as its records are (issue 15: never a balance they do not hold): praise
  where every record praises the service, criticism where every one is critical, and
  both, with which is commoner only where one side has a clear margin, else divided
  views (`Group.kind`, `viewpools.balance_kind`);
- how strongly, from the notes' own words (`regard.grade`; `Group.said_as`): "spoke
  highly of" where at least half a group's notes praise strongly ("the most reliable
  part of the system here"), "were broadly positive ..., with some reservations" where a
  note also holds a reservation, "were strongly critical of" ...;
- what about, in the draft's words (`regard.about`: "the timeliness of reports"; else
  the criterion's topic where the notes bear it out; else the service).

A group's view is said of that group only: a clause names the subjects of its own
records.  One view per group per draft (`viewpools`): its balance is counted from all
its records; one national section says that whole view (`viewowner`), and the key
findings then say only which groups speak well of the service and which are critical
(`headline`; where no section of the body says it, they say it whole); a section counting fewer records (one area, one law type, the
organisation's own) names them, and
says a group whose records there lean otherwise only as comparing with its whole view
("were less positive than elsewhere, raising concerns about ..."), never the opposite
balance.  One weighing says a group's balance and how the sentence counts (its
direction, which the QA reader's view shows: for, against, or balanced): the clause's
kind (`viewpools.balance_kind`: a clear margin, or the framework's
`stakeholder_positive_below` and `stakeholder_critical_above`), so the direction never
says "positive" beside a clause saying "divided" (`Group.side`).  A group's own words may follow (`viewquote`).  Judges and magistrates are named as the notes name them.  With fewer
records than the framework's `min_cases` the sentence says that inspectors heard from
only a few, and a single record makes no claim about a group (`viewperson.person_view` says one
person's view, by role, where no sentence of the note reads on its own).  A group's
balance weighs each record by its own words (`viewgroup.Group.weights`: a note praising
before its reservation counts partly each way, tester 16 D6).  An area says its views
sentence only where some group's view there is the area's own (`viewgroup.local`: not
the view the visited areas share, by side and subject), where a national section says
the whole view (`localfacts.whole_view_said`; tester 16 D7).
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Any

from exporters.draft import localfacts, viewsame
from exporters.draft.readable import within
from exporters.draft.splitting import at_semicolons
from exporters.draft.tallies import Pool
from exporters.draft.trace import Voice, traced
from exporters.draft.viewgroup import (
    AGAINST_KINDS,
    FOR_KINDS,
    KINDS,
    Group,
    grades_line,
    local,
    of_records,
    weigh,
    whole_lean,
)
from exporters.draft.viewpools import Scope, compared, scope
from exporters.draft.wording import wording_table
from exporters.draft.words import capitalise, join_list
from exporters.model import Flag, Sentence

_FIRST_LETTER = re.compile(r"^[^\w]*([a-z])")


def quoted_sentence(words: str) -> str:
    """Someone's words quoted as a sentence of their own (after "said," or "told
    inspectors:"), with a capital first letter ("She didn't talk down to me."); no other
    letter is changed.  A fragment woven into the draft's sentence ("described the
    service as ‘the most reliable part of the system’") is quoted as it stands."""
    m = _FIRST_LETTER.match(words)
    if m is None:
        return words
    return words[: m.start(1)] + m.group(1).upper() + words[m.end(1) :]


@cache
def _voices() -> dict[str, Any]:
    return wording_table("voices.toml")


def is_survey(source: str) -> bool:
    """Whether a source is a survey (`voices.toml` `survey_sources`): its notes are said
    as feedback from it or as one response to it, never as one person's speech."""
    return source in _voices()["survey_sources"]


def survey_response() -> str:
    """Who words quoted from a survey are said to be by: one response to it."""
    return str(_voices()["survey_response"])


def child_word_frames(source: str, young: bool) -> tuple[str, ...]:
    """How a child's own recorded words from a record of `source` are put (`voices.toml`
    [child_words]): "told inspectors" only where an inspector heard them, "recorded" for
    a case file, a response for the survey; () for a source with no frames.  `{Who}`,
    `{who}` and `{a}` are filled in for a young person (`young`) or a child."""
    v = _voices()
    noun = v["young_person_noun"] if young else v["child_noun"]
    return tuple(f.replace("{Who}", f"One {noun}").replace("{who}", f"one {noun}")
                 .replace("{a}", f"a {noun}") for f in v["child_words"].get(source, ()))  # fmt: skip


def child_word_rank(source: str) -> int:
    """Where a child's words of `source` come in the order they are preferred for a claim
    (`voices.toml` [child_words], first first: words said to an inspector before words
    on a case file)."""
    order = list(_voices()["child_words"])
    return order.index(source) if source in order else len(order)


def _heard(pool: Pool, law: str, area: str = "") -> tuple[Scope, list[Group]]:
    """The records a section's views are said from (`viewpools.scope`), and the groups
    of stakeholders whose interviews they are, each compared with its whole view where
    the records are narrower (`viewpools.compared`)."""
    sc = scope(pool, law, area)
    groups = of_records(pool, sc.records, "" if pool.areas else law)
    if sc.narrow:
        whole = {g.source: whole_lean(pool, g.source) for g in groups}
        for g in groups:
            # One person's view is theirs, said as it is, never set against the group's.
            here = whole.get(g.source) or g.lean
            g.compare = "" if g.one else compared(here, *g.weights, g.rules)
    return sc, groups


def _said(pool: Pool, law: str, area: str = "") -> tuple[Scope, list[Group]]:
    """The groups a section's views sentence says (`_heard`): in an area, only where one
    group's view there is the area's own (`viewgroup.local`), beside the others' for
    contrast; where every group's is the view the visited areas share, none: the national
    section says it, and the area's claims on these groups' interviews count them as
    heard (`groups_heard`), so that only one person's own point may follow."""
    sc, groups = _heard(pool, law, area)
    if pool.areas and localfacts.whole_view_said(pool.data):
        groups = groups if any(local(pool, g) for g in groups) else []
    return sc, groups


def groups_heard(pool: Pool, law: str = "") -> set[str]:
    """The stakeholder groups ("judges", "local authority staff") whose view a section
    says in one sentence (`views`), whichever paragraph comes first, or, in an area whose
    groups all say the view the areas share, the national section says (`_said`); empty
    when their records support no claim."""
    _sc, groups = _heard(pool, law)
    if sum(len(g.pos) + len(g.neg) for g in groups) < 2:
        return set()
    return {n for g in groups for n in g.names}


def said_by_one(pool: Pool, law: str = "", area: str = "") -> dict[int, str]:
    """The records a section's views sentence (`views`) says as one person's view, each
    with the role it names them by ("one judge": `Group.one`); {} where the section says
    no views."""
    _sc, groups = _said(pool, law, area)
    if sum(len(g.pos) + len(g.neg) for g in groups) < 2:
        return {}
    return {i: g.one for g in groups if g.one for i in (*g.pos, *g.neg)}


def said_sides(
    pool: Pool, law: str = "", area: str = ""
) -> list[tuple[list[str], str, list[int], list[str]]]:
    """Each group's clause as the section's views sentence says it (`views`): the group's
    names, the side the clause leads with ("for" or "against"; a group said as even
    leads with neither and is left out), its records on that side and the subjects the
    clause says on it; [] where the section says no views."""
    _sc, groups = _said(pool, law, area)
    if sum(len(g.pos) + len(g.neg) for g in groups) < 2:
        return []
    for g in groups:
        weigh(pool, g)
    most = 2 if len(_merged(groups, 2)) <= 2 else 1
    out = []
    for g in groups:
        if g.said_as in FOR_KINDS:
            out.append((g.names, "for", g.pos, g.pos_about[:most]))
        elif g.said_as in AGAINST_KINDS:
            out.append((g.names, "against", g.neg, g.neg_about[:most]))
    return out


def views(
    pool: Pool, voice: Voice, key: str, area: str, place: str, law: str = ""
) -> Sentence | None:
    """What judges, local authorities and partners told inspectors about the service
    (see the module docstring); None when their records support no claim.  A section on
    one law type (`law`) also counts the stakeholders' records about an area or the
    organisation that are about that law type (`viewpools.about_law`): a judge's view of public
    law reports belongs to the public law section's picture of judges.  A claim resting on
    these groups' interviews alone is not said again (`attributed.heard_already`)."""
    d = pool.data
    sc, groups = _said(pool, law, area)
    total = sum(len(g.pos) + len(g.neg) for g in groups)
    if total < 2:
        return None
    for g in groups:
        weigh(pool, g)
    sides = {g.side for g in groups}  # what the clauses say, not a weighing of their own
    side = sides.pop() if len(sides) == 1 else "balanced"
    direction = side if side in ("for", "against") else "balanced"
    # "Inspectors heard from only a few stakeholders" only of the whole inspection's
    # stakeholders (never of an area or a law type, where it reads as a thin inspection:
    # tester 12); a group resting on one person's note names that person (`one_voice`).
    few = total < d.rules.min_cases and not sc.narrow
    # A sentence counting fewer records than the groups' whole views names them ("in Area
    # 3", "in public law cases"), and says a group whose records there lean otherwise
    # only as comparing with its whole view (`viewpools`).
    # The whole view in the same clauses wherever it is said (the body's section, then
    # the key findings: `viewowner`): only the joins around them vary.
    held = None if sc.narrow else _WHOLE.get(voice)
    # An area's groups saying what an earlier area's said: said as the same (`viewsame`).
    same = viewsame.signature(groups) if pool.areas and sc.narrow else None
    before = viewsame.earlier(voice, same)
    text = viewsame.said_again(groups, voice, key, sc.within, before, subjects_said)
    if text is None and key == SUMMARY and not sc.narrow and voice in _BODY_SAID:
        # The body says the whole view, who said what about what: the key findings give
        # only who speaks well of the service and who is critical (tester 18: the same
        # sentence in a key finding and in the section on local services).
        text = voice.choose(headline(groups), key, "stakeholders")
    elif text is None:
        options = _options(groups, few, sc, [held] if held else None)
        text = voice.choose(options, key, "stakeholders")
    if text is None:
        return None
    viewsame.remember(voice, same, area)
    if not sc.narrow and held is None:
        _WHOLE[voice] = next((w for w in _WAYS if text in _options(groups, few, sc, [w])), None)
    if not sc.narrow and key != SUMMARY:
        _BODY_SAID.add(voice)
    flags: list[Flag] = ["small sample"] if total < d.rules.min_cases else []  # for QA
    if direction == "balanced" or any(g.pos and g.neg for g in groups):
        flags.append("mixed evidence")
    basis = "; ".join(
        f"{join_list(g.names)}: {len(g.pos)} strength and {len(g.neg)} development records"
        f" ({g.kind.replace('_', ' ')}; said as {g.said_as.replace('_', ' ')}: "
        f"{grades_line(g)})"
        for g in groups
    )
    if sc.narrow:
        basis += "; counted " + (sc.within or "here") + ", each group beside all its records"
    if before:
        basis += f"; the same views as in {viewsame.areas_named(before)}"
    evs = sorted(i for g in groups for i in g.pos + g.neg)
    return traced(text, evs, d, role="views", basis=basis, flags=flags, direction=direction)


def headline(groups: list[Group]) -> list[str]:
    """The ways of saying, in a key finding, how each group regards the service, where a
    section of the body says what each said and about what: each group's clause as the
    body's says its balance (`voices.toml` [views], the frames naming one thing), of
    "the service" rather than the subjects the body names; groups held alike share a
    clause ([views_headline])."""
    frames, joins = _voices()["views"], _voices()["views_headline"]
    merged: dict[str, list[str]] = {}
    fewer: Counter[str] = Counter()  # the other side's notes, one person's counted once
    for g in sorted(groups, key=lambda g: KINDS.index(g.said_as)):
        # Strong praise with one person's reservation is never merged into a clause
        # whose groups have none (the reservation would be lost: kf35).
        kind = f"{g.said_as} " if g.said_as == "strong_for" and g.neg else g.said_as
        merged.setdefault(kind, []).extend([g.one] if g.one else g.names)
        fewer[kind] += 1 if g.single else 2
    said = []
    for key, names in merged.items():
        kind = key.strip()
        family = f"{kind}_one" if f"{kind}_one" in frames else kind
        if fewer[key] == 1 and f"{kind}_one_single" in frames:  # "though one had ..."
            family = f"{kind}_one_single"
        family = f"{family}_single" if fewer[key] == 1 and f"{family}_single" in frames else family
        who = join_list(list(dict.fromkeys(names)))
        clause = frames[family][0].format(groups=who, pos=joins["what"], neg=joins["what"],
                                          elsewhere="")  # fmt: skip
        if len(names) == 1 and names[0].startswith(_ONE):  # one person: "one judge was"
            clause = clause.replace(f"{who} were ", f"{who} was ", 1)
        said.append(clause)
    kinds = {k.strip() for k in merged}
    alike = kinds <= FOR_KINDS or kinds <= AGAINST_KINDS
    family = "one" if len(said) == 1 else "alike" if alike else "differ"
    return [capitalise(f.format(clauses="; ".join(said))) for f in joins[family]]


Merged = dict[tuple[str, tuple[str, ...], tuple[str, ...]], list[str]]


COVER = 2  # subjects a side of a group's clause names, at most, to say each record's own


def _merged(groups: list[Group], most: int) -> Merged:
    """The groups by what their clause says (kind, and up to `most` subjects each way):
    groups of one kind saying the same about the same things share a clause."""
    merged: Merged = {}
    for g in groups:
        kind = g.said_as
        pos = tuple(g.pos_about[:most]) if kind not in AGAINST_KINDS or g.pos else ()
        # A group's criticism: each record's of a subject it names, up to `COVER` subjects
        # (`Group.neg_cover`: "a lottery" said as of the consistency of their work).
        neg = tuple(g.neg_about[: max(most, min(g.neg_cover, COVER))])
        neg = neg if kind in AGAINST_KINDS else neg[:most]
        if g.apart and kind in ("even", "divided"):  # "praising X, though some criticised Y"
            kind = f"{kind}_{g.apart}_apart"
        if g.single and (
            kind in ("mostly_for", "mostly_against") or kind == "strong_for" and g.neg
        ):
            kind = f"{kind}_single"
        merged.setdefault((kind, pos, neg), []).extend([g.one] if g.one else g.names)
    return merged


def _clauses(merged: Merged, k: int, flip: bool, elsewhere: str) -> list[tuple[str, str]]:
    """Each clause (its kind, and the clause in its `k`th frame, `voices.toml` [views]),
    the subjects in their order or, with `flip`, the other way round."""
    frames = _voices()["views"]
    out = []
    ordered = sorted(
        merged.items(), key=lambda m: KINDS.index(_kind(m[0][0])[0].removesuffix("_single"))
    )
    for n, ((said_as, pos, neg), names) in enumerate(ordered):
        kind, apart = _kind(said_as)
        single, kind = kind.endswith("_single"), kind.removesuffix("_single")
        if flip:  # a side said apart keeps its commonest subject first
            pos = pos if apart == "pos_apart" else pos[::-1]
            neg = neg if apart == "neg_apart" else neg[::-1]
        main, other = (neg, pos) if kind in AGAINST_KINDS else (pos, neg)
        other = other[:1]
        family = kind
        if apart:  # each side its own subjects, held both ways
            family = f"{kind}_{apart}" if f"{kind}_{apart}" in frames else apart
            if set(main) <= set(other):  # the same one: "praised it more often than ..."
                family = f"{family}_one"
        elif kind not in ("strong_for", "for", "against", "strong_against") and (
            not other or set(other) & set(main)  # the same thing praised and criticised
        ):
            family = f"{kind}_one"
            # Only what is held both ways is said so ("praised and criticised the
            # timeliness of reports", never "the quality and timeliness" where the
            # quality was only praised: voice22).
            main = tuple(a for a in main if a in other) or main
        if single and kind == "strong_for" and (not other or set(other) & set(main)):
            # the reservation's subject unknown, or the one praised: "though one had ..."
            family = "strong_for_one"
        options = frames[f"{family}_single" if single else family]
        said_pos, said_neg = (other, main) if kind in AGAINST_KINDS else (main, other)
        who = join_list(list(dict.fromkeys(names)))
        clause = options[(k + n) % len(options)].format(  # each clause its own frame
            groups=who,
            pos=subjects_said(said_pos or said_neg), neg=subjects_said(said_neg or said_pos),
            elsewhere=elsewhere,
        )  # fmt: skip
        if len(names) == 1 and names[0].startswith(_ONE):  # one person: "one judge was"
            clause = clause.replace(f"{who} were ", f"{who} was ", 1)
        out.append((kind, clause))
    return out


_ONE = ("one ", "a ", "an ", "the ")  # a role naming one person (`viewabout.one_voice`)


def _kind(said_as: str) -> tuple[str, str]:
    """A merged clause's kind and, for a group whose one side is said apart
    (`Group.apart`: "even_neg_apart"), the [views] frames it is said in ("neg_apart");
    a kind whose other side is one person's note keeps its "_single"."""
    for apart in ("_neg_apart", "_pos_apart"):
        if said_as.endswith(apart):
            return said_as.removesuffix(apart), apart[1:]
    return said_as, ""


def subjects_said(subjects: Sequence[str]) -> str:
    """Subjects joined, those naming the same thing once ("the quality and timeliness of
    reports", not "the quality of reports and the timeliness of reports"; "the length,
    clarity and quality of reports", not "the length and clarity and quality")."""
    subjects = list(subjects)
    tails = {s.split(" of ", 1)[1] for s in subjects if s.startswith("the ") and " of " in s}
    if (
        len(subjects) > 1
        and len(tails) == 1
        and all(s.startswith("the ") and " of " in s for s in subjects)
    ):
        heads = [
            h for s in subjects for h in s.split(" of ", 1)[0].removeprefix("the ").split(" and ")
        ]
        return f"the {join_list(list(dict.fromkeys(heads)))} of {tails.pop()}"
    lead = _shared_lead(subjects)
    if lead:  # "the service's part in the local board and the local arrangements"
        subjects = [s.removeprefix(lead) for s in subjects]
    if len(subjects) == 2 and any(" and " in s for s in subjects):
        return lead + ", and ".join(subjects)  # "meetings and reviews, and joint working"
    return lead + join_list(list(subjects))


_LEADS_TO = frozenset({"in", "of", "with", "for", "to", "about", "on"})


def _shared_lead(subjects: Sequence[str]) -> str:
    """The words every one of several subjects opens on, up to a preposition after at
    least two words ("the service's part in "), said once; "" where there are none."""
    if len(subjects) < 2:
        return ""
    split = [s.split() for s in subjects]
    n = 0
    while all(len(w) > n + 1 and w[n] == split[0][n] for w in split):
        n += 1
    while n >= 2 and split[0][n - 1] not in _LEADS_TO:
        n -= 1
    return " ".join(split[0][:n]) + " " if n >= 3 else ""


VIEW_WORDS = 40
"""The most words a views sentence has: one of more is said as several, split where its
groups' clauses are joined by semicolons, and one within it is preferred where any is
(the 2018 report's longest sentences run to about 40 words; a views sentence of three
groups' clauses joined by semicolons ran to 45, tester 30)."""

Way = tuple[int, bool]  # a clause frame and whether the subjects are flipped (`_clauses`)
_WAYS: tuple[Way, ...] = tuple((k, flip) for flip in (False, True) for k in range(3))
# The way the whole view's clauses were said in a draft, by its `Voice` (one a draft).
_WHOLE: weakref.WeakKeyDictionary[Voice, Way | None] = weakref.WeakKeyDictionary()
# The drafts (by their `Voice`) whose body has said the whole view: a national section,
# drafted before the key findings (`document._drafted`), so that the key findings leave
# it to that section (tester 18: the same sentence in a key finding and in the section on
# local services).  Where no section of the body says it (the 2021 framework's national
# sections count only their own records), the key findings say it.
_BODY_SAID: weakref.WeakSet[Voice] = weakref.WeakSet()
SUMMARY = "summary"  # the key findings' pool (`front.summary_section`)


def _options(
    groups: list[Group], few: bool, sc: Scope, ways: Sequence[Way] | None = None
) -> list[str]:
    """The sentences that say what each group said, how strongly and about what (see the
    module docstring), in each of the ways `voices.toml` [views] and [views_join] give
    (`ways`: only those clause frames); `sc`: whose views they are ("in Area 3";
    nothing for the groups' whole views)."""
    joins = _voices()["views_join"]
    in_area = f" {sc.within}" if sc.within else ""
    out: list[str] = []
    # Two subjects a group where there are at most two clauses, one where there are more
    # (a sentence a reader can hold); each frame, each order of the subjects.
    most = 2 if len(_merged(groups, 2)) <= 2 else 1
    for k, flip in ways or _WAYS:
        clauses = _clauses(_merged(groups, most), k, flip, sc.elsewhere)
        kinds = {kind for kind, _c in clauses}
        said = [c for _k, c in clauses]
        if few:
            family = "few"
        elif len(said) == 1:
            family = "one"
        else:
            alike = kinds <= FOR_KINDS or kinds <= AGAINST_KINDS
            family = ("alike" if alike else "differ") + ("" if len(said) == 2 else "_many")
        for j in joins[family]:
            for lead in joins["lead"] if "{Lead}" in j else [""]:
                text = j.format(Lead=lead.format(in_area=in_area), first=said[0],
                                second=said[1] if len(said) > 1 else "",
                                rest="; ".join(said[1:]), clauses="; ".join(said),
                                in_area=in_area)  # fmt: skip
                out.append(at_semicolons(capitalise(text), VIEW_WORDS))
    options = list(dict.fromkeys(out))
    options = ([o for o in options if within(o, VIEW_WORDS)]
               or [o for o in options if within(o)] or options)  # fmt: skip
    return [o for o in options if not _repeats(o)] or options


_VIEW_WORDS = re.compile(
    r"\b(?:concerns|critical|praised|praise|positive|reservations|strengths)\b"
)


def _repeats(text: str) -> bool:
    """Whether a stretch of a sentence (between semicolons or a colon) says one of the
    view's words twice ("raised concerns about X, while they raised concerns about Y")."""
    for stretch in re.split(r"[;:]", text.lower()):
        found = _VIEW_WORDS.findall(stretch)
        if len(found) != len(set(found)):
            return True
    return False
