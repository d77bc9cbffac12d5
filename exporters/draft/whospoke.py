"""Who spoke, heading a stakeholder's note, as the note writes it (issue 15): "IRO:
helpful when you reach them", "DFJ Norwich: ...", "The domestic abuse service said
that ...", "Interview with the safeguarding partnership business manager.".  Read by
`regard` (a heading is never what a view is about) and by `Words.speaker` (a partner
agency is named by the kind of agency its heading names: "Health visitor: ..." is "a
health visitor", never the police a note's view is about).

`role_of` names the role a stakeholder is quoted by (`drafting.toml` [[speakers]],
read by `Words`).  No import from the rest of the draft: `words` and `regard` both read
it.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from exporters.draft.wording import wording_table

# Up to six words before a colon, or up to eight before "said"; or a sentence saying
# whom inspectors spoke to.
HEAD = re.compile(
    r"^\s*(?:[^\s:.;!?]+\s+){0,5}[^\s:.;!?]+\s*:\s"
    r"|^\s*(?:(?!(?i:but|although|though|however|whereas|while)\s)[^\s:.;!?]+\s+){1,8}?"
    r"(?:said|says|told inspectors|reported|explained|"
    r"commented|described)(?:\s+that)?\s"
    r"|^\s*(?i:interview|meeting|discussion|spoke|met|call)\s+with\s+[^.:;!?]{3,80}[.:]\s"
)


# Who spoke, as `Words.speaker` reads it: a heading, the words before "told us" ("The
# safeguarding partnership told us ..."), or a first sentence saying how inspectors spoke
# to them ("Phone call with the IRO.", "Telephone interview with the head of service.").
_SPEAKER = re.compile(
    r"^\s*(?:[^\s:.;!?]+\s+){1,8}?(?:told|tells)\s+(?:us|me|the inspectors?|inspectors)\b"
    r"|^\s*(?:[^\s:.;!?]+\s+){1,2}(?i:interview|meeting|discussion|conversation|call)"
    r"\s+with\s+[^.:;!?]{3,80}[.:](?:\s|$)"
)


def speaker(text: str) -> str:
    """Who spoke, as a note writes it: its heading (`heading`), else the words before
    "told us" ("The safeguarding partnership told us ..."), or its first sentence where
    that says how inspectors spoke to whom ("Phone call with the IRO."); "" where it
    names no one.  Never a word inside what the note says ("...; IRO contact good." is
    about contact with IROs, not said by one: tester 16, D4).  In a note in shorthand,
    the words before how they felt (`shorthand`: "Area 11: LA head of service positive
    about ..." was said by the head of service, not by "Area 11")."""
    short = shorthand(text)
    if short is not None and short.who:
        return short.who
    said = heading(text)
    if said:
        return said
    m = _SPEAKER.match(text)
    return m.group(0) if m else ""


def heading(text: str) -> str:
    """Who spoke, heading a note ("DFJ Norwich: "), as the note writes it; "" where no
    one does."""
    head = HEAD.match(text)
    return head.group(0) if head else ""


@dataclass(frozen=True)
class Speaker:
    """A rule naming the role a stakeholder is quoted by: `when` words looked for in
    who spoke (`speaker`), or with `anywhere` in the whole note (a phrase that says who
    spoke wherever it stands: "magistrates said", "one parent wrote"); the role `role`,
    or one of `roles` chosen by the note's own words (`role_of`)."""

    source: str
    role: str
    when: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    anywhere: bool = False
    roles: tuple[str, ...] = ()


def role_of(
    rules: Sequence[Speaker], source: str, text: str, has: Callable[[str, str], bool]
) -> str:
    """The role a note of `source` is quoted by: the first rule of its source that fits
    (`has`: whether lower-cased text holds a word whole), its words looked for in who
    spoke (`speaker`) unless the rule says `anywhere`, so that a role comes from who
    spoke and never from what they spoke about (a head of service's "IRO contact good"
    is no independent reviewing officer's); one of a rule's `roles` by the note's own
    words, so the same note is always said by the same role and different notes vary;
    "one stakeholder" where none fits."""
    several = counted(source, text)
    if several:
        return several
    whole = text.lower()
    head = speaker(text).lower()
    group = _group_named(tuple(rules), source, _lead(text))
    if group:
        return group
    placeless = _placeless(whole, _verbs(tuple(rules)))
    for rule in rules:
        if rule.source != source:
            continue
        low = whole if rule.anywhere else head
        if rule.when and not any(has(low, w) or (rule.anywhere and has(placeless, w))
                                 for w in rule.when):  # fmt: skip
            continue
        if any(has(low, w) for w in rule.unless):
            continue
        if rule.roles:
            return rule.roles[zlib.crc32(text.encode("utf-8")) % len(rule.roles)]
        return rule.role
    return "one stakeholder"


@cache
def _groups(rules: tuple[Speaker, ...]) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Each rule naming a group (`anywhere`, a role that is no one person: "judges",
    "local authority staff"): its source, its role and the group's own words, its `when`
    phrases without the word saying how they spoke ("judges", "the bench", "local
    authority managers")."""
    out = []
    for r in rules:
        if not r.anywhere or r.role.split()[0] in _ONE:
            continue
        nouns = set()
        for phrase in r.when:
            words = phrase.split()[:-1]
            while words and words[-1] in ("all", "both", "also"):
                words = words[:-1]
            if words:
                nouns.add(" ".join(words))
        out.append((r.source, r.role, frozenset(nouns)))
    return tuple(out)


def _group_named(rules: tuple[Speaker, ...], source: str, lead: str) -> str:
    """The group who spoke where the words saying who spoke end on it, in shorthand too
    ("Chester judges highly positive: ...", "The DFJ and judges: ...", "Local authority
    managers critical of ..."; tester 31's A15: said as "one judge"); never a possessive
    ("judges' clerk")."""
    if not lead:
        return ""
    for src, role, nouns in _groups(rules):
        if src == source and any(lead == n or lead.endswith(f" {n}") for n in nouns):
            return role
    return ""


def _lead(text: str) -> str:
    """The words opening a note up to how they spoke or felt (a reporting verb, a
    degree, a feeling of [shorthand_view], or a colon): who spoke, in lower case; ""
    where none of those comes within eight words."""
    _shape, feelings, _said, _not_who, degrees = _shorthand_rules()
    stops = degrees | set(feelings) | _REPORTING | {"told", "tells", "felt", "feel", "feels"}
    out: list[str] = []
    for w in text.split()[:8]:
        bare = w.lower().replace("’", "'").strip(",.;:()")
        if bare in stops:
            return " ".join(out)
        out.append(bare)
        if w.endswith(":"):
            return " ".join(out)
        if w.endswith((",", ";", ".", "'")):
            return ""
    return ""


@cache
def _verbs(rules: tuple[Speaker, ...]) -> frozenset[str]:
    """The words saying how a group spoke in the rules naming a group that are looked
    for anywhere ("said", "described", "felt": the last word of each of their `when`
    phrases)."""
    groups = (r for r in rules if r.anywhere and r.role.split()[0] not in _ONE)
    return frozenset(w.split()[-1] for r in groups for w in r.when if " " in w)


_ONE = frozenset({"one", "a", "an", "the"})


_PLACE_WORDS = frozenset({"in", "at", "from", "across", "for", "on"})


def _placeless(low: str, verbs: frozenset[str]) -> str:
    """A note (in lower case) with where its speakers are from taken out of who spoke
    ("judges in area 8 described reports as ..." -> "judges described reports as ...":
    tester 30's F14, a plural note said as "one judge"): up to four words of who they
    are, a place word, up to five words of where, then how they spoke (`verbs`), so that
    a group's rule finds them; the note as it is where no place stands there."""
    words = low.split()
    for k in range(1, min(5, len(words))):
        if words[k] in _PLACE_WORDS:
            break
        if not words[k].isalpha():
            return low  # who spoke ends at a mark before any place
    else:
        return low
    for j in range(k + 2, min(k + 7, len(words))):
        if words[j] in verbs:
            return " ".join([*words[:k], *words[j:]])
        if words[j - 1][-1:] in ",:;.!?":
            break
    return low


# What follows who spoke in a note's heading: a colon, or the verb saying they spoke.
_SAID_TAIL = re.compile(
    r"\s*(?::|\b(?:said|says|told|tells|reported|explained|commented|described)"
    r"(?:\s+(?:us|me|the inspectors?|inspectors))?(?:\s+that)?)\s*$",
    re.IGNORECASE,
)
_BEFORE_PLACE = frozenset({"of", "from", "at", "in", "for", "on"})


@cache
def _counted_rules() -> tuple[frozenset[str], int, dict[str, tuple[str, tuple[str, ...]]],
                              frozenset[str]]:  # fmt: skip
    """`voices.toml` [counted_speakers] (the count words, the longest speaker, each
    source's qualifier and the words that make it unneeded) and the person nouns of
    `support.toml` [own_speaker] `people`, read once."""
    t = wording_table("voices.toml")["counted_speakers"]
    qualified = {src: (str(q["word"]), tuple(str(w).lower() for w in q["already"]))
                 for src, q in t.get("qualified", {}).items()}  # fmt: skip
    own = wording_table("support.toml")["own_speaker"]["people"]
    people = frozenset(str(w).lower() for w in (*own, *t["people"]))
    return frozenset(str(w).lower() for w in t["counts"]), int(t["max_words"]), qualified, people


def counted(source: str, text: str) -> str:
    """The role of several speakers a note of `source` counts where it says who spoke
    ("Two heads of service said ..." -> "two local authority heads of service", "Both
    IROs: ..." -> "both IROs"), in the note's own words, with the source's qualifier
    where the note leaves it out (`voices.toml` [counted_speakers]); "" where the note
    names one speaker, no count, or no people ("Two reports said ...": documents)."""
    counts, most, qualified, people = _counted_rules()
    words = _SAID_TAIL.sub("", speaker(text)).split()
    if not 2 <= len(words) <= most or words[0].lower() not in counts:
        return ""
    rest = words[1:]
    if rest[0].lower() == "of":  # "three of the judges": the people come last
        head = rest[-1]
    else:
        head = next((rest[k - 1] for k, w in enumerate(rest) if k and w.lower() in _BEFORE_PLACE),
                    rest[-1])  # fmt: skip
    bare = head.replace("’", "'").rstrip("'")
    if not (bare.endswith("s") and bare[:-1].lower() in people):
        return ""  # not several people ("two reports", "both staff")
    if any(not (w.islower() or w.rstrip("s'’").isupper()) for w in rest):
        return ""  # a name among them: never quoted by it
    low = " ".join(words).lower()
    word, already = qualified.get(source, ("", ()))
    if word and not any(re.search(rf"(?<![\w']){re.escape(a)}(?![\w'])", low) for a in already):
        rest = [*word.split(), *rest]
    return " ".join([words[0].lower(), *rest])


# Who spoke, before a reporting verb in any tense ("President's office and senior
# judiciary describe leaders as ..."): `several` reads it where no heading says who.
_BEFORE_VERB = re.compile(
    r"^\s*((?:[^\s:.;!?]+\s+){1,8}?)(?:say|says|said|tell|tells|told|describe|describes|"
    r"described|praise|praises|praised|reported|comment|comments|commented|explain|"
    r"explains|explained|feel|feels|felt|valued|cite|cites|cited|raised)\b",
    re.IGNORECASE,
)
# Words that make the words before a reporting verb a clause of their own, not who spoke
# ("Reflective supervision is recorded and helped the practitioner think ...").
_NOT_WHO = frozenset({"is", "are", "was", "were", "has", "have", "had", "be", "been", "not"})


@cache
def _collective() -> frozenset[str]:
    """`voices.toml` [counted_speakers] `collective`."""
    return frozenset(wording_table("voices.toml")["counted_speakers"]["collective"])


def several(text: str) -> bool:
    """Whether who spoke, heading a note (`heading`, else the words before its reporting
    verb, up to where they are from: "judges in three areas"), is several people: people
    joined by "and" or "&" after a word in lower case (not a name's, "Brighton and
    Hove", "Hampshire and the Isle of Wight"), a plural of a person noun ("senior
    judges", "representatives"; not a possessive, "visitors' lead"; nor a body,
    "children's services") or a word for several ([counted_speakers] `collective`:
    "judiciary").  Tester 28's A4 #11: "President's office and senior judiciary describe
    leaders as constructive partners" was said as "one judge spoke well of ...".  Where
    the heading is a place or a body ("Newcastle CC: Head of Service & 2 IROs v positive
    - ..."), who spoke is also the words after it before how they felt (`_after_heading`;
    tester 29's A5: said as "one local authority representative")."""
    head = heading(text)
    if not head:
        m = _BEFORE_VERB.match(text)
        head = m.group(1) if m else ""
    words = _SAID_TAIL.sub("", head).split()
    if any(w.lower() in _NOT_WHO for w in words):
        return False
    # Who they are comes before where they are from ("judges in three areas", "the head
    # of children's services": the head, not the services).
    at = next((k for k, w in enumerate(words) if k and w.lower() in _BEFORE_PLACE), len(words))
    words = words[:at]
    people = _counted_rules()[3]
    for k, w in enumerate(words):
        low = w.lower().rstrip(",")
        if low in _collective() or (low.endswith("s") and low[:-1] in people - {"service"}):
            return True  # a possessive ("visitors' lead", "magistrates' adviser") is not
        joined = 0 < k < len(words) - 1 and low in ("and", "&")
        if joined and not words[k - 1][:1].isupper():  # "Hampshire and the Isle of Wight"
            return True
    return bool(heading(text)) and _people_joined(_after_heading(text), people)


# Where the words after a heading that say who spoke end: a mark, or how they felt.
_LEAD_END = re.compile(r"\s(?:-|–|—)\s|[:;,.()!?]")
_COUNT = re.compile(r"^(?:[2-9]|[1-9][0-9])$")


def _after_heading(text: str) -> list[str]:
    """The words after a note's heading that say who spoke, in shorthand: those before
    the first word of how they felt or a reporting verb ("Newcastle CC: Head of Service
    & 2 IROs v positive - ...": "Head of Service & 2 IROs"); [] where no such word ends
    them before a mark (then what follows the heading is what was said: "DFJ: guardians
    and FCAs attend well")."""
    rest = text[len(heading(text)) :]
    lead = _LEAD_END.split(rest, maxsplit=1)[0].split()[:10]
    _shape, feelings, _said, _not_who, degrees = _shorthand_rules()
    ends = degrees | set(feelings) | _REPORTING
    at = next((k for k, w in enumerate(lead) if w.lower() in ends), 0)
    return lead[:at]


_REPORTING = frozenset({"say", "says", "said", "told", "tell", "tells", "describe",
                        "describes", "described", "praise", "praises", "praised"})  # fmt: skip


def _people_joined(words: list[str], people: frozenset[str]) -> bool:
    """Whether `words` (who spoke) name several people: two joined by "and", "&" or "+"
    that each name a person ("Head of Service & 2 IROs"), or a count of a plural
    ("2 IROs", "three social workers")."""
    parts: list[list[str]] = [[]]
    for w in words:
        if w.lower() in ("and", "&", "+"):
            parts.append([])
        else:
            parts[-1].append(w.lower().rstrip(",'’"))
    persons = 0
    for part in (p for p in parts if p):
        counted = _COUNT.match(part[0]) is not None or part[0] in _counted_rules()[0]
        noun = part[1:] if counted else part
        if not noun:
            continue
        who = noun[: noun.index("of")] if "of" in noun else noun  # "head of service": head
        plural = any(w.endswith("s") and w[:-1] in people for w in who)
        if counted and plural:
            return True
        persons += any(w in people or w.removesuffix("s") in people for w in who)
    return persons >= 2


def without_shorthand(sentence: str, reads: Callable[[str], bool]) -> str:
    """A stakeholder's sentence as a note reports it, without the inspector's own
    shorthand after a semicolon (tester 16, D4: "LA head of service said the guardians
    challenge care plans well; IRO contact good." is said without "IRO contact good"):
    each part after the first is kept only where it reads as a sentence of its own
    (`reads`, given it capitalised), and the first always."""
    first, *more = sentence.split(";")
    kept = [first.rstrip()]
    for part in more:
        words = part.strip().rstrip(".!")
        if not words or not reads(words[:1].upper() + words[1:] + "."):
            break  # what follows a fragment leans on it: left off with it
        kept.append(part.rstrip())
    said = ";".join(kept)
    return said if said.endswith((".", "!", "?")) else said.rstrip(",") + "."


@dataclass(frozen=True)
class Shorthand:
    """A stakeholder's note in shorthand (`shorthand`): who spoke as the note writes them
    ("LA head of service"; "" where only a heading names them, "DFJ: very positive
    ..."), its heading ("Area 11"; "" for none), how much (`degree`: "very ", or ""),
    the feeling ("positive"), the word the report puts after it ("about") and what it
    was about ("guardians' challenge in pre-proceedings")."""

    who: str
    heading: str
    degree: str
    feeling: str
    linking: str
    what: str


@cache
def _shorthand_rules() -> tuple[
    re.Pattern[str], dict[str, str], dict[str, str], frozenset[str], frozenset[str]
]:
    """`voices.toml` [shorthand_view], read once: the note's shape, each feeling's word
    after it, the degrees written out, the words that are no part of who spoke, and the
    degrees."""
    t = wording_table("voices.toml")["shorthand_view"]

    def alt(words: Sequence[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    word = r"[^\s:.;!?,()]+"
    shape = re.compile(
        rf"^\s*(?:(?P<heading>(?:{word}\s+){{0,3}}{word})\s*:\s*)?"
        rf"(?:(?P<who>(?:{word}\s+){{0,5}}?{word})\s+)?"
        rf"(?P<degree>(?:(?:{alt(t['degrees'])})\s+)*)"
        rf"(?P<feeling>{alt(t['feelings'])})\s+(?:{alt(t['linking'])})\s+"
        r"(?P<what>[^;!?]+?)\s*(?:[.;!?]\s|[.;!?]?\s*$)",
        re.IGNORECASE,
    )
    return (shape, dict(t["feelings"]), dict(t["degree_said"]),
            frozenset(w.lower() for w in t["not_who"]), frozenset(t["degrees"]))  # fmt: skip


def shorthand(text: str) -> Shorthand | None:
    """A stakeholder's note written as who spoke and how they felt, with no verb ("Area
    11: LA head of service positive about guardians' challenge in pre-proceedings.",
    "DFJ: v. critical re late filing"; `voices.toml` [shorthand_view]); None for a note
    that says it in a sentence ("The judge said she was positive about ...", "Reports
    are positive about progress") or names no one before the feeling."""
    shape, feelings, said, not_who, degrees = _shorthand_rules()
    m = shape.match(text)
    if m is None:
        return None
    who, head = (m.group("who") or "").strip(), (m.group("heading") or "").strip()
    told = m.group("degree")
    if who and all(w.lower() in degrees for w in who.split()):  # "DFJ: broadly satisfied"
        who, told = "", f"{who} {told}"
    if not (who or head) or any(w.lower() in not_who for w in who.split()):
        return None
    if len(m.group("what").split()) < 2:
        return None
    degree = " ".join(said.get(w.lower(), w.lower()) for w in told.split())
    feeling = m.group("feeling").lower()
    return Shorthand(who, head, degree + " " if degree else "", feeling, feelings[feeling],
                     m.group("what").strip())  # fmt: skip
