"""Notes dictated and pasted from speech-to-text: no capitals, numbers said as words.

"home visit with leah and her nan full stop mum's mobile is zero seven seven ..." holds
a phone number no finder reads: the finders want digits and capitals.  A text is read as
dictated where it has no capital letter at all, or says "full stop" in words, or says a
number digit by digit (`dictated`).  Then:

- its written form (`spoken.written`: "07700900312", "4 February 2016", "BA23QZ", "42
  Mill Lane") is scanned by the scanner's own finders, and what they find there that
  is a number, a date, a postcode, a street or a case number is reported on the words
  that were said;
- a protected name that is also an ordinary word ("summer", "rose", "ray", "hope",
  which `lowercase.py` leaves alone) is a name where it stands as a person: before a
  verb of saying or doing ("rose said"), after "spoke to", "with", a person and "and",
  a relation, a title, or as a possessive ("summer's mum"); never after "the", "this",
  "last", "in", "over", "during" and their like, nor before "holidays", "term",
  "garden" and their like.  Where a person's place and a word's meet ("with hope"),
  the name is found: a false alarm the lead can accept, never a child let pass.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

from exporters.identify.patterns import Found, alternation
from exporters.identify.protected import Entry, ProtectedIndex
from exporters.identify.spoken import DATE_WORDS, MARK_WORDS, NUMBER_WORDS, SpokenSignal, written
from exporters.identify.spokenplaces import SETTING_WORDS, titled_settings
from exporters.identify.vocabulary import Vocabulary
from store.accents import plain

PROTECTED = "protected-name"
_DETAILS = frozenset(
    {"phone", "nhs-number", "case-number", "case-reference", "postcode", "street-address",
     "date-of-birth", "date", "email", "school", "hospital"}
)  # fmt: skip
"""What the written form is read for: what a number, a date or a code makes."""
_SPOKEN_RUN = re.compile(
    r"\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|treble)[ \-]+){3}"
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b"
)
"""Four digits said one by one: a number dictated in a text with capitals."""
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)*|[.!?;:\n]")

_NOT_AFTER = frozenset(
    {"the", "this", "that", "these", "those", "last", "next", "every", "each", "a", "an",
     "in", "over", "during", "of", "through", "throughout", "until", "till", "since", "by",
     "early", "late", "mid", "all", "whole", "some", "any", "no", "his", "her", "their",
     "our", "my", "its", "your", "for", "per", "x"}
)  # fmt: skip
"""Words after which a word is the word ("over the summer", "the rose garden", "last
summer")."""
_NOT_BEFORE = frozenset(
    {"holidays", "holiday", "hols", "term", "terms", "garden", "gardens", "bush", "bushes",
     "bed", "beds", "camp", "camps", "school", "schools", "fair", "fete", "break", "breaks",
     "months", "month", "time", "times", "scheme", "programme", "club", "sun", "heat", "day",
     "days", "evening", "evenings", "night", "nights", "festival", "petals", "tea", "water",
     "season", "weeks", "week", "period", "job", "jobs", "work", "reading", "plan", "plans",
     "party", "people", "person", "persons", "children", "child", "adults", "adult", "ones",
     "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "carers", "parents"}
)  # fmt: skip
"""Nouns after which a word is the word ("summer holidays", "the rose garden", "spoke
to young people")."""
_CALENDAR = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
)  # fmt: skip
"""A month's or a day's short form ("jan"), read by where it stands like a word."""
_NO_SUBJECT = frozenset({"of", "that", "for", "to", "and", "or", "is", "was", "will", "has", "had"})
"""Words after which a word with nothing before it that makes it a person is the word
("hope that", "ray of", "summer was hot")."""
_BE = frozenset({"is", "was", "has", "had", "isn't", "wasn't", "hasn't", "seems", "seemed"})
_OPENS = frozenset({".", "but", "then", "because", "so"})
"""Where a sentence or a clause opens: a name there before "is" or "was" is its subject
("summer is nine full stop"); a season there too ("summer was busy"), a false alarm kept."""
_MODALS = frozenset({"will", "may", "can", "might", "must", "shall"})
"""Names that are also verbs before a verb ("mum will ring"): a person only where said to,
met or named, or before a verb no modal takes ("will said")."""
_AFTER_MODAL = frozenset({"hit", "hurt", "read", "would", "could", "didn't", "doesn't",
                          "won't", "can't", "hasn't", "wasn't", "isn't"})  # fmt: skip
_ABOUT = frozenset(
    {"worried", "worries", "worry", "concerned", "concerns", "spoke", "talked", "asked",
     "told", "cares", "upset", "angry", "cross", "jealous", "proud", "said"}
)  # fmt: skip
"""Words before "about" a person ("worried about rose")."""
_VERBS = frozenset(
    {"said", "says", "told", "tells", "asked", "asks", "explained", "explains", "shared",
     "shares", "described", "describes", "disclosed", "discloses", "reported", "wants",
     "wanted", "wishes", "wished", "likes", "liked", "loves", "loved", "enjoys", "enjoyed",
     "drew", "draws", "showed", "shows", "cried", "cries", "laughed", "smiled", "refused",
     "refuses", "agreed", "agrees", "went", "goes", "attends", "attended", "lives", "lived",
     "stays", "stayed", "moved", "spoke", "speaks", "talked", "talks", "thinks", "thought",
     "feels", "felt", "seemed", "seems", "appeared", "appears", "didn't", "doesn't", "won't",
     "can't", "hasn't", "wasn't", "isn't", "would", "could", "gets", "got", "came", "comes",
     "ran", "hit", "hits", "hurt", "needs", "needed", "said's", "replied", "answered"}
)  # fmt: skip
"""Verbs of saying and doing a person is the subject of ("rose said", "summer wants")."""
_SAY_TO = frozenset(
    {"spoke", "speak", "speaks", "speaking", "talked", "talk", "talks", "talking", "chatted",
     "chat", "chatting", "said", "explained", "listened", "listening", "wrote", "write",
     "read", "sat", "introduced", "goodbye", "hello", "hi"}
)  # fmt: skip
"""Verbs before "to" a person ("spoke to summer", "explained to rose")."""
_TO_PERSON = _SAY_TO | {"it", "them"}
_BEFORE_PERSON = frozenset(
    {"with", "saw", "see", "seen", "seeing", "met", "meet", "visited", "visit", "asked",
     "told", "called", "named", "mr", "mrs", "ms", "miss", "mx", "dr", "and", "thanked",
     "observed", "interviewed", "supervised", "collected", "dropped", "hugged", "helped",
     "gave", "gives", "took", "takes", "picked", "brought", "brings", "supported", "praised",
     "phoned", "rang", "texted", "messaged", "emailed", "contacted", "reassured",
     "encouraged", "reminded", "warned", "protects", "protected", "kicked", "pushed",
     "shouted", "hits", "smacked", "slapped", "grabbed", "bathed", "fed", "dressed"}
)  # fmt: skip
"""Words after which a word stands as a person ("met ray", "a girl called hope")."""
_PEOPLE = frozenset(
    {"mum", "mums", "dad", "dads", "mother", "father", "nan", "nana", "gran", "grandad",
     "grandma", "brother", "sister", "son", "daughter", "baby", "cousin", "aunt", "auntie",
     "uncle", "stepdad", "stepmum", "carer", "friend", "him", "her", "them", "me", "us",
     "boyfriend", "girlfriend", "partner", "sibling", "twin", "niece", "nephew"}
)  # fmt: skip
"""People a name stands beside ("her sister rose", "mum and summer")."""


class Dictation:
    """The dictated-text reading of one scanner: its protected names that are words."""

    def __init__(
        self, index: ProtectedIndex, vocab: Vocabulary, own: set[str], street_words: frozenset[str]
    ) -> None:
        self.index = index
        self.vocab = vocab
        self.street_words = street_words
        # The inspection's own words and places stay words ("preston"); a season or a
        # month the lexicon knows ("summer", "may") is read by where it stands.
        ordinary = {w.lower() for w in own} | {w.lower() for w in vocab.place_names}
        self.names: dict[str, tuple[str, Entry, str]] = {}
        """Each protected word that is also an ordinary word, in lower case without its
        accents: the protected word, its entry and how it stands for it."""
        for how, table in (("name", index.parts), ("short form", index.variants)):
            for word, entry in table.items():
                key = plain(word).lower()
                if len(key) < 3 or key in ordinary or not vocab.is_common(key):
                    continue
                # A short form that is a word and no given name ("calls" for Cal) is
                # the word in lower case.
                if how == "name" or word in vocab.given_names:
                    self.names.setdefault(key, (word, entry, how))
        self.only_names = frozenset(
            k for k in self.names if not vocab.is_english(k) and k not in _CALENDAR
        )
        """Names the dictionary lists that are no English word ("charlie", "isabella"):
        in a dictated note, a name wherever they stand."""
        self.parts = frozenset(plain(w).lower() for w in index.parts)
        self.surnames = frozenset(
            plain(w).lower() for w, roles in index.roles.items()
            if any("surname" in places for places in roles.values())
        )  # fmt: skip
        """The protected words that are someone's surname ("pike" of Summer Pike)."""
        self.gate = frozenset(self.names)
        self._name_re = re.compile(
            r"(?<![\w'’\-])(?:" + alternation(self.names, lower=True) + r")(?:['’]s)?(?![\w'’\-])"
        )
        self._signal = SpokenSignal(street_words)
        self.wake = NUMBER_WORDS | DATE_WORDS | MARK_WORDS | street_words | SETTING_WORDS
        self._busy = threading.local()

    def find(
        self, text: str, words: set[str], find_written: Callable[[str], list[Found]]
    ) -> list[Found]:
        """What a dictated `text` holds that its ordinary reading missed (`words`: its
        lower-case words; `find_written` the scanner's finders, run on its written form)."""
        if getattr(self._busy, "on", False):
            return []  # the written form is read once, never itself read again
        names, numbers = not self.gate.isdisjoint(words), not self.wake.isdisjoint(words)
        if not (names or numbers):
            return []
        low = text.lower()
        said = low == text or "full stop" in low or _opening_capitals_only(text)
        out = self._names(low) if names and said else []
        numbers = numbers and bool(self._signal(low, words) if said else _SPOKEN_RUN.search(low))
        settings = said and not SETTING_WORDS.isdisjoint(words)
        if numbers or settings:
            out += self._written(text, find_written, numbers, settings)
        return out

    def _written(
        self,
        text: str,
        find_written: Callable[[str], list[Found]],
        numbers: bool,
        settings: bool,
    ) -> list[Found]:
        """The finds of `text`'s written form: its numbers, dates and codes as written
        (`numbers`), its settings' names as names are (`settings`)."""
        read = written(text, self.street_words) if numbers else None
        copy = read.text if read is not None else text
        if settings:
            copy = titled_settings(copy, self._uncommon, self._place)
        if copy == text:
            return []
        self._busy.on = True
        try:
            found = find_written(copy)
        finally:
            self._busy.on = False
        out = []
        for f in found:
            if f.kind in _DETAILS:
                end = len(copy[f.start : f.end].rstrip(".,;:!? \n")) + f.start
                start, end = read.span(f.start, end) if read is not None else (f.start, end)
                note = f.note or "said in words"
                out.append(Found(f.kind, start, end, note))
        return out

    def _names(self, low: str) -> list[Found]:
        """The protected names that are words, where they stand as a person."""
        out = []
        for m in self._name_re.finditer(low):
            word = m.group(0)
            possessive = word.endswith(("'s", "’s"))
            key = plain(word[:-2] if possessive else word)
            found = self.names.get(key)
            if found is None:
                continue
            start = m.start()
            if key in self.only_names or self._as_person(key, _around(low, m), possessive):
                out.append(Found(PROTECTED, start, start + len(key), self._note(found)))
        return out

    def _uncommon(self, word: str) -> bool:
        """No common word, nor a working abbreviation of notes ("rcvd school info")."""
        return not self.vocab.is_common(word) and word not in self.vocab.extra_words

    def _place(self, word: str) -> bool:
        return word.capitalize() in self.vocab.place_names

    def _note(self, found: tuple[str, Entry, str]) -> str:
        name, entry, how = found
        said = self.index.describe(name, how, entry)
        return f"{said}, in a dictated note (in lower case) where it stands as a person"

    def _as_person(self, key: str, around: tuple[str, str, str, str], possessive: bool) -> bool:
        """Whether the word `key` stands as a person among the words `around` it (the
        two before, the two after: module doc)."""
        prev2, prev, nxt, after = around
        if prev in _NOT_AFTER or nxt in _NOT_BEFORE:
            return False
        if possessive:
            return True
        if prev == "and":
            return prev2 in _PEOPLE or self._a_name(prev2)
        if prev == "to" and prev2 in _TO_PERSON or prev == "about" and prev2 in _ABOUT:
            return True  # "spoke to summer", "read it to rose", "worried about hope"
        if prev in _BEFORE_PERSON or nxt in self.surnames:
            return True  # "met ray", "summer pike"
        if key in self.surnames and self._a_name(prev):
            return True  # "leah pike"
        if key in _MODALS:  # "her mum will ring", "leah may stay": a verb
            return nxt in _VERBS and nxt not in _AFTER_MODAL  # "will said"
        if prev in _PEOPLE and prev2 in ("her", "his", "their", "my", "the"):
            return True  # "her sister rose"
        if prev in _OPENS and nxt in _BE and after != "that":
            return True  # "summer is nine", not "hope is that"
        if nxt in _NO_SUBJECT and nxt != "and":
            return False
        return nxt in _VERBS or nxt == "and" and (after in _PEOPLE or self._a_name(after))

    def _a_name(self, word: str) -> bool:
        """A protected name's word, or a given name the list of names knows that is no
        ordinary word ("leah"; not "will")."""
        key = plain(word[:-2] if word.endswith(("'s", "’s")) else word)
        return key in self.parts or (
            key.capitalize() in self.vocab.given_names and not self.vocab.is_common(key)
        )


def _around(low: str, m: re.Match[str]) -> tuple[str, str, str, str]:
    """The two words before a word and the two after it in its sentence ("." where the
    sentence ends, or "full stop" is said)."""
    before = _said(_WORD.findall(low, max(0, m.start() - 60), m.start()))
    after = _said(_WORD.findall(low, m.end(), m.end() + 60))
    before = [".", ".", *before]
    after = [*after, ".", "."]
    prev = before[-1]
    prev2 = "." if prev == "." else before[-2]
    nxt = after[0]
    return prev2, prev, nxt, "." if nxt == "." else after[1]


def _said(words: list[str]) -> list[str]:
    """Words as read: a mark is ".", and so is "full stop" said."""
    out: list[str] = []
    for word in words:
        if word == "stop" and out and out[-1] == "full":
            out[-1] = "."
        else:
            out.append(word if word[0].isalpha() else ".")
    return out


_CAPITAL = re.compile(r"[A-Z]")


def _opening_capitals_only(text: str) -> bool:
    """Whether every capital of `text` opens a sentence (or is "I"), as speech-to-text
    writes what it does not know for a name ("Spoke to summer at school. Rose said ...")."""
    for m in _CAPITAL.finditer(text):
        at = m.start()
        if text[at] == "I" and not text[at + 1 : at + 2].isalpha():
            continue
        before = text[max(0, at - 4) : at].rstrip(' "“‘(')
        if before and before[-1] not in ".!?:\n":
            return False
    return True
