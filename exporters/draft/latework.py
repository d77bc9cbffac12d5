"""What an area's case notes say came late or kept the child waiting, named as the notes
name it (issue 15, case25; tester 24's A1).

Tester 24's Area 8, weak on avoiding delay in nine of its 12 cases, said only that
"children's cases are held up by avoidable delay": its notes said which work was late
(the section 7 report in six cases, the safeguarding letter in three) and that cases
waited for allocation (four), and none of that reached the section.  The main failure
(`mainfailure.py`) names a thing the notes say was not done; work done late is not work
left undone, so it is read here, from the structure of the notes rather than a list of
subjects, in five shapes, each within one clause (`failures.toml` [late]):

- the thing, then "late", after what the note puts between (a participle, a duration,
  an adverb: "s7 then filed 3 weeks late", "the report was 29 days late");
- "late" before the thing, after an article or a preposition ("the late checks");
- "delay in" the thing, after a gerund ("delay in completing the s7");
- a wait "for" the thing ("waited 7 weeks in the duty queue for allocation", "awaiting
  allocation", "the child waited five months for an outcome");
- the thing "took" a duration ("allocation took 6 weeks"), and a participle said not
  done "for" a duration ("unallocated for 9 weeks", "not allocated for a month"): a wait
  for the thing the participle makes (`stemming.stem`: "allocated" is "allocation").

Each thing is counted by the section's cases whose own development notes say it.  The
things said in at least `item_cases` cases each (up to `items`, the most cases first) are
named in one sentence with their counts, where together they cover `min_cases` cases and
`min_share` of the sampled cases, in a section its main failure is named in (below good,
or with no grade and its case files weighing against).  The sentence follows the
weakness on the criterion the late notes are most often filed under.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from exporters.draft.claims import Context
from exporters.draft.glossary import working_terms
from exporters.draft.standalone import Standalone
from exporters.draft.stemming import stem
from exporters.draft.trace import opening, traced
from exporters.draft.undone import ARTICLES, RUN, _lead, _participle, _stop, _thing, plain, wording
from exporters.draft.words import capitalise, count_of, join_list, number_text
from exporters.model import Sentence

_CLAUSES = re.compile(r"[.;:,()!?]|\s[-–—]\s|\band\b")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_AUX = frozenset({"was", "were", "is", "are", "been", "be", "being", "has", "have", "had"})


def abbreviations(terms: Iterable[Any]) -> dict[str, str]:
    """Each working or glossary abbreviation, as written, to its long form."""
    out: dict[str, str] = {}
    for t in terms:
        if t.short:
            out[t.short] = t.long
        if t.short_plural:
            out[t.short_plural] = t.long_plural or t.long
    return out


@dataclass(frozen=True)
class Late:
    """A thing notes say came late ("late") or was waited for ("wait"), with the words
    to say it (`said`) and the participle the notes put before "late" ("filed")."""

    kind: str
    key: str
    said: str
    verb: str = ""


@cache
def _table() -> dict[str, frozenset[str]]:
    t = wording()["late"]
    return {k: frozenset(str(w).lower() for w in t[k]) for k in ("late", "delay", "wait", "took",
                                                                    "units", "numbers")}  # fmt: skip


def _key(thing: str) -> str:
    """The thing as counted: its words' stems ("reports" and "report" meet)."""
    return " ".join(stem(w.lower()) for w in thing.split())


def _duration(low: Sequence[str], k: int) -> int:
    """How many words a duration takes from `k` ("9 wks", "two weeks", "a month"), or 0."""
    t = _table()
    if (
        k + 1 < len(low)
        and (low[k].isdigit() or low[k] in t["numbers"])
        and low[k + 1] in t["units"]
    ):
        return 2
    return 0


def _before_late(
    words: Sequence[str], low: Sequence[str], k: int, rules: Standalone
) -> tuple[list[str], str]:
    """The thing before "late" at `k` and the participle between ("filed"), skipping a
    duration, an auxiliary and adverbs ("then", "often", "routinely")."""
    t = _table()
    j, verb, skipped = k, "", False
    while j > 0:
        w = low[j - 1]
        if w in t["units"] and j > 1 and (low[j - 2].isdigit() or low[j - 2] in t["numbers"]):
            j -= 2
        elif w in _AUX or w.endswith("ly") or w in ("then", "often", "also", "still", "again"):
            j, skipped = j - 1, True
        elif not verb and _participle(rules, w):
            verb, j, skipped = w, j - 1, True
        else:
            break
    stop = _stop(rules)
    thing = _thing(list(words[:j]), stop)
    at = j - len(thing) - 1  # the word before the thing
    if thing and (skipped or at < 0 or low[at] not in ARTICLES | stop):
        return thing, verb
    # An object ("reached the court eleven days late") or no thing ("went in a week
    # late"): what came late is the clause's subject, up to its verb.
    subject: list[str] = []
    for w in [x for x in words[:j] if x.lower() not in ARTICLES][:RUN]:
        if w.lower() in stop or _participle(rules, w.lower()):
            break
        subject.append(w)
    return subject, ""


def _unmade(word: str) -> bool:
    """Whether `word` is "un" and a participle saying a state that is not yet done
    ("unallocated"), not one of [main failure] `states` ("unsupervised")."""
    states = frozenset(str(w).lower() for w in wording()["states"])
    return word.startswith("un") and word.endswith("ed") and len(word) > 6 and word not in states


def said_late(text: str, rules: Standalone, abbr: dict[str, str]) -> list[Late]:
    """Each thing `text` says came late or was waited for (the module docstring)."""
    t, stop = _table(), _stop(rules)
    out: list[Late] = []
    for clause in _CLAUSES.split(text):
        words: list[str] = []
        for w in _WORD.findall(clause):
            words += abbr[w].split() if w in abbr else [w]
        low = [w.lower() for w in words]
        for k, w in enumerate(low):
            nxt = [x for x in words[k + 1 :] if x.lower() not in ARTICLES]
            if w in t["late"]:
                before = low[k - 1] if k else ""
                if before in ARTICLES or before in ("about", "of", "for", "with"):
                    thing, verb = _lead(words[k + 1 :], stop), ""  # "the late checks"
                else:
                    thing, verb = _before_late(words, low, k, rules)
                if thing:
                    out.append(Late("late", _key(" ".join(thing)), plain(" ".join(thing)), verb))
            elif w in t["delay"] and low[k + 1 : k + 2] == ["in"]:
                rest = [x for x in words[k + 2 :] if x.lower() not in ARTICLES]
                rest = rest[1:] if rest and rest[0].lower().endswith("ing") else rest
                rest = [x for x in rest if x.lower() not in ARTICLES]
                thing = _lead(rest, stop)
                if thing:
                    out.append(Late("late", _key(" ".join(thing)), plain(" ".join(thing))))
            elif w in t["wait"]:
                at = (
                    k + 1
                    if w == "awaiting" and nxt
                    else low.index("for", k) + 1
                    if "for" in low[k:]
                    else 0
                )
                article = words[at : at + 1] if at and low[at : at + 1] in (["a"], ["an"]) else []
                thing = _lead(words[at + len(article) :], stop) if at else []
                if thing:
                    what = plain(" ".join([*article, *thing]))
                    out.append(Late("wait", _key(" ".join(thing)), f"for {what}"))
            elif w in t["took"] and _duration(low, k + 1) and k:
                thing = _thing(list(words[:k]), stop)
                if thing:
                    out.append(Late("wait", _key(" ".join(thing)), f"for {plain(' '.join(thing))}"))
            elif w == "for" and k and _unmade(low[k - 1]) and _duration(low, k + 1):
                verb = low[k - 1][2:]  # "Case unallocated for 9 wks"
                out.append(Late("wait", stem(verb), f"to be {verb}"))
    return out


@dataclass(frozen=True)
class Found:
    """A thing the section's notes say came late or was waited for: how to say it, its
    cases and the notes saying it."""

    kind: str
    key: str
    said: str
    verb: str
    cases: frozenset[int]
    records: tuple[int, ...]


def found(ctx: Context) -> list[Found]:
    """What the section's development notes say came late or was waited for, the most
    cases first (then the most notes, a wait before lateness, the thing's words)."""
    d = ctx.data
    cases = ctx.pool.case_ids
    rules = d.words.standalone
    abbr = abbreviations([*d.words.terms, *working_terms()])
    notes = sorted({i for c in ctx.pool.criteria() for i in ctx.pool.records(c, "development")
                    if d.case[i] in cases and d.own[i] and i not in d.hedged})  # fmt: skip
    texts = d.texts(notes)
    records: dict[str, set[int]] = defaultdict(set)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    said: dict[str, Counter[str]] = defaultdict(Counter)
    verbs: dict[str, Counter[str]] = defaultdict(Counter)
    for i in notes:
        for x in said_late(texts[i].text, rules, abbr):
            records[x.key].add(i)
            kinds[x.key][x.kind] += 1
            said[x.key][x.said] += 1
            verbs[x.key][x.verb] += 1
    out = []
    for key, rs in records.items():
        kind = "wait" if kinds[key]["wait"] else "late"
        # The words most notes use, a noun before a participle ("for allocation", not
        # "to be allocated").
        words = sorted(
            said[key].items(), key=lambda kv: (kv[0].startswith("to be "), -kv[1], kv[0])
        )
        verb = next(iter(verbs[key])) if len(verbs[key]) == 1 else ""
        out.append(Found(kind, key, words[0][0], verb, frozenset(d.case[i] for i in rs),
                         tuple(sorted(rs))))  # fmt: skip
    return sorted(out, key=lambda f: (-len(f.cases), -len(f.records), f.kind != "wait", f.key))


def _plural(thing: str) -> bool:
    """Whether the thing is said in the plural ("checks", never "analysis", "process")."""
    last = thing.split()[-1]
    return last.endswith("s") and not last.endswith(("ss", "is", "us", "'s", "’s"))


def _verb_of(f: Found) -> str:
    """What a late thing's clause says before "late" ("was filed"), which a second late
    thing saying the same leaves out ("the safeguarding letter in two")."""
    return f"{'were' if _plural(f.said) else 'was'} {f.verb}"


def _item(f: Found, n: str, first: bool, table: dict[str, str]) -> str:
    """One thing's clause: "the section 7 report was late in six", "the safeguarding
    letter in three" (`first` False: after a late thing said the same way), "four waited for
    allocation"."""
    if f.kind == "wait":
        return table["wait_item"].format(n=n, what=f.said)
    plural = _plural(f.said)
    what = f.said if plural else f"the {f.said}"
    frame = table["late_item"] if first else table["late_more"]
    return frame.format(what=what, was="were" if plural else "was",
                        verb=f" {f.verb}" if f.verb else "", n=n)  # fmt: skip


def late_sentence(
    ctx: Context, main: str = "", unlike: Sequence[str] = ()
) -> tuple[Sentence, frozenset[int]] | None:
    """The sentence naming what the section's notes say came late or was waited for
    (the module docstring), and the notes it rests on, leaving out the thing `main` names
    (the main failure's, said on its own); None where too few cases say it.  Said with
    its area first where it would open as one of `unlike` does (the sentences it goes
    between: no two sentences running open alike, `trace.opening`)."""
    w = wording()
    table = {k: str(v) for k, v in w["late"].items() if isinstance(v, str)}
    sampled = ctx.pool.sample_size or len(ctx.pool.case_ids)
    items = [
        f
        for f in found(ctx)
        if len(f.cases) >= int(w["late"]["item_cases"]) and f.key != _key(main)
    ]
    items = items[: int(w["late"]["items"])]
    covered = frozenset().union(*(f.cases for f in items)) if items else frozenset()
    if len(covered) < int(w["min_cases"]) or len(covered) < float(w["min_share"]) * sampled:
        return None
    items.sort(key=lambda f: f.kind != "wait")  # the waits first: "four waited for ..."
    if len(items) == 1:
        f = items[0]
        plural = _plural(f.said)
        item = (table["wait_one"].format(what=f.said) if f.kind == "wait" else
                table["late_one"].format(what=f.said if plural else f"the {f.said}",
                                         was="were" if plural else "was",
                                         verb=f" {f.verb}" if f.verb else ""))  # fmt: skip
        fill = {"count_of": count_of(len(f.cases), sampled), "area": ctx.area, "item": item}
        frame = "one"
    else:
        said, before = [], ""  # the last late thing's verb, for "..., the letter in two"
        for f in items:
            said.append(_item(f, number_text(len(f.cases)), before != _verb_of(f), table))
            before = _verb_of(f) if f.kind == "late" else before
        fill = {"sampled": number_text(sampled), "area": ctx.area, "items": join_list(said)}
        frame = "several"
    text = capitalise(table[frame].format(**fill))
    if opening(text) in {opening(u) for u in unlike}:
        text = capitalise(table[f"{frame}_turned"].format(**fill))
    records = sorted({i for f in items for i in f.records})
    basis = f"Of {sampled} cases sampled, their own development notes say: " + "; ".join(
        f"{'waited ' + f.said if f.kind == 'wait' else f.said + ' late'} in {len(f.cases)} "
        f"({len(f.records)} {'note' if len(f.records) == 1 else 'notes'})"
        for f in items
    )  # fmt: skip
    sentence = traced(text, records, ctx.data, role="claim", case_refs=ctx.pool.refs(covered),
                      criteria=[], basis=basis, flags=list(ctx.flags), direction="against")  # fmt: skip
    return sentence, frozenset(records)
