"""The protected names of one inspection, indexed for the scanner: whole names, the
single words of people's names, their nicknames and short forms, and a deletion index
that finds a word within one edit of a name (a misspelling).

A protected name that is really an organisation (a council party to a public-law
case: "London Borough of Croydon") is dropped: it is the inspection's own vocabulary,
not a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from exporters.identify.vocabulary import Vocabulary
from store.accents import plain
from store.casevocab import council_short_forms, is_organisation, is_setting

_SHORT_FORMS = sorted((w.upper() for w in council_short_forms()), key=len, reverse=True)
COUNCIL_SHORT = re.compile(rf"\b(?:{'|'.join(_SHORT_FORMS)})\b")
"""The short forms lists give a council (London Borough, Royal Borough of Kingston,
Metropolitan Borough Council, County Council...), as the case-list import reads them."""
PERSON_CATEGORIES = frozenset({"child", "parent", "carer", "other-person"})
_WHO = {
    "child": "a protected child",
    "parent": "a protected parent",
    "carer": "a protected carer",
    "other-person": "another person on the protected list",
}
"""How a label names the people of each category."""
_PART = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_LOST = re.compile(r"(?:[^\W\d_]|\?)+")
_NAME_WORD = re.compile(r"(?:[^\W\d_]|\?)+(?:['’\-](?:[^\W\d_]|\?)+)*")
"""A word of a protected name as `_PART` reads it, a lost letter ('?') a letter too."""
"""A word of a name in which the case list's file lost letters it could not hold, each
now '?' ('?ukasz', 'St?pie?': Windows-1252 holds no Ł or ę)."""


_HONORIFIC = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Master", "Re", "In"})


@dataclass(frozen=True)
class Entry:
    """What a protected word stands for."""

    name: str
    category: str
    how: str  # "name", "short form", "misspelling"


@dataclass
class ProtectedIndex:
    """Protected names indexed by word (see the module docstring)."""

    vocab: Vocabulary
    people: list[tuple[str, str]]
    places: list[str]
    full: re.Pattern[str] | None = None
    parts: dict[str, Entry] = field(default_factory=dict)
    variants: dict[str, Entry] = field(default_factory=dict)
    deletions: dict[str, set[str]] = field(default_factory=dict)
    _first_words: frozenset[str] = frozenset()
    roles: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    """Each word of a person's name: category -> where it stands in their names
    ("first", "surname", or "name" for a one-word name)."""
    _folded: dict[str, Entry] | None = None
    _variants_folded: dict[str, Entry] | None = None
    lost: dict[tuple[int, tuple[int, ...]], dict[str, Entry]] = field(default_factory=dict)
    """Words with lost letters, by (length, where the '?' stand): their other letters
    (folded) -> the name (`lost_letters`)."""

    def __post_init__(self) -> None:
        wholes: list[str] = []
        self._categories: dict[str, str] = {}
        # A word a whole name gives as its surname is no first name where a record holds
        # it alone (a list giving "STAPLETON, Alfie" keeps "Stapleton" on its own too):
        # its "short forms" ("Staples", a farm's name) named a child's first name that
        # nobody has (tester 33, F8).
        people = [(" ".join(name.split()), category,
                   [w for w in _PART.findall(name) if w not in _HONORIFIC])
                  for name, category in self.people]  # fmt: skip
        surnames = {words[-1] for _, _, words in people if len(words) > 1}
        for name, category, words in people:
            if len(name) < 2 or self._is_organisation(name) or self._is_council(name, category):
                continue
            if len(words) > 1:
                for whole in {name, plain(name)}:
                    wholes.append(whole)
                    self._categories.setdefault(whole.casefold(), category)
            for n, w in enumerate(words):
                place = "name" if len(words) == 1 else ("first" if n == 0 else "surname")
                for spelt in {w, plain(w)}:  # and as typed without its accents
                    self._add_part(spelt, name, category)
                    for piece in {spelt, *(p for p in spelt.split("-") if len(p) >= 3)}:
                        self.roles.setdefault(piece, {}).setdefault(category, set()).add(place)
            if "?" in name:
                self._add_lost(name, category)
            alone_a_surname = len(words) == 1 and words[0] in surnames
            if words and category in ("child", "parent", "carer", "other-person") \
                    and not alone_a_surname:  # fmt: skip
                for spelt in {words[0], plain(words[0])}:
                    self._add_variants(spelt, name, category)
        for place in self.places:
            place = " ".join(place.split())
            if len(place) >= 3 and (is_setting(place) or not self._is_organisation(place)):
                wholes.append(place)
        self._first_words = frozenset(
            re.split(r"[^\w]", w.lower())[0] for w in wholes if w[:1].isalpha()
        )
        alts = sorted({re.escape(w).replace(r"\ ", r"\s+").replace(r"\?", r"[^\W\d_]")
                       for w in wholes}, key=len, reverse=True)  # fmt: skip
        self.full = (
            re.compile(r"(?<![\w\-])(?:" + "|".join(alts) + r")(?![\w\-])", re.IGNORECASE)
            if alts
            else None
        )

    def part_folded(self, word: str) -> Entry | None:
        """The protected name a word is part of, in any case ("SMITH", "McDONALD")."""
        if self._folded is None:
            self._folded = {}
            for k, v in self.parts.items():
                self._folded.setdefault(k.casefold(), v)
        return self._folded.get(plain(word).casefold())

    def variant_folded(self, word: str) -> Entry | None:
        """The protected name a short form stands for, in any case ("ELLIE")."""
        if self._variants_folded is None:
            self._variants_folded = {}
            for k, v in self.variants.items():
                self._variants_folded.setdefault(k.casefold(), v)
        return self._variants_folded.get(plain(word).casefold())

    def describe(self, word: str, how: str, entry: Entry, adult: bool = False) -> str:
        """A label that says truly whose name a word is: whose first name or surname
        it is on the protected list ("the surname of a protected child and a protected
        parent"), how it was matched (`how`: "name", "short form", "misspelling"), and
        for a surname written after Mr or Mrs (`adult`) that it names a family member.
        `entry` is the protected name the match came from."""
        roles = self.roles.get(word) or self.roles.get(self._roles_key(word), {})
        if how == "short form":
            return f"a short form of the first name of {_WHO.get(entry.category, 'a protected person')}"
        firsts = [c for c in _WHO if "first" in roles.get(c, ())]
        surnames = [c for c in _WHO if "surname" in roles.get(c, ())]
        alone = [c for c in _WHO if "name" in roles.get(c, ())]
        parts = []
        if firsts:
            parts.append(f"the first name of {_who(firsts)}")
        if surnames:
            parts.append(f"the surname of {_who(surnames)}")
        if alone:
            parts.append(f"the name of {_who(alone)}")
        what = " and ".join(parts) or f"a name of {_who([entry.category])}"
        if how == "misspelling":
            return f"within one letter of {what}"
        if adult and surnames and not firsts:
            return f"a family member's name: {what}"
        return what

    def _roles_key(self, word: str) -> str:
        """The protected word a word in other capitals stands for ("BRENNAN")."""
        folded = word.casefold()
        return next((w for w in self.roles if w.casefold() == folded), word)

    def category_of(self, whole: str) -> str:
        """The category of a whole protected name as matched ("" for a place)."""
        return self._categories.get(" ".join(whole.split()).casefold(), "")

    @property
    def first_words(self) -> frozenset[str]:
        """The lower-case first words of the whole protected names."""
        return self._first_words

    def may_hold_whole(self, words: set[str]) -> bool:
        """Whether a text's lower-case words hold the first word of a whole protected
        name (a quick test before the slower search for whole names)."""
        return not self._first_words.isdisjoint(words)

    def _is_organisation(self, name: str) -> bool:
        if is_organisation(name):
            return True
        words = [w for w in _PART.findall(name) if w[:1].isupper()]
        lex = self.vocab.lexicon_words
        return bool(words) and len(words) > 1 and all(w in lex for w in words)

    def _is_council(self, name: str, category: str) -> bool:
        """A local authority a list gives as a party, as public law lists give the
        applicant: its short form ("RB Greenwich", "LB Enfield", "Sandwell MBC"), or a
        place's name alone ("Oldham", "Telford" and "Wrekin" of "Telford & Wrekin",
        split as two parties) that is nobody's given name; never a child's name (tester
        20, F8: every note on an interview with council staff stopped the export)."""
        if category == "child":
            return False
        if COUNCIL_SHORT.search(name):
            return True
        words = _PART.findall(name)
        return len(words) == 1 and words[0] in self.vocab.place_names and \
            words[0] not in self.vocab.given_names  # fmt: skip

    def _add_part(self, word: str, name: str, category: str) -> None:
        if len(word) < 2 or not word[0].isupper():
            return
        self.parts.setdefault(word, Entry(name, category, "name"))
        if "-" in word:
            for piece in word.split("-"):
                if len(piece) >= 3 and piece[0].isupper():
                    self.parts.setdefault(piece, Entry(name, category, "name"))
        if len(word) >= 4:
            key = plain(word).casefold()
            for d in _deletes(key):
                self.deletions.setdefault(d, set()).add(word)
            self.deletions.setdefault(key, set()).add(word)

    def _add_lost(self, name: str, category: str) -> None:
        """Index the words of `name` that lost letters (see `_LOST`)."""
        for word in _LOST.findall(name):
            at = tuple(i for i, c in enumerate(word) if c == "?")
            if at and len(word) - len(at) >= 2:
                key = plain(word.replace("?", "")).casefold()
                self.lost.setdefault((len(word), at), {}).setdefault(
                    key, Entry(name, category, "name")
                )

    def lost_letters(self, word: str) -> Entry | None:
        """The protected name whose word lost letters `word` may have had ('Łukasz' or
        'Lukasz' for '?ukasz'): each '?' read as any letter."""
        for (length, at), words in self.lost.items():
            if len(word) == length:
                key = plain("".join(c for i, c in enumerate(word) if i not in at)).casefold()
                if key in words:
                    return words[key]
        return None

    def _add_variants(self, first: str, name: str, category: str) -> None:
        """Nicknames and short forms of a first name ("Ellie" for Eleanor, "Kay" for
        Kayleigh, "Charlie" for Charlotte)."""
        entry = Entry(name, category, "short form")
        for form in short_forms(self.vocab, first):
            if form not in self.parts:
                self.variants.setdefault(form, entry)

    def fuzzy(self, word: str) -> str | None:
        """The protected word within one edit of `word` (insert, delete, substitute or
        swap two neighbours), if there is exactly one kind of answer."""
        if len(word) < 4 or not self.deletions:
            return None
        key = plain(word).casefold()
        found: set[str] = set(self.deletions.get(key, ()))
        for d in _deletes(key):
            found.update(self.deletions.get(d, ()))
        for cand in sorted(found):
            if cand.casefold() != key and _within_one(plain(cand).casefold(), key):
                return cand
        return None


def _same(word: str, name: str) -> bool:
    """Whether `word` is `name`, a '?' in the name (a letter the case list's file lost:
    `_LOST`) standing for any letter."""
    return word == name or (
        "?" in name
        and len(word) == len(name)
        and all(n in (w, "?") for w, n in zip(word, name, strict=True))
    )


def _who(categories: list[str]) -> str:
    return " and ".join(_WHO.get(c, "a protected person") for c in categories)


def case_label(text: str, note: str, on_case: list[tuple[str, str]]) -> str:
    """The label of a protected name found in a record of one case, by that case's own
    protected people first (`on_case`: name and category): the child's name on this
    case is labelled the child's, though another case's mother has the same name.  A
    name no one on this case has is said to be another case's.  A short form or a
    misspelling keeps the label it has."""
    if note.startswith(("a short form", "within one letter")):
        return note
    key = " ".join(plain(text).casefold().split())  # "Siobhan" is Siobhán (tester 26, F6)
    whole = [c for n, c in on_case if _same(key, " ".join(plain(n).casefold().split()))]
    if whole:
        return f"the name of {_who(_ordered(whole))} on this case"
    roles: dict[str, set[str]] = {}
    for name, category in on_case:
        words = [plain(w).casefold() for w in _NAME_WORD.findall(name) if w not in _HONORIFIC]
        for n, w in enumerate(words):
            if _same(key, w) or key in w.split("-"):
                place = "name" if len(words) == 1 else ("first" if n == 0 else "surname")
                roles.setdefault(place, set()).add(category)
    if not roles:
        return f"{note} on another case" if note else note
    parts = [f"the {what} of {_who(_ordered(list(roles[place])))}"
             for place, what in (("first", "first name"), ("surname", "surname"),
                                 ("name", "name")) if place in roles]  # fmt: skip
    return f"{' and '.join(parts)} on this case"


def _ordered(categories: list[str]) -> list[str]:
    """Categories once each, in the order labels name them."""
    return [c for c in _WHO if c in categories]


def whole_name_label(category: str) -> str:
    """The label of a whole protected name as matched ("" category: a place)."""
    if not category:
        return "a protected name"
    if category in _WHO:
        return f"the name of {_WHO[category]}"
    return f"a protected {category}"


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _within_one(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance of at most one."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    if la > lb:
        a, b = b, a
    # b is one longer: deleting one letter of b gives a.
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def short_forms(vocab: Vocabulary, first: str) -> tuple[str, ...]:
    """The short forms a first name may be written as (`ProtectedIndex._add_variants`),
    worked out once a process for each first name: a national list's 30,000 names hold
    a few thousand first names, and a command builds its scanner afresh (tester 30: each
    `evidence add` on a 6,000-case master took 2.8 CPU-s, most of it here, with the
    nickname table read through once per name)."""
    key = (id(vocab), first)  # one vocabulary a process (`vocabulary.load`)
    forms = _FORMS.get(key)
    if forms is None:
        forms = _FORMS[key] = _short_forms(vocab, first)
    return forms


_FORMS: dict[tuple[int, str], tuple[str, ...]] = {}
_FORMAL: dict[int, dict[str, list[str]]] = {}


def _short_forms(vocab: Vocabulary, first: str) -> tuple[str, ...]:
    pieces = first.split("-") if "-" in first else [first]
    formal_of = _formal_of(vocab)
    listed: set[str] = set()
    for piece in {first, *pieces}:
        listed.update(vocab.nicknames.get(piece, ()))
        for formal in formal_of.get(piece, ()):
            listed.add(formal)
            listed.update(vocab.nicknames[formal])
    forms = set(listed)
    if len(pieces) > 1:  # "AJ" for Amelia-Jane
        listed.add(initials := "".join(p[:1] for p in pieces).upper())
        forms.add(initials)
    for piece in pieces:
        for n in range(3, len(piece)):
            stem = piece[:n]
            forms.add(stem)
            for tail in ("ie", "y", "i"):
                if not stem.endswith(tail[-1]):
                    forms.add(stem + tail)
            with_s = stem.lower() + "s"  # a word only as itself, not as a plural
            if n >= 4 and not stem.endswith("s") and with_s not in vocab.common_words \
                    and with_s not in vocab.dictionary:  # fmt: skip
                listed.add(stem + "s")  # "Brogs" for Brogan, "Tiegs" for Tiegan
                forms.add(stem + "s")
    kept = []
    for form in sorted(forms):
        if form == first or len(form) < 2:
            continue
        if form in vocab.lexicon_words and form not in vocab.given_names:
            continue
        plain_word = vocab.is_english(form.lower()) and form not in vocab.given_names
        if plain_word and form not in listed:
            # A stem that is an ordinary word ("Art", "Court") is a short form only
            # where the nickname table says so.
            continue
        kept.append(form)
    return tuple(kept)


def _formal_of(vocab: Vocabulary) -> dict[str, list[str]]:
    """The nickname table read backwards: a short form -> the names it is short for."""
    out = _FORMAL.get(id(vocab))
    if out is None:
        out = _FORMAL[id(vocab)] = {}
        for formal, shorts in vocab.nicknames.items():
            for short in shorts:
                out.setdefault(short, []).append(formal)
    return out
