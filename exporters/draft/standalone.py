"""Whether a sentence lifted from an inspector's note reads on its own as a finding.

Notes are typed between interviews and file reads: fragments ("Seen twice, no plan."),
telegraphic clauses ("Recommendation not linked to the analysis", "Visits arranged ad
hoc"), shorthand ("w/", "3 wks", "DA", "&"), and sentences that lean on the one before
("This was not followed up.", "However, ...", "As above").  An example in the report's
body must be none of these: a complete sentence a reader understands without the note
around it.  The word lists are data (`[standalone]` in `drafting.toml`); the rules:

1. it does not open with a word that points back ("This", "It", "They", "However",
   "Also", "Similarly" ...) and says nothing like "as above" or "the same FCA";
2. it has no shorthand (a listed token, "&", "+", "=", "~", a spaced hyphen) and no
   capitals the glossary does not explain ("SW", "YP", "TM");
3. it has a finite verb with something before it (a subject), in its first clause
   (before the first comma, semicolon, colon or dash) unless that clause opens with a
   preposition or conjunction ("At the first hearing, ...", "When ...,");
4. an "-ed" word counts as that verb only after a determiner-led or plural subject, or
   a bare role noun the draft completes with "the" ("Guardian observed contact"), and
   never when an adverb or preposition follows straight after it with no object in
   between ("Visits arranged ad hoc", "Position statement filed late"), nor straight
   after "not" ("Recommendation not linked");
5. no bare singular role or record noun inside the sentence where English needs an
   article ("saw child at school", "father's drinking" is fine: a possessive), and no
   pronoun before anything it could stand for ("Leaders know and have added it").

This is a reader's test, not a parser: it errs towards leaving a sentence out (the
claim then has its tally and excerpts in the comment, and no example), never towards
putting a note's fragment into the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'\-]*|\d+")
_ASIDE = re.compile(r"\s*\([^()]*\)")
_POSSESSIVE = re.compile(r"[’']s$|[’']$")
_CLAUSE_END = re.compile(r"[,;:]|\s[-–—]\s|\(")
_SHORTHAND_MARKS = re.compile(
    r"[&+=~]|\s-\s|\b\w/\w?|\?\?|!!|\.\.|\bQ[1-4]\b(?!\s*(?:of\s+)?\d{4})"
)  # fmt: skip


@dataclass(frozen=True)
class Standalone:
    """The word lists behind `stands_alone` (see `drafting.toml`, `[standalone]`)."""

    context_openers: tuple[str, ...]
    back_references: tuple[str, ...]
    shorthand: frozenset[str]
    auxiliaries: frozenset[str]
    finite_verbs: frozenset[str]
    ed_not_verbs: frozenset[str]
    participles: frozenset[str]
    part_openers: frozenset[str]
    agents: frozenset[str]
    things: frozenset[str]
    document_passives: frozenset[str]
    clause_openers: frozenset[str]
    determiners: frozenset[str]
    after_passive: frozenset[str]
    articled_nouns: frozenset[str]
    article_free: tuple[str, ...]
    reporting_verbs: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()  # a phrasal verb's ("written up": `undone`)
    particle_prepositions: frozenset[str] = frozenset()  # "acted on", "recorded on file"

    @classmethod
    def from_data(cls, d: dict[str, Any]) -> Standalone:
        """From the `[standalone]` table."""

        def low(key: str) -> frozenset[str]:
            return frozenset(str(v).lower() for v in d[key])

        return cls(
            context_openers=tuple(sorted((str(v) for v in d["context_openers"]), key=len,
                                         reverse=True)),
            back_references=tuple(str(v).lower() for v in d["back_references"]),
            shorthand=low("shorthand"), auxiliaries=low("auxiliaries"),
            finite_verbs=low("finite_verbs"), ed_not_verbs=low("ed_not_verbs"),
            participles=low("participles"), part_openers=low("part_openers"),
            agents=low("agents"), things=low("things"),
            document_passives=low("document_passives"),
            clause_openers=low("clause_openers"), determiners=low("determiners"),
            after_passive=low("after_passive"), articled_nouns=low("articled_nouns"),
            article_free=tuple(str(v).lower() for v in d["article_free"]),
            reporting_verbs=frozenset(str(v).lower() for v in d.get("reporting_verbs", [])),
            particles=frozenset(str(v).lower() for v in d.get("particles", [])),
            particle_prepositions=frozenset(
                str(v).lower() for v in d.get("particle_prepositions", [])
            ),
        )  # fmt: skip


def stands_alone(
    rules: Standalone, sentence: str, known_capitals: frozenset[str], bare_starts: tuple[str, ...]
) -> bool:
    """Whether `sentence` (as written in the note, capitalised) reads on its own as a
    finding; `known_capitals`: the abbreviations the glossary explains and the words
    written in capitals anyway; `bare_starts`: role nouns a note opens with and the
    draft completes with "the"."""
    if not sentence[:1].isupper():
        return False  # "three vacancies ...", "4 of the 6 ...": a note's line, not a sentence
    if _points_back(rules, sentence) or _shorthand(rules, sentence, known_capitals):
        return False
    if _COUNTED_BARE.search(sentence):
        return False
    first, *more = sentence.split(";")
    if not _clause(rules, first, bare_starts, whole=False):
        return False
    for part in more:
        low = _lower(part)
        if not low or low[0] not in rules.part_openers:
            return False  # "...; clear record of what was shared": a note after the clause
        if not _clause(rules, part, bare_starts, whole=False):
            return False
    low = _lower(sentence)
    if _bare_start(rules, low, bare_starts) == 3 and any(
        w in rules.articled_nouns or w.removesuffix("'s") in rules.articled_nouns for w in low[:2]
    ):
        return False  # "Mother disclosed ...", "Duty guardian's notes ...": no article
    bare = _bare_start(rules, low, bare_starts)  # a role noun the draft gives "the"
    skip = bare if bare < 3 else 1
    if any(_missing_article(rules, part[skip:] if k == 0 else part, k > 0)
           for k, part in enumerate(_parts(sentence))):  # fmt: skip
        return False
    return not _pronoun_first(rules, low)


# A singular noun with its article left out before "of" and a number ("in team of 14").
_COUNTED_BARE = re.compile(r"\b(?:in|on|for|with|from|at|into|within|across|among|by)\s+(?!(?:the|a|an|this|that|each|every|their|its|our|his|her|one|top|front|place|excess|spite|view|light|terms|respect|case|charge|need|lieu|favour|support|time|total)\b)[a-z]+(?<!s)\s+of\s+\d", re.IGNORECASE)  # fmt: skip


def as_said(
    rules: Standalone, sentence: str, known_capitals: frozenset[str], bare_starts: tuple[str, ...]
) -> str:
    """`sentence` fit to be said as what a note says, or "": a looser test than
    `stands_alone` (a note said as it stands, in a sentence naming its source), but
    never a working note: it opens with a capital, has no shorthand ("w", "yr",
    "3-yr", "Q2" on its own) and has a finite verb after its subject ("Complaints up
    40% yr on yr", "FCAs carrying 28-32 cases" have none).  A telegraphic clause after
    a semicolon is left off ("...; interpreter used for dad"); no sentence when what
    is left is itself shorthand."""
    first = sentence.split(";", 1)[0].strip()
    if not first[:1].isupper() or _shorthand(rules, first, known_capitals):
        return ""
    if _COUNTED_BARE.search(first):
        return ""  # "... in team of 14 ...": a note's article left out
    plain = _ASIDE.sub("", first)  # "Head of practice (in post four months) gave ..."
    if not (_clause(rules, plain, bare_starts, whole=False) or _present_tense(rules, plain)):
        return ""
    if first == sentence.strip():
        return sentence
    parts = sentence.split(";")[1:]
    if all(
        _lower(p) and _lower(p)[0] in rules.part_openers
        and _clause(rules, p, bare_starts, whole=False) and not _shorthand(rules, p, known_capitals)
        for p in parts
    ):  # fmt: skip
        return sentence
    return first.rstrip(".,") + "."


def _present_tense(rules: Standalone, text: str) -> bool:
    """A present tense the verb list does not hold, after a subject with a determiner:
    "The national audit programme leads to ..." (a "-s" word after a singular noun)."""
    low = _lower(_CLAUSE_END.split(text, maxsplit=1)[0])
    if len(low) < 3 or low[0] not in rules.determiners:
        return False
    for k in range(2, len(low)):
        w, before = low[k], low[k - 1]
        if before in rules.determiners or before in rules.clause_openers or before[-1:] == "s":
            continue
        if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "'s", "us", "is")):
            return before.isalpha() and before not in rules.auxiliaries
    return False


def is_clause(rules: Standalone, text: str, bare_starts: tuple[str, ...]) -> bool:
    """Whether `text` has a subject and a past or auxiliary verb ("The work was not
    planned"), unlike a label ("Area dashboard", "Commissioning lead")."""
    return _clause(rules, text, bare_starts, whole=True, strict=True)


def is_clause_loose(rules: Standalone, text: str, bare_starts: tuple[str, ...]) -> bool:
    """Whether `text` has a subject and a finite verb, present tenses the lists know
    included ("recommendations follow from the analysis"), not a note's dropped "was"
    ("options weighed in turn")."""
    return _clause(rules, text, bare_starts, whole=True)


def _lower(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _TOKEN.findall(text)]


def _clause(
    rules: Standalone, text: str, bare_starts: tuple[str, ...], *, whole: bool,
    strict: bool = False,
) -> bool:  # fmt: skip
    """A finite verb after a subject: in the first clause (before a comma, colon or
    dash) unless `whole` or the text opens with a preposition or conjunction."""
    low = _lower(text)
    if not low:
        return False
    span = len(low)
    if not whole and low[0] not in rules.clause_openers:
        span = len(_TOKEN.findall(_CLAUSE_END.split(text, maxsplit=1)[0]))
    if not _has_verb(rules, low, span, _bare_start(rules, low, bare_starts), strict):
        return False
    quoted = re.search(r"\b(\w+),?\s+[‘'\"“]", text)  # "says 'no issues'": their words
    if quoted and quoted.group(1).lower() in rules.reporting_verbs:
        return True
    return _reports_clause(rules, low[:span], bare_starts)


def _reports_clause(rules: Standalone, low: list[str], bare_starts: tuple[str, ...]) -> bool:
    """Whether what a reporting verb reports is a clause of its own: "Staff say the
    managers are approachable", not "FCAs say managers approachable" or "Staff said
    morale rock bottom" (true when no reporting verb comes first)."""
    for k, w in enumerate(low[1:], start=1):
        own = w in rules.finite_verbs or (_is_ed(rules, w) and low[k - 1] not in rules.determiners)
        if w in rules.auxiliaries or (own and w not in rules.reporting_verbs):
            return True  # the sentence's own verb comes first
        if w in rules.reporting_verbs:
            if _SUBORDINATE & set(low[:k]):
                return True  # "The notes record what he said and ...": not the main verb
            rest = low[k + 1 :]
            rest = rest[1:] if rest[:1] == ["that"] else rest
            if not rest or rest[0] in rules.clause_openers:
                return True  # "said at the hearing", "explained to the child": no clause
            if _before_object(rules, rest):
                return True  # "say managers support them": a verb before its object
            return _has_verb(rules, rest, len(rest), _bare_start(rules, rest, bare_starts), False)
    return True


_OBJECT = frozenset({"them", "him", "us", "me"})


def _before_object(rules: Standalone, low: list[str]) -> bool:
    """Whether a word after a subject is followed by an object pronoun, so is its verb
    ("managers support them", "FCAs help us"; tester 33's A8): never a preposition
    ("time for them") nor a determiner."""
    return any(
        nxt in _OBJECT and w.isalpha() and w not in _LEADS_NOUN and w not in rules.determiners
        and w not in rules.clause_openers and w not in ("to", "and", "or", "but", "than")
        for w, nxt in zip(low[1:], low[2:], strict=False)
    )  # fmt: skip


def _points_back(rules: Standalone, sentence: str) -> bool:
    openers = rules.context_openers
    for opener in openers if sentence.startswith(openers) else ():  # one test for most
        if sentence.startswith(opener) and (
            len(sentence) == len(opener) or not sentence[len(opener)].isalnum()
        ):
            return True
    text = " " + " ".join(_TOKEN.findall(sentence.lower())) + " "
    return any(f" {ref} " in text for ref in rules.back_references)


def has_shorthand(rules: Standalone, sentence: str, known: frozenset[str]) -> bool:
    """Whether `sentence` holds note-taking shorthand (see the module docstring, rule 2),
    `known` the capitals that are no abbreviation of a note's own."""
    return _shorthand(rules, sentence, known)


def _shorthand(rules: Standalone, sentence: str, known: frozenset[str]) -> bool:
    if _SHORTHAND_MARKS.search(sentence):
        return True
    for word in _TOKEN.findall(sentence):
        if word.lower() in rules.shorthand:
            return True
        if word.islower() or sum(map(str.isupper, word)) < 2:
            continue  # fewer than two capitals: not an abbreviation
        base = _POSSESSIVE.sub("", word)
        if not {word, base, base.removesuffix("s")} & known:
            return True
    return False


def _bare_start(rules: Standalone, low: list[str], bare_starts: tuple[str, ...]) -> int:
    """How many words a subject with no determiner runs to (0: it has one, or the
    sentence opens otherwise), at most three."""
    if low[0] in rules.determiners or low[0] in rules.clause_openers:
        return 0
    text = " ".join(low)
    for noun in bare_starts:
        if text.startswith(noun.lower() + " "):
            return len(noun.split())
    return 3


def _is_ed(rules: Standalone, word: str) -> bool:
    return len(word) > 3 and word.endswith("ed") and word not in rules.ed_not_verbs


def _is_participle(rules: Standalone, word: str) -> bool:
    return _is_ed(rules, word) or word in rules.participles


def _subject_head(low: list[str], k: int) -> str:
    """The word before the verb at k, past any adverbs ("the guardian quickly filed")."""
    j = k - 1
    while j > 0 and low[j].endswith("ly"):
        j -= 1
    return low[j]


def _dropped_was(rules: Standalone, low: list[str], k: int, bare: int) -> bool:
    """Whether the participle at k stands for "was ..." (a note's passive): after a
    document ("Report filed nine days late"), after a bare subject that is not a person
    ("Emergency protection order sought the same afternoon"), or with an adverb or
    preposition straight after a bare subject ("Visits arranged ad hoc")."""
    head = _subject_head(low, k)
    w = low[k]
    if head in rules.things and w in rules.document_passives:
        return True
    if _by_whom(rules, low, k, head):
        return True
    if bare and (head not in rules.agents or k > bare + 1):
        return True  # "Regular contact with the IRO recorded": no subject it agrees with
    nxt = low[k + 1] if k + 1 < len(low) else ""
    return bool(bare) and k <= bare + 1 and (not nxt or nxt in rules.after_passive)


# What "by" may lead that names no one who did it: a measure ("by 40%", "by a third",
# "by half") or a time ("by then", "by the end of ...").
_BY_MEASURE = re.compile(
    r"^(?:\d|a third|a quarter|a fifth|half|two|three|four|five|then|now|the end|the time)"
)


def _by_whom(rules: Standalone, low: list[str], k: int, head: str) -> bool:
    """Whether the "-ed" word at k is a passive with its "was" or "are" left out, naming
    who did it after "by", after a subject that does nothing itself: "two vacancies
    covered by agency staff at present", "6 of 19 posts filled by agency staff" (tester
    22's A6), never a person's or a body's own verb ("The guardian responded by email")
    nor a measure ("Complaints increased by 40%")."""
    if k + 1 >= len(low) or low[k + 1] != "by" or not _is_ed(rules, low[k]):
        return False
    if head in rules.agents or head.removesuffix("s") in rules.agents:
        return False
    return not _BY_MEASURE.match(" ".join(low[k + 2 : k + 5]))


# Prepositions after which an "-ed" word qualifies the noun they lead ("complaints about
# missed visits have trebled", "for delayed reports"): never the sentence's verb.
_LEADS_NOUN = frozenset({
    "about", "of", "for", "with", "on", "from", "over", "into", "after", "without",
    "against", "despite", "through", "at", "in", "among", "between", "under",
})  # fmt: skip


def _has_verb(rules: Standalone, low: list[str], span: int, bare: int, strict: bool) -> bool:
    """A finite verb, with a word before it, within the first `span` words (`strict`:
    only auxiliaries, past tenses and "-ed" words count, not present tenses that could
    be nouns)."""
    for k in range(1, min(span, len(low))):
        w, before = low[k], low[k - 1]
        if w == "not" and k + 1 < len(low) and _is_participle(rules, low[k + 1]):
            return False  # "Child not seen", "Recommendation not linked": a dropped "was"
        if before in ("to", "been", "being", "be", "having"):
            continue  # "to see", "had been filed": not the finite verb
        if w in rules.auxiliaries:
            return True
        if _is_participle(rules, w):
            if before in rules.determiners or before in _LEADS_NOUN:
                continue  # "no recorded supervision", "about missed visits": an adjective
            if _dropped_was(rules, low, k, bare):
                return False
            if _is_ed(rules, w) or w in rules.finite_verbs:
                return True  # "observed", "met": a past tense
        elif w in rules.finite_verbs and not strict:
            return True
    return False


def _parts(sentence: str) -> list[list[str]]:
    """The sentence's clauses (between commas, semicolons, colons, brackets and spaced
    dashes), each as lower-case words: a determiner never reaches past one of these to
    a noun after it ("used a feelings jar, child relaxed": "child" has none)."""
    return [low for part in _PART_BREAK.split(sentence) if (low := _lower(part))]


_PART_BREAK = re.compile(r"[,;:()]|\s[-–—]\s")


def _missing_article(rules: Standalone, low: list[str], later: bool = False) -> bool:
    """A singular role or record noun with nothing before it that English needs
    ("saw child at school", "risks to baby"), in one clause of a sentence.  `later`: a
    clause after the first, where such a noun opening the clause with its verb straight
    after it is a note's fragment ("..., child relaxed, ...", "..., mother said no");
    the sentence's own first word is its subject, checked apart (`stands_alone`)."""
    text = f" {' '.join(low)} "
    for k, w in enumerate(low):
        if w not in rules.articled_nouns:
            continue
        if k == 0:
            if later and len(low) > 1 and _verb_like(rules, low[1]):
                return True
            continue
        if any(f" {p} " in text and w in p.split() for p in rules.article_free):
            continue
        if low[k - 1] in ("and", "or") and k >= 2 and low[k - 2] in rules.articled_nouns:
            continue  # "the mother and father"
        if not _determined(rules, low, k):
            return True
    return False


def _verb_like(rules: Standalone, word: str) -> bool:
    """Whether a word reads as a verb straight after its subject ("relaxed", "said",
    "was", "seen")."""
    return word in rules.auxiliaries or word in rules.finite_verbs or _is_participle(rules, word)


_SUBORDINATE = frozenset({"what", "how", "who", "whom", "which", "that", "when", "where", "why"})
_PRONOUNS = frozenset({"it", "them", "they", "this", "these", "those", "he", "she", "him"})


def _pronoun_first(rules: Standalone, low: list[str]) -> bool:
    """A pronoun before anything it could stand for ("Leaders already know and have
    added it to the audit tool"): no noun with a determiner or possessive comes first;
    or a plural pronoun with no plural before it for it to stand for ("The safeguarding
    letter does not mention any of them.": the call-outs were in the note's sentence
    before; tester 23's A4)."""
    for w in low[1:]:
        if w in _PRONOUNS:
            return True
        if w in rules.determiners or w.endswith(("'s", "s'")):
            break
    return _plural_pronoun_alone(rules, low) or _person_pronoun_alone(rules, low)


_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
_NOT_PEOPLE = frozenset({"file", "log", "entry", "school", "court"})


def _person_pronoun_alone(rules: Standalone, low: list[str]) -> bool:
    """Whether "he", "him", "she" or "her" comes before any person it could stand for
    (`[standalone]` `agents`, or `articled_nouns` that are no `things`): "The record of
    each visit is clear about what was explained to him" (tester 28's A4 #16: the boy
    was in the note's sentence before, the report has none)."""
    for word in low:
        if word in _PERSON_PRONOUNS:
            return True
        w = word.removesuffix("'s").removesuffix("’s").removesuffix("s'")  # "the boy's"
        if w in rules.agents or (
            w in rules.articled_nouns and w not in rules.things and w not in _NOT_PEOPLE
        ):
            return False
    return False


def _plural_pronoun_alone(rules: Standalone, low: list[str]) -> bool:
    """Whether "they" or "them" comes before any word that could be what it stands for:
    a plural (an "-s" word that is no verb the lists know), a number or a word for
    several (`_SEVERAL`), two things joined by "and" or "or", or a person, whom "they"
    may stand for (`[standalone]` `agents`, and `articled_nouns` that are no `things`:
    "the young person ... told them")."""
    for w in low:
        if w in ("them", "they", "their"):
            return True
        if w.isdigit() or w in _SEVERAL or w in rules.agents:
            return False
        if (
            w in rules.articled_nouns
            and w not in rules.things
            and w not in ("file", "log", "entry")
        ):
            return False  # a person ("the young person ... told them")
        plural = len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s"))
        if plural and w not in rules.auxiliaries and w not in rules.finite_verbs:
            return False
    return False


_SEVERAL = frozenset({
    "and", "or", "both", "all", "several", "many", "few", "most", "some", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "family", "team", "staff",
    "everyone", "people", "police", "court", "board", "service", "school",
})  # fmt: skip


def _determined(rules: Standalone, low: list[str], k: int) -> bool:
    """Whether a determiner or possessive comes before word k, with only adjectives,
    nouns or numbers between ("the older brother", "the section 7 report"); a verb,
    preposition or conjunction in between means the noun has none ("saw child")."""
    for j in range(k - 1, max(k - 5, -1), -1):
        b = low[j]
        if b in rules.determiners or b.endswith(("'s", "s'")):
            return True
        if b in rules.auxiliaries or b in rules.finite_verbs or b in rules.clause_openers:
            return False
        if b in ("and", "or", "but", "to", "than"):
            return False
    return False
