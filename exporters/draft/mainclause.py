"""An example's sentence has a main clause of its own, and its subject the article English
needs (issue 15, tester 12's claim 14).

`standalone.stands_alone` finds a finite verb after a subject; the verb may belong to a
clause inside the subject, though: "No rationale why the child was not seen at home" has
"was" only inside "why ...", and printed after "For example," it reads as half of a note.
An example is a sentence with a subject and a verb of its own, or is not used:

1. `has_main_verb`: each clause that a subordinating word opens ("why", "what", "who",
   "whether", "although" ...: `[example_sentences]` `subordinators` in `drafting.toml`)
   takes the first verb group after it ("was not seen", "wants to live"); the sentence
   needs a verb left over for itself ("The reason why the child was not seen is not
   recorded" has "is"; "No record of what was agreed" has none).  A reader's test, not a
   parser: a verb it does not know counts as no verb, so it errs towards leaving a
   sentence out (the claim then keeps its tally and excerpts in the comment).  A
   "No" subject with a bare participle is a note with "was" left out ("No management
   oversight recorded on the file"), not a sentence.  A determiner straight after a
   noun inside a noun phrase opens a clause with "that" left out ("Clear analysis of
   the harm the child has suffered ...": "has suffered" is the harm's; tester 20's
   A4), unless a comma or bracket stands between them.
2. `with_article`: a note's subject with no determiner whose head is a singular count
   noun (`count_nouns`, and `[standalone]` `articled_nouns`) gets "the" ("National
   audit programme did not pick up ..." -> "the national audit programme did not pick up
   ..."; "Addendum copies ..." -> "the addendum copies ..."); uncountable heads ("Work
   was completed", "Direct work was planned", "Data shows") and plurals are left as
   they are.  A head neither list knows is taken as a singular count noun where "was",
   "is", "has" or "does" follows the subject and the head is not uncountable by the
   `uncountable` list or its ending ("-ing", "-tion", "-ment" ...): "Ward round at the
   hospital was attended by ..." -> "the ward round at the hospital was attended by
   ..." (tester 22's A6), but "Supervision is regular" stays.  Of a coordinated subject, one singular count noun among its heads is
   enough ("Chief executive and senior leaders have ..." -> "the chief executive and
   senior leaders have ...", tester 20's A4).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from exporters.draft.standalone import Standalone
from exporters.draft.tables import drafting_table
from exporters.draft.words import Term

_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'\-]*|\d+")
# Words inside a verb group: "was not seen", "has always been", "wants to live".
_IN_GROUP = frozenset({"not", "never", "be", "been", "being", "to", "also", "always", "just"})
_PREPOSITIONS = frozenset({
    "of", "for", "with", "from", "to", "in", "on", "at", "about", "after", "before", "by",
    "between", "into", "over", "under", "within", "without", "during", "since", "across",
})  # fmt: skip


# Pronouns a verb can follow though the word lists call them determiners ("no one
# challenged", "nobody checked").
_PRONOUNS = frozenset({"one", "nobody", "none", "nothing", "everyone", "someone"})


@dataclass(frozen=True)
class Sentences:
    """`drafting.toml` [example_sentences]."""

    subordinators: frozenset[str]
    count_nouns: frozenset[str]
    verbs: frozenset[str]
    uncountable: frozenset[str] = frozenset()
    uncountable_endings: tuple[str, ...] = ()
    counted_despite: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()


@cache
def sentence_words() -> Sentences:
    """The word lists, read once."""
    t = drafting_table("example_sentences")
    return Sentences(
        subordinators=frozenset(str(w).lower() for w in t["subordinators"]),
        count_nouns=frozenset(str(w).lower() for w in t["count_nouns"]),
        verbs=frozenset(str(w).lower() for w in t["verbs"]),
        uncountable=frozenset(str(w).lower() for w in t["uncountable"]),
        uncountable_endings=tuple(str(w).lower() for w in t["uncountable_endings"]),
        counted_despite=frozenset(str(w).lower() for w in t["counted_despite"]),
        bodies=frozenset(str(w).lower() for w in t["bodies"]),
    )


def _tokens(text: str) -> list[str]:
    return [w.replace("’", "'") for w in _TOKEN.findall(text)]


def _is_ed(rules: Standalone, word: str) -> bool:
    return len(word) > 3 and word.endswith("ed") and word not in rules.ed_not_verbs


def _is_verb(rules: Standalone, low: list[str], k: int) -> bool:
    """Whether word k is a finite verb with a word before it: one of `[standalone]`
    `finite_verbs` or `auxiliaries`, an "-ed" word not after a determiner (a word
    opening a clause is none: "that added little"), one of `[example_sentences]` `verbs`,
    or a present tense after a noun ("the report uses", "what the child needs")."""
    if k == 0:
        return False  # no subject before it ("Matches what the FCA said")
    w, before = low[k], low[k - 1]
    if before in ("to", "been", "being", "be"):
        return False
    if w in rules.auxiliaries:
        return True
    subs = sentence_words().subordinators
    after = low[k + 1] if k + 1 < len(low) else ""
    if w.endswith("ed") and after in rules.determiners and after not in _PRONOUNS:
        return True  # "the court extended the filing date": an object follows
    if low[0] == "no" and w.endswith("s") and after not in rules.determiners:
        return False  # "No interim checks or home visits ...": the "No" subject's nouns
    if w in rules.finite_verbs or w in sentence_words().verbs or _is_ed(rules, w):
        if before in _PREPOSITIONS and not _is_ed(rules, w):
            return False  # "open culture of challenge", "time for review": a noun
        # not after a determiner ("no record", "the agreed plan"), but after a pronoun
        return before in subs or before in _PRONOUNS or before not in rules.determiners
    return (
        len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "'s", "us", "is"))
        and before.isalpha() and before not in rules.determiners
        and before not in _PREPOSITIONS and before not in subs
    )  # fmt: skip


def _group_end(rules: Standalone, low: list[str], k: int) -> int:
    """The index after the verb group starting at k ("was not seen", "wants to live")."""
    j = k + 1
    while j < len(low) and _in_group(rules, low[j], low[j - 1]):
        j += 1
    return j


def _in_group(rules: Standalone, w: str, before: str) -> bool:
    """Whether w goes on the verb group whose last word is `before`: an auxiliary only
    after another ("could not have been"), never after the verb itself ("why the child
    was not seen is ...": "is" is the sentence's own)."""
    if w in rules.auxiliaries:
        return before in rules.auxiliaries or before in ("not", "never")
    return (
        w in _IN_GROUP or w in rules.participles or w.endswith("ly") or _is_ed(rules, w)
        or before == "to"
    )  # fmt: skip


def has_main_verb(rules: Standalone, sentence: str) -> bool:
    """Whether the sentence (before any semicolon) has a finite verb that no
    subordinating word claims for its own clause (module docstring, rule 1)."""
    first = sentence.split(";", 1)[0]
    low = [w.lower() for w in _tokens(first)]
    breaks = _after_breaks(first)
    subs = sentence_words().subordinators
    pending = 0  # clauses opened whose verb has not come yet
    k = 0
    while k < len(low):
        if low[k] in subs or (k not in breaks and _zero_relative(rules, low, k)):
            pending += 1
            k += 1
        elif _is_verb(rules, low, k):
            if not pending:
                return not _dropped_was(rules, low, k)
            pending -= 1
            k = _group_end(rules, low, k)
        else:
            k += 1
    return False


_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


def _after_breaks(text: str) -> frozenset[int]:
    """The indices of the words (as `_tokens` counts them) that follow a comma, colon,
    bracket or dash: no clause runs on across one unseen."""
    out, end = set(), 0
    for k, m in enumerate(_TOKEN.finditer(text)):
        if _BREAK.search(text, end, m.start()):
            out.add(k)
        end = m.end()
    return frozenset(out)


_OPENS_NOUN = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that"})


def _zero_relative(rules: Standalone, low: list[str], k: int) -> bool:
    """Whether word k opens a clause inside a noun phrase with "that" left out: a
    determiner straight after a noun that a determiner or preposition leads ("of the
    harm the child has suffered": "has suffered" is the harm's, not the sentence's;
    tester 20's A4, "Clear analysis of the harm the child has suffered ...")."""
    if low[k] not in _OPENS_NOUN or k < 2:
        return False
    noun, before = low[k - 1], low[k - 2]
    if not noun.isalpha() or noun.endswith("ly") or _is_ed(rules, noun):
        return False
    if noun in rules.determiners or noun in _PREPOSITIONS or noun in rules.auxiliaries:
        return False
    if noun in rules.finite_verbs or noun in sentence_words().verbs or noun in ("and", "or", "but"):
        return False
    return before in _OPENS_NOUN or (before in _PREPOSITIONS and before != "to")  # "to obtain a"


def _dropped_was(rules: Standalone, low: list[str], k: int) -> bool:
    """Whether the verb at k is a note's participle with "was" left out after a "No"
    subject: "No management oversight recorded on the file", "No referral made" (but
    "No one challenged the delay", "No manager challenged the plan": an object
    follows)."""
    if low[0] != "no" or low[1] in _PRONOUNS or any(w in rules.auxiliaries for w in low[:k]):
        return False
    w = low[k]
    if not (_is_ed(rules, w) or w in rules.participles) or w in rules.auxiliaries:
        return False
    after = low[k + 1] if k + 1 < len(low) else ""
    return after not in rules.determiners or after in _PRONOUNS


def with_article(rules: Standalone, sentence: str, names: frozenset[str] = frozenset()) -> str:
    """`sentence` (its first letter already lowered to follow "For example,") with "the"
    before a subject that needs one (module docstring, rule 2); `names` (the
    organisation, the glossary's capitals) may stand before its head as a modifier
    ("Cafcass lead is active ..." -> "the Cafcass lead is active ...")."""
    words = _tokens(sentence)
    low = [w.lower() for w in words]
    nouns = sentence_words().count_nouns | rules.articled_nouns
    v = next((k for k in range(1, min(len(low), 6)) if _verb_here(rules, low, k, nouns)), 0)
    subject = low[:v]
    for k, w in enumerate(subject):
        if w in _PREPOSITIONS:
            subject = subject[:k]
            break
    if not subject or any(
        w in rules.determiners or w in rules.clause_openers or w.endswith(("'s", "s'"))
        or not w.isalpha() for w in subject
    ):  # fmt: skip
        return sentence
    if any(x[:1].isupper() and x not in names for x in words[: len(subject)]):
        return sentence  # a name ("National Audit Programme", "Leeds City Council")
    if len(subject) == 1 and words[0] in names:
        return sentence  # the name itself ("Cafcass attends ...")
    # A head of each coordinated subject ("chief executive and senior leaders"): one
    # singular count noun among them takes "the", said once before them all.
    heads = [subject[k - 1] for k, w in enumerate(subject) if w in ("and", "or") and k]
    if nouns & {subject[-1], *heads}:
        return "the " + sentence
    return "the " + sentence if not heads and _one_of_many(rules, subject[-1], low[v]) else sentence


# A singular verb straight after its subject ("was", "is", "has").
_SINGULAR = frozenset({"was", "is", "has", "does"})


def _one_of_many(rules: Standalone, head: str, verb: str) -> bool:
    """Whether a subject's head the lists do not know is a singular count noun by its
    verb and its form: a singular verb follows it ("Ward round ... was attended",
    "Relationship with the guardian is warm"), it is no plural, and neither is it
    uncountable (`[example_sentences]` `uncountable`, or one of its
    `uncountable_endings`: "Supervision is regular", "Direct work was planned",
    "Recording is up to date").  Tester 22's A6."""
    if verb not in _SINGULAR or head in rules.determiners or not head.isalpha():
        return False
    words = sentence_words()
    if head in words.uncountable or head in rules.finite_verbs or _is_ed(rules, head):
        return False
    if head.endswith(words.uncountable_endings) and not (
        head in words.count_nouns or head in words.counted_despite
    ):
        return False
    return not (head.endswith("s") and not head.endswith(("ss", "us", "is")))


def _verb_here(rules: Standalone, low: list[str], k: int, nouns: frozenset[str]) -> bool:
    """Whether the subject ends before word k: a finite verb, or a present tense after
    a count noun ("addendum copies"; not "board papers show")."""
    if (
        k + 1 < len(low) and low[k].endswith("s") and low[k] not in rules.auxiliaries
        and _is_verb(rules, low, k + 1)
    ):  # fmt: skip
        return False  # "board papers show": a plural noun, then the verb
    if _is_verb(rules, low, k):
        return True
    w = low[k]
    return low[k - 1] in nouns and w.endswith("s") and not w.endswith(("ss", "'s", "us"))


# An abbreviation as an inspector writes it: capitals, perhaps a lower-case letter inside
# ("HoP") and a plural "s" ("IROs").
_ABBREVIATION = re.compile(r"^[A-Z][A-Za-z]*[A-Z](?P<s>s?)$")


def articled_subject(
    rules: Standalone, phrase: str, names: frozenset[str] = frozenset(),
    terms: Iterable[Term] = (),
) -> str:  # fmt: skip
    """A subject taken from a note's words (`phrase`: "local authority", "LA", "IROs"),
    with the "the" English needs before it where it opens a clause or a sentence
    (tester 29's A12: "Local authority had not been told in four of the 13 cases"): none
    after a determiner or a number ("the court", "three visits"), before a name
    (`names`: "Cafcass"; or capitals inside it, "Leeds City Council"), a plural ("IROs",
    "police checks") or an uncountable head ("domestic abuse", "supervision"); "the"
    before an abbreviation of a common noun (`terms`: "the LA", "the FCA"), a body
    (`[example_sentences]` `bodies`: "the police"), an owner's possessive ("the
    mother's partner") and any other singular head, which is a count noun unless
    `uncountable` or its ending says otherwise (`counted_despite`: "authority",
    "agency")."""
    words = phrase.split()
    if not words:
        return phrase
    low = [w.lower().replace("’", "'") for w in words]
    if low[0] in rules.determiners or low[0][0].isdigit() or low[0] in ("a", "an", "the"):
        return phrase
    short = _ABBREVIATION.match(words[0])
    term = next((t for t in terms if words[0] in (t.short, t.short_plural)), None)
    if short and len(words) == 1 and term is not None:
        common = term.long[:1].islower()  # "local authority", not a name
        return f"the {phrase}" if common and words[0] != term.short_plural else phrase
    if len(words) == 1 and words[0] in names or short and len(words) == 1:
        return phrase  # a name ("Cafcass"), or capitals no term explains
    if any(w[:1].isupper() and w not in names for w in words[1:]):
        return phrase  # a name ("Leeds City Council")
    cut = next((k for k, w in enumerate(low) if k and w in _PREPOSITIONS), len(low))
    head = low[cut - 1]
    owner = head.removesuffix("'s")
    if cut == 1 and owner != head:
        return f"the {phrase}"  # "mother's partner"
    words_ = sentence_words()
    if head in words_.bodies or head in rules.articled_nouns or head in words_.count_nouns:
        return f"the {phrase}"
    if head.endswith("s") and not head.endswith(("ss", "us", "is")):
        return phrase
    if head in words_.uncountable or not head.isalpha():
        return phrase
    if head.endswith(words_.uncountable_endings) and head not in words_.counted_despite:
        return phrase
    return f"the {phrase}"
