"""The scanner: one object per inspection that finds identifying details in any text.

    scanner = Scanner.from_store(store)
    hits = scanner.scan(text, where="evidence 0190… text", evidence_ids=(eid,))

Every place text rests or leaves (the evidence at rest, the editor as the inspector
types, the Word and CSV exports) calls `scan`; `find` gives the raw spans.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from exporters.identify import contacts, patterns
from exporters.identify.calledas import CalledAs
from exporters.identify.coordination import again, coordinated, places_joined
from exporters.identify.daymonth import month_of_a_day
from exporters.identify.dictated import Dictation
from exporters.identify.everyday import without_brand_possessives
from exporters.identify.figures import Figures
from exporters.identify.gates import WORDED_DATES, fieldwork_days, lower_words
from exporters.identify.hits import ALLOWED_IN_COMMENTS, KINDS, Hit, overlaps, resolve, text_digest
from exporters.identify.jigsaw import Jigsaw
from exporters.identify.lowercase import LowerCaseNames
from exporters.identify.memo import fingerprint, forget, shared_for
from exporters.identify.names import NameFinder
from exporters.identify.patterns import Found, cue_pattern
from exporters.identify.protected import ProtectedIndex, case_label, whole_name_label
from exporters.identify.settings import GATE as SETTING_GATE
from exporters.identify.settings import HEALTH_GATE, health, settings
from exporters.identify.shouted import titled
from exporters.identify.venues import BASE_GATE, PLAY_GATE, Venues, bases, clubs_as_clubs, teams
from exporters.identify.vocabulary import Vocabulary, load
from exporters.identify.welsh import WELSH_HOMES
from store.casenames import as_name
from store.models import ROLE_LABELS

if TYPE_CHECKING:
    from store.store import Store

__all__ = ["ALLOWED_IN_COMMENTS", "KINDS", "Hit", "Scanner", "forget", "lower_words", "text_digest"]

_REF_SHAPE = re.compile(r"(?<![\w\-])[A-Z0-9][A-Z0-9\-]{2,19}(?![\w\-])")
_CAPITALISED = re.compile(r"(?<![\w\-])[A-Z][\w'’\-]+")


SAINTED = re.compile(r"\b(?:St|Saint)\.?\s+[A-Z][\w\-]*(?:'s|’s|s'|s’)?\Z")
"""A name that ends a saint's name ("goes to St Mary's", "St Anne's ward"): a school's,
a church's or a hospital's, which a lead must not accept as only a name (tester 25,
F10: "St Mary's" was labelled a short form of a protected child's name alone)."""


@dataclass
class Scanner:
    """Compiled rules for one inspection.

    `names` and `people` are protected people (people as (name, category)); `places`
    protected schools, streets and places (matched whole); `case_refs` our references
    (allowed in comments only); `allowed_dates` the inspection's own dates.  `staff`
    (inspectors' names), `areas` (service-area names) and `own_text` (the framework's
    criteria and headings) are the inspection's own words, never hits."""

    names: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    case_refs: list[str] = field(default_factory=list)
    allowed_dates: list[str] = field(default_factory=list)
    people: list[tuple[str, str]] = field(default_factory=list)
    staff: list[str] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    own_text: list[str] = field(default_factory=list)
    case_people: list[tuple[str, str, str]] = field(default_factory=list)
    """(case id, name, category) of the protected people listed on a case: a hit in a
    case's record is labelled by that case's people first (`scan(case_id=...)`)."""

    def __post_init__(self) -> None:
        vocab = load()
        self._on_case: dict[str, list[tuple[str, str]]] = {}
        for case_id, name, category in self.case_people:
            self._on_case.setdefault(case_id, []).append((as_name(name), category))
        self.vocab: Vocabulary = vocab
        # A name a case list gave in capitals ("WHITE", in a file imported before
        # `store.casenames.as_name`) is matched as notes write it ("White").
        people = [(as_name(n), "child") for n in self.names] + [
            (as_name(n), c) for n, c in self.people
        ]
        self.index = ProtectedIndex(vocab, people, self.places)
        own_words = {
            w
            # The team's roles are the inspection's words too ("Lead and inspector
            # agreed": tester 18, F12).
            for t in [*self.own_text, *self.areas, *ROLE_LABELS.values()]
            for w in re.findall(r"[A-Z][\w'’\-]+", t)
            if w not in self.index.parts
        }
        self.area_words = {w for a in self.areas for w in a.split() if w[:1].isupper()}
        self.finder = NameFinder(vocab, self.index, own_words, list(self.areas), self.staff)
        self.lower_names = LowerCaseNames(self.index, vocab, own_words)
        self.dates = patterns.DateRules(
            birth=cue_pattern(vocab.rule("birth_cues"), lower=True),
            person=cue_pattern(vocab.rule("person_cues"), lower=True),
            event=cue_pattern(vocab.rule("event_cues"), lower=True),
            allowed=frozenset(patterns._norm_date(d) for d in self.allowed_dates),
            inspecting=cue_pattern(vocab.rule("inspection_cues"), lower=True),
            fieldwork=frozenset(map(patterns._norm_date, fieldwork_days(self.allowed_dates))),
        )
        self.place_rules = patterns.place_rules(vocab)
        # A dictated note ("zero seven seven ...", "spoke to summer"): `dictated.py`.
        self.dictation = Dictation(self.index, vocab, own_words, self.place_rules.street_words)
        self.venues = Venues(vocab.rule("hospitals_by_name"), vocab.rule("parent_jobs"))
        self._patient = cue_pattern(vocab.rule("patient_cues"), lower=True)
        self.jigsaw = Jigsaw(vocab, self.area_words)
        self.called_as = CalledAs(vocab)
        self.figures = Figures(vocab)
        self._refs_have_digits = all(any(c.isdigit() for c in r) for r in self.case_refs)
        self._refs = frozenset(r for r in self.case_refs if r)
        # The words each finder needs, met with a text's words in one intersection.
        rules = self.place_rules
        self._place_wake = rules.street_words | rules.school_words | self.venues.gate | WELSH_HOMES
        self._wake = self._place_wake.union(
            PLAY_GATE, self.index.first_words, self.finder.place_words_lower,
            SETTING_GATE, HEALTH_GATE, self.venues.work_gate, WORDED_DATES, self.jigsaw.first_words,
            self.called_as.gate, BASE_GATE,
        )  # fmt: skip
        f = self.finder
        self._small_words = (
            f.function_words | f.determiners | f.caps_not_names | f.honorifics | f.verbs
            | f.caps_verbs | f.stress_followers
        )  # fmt: skip
        # What a text holds depends only on the text and these rules: a scanner built
        # again for the same inspection (the next export, a refresh) shares what the
        # last one found, and what it made of each word (`memo.py`).
        self.fingerprint = fingerprint(self)
        shared = shared_for(self.fingerprint, self.finder._words)
        self._memo: dict[str, tuple[Found, ...]] = shared[0]
        self.finder._words = shared[1]

    @classmethod
    def from_store(
        cls,
        store: Store,
        *,
        case_refs: list[str] | None = None,
        allowed_dates: list[str] | None = None,
    ) -> Scanner:
        """A new scanner for the inspection in `store`: its protected names, case
        references, dates, inspectors, areas and framework wording.  `case_refs` and
        `allowed_dates` replace what is read from the store (an export that has
        already read them passes them in).  Callers that scan as a user works want
        `for_store`, which builds one per process for the same inputs."""
        from exporters.identify.cache import store_inputs

        return cls(**store_inputs(store, case_refs=case_refs, allowed_dates=allowed_dates))

    @classmethod
    def for_store(
        cls,
        store: Store,
        *,
        case_refs: list[str] | None = None,
        allowed_dates: list[str] | None = None,
    ) -> Scanner:
        """The process's scanner for the inspection in `store` as it is now: built once
        for these inputs and kept, built again when they change (a protected name, a
        case, the team, an area added or edited).  Thread-safe (`cache.py`)."""
        from exporters.identify.cache import cached_scanner, current_scanner, store_inputs

        if case_refs is None and allowed_dates is None:
            return current_scanner(store)
        return cached_scanner(store_inputs(store, case_refs=case_refs, allowed_dates=allowed_dates))

    # Scanning ------------------------------------------------------------------------
    def find(self, text: str) -> tuple[Found, ...]:
        """Every identifying span in `text`, in order (remembered per text)."""
        hit = self._memo.get(text)
        if hit is None:
            hit = tuple(self._find(text))
            if len(self._memo) > 50_000:
                self._memo.clear()
            self._memo[text] = hit
        return hit

    def scan(
        self,
        text: str,
        where: str = "",
        *,
        field: str = "body",
        evidence_ids: Iterable[str] = (),
        comment: bool = False,
        case_id: str | None = None,
    ) -> list[Hit]:
        """The hits in one text.  In a comment (`comment=True`) our case references
        are allowed.  A text of one case's record (`case_id`) has its protected names
        labelled by that case's people first (`protected.case_label`)."""
        ids = tuple(evidence_ids)
        on_case = self._on_case.get(case_id, []) if case_id else None
        out = []
        for f in self.find(text):
            if comment and f.kind in ALLOWED_IN_COMMENTS:
                continue
            words = text[f.start : f.end].strip()
            note = f.note
            if on_case is not None and f.kind == "protected-name":
                note = case_label(words, note, on_case)
            if f.kind == "protected-name" and (saint := SAINTED.search(text[: f.end + 2])):
                note += (f"; here in ‘{saint.group(0)}’, a place named after a saint (a school, "
                         "church or hospital): the child's setting, whoever the name is")  # fmt: skip
            out.append(Hit(f.kind, words, where, ids, field, note, f.start, f.end))
        return out

    def scan_text(self, text: str, context: str | None = None) -> list[tuple[str, str]]:
        """(kind, matched text) for every identifying detail in `text`."""
        del context
        return [(f.kind, text[f.start : f.end].strip()) for f in self.find(text)]

    def _find(self, text: str) -> list[Found]:
        """The finds in one text.  Its lower-case words are read once and met with the
        words every finder needs (`_wake`) in one set intersection: a finder whose
        words the text does not hold is not run, and most text wakes few or none (a
        text with no digit, "@", setting, street, school, health, work, club, holiday,
        rare characteristic or protected first name is read for people's names only)."""
        if not text or not text.strip():
            return []
        words = lower_words(text)
        woke: frozenset[str] = self._wake.intersection(words)
        digits = len(patterns.DIGIT.findall(text))
        found = (
            self._details(text, words, woke, digits)
            if woke or digits or "@" in text or not self._refs_have_digits
            else []
        )
        kept = clubs_as_clubs(text, resolve(found)) if found else []
        people = self.finder.find(
            text, (lambda s, e: overlaps(kept, s, e)) if kept else None, words
        )
        if people:  # a sentence of a child's words in another language opens with a capital
            people = [f for f in people if not self._opens_foreign_quote(text, f)]
        if people and not self.figures.words.isdisjoint(words):
            people = [f for f in people
                      if f.kind != "name" or not self.figures.public(text, f.start, f.end)]  # fmt: skip
        people = [f for f in people if not month_of_a_day(text, f.start, f.end)]
        if people:
            kept.extend(without_brand_possessives(text, people))
            kept = resolve(kept)
        if lower := self.lower_names.find(text, words):
            kept = resolve([*kept, *(f for f in lower if not overlaps(kept, f.start, f.end))])
        if more := self._joined_and_settings(text, kept, words, woke):
            kept = resolve([*kept, *more])  # a workplace may win a name found first
        if kept:
            kept.extend(again(text, kept))
        if digits or not WORDED_DATES.isdisjoint(woke):  # every other date has a digit
            names = [f for f in kept if f.kind in ("protected-name", "name")]

            def named(a: int, b: int) -> bool:
                return any(a <= f.start < b for f in names)

            kept.extend(_outside_markers(text, patterns.dates(text, self.dates, named)))
            kept = resolve(kept)
        if digits > 1 or not self.jigsaw.first_words.isdisjoint(woke):
            kept.extend(self.jigsaw.find(text, kept))
        if more := self.dictation.find(text, words, self._find):
            kept = resolve([*kept, *more])
        kept.sort(key=lambda f: (f.start, f.end))
        return kept

    def _details(
        self, text: str, words: set[str], woke: frozenset[str], digits: int
    ) -> list[Found]:
        """Emails, references, numbers, postcodes, places, named hospitals, teams and
        whole protected names: what is found before people's names."""
        found: list[Found] = []
        found.extend(contacts.emails(text))
        if self._refs and (digits or not self._refs_have_digits):
            found.extend(
                Found("case-reference", m.start(), m.end())
                for m in _REF_SHAPE.finditer(text)
                if m.group(0) in self._refs
            )
        if digits:
            found.extend(contacts.numbers(text, digits))
            found.extend(patterns.postcodes(text))
        if not self._place_wake.isdisjoint(woke):
            for read in (text, titled(text, self._small_words)):
                if read is not None:  # a text in capitals is read again in ordinary case
                    found.extend(self._places(text, read, words, digits, found))
        if not PLAY_GATE.isdisjoint(woke):
            found.extend(teams(text, words, self._domain, lambda s, e: overlaps(found, s, e)))
        if self.index.full and not self.index.first_words.isdisjoint(woke):
            for m in self.index.full.finditer(text):
                category = self.index.category_of(m.group(0))
                if category == "other-person" and self.finder.professional(text, *m.span()):
                    continue  # a practitioner's name beside their role
                note = whole_name_label(category)
                found.append(Found("protected-name", m.start(), m.end(), note))
        return found

    def _places(
        self, text: str, read: str, words: set[str], digits: int, found: list[Found]
    ) -> list[Found]:
        """Streets, schools and hospitals known by name in `read` (the text, or its copy
        in ordinary case) not overlapping what is `found`."""
        out = [
            f
            for f in patterns.places(
                read, self.place_rules, self._setting_domain, set(), words, digits
            )
            if (f.kind not in _LEXICON_KINDS or not self._lexicon_at(read, f.start, f.end))
            and not overlaps(found, f.start, f.end)
            and (read is text or self._named_in_capitals(read, f))
        ]
        out = [f for f in out if not self._verb_before_setting(read, f)]
        taken = found + out
        out += [
            f
            for f in self.venues.named(read, words, digits, self._about_a_person(read))
            if not overlaps(taken, f.start, f.end)
        ]
        return out

    def _verb_before_setting(self, read: str, f: Found) -> bool:
        """A "school" that is an ordinary verb opening a sentence before a setting word
        in lower case ("Moved school in Y7", "Started nursery in Sept", "Changed school
        twice", "Rcvd school info"): no school's name."""
        if f.kind != "school":
            return False
        words = read[f.start : f.end].split()
        if len(words) != 2 or not words[1].islower() or not _initial_at(read, f.start):
            return False
        low = words[0].lower()
        verbish = low.endswith(("ed", "ing", "s")) or low in _SETTING_VERBS
        # or a working abbreviation of `words.txt` ("Rcvd school info": tester 28, F3)
        return (verbish and self.vocab.is_common(low)) or low in self.vocab.extra_words

    def _joined_and_settings(
        self, text: str, kept: list[Found], words: set[str], woke: frozenset[str]
    ) -> list[Found]:
        """Names joined to a found name ("Keeley and Callum"), then settings named
        without a setting word ("the same nursery, Little Acorns,"), each only where
        the text holds the words it needs (`woke`)."""
        out = coordinated(self.finder, text, kept) if kept else []
        if not self.finder.place_words_lower.isdisjoint(woke):
            out += places_joined(self.finder, text, kept + out, words)
        taken = kept + out

        def not_a_name(word: str) -> bool:
            low = word.lower()
            return low in self.finder.honorifics or bool(self.finder.relations.fullmatch(low))

        if not SETTING_GATE.isdisjoint(woke):
            out += settings(text, words, self._domain, not_a_name,
                            lambda s, e: overlaps(taken, s, e))  # fmt: skip
            taken = kept + out
        speech = ":" in text and ('"' in text or "“" in text)  # `calledas._SPEAKER`
        if not self.called_as.gate.isdisjoint(woke) or "(" in text or "@" in text or speech:
            out += self.called_as.find(text, words, self._domain, not_a_name,
                                       lambda s, e: overlaps(taken, s, e),
                                       lambda word: word in self.index.parts)  # fmt: skip
            taken = kept + out
        if not HEALTH_GATE.isdisjoint(woke):
            about = self._about_a_person(text)
            # A name no list knows may be a place of worship's or a club's own ("the Jame
            # Masjid": tester 33): the hospital, worship or club it names wins it.
            named = [f for f in taken if f.kind != "name"]
            out += health(text, words, self._setting_domain, about,
                          lambda s, e: overlaps(named, s, e))  # fmt: skip
            taken = kept + out
        if not BASE_GATE.isdisjoint(woke):
            about = self._about_a_person(text)
            people = [f.start for f in taken if f.kind in ("protected-name", "name")]
            settled = [f for f in taken if f.kind != "name"]  # a base wins a name no list knows
            out += bases(text, lambda a, b: about(a, b) or any(a <= p < b for p in people),
                         lambda s, e: overlaps(settled, s, e))  # fmt: skip
            taken = kept + out
        if not self.venues.work_gate.isdisjoint(woke):
            # An employer no list knows is found as a name first ("Nissan"); the
            # workplace it begins is the more specific find, and wins it (tester 19, F5).
            settled = [f for f in taken if f.kind != "name"]
            out += self.venues.find(
                text,
                words,
                self._setting_domain,  # "the Asda in Wigan": a town makes it one place
                lambda s, e: overlaps(settled, s, e) or self._lexicon_at(text, s, e),
            )
        return out

    def _named_in_capitals(self, read: str, f: Found) -> bool:
        """Whether a school found only in a text's copy in ordinary case (`titled`) is
        named by a word no common English word ("HOLLINS PARK ACADEMY"; not "MUM RANG
        THE SCHOOL"): in capitals, which words are a name is not written.  A street
        found there has its house number or its street word, and stands."""
        if f.kind != "school":
            return True
        words = re.findall(r"[^\W\d_]+", read[f.start : f.end])
        return any(not self.vocab.is_common(w.lower()) for w in words[:-1])

    def _about_a_person(self, text: str) -> Callable[[int, int], bool]:
        """Whether text[a:b] speaks of a person (a pronoun, a relation, "the child", a
        protected name),
        or, as notes write it with no subject, of one seen, treated or admitted there
        ("Seen at Alder Hey by the paediatrician": `patient_cues` in `rules.toml`)."""
        person, patient, named = self.dates.person, self._patient, self.index.parts
        common = self.vocab.is_common

        def about(a: int, b: int) -> bool:  # a protected name counts (held-out corpus 14)
            low = text[a:b].lower()
            if person.search(low) or patient.search(low):
                return True
            return any(w in named and not common(w.lower())
                       for w in _CAPITALISED.findall(text, a, b))  # fmt: skip

        return about

    def _opens_foreign_quote(self, text: str, f: Found) -> bool:
        """An unknown name that only opens a sentence of a child's words in another
        language ("Waan rabaa inaan aabbahay arko", "Chcę mieszkać z mamą": tester 32,
        F6; "... s babkou. Ocko veľmi kričí.": tester 36, F3), quoted in a note or as the
        whole of the child's-words field: capitalised because a sentence starts there.
        Most of the words' others (of three letters or more, a place aside: "la Londra";
        a gloss in brackets aside) are no English word; a given name the list of names
        knows is still a name."""
        if f.kind != "name" or " " in text[f.start : f.end].strip():
            return False
        if text[f.start : f.end] in self.vocab.given_names:
            return False
        spans = [m.span(1) for m in _QUOTED.finditer(text)] + [(0, len(text))]
        for a, b in spans:
            if not a <= f.start < b or text[a : f.start].rstrip()[-1:] not in ("", ".", "!", "?"):
                continue
            said = re.sub(r"\([^()]*\)", " ", text[a : f.start] + text[f.end : b])
            words = [w for w in re.findall(r"[^\W\d_]+", said) if len(w) > 2]
            rest = [w for w in words if w not in self.vocab.places]
            foreign = [w for w in rest if w.islower() and not self.vocab.is_english(w)]
            if len(words) >= 2 and len(foreign) * 2 > len(rest):
                return True
        return False

    def _lexicon_at(self, text: str, start: int, end: int) -> bool:
        """Whether a place found is the domain's own body ("The Judicial College's
        training", "work for Cafcass Cymru"): a lexicon phrase covers text[start:end]."""
        start = start + 4 if text.startswith(("The ", "the "), start) else start
        word = text[start:end].split(" ", 1)[0]
        return self.finder._phrase_at(text, start, word) >= end

    def _setting_domain(self, words: list[str]) -> bool:
        """The inspection's own words before a school word: as `_domain`, but a town's
        or village's name is no body of the domain's ("Westbury Primary School" is one
        school; "Cafcass Academy" and an area's name are the inspection's own)."""
        places = self.vocab.place_names
        return self._domain(words) and not any(
            w in places and w not in self.area_words for w in words
        )

    def _domain(self, words: list[str]) -> bool:
        """Whether `words` are the inspection's own: each an own word or an area's, or
        together a phrase of the lexicon ("known as Grandparents Plus", a charity)."""
        own = self.finder.own_words
        return (all(w in own or w in self.area_words for w in words)
                or tuple(words) in self.vocab.lexicon_phrases)  # fmt: skip


_QUOTED = re.compile(r"[\"“]([^\"”]{8,}?)[\"”]")
"""Words quoted in double quotes (a child's own words, as notes write them)."""
_LEXICON_KINDS = frozenset({"school", "street-address"})
"""Places a lexicon phrase may cover whole: a body of the domain ("Judicial College"), a
station or a hospital named after its street ("Turnpike Lane", "Great Ormond Street":
held-out corpus 10)."""
_SETTING_VERBS = frozenset({"left", "began", "start", "change", "move", "attend", "miss"})


def _initial_at(text: str, pos: int) -> bool:
    """Whether a word at `pos` opens the text or a sentence."""
    before = text[:pos].rstrip(" \t\"'‘“(")
    return not before or before[-1] in ".!?:;\n\r"


# The mark "keep both" puts before each side's text of a conflict: whose it is and when
# it was written ("[Grace Adeyemi, 2026-12-03 16:22] The designated ...").
_SIDE_MARK = re.compile(r"^\[[^\[\]\n]{1,80}, \d{4}-\d\d-\d\d \d\d:\d\d\]", re.MULTILINE)


def _outside_markers(text: str, dates: list[Found]) -> list[Found]:
    """The dates that are not the time a side of a conflict was written, in the mark
    "keep both" writes (an edit's date is about the inspector, not a child)."""
    if not dates or "[" not in text:
        return dates
    marks = [m.span() for m in _SIDE_MARK.finditer(text)]
    return [f for f in dates if not any(a <= f.start and f.end <= b for a, b in marks)]
