"""The draft's vocabulary, read from the data files beside the frameworks.

`templates/frameworks/wording/` holds Fieldwork's own wording as TOML, so that a lead
can correct a phrase without touching Python:

- `criteria.toml`: per criterion, its paragraph (theme), whether it may be stated as a
  share of cases, and ways of stating its strength, its weakness, their impact on
  children and the improvement point;
- `drafting.toml`: source nouns, whom a quotation is attributed to, the kind of each
  judgement, headlines, sentence frames, and the report's fixed text;
- `glossary.toml`: the terms and abbreviations explained at their first use;
- `support.toml`: what a sentence may say only when the evidence says it
  (`exporters.draft.support`).

The proportion words and the other drafting rules are the framework's own
(`store.framework.drafting_rules`), not this folder's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any, Literal

from exporters.draft.standalone import Standalone
from exporters.draft.support import Support
from exporters.draft.whospoke import Speaker, role_of
from exporters.draft.wording import wording_dir as wording_dir  # re-exported
from exporters.draft.wording import wording_table
from store.framework import DraftingRules, Framework, JudgementDef, drafting_rules

About = Literal["cases", "service"]
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


@dataclass(frozen=True)
class CriterionWords:
    """How the draft talks about one criterion (see `criteria.toml`)."""

    id: str
    theme: str
    about: About
    noun: str
    strength: tuple[str, ...]
    weakness: tuple[str, ...]
    impact: tuple[str, ...]
    weak_impact: tuple[str, ...]
    improve: str
    topic: str = ""  # what a sentence attributed to its sources is about (else the noun)
    improve_plain: str = ""  # the improvement point naming no particular document or activity
    defining: tuple[str, ...] = ()  # the wordings that define its vocabulary (else all)
    # Of `strength` and `weakness`, the wordings true of any strength (weakness) on the
    # criterion, whatever the particular (criteria.toml).
    strength_general: tuple[str, ...] = ()
    weakness_general: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()  # words a note on the criterion is likely to use
    counts: tuple[str, ...] = ()  # what a note counting ("1 FCA", "team of 14") is about it

    @property
    def vocabulary(self) -> tuple[str, ...]:
        """The wordings whose words are the criterion's own (`relevance`): its defining
        `strength` and `weakness` in criteria.toml, not the `_more` ways of saying them."""
        return self.defining or (*self.strength, *self.weakness)

    @property
    def about_what(self) -> str:
        """What a sentence attributed to its sources is about: the topic, or the noun."""
        return self.topic or self.noun


@dataclass(frozen=True)
class Headline:
    """A section's possible opening (`drafting.toml`, [headlines]) and the findings it
    states: criteria (or "@practice", "@areas") that must lean for, lean against, or have
    evidence on both sides in the section; `consistent`: it says its strengths hold
    throughout ("consistently strong practice": `headlines.borne_out`)."""

    text: str
    strengths: tuple[str, ...] = ()
    weaknesses: tuple[str, ...] = ()
    mixed: tuple[str, ...] = ()
    consistent: bool = False
    # A criterion whose notes must speak of a particular subject (its topic in
    # `criteria.toml` [subjects]): the headline names that subject ("held closely to
    # account by the board"), not the criterion's usual one (`headlines.borne_out`).
    about: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Term:
    """A term explained at its first use: written out, abbreviated, or footnoted."""

    key: str
    long: str
    long_plural: str = ""
    short: str = ""
    short_plural: str = ""
    note: str = ""
    pattern: str = ""


@dataclass(frozen=True)
class AgeCue:
    """Words that place a child in some age bands."""

    words: tuple[str, ...]
    bands: frozenset[str]


def _headline(h: dict[str, Any]) -> Headline:
    return Headline(
        h["text"], _tuple(h.get("strengths", [])), _tuple(h.get("weaknesses", [])),
        _tuple(h.get("mixed", [])), bool(h.get("consistent", False)),
        tuple((str(c), str(t)) for c, t in h.get("about", {}).items()),
    )  # fmt: skip


def _tuple(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else (str(value),)


class Words:
    """Every wording data file, read once (`words()`)."""

    def __init__(self, folder: Path) -> None:
        crit = wording_table("criteria.toml", folder)
        d = wording_table("drafting.toml", folder)
        g = wording_table("glossary.toml", folder)
        art = d.get("noun_article", {})
        self.noun_article: tuple[str, frozenset[str]] = (
            str(art.get("article", "")),
            frozenset(_tuple(art.get("before", []))),
        )
        """The article a criterion's noun takes, and the words after its head that call
        for it (`articled`)."""
        self.criteria = {
            k: replace(c, noun=articled(c.noun, *self.noun_article))
            for k, v in crit.items() if k != "subjects" for c in (_criterion(k, v),)
        }  # fmt: skip  # [subjects]: exporters/draft/subjects.py
        self.support = Support(folder / "support.toml")
        self.source_nouns: dict[str, str] = d["source_nouns"]
        ev = dict(d["evidence_nouns"])
        self.singular_evidence = frozenset(ev.pop("singular", []))
        self.unnamed_people: str = ev.pop("unnamed_people")
        self.evidence_nouns: dict[str, str] = ev
        """Sources as the subject of a sentence ("interviews with managers")."""
        src = d["sources"]
        self.partner_sources = frozenset(src["partners"])
        self.case_work_sources = frozenset(src["case_work"])
        self.partner_quotes = frozenset(src["partner_quotes"])
        self.family_quotes = frozenset(src["family_quotes"])
        self.quote_sources = tuple(sorted(self.partner_quotes | self.family_quotes))
        self.stakeholder_groups = {k: _tuple(v) for k, v in d["stakeholder_groups"].items()}
        self.stakeholder_cues = {k: _tuple(v) for k, v in d["stakeholder_cues"].items()}
        self.speakers = tuple(
            Speaker(
                s["source"],
                s.get("role", ""),
                _tuple(s.get("when", [])),
                _tuple(s.get("unless", [])),
                bool(s.get("anywhere", False)),
                _tuple(s.get("roles", [])),
            )  # fmt: skip
            for s in d["speakers"]
        )
        self._roles: dict[tuple[str, str], str] = {}  # `speaker`'s, by (source, text)
        self.judgement_kinds: dict[str, str] = d["judgement_kinds"]
        self.judgement_kind_words: dict[str, str] = d["judgement_kind_words"]
        self.kind_law_types: dict[str, str] = d["kind_law_types"]
        self.headlines = {
            kind: {grade: tuple(_headline(h) for h in v) for grade, v in by_grade.items()}
            for kind, by_grade in d["headlines"].items()
        }
        self.headline_judged: dict[str, Any] = d["headline_judged"]
        ph, notes = d["phrases"], d["notes"]
        self.frames = {fam: {k: _tuple(v) for k, v in f.items()} for fam, f in d["frames"].items()}
        self.development_openers = _tuple(ph["development_openers"])
        even = d.get("even_split", {})
        self.even_half: tuple[str, str] = (
            even.get("half", "half of the"),
            even.get("other_half", "the other half of the"),
        )
        self.even_as_many: str = even.get("as_many", "as many")
        self.even_as_many_alone: str = even.get("as_many_alone", "as many others")
        """How the second side of an even split is said ("the other half of", "as many")."""
        self.example_leads = _tuple(ph["example_leads"])
        self.service_example_leads = _tuple(ph["service_example_leads"])
        self.weakness_example_leads = _tuple(ph["weakness_example_leads"])
        self.attributed_view: str = ph["attributed_view"]
        self.counted = _tuple(ph["counted"])
        self.counted_nouns = _tuple(ph["counted_nouns"])
        self.counted_unnamed = _tuple(ph["counted_unnamed"])
        self.counted_unnamed_nouns = _tuple(ph["counted_unnamed_nouns"])
        self.quote_age_bands = frozenset(ph["quote_age_bands"])
        self.young_person_age_bands = frozenset(ph["young_person_age_bands"])
        self.law_cues = {k: _tuple(v) for k, v in d["law_cues"].items()}
        self.age_cues = tuple(
            AgeCue(_tuple(c["words"]), frozenset(c["bands"])) for c in d["age_cues"]
        )
        self.provisional_markers = _tuple(notes["provisional_markers"])
        self.working_note_openers = _tuple(notes["working_note_openers"])
        self.working_note_phrases = _tuple(notes["working_note_phrases"])
        self.strength_example_negatives = _tuple(notes.get("strength_example_negatives", []))
        self.bare_noun_starts = tuple(
            sorted(_tuple(notes.get("bare_noun_starts", [])), key=len, reverse=True)
        )
        self.standalone = Standalone.from_data(d["standalone"])
        one = d.get("one_case", {})
        self.one_case_plurals = _tuple(one.get("plural_words", []))
        self.one_case_singular = tuple((a, b) for a, b in one.get("singular", []))
        self.text: dict[str, str] = d["text"]
        self.themes: dict[str, str] = d["themes"]
        self.grade_phrases: dict[str, str] = d.get("grade_phrases", {})
        self.weaknesses_stated: dict[str, int] = d["weaknesses_stated"]
        self.terms = tuple(
            Term(
                key=t["key"], long=t["long"], long_plural=t.get("long_plural", ""),
                short=t.get("short", ""), short_plural=t.get("short_plural", ""),
                note=t.get("note", ""), pattern=t.get("pattern", ""),
            )
            for t in g["terms"]
        )  # fmt: skip
        self.plain_capitals = frozenset(g.get("plain", {}).get("words", []))
        self.known_capitals = self.plain_capitals | {
            f for t in self.terms for f in (t.short, t.short_plural) if f
        }
        """Words in capitals a sentence of the report may hold: the glossary's."""

    # Look-ups ---------------------------------------------------------------------------

    def criterion(self, framework: Framework, criterion_id: str) -> CriterionWords:
        """The wording for a criterion: its own entry, the "LGS" pattern for the 2013
        catalogue's case-type oversight criteria, or a plain one from the framework's
        criterion text."""
        if criterion_id in self.criteria:
            return self.criteria[criterion_id]
        try:
            c = framework.criterion(criterion_id)
            text, group = c.text.strip().rstrip("."), c.group
        except KeyError:
            text, group = criterion_id, ""
        if criterion_id.startswith("LGS") and "LGS" in self.criteria:
            kind = text.split(":", 1)[0].split("(", 1)[0].strip()
            t = self.criteria["LGS"]
            return CriterionWords(
                criterion_id, t.theme, t.about, t.noun.format(kind=kind),
                tuple(s.format(kind=kind) for s in t.strength),
                tuple(s.format(kind=kind) for s in t.weakness),
                t.impact, t.weak_impact, t.improve.format(kind=kind),
                t.topic.format(kind=kind), t.improve_plain.format(kind=kind),
                tuple(s.format(kind=kind) for s in t.defining),
                tuple(s.format(kind=kind) for s in t.strength_general),
                tuple(s.format(kind=kind) for s in t.weakness_general),
                tuple(s.format(kind=kind) for s in t.cues),
            )  # fmt: skip
        service = group.upper().startswith("L")
        from exporters.draft.ownwords import own_words  # a team's own criterion (F8)

        named = own_words(framework, criterion_id, service)
        if named is not None:
            return named
        weak = f"practice does not yet meet this: {text}"
        return CriterionWords(
            criterion_id,
            "leadership" if service else "practice",
            "service" if service else "cases",
            text,
            (text,),
            (weak,),
            (),
            (),
            f"[Add an improvement point on {criterion_id}: {text}.]",
            strength_general=(text,),
            weakness_general=(weak,),
        )

    def speaker(self, source: str, text: str) -> str:
        """The role a stakeholder is quoted by, from the source and what the note says
        about who spoke ("one judge", "a local authority social worker"); worked out once
        per note (a section's views ask about each of its stakeholders' notes)."""
        role = self._roles.get((source, text))
        if role is None:
            role = self._roles[(source, text)] = self._role(source, text)
        return role

    def _role(self, source: str, text: str) -> str:
        return role_of(self.speakers, source, text, _has)  # once per note (`speaker`)

    def judgement_kind(self, jdef: JudgementDef) -> str:
        """private, public, practice, leadership or local (see `drafting.toml`)."""
        if jdef.id in self.judgement_kinds:
            return self.judgement_kinds[jdef.id]
        text = f"{jdef.title} {jdef.heading}".lower()
        for words, kind in self.judgement_kind_words.items():
            if words in text:
                return kind
        return "leadership"

    def rules(self, framework: Framework) -> DraftingRules:
        """The framework's drafting rules (`store.framework.drafting_rules`)."""
        return drafting_rules(framework)

    def is_provisional(self, text: str) -> bool:
        """Whether a note or rationale says it is not yet settled."""
        low = text.lower()
        return any(_has(low, m) for m in self.provisional_markers)


def _has(low_text: str, word: str) -> bool:
    """Whether `word` occurs in the lower-cased text as whole words."""
    w = word.lower()
    start = low_text.find(w)
    while start != -1:
        end = start + len(w)
        before = low_text[start - 1] if start else " "
        after = low_text[end] if end < len(low_text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        start = low_text.find(w, start + 1)
    return False


_DETERMINERS = frozenset({"the", "a", "an", "each", "every", "this", "these", "those", "their",
                          "its", "his", "her", "our", "any", "all", "some", "no"})  # fmt: skip


def articled(noun: str, article: str, before: frozenset[str]) -> str:
    """A criterion's noun as it is put into a sentence after a preposition: with
    `article` ("the") where its head is a singular common noun followed by one of the
    words `before` ("use of performance information" -> "the use of performance
    information", "advice to the court", "work with the judiciary"), so that "weaknesses
    in {noun}" never reads "weaknesses in use of ..."; unchanged where the head is a
    gerund ("listening to children"), a plural ("interviews with parents"), a possessive
    ("children's wishes"), a determiner ("a supportive ... culture") or not in lower case
    (a framework's own criterion text)."""
    parts = noun.split(" ", 2)
    if not article or len(parts) < 3 or parts[1] not in before:
        return noun
    head = parts[0]
    plural = head.endswith("s") and not head.endswith(("ss", "is", "us"))
    if (not head.isalpha() or not head.islower() or head in _DETERMINERS
            or head.endswith("ing") or plural):  # fmt: skip
        return noun
    return f"{article} {noun}"


def has_words(text: str, word: str) -> bool:
    """Whether `word` occurs in `text` as whole words, ignoring case."""
    return _has(text.lower(), word)


def _criterion(key: str, v: dict[str, Any]) -> CriterionWords:
    """A criterion's entry in criteria.toml: its `strength` (`weakness`) wordings are
    those of `strength`, `strength_more` and `strength_general`, the general ones last."""
    strength, weakness = _tuple(v["strength"]), _tuple(v["weakness"])
    s_general = _tuple(v.get("strength_general", []))
    w_general = _tuple(v.get("weakness_general", []))
    return CriterionWords(
        key, v["theme"], v["about"], v["noun"],
        strength + _tuple(v.get("strength_more", [])) + s_general,
        weakness + _tuple(v.get("weakness_more", [])) + w_general,
        _tuple(v.get("impact", [])), _tuple(v.get("weak_impact", [])), v["improve"],
        v.get("topic", ""), v.get("improve_plain", ""), strength + weakness, s_general, w_general,
        _tuple(v.get("cues", [])), _tuple(v.get("counts", [])),
    )  # fmt: skip


@cache
def words() -> Words:
    """The wording data, read from `templates/frameworks/wording/` once."""
    return Words(wording_dir())


# Small text helpers ---------------------------------------------------------------------


def proportion_word(rules: DraftingRules, count: int, total: int) -> str:
    """The framework's word for `count` out of `total` ("most", "a small number of")."""
    if total <= 0 or count <= 0:
        return "no"
    share = min(count / total, 1.0)
    for band in rules.proportion_bands:
        if share >= band.at_least and (band.at_least > 0 or share > 0):
            if band.at_least >= 1.0 and count < total:
                continue
            return band.word
    return rules.proportion_bands[-1].word


_SIDE = re.compile(r"\{(pos|Pos|neg|Neg)(?:_of|_alone)?\}")


def even_split(w: Words, frame: str, pos: str, neg: str, n: int, views: int) -> dict[str, str]:
    """A balanced frame's proportion words where its sides have `n` cases each (its
    fill: "pos", "neg", "Pos_of", "pos_of", "neg_of"): the first side said keeps its
    word ("some"), or says "half of the" where the two sides are all `views`; the
    second says "as many", or "the other half of the" (never "many ... many")."""
    first = _SIDE.search(frame)
    pos_first = first is None or first.group(1).lower().startswith("pos")
    if 2 * n == views:
        one, other = w.even_half
    else:
        one, other = (pos if pos_first else neg), w.even_as_many
    p, g = (one, other) if pos_first else (other, one)
    out = side_words(p, g)
    second = "neg" if pos_first else "pos"
    if out[second] == w.even_as_many:  # "..., although in as many others, ..."
        out[f"{second}_alone"] = w.even_as_many_alone
        out[f"{second.title()}_alone"] = capitalise(w.even_as_many_alone)
    return out


def side_words(pos: str, neg: str) -> dict[str, str]:
    """A frame's fill for the proportion words of its two sides: as they are ({pos}:
    "most"), before "the cases" ({pos_of}: "most of"), standing alone for the cases
    already named ({pos_alone}: "a small number", "the other half"), and each with a
    capital ({Pos_of}, {Pos_alone})."""
    out: dict[str, str] = {}
    for key, word in (("pos", pos), ("neg", neg)):
        alone = of_form(word).removesuffix(" of")
        out |= {key: word, f"{key}_of": of_form(word), f"{key}_alone": alone,
                f"{key.title()}_of": capitalise(of_form(word)),
                f"{key.title()}_alone": capitalise(alone)}  # fmt: skip
    return out


def for_one_case(w: Words, wordings: tuple[str, ...]) -> tuple[str, ...]:
    """The wordings fit to follow "one case" ("in the one case sampled, the child is
    seen alone", never "children are seen"): those speaking of no one in the plural
    (drafting.toml [one_case]); else those said of the one child (`singular`) that are
    left with no plural word; else all of them."""

    def plural(x: str) -> bool:
        return any(has_words(x, p) for p in w.one_case_plurals)

    def one_child(x: str) -> str:
        for many, one in w.one_case_singular:
            x = re.sub(rf"(?i)\b{re.escape(many)}\b", one, x)
        return x

    single = tuple(x for x in wordings if not plural(x))
    return single or tuple(y for x in wordings if not plural(y := one_child(x))) or wordings


def counts_instead(rules: DraftingRules, count: int, total: int, other: int = 0) -> bool:
    """Whether `count` (or `other`, the other side) of `total` is said in counts ("four
    of the five cases"), not in a proportion word: fewer cases than the framework's
    `min_cases`, or fewer than the `min_cases` of the band its word comes from ("the
    vast majority of" four of five).  One rule for strengths and weaknesses."""
    if total < rules.min_cases:
        return True
    for n in (count, other):
        word = proportion_word(rules, n, total) if n else ""
        band = next((b for b in rules.proportion_bands if b.word == word), None)
        if band is not None and band.min_cases is not None and total < band.min_cases:
            return True
    return False


def count_of(k: int, n: int) -> str:
    """k of n cases as the report says it: "two of the three cases", "both cases",
    "all three cases", "the one case" (followed by "sampled" or "with evidence on ...")."""
    if k == n == 1:
        return "the one case"
    if k == n:
        return "both cases" if n == 2 else f"all {number_text(n)} cases"
    return f"{number_text(k)} of the {number_text(n)} cases"


def of_form(word: str) -> str:
    """The proportion word before "the cases": "most of", "a small number of"."""
    word = word.removesuffix(" the")
    return word if word.endswith(" of") else f"{word} of"


def number_text(n: int) -> str:
    """One to nine as words, 10 upwards as figures (the report's style)."""
    return NUMBER_WORDS[n] if 0 <= n < 10 else str(n)


def capitalise(text: str) -> str:
    """Upper-case the first letter only (unlike str.capitalize, keeps 'FCAs')."""
    return text[:1].upper() + text[1:] if text else text


def join_list(items: list[str] | tuple[str, ...]) -> str:
    """'a', 'a and b', 'a, b and c' (no serial comma)."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
