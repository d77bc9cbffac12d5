"""How a framework's codes are written in case lists (domain.md 3.5): the built-in
spellings of `templates/case_list.toml` and a team's `--map`, read cell by cell
(`Vocabulary`); the file and its headings are `store.caselist`'s.

Values: codes or labels in any case, and the spellings in `templates/case_list.toml`
(case types "in full, abbreviated or with section numbers": "Section 31 Care Order",
"s.31", "Care order (s31)"), plus a team's own `--map` file.  Dates: `store.casedates`.
"""

from __future__ import annotations

import difflib
import functools
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from store.caseareas import area_in
from store.caselist import RULE_16_4, SECTION, and_, heading_key, squash, words
from store.framework import Framework


def _case_list_toml() -> dict[str, Any]:
    from importlib import resources

    return tomllib.loads((resources.files("templates") / "case_list.toml").read_text("utf-8"))


@functools.cache
def council_short_forms() -> tuple[str, ...]:
    """The short forms case titles give a council ('lbc', 'mbc', 'rbk'), in lower case:
    organisations to the import, and never a person's name to the identifiability check."""
    return tuple(_case_list_toml()["organisations"]["council_short"])


HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})


@functools.cache
def _organisation_words() -> tuple[tuple[str, ...], frozenset[str]]:
    """`[organisations]`: its words, bodies and council short forms (padded, lower
    case, as `words` gives them), and the words among them that are also given names."""
    data = _case_list_toml()["organisations"]
    listed = [*data["words"], *data["bodies"], *data["council_short"]]
    return tuple(words(w) for w in listed), frozenset(data.get("given_names_too", ()))


@functools.cache
def _setting_words() -> tuple[str, ...]:
    return tuple(words(w) for w in _case_list_toml()["organisations"]["settings"])


def is_setting(place: str) -> bool:
    """Whether a place names where a child lives, learns or is treated (a school, a
    hospital, a refuge: `[organisations] settings`): protected as a place, never
    dropped as a body."""
    text = words(place)
    return any(w in text for w in _setting_words())


def is_organisation(party: str, joined: bool = False) -> bool:
    """Whether a party is a body, not a person: a council, an agency, a children's
    trust or a company (`[organisations]` in `templates/case_list.toml`, as whole
    words); `joined`: by a body's name that holds 'and' ('Children and Families').  A
    word of the list that is also a given name ("Charity Banda", "Mrs Trust Mokoena")
    makes no body as the person's first name.  The case-list import and the
    identifiability check both ask this, so a name one keeps as a person's the other
    protects."""
    listed, given = _organisation_words()
    text = words(and_(party))
    lead = text.split()[:2]
    first = len(lead[0]) + 1 if lead and lead[0] in HONORIFICS else 0
    for m in _organisation_pattern(joined).finditer(text):  # every place a listed word starts
        if m.start() != first or m.group(1).strip() not in given:
            return True
        # A given name first: a body only if another listed word starts there too.
        if any(text.startswith(w, first) and w.strip() not in given for w in listed
               if not joined or " and " in w):  # fmt: skip
            return True
    return False


@functools.cache
def _organisation_pattern(joined: bool) -> re.Pattern[str]:
    """Where a listed word of `[organisations]` starts in a padded text, one search for
    them all (a national list's 30,000 names were each read once per listed word: most
    of a command's 2.8 CPU-s on a 6,000-case master, tester 30)."""
    listed, _ = _organisation_words()
    alts = sorted({w for w in listed if not joined or " and " in w}, key=len, reverse=True)
    return re.compile("(?=(" + "|".join(map(re.escape, alts)) + "))")


@functools.cache
def application_labels() -> dict[str, str]:
    """How each Other application's code is named ('SGO': 'special guardianship'),
    from `templates/case_list.toml` [other_applications]; read once a process (each
    row of the case list, `cases list` and cases.csv asks: unread, the file was parsed
    at every row, half of a 2,000-row import's time; suite25 found it)."""
    return {k: v["label"] for k, v in _case_list_toml()["other_applications"].items()}


def application_law(application: str | None) -> str | None:
    """The one law type an Other application is made under, where it has one (enforcing
    a child arrangements order, C79 or s11J, is private law only: tester 30, F2), from
    `templates/case_list.toml` [other_applications]; None where the row must say."""
    law = _case_list_toml()["other_applications"].get(application or "", {}).get("law")
    return str(law) if law else None


def case_type_named(fw: Framework, case_type: str, application: str | None) -> str:
    """'Other application (special guardianship)': the case type's label, with what kind
    of Other application the case list named it (`CaseFile.application`), if any."""
    label = fw.case_type_label(case_type)
    kind = application_labels().get(application or "")
    return f"{label} ({kind})" if kind else label


LAW_PREFIX = re.compile(r"^\s*(?P<law>[^-–—:/|]+?)\s*(?:[-–—:/|]|\s-\s)\s*(?P<rest>.+)$")
"""A cell's opening words before its first separator (' - ', ':', '/', '|'), and the rest."""


@dataclass
class Vocabulary:
    """How a framework's codes are written in case lists: its own codes and labels, the
    built-in spellings and a team's map."""

    fw: Framework
    spellings: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    sections: dict[str, str] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)
    case_type_words: list[str] = field(default_factory=list)
    team: dict[str, dict[str, str]] = field(default_factory=dict)
    """A team's own spellings ({group: {squashed spelling: our code}}): read before
    the built-in ones, so that a team's map always wins."""
    ambiguous_laws: dict[str, list[str]] = field(default_factory=dict)
    """Law-type spellings organisations use for either law ('PL'): squashed -> codes."""
    personal: list[str] = field(default_factory=list)
    """Heading words of personal details a case list should not carry (never read)."""
    first: dict[str, list[str]] = field(default_factory=dict)
    """Phrases that decide the case type whatever else the cell names ('Enforcement')."""
    forms: dict[str, str] = field(default_factory=dict)
    """A court form's number alone as the case type ('C100'), squashed -> the case type
    most applied for on it (said by the import, so a list meaning another can map it)."""
    applications: dict[str, list[str]] = field(default_factory=dict)
    """What an Other application is, as lists name it: code -> spellings ('SGO')."""
    within: dict[str, list[str]] = field(default_factory=dict)
    """Law types that systems knowing no such law file a case type of it under: law ->
    the laws read as it (ADOPTION: PUBLIC, PRIVATE)."""
    filed_within: dict[str, list[str]] = field(default_factory=dict)
    """Case type -> the law types some systems file it under (`[case_types_within]`:
    PARENTAL_ORDER: ADOPTION)."""
    columns: dict[str, str] = field(default_factory=dict)
    """The lead's map of the list's headings: squashed heading -> our field ('unit':
    'service_area', from a `--map` line `column,Unit,area`)."""
    _misspellings: dict[tuple[str, str], str | None] = field(default_factory=dict, init=False)
    """What each misspelt value may be (`misspelt`), worked out once per import."""
    _case_types: dict[str, str | None] = field(default_factory=dict, init=False)
    """The case type of each cell's text (`case_type`), worked out once per import."""

    @classmethod
    def load(cls, fw: Framework, mapping: dict[str, dict[str, str]] | None = None) -> Vocabulary:
        """The built-in spellings plus `mapping` ({group: {their value: our code}})."""
        data = _case_list_toml()
        spellings: dict[str, dict[str, list[str]]] = {}
        for group in ("law_types", "case_types", "stages", "yes_no"):
            spellings[group] = {k: list(v) for k, v in data.get(group, {}).items()}
        team: dict[str, dict[str, str]] = {}
        mapping = dict(mapping or {})
        columns = {heading_key(k): v for k, v in mapping.pop("columns", {}).items()}
        for group, pairs in mapping.items():
            for theirs, ours in pairs.items():
                spellings.setdefault(group, {}).setdefault(ours, []).insert(0, theirs)
                team.setdefault(group, {})[squash(theirs)] = ours
        ambiguous = {squash(k): list(v) for k, v in data.get("ambiguous_law_types", {}).items()}
        return cls(fw, spellings, dict(data["case_type_sections"]),
                   dict(data.get("abbreviations", {})),
                   list(data.get("case_type_words", {}).get("words", [])), team,
                   ambiguous, list(data.get("personal_columns", {}).get("words", [])),
                   {k: list(v) for k, v in data.get("case_types_first", {}).items()},
                   {squash(k): v for k, v in data.get("case_type_forms", {}).items()},
                   {k: list(v["spellings"]) for k, v in data["other_applications"].items()},
                   {k: list(v) for k, v in data.get("law_types_within", {}).items()},
                   {k: list(v) for k, v in data.get("case_types_within", {}).items()},
                   columns)  # fmt: skip

    def is_personal(self, heading: str) -> bool:
        """Whether a column holds a personal detail Fieldwork never reads ("Initials",
        "Home address", "Postcode", "Ethnicity"): a heading word of `personal_columns`,
        whole or (four letters or more) inside the heading."""
        key = heading_key(heading)
        return any(key == w or (len(w) >= 4 and w in key) for w in self.personal)

    def expand(self, text: str) -> str:
        """`text` with its shortened words in full ('Final hrg' is 'Final hearing') and
        '&' as 'and'."""
        return re.sub(r"[0-9a-z]+", lambda m: self.abbreviations.get(m.group(0), m.group(0)),
                      and_(text).casefold())  # fmt: skip

    def _items(self, group: str) -> list[tuple[str, str]]:
        return [(i.code, i.label) for i in getattr(self.fw, group)]

    def misspelt(self, group: str, value: str, known: dict[str, str] | None = None) -> str | None:
        """`_misspelt`, once a value: a list repeats its misspelling on hundreds of rows."""
        key = (group, value)
        if key not in self._misspellings:
            self._misspellings[key] = self._misspelt(group, value, known)
        return self._misspellings[key]

    def _misspelt(self, group: str, value: str, known: dict[str, str] | None) -> str | None:
        """The code `value` names once each word of it that is no word of the group's
        labels and spellings is read as the one such word it misspells ('Privte Law' for
        Private law, 'Sectoin 7 report' for a section 7 report, 'Greater Manchster' for
        an area so named: `known`, code -> name, for "areas"), or None.  Said as a hint
        with the refusal, never read so: a legal case type is not guessed."""
        names = (
            [n for _, n in self._items(group)] if group != "areas" else list((known or {}).values())
        )
        for spelled in self.spellings.get(group, {}).values() if group != "areas" else ():
            names += spelled
        vocab = {w for n in names for w in re.findall(r"[a-z]+", n.casefold()) if len(w) > 3}
        fixed = [_respelt(w, vocab) for w in value.split()]
        if fixed == value.split():
            return None
        text = " ".join(fixed)
        if group == "areas":
            return self.area_code(text, known or {})
        return self.case_type(text) if group == "case_types" else self.exact(group, text)

    def exact(self, group: str, value: str) -> str | None:
        """The code whose code, label or listed spelling is `value` (case and
        punctuation ignored; '&' read as 'and')."""
        keys = {squash(value), squash(and_(value)), squash(self.expand(value))} - {""}
        if not keys:
            return None
        items = self._items(group)
        codes = {code for code, _ in items}
        mine = self.team.get(group, {})
        for key in sorted(keys):
            if mine.get(key) in codes:
                return mine[key]
        for code, label in items:
            if keys & {squash(code), squash(label)}:
                return code
        for code, spelled in self.spellings.get(group, {}).items():
            if code in codes and keys & {squash(s) for s in spelled}:
                return code
        return self._past_note(group, value)

    def _past_note(self, group: str, value: str) -> str | None:
        """ "Private law (C100)": the value without its bracketed note, where the note
        names no other code of the group ("Other (adoption)" is no plain OTHER)."""
        bare = re.sub(r"\s*\(.*?\)", " ", value).strip()
        if not bare or bare == value.strip():
            return None
        code = self.exact(group, bare)
        noted = " ".join(re.findall(r"\((.*?)\)", value))
        return code if code and self.exact(group, noted) in (None, code) else None

    def note_names_other(self, group: str, value: str) -> tuple[str, str] | None:
        """(the value's code, its bracketed note's) where the note names another code
        of the group ('C100 - CAO (safeguarding letter only)': a child arrangements
        order, and work to the first hearing only); None otherwise."""
        bare = re.sub(r"\s*\(.*?\)", " ", value).strip()
        noted = " ".join(re.findall(r"\((.*?)\)", value))
        if not bare or not noted:
            return None
        read = self.case_type if group == "case_types" else lambda v: self.exact(group, v)
        first, second = read(bare), read(noted)
        return (first, second) if first and second and first != second else None

    def law_choices(self, value: str) -> list[str]:
        """The law types an ambiguous spelling ('PL') may mean, unless the team's map
        settles it; [] for any other cell."""
        key = squash(value)
        if key in self.team.get("law_types", {}):
            return []
        codes = {code for code, _ in self._items("law_types")}
        return [c for c in self.ambiguous_laws.get(key, []) if c in codes]

    def area(self, cell: str, known: dict[str, str]) -> tuple[str, str] | None:
        """The (code, name) of the service area `cell` names: the team's map first
        ('SW' = '3'; on the first list, with no area known, the mapped cell names its
        area: 'North East' mapped to 1 is area 1, North East), then a number in the
        cell, then the name of an area already known (`known`: code -> name)."""
        key = squash(cell)
        for ours, spelled in self.spellings.get("areas", {}).items():
            if key in {squash(s) for s in spelled}:
                mapped = area_in(ours)  # "3", "03" or "Area 3"
                ours_code = mapped[0] if mapped else ours.strip().lower()
                return ours_code, "" if known else _mapped_name(cell, ours_code)
        found = area_in(cell)
        if found:
            return found
        by_name = {squash(and_(name)): code for code, name in known.items() if squash(name)}
        code = by_name.get(squash(and_(cell)))  # 'Humber & East Riding' is 'Humber and ...'
        return (code, "") if code else None

    def area_code(self, cell: str, known: dict[str, str]) -> str | None:
        """The code of the service area `cell` names (`area`), or None."""
        found = self.area(cell, known)
        return found[0] if found else None

    def law_and_rest(self, value: str) -> tuple[str, str] | None:
        """(law type, the rest) of a cell that opens with a law type before a separator,
        as case management systems write a category ('Private Law - CAO', 'Public law:
        care', 'PRIVATE / S8'); None for any other cell."""
        parts = LAW_PREFIX.match(value)
        if not parts:
            return None
        law = self.exact("law_types", parts["law"])
        return (law, parts["rest"]) if law and parts["rest"].strip() else None

    def case_type(self, value: str) -> str | None:
        """`_case_type`, once a cell's text: a list repeats its case types on hundreds
        of rows."""
        if value not in self._case_types:
            self._case_types[value] = self._case_type(value)
        return self._case_types[value]

    def _case_type(self, value: str) -> str | None:
        """A case type from its code, label, a section or rule number, or a phrase; a
        phrase among words it does not explain ('Contact thingy') is no case type (see
        `near_case_type`): a legal case type is not guessed.  A law type written before
        it ('Private Law - CAO') is read past."""
        if (split := self.law_and_rest(value)) is not None:
            return self.case_type(split[1])
        found = self.exact("case_types", value) or self.forms.get(squash(value))
        text = words(self.expand(value))
        codes = {code for code, _ in self._items("case_types")}
        deciding = [c for c, said in self.first.items() if any(words(p) in text for p in said)]
        if found or (deciding and deciding[0] in codes):
            return found or deciding[0]
        phrased, cited = self._case_type_clues(value)
        if len(phrased) == 1:
            code = next(iter(phrased))
            return code if code in cited or not self._unexplained(value, code) else None
        if len(phrased) > 1:
            both = phrased & cited
            return both.pop() if len(both) == 1 else None
        return cited.pop() if len(cited) == 1 else None

    def application(self, value: str) -> str | None:
        """What an Other application's cell names it ('SGO' for 'Special guardianship
        order'), by the first code one of whose spellings it holds; None for none."""
        text = words(self.expand(value))
        return next((code for code, said in self.applications.items()
                     if any(words(p) in text for p in said)), None)  # fmt: skip

    def law_within(self, law: str, fits: list[str], ctype: str = "") -> str | None:
        """The one law type a case type fits (`fits`), where a row gives it `law`, as
        systems knowing no such law file it (`within`), or as some systems file the case
        type `ctype` (`filed_within`); None for a true mismatch."""
        if len(fits) != 1:
            return None
        filed = law in self.within.get(fits[0], []) or law in self.filed_within.get(ctype, [])
        return fits[0] if filed else None

    def labelled(self, value: str) -> list[str]:
        """The case types whose label holds every word of `value` (words such as 'order'
        aside): 'Adoption' is each of the adoption case types."""
        said = set(words(self.expand(value)).split()) - set(self.case_type_words)
        return [code for code, label in self._items("case_types")
                if said and said <= set(words(self.expand(label)).split())]  # fmt: skip

    def near_case_type(self, value: str) -> str | None:
        """The case type a phrase in `value` names when other words leave it in doubt."""
        phrased, _ = self._case_type_clues(value)
        return next(iter(phrased)) if len(phrased) == 1 else None

    def _case_type_clues(self, value: str) -> tuple[set[str], set[str]]:
        """The case types `value`'s phrases name, and those its section numbers cite."""
        codes = {code for code, _ in self._items("case_types")}
        text = words(self.expand(value))
        matched = {
            code: {words(s) for s in spelled if words(s) in text}
            for code, spelled in self.spellings.get("case_types", {}).items()
            if code in codes
        }
        # A phrase inside another case type's longer phrase names nothing of its own:
        # "Adoption from care" is that, not also a care order ("care").
        longer = {p for said in matched.values() for p in said}
        phrased = {
            code
            for code, said in matched.items()
            if any(not any(p != q and f" {p} " in f" {q} " for q in longer) for p in said)
        }
        cited = {self.sections[n] for n in SECTION.findall(value) if n in self.sections}
        if RULE_16_4.search(value):
            cited.add(self.sections.get("16.4", "R16_4"))
        return phrased, cited & codes

    def _unexplained(self, value: str, code: str) -> set[str]:
        """The words of `value` that neither `code`'s spellings and label nor the words
        any case type is written with ('order', 'application') account for."""
        label = next((lab for c, lab in self._items("case_types") if c == code), "")
        known = set(words(" ".join([code, label, *self.spellings["case_types"].get(code, [])]
                                   + self.case_type_words)).split())  # fmt: skip
        bare = RULE_16_4.sub(" ", SECTION.sub(" ", value))
        return set(words(self.expand(bare)).split()) - known

    def yes_no(self, value: str) -> bool | None:
        key = squash(value)
        for answer, spelled in self.spellings.get("yes_no", {}).items():
            if key in {squash(s) for s in spelled}:
                return answer == "yes"
        return None

    def accepted(self, group: str) -> list[str]:
        """'CODE (Label)' for each code, for an error message."""
        return [f"{code} ({label})" for code, label in self._items(group)]

    def is_organisation(self, party: str, joined: bool = False) -> bool:
        """`is_organisation` (the module's): whether a party is a body, not a person."""
        return is_organisation(party, joined)


def _mapped_name(cell: str, code: str) -> str:
    """The name a mapped cell gives its area: the cell, less any number it holds ('SW /
    Region 3' names South West as 'SW'); none where the cell is the number alone."""
    inner = area_in(cell)
    name = inner[1] if inner else cell.strip()
    return "" if squash(name) == squash(code) else name


def _respelt(word: str, vocab: set[str]) -> str:
    """`word`, or the word of `vocab` it misspells (a letter left out, swapped or
    mistyped: the nearest by difflib's ratio, 0.8 or more, and no other as near);
    words of three letters or fewer stay."""
    folded = word.casefold()
    if len(folded) <= 3 or not folded.isalpha() or folded in vocab:
        return word
    scored = sorted(((difflib.SequenceMatcher(None, folded, w).ratio(), w) for w in vocab),
                    reverse=True)[:2]  # fmt: skip
    if not scored or scored[0][0] < 0.8 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return word
    return scored[0][1]
