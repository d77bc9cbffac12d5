"""How a figure sentence of the leadership section frames a note's figure
(`leadersfigures`; issue 15, tester 30's F13: "Staff survey 72% feel supported by
immediate manager." was said as the note stood).

- A label of the note's own source before its figure, with no colon ("Staff survey 74%
  feel ..."), is left off: the frame names the source (`unlabelled`).
- A survey's bare share ("74% feel listened to") is what those who answered said:
  "In the staff survey, 74% of staff said they feel listened to ..." (`surveyed`,
  `rests.toml` [figures] `survey_frames`, `respondents`).
- A person named by role with no word before the role ("by line manager") is "their"
  role (`their_roles`, [figures] `roles`, `role_after`).
- After "shows that", a second point joined on takes its own "that"
  ("..., and that agency use is rising": `THAT_AND`).
"""

from __future__ import annotations

import re

from exporters.draft.claims import Context
from exporters.draft.leadersrest import wording
from exporters.draft.standalone import Standalone

# A second point joined on after a figure ("..., and agency use is rising"): after "shows
# that" it takes its own "that".
THAT_AND = re.compile(r", and (?=(?:[a-z][a-z'-]*\s+){1,4}(?:is|are|was|were|has|have)\b)")


# A share opening a clause with a verb straight after it, of no one named ("74% feel
# listened to", "only 41% say ..."); a verb of saying is said as "said that".
_BARE_SHARE = re.compile(
    r"^(?P<share>(?:only |just |nearly |almost |over |under )?\d[\d.,]*\s*%)\s+"
    r"(?!of\b|in\b|on\b|at\b|for\b)(?P<rest>[a-z].*)$"
)
_OWNERS = frozenset({"their", "his", "her", "its", "our", "my", "your"})
_SAYING = ("say", "says", "said", "report", "reported", "reports", "state", "stated")


def surveyed(code: str, source: str, clause: str) -> list[str]:
    """A survey's bare share said as what those who answered said (`rests.toml`
    [figures] `survey_frames`, `respondents`: "In the staff survey, 74% of staff said they
    feel listened to ..."; tester 30's F13); [] for another source or another shape."""
    table = wording()["figures"]
    who = table.get("respondents", {}).get(code)
    m = _BARE_SHARE.match(clause)
    if who is None or m is None:
        return []
    verb, _, after = m["rest"].partition(" ")
    rest = f"{m['rest']}" if verb not in _SAYING else ""
    if not rest:  # "74% say their manager ...": what they said, without "they say"
        return [f"In {source}, {m['share']} of {who} said that {after}."] if after else []
    return [str(f).format(source=source, share=m["share"], who=who, rest=rest)
            for f in table["survey_frames"]]  # fmt: skip


# Where a figure starts ("74%" whole, "8 of 10").
_FIGURE_AT = re.compile(r"(?<![\d.,])\d[\d.,]*\s*%|\b\d+ (?:of|in|out of) (?:the )?\d+\b")


def unlabelled(ctx: Context, i: int, clause: str) -> str:
    """A note's clause without a label naming its own source before its figure, with no
    colon ("Staff survey 74% feel ..." is "74% feel ...": the frame names the source;
    tester 30's F13); as it is otherwise."""
    d = ctx.data
    m = _FIGURE_AT.search(clause)
    if m is None or m.start() == 0:
        return clause
    head = clause[: m.start()].split()
    noun = d.words.evidence_nouns.get(d.source[i], "")
    names = {*(noun.split()[-1:] if noun else ()),
             *wording()["figures"].get("own_source", {}).get(d.source[i], ())}  # fmt: skip
    if not 1 <= len(head) <= 3 or head[-1].lower().rstrip(":,") not in names:
        return clause
    return clause[m.start() :]


def their_roles(rules: Standalone, clause: str) -> str:
    """A clause whose note names a person by role with no word before it ("listened to
    by line manager") with "their" put in (`rests.toml` [figures] `roles`,
    `role_after`; tester 30's F13)."""
    table = wording()["figures"]
    roles = sorted(table.get("roles", ()), key=len, reverse=True)
    after = table.get("role_after", ())
    if not roles or not after or not clause:
        return clause
    pattern = re.compile(
        rf"\b(?P<prep>{'|'.join(map(re.escape, after))})\s+"
        rf"(?P<adj>(?!(?:{'|'.join(map(re.escape, after))})\b)[a-z]+\s+)?"
        rf"(?P<role>{'|'.join(map(re.escape, roles))})\b"
    )

    def put(m: re.Match[str]) -> str:
        adj = (m["adj"] or "").strip()
        if adj in rules.determiners or adj in after or adj in _OWNERS:
            return m.group(0)
        return f"{m['prep']} their {m['adj'] or ''}{m['role']}"

    return pattern.sub(put, clause)
