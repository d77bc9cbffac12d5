"""The national leadership's opening on what leaders achieve (issue 15; tester 33: an
outstanding leadership opened "of the 13 aspects of its work that inspectors evaluated,
12 are strengths and one is mixed", a count where the report says what leaders do).

Where the section weighed by its aspects (`sectionopening.aspects_opening`) counts no
weakness and its balance has a form in `leaders_opening.toml` (good or outstanding, mostly
or all strengths), the opening names its strongest, best-evidenced points instead: the
aspects its sentences say as strengths (`headlines.said_side`), each resting on at least
`notes` different notes, with nothing against them or strengths at least `MOSTLY` times
the weaknesses, the most different notes (then sources) first, each named by what its
notes speak of (`subjects.following`: "the support and challenge staff receive").  The
count of aspects goes to the comment.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from exporters.draft.claims import Context
from exporters.draft.headlines import said_side
from exporters.draft.subjects import following
from exporters.draft.tallies import Claim
from exporters.draft.trace import normal
from exporters.draft.wording import wording_table
from exporters.draft.words import capitalise, join_list


@cache
def _table() -> dict[str, Any]:
    return wording_table("leaders_opening.toml")


def _strength(ctx: Context, c: Claim) -> tuple[int, int, str] | None:
    """(different notes for, different sources for, the point's topic) where claim `c` is
    one of the section's clear strengths (see the module docstring); else None."""
    if c.by_cases or said_side(ctx, c) != "for":
        return None
    t, d = c.tally, ctx.data
    st = list(t.wide_pos)
    notes = {normal(d.text(i)) for i in st}
    against = bool(t.wide_neg or t.neg or (t.files is not None and t.files.neg))
    if len(notes) < int(_table()["limits"]["notes"]) or against:
        return None  # strongest: all one way (never "above all" beside "not consistently")
    topic = following(d, replace(c, direction="for"), st, st).words.about_what
    return len(notes), len({d.source[i] for i in st}), topic


def achieved(ctx: Context, rank: int, fine: str, what: str) -> str | None:
    """The opening naming the section's strongest points (see the module docstring), or
    None where its balance has no such form or too few points are clear strengths."""
    form = _table()["opening"].get(f"{rank}.{fine}")
    if form is None:
        return None
    if any(said_side(ctx, c) == "against" for c in ctx.pool.claims()):
        return None
    found = [(k, c.criterion, x) for k, c in enumerate(ctx.pool.claims())
             if (x := _strength(ctx, c)) is not None]  # fmt: skip
    found.sort(key=lambda f: (-f[2][0], -f[2][1], f[0]))
    topics: list[str] = []
    for _k, _crit, (_n, _s, topic) in found:
        # One point a thing: never "the timeliness of the work ... and the timeliness of
        # reports to court" (two criteria, one head noun).
        if _head(topic) not in {_head(t) for t in topics}:
            topics.append(topic)
    topics = topics[: int(_table()["limits"]["points"])]
    if len(topics) < 2:
        return None
    points = (
        ", ".join(topics[:-1]) + ", and " + topics[-1]
        if any(" and " in t for t in topics)
        else join_list(topics)
    )
    return str(form).format(What=capitalise(what), what=what, points=points)


def _head(topic: str) -> str:
    """A topic's first two words after its article ("timeliness of")."""
    words = topic.lower().split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words[:2])
