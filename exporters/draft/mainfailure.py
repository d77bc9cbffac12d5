"""An area section graded below good (or, with no grade to follow, whose case files
weigh against: case18) names its main failure as its notes say it, and the leaders'
response where their own notes say it (issue 15, case17; tester 16's D3).

Tester 16's inadequate Area 9 counted its weak cases well ("None of the nine cases ...
shows that practitioners follow up safeguarding concerns effectively"; nine escalated)
but never said what failed: domestic abuse had not been assessed, in nine cases, each
escalated to senior managers.  Nor did it say that the area's leaders had found the
failure themselves and had a plan too recent to show its effect, which its own notes
(and the grade's rationale) said.

The failure is read from the notes' structure, not from a list of subjects
(`undone.py`): a thing a development note says was not done, in one of four shapes,
each within one clause ("Police checks not chased", "the child was never seen",
"unassessed domestic abuse", "no screening tool used"), the thing a run of up to four
words (never part of a longer run), the inspectors' working abbreviations written out
("DA" is "domestic abuse") so that notes saying it either way meet; in a clause after a
fragment of its sentence, only a thing the draft's wording knows on its own ("3 FCAs in
4 months, no handover recorded" names no failure: tester 25's A3).  Each
is counted by the section's cases whose own development notes, or the concerns
inspectors escalated on them, say it with the same participle (and what it keeps: a
note keeping the participle's object, "checked with the school", counts for "checked"
too); the thing named in a longer phrase counts for
the shorter where both are found ("domestic abuse allegations" for "domestic abuse").
The one said in the most cases (then in the most notes, then the longer phrase) is
named, with its count and how many of the section's escalated cases it includes, where
at least `min_cases` cases and `min_share` of the sampled cases say it
(`failures.toml`).  The sentence goes after the weakness on a criterion its notes are
tagged with whose cases it most bears out.

What the notes say after the participle is kept where it changes what was not done
(case18, tester 17's Area 4): a qualifier ("risk not assessed in time" is late work,
not work left undone) and a short complement ("the court is not told why the plan
changed"); a participle leaving a longer complement unsaid names nothing ([after]).
It is "the failure inspectors found most often" only where no finding of the section
falls short in more cases (a criterion counts every way its cases fall short; under the
2021 framework tester 17's weakest area failed on wishes and feelings in all 12 cases,
and the risk assessed late in five was not its commonest failure); otherwise it is said
as what it is, with its count.  It does not say again which of its cases were escalated
where the weakness it follows has just said so (tester 16's Area 9).

Before the failure, what its notes say came late or kept the child waiting, with its
counts, after the weakness its notes are filed under (`latework.py`, tester 24's A1):
work done late is not work left undone, so the failure sentence never names it.

The leaders' response is read as the national leadership section reads its notes
(`leadersrest.answers`), from the notes about the area itself, a plan counting in a
note of either polarity (in an area below good, inspectors record the plan beside the
weakness it answers); it is said where two notes or more answer two of the questions,
after the section's first finding about the service (else after the failure).  Only the
leaders' own accounts and the inspectors' evidence answer them, never a partner's view
of the service, and a plan said not to exist ("no plan with dates", "no action plan
for ...") is no plan (tester 23's A3: Area 3's leaders "have a plan to improve the
service, and it is already making a difference", from a local authority's "joint
working has improved outcomes" and an action plan "not reviewed since").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from exporters.draft import leadersrest, planscope
from exporters.draft.claims import Context
from exporters.draft.fitting import is_stakeholder
from exporters.draft.glossary import working_terms
from exporters.draft.latework import abbreviations, late_sentence
from exporters.draft.mainclause import articled_subject, sentence_words
from exporters.draft.standalone import Standalone
from exporters.draft.thatclause import missing_record
from exporters.draft.trace import normal, opening, traced
from exporters.draft.undone import ARTICLES, said_undone, wording
from exporters.draft.words import Words, _has, capitalise, count_of, number_text
from exporters.model import Paragraph, Sentence

BELOW_GOOD_RANK = 3  # requires improvement and inadequate


@dataclass(frozen=True)
class Fault:
    """A thing the notes say was not done: its words, the participle, its cases and the
    notes saying it."""

    what: str
    verb: str
    cases: frozenset[int]
    records: tuple[int, ...]
    shape: str = "not"  # "not": "X not Yed"; "no": "no X Yed" (said "no X had been Yed")


def faults(ctx: Context) -> list[Fault]:
    """The things the section's development notes say were not done, most cases first
    (then most notes, then the longer phrase)."""
    d = ctx.data
    cases = ctx.pool.case_ids
    rules = d.words.standalone
    abbr = abbreviations([*d.words.terms, *working_terms()])
    states = frozenset(str(w).lower() for w in wording()["states"])
    notes = sorted({i for c in ctx.pool.criteria() for i in ctx.pool.records(c, "development")
                    if d.case[i] in cases and d.own[i] and i not in d.hedged})  # fmt: skip
    texts = d.texts(notes)
    known = _known_words(d.words).__contains__  # a thing after a note's fragment (`undone`)
    said: dict[tuple[str, str], set[int]] = defaultdict(set)  # (thing, participle) -> records
    shapes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for i in notes:
        text = texts[i].text
        concern = d.escalation_concern.get(d.ids[i], "") if i in d.escalations else ""
        for thing, verb, shape in said_undone(f"{text}. {concern}", rules, abbr, states, known):
            said[thing, verb].add(i)
            shapes[thing, verb][shape] += 1
    # Phrases that open or end with another ("domestic abuse allegations", "the
    # council's neglect referrals") count for it, and it for them: one thing, where the
    # participle is the same (a note saying risk was "not reviewed" is no case of risk
    # "not assessed in time": case18, tester 17's Area 4).
    merged = {k: set(rs) for k, rs in said.items()}
    for a, va in said:
        for b, vb in said:
            if va == vb and a != b and (a.startswith(b + " ") or a.endswith(" " + b)):
                merged[a, va] |= said[b, vb]
                merged[b, vb] |= said[a, va]
                shapes[b, vb].update(shapes[a, va])
            elif a == b and _with_object(va, vb):  # "checked with the school": checked
                merged[b, vb] |= said[a, va]
    out = [
        Fault(t, v, frozenset(d.case[i] for i in rs), tuple(sorted(rs)),
              shapes[t, v].most_common(1)[0][0])
        for (t, v), rs in merged.items()
    ]  # fmt: skip
    # Most cases first; of those alike, the phrase the most notes use as written, then
    # the shorter (the thing itself, not one kind of it).
    return sorted(out, key=lambda f: (-len(f.cases), -len(said[f.what, f.verb]),
                                      len(f.what.split()), f.what, f.verb))  # fmt: skip


def _with_object(longer: str, verb: str) -> bool:
    """Whether participle `longer` is `verb` with the object it keeps ("checked with the
    school" of "checked": `undone`, [after] `objects`), whose notes then count for `verb`
    too; never a qualifier ("assessed in time" is late work, not work left undone)."""
    rest = longer.split()[len(verb.split()) :]
    return longer.startswith(verb + " ") and rest[0] in wording()["after"]["objects"]


@cache
def _known_words(words: Words) -> frozenset[str]:
    """Words the draft's wording knows on its own: those of each criterion's cues and
    noun, and the role and record nouns ("the child", "the letter")."""
    out = set(words.standalone.articled_nouns | sentence_words().count_nouns)
    for c in words.criteria.values():
        for phrase in (*c.cues, c.noun):
            out.update(phrase.lower().split())
    return frozenset(out)


def main_fault(ctx: Context) -> Fault | None:
    """The section's main failure, where enough of its cases say it (see the module
    docstring); None in a section graded good or better, or with no grade."""
    if not _below_good(ctx):
        return None
    found = [f for f in faults(ctx) if not _refers_back(ctx, f)]
    if not found:
        return None
    top, w = found[0], wording()
    sampled = ctx.pool.sample_size or len(ctx.pool.case_ids)
    if len(top.cases) < int(w["min_cases"]) or len(top.cases) < float(w["min_share"]) * sampled:
        return None
    return top


def _refers_back(ctx: Context, fault: Fault) -> bool:
    """Whether the thing is one word that every note saying it writes as "the ..." after
    something else it has named, and no role or record ("Supervision notes are copied
    ... and the actions are never reviewed": whose actions, the sentence would not say;
    tester 25's A3, "the actions had not been reviewed"): it names nothing on its own."""
    what = fault.what
    if " " in what or fault.shape != "not":
        return False
    nouns = ctx.data.words.standalone.articled_nouns | sentence_words().count_nouns
    if what in nouns or what.removesuffix("s") in nouns:
        return False
    pattern = re.compile(rf"\bthe {re.escape(what)}\b", re.IGNORECASE)
    texts = ctx.data.texts(fault.records)
    said = [texts[i].text.strip() for i in fault.records]
    return all(pattern.search(t) and not pattern.match(t) for t in said)


def _with_article(rules: Standalone, what: str) -> str:
    """ "the" where the thing, a subject from the notes, needs it ("the child", "the
    mother's partner", "the local authority": `mainclause.articled_subject`; tester
    29's A12)."""
    return articled_subject(rules, what)


def _escalated(ctx: Context, fault: Fault) -> str:
    """How the failure's cases meet the section's escalated concerns ([escalated])."""
    d, w = ctx.data, wording()["escalated"]
    cases = ctx.pool.case_ids
    escalated = {d.case[i] for i, status in d.escalations.items()
                 if status == "escalated" and d.case[i] in cases}  # fmt: skip
    k = len(escalated & fault.cases)
    if not k:
        return ""
    if escalated == fault.cases and k > 1:
        return str(w["all_of_them"])
    if k == len(escalated):
        return str(w["one_of_one"] if k == 1 else w["every"]).format(e=number_text(k))
    return str(w["some"]).format(k=number_text(k), e=number_text(len(escalated)))


def failure_records(ctx: Context) -> frozenset[int]:
    """The notes saying the section's main failure (none where it names none)."""
    fault = main_fault(ctx)
    return frozenset(fault.records) if fault is not None else frozenset()


def _the(ctx: Context, fault: Fault, text: str) -> str:
    """ "the" before the thing where a note of it writes it so ("the home was never
    visited"), as `_with_article` does for a role or record noun."""
    what = fault.what
    if what.split()[0].lower() in ARTICLES or f"the {what}" in text:
        return text
    texts = ctx.data.texts(fault.records)
    pattern = re.compile(rf"\bthe {re.escape(what)}\b", re.IGNORECASE)
    if not any(pattern.search(texts[i].text) for i in fault.records):
        return text
    return re.sub(rf"\b{re.escape(what)}\b", f"the {what}", text, count=1)


def failure_sentence(
    ctx: Context, escalation_said: bool = False, unlike: Sequence[str] = ()
) -> Sentence | None:
    """The sentence naming the section's main failure, or None; with
    `escalation_said`, without saying again which of its cases were escalated (the
    sentence it follows says so); said with what was not done first where its count
    first would open as one of `unlike` does (the sentences it goes between: no two
    sentences running open alike, `trace.opening`)."""
    fault = main_fault(ctx)
    if fault is None:
        return None
    d = ctx.data
    sampled = ctx.pool.sample_size or len(ctx.pool.case_ids)
    # "Most often" only where no finding of the section falls short in more cases.
    heavier = max((len(c.tally.neg) for c in ctx.pool.claims() if c.by_cases), default=0)
    frame = "failure" if len(fault.cases) >= heavier else "failure_also"
    table = wording()["sentences"]
    said = missing_record(d.words.standalone, fault.what, fault.verb) if fault.shape == "no" else ""
    undone = said or str(table[f"undone_{fault.shape}"]).format(
        what=fault.what if fault.shape == "no" else _with_article(d.words.standalone, fault.what),
        verb=fault.verb,
    )  # fmt: skip
    undone = undone if fault.shape == "no" else _the(ctx, fault, undone)
    fill = {"area": ctx.area, "undone": undone, "count_of": count_of(len(fault.cases), sampled),
            "escalated": "" if escalation_said else _escalated(ctx, fault)}  # fmt: skip
    text = capitalise(str(table[frame]).format(**fill))
    if frame == "failure_also" and opening(text) in {opening(u) for u in unlike}:
        text = capitalise(str(table["failure_also_turned"]).format(**fill))
    basis = (f"{len(fault.cases)} of {sampled} cases sampled: their own development notes "
             f"say {'no ' if fault.shape == 'no' else ''}{fault.what} "
             f"{'' if fault.shape == 'no' else 'not '}{fault.verb} "
             f"({len(fault.records)} notes)")  # fmt: skip
    if frame == "failure_also":
        basis += f"; not said to be the commonest failure: a finding falls short in {heavier} cases"
    return traced(
        text, list(fault.records), d, role="claim", case_refs=ctx.pool.refs(fault.cases),
        criteria=[], basis=basis, flags=list(ctx.flags), direction="against",
    )  # fmt: skip


def leaders_sentence(ctx: Context) -> Sentence | None:
    """The area's leaders' response, where two of its own notes or more answer two of
    leadersrest's questions (see the module docstring), or None."""
    d = ctx.data
    # The leaders' own accounts and the inspectors' evidence, never a partner's view of
    # the service (tester 23's A3: a local authority's "joint working has improved
    # outcomes" read as the leaders' plan already making a difference).
    records = [
        i for i in ctx.pool.wide if not d.case[i] and not is_stakeholder(d.words, d.source[i])
    ]
    if len(records) < 2:
        return None
    found = leadersrest.answers(d, records)
    plans = leadersrest.wording()["cues"]["plan"]
    texts = d.texts(records)
    # A plan said not to exist ("no action plan for the backlog") is no plan.
    found["p"] = [i for i in records if any(_has(texts[i].text.lower(), c) for c in plans)
                  and not planscope._NO_PLAN.search(texts[i].text.lower())]  # fmt: skip
    # Not knowing is said on as many notes as the national section needs (`rests.toml`).
    if len(found["u"]) < int(leadersrest.wording()["min_not_known"]):
        found["u"] = []
    knows = "k" if found["k"] and not found["u"] else "u" if found["u"] and not found["k"] else ""
    done = "n" if found["n"] else "w" if found["w"] else ""
    key = knows + ("p" if found["p"] else "") + done
    table = wording()["leaders"]
    if key.startswith("u"):
        key = "u" + ("p" + ("n" if "n" in key else "") if "p" in key else "")
    evs = list(dict.fromkeys(i for x in key for i in found[x]))
    if len(key) < 2 or key not in table or len(evs) < 2:
        return None
    text = str(table[key]).format(area=ctx.area)
    if normal(text) in ctx.voice.said:
        return None
    ctx.voice.note(text)
    names = {"k": "know where it falls short", "u": "do not know", "p": "a plan",
             "n": "not yet a difference", "w": "already a difference"}  # fmt: skip
    basis = "The area's own notes on its leaders: " + "; ".join(
        f"{names[x]} ({len(found[x])} {'note' if len(found[x]) == 1 else 'notes'})" for x in key
    )  # fmt: skip
    direction = "against" if key == "u" else "balanced" if "n" in key or "u" in key else "for"
    return traced(text, evs, d, role="claim", criteria=[], basis=basis,
                  flags=list(ctx.flags), direction=direction)  # fmt: skip


def _after(paras: list[Paragraph], at: tuple[int, int], s: Sentence) -> None:
    """Put `s` after sentence `at` (paragraph, sentence) and the examples, quotations,
    impact sentences and sentences on its own point (how its law types differ) that
    follow it."""
    p, k = _place(paras, at)
    said = paras[p].sentences
    paras[p] = paras[p].model_copy(update={"sentences": [*said[:k], s, *said[k:]]})


def _place(paras: Sequence[Paragraph], at: tuple[int, int]) -> tuple[int, int]:
    """Where `_after` puts a sentence: (paragraph, the place in it)."""
    p, k = at
    said = paras[p].sentences
    point = said[k].criteria
    k += 1
    while k < len(said) and (said[k].role in ("example", "quote", "impact") or (
        said[k].role == "claim" and point and said[k].criteria == point
    )):  # fmt: skip
        k += 1
    return p, k


def _around(paras: Sequence[Paragraph], at: tuple[int, int]) -> list[str]:
    """The sentences a sentence put after `at` (`_after`) goes between."""
    p, k = _place(paras, at)
    said = paras[p].sentences
    return [x.text for x in said[max(k - 1, 0) : k + 1]]


def _where_failure(
    paras: Sequence[Paragraph], refs: set[str], crits: set[str]
) -> tuple[int, int] | None:
    """The weakness on a criterion the failure's notes are tagged with (case18: not the
    heavier finding on another point that a section with no grade opens on), else any,
    whose cases the failure's cases most bear out (of two alike, the one saying its cases
    were escalated, whose concern the failure then names)."""
    best, at = (False, 0, False), None
    for p, para in enumerate(paras):
        for k, s in enumerate(para.sentences):
            if s.role == "claim" and s.direction in ("against", "balanced") and s.by_cases:
                n = (not crits.isdisjoint(s.criteria), len(refs & set(s.case_refs)),
                     "escalated" in s.basis)  # fmt: skip
                if n[1] and n > best:
                    best, at = n, (p, k)
    return at


def _says_escalated(claim: Sentence, failure: Sentence) -> bool:
    """Whether `claim` says that its cases were escalated, the failure's among them
    (tester 16's Area 9: "In each of these cases, this was a safeguarding concern, which
    inspectors escalated to senior managers." before the failure said it again)."""
    return (
        "escalated" in claim.basis
        and "escalated" in claim.text
        and set(failure.case_refs) <= set(claim.case_refs)
    )


def _where_leaders(paras: Sequence[Paragraph]) -> tuple[int, int] | None:
    """The section's first finding about the service (not a share of cases)."""
    for p, para in enumerate(paras):
        for k, s in enumerate(para.sentences):
            if s.role == "claim" and not s.by_cases and s.criteria:
                return p, k
    return None


def name_failure(ctx: Context, paras: list[Paragraph]) -> None:
    """Add the section's main failure and its leaders' response (module docstring)."""
    if not paras:
        return
    if _below_good(ctx):  # what came late or kept the child waiting (`latework.py`)
        fault = main_fault(ctx)
        late = late_sentence(ctx, fault.what if fault is not None else "")
        if late is not None:
            sentence, records = late
            crits = {
                c for c in ctx.pool.criteria() if not set(ctx.pool.records(c)).isdisjoint(records)
            }
            at = _where_failure(paras, set(sentence.case_refs), crits)
            at = at or (0, len(paras[0].sentences) - 1)
            main = fault.what if fault is not None else ""
            sentence = (late_sentence(ctx, main, _around(paras, at)) or late)[0]
            _after(paras, at, sentence)
    failure = failure_sentence(ctx)
    if failure is not None:
        crits = {c for c in ctx.pool.criteria()
                 if not set(ctx.pool.records(c)).isdisjoint(failure_records(ctx))}  # fmt: skip
        found = _where_failure(paras, set(failure.case_refs), crits)
        at = found or (0, len(paras[0].sentences) - 1)
        said = found is not None and _says_escalated(paras[at[0]].sentences[at[1]], failure)
        failure = failure_sentence(ctx, said, _around(paras, at)) or failure
        _after(paras, at, failure)
    if failure is None and not _below_good(ctx):
        return
    leaders = leaders_sentence(ctx)
    if leaders is None:
        return
    at = _where_leaders(paras)
    if at is None and failure is not None:
        at = next((p, k) for p, para in enumerate(paras)
                  for k, s in enumerate(para.sentences) if s is failure)  # fmt: skip
    _after(paras, at or (0, len(paras[0].sentences) - 1), leaders)


def _below_good(ctx: Context) -> bool:
    """An area section graded below good, or with no grade to follow (a framework that
    judges no area) whose case files weigh against (`tallies.Pool.weighs_against`)."""
    if not ctx.pool.areas:
        return False
    if ctx.grade is None:
        return ctx.pool.weighs_against()
    return ctx.data.framework.grade(ctx.grade).rank >= BELOW_GOOD_RANK
