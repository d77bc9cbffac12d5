"""What a note says was not done, read from its structure (split from
`mainfailure.py`, case18): a thing and its participle, in one of four shapes within one
clause ("Police checks not chased", "the child was never seen", "unassessed domestic
abuse", "no screening tool used"), the thing a run of up to `RUN` content words, never
part of a longer run, nor a pronoun ("he was not seen": tester 21's Area 4 notes "PM
said she had not seen this case"), nor ending on a verb ("Concerns the school raised in
March were never followed up" names no "school raised"), never the subject of an active
"had not done" ("The FCA had not visited" leaves nothing undone to the FCA), and, in a
clause that follows a fragment
of the same sentence, only a thing the draft's wording knows on its own ("3 FCAs in 4
months, no handover recorded": handed over between whom, and why it matters, only the
fragment says, and the failure's sentence would leave it out; tester 25's A3); the
participle with what after it changes what was not done (a qualifier, "in time"; a
short complement, "told why the plan changed": `failures.toml` [after]).  `mainfailure`
counts what these say by cases and names the main failure.  A wording saying there is no
record of a thing is not said of a case whose notes record some of it done
(`done_anyway`: tester 30's A9)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from exporters.draft.standalone import Standalone
from exporters.draft.wording import wording_table

RUN = 4  # content words a thing's phrase holds at most
_CLAUSES = re.compile(r"[.;:,()!?]|\s[-–—]\s")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NOT = frozenset({"not", "never"})
_HAVE = frozenset({"has", "have", "had"})
# A pronoun names nothing a reader meets without the note ("he had not been seen").
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "you", "i", "him", "her", "them",
                       "us", "me", "this", "that", "these", "those", "who", "which"})  # fmt: skip
_AUX = frozenset({"was", "were", "has", "have", "had", "is", "are", "been", "being"})
ARTICLES = frozenset({"the", "a", "an", "his", "her", "their", "its"})
_OF_PLACE = frozenset({"from", "of", "in", "at", "on", "with", "about", "for", "by", "to"})
_LINKS = frozenset({"and", "or", "but", "so", "nor", "yet", "than", "then", "also", "still"})
_SUBORDINATE = frozenset({"although", "though", "because", "since", "when", "while", "whilst",
                          "before", "after", "until", "once", "despite", "even", "as"})  # fmt: skip


@cache
def wording() -> dict[str, Any]:
    """The thresholds, word lists and sentences of `failures.toml`."""
    return wording_table("failures.toml")


def _stop(rules: Standalone) -> frozenset[str]:
    """Words that end a thing's phrase: determiners, prepositions and conjunctions,
    verbs."""
    return (rules.determiners | rules.clause_openers | rules.auxiliaries | rules.finite_verbs
            | _LINKS | _NOT | {"no", "to", "of", "for"})  # fmt: skip


def _participle(rules: Standalone, word: str) -> bool:
    if word in rules.participles:
        return True
    return len(word) > 4 and word.endswith("ed") and word not in rules.ed_not_verbs


def _run_before(words: Sequence[str], end: int, stop: frozenset[str]) -> list[str]:
    """The run of up to `RUN` content words ending before `end`; none where a longer
    run would be cut ("authority safeguarding checks" of "local authority safeguarding
    checks not requested" would name part of a name: case18).  A word that is also a
    verb ("visits", "records") may be a plural noun here (`_plural`: "Visits in the
    diary were never written up" is of the visits, never the diary)."""
    out: list[str] = []
    for k in range(end - 1, -1, -1):
        w = words[k]
        if w.lower() in stop and not _plural(words, k, k == end - 1):
            break
        if len(out) == RUN:
            return []
        out.insert(0, w)
    return out


def _plural(words: Sequence[str], k: int, last: bool) -> bool:
    """Whether word `k`, a word that ends a thing's phrase (`_stop`), is a plural noun
    here: it ends in one "s" and opens the clause, follows an article, or is the run's
    `last` word (before "were never", "not" or a preposition: "the diary visits were
    never written up")."""
    w = words[k].lower()
    if not w.endswith("s") or w.endswith("ss") or w in _NOUNLESS:
        return False
    return last or k == 0 or words[k - 1].lower() in ARTICLES


# Words ending in "s" that end a thing's phrase and are never a plural noun.
_NOUNLESS = frozenset({"is", "was", "has", "does", "this", "its", "his", "as", "us", "thus",
                       "always", "perhaps", "whereas", "unless", "yes", "less", "across"})  # fmt: skip


def _thing(words: Sequence[str], stop: frozenset[str]) -> list[str]:
    """The thing `words` ends with (before "not"): its last run of up to four content
    words, or, where that run is the object of a preposition, the run before the
    preposition, and so on back ("neglect referrals from the health visitor not
    checked": the referrals; "risk to the child from a household member not assessed":
    the risk, never the child)."""
    end = len(words)
    run = _run_before(words, end, stop)
    while run:
        j = end - len(run) - 1
        while j >= 0 and words[j].lower() in ARTICLES:
            j -= 1
        if j <= 0 or words[j].lower() not in _OF_PLACE:
            return run
        head = _run_before(words, j, stop)
        if not head:
            return run
        end, run = j, head
    return run


def _lead(words: Sequence[str], stop: frozenset[str]) -> list[str]:
    """The run of up to four content words that `words` starts with (after "un...ed")."""
    out: list[str] = []
    for w in words:
        if w.lower() in stop or len(out) == RUN:
            break
        out.append(w)
    return out


def said_undone(
    text: str,
    rules: Standalone,
    abbr: dict[str, str],
    states: frozenset[str],
    known: Callable[[str], bool] | None = None,
) -> list[tuple[str, str, str]]:
    """(thing, participle, shape) for each thing the text says was not done (the
    participle with its "by" phrase, up to three words, where it has one; the shape
    "no" for "no referral made", "not" otherwise).  With `known` (whether a word is one
    the draft's wording knows on its own), a thing in a clause after a fragment of the
    same sentence is left out unless one of its words is known (`_alone`)."""
    stop = _stop(rules)
    found: list[tuple[str, str, str]] = []
    fragment = False  # whether the piece before, in the same sentence, has no verb
    for clause, end in _pieces(text):
        words: list[str] = []
        for w in _WORD.findall(clause):
            words += abbr[w].split() if w in abbr else [w]
        low = [w.lower() for w in words]
        after_fragment = fragment
        if low:
            fragment = not _verbed(rules, low)
        fragment = fragment and end not in _SENTENCE_ENDS
        for k, w in enumerate(low):
            if w in _NOT:  # "X not assessed", "X was never seen", "X has not been chased"
                j = k + 1 + (low[k + 1 : k + 2] == ["been"])
                # "The FCA had not visited": what the subject did not do, not a thing left
                # undone (never "the FCA had not been visited"; "she had not seen this
                # case" was "she had not been seen").
                active = k > 0 and low[k - 1] in _HAVE and low[k + 1 : k + 2] != ["been"]
                if j < len(low) and _participle(rules, low[j]) and not active:
                    before = k - (k > 0 and low[k - 1] in _AUX)
                    thing = _thing(words[:before], stop)
                    if thing and (_participle(rules, thing[-1].lower()) or _pronoun(thing)):
                        thing = []  # "Concerns the school raised ...", "... he was not seen"
                    verb = [low[j], *_particle(rules, low, j + 1)]  # "written up"
                    j += len(verb) - 1
                    by = words[j + 1 : j + 5] if low[j + 1 : j + 2] == ["by"] else []
                    after = _after_participle(words, low, j + 1 + len(by), len(verb) == 1)
                    if thing and after is not None and _alone(thing, after_fragment, known):
                        found.append((" ".join(thing), " ".join([*verb, *by, *after]), "not"))
            elif w == "no":  # "no referral made", "no checks were made"
                got = _no_thing(rules, words, low, k + 1, stop)
                if got is not None and _alone(got[0].split(), after_fragment, known):
                    found.append((*got, "no"))
            elif w.startswith("un") and w not in states and _participle(rules, w[2:]):
                thing = _lead(words[k + 1 :], stop)  # "unassessed domestic abuse"
                if thing and _alone(thing, after_fragment, known):
                    found.append((" ".join(thing), w[2:], "not"))
    return [(plain(t), v, shape) for t, v, shape in found]


_SENTENCE_ENDS = frozenset(".;:!?")


def _pieces(text: str) -> list[tuple[str, str]]:
    """The text's clauses (`_CLAUSES`), each with the mark that ends it ("" at the end)."""
    parts = re.split(f"({_CLAUSES.pattern})", text)
    return [(parts[k], parts[k + 1].strip() if k + 1 < len(parts) else "")
            for k in range(0, len(parts), 2)]  # fmt: skip


def _pronoun(thing: Sequence[str]) -> bool:
    """Whether the thing is a pronoun ("he", "they"), which names nothing on its own."""
    return len(thing) == 1 and thing[0].lower() in _PRONOUNS


def _alone(thing: Sequence[str], after_fragment: bool, known: Callable[[str], bool] | None) -> bool:
    """Whether a thing can be named without the clause before it: it does not follow a
    fragment of its sentence ("3 FCAs in 4 months, no handover recorded": handed over
    between whom, only the fragment says), or one of its words is `known` on its own
    ("Home visit, police checks not done")."""
    return not after_fragment or known is None or any(known(w.lower()) for w in thing)


def _verbed(rules: Standalone, low: Sequence[str]) -> bool:
    """Whether a clause's words hold a verb (finite, auxiliary or a participle),
    unlike a note's fragment ("3 FCAs in 4 months", "never alone")."""
    return any(
        w in rules.finite_verbs or w in rules.auxiliaries or _participle(rules, w) for w in low
    )


def _particle(rules: Standalone, low: Sequence[str], k: int) -> list[str]:
    """The particle of a phrasal verb at word `k` after its participle ("written up",
    "set out anywhere in the report", "acted on until the hearing": `drafting.toml`
    [standalone] `particles`, `particle_prepositions`, and when each is one); []
    otherwise ("taken off the list", "recorded on file")."""
    if k >= len(low):
        return []
    nxt = low[k + 1] if k + 1 < len(low) else ""
    if low[k] in rules.particles:
        held = nxt in ARTICLES or nxt in rules.determiners or nxt[:1].isdigit()
        return [] if held else [low[k]]
    if low[k] not in rules.particle_prepositions:
        return []
    free = not nxt or nxt in _OF_PLACE | _LINKS | _SUBORDINATE | {"by", "until", "at"}
    return [low[k]] if free or _qualifier_at(low, k + 1) else []


def _qualifier_at(low: Sequence[str], k: int) -> bool:
    """Whether a qualifier ([after] `qualifiers`: "in time", "properly") starts at `k`."""
    return any(low[k : k + len(q.split())] == q.split() for q in wording()["after"]["qualifiers"])


def _no_thing(
    rules: Standalone, words: Sequence[str], low: Sequence[str], k: int, stop: frozenset[str]
) -> tuple[str, str] | None:
    """(thing, participle) where the words from `k`, after "no", are a thing of up to
    `RUN` content words and its participle, with "was" or "were" between or not and a
    qualifier after it ("no DA screening tool used", "no checks were made"); None for
    anything else ("no direct work with the child on file" says what is missing, not
    what was not done)."""
    short = _short_participles()
    j = k
    while j < len(low) and j - k < RUN and low[j] not in stop and not (
        _participle(rules, low[j]) or low[j] in short
    ):  # fmt: skip
        j += 1
    thing = words[k:j]
    if not thing or j >= len(low):
        return None
    j += low[j] in ("was", "were")
    if j >= len(low) or not (_participle(rules, low[j]) or low[j] in short):
        return None
    after = _after_participle(words, low, j + 1)
    end = j + 1 + len(after or [])
    if after is None or end < len(low) and low[end] not in _LINKS | _SUBORDINATE:
        return None  # the clause goes on ("no referral made to the school nurse")
    return " ".join(thing), " ".join([low[j], *after])


@cache
def _short_participles() -> frozenset[str]:
    """Short participles ([after] `participles`: "used") the "-ed" test does not find."""
    return frozenset(wording()["after"]["participles"])


def _after_participle(
    words: Sequence[str], low: Sequence[str], k: int, bare: bool = False
) -> list[str] | None:
    """What the participle keeps of the words after it (from `k`): a qualifier that
    changes what was not done ("risk not assessed in time" is late work, not work left
    undone: [after] `qualifiers`), or the whole of a short complement ("the court is not
    told what the guardian thinks": [after] `complements`, up to `complement_words`;
    after a `bare` participle, one with no particle, a preposition it needs too, [after]
    `objects`: "passed to the council", never "the account had not been passed");
    None where the participle leaves a longer complement unsaid (nothing to name:
    "not reconciled with the history set out two pages earlier")."""
    table = wording()["after"]
    if bare and low[k : k + 1] and low[k] in table["objects"]:
        rest = list(words[k:])
        return rest if len(rest) <= int(table["complement_words"]) else None
    for q in sorted(table["qualifiers"], key=lambda x: -len(x.split())):
        n = len(q.split())
        if " ".join(low[k : k + n]) == q:
            return list(words[k : k + n])
    if low[k : k + 1] and low[k] in table["complements"]:
        rest = list(words[k:])
        return rest if len(rest) <= int(table["complement_words"]) else None
    return []


def plain(thing: str) -> str:
    """The thing in lower case, but for a word in capitals ("LA", "Cafcass")."""
    return " ".join(w if w[1:] != w[1:].lower() else w.lower() for w in thing.split())


@cache
def _done() -> dict[str, re.Pattern[str]]:
    """Each wording of `failures.toml` [[done]] (in lower case), with the pattern finding
    its thing's words."""
    out = {}
    for d in wording().get("done", ()):
        words = sorted(d["words"], key=len, reverse=True)
        alt = "|".join(re.escape(w) for w in words)
        out[d["wording"].lower()] = re.compile(rf"(?i)(?<![A-Za-z])(?:{alt})(?![A-Za-z])")
    return out


def done_anyway(said: str, texts: Sequence[str]) -> bool:
    """Whether a case's notes (`texts`) record some of what a wording says there is no
    record of ("there is no record of direct work with the child": "Direct work not
    planned; one session in mums presence" records a session): a clause naming one of
    the thing's words (`failures.toml` [[done]]) with none of [not_done] in it.  False
    for a wording that says no such thing."""
    found = _done().get(said.lower())
    if found is None:
        return False
    stop = frozenset(wording()["not_done"]["words"])
    for text in texts:
        for clause, _end in _pieces(text):
            low = {w.lower().replace("’", "'") for w in _WORD.findall(clause)}
            if found.search(clause) and low.isdisjoint(stop):
                return True
    return False
