"""How a key finding names a national judgement in its own framework's words.

The leadership judgement's key finding opens on its grade ("Leadership and governance
are judged to require improvement: ..."): the judgement is named as its section heading
names it, the words before its grade ("Leadership and governance are" under the 2013
framework; tester 13: "The national leadership is ..." was the 2018 framework's term),
unless `key_findings.toml` [judgement_names] gives the report's shorter name for the
judgement's title ("The national leadership is", for the 2018 framework's "Leadership
and governance of the national organisation").
"""

from __future__ import annotations

from functools import cache

from exporters.draft.wording import wording_table
from store.framework import JudgementDef

GRADE = "{grade}"


@cache
def _names() -> dict[str, str]:
    return dict(wording_table("key_findings.toml").get("judgement_names", {}))


def named_is(jdef: JudgementDef) -> str:
    """The judgement named with its verb, capitalised, as a key finding opens on it:
    "Leadership and governance are", "The national leadership is"."""
    if (short := _names().get(jdef.title)) is not None:
        return short
    before = jdef.heading.split(GRADE, 1)[0].strip()
    if GRADE not in jdef.heading or not before.endswith((" is", " are")) or "{" in before:
        return f"{jdef.title} is"  # a heading not of the shape "X is {grade}"
    return before[:1].upper() + before[1:]
