"""What someone told inspectors, said as a clause of the report's English after "told
inspectors that", "According to ...,", "Managers told inspectors that ...", or refused
(issue 15, tester 31's A8 and A9: "The designated family judge told inspectors that the
local Cafcass team is reliable and reports timely."; "One judge told inspectors that
reports often late and ..."; "Managers told inspectors that bilingual family court
advisers (FCAs) in 3 of 5 areas, children can choose ...").

Inspectors write what they were told in note form: a noun and how it was found with its
"is" dropped ("reports timely", "reports often late"), a noun phrase with a figure and no
verb ("bilingual FCAs in 3 of 5 areas"), "no record child seen alone".  The clause is
read in parts (at commas, semicolons, "and" and "but", never inside quotation marks or
brackets), and each part is, in turn:

- a clause of its own (a verb after its subject: `mainclause.has_main_verb`), its own
  words in quotation marks, a part joined to the one before by its first word ("which",
  "so", "before", ...), or, after "and", "but" or "or", a verb with the subject before it
  ("... and attends the board");
- `copula`: a subject of at most five words, then how it was found (an adverb, a word of
  `[that_clause]` `predicates` or of `[example_sentences]` `predicates`, a participle, or
  one of `predicate_phrases`: "on time"), with "is" or "are" put in to agree with its
  head ("was"/"were" where the clause speaks in the past) and "the" where the subject
  needs it: "reports are often late";
- `there_is`: a noun phrase holding a figure and no verb (its head, then only
  prepositional phrases) said with "there are" or "there is": "there are bilingual FCAs
  in 3 of 5 areas";
- `no_record`: "no" and a noun saying something is missing (`[example_sentences]`
  `missing_nouns`) before a shorthand clause: "there is no record that the child was seen
  alone";
- a noun phrase in a list whose last member has the verb ("reports, letters and plans are
  late"): joined to it.

A part that is none of these (a noun phrase with no figure, "good relationship with the
LA"; a verb with no subject after a comma) makes the whole clause no clause: None, and
the caller says nothing in a that-clause (the record stays in the margin).  Where it
cannot tell (an unknown word after a plural noun may be its verb: "positions change at
the door of court") a part is taken as it stands.  Two clauses a comma splices are
joined with ", and".  A reader's test, not a parser, like `notegrammar.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from exporters.draft.mainclause import articled_subject, has_main_verb
from exporters.draft.notegrammar import missing_nouns, predicates
from exporters.draft.standalone import Standalone
from exporters.draft.wording import wording_table

# Someone's own words inside the clause: never split, never mended.
_QUOTED = re.compile(r"(?<![\w’'])['‘\"“](?=\w).*?['’\"”](?![\w])")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'\-]*|\d+(?:[.,]\d+)?%?")
_SPLIT = re.compile(r"\s*([,;])\s*(?:(and|but|or)\s+)?|\s+(and|but|or)\s+")
_PREPOSITIONS = frozenset({
    "of", "for", "with", "from", "to", "in", "on", "at", "about", "after", "before", "by",
    "between", "into", "over", "under", "within", "without", "during", "since", "across",
    "among", "per", "via", "than", "against", "despite", "throughout", "towards", "below",
    "above", "beyond", "near", "around", "like", "unlike", "inside", "outside", "along",
    "beside", "besides", "except", "versus", "vs", "behind", "compared", "through",
})  # fmt: skip
# A part opening on one of these hangs on the clause before it.
_JOINED = frozenset({
    "which", "who", "whom", "whose", "where", "when", "while", "whilst", "although",
    "though", "because", "as", "if", "unless", "until", "since", "so", "that", "including",
    "such", "especially", "particularly", "mainly", "then", "even", "not", "e", "eg", "ie",
    "whereas", "once", "otherwise", "than", "also", "yet", "with", "without",
})  # fmt: skip
_NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "half", "dozen",
})  # fmt: skip
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "his", "her", "their", "its"})
_OBJECTS = frozenset({"them", "him", "it", "us", "me", "they", "he", "she", "we", "i", "you"})
_PAST = frozenset({"was", "were", "had", "wasn't", "weren't", "hadn't"})
MAX_SUBJECT = 5
MAX_CLAUSES = 3  # "A, B and C": more spliced clauses are a note, not a sentence


@dataclass(frozen=True)
class Lists:
    """`voices.toml` [that_clause]."""

    adverbs: frozenset[str]
    predicates: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    not_adverbs: frozenset[str]
    plurals: frozenset[str]
    not_progressive: frozenset[str]


@cache
def lists() -> Lists:
    """The word lists, read once."""
    t = wording_table("voices.toml")["that_clause"]
    return Lists(
        adverbs=frozenset(str(w).lower() for w in t["adverbs"]),
        predicates=frozenset(str(w).lower() for w in t["predicates"]) | predicates(),
        phrases=tuple(tuple(str(p).lower().split()) for p in t["predicate_phrases"]),
        not_adverbs=frozenset(str(w).lower() for w in t["not_adverbs"]),
        plurals=frozenset(str(w).lower() for w in t["plurals"]),
        not_progressive=frozenset(str(w).lower() for w in t["not_progressive"]),
    )


def _low(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _TOKEN.findall(re.sub(r"\x00\d+\x00", " ", text))]


def _masked(text: str) -> tuple[str, list[str]]:
    """`text` with each quotation and bracket replaced by a placeholder, and them."""
    kept: list[str] = []

    def hold(m: re.Match[str]) -> str:
        kept.append(m.group(0))
        return f"\x00{len(kept) - 1}\x00"

    return re.sub(r"\([^()]*\)", hold, _QUOTED.sub(hold, text)), kept


def _unmasked(text: str, kept: list[str]) -> str:
    for _ in range(3):  # a bracket inside a quotation, or the other way round
        text = re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], text)
    return text


def _parts(masked: str) -> list[tuple[str, str]]:
    """(joining words before it, part) for each part of the clause."""
    out, start, sep = [], 0, ""
    for m in _SPLIT.finditer(masked):
        out.append((sep, masked[start : m.start()].strip()))
        sep = " ".join(x for x in m.groups() if x)
        start = m.end()
    out.append((sep, masked[start:].strip()))
    return [(s, p) for s, p in out if p]


def _verb_like(rules: Standalone, w: str) -> bool:
    return "-" not in w and (
        w in rules.auxiliaries or w in rules.finite_verbs or w in rules.participles
        or (len(w) > 3 and w.endswith("ed") and w not in rules.ed_not_verbs)
    )  # fmt: skip


def _plural(w: str) -> bool:
    return len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s"))


def _predicate_at(rules: Standalone, low: list[str], k: int) -> bool:
    """Whether how something was found opens at word k ("often late", "timely",
    "well prepared", "on time", "monitored")."""
    w, ls = low[k], lists()
    if w[:1].isdigit() and w.endswith("%"):
        return True  # "turnover 9%": a measure and its share
    if w in ls.predicates or any(tuple(low[k : k + len(p)]) == p for p in ls.phrases):
        return True
    if w in ls.adverbs or len(w) > 4 and w.endswith("ly") and w not in ls.not_adverbs:
        # "often late", "highly positive"; never an adverb alone, which may follow any
        # verb ("arrive quickly", "responds quickly")
        return k + 1 < len(low) and _predicate_at(rules, low, k + 1)
    if len(w) > 4 and w.endswith("ing") and w not in ls.not_progressive and k + 1 == len(low):
        return True  # "agency staff covering": the last word
    return w in rules.participles or (
        len(w) > 3 and w.endswith("ed") and w not in rules.ed_not_verbs
    )


def _subject_ok(rules: Standalone, low: list[str]) -> bool:
    """Whether words read as a subject: no verb, no preposition first or last, no
    number alone."""
    if not low or len(low) > MAX_SUBJECT or low[-1] in ("and", "or"):
        return False
    if low[0] in _PREPOSITIONS or low[-1] in _PREPOSITIONS or low[-1] in rules.determiners:
        return False
    ls = lists()
    return not any(
        _verb_like(rules, w) or w in _JOINED or "\x00" in w or w in ls.adverbs or w in ls.predicates
        for w in low
    )


# What may follow a note's participle said as how its subject was found ("team
# stretched", "reports filed late"): nothing, an adverb or a preposition; never an object
# ("managers challenged practitioners" is active).
_AFTER_PARTICIPLE = _PREPOSITIONS | {
    "and",
    "or",
    "but",
    "well",
    "late",
    "early",
    "again",
    "alone",
    "together",
    "separately",
    "jointly",
    "once",
    "twice",
    "only",
    "properly",
    "enough",
}


def copula(
    rules: Standalone, part: str, past: bool, names: frozenset[str] = frozenset(),
    participle: bool | None = None, most: int = MAX_SUBJECT,
) -> str:  # fmt: skip
    """`part` with its dropped "is"/"are" put back ("reports often late" -> "reports are
    often late"), or "" where it is no subject and how it was found.  `participle`: True
    for a participle only ("team stretched"), False for anything else, None for either."""
    tokens = list(_TOKEN.finditer(part))
    low = [m.group(0).lower().replace("’", "'") for m in tokens]
    if any(w in rules.auxiliaries for w in low):
        return ""  # "recruiting experienced guardians is slow": its own verb
    for k in range(1, min(len(low), most + 1)):
        if not _predicate_at(rules, low, k):
            continue
        is_participle = _participle(rules, low[k])
        if participle is not None and participle != is_participle:
            return ""
        after = low[k + 1] if k + 1 < len(low) else ""
        if is_participle and after and after not in _AFTER_PARTICIPLE and not after.endswith("ly"):
            return ""  # "managers challenged practitioners": a verb and its object
        subject = part[: tokens[k].start()].strip().rstrip(",")
        # One word before an adjective is its subject, whatever else it may be ("cover
        # patchy"); a longer subject holds no verb.
        alone = k == 1 and low[k] in lists().predicates and low[0] not in rules.auxiliaries
        alone = alone and low[0] not in rules.determiners
        if (
            not (alone or _subject_ok(rules, low[:k]))
            or "\x00" in subject
            or not _noun_head(subject)
        ):
            return ""
        head = next(
            (w for w, x in zip(low[:k], low[1 : k + 1], strict=False) if x in _PREPOSITIONS),
            low[k - 1],
        )  # "letters to the court": letters
        counted = (head[:1].isdigit() or head in _NUMBER_WORDS) and head not in ("1", "one")
        many = _plural(head) or "and" in low[:k] or head in lists().plurals or counted
        be = ("were" if many else "was") if past else ("are" if many else "is")
        said = articled_subject(rules, subject, names)
        return f"{said} {be} {part[tokens[k].start() :]}"
    return ""


def _participle(rules: Standalone, w: str) -> bool:
    return w in rules.participles or (
        len(w) > 3 and w.endswith("ed") and w not in rules.ed_not_verbs
        and w not in lists().predicates
    )  # fmt: skip


def _noun_head(subject: str) -> bool:
    """Whether a subject's words before any preposition are a noun phrase, or a list of
    them: a plural only as a member's last word, never followed by a word that may be
    its verb ("guardians come to hearings", "the judge praises reports")."""
    words = re.sub(r"\x00\d+\x00", " ", subject).replace(",", " , ").split()
    cut = next((k for k, w in enumerate(words) if w.lower() in _PREPOSITIONS), len(words))
    members = re.split(r"\s*,\s*|\s+(?:and|or)\s+", " ".join(words[:cut]).lower())
    return bool(words[:cut]) and all(
        not any(_plural(w) for w in m.split()[:-1] if not w[:1].isdigit()) for m in members if m
    )


def _noun_phrase(rules: Standalone, low: list[str]) -> bool:
    """Whether a part is a noun phrase and nothing else: a head of at most five words
    with no verb, then only prepositional phrases; never a plural followed by a word that
    may be its verb ("positions change at ...")."""
    cut = next((k for k, w in enumerate(low) if w in _PREPOSITIONS), len(low))
    head, rest = low[:cut], low[cut:]
    said = [w for k, w in enumerate(low) if not (k and low[k - 1] in _PREPOSITIONS)]  # "of use"
    if not head or len(head) > MAX_SUBJECT or any(_verb_like(rules, w) for w in said):
        return False
    if any(w in _OBJECTS for w in low):
        return False  # "help them decide": a verb and its object
    if any((w in _JOINED and w not in _PREPOSITIONS) or w in sentence_subordinators() for w in low):
        return False
    if not _noun_head(" ".join(low)):  # (commas are gone: a list of nouns is no phrase)
        return False  # "positions change": perhaps a plural and its verb
    return all(w not in ("is", "are") for w in rest)


@cache
def sentence_subordinators() -> frozenset[str]:
    from exporters.draft.mainclause import sentence_words

    return sentence_words().subordinators


def _has_figure(low: list[str]) -> bool:
    return any(w[:1].isdigit() or w in _NUMBER_WORDS for w in low)


def there_is(rules: Standalone, part: str, past: bool) -> str:
    """A noun phrase with a figure, said with "there are"/"there is" ("bilingual FCAs in
    3 of 5 areas" -> "there are bilingual FCAs in 3 of 5 areas"); "" where it is none."""
    low = _low(part)
    if not low or low[0] in _PREPOSITIONS or low[0] in _DEFINITE or not _has_figure(low):
        return ""
    if not _noun_phrase(rules, low):
        return ""
    cut = next((k for k, w in enumerate(low) if w in _PREPOSITIONS), len(low))
    head = low[cut - 1]
    one = low[0] in ("one", "1", "a", "an") and not _plural(head)
    many = not one and (_plural(head) or low[0][:1].isdigit() and low[0] != "1")
    be = ("were" if many else "was") if past else ("are" if many else "is")
    return f"there {be} {part}"


def no_record(rules: Standalone, part: str, names: frozenset[str] = frozenset()) -> str:
    """ "no record child seen alone" -> "there is no record that the child was seen
    alone"; "no record of a visit" -> "there is no record of a visit"; "" otherwise."""
    words = part.split()
    low = [w.lower() for w in words]
    if len(low) < 3 or low[0] != "no" or low[1] not in missing_nouns():
        return ""
    if low[2] in _PREPOSITIONS:
        return f"there is {part}"
    rest = " ".join(words[3:] if low[2] == "that" else words[2:])
    said = copula(rules, rest, past=True, names=names, most=3)
    if not said and has_main_verb(rules, rest):
        said = rest
    return f"there is no {words[1]} that {said}" if said else ""


def that_clause(rules: Standalone, clause: str, names: frozenset[str] = frozenset()) -> str | None:
    """`clause` as a clause of the report's English (module docstring), or None where a
    part of it is a note's fragment no rule makes a clause."""
    body = clause.strip()
    end = body[-1] if body.endswith((".", "!")) else ""
    body = body.rstrip(".!").strip()
    masked, kept = _masked(body)
    parts = _parts(masked)
    if not parts:
        return None
    past = any(w in _PAST for _, p in parts for w in _low(p))
    out: list[tuple[str, str, bool]] = []  # joining words, part, a clause of its own
    pending: list[tuple[str, str]] = []  # noun phrases waiting for the verb of a list
    for sep, part in parts:
        said, own = _part(rules, sep, part, past, names, bool(out))
        if said is None:
            low = _low(part)
            if sep in ("", ",", "and", "or", ", and", ", or") and _noun_phrase(rules, low):
                pending.append((sep, part))
                continue
            return None
        if pending:  # "reports, letters and plans are late": one subject
            items = [*pending, (sep, part)]
            whole, own_ = _part(rules, items[0][0], _rejoin(items), past, names, bool(out))
            if whole is not None:
                said, own, sep = whole, own_, items[0][0]
            elif not _objects(out, pending):
                return None
            pending = []
        out.append((sep, said, own))
    if pending and not _objects(out, pending) or sum(own for _, _, own in out) > MAX_CLAUSES:
        return None
    return _unmasked(_joined(out), kept) + end


def _part(
    rules: Standalone, sep: str, part: str, past: bool, names: frozenset[str], after: bool
) -> tuple[str | None, bool]:
    """A part said as the report says it, and whether it is a clause of its own; None
    where no rule makes it one."""
    low = _low(part)
    if part.startswith("\x00") or not low:
        return part, False  # someone's own words, or a bracket
    if after and (low[0] in _JOINED or low[0] in _PREPOSITIONS or low[0].endswith("ing")):
        return part, False  # "..., which pushes ...", "..., before the hearing"
    if after and (_how_found(rules, low) or sep.endswith(("and", "or")) and low[0][0].isdigit()):
        return part, False  # "... late and often thin", "14%, higher in ...", "7% and 15% in ..."
    said = copula(rules, part, past, names, most=1) if sep.endswith(("and", "but")) else ""
    if said:
        return said, True  # "... and reports timely": a subject and how it was found
    if after and sep.endswith(("and", "but", "or")) and (
        low[0] in rules.auxiliaries or low[0] in rules.finite_verbs or _verb_like(rules, low[0])
        or (_plural(low[0]) and low[0] not in lists().predicates and len(low) > 1)
        or (len(low) > 1 and (low[1] in _OBJECTS or low[1] in _DEFINITE))
    ):  # fmt: skip
        return part, False  # "... and attends the board": the same subject's verb
    said = (
        no_record(rules, part, names) or copula(rules, part, past, names)
        or there_is(rules, part, past)
    )  # fmt: skip
    if said:
        return said, True
    if _has_verb(rules, part):
        return part, True
    if _noun_phrase(rules, low) or not after and _fragment(rules, low):
        return None, False
    return part, True  # cannot tell: taken as it stands


def _how_found(rules: Standalone, low: list[str]) -> bool:
    """Whether a part says how the subject before it was found ("often thin", "higher in
    the cities", "late"): a predicate first, then nothing, a preposition or another
    predicate; never a noun after it ("good relationship with the LA")."""
    if not _predicate_at(rules, low, 0):
        return False
    nxt = low[1] if len(low) > 1 else ""
    return not nxt or nxt in _PREPOSITIONS or nxt in ("and", "or") or _predicate_at(rules, low, 1)


def _has_verb(rules: Standalone, part: str) -> bool:
    """`mainclause.has_main_verb`, save that a plural noun ending the part is never its
    only verb ("clear minutes"; but "one FCA covers two courts")."""
    if not has_main_verb(rules, part):
        return False
    low = _low(part)
    if not _plural(low[-1]) or low[-1] in rules.finite_verbs or len(part.split()) < 2:
        return True
    return has_main_verb(rules, part.rsplit(" ", 1)[0])


def _fragment(rules: Standalone, low: list[str]) -> bool:
    """Whether a first part opens on its verb with no subject ("attends the board")."""
    return low[0] in rules.auxiliaries or (
        low[0] in rules.finite_verbs and not low[0].endswith("s")
    )


def _objects(out: list[tuple[str, str, bool]], pending: list[tuple[str, str]]) -> bool:
    """Noun phrases ending in "and ..." or "or ..." joined to the part before them, as
    the rest of its list ("... come with data and proposals"); False where there is no
    part before, or the list does not end so ("..., good relationship with the LA")."""
    if not out or not pending[-1][0].endswith(("and", "or")):
        return False
    sep, said, own = out[-1]
    out[-1] = (sep, _rejoin([("", said), *pending]), own)
    return True


def _rejoin(items: list[tuple[str, str]]) -> str:
    """Parts written out again with the words that joined them."""
    text = items[0][1]
    for sep, part in items[1:]:
        text += (f"{sep} " if sep.startswith((",", ";")) else f" {sep} ") + part
    return text


def _joined(out: list[tuple[str, str, bool]]) -> str:
    """The parts joined again, a comma between two clauses of their own said ", and"
    (before the last) or "," (before another)."""
    text = ""
    clauses = [k for k, (_, _, own) in enumerate(out) if own]
    for k, (sep, said, own) in enumerate(out):
        if not k:
            text = said
            continue
        if sep in (",", ";") and own and k == clauses[-1]:
            sep = ", and" if sep == "," else sep
        text += (f"{sep} " if sep.startswith((",", ";")) else f" {sep} ") + said
    return text


def missing_record(rules: Standalone, what: str, verb: str) -> str:
    """What a note's "No record child seen alone" says was not done, in the past
    (`mainfailure`: "... was that there was no record that the child had been seen
    alone"), where `what` opens on a noun saying something is missing and names what it
    is about ("record child"); "" otherwise (the caller says "no {what} had been
    {verb}")."""
    words = what.split()
    if (
        len(words) < 2
        or words[0].lower() not in missing_nouns()
        or words[1].lower() in _PREPOSITIONS
    ):
        return ""
    subject = articled_subject(rules, " ".join(words[1:]))
    frame = str(wording_table("voices.toml")["that_clause"]["no_record_past"])
    return frame.format(noun=words[0].lower(), subject=subject, verb=verb)


# A note's sentence that reports what someone said ("Service manager said the team is
# stretched and morale low"): who, the verb, and what they said.
_SAID = re.compile(
    r"^(?P<who>(?:[\w’'-]+\s+){1,8}?)(?P<verb>said|says|say|told (?:inspectors|us)|felt|feel|"
    r"reported|explained|confirmed|stated)(?P<that>\s+that)?\s+(?P<rest>.+)$"
)


def reported_said(
    rules: Standalone, sentence: str, names: frozenset[str] = frozenset()
) -> str | None:
    """A note's sentence reporting what someone said, with what they said as a clause of
    the report's English (`that_clause`); the sentence as it is where it reports nothing;
    None where what they said is a note's fragment no rule makes a clause."""
    m = _SAID.match(sentence)
    if m is None:
        return sentence
    rest = that_clause(rules, m["rest"], names)
    if rest is None:
        return None
    return f"{m['who']}{m['verb']}{m['that'] or ''} {rest}"
