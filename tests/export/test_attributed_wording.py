"""A claim about the service said as what its sources show reads as a report would
(issue 15; reader finding 7): over every service criterion of every built-in framework
and every source, alone and in pairs, on each side, no word is said twice in a sentence
(a criterion's label doubled with its source: "Evidence from complaints about learning
from feedback and complaints"), and the topic is a phrase, not a criterion's label
("strengths in diversity and identity", "management oversight and tackling
weaknesses")."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import combinations

import pytest

from exporters.draft.attributed import attributed_sentences
from exporters.draft.relevance import STOP
from exporters.draft.words import CriterionWords, Words, words
from store.framework import builtin_frameworks

# Words a sentence may say twice: joining words, and those too short to matter.
_JOINING = frozenset(("inspectors",))  # "told inspectors ... when they spoke to inspectors"


def _service_criteria() -> list[tuple[str, CriterionWords]]:
    w = words()
    out = []
    for fw in builtin_frameworks():
        for c in fw.criteria:
            cw = w.criterion(fw, c.id)
            if cw.about == "service":
                out.append((f"{fw.id}:{c.id}", cw))
    return out


def _named(w: Words, code: str) -> list[tuple[str, str]]:
    form = w.evidence_nouns[code]
    return [(code, form.format(group=g)) for g in ("judges", "magistrates")] if "{group}" in form \
        else [(code, form)]  # fmt: skip


_LETTERS = re.compile(r"[a-z]+")
_SKIPPED = STOP | _JOINING


def _words(text: str) -> list[str]:
    """Content words, compared by their first six letters less a plural s."""
    return [w.removesuffix("s")[:6] for w in _LETTERS.findall(text.lower())
            if len(w) >= 4 and w not in _SKIPPED]  # fmt: skip


def _repeated(sentence: str) -> list[str]:
    ws = _words(sentence)
    if len(set(ws)) == len(ws):  # the usual case, without counting
        return []
    return [s for s, n in Counter(ws).items() if n > 1]


def _source_sets(w: Words) -> list[list[tuple[str, str]]]:
    codes = sorted(w.evidence_nouns)
    singles = [_named(w, c) for c in codes]
    return singles + [a + b for a, b in combinations(singles, 2)]


@pytest.mark.parametrize(
    ("key", "cw"), _service_criteria(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_no_word_twice_in_any_attributed_sentence(key: str, cw: CriterionWords) -> None:
    bad = _said_twice(cw.about_what)
    assert not bad, f"{key}: {len(bad)} sentences say a word twice, e.g. {bad[:3]}"


@cache
def _said_twice(topic: str) -> tuple[str, ...]:
    """The sentences about `topic` saying a word twice, over every source, alone and in
    pairs, on each side: worked out once a process for each topic (criteria of the
    three built-in frameworks share topics, and the sentences depend on nothing else)."""
    w = words()
    bad: list[str] = []
    sets = _source_sets(w)
    people_sets = [[("INT_JUDICIARY", "judges")], [("INT_LA", "local authority staff")],
                   [("INT_PARTNER", "partner agencies")],
                   [("INT_JUDICIARY", "magistrates"), ("INT_LA", "local authority staff")]]  # fmt: skip
    for kind in ("for", "against", "balanced"):
        for src in sets:
            other = sets[(sets.index(src) + 7) % len(sets)]
            pos, neg = (src, other) if kind == "balanced" else (src, src)
            for text in attributed_sentences(w, topic, kind, pos, neg, people=False):
                if _repeated(text):
                    bad.append(f"{text} ({_repeated(text)})")
        for src in people_sets:
            for text in attributed_sentences(w, topic, kind, src, people_sets[0], True):
                if _repeated(text):
                    bad.append(f"{text} ({_repeated(text)})")
    return tuple(bad)


@pytest.mark.parametrize(
    ("key", "cw"), _service_criteria(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_topic_is_a_phrase_not_a_label(key: str, cw: CriterionWords) -> None:
    topic = cw.about_what
    assert topic != cw.noun or len(topic.split()) > 3, f"{key}: the label {topic!r} as topic"
    assert not re.fullmatch(r"[a-z]+ and [a-z]+", topic), f"{key}: bare pair {topic!r}"
    assert not re.search(r"\band [a-z]+ing\b", topic), f"{key}: noun and gerund {topic!r}"
    assert not set(_words(topic)) & set(
        _words("strengths weaknesses evidence positive concerns mixed picture")
    ), key


def test_the_readers_sentences_are_gone() -> None:
    """The five sentences reader finding 7 quoted, with the sources they named."""
    w = words()
    fw = builtin_frameworks()[1]
    cases = [
        ("LG4", "for", [("OBS_SUPERVISION", "observed supervision"), ("INT_MANAGER", "interviews with managers")]),
        ("LG6", "for", [("COMPLAINTS", "complaints")]),
        ("LG7", "for", [("PLR", "performance and learning reviews")]),
        ("LG4", "against", [("PERF_DATA", "performance information")]),
        ("LG9", "against", [("PERF_DATA", "performance information")]),
    ]  # fmt: skip
    quoted = [
        "There is evidence of strengths in management oversight and tackling weaknesses",
        "Evidence from complaints about learning from feedback and complaints is positive.",
        "learning from audits and reviews from performance and learning reviews",
        "points to weaknesses in management oversight and tackling weaknesses",
        "Inspectors saw weaknesses in diversity and identity",
    ]
    for (cid, kind, src), old in zip(cases, quoted, strict=True):
        cw = w.criterion(fw, cid)
        texts = attributed_sentences(w, cw.about_what, kind, src, src, people=False)
        assert texts and all(old not in t and not _repeated(t) for t in texts), texts
    # A single source takes a singular verb; two take a plural one.
    cw = w.criterion(fw, "LG9")
    one = attributed_sentences(
        w, cw.about_what, "against", [], [("PERF_DATA", "performance information")], False
    )
    assert (
        "Performance information shows weaknesses in the attention given to children's diversity and identity."
        in one
    )
    two = attributed_sentences(
        w,
        cw.about_what,
        "for",
        [("QA_AUDIT", "internal audits"), ("INT_MANAGER", "interviews with managers")],
        [],
        False,
    )
    assert (
        "Internal audits and interviews with managers show strengths in the attention given to children's diversity and identity."
        in two
    )
