"""A stakeholder's note in the inspector's shorthand, said in the report's voice (issue
15, tester 17's F14 e: "The same representative told inspectors that LA head of service
positive about guardians' challenge in pre-proceedings." pasted the note after "told
inspectors that").

A note written as who spoke and how they felt, with no verb (`whospoke.shorthand`:
"Area 11: LA head of service positive about guardians' challenge in pre-proceedings"),
is said as who felt what, in the report's words: the role its speaker is quoted by
(`Words.speaker`), "was" (or "were" for several), the feeling with the word the report
puts after it, and what it was about ("One local authority manager was positive about
guardians' challenge in pre-proceedings.").  `voices.toml` [shorthand_view].
"""

from __future__ import annotations

from exporters.draft.whospoke import shorthand
from exporters.draft.words import Words, capitalise

_ONE = ("one ", "a ", "an ", "the ")


def said(words: Words, source: str, text: str, clause: str = "") -> str | None:
    """`clause` of record `text` of `source` (the whole note where none is given), a
    stakeholder's point in shorthand, said in the report's voice ("One local authority
    manager was positive about ..."); None where it is no such shorthand (it says what it
    says in a sentence of its own)."""
    short = shorthand(clause or text)
    if short is None:
        return None
    role = words.speaker(source, text)
    who = short.who or short.heading
    if _plural(who) and role.startswith(_ONE):  # "judges positive about ...": they
        if any(w.isupper() for w in who.split()):  # "LA managers": the source's group
            role = next(iter(words.stakeholder_groups.get(source, ())), role)
        else:
            role = who
    be = "was" if role.startswith(_ONE) else "were"
    return f"{capitalise(role)} {be} {short.degree}{short.feeling} {short.linking} {short.what}."


def _plural(who: str) -> bool:
    """Whether who spoke, as the note writes it, is several people ("judges", "LA
    managers"): its last word a plural."""
    last = who.split()[-1].lower() if who.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))
