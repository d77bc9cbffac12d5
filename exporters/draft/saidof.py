"""How a stakeholder view's subjects are said for the groups holding it (`voices.toml`
[said_of], [[view_subject]] `heard_from`, [view_about]): only subjects the speakers'
relation to the service lets them speak of, in the group's own words ("how the service
shares information with them"), never repeating the group's name, the service as a
whole where nothing else is left.  What a note is about is `regard.subjects`."""

from __future__ import annotations

import re
from functools import cache

from exporters.draft.wording import wording_table

_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")


@cache
def _said_of() -> tuple[dict[str, dict[str, str]], frozenset[str], str]:
    v = wording_table("voices.toml")
    table = dict(v["said_of"])
    common = frozenset(table.pop("common"))
    return table, common, str(v["view_about"]["service"])


@cache
def _heard_from() -> dict[str, frozenset[str]]:
    v = wording_table("voices.toml")
    return {str(s["about"]): frozenset(s["heard_from"])
            for s in v["view_subject"] if "heard_from" in s}  # fmt: skip


@cache
def _needs() -> dict[str, re.Pattern[str]]:
    """`voices.toml` [said_of_needs]: the words a note must hold for a subject to be
    said of it, as one pattern a subject."""
    out = {}
    for said, words in wording_table("voices.toml")["said_of_needs"].items():
        alts = [re.escape(w.removesuffix("*")) + (r"[\w'-]*" if w.endswith("*") else "")
                for w in words]  # fmt: skip
        out[str(said)] = re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})(?![\w-])", re.IGNORECASE)
    return out


def borne(said: str, text: str) -> bool:
    """Whether the note `text` names what the subject `said` asks of it ([said_of_needs]:
    "the timeliness of the service's requests to them", a request; "the timeliness of
    reports", something the service writes or files); a subject asking nothing is borne
    out."""
    needs = _needs().get(said)
    return needs is None or needs.search(text.replace("’", "'")) is not None


def fitted(subjects: list[str], groups: list[str], text: str) -> list[str]:
    """The subjects a view from `groups` (their names: "partner agencies") may be said
    about, by their relation to the service (`voices.toml` [[view_subject]]
    `heard_from`): a subject fitting none of the groups is said as [said_of] gives it
    for the group ("the timeliness of the service's requests to them"), else left out (a
    partner agency, sent no reports, never speaks of their timeliness).  Either is said
    only where the note `text` names what it says ([said_of_needs]: "HoP drives board's
    work on PLO timeliness" is about neither reports nor requests: tester 29's F5).
    No groups: all fit, as far as the note names them."""
    fits = _heard_from()
    table = _said_of()[0]
    out: list[str] = []
    for s in subjects:
        if groups and s in fits and fits[s].isdisjoint(groups):
            s = next((table[g][s] for g in groups if s in table.get(g, {})), "")
        if s and borne(s, text) and s not in out:
            out.append(s)
    return out


def _stems(text: str, common: frozenset[str] = frozenset()) -> set[str]:
    low = text.lower().replace("’", "'").replace("‘", "'")
    return {w.removesuffix("s")[:6] for w in _WORD.findall(low) if w not in common}


def service() -> str:
    """What a view naming nothing the draft has a word for is about (`voices.toml`
    [view_about]): the service as a whole."""
    return _said_of()[2]


def said_of(groups: list[str], subjects: list[str], one: str = "") -> list[str]:
    """The subjects a view is said about, for the groups holding it: none that repeats
    a word of the group's name ("partner agencies praised how information is shared with
    partners"), said instead as `voices.toml` [said_of] gives it for the group ("how the
    service shares information with them"), or left out; the service where none is
    left.  A subject that repeats nothing is said as it is: whether it fits who spoke
    is `fitted`'s to say (a member of the court's staff speaks of the timeliness of
    reports as a judge does: tester 23's A5).  `one`: the role of the one person the
    view rests on, where it does; a subject [said_of] gives for that role is said so
    ("the service's work with the board", of the board's chair: tester 29's F5)."""
    table, common, service = _said_of()
    own = set().union(*(_stems(g, common) for g in groups))
    out = []
    for s in subjects:
        said = table.get(one, {}).get(s, s) if one else s
        if not own.isdisjoint(_stems(s)):  # "... with partners", of partner agencies
            said = next((table[g][s] for g in groups if s in table.get(g, {})), s)
        if own.isdisjoint(_stems(said)) and said not in out:
            out.append(said)
    return out or ([service] if subjects else [])
