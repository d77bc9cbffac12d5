"""People's names in free text: protected names and their variants, and names that no
list knows.

The text's capitalised words are read once (`reading.py`).  Runs of them that are the inspection's
own vocabulary (a lexicon phrase, a council, a court, an area, an inspector) are set
aside.  What is left is a person's name when

- it is a protected name's word, a short form or nickname of a protected first name,
  or within one edit of a protected word (kind ``protected-name``); or
- it is not an English word at all ("Tiegan-Rose", "Okafor"), or it is a given name
  written as a name (kind ``name``).

An ordinary English word is a name only where the text treats it as one: after Mr or
Mrs, after "her brother", before "told" or "said", before "family", or beside another
name ("Grace Brown").  A name written beside a practitioner's or inspector's role
("the family court adviser, Priya Shah,") is that professional's, not a hit, unless it
is a child's, parent's or carer's protected name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from exporters.identify.atwork import AtWorkMixin
from exporters.identify.capitals import after_initial
from exporters.identify.misspelt import nearest_word
from exporters.identify.patterns import Found, cue_pattern
from exporters.identify.protected import ProtectedIndex
from exporters.identify.reading import Token, WordInfo, WordReader
from exporters.identify.runs import runs as _runs
from exporters.identify.settings import speaking_setting
from exporters.identify.vocabulary import Vocabulary

_NEXT_WORD = re.compile(r"[ \t]*,?[ \t]*([\w'’\-]+)")
_WORSHIP_WORDS = frozenset(
    {"Masjid", "Mosque", "Church", "Chapel", "Gurdwara", "Mandir", "Temple", "Synagogue"}
)
_PAST = re.compile(r"[a-z]{3,}ed")
"""A verb in the past tense ("shouted", "refused"), by its ending: after a protected
name, the name is the person doing it, whatever else the word may be ("Dean")."""
_SURNAME_FAMILY = frozenset({"family", "household"})
"""The words after a protected surname that make it the family's, even where it opens a
sentence and is a place too ("Whitby family: ..."); not "children" ("White children")
nor a plural ("Whitby families": families in the town)."""


def _did(word: str) -> bool:
    return bool(_PAST.fullmatch(word))


_AGE_AFTER = re.compile(
    r"[ \t]*(?:\([ \t]*(?:born|b\.|aged?\b|dob\b|d\.o\.b|\d{1,2}\b)|,[ \t]*(?:(?:now|aged|age|just)[ \t]+)?\d{1,2}\b)",
    re.I,
)
"""A person's age or birth after a name: "Summer (born ...)", "Summer (12)", "Summer, 12,"."""
_ASIDE_AFTER = re.compile(
    r"[ \t]*\([ \t]*(?:[\"'‘“]?(?!Areas?\b)[A-Z]|(?:calls|called|known|nicknamed|aka)\b)"
)
"""An aside on who someone is after a name: "Mason (Mace to his friends)", "Mason
(calls himself Mace)" (tester 18, F8: a protected name that is also a word went
unflagged before a bracket); not an area's code ("Devon (Area 3c)": tester 34, F3)."""
_SURNAME_INITIAL = re.compile(r" (?![AI]\b)[A-Z](?:\.|(?= [a-z]))")
"""A surname's initial after a first name: "Maya O. was", "Maya O had" (not "I", "A")."""
_PREV_WORDS = re.compile(r"([\w'’\-]+)[\s,(]*$")
_APPOSITION = re.compile(r",[ \t]+(?:the|a|an|who|whose|aged|now|her|his|their|my|our)\b", re.I)
"""Who someone is, set off after a name by a comma: "Will, the eldest, ..." (a protected
word opening a sentence is then a name, not "Will" the verb)."""
_PLACE_PREPOSITIONS = frozenset({"at", "in", "from", "near", "to", "of", "for", "around"})
_PLACE_LIST = re.compile(r"([A-Z][\w'’\-]+),?[ \t]+(?:and|or|&)[ \t]+$")
"""A place's name ending a list of places ("settled in Warrington, Manchester and
Chester, and"): a place that is also a given name is the place there (held-out corpus 9)."""
# Months that are also given names, and the words that make them a time ("since June",
# "until April", "early May"): then the month, not a person.
_NAME_MONTHS = frozenset({"April", "May", "June", "July", "August"})
_TIME_WORDS = frozenset({"since", "in", "from", "until", "till", "before", "during",
                         "throughout", "last", "next", "early", "late", "mid"})  # fmt: skip

PROTECTED = "protected-name"
NEAR = ("within one letter", "a short form")
"""How a protected-name hit's label opens when its word is only near a protected name."""
NAME = "name"
_PLACE_NOTE = "a place's name standing as a person's"
_INITIALS_NOTE = "a person's initials beside a title or a relation"
_STAFF_NOTE = "a member of staff or a judge, named beside their role: a report names no one"
_TIME_NOTE = "a day, month or season standing as a person's name"
_GREETED = frozenset(
    {"sir", "sirs", "madam", "colleague", "colleagues", "all", "everyone", "reader",
     "friends", "team", "parent", "parents", "carer", "carers", "future", "young"}
)  # fmt: skip


class NameFinder(WordReader, AtWorkMixin):
    """Finds people's names for one inspection (see the module docstring)."""

    def __init__(
        self,
        vocab: Vocabulary,
        index: ProtectedIndex,
        own_words: set[str],
        own_phrases: list[str],
        staff: list[str],
    ) -> None:
        self.vocab = vocab
        self.index = index
        self.own_words = own_words | vocab.lexicon_words
        self.inspection_words = frozenset(own_words)
        self.place_words_lower = frozenset(w.lower() for w in vocab.place_names - own_words)
        self.relation_words = frozenset(
            w for r in vocab.rule("relations") for w in r.split() if " " not in r
        )
        phrases = {" ".join(p) for p in vocab.lexicon_phrases} | set(own_phrases) | set(staff)
        by_first: dict[str, list[str]] = {}
        for phrase in phrases:
            words = phrase.split()
            if len(words) > 1 and words[0][:1].isupper():
                by_first.setdefault(words[0], []).append(" ".join(words))
        # Longest first, so that "Isle of Wight" wins over a shorter phrase.
        self._phrases = {f: sorted(ps, key=len, reverse=True) for f, ps in by_first.items()}
        self.staff_words = {w for n in staff for w in n.split() if w[:1].isupper()}
        self.relations = cue_pattern(vocab.rule("relations"))
        # "Dad, Preston," and "Dad (Preston)"; "Preston (father)", "Preston (mum's partner)".
        self.relation_end = re.compile(self.relations.pattern + r"[\s,(]*$", re.IGNORECASE)
        self.relation_aside = re.compile(
            r"[ \t]*\([ \t]*(?:(?:the|her|his|their|mum's|dad's|child's)[ \t]+)?"
            + self.relations.pattern, re.IGNORECASE)  # fmt: skip
        self.verbs = frozenset(vocab.rule("name_verbs"))
        self.family = frozenset(vocab.rule("family_nouns"))
        self.honorifics = frozenset(vocab.rule("honorifics"))
        self.titles = frozenset(vocab.rule("title_nouns"))
        self.particles = frozenset(vocab.rule("name_particles"))
        self.function_words = frozenset(vocab.rule("function_words"))
        self.determiners = frozenset(vocab.rule("determiners"))
        self.caps_verbs = frozenset(vocab.rule("caps_name_verbs"))
        objects = cue_pattern(vocab.rule("caps_object_cues")).pattern
        self.caps_object = re.compile(objects + r"[ \t]*$", re.IGNORECASE)
        self.everyday = frozenset(vocab.rule("everyday_given_names"))
        self.stress_followers = frozenset(vocab.rule("stress_followers"))
        self.calendar = frozenset(vocab.rule("calendar_words"))
        self.question_openers = frozenset(vocab.rule("question_openers"))
        self._read_capitals_rules(vocab)
        self._words: dict[str, WordInfo | None] = {}
        self._own_upper = frozenset(w.upper() for w in self.own_words)
        self._staff_upper = frozenset(w.upper() for w in self.staff_words)
        self.speech_verbs = frozenset(vocab.rule("setting_speech_verbs"))
        self.people_nouns = frozenset(vocab.rule("people_nouns"))
        self.not_surnames = self.people_nouns | self.function_words | self.determiners
        self._read_work_rules(vocab)

    # Finding names -------------------------------------------------------------------
    def find(
        self,
        text: str,
        taken: Callable[[int, int], bool] | None = None,
        words: set[str] | None = None,
    ) -> list[Found]:
        """Every person's name in `text` outside spans already `taken` by other kinds
        (`words`, the text's lower-case words, lets the search for initials be skipped)."""
        tokens = self.tokens(text)
        if taken is not None:
            tokens = [t for t in tokens if not taken(t.start, t.end)]
        out: list[Found] = []
        for run in _runs(text, tokens, self.particles):
            if len(run) == 2 and run[0].text == "The" and self._family_named(text, run[1]):
                run = run[1:]  # "The Hall family were seen": the family, not a body
            if len(run) == 1 and self._inert(run[0]) and not self._named_word(text, run[0]):
                if self.place_as_name(text, run[0]):
                    out.append(self._word_as_name(text, run[0], _PLACE_NOTE))
                elif self.time_as_name(text, run[0]):
                    out.append(self._word_as_name(text, run[0], _TIME_NOTE))
                continue
            found = self._judge_run(text, run)
            if not found and (lone := self._time_alone(text, run)) is not None:
                found = [self._word_as_name(text, lone, _TIME_NOTE)]
            if not found and len(run) > 1:
                setting = speaking_setting(text, run, self)
                found = [setting] if setting else []
            out.extend(found)
        for s, e in self.initials(text, words):
            if not any(f.start < e and s < f.end for f in out):
                out.append(Found(NAME, s, e, _INITIALS_NOTE))
        return out

    def _time_alone(self, text: str, run: list[Token]) -> Token | None:
        """The day, month or season of a run that stands as a person's name, alone or
        after the ordinary word opening the sentence ("Met Summer at the centre",
        "Visited Summer at home": the opener made the two one run, and the season went
        unjudged)."""
        opener = run[0]
        if (
            len(run) == 2
            and opener.initial
            and opener.cls in ("english", "lex")
            and not opener.protected
        ):
            run = run[1:]
        return run[0] if len(run) == 1 and self.time_as_name(text, run[0]) else None

    def _word_as_name(self, text: str, t: Token, note: str) -> Found:
        """A place, day, month or season standing as a person's name ("Spoke to Summer at
        school"): where it is a protected person's name, said as theirs (tester 15: it
        was labelled only as a season standing as a name)."""
        if t.protected is None:
            return Found(NAME, t.start, t.end, note)
        described = self.index.describe(
            t.text, "name", t.protected, adult=self._after_title(text, t)
        )
        return Found(PROTECTED, t.start, t.end, described)

    def _named_word(self, text: str, t: Token) -> bool:
        """A protected name that is also the inspection's own word ("White", a
        colour and an ethnicity in the lexicon) where the text makes it a name ("Mrs
        White", "White said"): judged as a name, not passed as a word (tester 14, F5)."""
        if t.protected is None or t.cls not in ("lex", "lex-given"):
            return False
        before = text[max(0, t.start - 40) : t.start]
        m = _PREV_WORDS.search(before)
        prev = m.group(1).rstrip(".").lower() if m else ""
        if prev in self.honorifics or self.relation_end.search(before):
            return True  # "Mrs White", "her mum, White"
        after = _NEXT_WORD.match(text, t.end)
        nxt = after.group(1) if after else ""
        # "the White family", "White said", "Whitby family: both parents seen" (a
        # sentence's start: tester 22, F9); not "White children were over-represented"
        # nor "Black and White families".
        return (
            (prev == "the" and nxt in self.family)
            or (t.initial and nxt in _SURNAME_FAMILY)
            or nxt.lower() in self.verbs
            or _did(nxt)
        )

    def _family_named(self, text: str, t: Token) -> bool:
        """A protected name before a family word ("The Hall family", "The White
        children"): the family, though the name is also a title word or the lexicon's."""
        after = _NEXT_WORD.match(text, t.end)
        return t.protected is not None and after is not None and after.group(1) in self.family

    def _inert(self, t: Token) -> bool:
        """A word standing alone that no rule can make a name: the inspection's own
        word, an acronym, or an ordinary English word opening a sentence that is no
        protected name, short form or compound (`_judge_run` would find nothing), or
        such a word written in capitals anywhere ("SEE CHILD AGAIN")."""
        if t.cls in ("lex", "acronym"):
            return True
        return (
            t.initial  # an ordinary word in capitals counts as one (`_caps_in_place`)
            and t.cls == "english"
            and not t.compound
            and t.protected is None
            and t.text not in self.index.variants
        )

    def _judge_run(self, text: str, run: list[Token]) -> list[Found]:
        found: list[Found] = []
        # A protected name that is also the inspection's own word ("White", "Preston")
        # is judged too: `_protected` asks the text to make it a name ("Mrs White").
        names = [t for t in run if t.cls not in ("lex", "acronym") or t.protected]
        if not names:
            return found
        title = self._is_title(run, text)
        person = self._run_is_person(text, run, title)
        for t in names:
            hit = self._protected(text, t, run, person, title)
            if hit:
                found.append(hit)
        if not person:
            return found
        span = [t for t in run if t.cls != "lex" or t.protected or t.text in self.staff_words]
        while len(span) > 1 and span[0].initial and span[0].cls == "english":
            span = span[1:]
        s, e = span[0].start, span[-1].end
        if len(found) == 1 and found[0].note.startswith(NEAR) and s <= found[0].start \
                and found[0].end <= e and e - s > found[0].end - found[0].start \
                and all(w[:1].isupper() for w in text[s:e].split()):  # fmt: skip
            # A word only near a protected name ("Jason" for Mason) in a person's whole
            # name ("Jason Pilkington"): the hit is the whole name, said at once (tester
            # 27, F11: 'Jason' was said, then 'Pilkington' once it was reworded).
            found[0] = Found(PROTECTED, s, e, found[0].note)
        if not found and not self._professional(text, s, e, run) and not self._is_staff(run):
            found.append(Found(NAME, s, e, _unknown_note(span, self.vocab)))
        return found

    def _protected(
        self, text: str, t: Token, run: list[Token], person: bool, title: bool
    ) -> Found | None:
        entry, how = t.protected, "name"
        after = _NEXT_WORD.match(text, t.end)
        if entry is None and after and after.group(1) in _WORSHIP_WORDS:
            return None  # "the Jame Masjid": a mosque's name, no short form of "James"
        if entry is None:
            entry = self.index.variants.get(t.text)
            how = "short form"
        fuzzy_ok = t.cls in ("unknown", "given") or t.compound
        near = None
        if entry is None and fuzzy_ok and not self._is_staff(run):
            near = self.index.fuzzy(t.text)
            if near:
                entry, how = self.index.parts[near], "misspelling"
        if entry is None:
            return None
        plain = t.cls in ("english", "given-english", "lex", "lex-given") and how != "misspelling"
        if t.cls in ("english", "given-english") and not self.vocab.is_common(t.text.lower()):
            plain = False  # a rare dictionary word ("hamza", a letter) is the child's name
        if t.cls in ("lex", "lex-given"):
            # A protected word that is also a place or the inspection's own word
            # ("Preston") counts only where the text makes it a name.
            if not self._strong(text, t) and not (person and len(run) > 1):
                return None
        elif plain and not (person or self._strong(text, t) or not t.initial):
            return None
        if title and plain:
            return None
        if self.at_work(text, t, run):
            return None  # a judge or a practitioner; a report's body still names no one
        if (
            how != "name" or "child" not in self.index.roles.get(t.text, {})
        ) and self._professional(text, run[0].start, run[-1].end, run):
            # A practitioner named beside their role ("the family court adviser, Bethan
            # Morgan", "FCA (Dawn K)"): not a short form or misspelling of a child's name,
            # nor a parent's or party's name that no child has (tester 28, F8: a first
            # name shared with a parent on another case stopped the export).
            return None
        word = near if how == "misspelling" and near else t.text
        note = self.index.describe(word, how, entry, adult=self._after_title(text, t))
        return Found(PROTECTED, t.start, t.end, note)

    def _run_is_person(self, text: str, run: list[Token], title: bool) -> bool:
        """Whether a run of capitalised words is a person's name."""
        classes = [t.cls for t in run]
        if title or (len(run) == 1 and self._a_month(text, run[0])):
            return False
        if "unknown" in classes or "given" in classes:
            return True
        first = run[0]
        if (
            first.cls in ("english", "given-english")
            and first.text.lower() not in self.not_surnames
            and after_initial(text, first.start)
        ):
            return True  # "K. Lister"
        if first.text == "Dear" and len(run) == 2 and run[1].cls == "english":
            return self._greeted(run[1])  # "Dear Pickle"
        if len(run) >= 2 and first.cls in ("given-english", "lex-given"):
            return True
        if len(run) == 1 and first.cls in ("given-english", "lex-given") and \
                _SURNAME_INITIAL.match(text, first.end):  # fmt: skip
            return True  # "Maya O. was admitted": a first name and a surname's initial
        if len(run) >= 2 and first.protected and all(c in ("english", "given-english")
                                                     for c in classes):  # fmt: skip
            return True  # "Ama Smith was seen": a protected first name and a surname
        if self._question_subject(run):
            return True  # "Was Tyrone seen alone?"
        if first.cls == "given-english" and not first.initial:
            return True
        return any(
            self._strong(text, t)
            for t in run
            if t.cls not in ("lex", "acronym") and not (t.initial and t.cls == "english")
        )

    def _a_month(self, text: str, t: Token) -> bool:
        """A month that is also a given name, after a word that makes it a time ("placed
        since June, settled"; "review in April"), and not a protected name."""
        if t.text not in _NAME_MONTHS or t.protected or t.possessive:
            return False
        m = _PREV_WORDS.search(text[max(0, t.start - 20) : t.start])
        return m is not None and m.group(1).lower().removeprefix("mid-") in _TIME_WORDS

    def _question_subject(self, run: list[Token]) -> bool:
        """A given name that is also a word, right after the word opening a question
        ("Was Tyrone seen alone?", "Has Mason been told?"): the question is about them."""
        if len(run) != 2:
            return False
        opener, name = run
        return (
            opener.initial
            and opener.cls in ("english", "lex")  # "Is" is also the lexicon's IS
            and opener.text.lower() in self.question_openers
            and name.cls == "given-english"
            and not name.initial
        )

    def _greeted(self, t: Token) -> bool:
        """A word after "Dear" that opens a letter ("Dear Pickle"), not a role, a relation
        or a greeting to many ("Dear Sir", "Dear Colleague", "Dear Mum", "Dear All")."""
        low = t.text.lower()
        return not (low in _GREETED or low in self.role_words or self.relations.fullmatch(low))

    def _is_title(self, run: list[Token], text: str = "") -> bool:
        """A run that names a body, a service or a place ("Hope Programme", "Young
        People's Service", "Devon County Council") rather than a person; or two places
        joined before what they name ("the Leeds-Bradford team")."""
        last = run[-1]
        after = _NEXT_WORD.match(text, last.end) if text else None
        nxt = after.group(1) if after else ""
        joined = "-" in last.text and all(p in self.own_words for p in last.text.split("-"))
        if joined and nxt.islower() and nxt.capitalize() in self.titles:
            return True
        if nxt in self.titles and nxt.isupper() or nxt == "solicitors":
            return True  # "Slater Heelis LLP", "Duncan Lewis solicitors": a firm (tester 22, F10)
        if text and self.firm(text, run):
            return True  # "a solicitor from Hodge Jones & Allen", not "... from Kai's school"
        if len(run) < 2:
            return False
        # A team member's surname is "lex" too, but "Jayden Nair" is a child who shares
        # it, not a body: only the inspection's own words end a title.
        staff = last.text in self.staff_words and last.text not in self.own_words
        # Two protected names side by side ("Ama Green": one child's first name, another
        # family's surname that is also a colour) are a person, not a body's title.
        named = last.protected is not None and any(t.protected for t in run[:-1])
        # A given name before a word the lexicon knows ("Ava Green", "Leo White"): a
        # child's name whose surname is also a colour, not a body ("Hope Programme" ends
        # on a title word, caught above).
        given = len(run) == 2 and run[0].cls in ("given", "given-english")
        return last.text in self.titles or (
            last.cls == "lex" and not staff and not named and not given
        )

    def _strong(self, text: str, t: Token) -> bool:
        """Context that makes a capitalised word a name: an honorific or a relation
        before it, "family" after it, or (for a given name or a protected word) a verb
        after it ("Grace told")."""
        protected = t.protected or self.index.variants.get(t.text)
        namelike = t.cls in ("given", "given-english", "lex-given", "unknown") or bool(
            protected or self._rare_capital(t)
        )
        before = text[max(0, t.start - 40) : t.start]
        m = _PREV_WORDS.search(before)
        prev = ""
        if m:
            prev = m.group(1)
            if prev.rstrip(".").lower() in self.honorifics:
                return True
            if self.relation_end.search(before):
                return True
        if protected and t.initial and _APPOSITION.match(text, t.end):
            return True  # "Will, the eldest, said", "Will, her brother," (tester 23, F11)
        if (
            namelike
            and not t.possessive
            and (
                _AGE_AFTER.match(text, t.end)
                or _ASIDE_AFTER.match(text, t.end)
                or self.relation_aside.match(text, t.end)
            )
        ):
            return True  # "Summer (born 30/03/2014) attends", "Summer, 12, lives" (tester 15)
        after = _NEXT_WORD.match(text, t.end + (2 if t.possessive else 0))
        if after:
            nxt = after.group(1).lower()
            if t.possessive:
                # A role opening a sentence names the role, not a person ("Lead's
                # provisional view"), unless a relation or family follows.
                role = t.initial and t.protected is None and t.text.lower() in self.role_words
                return (
                    nxt in self.family
                    or bool(self.relations.fullmatch(nxt))
                    or (namelike and not role)
                )
            written = after.group(1)
            if written in self.family and (namelike or not t.initial):
                return True
            if namelike and nxt in self.verbs and prev.lower() not in _PLACE_PREPOSITIONS \
                    and not (t.cls == "lex-given" and self._after_place(before)):  # fmt: skip
                return True  # not "the Family Court at Chester said", "in Mold and Chester and"
            if t.protected and _did(nxt) and prev.lower() not in _PLACE_PREPOSITIONS:
                return True  # a protected name doing something: "Dean shouted" (tester 22, F9)
        return False

    def _after_place(self, before: str) -> bool:
        """Whether `before` ends with a place's name and "and" ("Mold, Flint and")."""
        m = _PLACE_LIST.search(before)
        return m is not None and m.group(1) in self.vocab.place_names

    def _rare_capital(self, t: Token) -> bool:
        """A dictionary word no one uses, capitalised inside a sentence ("she said Tez is
        mean"): a name, where the words around it make it one, as a given name is."""
        return t.cls == "english" and not t.initial and not self.vocab.is_common(t.text.lower())

    def staff_named(self, text: str) -> list[Found]:
        """People named beside a practitioner's, inspector's or judge's role ("the FCA,
        Priya Shah,"): no hit in a note, where the check lets them stand, but a report
        names no member of staff (tester 22, A5), so the report's body asks for them."""
        out = []
        for run in _runs(text, self.tokens(text), self.particles):
            span = [t for t in run if t.cls not in ("lex", "acronym")]
            if not span or not self._run_is_person(text, run, self._is_title(run, text)):
                continue
            if self._professional(text, span[0].start, span[-1].end, run):
                out.append(Found(NAME, span[0].start, span[-1].end, _STAFF_NOTE))
        return out


def _unknown_note(span: list[Token], vocab: Vocabulary) -> str:
    slip = nearest_word(vocab, span[0].text) if len(span) == 1 else None
    typo = f", or a slip for ‘{slip}’ (correct the note if so)" if slip else ""
    if any(t.placed for t in span):
        return f"a word in capitals standing where a name goes, and no known acronym{typo}"
    return f"a name no list knows (a person's, or a place's){typo}"
