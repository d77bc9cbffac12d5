"""Words written in capitals: acronyms, names, and ordinary words typed in capitals
or stressed.  A mixin of `NameFinder` (`names.py`), which holds the word lists these
read; kept apart so that each module stays readable.

A word in capitals is an acronym when the inspection's own vocabulary holds it in any
case, or when it has no vowel; otherwise it is read as the capitalised word ("SMITH"
as Smith).  Of four letters or fewer a known first name is a name ("KAI") unless it is
an everyday word ("WILL"), and an unknown word is a name only where a name goes
("KEZ told", "ZEB'S mother", "seen by KEZ"), otherwise an acronym no list knows.

Also here, because they too decide whether a word the lists know as something else is
a name where it stands: a place's name as a person's ("Mr Carlton", "MRS WHITBY"), and
a word after a person's initial ("K. Lister").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from exporters.identify.protected import ProtectedIndex
from exporters.identify.vocabulary import Vocabulary

if TYPE_CHECKING:
    from exporters.identify.names import Token

_NEXT_WORD = re.compile(r"[ \t]*,?[ \t]*([\w'’\-]+)")
_PREV_WORDS = re.compile(r"([\w'’\-]+)[\s,]*$")
_ONE_CAPS_WORD = re.compile(r"(?<=[ \t])[A-Z]{2,}[ \t]+$")
_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]")
# A short word shaped like a name, not an acronym: an onset that starts English words (a
# consonant or a cluster), a vowel, then at most two consonants and vowels again ("KEZ",
# "TY", "ROXY", "BEX", "JOJO"); not "SGO", "FCA", "EDT", "ICO".
_NAME_SHAPE = re.compile(
    r"(?:[BCDFGHJKLMNPRSTVWZ]|BL|BR|CH|CL|CR|DR|FL|FR|GL|GR|KR|PH|PL|PR|SH|SK|SL|SM|SN|"
    r"ST|SW|TH|TR|TW|WR)[AEIOUY]+(?:[BCDFGHJKLMNPQRSTVWXZ]{1,2}[AEIOUY]*)?"
)


class CapitalsMixin:
    """Reading words written in capitals, for `NameFinder`."""

    index: ProtectedIndex
    _own_upper: frozenset[str]
    _staff_upper: frozenset[str]
    everyday: frozenset[str]
    determiners: frozenset[str]
    honorifics: frozenset[str]
    caps_verbs: frozenset[str]
    caps_object: re.Pattern[str]
    stress_followers: frozenset[str]
    relation_end: re.Pattern[str]
    _classify: Callable[[str], str]
    vocab: Vocabulary
    inspection_words: frozenset[str]

    def _classify_capitals(self, word: str) -> str:
        """A word written in capitals.  The inspection's own words in any case (IRO,
        CAFCASS, SENCO) and vowel-less ones (LAC, GP, EHCP) are acronyms; the team's
        names are the team's; anything else is read as if written with one capital
        ("SMITH" as Smith, "URGENT" as Urgent), so a protected or unknown name in
        capitals is a name and an ordinary word in capitals is a word.  Of four letters
        or fewer: a known first name is a name ("KAI", "MIA"), unless it is also an
        everyday word ("WILL", "MARK": then only where the text makes it a name); an
        unknown word is ``caps-unknown``, a name only where it stands as one
        (`_caps_in_place`), otherwise an acronym no list knows ("EDT", "PRU")."""
        if word in self._own_upper:
            # A place ("CARLTON") stays a place, which a title or a relation before it,
            # or a person joined to it, makes a name (`NameFinder.place_as_name`).
            return "lex" if self.is_place_name(capitalised(word)) else "acronym"
        if word in self._staff_upper:
            return "lex"
        named = self.index.part_folded(word) or self.index.variant_folded(word)
        if named is None and not _VOWEL.search(word):
            return "acronym"
        cap = capitalised(word)
        cls = self._classify(cap)
        if cls == "lex":
            return "lex" if self.is_place_name(cap) else "acronym"
        if named is None and len(word) <= 4:
            if cls == "unknown":
                return "caps-unknown"
            if cls == "given-english" and cap.lower() not in self.everyday:
                return "given"  # "KAI", "AMY": the dictionary's sense is not the writer's
        return cls

    def _caps_in_place(self, text: str, t: Token) -> None:
        """Read a word in capitals where it stands.  A short unknown one is a name where a
        name goes (subject of said, told, wants; a possessive; after a relation or a
        title; the object of seen by, spoke to, visited, with and the like when shaped
        like a name; never after "the" or "her"), else an acronym.  An ordinary word (English,
        or a given name that is an everyday word) that is no protected name says nothing
        by its capitals (a note typed in capitals, or a word stressed: "contact WILL be
        supervised"), so it is read as if it opened a sentence: a name only where the
        text makes it one.  A short form of a protected name keeps its capitals' meaning
        unless it is an everyday word used as one (`_as_word`): then it is read as a
        word that is never a name (classed with the acronyms)."""
        if t.cls == "caps-unknown":
            placed = self._name_place(text, t)
            t.cls, t.placed = ("unknown", True) if placed else ("acronym", False)
        elif t.protected is None and t.cls in ("english", "given-english", "lex-given"):
            if t.text not in self.index.variants:
                # After a relation (in lower case: "her grandfather REG", not "MOTHER
                # SHOWED") or a title it is still a name.
                before = text[max(0, t.start - 40) : t.start]
                rel = self.relation_end.search(before)
                named = rel is not None and not rel.group(0).isupper()
                # A first name where a person is the object: "SPOKE TO TILLY-ANN".
                named = named or (
                    t.cls == "given-english" and bool(self.caps_object.search(before))
                )
                if not (named or self._after_title(text, t)):
                    t.initial = True
            elif t.text.lower() in self.everyday and self._as_word(text, t):
                # "WILL" for William, but "THE CHILD WILL BE SEEN": a word, never a
                # name, unless a name's verb follows ("WILL SAID").
                after = _NEXT_WORD.match(text, t.end)
                if not (after and after.group(1).lower() in self.caps_verbs):
                    t.cls = "acronym"

    def _as_word(self, text: str, t: Token) -> bool:
        """Whether a word in capitals stands among other words in capitals, or before a
        word that follows a verb ("WILL be", "WILL not")."""
        m = _PREV_WORDS.search(text[max(0, t.start - 40) : t.start])
        after = _NEXT_WORD.match(text, t.end)
        nxt = after.group(1) if after else ""
        prev = m.group(1) if m else ""
        return (
            any(len(w) > 1 and w.isupper() and w.isalpha() for w in (prev, nxt))
            or nxt in self.stress_followers
        )

    def _name_place(self, text: str, t: Token) -> bool:
        """Whether a word stands where a person's name goes (see `_caps_in_place`)."""
        before = text[max(0, t.start - 40) : t.start]
        m = _PREV_WORDS.search(before)
        prev = m.group(1).lower() if m else ""
        if prev in self.determiners:
            return False
        if prev.rstrip(".") in self.honorifics or self.relation_end.search(before):
            return True
        if t.possessive:
            return True
        after = _NEXT_WORD.match(text, t.end)
        if after is not None and after.group(1).lower() in self.caps_verbs:
            return True
        # Where a person is the object ("seen by KEZ", "lives with KEZ"), if shaped
        # like a name.
        if not name_shaped(t.text.upper()):
            return False
        # One word in capitals may stand between ("known as BIG MAL").
        return bool(
            self.caps_object.search(before)
            or self.caps_object.search(_ONE_CAPS_WORD.sub("", before))
        )

    def is_place_name(self, word: str) -> bool:
        """Whether a word (as a name is written: "Carlton") is a place of one word that
        is neither the domain's own word nor the inspection's (an area's)."""
        return word in self.vocab.place_names and word not in self.inspection_words

    def place_as_name(self, text: str, t: Token) -> bool:
        """A place's name standing as a person's: after Mr or Mrs ("Mr Carlton", "MRS
        WHITBY") or a relation in lower case ("her uncle Whitby")."""
        if t.cls != "lex":
            return False
        if not self.is_place_name(capitalised(t.text) if t.caps else t.text):
            return False
        if self._after_title(text, t):
            return True
        rel = self.relation_end.search(text[max(0, t.start - 40) : t.start])
        return rel is not None and not rel.group(0).isupper()

    def _after_title(self, text: str, t: Token) -> bool:
        """Whether a word follows Mr, Mrs, Ms... (so names an adult)."""
        m = _PREV_WORDS.search(text[max(0, t.start - 12) : t.start])
        return m is not None and m.group(1).rstrip(".").lower() in self.honorifics


_INITIALS = re.compile(r"(?:^|(?<=[\s(,;]))(?:([\w'’\-]+)\s+)?(?:[A-Z]\.\s?){1,2}\s?$")


def after_initial(text: str, start: int) -> bool:
    """Whether the word at `start` follows a person's initial ("K. Lister", "said
    J.P. Varga"): one or two capital letters with full stops, not after a capitalised
    word ("Plan B. Managers", "Appendix A. The")."""
    j = start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 1 or text[j] != "." or not text[j - 1].isupper() or (j > 1 and text[j - 2].isalpha()):
        return False  # the cheap test first: most words follow no initial
    m = _INITIALS.search(text, max(0, start - 30), start)
    if m is None:
        return False
    prev = m.group(1)
    return prev is None or not prev[:1].isupper() or prev.rstrip(".").lower() in _HONORIFIC_WORDS


_HONORIFIC_WORDS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})


def name_shaped(word: str) -> bool:
    """Whether a short word in capitals is shaped like a name rather than an acronym
    (see `_NAME_SHAPE`)."""
    return _NAME_SHAPE.fullmatch(word) is not None


def capitalised(word: str) -> str:
    """A word in capitals as a name is written: "TIEGAN-ROSE" Tiegan-Rose, "O'BRIEN"
    O'Brien."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1] + m.group(0)[1:].lower(), word)
