"""A claim's sentence names what it is about once (issue 15, tester 33's A5: "In the vast
majority of the cases in which there is evidence of following up safeguarding concerns,
safeguarding concerns are followed up well." says the subject twice).

Where not every sampled case has a view on a criterion, a share says which cases it is
of, and the phrases saying so name the criterion ("the cases with evidence on
following up safeguarding concerns": `drafting.toml` [phrases] `counted`).  Most of a
criterion's wordings name it too ("safeguarding concerns are followed up well", "each
child's wishes and feelings are gathered and conveyed well"), so the two together say
it twice.  The phrases `counted_unnamed` and `counted_unnamed_nouns` say which cases
without naming it ("the cases with relevant evidence", "the cases inspectors could
assess"), for a sentence whose wording names it.  `says_once` is the preference the
claim's sentence is chosen by (`shapes.shape_keys`): a sentence naming the criterion
in its phrase for the cases, and again in its wording (two or more of the noun's own
words, by their stems, other than those naming whom the work is for), says it twice (its one
word, for a noun of one: "case recording" and "case records"); so does one whose phrase leaves it unnamed and whose wording does not name it either (one
word of the noun at least, in that sentence: "In most of the cases inspectors could
assess, children are seen as they need to be", never "Strong practice is evident in
most of the cases inspectors could assess.").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from exporters.draft.relevance import stems
from exporters.draft.stemming import stem

if TYPE_CHECKING:
    from exporters.draft.words import Words

TWICE = 2  # the noun's own words a wording says again, at which it names it twice
# Words naming whom the work is for, or what every criterion is about: never the subject.
_WHOM = frozenset(
    stem(w)
    for w in (
        "child", "children", "young", "person", "people", "parent", "parents", "family",
        "families", "mother", "father", "baby", "case", "cases", "work", "practitioners",
    )
)  # fmt: skip


@lru_cache(maxsize=4096)
def _own(noun: str) -> frozenset[str]:
    return frozenset(stems(noun) - _WHOM)


@lru_cache(maxsize=65536)
def says_once(sentence: str, noun: str, unnamed: tuple[str, ...]) -> bool:
    """Whether a claim's sentence names its criterion (`noun`) once: see the module
    docstring; `unnamed` the phrases saying which cases without naming it."""
    low, own = sentence.lower(), _own(noun.lower())
    at = low.find(noun.lower())
    if at >= 0:
        if low.count(noun.lower()) > 1:
            return False
        rest = low[:at] + " " + low[at + len(noun) :]
        return not own or len(own & stems(rest)) < min(TWICE, len(own))
    return names_it(sentence, noun, unnamed)


@lru_cache(maxsize=65536)
def names_it(sentence: str, noun: str, unnamed: tuple[str, ...]) -> bool:
    """Whether a sentence whose phrase for the cases leaves the criterion unnamed names
    it in its wording, in the same sentence (True where the phrase names it, or there is
    none): "Practice is strong in most of the cases inspectors could judge." is no
    finding until the sentence after it."""
    low, own = sentence.lower(), _own(noun.lower())
    at = max((low.find(u) for u in unnamed), default=-1)
    if at < 0 or noun.lower() in low:
        return True
    start, end = low.rfind(". ", 0, at), low.find(". ", at)
    return bool(own & stems(low[start + 1 : end if end >= 0 else len(low)]))


def unnamed_forms(w: Words, said: str, sparse: bool, base: str) -> list[str]:
    """The phrases saying which cases a share is of without naming the criterion, each
    with the base of a sparse share (`shapes.out_of`: " (of the 30 sampled)"); none
    where the cases are all those sampled (`said`), and only those saying the cases had
    evidence where few of them did (`sparse`), as `shapes.with_counted` does."""
    if said == "sampled":
        return []
    forms = w.counted_unnamed if sparse else (*w.counted_unnamed, *w.counted_unnamed_nouns)
    return [f"{f}{base}" for f in forms]
