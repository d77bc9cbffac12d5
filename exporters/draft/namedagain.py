"""One person named once in a paragraph about stakeholders (issue 15, tester 12: "the
designated family judge told inspectors of concerns about the timeliness of reports
..." then "The designated family judge told inspectors that reports are 'too often late
and thin'"; "a representative of a partner agency was critical of ..." then "A
representative of a partner agency told inspectors that ...").

`named_again` reads a paragraph's sentences in order.  Where a sentence says a
role (`Words.speaker`: "the designated family judge", "a health visitor", "judges")
that a sentence before it in the paragraph has said, and every record it rests on is
one that sentence rests on (so it is the same person's note, not another judge's), the
role is said again as the same person (`voices.toml` [named_again]: "the same judge",
"the same health visitor"), a group as the same group ("the judges": tester 30's F14,
"Judges spoke highly of ... Judges described ..."); and where the sentence just before told of them with "told
inspectors", "told inspectors that" becomes "added that" (a colon, "added:").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from exporters.draft.wording import wording_table
from exporters.draft.words import Words, capitalise
from exporters.model import Sentence

_ONE = ("one ", "a ", "an ", "the ")  # a role naming one person (`viewabout.one_voice`)
# How far into a sentence its speaker is named ("According to the designated family
# judge, ..."; "In the words of one judge, ..."): a role later on is what they spoke of.
_OPENING = 24


@cache
def _wording() -> dict[str, Any]:
    return dict(wording_table("voices.toml")["named_again"])


def _roles(words: Words) -> tuple[str, ...]:
    """The roles a stakeholder may be said by, one person's or a group's ("judges",
    "local authority staff": `Words.speaker`, `Words.stakeholder_groups`), the longest
    first (so "the designated family judge" is found before "one judge")."""
    found = {r for s in words.speakers for r in (s.role, *s.roles)}
    found |= {g for groups in words.stakeholder_groups.values() for g in groups}
    return tuple(sorted(found, key=len, reverse=True))


def same_person(role: str) -> str:
    """How a role already said in the paragraph is said again (`voices.toml`
    [named_again]): its own entry, else "the same" and the role's last noun before "of"
    or "from" ("a representative of a partner agency": "the same representative"); a
    group with `group` before it ("the judges")."""
    v = _wording()
    if role in v["roles"]:
        return str(v["roles"][role])
    if not role.startswith(_ONE):
        return f"{v['group']} {role}"
    head = re.split(r" (?:of|from|to|for|at|in) ", role, maxsplit=1)[0]
    return f"{v['same']} {head.split()[-1]}"


def _found(text: str, roles: Sequence[str]) -> tuple[int, str] | None:
    """Where a sentence names its speaker in its opening, and the role, or None."""
    low = text.lower()
    best: tuple[int, str] | None = None
    for role in roles:
        m = re.search(rf"(?<![\w-]){re.escape(role)}(?![\w-])", low)
        if m and m.start() <= _OPENING and (best is None or m.start() < best[0]):
            best = (m.start(), role)
    return best


def _alone(text: str, at: int, role: str) -> bool:
    """Whether a group's role at `at` names the group itself, not part of a longer name
    ("two district judges", "the judges"): at the start of the sentence, or after a
    comma or a preposition ("In the words of judges, ...")."""
    if role.startswith(_ONE):
        return True
    before = text[:at].rstrip()
    last = before.split()[-1:]
    return not last or before.endswith(",") or last[0].lower() in ("of", "to", "by", "from", "as")


def _said(text: str, role: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(role)}(?![\w-])", text.lower()) is not None


def named_again(words: Words, sentences: Sequence[Sentence]) -> list[Sentence]:
    """The paragraph's sentences with each person said once (see the module
    docstring)."""
    roles = _roles(words)
    out: list[Sentence] = []
    for k, s in enumerate(sentences):
        found = _found(s.text, roles)
        ids = set(s.evidence_ids)
        before = [
            j for j, t in enumerate(out)
            if found and ids and ids <= set(t.evidence_ids) and _said(t.text, found[1])
        ]  # fmt: skip
        if not found or not before or not _alone(s.text, *found):
            out.append(s)
            continue
        at, role = found
        text = s.text[:at] + same_person(role) + s.text[at + len(role) :]
        if at == 0:
            text = capitalise(text)
        if k - 1 in before and "told inspectors" in out[k - 1].text:
            text = _added(text)
        out.append(s.model_copy(update={"text": text}))
    return out


def _added(text: str) -> str:
    """ "told inspectors that" said as "added that", "told inspectors:" as "added:"."""
    v = _wording()
    for old, new in v["added"].items():
        if old in text:
            return text.replace(old, new, 1)
    return text
