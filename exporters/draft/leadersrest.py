"""What a national leadership section's grade rests on, said where the leaders' notes say
it (issue 15, tester 14: the leaders' section never said that leaders know the private
law weakness and have a plan that has not yet worked, the message the grade rests on,
and claimed "progress with improvement" that a note denied).

Three questions, each answered by the section's notes about the organisation on its
leadership criteria, by cues in `rests.toml`: do leaders know where the service stands
(or, in development notes, do they not; a note saying the service's own view agrees
with the inspectors' findings is their knowing it: `ownview`), do they have a plan to
improve it, and has it made a difference yet (a development note saying it has not,
with a word of the plan or of change; else a strength note saying it has begun to but
not yet fully, "beginning to make a difference" (tester 16's D2); else one saying it
has).  Where two of the three are answered
by two notes or more,
or the notes say leaders do not know where the service falls short, one sentence after
the section's opening says the answers; its comment lists the notes.  A note saying the
plan has not yet made a difference wins over one saying it has: the sentence never
claims progress the notes deny.  Not in an area's section (its leaders' grade is the
area's), and said once in the report; said of one area where every note it rests on is
about that area, and its "not yet" (or "already") of one area where every note on the
difference made is that area's and the others are not (tester 16's local services: one
area's plan "has not yet had the impact", said of all of them).  After it, the sentence naming whose own view agrees with the
inspectors' (`ownview.sentence`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Any

from exporters.draft import claims, ownview, planscope
from exporters.draft.attributed import in_area, named_sources, one_area
from exporters.draft.relevance import stems
from exporters.draft.tallies import Claim
from exporters.draft.trace import normal, traced
from exporters.draft.wording import wording_table
from exporters.draft.words import _has, capitalise, join_list, number_text
from exporters.model import Sentence


@cache
def wording() -> dict[str, Any]:
    """The cues and sentences of `rests.toml`."""
    return wording_table("rests.toml")


def _says(text: str, kind: str) -> bool:
    low = text.lower()
    return any(_has(low, c) for c in wording()["cues"][kind])


def answers(d: Any, records: Sequence[int]) -> dict[str, list[int]]:
    """The notes answering each question, by its letter (see `rests.toml`): k, u, p, n,
    e, w; "e" only where no note answers "n", "w" only where none answers "n" or "e";
    "l": a development note saying leaders were slow to act on a weakness (`late`).
    A strength note saying the service's own view agrees with the inspectors' answers
    "k" (`ownview.agreeing`); a note about the organisation saying it is more positive
    than the inspectors' answers "u" (`ownview.rosy`); "m": a development note saying
    leaders' plan leaves out what it should tackle (`planscope.misses`)."""
    texts = d.texts(list(records))
    found: dict[str, list[int]] = {x: [] for x in "kupnewml"}
    agreeing = set(ownview.agreeing(d, records))
    # The service's own view rosier than the inspectors' (`ownview.rosy`): leaders not
    # knowing, where it is the organisation's view; one area's audit is that area's.
    rosy = {i for i in ownview.rosy(d, records) if d.record_area.get(i) is None}
    for i in records:
        text, strength = texts[i].text, d.polarity[i] == "strength"
        development = d.polarity[i] == "development"
        changed = _says(text, "plan") or _says(text, "change")
        leaders = _says(text, "leaders")
        if i in agreeing or (strength and leaders and _says(text, "knows")):
            found["k"].append(i)
        if i in rosy or (development and leaders and _says(text, "knows_not")):
            found["u"].append(i)
        # A plan to improve the service is leaders' own, never what an observation shows
        # (tester 25's A4: "observed supervision sets out a plan to improve the service"
        # from a manager asking "what the child would say about the plan").
        observed = d.source[i] in d.words.support.methods.observed_sources
        if _says(text, "plan") and d.polarity[i] != "development" and not observed:
            found["p"].append(i)
        if development and planscope.misses(wording(), text):
            found["m"].append(i)
        if development and leaders and _says(text, "late"):
            found["l"].append(i)
        done = _done(text, development and changed, strength and changed)
        if done:
            found[done].append(i)
    # A plan and its effect are one answer only where the notes are about the same plan
    # (tester 29's A9: a chief executive's priorities and a diversity audit's "too soon
    # for impact" of new guidance made "the plan has not yet had the impact").
    plans = [texts[i].text for i in found["p"]]
    for x in "new":
        found[x] = [i for i in found[x] if not plans or same_plan(texts[i].text, plans)]
    if found["n"]:
        found["e"] = []
    if found["n"] or found["e"]:
        found["w"] = []
    if found["m"] and planscope.scoped(
        planscope.scope(wording(), [texts[i].text for i in records])
    ):
        found["m"] = []  # a plan leaving out a law type: said as its scope (`planscope`)
    return found


def same_plan(text: str, plans: Sequence[str]) -> bool:
    """Whether a note on a plan's or a change's effect (`text`) is about the plan the
    `plans` notes set out: it refers to the plan as the one said ("the plan", "their
    plan": rests.toml [plan_topic] `refers`), or shares a word of its topic with one of
    them ("the delivery plan"; content words, less the cues of change and effect and the
    `generic` words any note on a service uses).  "Workforce plan in place, impact not yet seen"
    is not about "priorities ..., strategy agreed with the board", nor "new practice
    guidance, too soon for impact" (tester 29's A9)."""
    table = wording()["plan_topic"]
    low = text.lower()
    if any(_has(low, c) for c in table["refers"]):
        return True
    generic = _generic()
    mine = stems(text) - generic
    return any(mine & (stems(p) - generic) for p in plans)


@cache
def _generic() -> frozenset[str]:
    """The stems no topic is told by ([plan_topic] `generic` and the cues of change,
    effect, leaders and knowing)."""
    cues = wording()["cues"]
    # Not the plan cues: their words name what a plan is about ("the delivery plan", "a
    # workforce plan"), the topic two notes share; [plan_topic] `generic` has "plan".
    kinds = ("change", "not_yet", "early", "working", "leaders", "knows")
    words = [*wording()["plan_topic"]["generic"], *(c for k in kinds for c in cues.get(k, ()))]
    return frozenset(s for w in words for s in stems(str(w)))


def leaders_plans(d: Any, plans: Sequence[int]) -> list[int]:
    """The notes on a plan that make it the leaders' (kf29, tester 28's A4 #14: one area's
    improvement plan was said as the leaders'): those about the organisation, and those
    about areas where they come from most of the areas visited (more than half); a plan
    in fewer areas' notes is those areas' own, said in their sections."""
    national = [i for i in plans if d.record_area.get(i) is None and not d.case[i]]
    local = [i for i in plans if i not in national]
    areas = {d.case_area[d.case[i]] if d.case[i] else d.record_area.get(i) for i in local}
    visited = sum(1 for a in d.areas if a.visited)
    return [*national, *local] if 2 * len(areas) > visited else national


def _done(text: str, development: bool, strength: bool) -> str:
    """What a note on the plan or a change says of its effect (`development`, `strength`:
    the note's polarity, each only for such a note): "n" (a development note saying not
    yet), "e" (a strength note saying it has begun to work, `early` or `working`, but
    not yet fully), "w" (a strength note saying it has worked), else ""."""
    if development:
        return "n" if _says(text, "not_yet") else ""
    if not strength:
        return ""
    if _says(text, "not_yet"):
        return "e" if _says(text, "early") or _says(text, "working") else ""
    return "w" if _says(text, "working") else ""


def key(found: dict[str, list[int]]) -> str:
    """The sentence's key in `[sentences]`: whether leaders know ("k") or not ("u"; notes
    both ways: neither), a plan ("p"), and not yet a difference ("n") or already one
    ("w"); "" where fewer than two are answered and fewer than `min_not_known` notes say
    leaders do not know."""
    knows = _knows(found)
    done = next((x for x in "new" if found[x]), "")
    k = knows + ("p" if found["p"] else "") + done
    table = wording()["sentences"]
    if found["m"]:  # a plan that misses the weaknesses: said so, never its progress
        k = knows + "m"
    elif k.startswith("u"):  # not knowing is said, with the plan and "not yet" where noted
        k = "u" + ("p" + ("n" if "n" in k else "") if "p" in k else "")
    if k == "u" and len(found["u"]) < int(wording()["min_not_known"]):
        return ""  # one note is one gap, not what leaders know
    return k if k in table else ""


def _knows(found: dict[str, list[int]]) -> str:
    """Whether the notes say leaders know ("k") or not ("u"): one way only, or, both ways,
    the way [knowing] `outweigh` times as many notes say (the self-assessment, audits and
    figures rating practice good where inspectors found it weak, beside one note that
    leaders know the data are accurate); else neither ("")."""
    k, u = len(found["k"]), len(found["u"])
    times = int(wording()["knowing"]["outweigh"])
    if k and (not u or k >= times * u):
        return "k"
    if u and (not k or u >= times * k):
        return "u"
    return ""


def where(d: Any, records: Sequence[int]) -> str:
    """Where the service falls short, by law type: the `[laws]` entry whose cues two or
    more of `records` use while none uses another's (" in private law"); else ""."""
    texts = d.texts(list(records))
    laws = wording()["laws"]
    naming = {name: sum(any(_has(texts[i].text.lower(), c) for c in law["cues"]) for i in records)
              for name, law in laws.items()}  # fmt: skip
    named = [name for name, n in naming.items() if n]
    if len(named) == 1 and naming[named[0]] >= 2:
        return str(laws[named[0]]["where"])
    return ""


def say(k: str, where: str = "", plan: planscope.Scope | None = None, area: str = "") -> str:
    """The sentence for the answers `k` (`key`), where the service falls short (`where`)
    and the plan as its notes scope it (`planscope`); `area` ("Area 9"): the one area
    every note on the difference made is about ([sentences_area])."""
    plan = plan or planscope.Scope()
    fix = planscope.phrase(wording(), plan, "fix")
    table = wording()["sentences_area" if area else "sentences"]
    return str(table[k]).format(
        where=where, plan=planscope.phrase(wording(), plan), fix=fix,
        their_fix=fix.replace("a plan", "their plan", 1),
        service="the service" if planscope.scoped(plan) else "it", area=area,
    )  # fmt: skip


def sourced(
    d: Any, k: str, found: dict[str, list[int]], at: str = "", plan: planscope.Scope | None = None
) -> str:
    """The sentence for the answers `k` as what the notes answering each question show,
    naming their sources ([sourced]: "Board papers set out a plan to improve the
    service, but interviews with managers show that it has not yet had the impact
    leaders intend"): what a key finding saying the same message leaves out (tester
    18's N5: the section's sentence near-repeated the key finding's).  A part whose
    notes' sources are those of the part before it says "they also show"; "" where a
    part has no wording."""
    frames = wording()["sourced"]
    plan_words = planscope.phrase(wording(), plan or planscope.Scope())
    parts: list[str] = []
    before: tuple[str, str] | None = None
    turned = False
    # Leaders knowing, and slow to act on a weakness: said last, the other way (tester
    # 24's A8: weighed against "leaders know ...", never left out).
    k = k + "l" if "k" in k and found.get("l") else k
    for x in k:
        key = x if x in "kupml" or "p" in k else f"{x}_done"
        if key not in frames:
            return ""
        src, s = _sources(d, found[x])
        subject = str(frames["again"]) if (src, s) == before else f"{src} show{s}"
        if x == "p":
            subject = str(frames["again_p"]) if (src, s) == before else f"{src} set{s} out"
        before = (src, s)
        clause = str(frames[key]).format(subject=subject, where=at, plan=plan_words)
        if parts:
            # "but" where the answer turns the other way (a plan after not knowing, not
            # yet after a plan), once in the sentence; "and" otherwise.
            turn = (x in "unml") != (k[len(parts) - 1] in "unml") and not turned
            turned = turned or turn
            clause = str(frames["but" if turn else "and"]) + clause
        parts.append(clause)
    return capitalise("".join(parts)) + "."


def _sources(d: Any, evs: Sequence[int]) -> tuple[str, str]:
    """The commonest source of some notes as a sentence's subject ("interviews with
    managers", "board papers"; `drafting.toml` [evidence_nouns]; the comment lists
    every note), and "s" where it takes "shows" (its `singular`): one source a part, so
    that a sentence of three parts stays readable."""
    w = d.words
    code = Counter(d.source[i] for i in evs).most_common(1)[0][0]
    form = w.evidence_nouns.get(code, w.source_nouns.get(code, code.lower().replace("_", " ")))
    groups = named_sources(d, [i for i in evs if d.source[i] == code])
    names = list(dict.fromkeys(form.format(group=g) for g in groups))
    one = len(names) == 1 and code in w.singular_evidence
    return join_list(names), "s" if one else ""


def _effect_area(d: Any, k: str, found: dict[str, list[int]]) -> str:
    """The one area every note on the difference made is about ("Area 9"), where the
    sentence's other notes are not all about it and its wording has a form for it
    ([sentences_area]); else ""."""
    done = next((x for x in "new" if x in k), "")
    place = one_area(d, found[done]) if done else None
    others = [i for x in k if x != done for i in found[x]]
    if place is None or not others or one_area(d, others) == place:
        return ""
    return f"Area {place}" if k in wording()["sentences_area"] else ""


def _notes(n: int) -> str:
    """ "one note", "three notes"."""
    return f"{number_text(n)} note{'' if n == 1 else 's'}"


def sentences(ctx: claims.Context, theme_claims: Sequence[Claim]) -> list[Sentence]:
    """What the national leadership grade rests on (`sentence`), then whose own view of
    the service agrees with the inspectors' (`ownview.sentence`): none, one or both."""
    d = ctx.data
    crits = {c.criterion for c in theme_claims if not c.by_cases}
    records = [i for i in ctx.pool.wide if not d.case[i] and not crits.isdisjoint(d.crits[i])]
    if ctx.pool.areas:  # a note rating the area's practice good is never its example
        ctx.used.records.update(ownview.rosy(d, records))
        return []
    rests = sentence(ctx, records)
    # Someone's view that the service's own agrees with the inspectors' findings is no
    # evidence that it does, nor an example of it (kf29, tester 28's A4 #13).
    ctx.used.records.update(ownview.viewed(d, records))
    agree = ownview.sentence(ctx, ownview.agreeing(d, records), records)
    rosier = ownview.rosier_sentence(ctx, ownview.rosy(d, records), records)
    return [x for x in (rests, agree, rosier) if x is not None]


def sentence(ctx: claims.Context, records: Sequence[int]) -> Sentence | None:
    """The sentence saying what the national leadership grade rests on (see the module
    docstring) from the section's `records` about the service on its leadership
    criteria, or None where the notes do not say it or the report has said it.  Where
    every note it rests on is about one area, it is said of that area ("In Area 9,
    leaders know ...": a national section's rule for one area's notes)."""
    d = ctx.data
    found = answers(d, records)
    if one_area(d, [i for x in found.values() for i in x]) is None:
        found["p"] = leaders_plans(d, found["p"])
    k = key(found)
    if not k:
        return None
    evs = list(dict.fromkeys(i for x in k for i in found[x]))
    if len(evs) < 2:  # one note answering two questions is one source's point
        return None
    texts = d.texts(records)
    plan = planscope.scope(wording(), [texts[i].text for i in records])
    plan = plan if "p" in k else planscope.Scope()
    at = where(d, [*found["k"], *found["u"], *found["n"]])
    effect = _effect_area(d, k, found)
    text = say(k, at, plan, effect)
    area = one_area(d, evs)
    if area:
        text = in_area(d, text, area)
    elif not effect:
        # The key findings say this message in their own words (`leadersmessage`): the
        # section says which evidence shows each part of it (tester 18's N5), and where
        # leaders know, that they were slow to act on a weakness, if a note says so.
        both = sourced(d, k, found, at, plan)
        if both and "k" in k and found["l"]:
            k, evs = k + "l", list(dict.fromkeys([*evs, *found["l"]]))
        text = both or text
    text = firm(d, text, at)
    if normal(text) in ctx.voice.said:
        return None
    ctx.voice.note(text)
    b = wording()["basis"]
    basis = str(b["lead"]) + "; ".join(str(b[x]).format(n=_notes(len(found[x]))) for x in k)
    if planscope.scoped(plan):  # what the plan covers, as its notes say it
        basis += "; " + str(b["scope"]).format(plan=planscope.phrase(wording(), plan))
    against = k == "u" or k.endswith("m")  # not knowing; a plan that misses the weaknesses
    direction = "against" if against else "balanced" if set(k) & set("nul") else "for"
    flags = list(ctx.flags)
    # No criterion of its own: it states none of the points its notes are tagged with
    # (each is said, or named as left out, by its own claim).
    return traced(
        text, evs, d, role="claim", criteria=[], basis=basis, flags=flags, direction=direction
    )


def firm(d: Any, text: str, at: str) -> str:
    """`text` without "well enough", the softer words of a grade requiring improvement,
    where the law type it says leaders do not know the service falls short in (`at`,
    " in public law") is judged inadequate: "leaders do not know where the service falls
    short in public law" (tester 30; kf30's leftover).  A provisional grade is none."""
    from exporters.draft.sections import recorded_grade  # it imports this module's users

    name = next((n for n, law in wording()["laws"].items() if at and law["where"] == at), "")
    for jdef in d.framework.judgements if name else ():
        if d.words.kind_law_types.get(d.words.judgement_kind(jdef), "") != name.upper():
            continue
        grade, provisional = recorded_grade(d, d.judgement(jdef.id))
        if grade and not provisional and d.framework.grade(grade).rank == _INADEQUATE:
            return text.replace(" do not know well enough where", " do not know where")
    return text


_INADEQUATE = 4  # the grade rank of inadequate
