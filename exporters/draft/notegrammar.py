"""A note's sentence put into the report's grammar before it is judged as an example, or
refused (tester 20's A4: "For example, no evidence the family court adviser (FCA) spoke
to both parents ..."; "To illustrate, the report is clear and concise, recommendations
follow from the analysis.").

Inspectors write the way notes are written: "No evidence the FCA spoke to ...", "No
record of ...", two clauses with a comma between them, a clause and then a fragment
("..., options weighed in turn"), "..., however no rationale recorded".  An example in
the body is a sentence of the report; two general rules make a note's sentence one,
where they can, and say where none can be made:

1. `there_is_no`: a sentence opening "No" and a noun saying something is missing from
   the file (`[example_sentences]` `missing_nouns` in `drafting.toml`: "evidence",
   "record", ...) says "There is no evidence that ..." (a clause after the noun takes
   "that", a question word "of": "There is no record of why ..."); any other "No ..."
   sentence with no verb of its own ("No analysis of the impact of domestic abuse on the
   child, despite ...") says "There is no analysis of ...".  "No manager challenged the
   plan" has its verb and is left alone.
2. `unspliced`: the parts of a sentence between its commas are read in turn.  A part
   that opens a clause of its own (a subject and a finite verb, with no conjunction,
   relative word or preposition before it) after a comma is a comma splice; a part with
   a verb but no subject it agrees with ("options weighed in turn") is a note's
   fragment; "..., however ..." is a splice too.  One splice between two clauses and
   nothing else is joined with "and" ("the report is clear and concise, and
   recommendations follow from the analysis"); any fragment, or a splice among more
   parts, leaves the sentence out (None): the claim keeps its tally and excerpts in the
   comment, and no example.
   A part opening on a bare noun and how it was found, its "is" dropped ("...,
   relationship evident in the child's messages": `[example_sentences]` `predicates`),
   is a fragment too, as is a part opening on its verb ("..., didn't just repeat it").
3. `subjectless`: a sentence opening on its verb ("Says nobody asked him ...", "Was
   seen once ...") has lost its subject and is left out.
4. `was_restored`: a sentence opening on a subject and a past participle that is never
   a past tense ("Young person seen alone at a place she chose (library); ...": tester
   26's A2 #7, where "she chose" read as its verb) has its "was" dropped: said with
   "was" where the subject is a person (`[example_sentences]` `people`; "were" after a
   plural, "Both parents seen together ..."), and left out after anything else ("Letter
   sent to both parents").  Where a verb with no subject of its own follows ("The boy
   seen at school told the guardian ..."), the participle describes the subject and the
   sentence is left as it is.
5. `be_restored`: who and what they knew or felt, its "is" dropped ("Senior managers
   unaware that oversight was missing ...": tester 34's A10), is said with "were" or
   "was" (`[example_sentences]` `states`, `roles`), "are"/"is" where nothing in the note
   is past.

A reader's test, not a parser, like `standalone.py`: where it cannot tell, it leaves the
sentence as it was for `standalone.stands_alone` to judge.
"""

from __future__ import annotations

import re
from functools import cache

from exporters.draft.mainclause import has_main_verb, sentence_words
from exporters.draft.standalone import Standalone, is_clause_loose
from exporters.draft.tables import drafting_table

_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'\-]*|\d+")
_QUESTION_WORDS = frozenset({"why", "what", "how", "when", "whether", "where", "who"})
# Words that join a part to the clause before it: not a new clause after the comma.
_JOINING = frozenset({
    "and", "but", "or", "nor", "so", "yet", "which", "who", "whom", "whose", "that",
    "where", "when", "while", "whilst", "although", "though", "because", "as", "if",
    "unless", "until", "since", "including", "such", "not", "especially", "particularly",
    "mainly", "mostly", "often", "usually", "then",
})  # fmt: skip
# After a comma, words that make what follows a second sentence ("..., however no
# rationale recorded").
_SPLICING = frozenset({"however", "therefore", "otherwise", "hence", "also", "plus"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "there"})
_OF = frozenset({"of", "on", "about", "for"})


@cache
def missing_nouns() -> frozenset[str]:
    """`[example_sentences]` `missing_nouns`: what a note says is missing ("No evidence
    ...", "No record ...")."""
    t = drafting_table("example_sentences")
    return frozenset(str(w).lower() for w in t.get("missing_nouns", ()))


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _TOKEN.findall(text)]


def there_is_no(rules: Standalone, sentence: str) -> str:
    """The sentence with "There is" before a note's "No ..." (rule 1), else as it is."""
    low = _words(sentence)
    if len(low) < 3 or low[0] != "no" or not sentence.startswith("No "):
        return sentence
    noun, after = low[1], low[2]
    rest = sentence[3:]
    if noun in missing_nouns():
        if after in ("of", "that", "about", "on", "in", "for", "from", "to"):
            return f"There is no {rest}"
        head = rest[len(noun) :].lstrip()
        if after in _QUESTION_WORDS:
            return f"There is no {noun} of {head}"
        return f"There is no {noun} that {head}"
    if after not in _OF or noun in rules.determiners:
        return sentence  # "No manager challenged the plan", "No one ...": a subject
    first = re.split(r"[,;:(]", sentence, maxsplit=1)[0]
    if any(_verb_like(rules, w) for w in _words(first)[2:]):
        return sentence  # "No plan for the child was made": a verb of its own
    return f"There is no {rest}"  # "No analysis of the impact of ..."


def _parts(sentence: str) -> list[str]:
    """The sentence's parts between commas outside brackets."""
    parts, depth, start = [], 0, 0
    for k, ch in enumerate(sentence):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and not depth:
            parts.append(sentence[start:k])
            start = k + 1
    parts.append(sentence[start:])
    return [p.strip() for p in parts]


def _verb_like(rules: Standalone, w: str) -> bool:
    """Whether a word reads as a verb (an auxiliary, a tense the lists know, an "-ed"
    word; not a hyphened word: "child-focused")."""
    return "-" not in w and (
        w in rules.auxiliaries or w in rules.finite_verbs or w in rules.participles
        or (len(w) > 3 and w.endswith("ed") and w not in rules.ed_not_verbs)
    )  # fmt: skip


def _subject_like(rules: Standalone, w: str) -> bool:
    """Whether a part's first word may be a subject with its article dropped: a person
    or a record the lists know, a plural, "no" ("no rationale recorded") or a pronoun."""
    return (
        w in rules.articled_nouns or w in rules.agents or w in rules.things or w == "no"
        or w in _PRONOUNS or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "'s")))
    )  # fmt: skip


def _kind(rules: Standalone, part: str, bare_starts: tuple[str, ...]) -> str:
    """What a part is: "opener" (it opens with a word joining it to the clause before
    or after it), "clause" (a subject and a finite verb of its own), "fragment" (a
    subject and a verb that does not agree with it: "options weighed in turn"),
    "phrase" (no verb: "father and grandmother at the office", "twice alone")."""
    low = _words(part)
    if not low:
        return "phrase"
    first = low[0]
    if (
        first in _JOINING or first in rules.clause_openers or first.endswith(("ly", "ing"))
        or first.isdigit()
    ):  # fmt: skip
        return "opener"
    if is_clause_loose(rules, part, bare_starts) and has_main_verb(rules, part):
        return "clause"
    if _subject_like(rules, first) and any(_verb_like(rules, w) for w in low[1:4]):
        return "fragment"
    if _is_dropped(rules, low) or subjectless(rules, part):
        return "fragment"  # "..., relationship evident", "..., didn't just repeat it"
    return "phrase"


_DEGREE = frozenset({"very", "really", "quite", "so", "too", "fairly", "more", "less", "also",
                     "always", "never", "not", "all", "both", "just", "even", "still"})  # fmt: skip
# After a word saying how something was found, what shows it said of what came before
# ("evident in", "clear and consistent", "sound."), not the noun it describes ("the
# father's clear account").
_AFTER_PREDICATE = frozenset({"and", "but", "in", "from", "to", "with", "at", "for", "on",
                              "throughout", "about", "of", "by"})  # fmt: skip


def _is_dropped(rules: Standalone, low: list[str]) -> bool:
    """Whether a part is a noun and how it was found, its "is" dropped ("relationship
    evident in the child's messages", "the father's account clear and consistent",
    "analysis sound"): one of `[example_sentences]` `predicates` within the part's
    first four words, after a noun (no determiner or degree word just before it), with
    no verb before it and nothing after it but what shows it; a part opening on a degree
    word, a predicate or an "-ly" word is none ("very clear", "clear and fair")."""
    said = predicates()
    first = low[0]
    if first in _DEGREE or first in said or first.endswith("ly"):
        return False
    for j in range(1, min(4, len(low))):
        if low[j] not in said:
            continue
        before, after = low[j - 1], low[j + 1 : j + 2]
        return (
            before not in rules.determiners and before not in _DEGREE
            and not any(_verb_like(rules, w) for w in low[:j])
            and (not after or after[0] in _AFTER_PREDICATE)
        )  # fmt: skip
    return False


@cache
def predicates() -> frozenset[str]:
    """`[example_sentences]` `predicates`: how something was found ("evident")."""
    t = drafting_table("example_sentences")
    return frozenset(str(w).lower() for w in t.get("predicates", ()))


def unspliced(rules: Standalone, sentence: str, bare_starts: tuple[str, ...]) -> str | None:
    """The sentence with one comma splice between two clauses joined by "and", the
    sentence as it is where it has none, or None where it runs a note's clauses or
    fragments together (rule 2)."""
    parts = _parts(sentence)
    if len(parts) < 2:
        return sentence
    main, splices = False, 0
    for k, part in enumerate(parts):
        low = _words(part)
        if k and low and low[0] in _SPLICING:
            return None  # "..., however no rationale recorded"
        kind = _kind(rules, part, bare_starts)
        if kind == "fragment" and k:
            return None
        if kind == "clause":
            splices += main
            main = True
    if not splices:
        return sentence
    if splices > 1 or len(parts) > 2:
        return None
    return f"{parts[0]}, and {parts[1]}"


def subjectless(rules: Standalone, sentence: str) -> bool:
    """Whether the sentence opens on its verb, its subject left out as notes leave it
    (rule 3: "Says nobody asked him ...", "Was seen once at the office ...", "Told the
    guardian ..."; tester 21's A1): an auxiliary, a reporting verb or a past tense the
    lists know ("records", "visits" open on a noun as often as not)."""
    low = _words(sentence)
    if not low:
        return False
    first = low[0]
    if first in rules.auxiliaries or first in rules.reporting_verbs:
        return True
    return first in rules.finite_verbs and not first.endswith("s") and first != "set"


@cache
def people() -> frozenset[str]:
    """`[example_sentences]` `people`: whom a note names before a dropped "was"."""
    t = drafting_table("example_sentences")
    return frozenset(str(w).lower() for w in t.get("people", ()))


# After a participle, a verb may have a subject of its own ("a place she chose").
_OWN_SUBJECT = frozenset({*_PRONOUNS, "i", "you"})
# Words that open a clause of its own after a participle, besides `subordinators`.
_LATER = frozenset({"before", "after", "so", "since", "as", "once"})
# After an "-ed" word, words saying it was done to its subject ("Siblings interviewed
# separately"): the "-ed" word is then a participle, not a past tense.
_DONE_TO = frozenset({"alone", "together", "separately", "jointly"})


def _bare_participle(rules: Standalone, low: list[str]) -> int:
    """Where a participle follows a subject of at most four words with no verb (0 for
    none): one that is never a past tense ("seen", "given"), or an "-ed" word before
    `_DONE_TO` ("interviewed separately")."""
    if not low or low[0] == "no":
        return 0  # "No evidence seen ...": rule 1's
    for k in range(1, min(5, len(low))):
        w = low[k]
        pure = w in rules.participles and w not in rules.finite_verbs
        done_to = w.endswith("ed") and low[k + 1 : k + 2] and low[k + 1] in _DONE_TO
        if pure or done_to:
            return k
        if _verb_like(rules, w):
            return 0
    return 0


def was_restored(rules: Standalone, sentence: str) -> str | None:
    """The sentence with the "was" a note dropped before its participle, None where no
    one is its subject, or the sentence as it is where nothing was dropped (rule 4)."""
    first = re.split(r"[;,:(]", sentence, maxsplit=1)[0]
    k = _bare_participle(rules, _words(first))
    if not k:
        return sentence
    low = _words(first)
    opens = sentence_words().subordinators | _OWN_SUBJECT | _LATER
    for before, w in zip(low[k:], low[k + 1 :], strict=False):
        if w in opens:
            break  # "... a place she chose", "... before the report was written"
        if _verb_like(rules, w) and before not in ("and", "or"):  # not "seen and reassured"
            return sentence  # "The boy seen at school told ...": the participle describes him
    head = low[k - 1]
    if head not in people():
        return None  # "Letter sent to both parents": no one it happened to
    at = list(_TOKEN.finditer(sentence))[k].start()
    be = "were" if head.endswith("s") or head in ("children", "people") else "was"
    return f"{sentence[:at]}{be} {sentence[at:]}"


@cache
def _listed(name: str) -> frozenset[str]:
    """`[example_sentences]` `name` ("states", "roles"), lower-cased."""
    return frozenset(str(w).lower() for w in drafting_table("example_sentences").get(name, ()))


# After a state, what it is about ("unaware that ...", "unclear who ...", "unable to ...").
_ABOUT = frozenset({*_QUESTION_WORDS, "that", "of", "about", "to", "with", "until", "at", "in",
                    "on", "for", "as"})  # fmt: skip
# Words that say a note tells of the past ("... until inspectors told them").
_PAST = frozenset({
    "was", "were", "had", "did", "could", "would", "told", "said", "found", "knew", "saw",
    "became", "came", "went", "left", "took", "gave", "made", "heard", "began", "wasn't",
    "weren't", "hadn't", "didn't", "couldn't", "wouldn't",
})  # fmt: skip
_PRESENT_BEFORE = frozenset({"is", "are", "be", "been", "being", "has", "have", "am"})
_PLURAL = frozenset({"staff", "people", "children", "colleagues", "magistrates"})


def _told_as_past(rules: Standalone, low: list[str]) -> bool:
    """Whether a note's words tell of the past: a past form of a common verb, or an
    "-ed" verb after its subject ("teams stopped", not "files are checked")."""
    for before, w in zip(["", *low], low, strict=False):
        if w in _PAST:
            return True
        if _verb_like(rules, w) and w.endswith("ed") and before and before not in (
            _PRESENT_BEFORE | rules.determiners | _JOINING | _PREPOSITION_LIKE
        ):  # fmt: skip
            return True
    return False


_PREPOSITION_LIKE = frozenset({"of", "in", "on", "at", "by", "for", "with", "from", "to"})


def be_restored(rules: Standalone, sentence: str) -> str:
    """The sentence with the "is" a note dropped between who and what they knew or felt
    (rule 5: "Senior managers unaware that ..." -> "Senior managers were unaware that
    ..."), else as it is.  Who: a subject of at most five words with no verb, its head
    (the word before "of": "heads of service") one of `people` or `roles`; what: one of
    `states` (after "not" too), then nothing or what it is about.  "were"/"was" where the
    note's words tell of the past, "are"/"is" otherwise."""
    low = _words(re.split(r"[;,:(]", sentence, maxsplit=1)[0])
    k = next((j for j, w in enumerate(low[:6]) if w in _listed("states")), 0)
    if not k or any(_verb_like(rules, w) or w in _JOINING for w in low[:k] if w != "not"):
        return sentence
    subject = low[: k - 1] if low[k - 1] == "not" else low[:k]
    cut = next((j for j, w in enumerate(subject) if w == "of"), len(subject))
    head = subject[cut - 1] if cut else ""
    if head not in people() | _listed("roles"):
        return sentence
    if k + 1 < len(low) and low[k + 1] not in _ABOUT:
        return sentence  # "Managers keen readers of ...": no state of theirs
    plural = head in _PLURAL or (head.endswith("s") and not head.endswith("ss"))
    past = _told_as_past(rules, _words(sentence)[k + 1 :])
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    at = list(_TOKEN.finditer(sentence))[len(subject)].start()
    return f"{sentence[:at]}{be} {sentence[at:]}"


def report_grammar(rules: Standalone, sentence: str, bare_starts: tuple[str, ...]) -> str | None:
    """A note's sentence in the report's grammar (rules 1, 2, 4 and 5), or None (rules 2
    and 4, or rule 3: it has no subject)."""
    if subjectless(rules, sentence):
        return None
    said = was_restored(rules, there_is_no(rules, be_restored(rules, sentence)))
    return None if said is None else unspliced(rules, said, bare_starts)
