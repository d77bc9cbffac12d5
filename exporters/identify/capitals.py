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
from typing import TYPE_CHECKING, Protocol

from exporters.identify.patterns import cue_pattern
from exporters.identify.protected import ProtectedIndex
from exporters.identify.vocabulary import Vocabulary

if TYPE_CHECKING:
    from exporters.identify.reading import Token

# Object cues too common before a word in capitals merely stressed ("and NOT", "with
# ALL"): an ordinary word in capitals is not taken for a name after these alone.
_WEAK_OBJECT_CUES = frozenset(
    {
        "with",
        "and",
        "or",
        "nor",
        "not",
        "by",
        "like",
        "want",
        "wants",
        "love",
        "loves",
        "hate",
        "hates",
        "prefers",
        "miss",
    }
)
_NEXT_WORD = re.compile(r"[ \t]*,?[ \t]*([\w'’\-]+)")
# Words before a day or month that make it a time, whatever follows ("on Tuesday said").
_TIME_PREPOSITIONS = frozenset(
    {"on", "by", "until", "till", "since", "from", "last", "next", "every", "each", "this",
     "that", "of", "before", "after", "in", "during", "early", "late", "mid", "through",
     "the", "a", "one", "same", "following", "previous", "between", "and", "or", "to"}
)  # fmt: skip
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


class _Classify(Protocol):
    """`reading.Reader._classify`: a word's class, read as written or as a word in
    capitals is read."""

    def __call__(self, word: str, as_written: bool = True) -> str: ...


class CapitalsMixin:
    """Reading words written in capitals, for `NameFinder`."""

    index: ProtectedIndex
    _own_upper: frozenset[str]
    _staff_upper: frozenset[str]
    everyday: frozenset[str]
    determiners: frozenset[str]
    function_words: frozenset[str]
    honorifics: frozenset[str]
    caps_verbs: frozenset[str]
    caps_object: re.Pattern[str]
    stress_followers: frozenset[str]
    relation_end: re.Pattern[str]
    _classify: _Classify
    vocab: Vocabulary
    inspection_words: frozenset[str]
    caps_not_names: frozenset[str]
    nickname_openers: frozenset[str]
    caps_being_verbs: frozenset[str]
    verbs: frozenset[str]
    relation_words: frozenset[str]
    strong_object: re.Pattern[str]
    time_words: frozenset[str]
    time_subject: re.Pattern[str]
    time_object: re.Pattern[str]
    time_followers: frozenset[str]
    relations: re.Pattern[str]

    def _read_capitals_rules(self, vocab: Vocabulary) -> None:
        """Read the rules of `rules.toml` this mixin uses (`NameFinder` calls it once its
        function words, determiners and relations are read)."""
        self.caps_not_names = (
            frozenset(vocab.rule("caps_not_names")) | self.function_words | self.determiners
        )
        self.nickname_openers = frozenset(vocab.rule("nickname_openers"))
        self.caps_being_verbs = frozenset(vocab.rule("caps_being_verbs"))
        self.time_words = frozenset(vocab.rule("time_words"))
        aux = "|".join(re.escape(a) for a in vocab.rule("time_auxiliaries"))
        acts = "|".join(
            sorted(set(vocab.rule("caps_name_verbs") + vocab.rule("person_only_verbs")))
        )
        self.time_subject = re.compile(
            rf"[ \t]+(?:(?:(?:{aux})[ \t]+)?(?:{acts})|(?:is|was)[ \t]+(?:the|her|his|their)"
            rf"[ \t]+(?:nick)?name)\b",
            re.IGNORECASE,
        )
        self.time_object = re.compile(
            cue_pattern(vocab.rule("time_object_cues")).pattern + r"[ \t]*$", re.IGNORECASE
        )
        self.time_followers = frozenset(vocab.rule("time_object_followers"))
        strong = [c for c in vocab.rule("caps_object_cues") if c not in _WEAK_OBJECT_CUES]
        self.strong_object = re.compile(cue_pattern(strong).pattern + r"[ \t]*$", re.IGNORECASE)

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
        cls = self._classify(cap, as_written=False)  # "DW" is initials, not Welsh "Dw"
        low = word.lower()
        if cls == "unknown" and len(word) > 2 and self.vocab.is_common(low):
            cls = "english"  # "HELD": a headword the lower-case lists lack
        if cls == "lex":
            return "lex" if self.is_place_name(cap) else "acronym"
        if named is None and len(word) <= 4:
            if cls == "unknown" or (cls == "english" and not self.vocab.is_common(low)):
                return "caps-unknown"  # "KEZ", and rare dictionary words: "TEZ", "KOBI"
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
            return
        shouted = self._as_word(text, t)
        if t.protected is not None:
            if shouted and t.cls == "english":
                t.initial = True  # "THE YOUNG PERSON": a name only where the text makes it one
            return
        if t.cls == "given" and shouted and self.vocab.is_common(t.text.lower()):
            t.cls = "given-english"  # "STEPDAD IS NICE": capitals hide which it is
        if t.cls in ("english", "given-english", "lex-given"):
            if t.text not in self.index.variants:
                # After a relation ("her grandfather REG", "MY BROTHER KOBI", "GRANDMA
                # PAT IS"; not "MOTHER SHOWED", "the child ALONE") or a title it is
                # still a name.
                before = text[max(0, t.start - 40) : t.start]
                rel = self.relation_end.search(before)
                named = rel is not None and self._after_relation(text, t, rel.group(0).isupper())
                # A first name where a person is the object: "SPOKE TO TILLY-ANN".
                named = named or (
                    t.cls == "given-english" and bool(self.caps_object.search(before))
                )
                if not (named or self._after_title(text, t)):
                    if self._short_caps_name(text, t):
                        t.cls, t.placed = "unknown", True
                    else:
                        t.initial = True
            elif t.text.lower() in self.everyday and self._as_word(text, t):
                # "WILL" for William, but "THE CHILD WILL BE SEEN": a word, never a
                # name, unless a name's verb follows ("WILL SAID").
                after = _NEXT_WORD.match(text, t.end)
                if not (after and after.group(1).lower() in self.caps_verbs):
                    t.cls = "acronym"

    def _after_relation(self, text: str, t: Token, caps_relation: bool) -> bool:
        """Whether a word in capitals after a relation is the relative's name: a given
        name ("her uncle TONY"; after a relation itself in capitals, "MY NAN JEAN", one
        that is no everyday word); or a short word shaped like a name, neither a
        function word, a verb of a name's nor a relation ("Nanny PAT picks"), and after
        a relation in capitals only with a possessive or before a name's verb ("AUNTY
        JO'S DOG", "GRANDMA PAT IS"; not "DAD HIT HER", "DAD RANG.", "MOTHER SHOWED",
        "the child ALONE,")."""
        low = t.text.lower()
        if t.cls == "given-english" and not (caps_relation and low in self.everyday):
            return True
        if not 2 <= len(low) <= 4 or not name_shaped(t.text.upper()):
            return False
        if (low in self.caps_not_names or low in self.stress_followers or low in self.verbs
                or low in self.caps_verbs or low in self.relation_words):  # fmt: skip
            return False
        if t.possessive or not caps_relation:
            return True
        after = _NEXT_WORD.match(text, t.end)
        return after is not None and after.group(1).lower() in self.verbs

    def _short_caps_name(self, text: str, t: Token) -> bool:
        """A short ordinary word in capitals (three or four letters: "LA" is an acronym), in text not written in capitals, that
        stands where a nickname goes: "told DEV", "DEV said", "DEV'S mum", or a
        nickname's opener and its word ("when BIG MAL shouts").  Never a word the
        text only stresses ("told HIM", "NOBODY said"): pronouns, function words,
        determiners, relations and `caps_not_names` are words."""
        low = t.text.lower()
        if low in self.caps_not_names or self.relations.fullmatch(low):
            return False
        nick = self._nickname_pair(text, t)
        if nick is not None:
            return nick
        if not 3 <= len(t.text) <= 4:
            return False
        if self._as_word(text, t):
            return False
        if t.possessive:
            return True
        after = _NEXT_WORD.match(text, t.end)
        if after is not None and after.group(1).lower() in self.caps_verbs:
            return True
        before = text[max(0, t.start - 40) : t.start]
        return name_shaped(t.text.upper()) and bool(self.strong_object.search(before))

    def _nickname_pair(self, text: str, t: Token) -> bool | None:
        """Whether a word in capitals is half of a nickname ("BIG MAL"): an opener in
        capitals and one word in capitals, with no other capitals either side; None
        where the word has no neighbour in capitals to pair with."""
        before = _PREV_WORDS.search(text[max(0, t.start - 40) : t.start])
        after = _NEXT_WORD.match(text, t.end)
        prev = before.group(1) if before else ""
        nxt = after.group(1) if after else ""
        if t.text.lower() in self.nickname_openers and _caps(nxt):
            second = _NEXT_WORD.match(text, t.end + len(after.group(0)) if after else t.end)
            pair = not _caps(prev) and not (second and _caps(second.group(1)))
        elif prev.lower() in self.nickname_openers and _caps(prev):
            first = _PREV_WORDS.search(text[max(0, t.start - 60) : t.start - len(prev) - 1])
            pair = not (first and _caps(first.group(1))) and not _caps(nxt)
        else:
            return None
        return pair and name_shaped((nxt if t.text.lower() in self.nickname_openers
                                     else t.text).upper().rstrip("'S"))  # fmt: skip

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
        if not name_shaped(t.text.upper()):
            return False
        # The subject of "is", "was", "has" ("SHE SAID TEZ IS MEAN"), if shaped like a name.
        if after is not None and after.group(1).lower() in self.caps_being_verbs:
            return True
        # Where a person is the object ("seen by KEZ", "lives with KEZ"), if shaped
        # like a name.  One word in capitals may stand between ("known as BIG MAL").
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
        word = capitalised(t.text) if t.caps else t.text
        if not self.is_place_name(word) and not self._place_word_after_title(text, t, word):
            return False
        if self._after_title(text, t):
            return True
        rel = self.relation_end.search(text[max(0, t.start - 40) : t.start])
        return rel is not None and not rel.group(0).isupper()

    def _place_word_after_title(self, text: str, t: Token, word: str) -> bool:
        """A word of a place's name of several words after Mr or Mrs ("Mrs Hebden",
        of Hebden Bridge): a surname there, unless it is the inspection's own word."""
        return (
            word in self.vocab.places
            and word not in self.inspection_words
            and self._after_title(text, t)
        )

    def time_as_name(self, text: str, t: Token) -> bool:
        """A day, month or season standing as a person's name ("Tuesday told the FCA",
        "mum says Tuesday has slept", "met Summer at the centre", "her daughter
        Tuesday", "Summer's mum"): see `time_words` in `rules.toml`."""
        if t.text.capitalize() not in self.time_words:
            return False  # the cheap test first: most words are no day or month
        before = text[max(0, t.start - 40) : t.start]
        if self._after_title(text, t):
            return True
        rel = self.relation_end.search(before)
        if rel is not None and not rel.group(0).isupper():
            return True
        after = _NEXT_WORD.match(text, t.end + (2 if t.possessive else 0))
        nxt = after.group(1).lower() if after else ""
        if t.possessive:
            return bool(self.relations.fullmatch(nxt))
        m = _PREV_WORDS.search(before)
        prev = m.group(1).lower() if m else ""
        if prev not in _TIME_PREPOSITIONS and self.time_subject.match(text, t.end):
            return True
        if not self.time_object.search(before):
            return False
        if after is None or not nxt:
            return not text[t.end : t.end + 1].isalnum()
        later = _NEXT_WORD.match(text, after.end())
        return nxt in self.time_followers and not (
            nxt in ("and", "or", "to")
            and later is not None
            and capitalised(later.group(1)) in self.time_words
        )

    def initials(self, text: str, words: set[str] | None = None) -> list[tuple[int, int]]:
        """Spans of a person's initials standing for their name: after Mr, Mrs, Ms, Miss
        or Mx ("Ms P.", "Mr K") or after a relation ("the older brother, K.D.,"); not
        before a capitalised word (then the word is the name: "K. Lister")."""
        out: list[tuple[int, int]] = []
        if words is None or not _TITLE_WORDS.isdisjoint(words):
            for m in _TITLE_INITIAL.finditer(text):
                if not word_before(text, m.start()):
                    out.append(m.span(1))
        if words is not None and _LETTERS.isdisjoint(words) and not _COMMON_INITIAL.search(text):
            return out  # no letter standing alone
        for m in _DOTTED.finditer(text):
            s = m.start()
            if word_before(text, s, ".") or any(a <= s < b for a, b in out):
                continue
            if _CAPITAL_NEXT.match(text, m.end()):
                continue
            rel = self.relation_end.search(text[max(0, s - 40) : s])
            if rel is not None and not rel.group(0).isupper():
                out.append((s, m.end()))
        return out

    def _after_title(self, text: str, t: Token) -> bool:
        """Whether a word follows Mr, Mrs, Ms... (so names an adult)."""
        m = _PREV_WORDS.search(text[max(0, t.start - 12) : t.start])
        return m is not None and m.group(1).rstrip(".").lower() in self.honorifics


# Initials standing for a name: "Ms P.", "Mr K", "Mrs J.M."; and dotted initials anywhere.
# The character before each is checked in Python (`_word_before`): a look-behind
# first runs at every position of every note.
_TITLE_INITIAL = re.compile(
    r"M(?:r|rs|s|iss|x)\.?[ \t]+((?:[A-Z]\.[ \t]?){1,3}|[A-Z](?![\w'’\-.]))(?![ \t]*[A-Z][a-z])"
)
_DOTTED = re.compile(r"[A-Z]\.(?:[ \t]?[A-Z]\.){0,2}")
# A letter standing alone among a text's words (`lower_words` splits "K.D." into k and
# d); a, i, s and t stand alone in most texts ("a", "I", "child's", "don't"), so
# those initials are looked for in the text.
_LETTERS = frozenset("bcdefghjklmnopqruvwxyz")
_COMMON_INITIAL = re.compile(r"[AIST]\.")
_TITLE_WORDS = frozenset({"mr", "mrs", "ms", "miss", "mx"})
_CAPITAL_NEXT = re.compile(r"[ \t]*[A-Z][a-z]")
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


def word_before(text: str, pos: int, also: str = "") -> bool:
    """Whether the character before `pos` belongs to a word (or is one of `also`)."""
    return pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "_'’-" + also)


def _caps(word: str) -> bool:
    """A word of two letters or more written in capitals."""
    return len(word) > 1 and word.isupper() and word.replace("'", "").isalpha()


def name_shaped(word: str) -> bool:
    """Whether a short word in capitals is shaped like a name rather than an acronym
    (see `_NAME_SHAPE`)."""
    return _NAME_SHAPE.fullmatch(word) is not None


def capitalised(word: str) -> str:
    """A word in capitals as a name is written: "TIEGAN-ROSE" Tiegan-Rose, "O'BRIEN"
    O'Brien."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1] + m.group(0)[1:].lower(), word)
