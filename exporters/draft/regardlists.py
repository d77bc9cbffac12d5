"""The word lists a stakeholder's note is read by (`voices.toml` [regard],
[[view_subject]], [view_products], [view_scrutiny], [view_boards]), each as phrases of
words, indexed by first word (`regard` reads notes with them)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from exporters.draft.wording import wording_table

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Index:
    """Phrases by their first word, and those whose first word ends in "*" by its first
    three letters; longest first."""

    plain: dict[str, tuple[Phrase, ...]]
    starred: dict[str, tuple[Phrase, ...]]

    @staticmethod
    def of(phrases: list[Phrase]) -> Index:
        plain: dict[str, list[Phrase]] = {}
        starred: dict[str, list[Phrase]] = {}
        for p in sorted(phrases, key=len, reverse=True):
            if p[0].endswith("*"):
                starred.setdefault(p[0][:3], []).append(p)
            else:
                plain.setdefault(p[0], []).append(p)
        return Index({k: tuple(v) for k, v in plain.items()},
                      {k: tuple(v) for k, v in starred.items()})  # fmt: skip

    def longest(self, words: list[str], i: int) -> int:
        """How many words the longest phrase starting at word `i` has (0: none)."""
        w = words[i]
        plain, starred = self.plain.get(w), self.starred.get(w[:3])
        if plain is None and starred is None:  # most words start no phrase
            return 0
        return max((len(p) for p in (*(plain or ()), *(starred or ())) if matches(p, words, i)),
                   default=0)  # fmt: skip


@dataclass(frozen=True)
class Lists:
    """The [regard] lists, each as phrases of words ("*" at a word's end: any word it
    begins), longest first."""

    window: int
    kinds: dict[
        Phrase, str
    ]  # phrase -> "sp", "p", "c", "sc", "neg", "hedge", "min", "int", "neutral"
    by_first: dict[str, tuple[Phrase, ...]]  # the phrases by their first word, longest first
    starred: dict[
        str, tuple[Phrase, ...]
    ]  # phrases whose first word ends in "*", by its first 3 letters
    subjects: tuple[tuple[str, tuple[Phrase, ...]], ...]
    subject_cues: dict[str, tuple[tuple[int, Phrase], ...]]  # by first word: (subject, cue)
    starred_cues: dict[str, tuple[tuple[int, Phrase], ...]]  # "*" cues, by first 3 letters
    products: Index  # what the service writes ([view_products])
    product: int  # the subject a product's name is counted for
    aspects: frozenset[int]  # what a view says of a product, where named ([view_products])
    scrutiny: Index  # the service picking a problem up ([view_scrutiny])
    problems: frozenset[int]  # subjects a problem picked up is counted away from
    challenge: int  # ... and the subject it is counted for
    speaker: frozenset[str]  # the speaker's own words ("we"): they raised it, not the service
    board_words: Index  # a board named by a bare word ([view_boards])
    boards: tuple[int, ...]  # the subjects that are boards, in order
    board: int  # ... and the one a bare word is counted for where the note names none
    other_boards: Index  # boards of other kinds, named: no subject of ours
    board_parts: Index  # a member's part in a board ("attends", "contributed")
    qualities: frozenset[
        str
    ]  # how good something is ("quality"): of what follows ([view_qualities])
    of_words: frozenset[str]  # ... the words before what it is of ("of")
    places: frozenset[str]  # a board named after one is a place ([view_boards] `places`)
    case_openers: frozenset[str]  # a case told of: "about" ([view_about] `case_*`) ...
    case_determiners: frozenset[str]  # ... "a" ...
    case_nouns: Index  # ... "baby"
    effects: Index  # what a view's matter does to something else ([view_about] `effects`)


def phrase(text: str) -> Phrase:
    return tuple(text.lower().replace("’", "'").split())


@cache
def word_lists() -> Lists:
    v: dict[str, Any] = wording_table("voices.toml")
    r = v["regard"]
    kinds: dict[Phrase, str] = {}
    # Later lists do not override earlier ones: a cue is what it first says.
    for key, kind in (("neutral", "neutral"), ("strong_praise", "sp"),
                      ("strong_criticism", "sc"), ("praise", "p"), ("criticism", "c"),
                      ("minimisers", "min"), ("hedges", "hedge"), ("intensifiers", "int"),
                      ("negations", "neg")):  # fmt: skip
        for cue in r[key]:
            kinds.setdefault(phrase(cue), kind)
    subjects = tuple(
        (str(s["about"]), tuple(phrase(c) for c in s["cues"])) for s in v["view_subject"]
    )
    ordered = sorted(kinds, key=len, reverse=True)
    by_first: dict[str, list[Phrase]] = {}
    for p in ordered:
        if not p[0].endswith("*"):
            by_first.setdefault(p[0], []).append(p)
    starred: dict[str, list[Phrase]] = {}
    for p in ordered:
        if p[0].endswith("*"):
            starred.setdefault(p[0][:3], []).append(p)
    cues: dict[str, list[tuple[int, Phrase]]] = {}
    for order, (_about, phrases) in enumerate(subjects):
        for p in phrases:
            if not p[0].endswith("*"):
                cues.setdefault(p[0], []).append((order, p))
    starred_cues: dict[str, list[tuple[int, Phrase]]] = {}
    for order, (_about, phrases) in enumerate(subjects):
        for p in phrases:
            if p[0].endswith("*"):
                starred_cues.setdefault(p[0][:3], []).append((order, p))
    rank = {about: k for k, (about, _p) in enumerate(subjects)}
    prod, scr, boards = v["view_products"], v["view_scrutiny"], v["view_boards"]
    quality, told = v["view_qualities"], v["view_about"]
    return Lists(
        int(r["window"]), kinds, {k: tuple(v) for k, v in by_first.items()},
        {k: tuple(v) for k, v in starred.items()}, subjects,
        {k: tuple(v) for k, v in cues.items()}, {k: tuple(v) for k, v in starred_cues.items()},
        Index.of([phrase(n) for n in prod["names"]]), rank[prod["about"]],
        frozenset(rank[a] for a in prod["aspects"]),
        Index.of([phrase(n) for n in scr["verbs"]]),
        frozenset(rank[a] for a in scr["problems"]), rank[scr["about"]],
        frozenset(scr["speaker"]),
        Index.of([phrase(n) for n in boards["words"]]),
        tuple(rank[b] for b in boards["boards"]), rank[boards["default"]],
        Index.of([phrase(n) for n in boards["others"]]),
        Index.of([phrase(n) for n in boards["parts"]]),
        frozenset(quality["words"]), frozenset(quality["of"]),
        frozenset(boards["places"]), frozenset(told["case_openers"]),
        frozenset(told["case_determiners"]),
        Index.of([phrase(n) for n in told["case_nouns"]]),
        Index.of([phrase(n) for n in told["effects"]]),
    )  # fmt: skip


def matches(cue: Phrase, words: list[str], i: int) -> bool:
    """Whether `cue` is said at word `i` of `words` ("*" at a word's end: any word it
    begins)."""
    if i + len(cue) > len(words):
        return False
    for p, w in zip(cue, words[i : i + len(cue)], strict=True):
        if p.endswith("*") and w.startswith(p[:-1]):
            continue
        if p != w:
            return False
    return True
