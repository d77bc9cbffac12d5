"""A note written in shorthand, said as a sentence where only its verb "to be" is missing
(issue 15, tester 15: "Board papers suggest that commissioned services are of good
quality and readily available" from one note, "Domestic abuse programmes commissioned
nationally; waiting times monitored and falling", because the note held no sentence
that reads on its own and the claim fell back on the criterion's wording).

Each clause (split at semicolons) that is a short noun phrase followed by a past
participle ("waiting times monitored and falling") gets its "are" (or "is" after a
singular noun, and "the" before a singular count noun: "the learning log is updated
monthly"): "waiting times are monitored and falling".  The clauses are joined with
", and ".  Only where every clause is so, or already reads as a clause (`ok`): a note
whose shorthand is anything else is left as it was (no sentence of its own).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from exporters.draft.mainclause import sentence_words
from exporters.draft.wording import wording_table

# Up to four words of a noun phrase, then a past participle ("-ed") and the rest.
_PASSIVE = re.compile(
    r"^(?P<subj>(?:[A-Za-z][\w'’-]* ){0,3}[A-Za-z][\w'’-]*) (?P<verb>[a-z]{3,}ed)\b(?P<rest>.*)$"
)
# Words that show the noun phrase holds a verb, an adverb or a relative clause, or is no
# noun phrase ("Report well structured", "staff who answered", "it").
_NOT_NOUN = frozenset({
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did",
    "can", "could", "will", "would", "should", "may", "might", "must", "not", "no", "never",
    "a", "an", "this", "that", "these", "those", "it", "they", "he", "she", "we", "i", "who",
    "which", "whom", "whose", "where", "when", "well", "badly", "too", "very", "still",
})  # fmt: skip
# What may follow a passive participle: nothing, "and"/"or", a preposition or an adverb;
# never an object ("Chief executive named three priorities" is active, not shorthand).
_AFTER = frozenset({
    "and", "or", "but", "in", "on", "at", "by", "for", "to", "from", "with", "within",
    "after", "before", "since", "during", "over", "under", "until", "without", "as",
    "well", "late", "early", "weekly", "monthly", "quarterly", "again", "promptly",
})  # fmt: skip
MAX_REST = 8  # words after the participle: a short clause, not a sentence of its own


def _plural(noun: str) -> bool:
    low = noun.lower()
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))


def _clause(part: str) -> str:
    """A shorthand clause with its "are"/"is" put in, or "" where it is not one."""
    m = _PASSIVE.match(part.strip().rstrip("."))
    if m is None:
        return ""
    words = m.group("subj").split()
    if any(w.lower() in _NOT_NOUN or w.lower().endswith("ly") for w in words):
        return ""
    rest = m.group("rest").split()
    if "," in m.group("rest") or len(rest) > MAX_REST:
        return ""
    nxt = rest[0].lower() if rest else ""
    if nxt and nxt not in _AFTER and not nxt.endswith("ly"):
        return ""
    be = "are" if _plural(words[-1]) else "is"
    subj = _articled(m.group("subj")) if be == "is" else m.group("subj")
    return f"{subj} {be} {m.group('verb')}{m.group('rest')}"


_DETERMINERS = frozenset({
    "the", "each", "every", "his", "her", "their", "its", "our", "your", "my", "one", "any",
    "some", "all", "both", "either", "neither", "another", "other", "such", "much",
})  # fmt: skip


def _articled(subj: str) -> str:
    """A singular subject with "the" where English needs it ("learning log is updated"
    -> "the learning log is updated": tester 34's A10), not before an uncountable head
    ("supervision is recorded", "training is given": `[example_sentences]`
    `uncountable`, `uncountable_endings`), a name or an abbreviation ("LFJB"), or a
    subject with a determiner of its own."""
    words = subj.split()
    low = [w.lower() for w in words]
    if low[0] in _DETERMINERS or any(w[1:] != w[1:].lower() for w in words):
        return subj  # "the log", "LFJB minutes", "HoP"
    if any(w[:1].isupper() for w in words[1:]):
        return subj  # a name ("Family Justice Board")
    lists = sentence_words()
    head = low[-1]
    counted = head in lists.count_nouns or head in lists.counted_despite
    if head in lists.uncountable or (head.endswith(lists.uncountable_endings) and not counted):
        return subj
    return "the " + subj[:1].lower() + subj[1:] if subj[:1].isupper() else "the " + subj


def expanded(sentence: str, ok: Callable[[str], bool]) -> str:
    """`sentence` with each shorthand clause's verb put in and its clauses joined (see
    the module docstring), or "" where a clause is neither shorthand of that kind nor
    a clause already (`ok`)."""
    parts = [p.strip() for p in sentence.strip().rstrip(".").split(";") if p.strip()]
    if not parts:
        return ""
    out = []
    for part in parts:
        said = _clause(part)
        if not said:
            if not ok(part):
                return ""
            said = part
        out.append(said)
    if out == parts:
        return ""  # nothing was shorthand of this kind
    text = ", and ".join([out[0][:1].upper() + out[0][1:], *(_lowered(p) for p in out[1:])])
    return text + "."


def _lowered(clause: str) -> str:
    """A clause's first letter lowered to follow ", and", unless its first word is an
    abbreviation ("FJB minutes", "HoP")."""
    first = clause.split(" ", 1)[0]
    return clause if first[1:] != first[1:].lower() else clause[:1].lower() + clause[1:]


@cache
def _written() -> tuple[tuple[re.Pattern[str], str], ...]:
    """`drafting.toml` [written_out], each shorthand as one pattern (whole, any case
    unless in capitals)."""
    out = []
    for short, long in wording_table("drafting.toml")["written_out"].items():
        flags = 0 if short.isupper() else re.IGNORECASE
        pattern = re.compile(rf"(?<![\w/&'’-]){re.escape(short)}(?![\w/&'’-])", flags)
        out.append((pattern, str(long)))
    return tuple(out)


def written_out(text: str) -> str:
    """`text` with the inspectors' shorthand written out (`drafting.toml` [written_out]:
    "88% say mgrs support & challenge them" -> "88% say managers support and challenge
    them"; "17% in NW" -> "17% in the North West"), a capital kept where the shorthand
    had one.  Whether what is left is still shorthand is `standalone.has_shorthand`'s
    to say (tester 29's F6)."""
    for pattern, long in _written():

        def said(m: re.Match[str], long: str = long) -> str:
            first = m.group(0)[:1]
            if m.group(0).split()[0].isupper():  # an abbreviation's capitals ("SG letters")
                return long
            return long[:1].upper() + long[1:] if first.isupper() and long.islower() else long

        text = pattern.sub(said, text)
    return re.sub(r"\b(the) the\b", r"\1", text, flags=re.IGNORECASE)  # "the NW"
