"""Values as users write them: a code in any case, its label ("Case file scrutiny",
"Good"), `Area 6` for area 6.  An unknown value is one sentence with the nearest
matches ("did you mean") and the valid values.

Every command that takes a framework value or an area goes through `pick` or `area`,
so the rule is written once."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence

from store.errors import InvalidInputError
from store.framework import Framework
from store.store import Store

SHOWN = 12
"""How many valid values an error lists before it points at `framework show`."""


def norm(text: str) -> str:
    """Case, spaces and punctuation dropped: 'Requires improvement' == 'requires-improvement'."""
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def pick(
    value: str,
    choices: Iterable[tuple[str, Sequence[str]]],
    what: str,
    shown: dict[str, str] | None = None,
    lister: str = "fieldwork framework show",
) -> str:
    """The code that `value` names.  `choices` are (code, other spellings: the label
    first, then alternative labels); a match on the code or any spelling, ignoring case,
    spaces and punctuation, wins.  Otherwise an InvalidInputError in one sentence with
    the nearest matches and the values to type, each by its label (`shown` overrides
    how a code is shown)."""
    items = list(choices)
    exact = _exact(value, items)
    if exact is not None:
        return exact
    # Two words or more, each a word of one value's label only, in its order ("Interview
    # with manager" for "Interview with manager or leader"): that value.
    said = re.findall(r"[a-z0-9]+", value.casefold())
    within = {
        code
        for code, spellings in items
        for s in spellings[:1]
        if len(said) > 1 and _in_order(said, re.findall(r"[a-z0-9]+", s.casefold()))
    }
    if len(within) == 1:
        return within.pop()
    raise InvalidInputError(unknown(value, items, what, shown, lister))


def _exact(value: str, items: Sequence[tuple[str, Sequence[str]]]) -> str | None:
    """The code whose code or spelling `value` is (case, spaces and punctuation aside)."""
    key = norm(value)
    for code, spellings in items:
        if key and key in {norm(code), *(norm(s) for s in spellings)}:
            return code
    return None


def _in_order(said: list[str], label: list[str]) -> bool:
    """Whether every word of `said` is a word of `label`, in the label's order."""
    rest = iter(label)
    return all(any(w == x for x in rest) for w in said)


def _near(value: str, items: Sequence[tuple[str, Sequence[str]]]) -> list[str]:
    """The codes `value` is nearest to: those whose label shares most of its words (two
    at least: 'interview with the child'), else close to a code or a whole label, else
    close to a word of a label ('interviw' -> the interview sources)."""
    said = set(re.findall(r"[a-z]{3,}", value.casefold()))
    shared = {code: max((len(said & set(re.findall(r"[a-z]{3,}", s.casefold())))
                         for s in spellings), default=0)
              for code, spellings in items}  # fmt: skip
    most = max(shared.values(), default=0)
    if most >= 2:
        return [code for code, n in shared.items() if n == most]
    spelled: dict[str, str] = {}
    for code, spellings in items:
        for s in (code, *spellings):
            spelled.setdefault(s.casefold(), code)
    close = difflib.get_close_matches(value.casefold(), list(spelled), n=3, cutoff=0.6)
    if close:
        return list(dict.fromkeys(spelled[c] for c in close))
    words: dict[str, list[str]] = {}
    for code, spellings in items:
        for s in spellings:
            for w in re.findall(r"[a-z]{4,}", s.casefold()):
                words.setdefault(w, []).append(code)
    close = difflib.get_close_matches(value.casefold(), list(words), n=2, cutoff=0.75)
    if close:
        return list(dict.fromkeys(code for w in close for code in words[w]))
    return _near_shortening(value, words)


def _near_shortening(value: str, words: dict[str, list[str]]) -> list[str]:
    """The codes of the label words that `value` is a slip for when shortened to its
    length ('Yorkz' for 'Yorks', which shortens 'Yorkshire'; 'Manch' for 'Manchester'):
    one letter wrong at most, never the first."""
    said = value.casefold().strip(" .")
    if len(said) < 4 or not said.isalpha():
        return []
    near = [w for w in words if len(w) > len(said) and w[0] == said[0]
            and difflib.SequenceMatcher(None, said, w[: len(said)]).ratio() >= 0.75]  # fmt: skip
    return list(dict.fromkeys(code for w in near for code in words[w]))


def either(words: Sequence[str], joint: str = "or") -> str:
    """'a', 'a or b', 'a, b or c'."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {joint} {words[-1]}"


def unknown(
    value: str,
    items: Sequence[tuple[str, Sequence[str]]],
    what: str,
    shown: dict[str, str] | None = None,
    lister: str = "fieldwork framework show",
) -> str:
    """One sentence: "Unknown source 'case fil' (did you mean Case file scrutiny?); give
    one of: Case file scrutiny, ...".  Each value is named as the user may type it: its
    label (the first spelling), or its code where it has none; never a code beside it.
    Past the first few, the command that lists the rest (`lister`)."""
    if not items:
        return f"Unknown {what} {value!r}: there is none yet ('{lister}' lists them)."
    labels = {code: (spellings[0] if spellings else code) for code, spellings in items}
    labels.update(shown or {})
    near = _near(value, items)
    listed = [labels[code] for code, _ in items]
    if len(listed) > SHOWN:
        more = len(listed) - SHOWN
        listed = [*listed[:SHOWN], f"one of {more} more that '{lister}' lists"]
    named = [labels[c] for c in near[:3]] + ([f"{len(near) - 3} more"] if len(near) > 3 else [])
    hint = f" (did you mean {either(named)}?)" if near else ""
    return f"Unknown {what} {value!r}{hint}; give one of: {either(listed)}."


def _vocab(items: Iterable[object]) -> list[tuple[str, Sequence[str]]]:
    return [(i.code, [i.label]) for i in items]  # type: ignore[attr-defined]


def source(fw: Framework, value: str) -> str:
    """An evidence source code."""
    return pick(value, _vocab(fw.sources), "source")


def law_type(fw: Framework, value: str) -> str:
    """A law type code."""
    return pick(value, _vocab(fw.law_types), "law type")


def case_type(fw: Framework, value: str) -> str:
    """A case type code."""
    return pick(value, _vocab(fw.case_types), "case type")


def stage(fw: Framework, value: str) -> str:
    """A stage of the child's journey."""
    return pick(value, _vocab(fw.stages), "stage")


POLARITIES: dict[str, tuple[str, ...]] = {
    "strength": ("Strength", "positive", "good practice"),
    "development": ("Area for development", "development", "weakness", "negative", "AFD"),
    "neutral": ("Neutral", "neither"),
}
"""What a note shows, as the editor labels it first, then as people write it."""


def polarity(value: str) -> str:
    """What a note shows: strength, development or neutral, or as the editor labels
    them ("Area for development"), or as people write them ("positive", "weakness")."""
    return pick(value, [(code, list(words)) for code, words in POLARITIES.items()], "finding")


def criterion(fw: Framework, value: str) -> str:
    """A criterion id (its id in any case).  Words instead of an id ("performance
    management") are refused naming the criteria they find, as the editor's criteria box
    finds them (tester 17, F12: the refusal listed twelve ids and "28 more")."""
    try:
        return pick(value, [(c.id, []) for c in fw.criteria], "criterion")
    except InvalidInputError:
        if not re.search(r"[a-z]{3,}", value.casefold()) or re.fullmatch(r"\w*\d\w*", value):
            raise
        from exporters.conflict_fields import brief
        from tui.matching import CriteriaIndex  # the editor's own matching, not textual

        found = CriteriaIndex(fw.criteria).match(value)[:3]
        if not found:
            raise
        named = either([f"{c.id} ({brief(c.text, 60)})" for c in found])
        raise InvalidInputError(
            f"Unknown criterion {value!r}: give criteria by id (did you mean {named}?); "
            f"'fieldwork framework show' lists them all."
        ) from None


def criteria(fw: Framework, text: str) -> list[str]:
    """Comma-separated criterion ids."""
    return [criterion(fw, c.strip()) for c in text.split(",") if c.strip()]


def judgement(fw: Framework, value: str) -> str:
    """A judgement id, or its title."""
    return pick(value, [(j.id, [j.title]) for j in fw.judgements], "judgement")


OLDER_SCALE = {3: ("Adequate", "Satisfactory")}
"""The names Ofsted's earlier scales gave the third grade, which inspectors still type:
'adequate' is requires improvement, never the nearest spelling, inadequate (tester 22,
F6)."""


def _grades(fw: Framework) -> list[tuple[str, list[str]]]:
    return [(g.code, [g.label, g.heading, *g.alt_labels, *OLDER_SCALE.get(g.rank, ())])
            for g in fw.grades]  # fmt: skip


def grade(fw: Framework, value: str) -> str:
    """One of the four grades (for a judgement)."""
    return pick(value, _grades(fw), "grade")


def grading(fw: Framework, value: str) -> str:
    """A case grading: a grade, or not applicable / not enough evidence."""
    return pick(value, _grades(fw) + [(o.code, [o.label]) for o in fw.grading_options], "grade")


AREA_WORDS = re.compile(r"^\s*(?:service\s+)?areas?\s*", re.I)


def area(store: Store, value: str) -> str:
    """An area code as users write it: '6', 'Area 6', 'area 15A', 'Area 06' (read as the
    case-list import reads an area cell, `store.caseareas.area_in`), the area's name,
    or its name as the import reads one on a list: its initials ('SW') or its words
    shortened ('Yorks', 'Gtr Manchester'), for one area only."""
    from store.caseareas import area_in, area_named

    areas = store.areas()
    if not areas:
        raise InvalidInputError(
            f"This inspection has no service areas yet, so there is no area {value!r}: add "
            f"it with 'fieldwork areas add {store.path} CODE --name NAME', or import the "
            f"case list, which adds the areas it names."
        )
    wanted = AREA_WORDS.sub("", value).strip()
    found = area_in(value)
    for a in areas:  # a code as stored first (one an older import kept as '03')
        if wanted.casefold() == a.code.casefold():
            return a.code
    if found and any(a.code == found[0] for a in areas):
        return found[0]
    items = [(a.code, [a.name, f"Area {a.code}"]) for a in areas]
    exact = _exact(value, items)  # the name in full first: 'East' is no shortening
    if exact is not None:
        return exact
    short = area_named(value, {a.code: a.name for a in areas})
    if short:
        return short
    shown = {a.code: f"{a.code} ({a.name})" if a.name else a.code for a in areas}
    return pick(value, items, "area", shown, lister=f"fieldwork areas list {store.path}")


def visited_area(store: Store, value: str) -> str:
    """An area as `area` reads it, refused unless it was visited (findings are drawn only
    for the areas inspectors visited)."""
    code = area(store, value)
    if not any(a.code == code and a.visited for a in store.areas()):
        visited = ", ".join(a.code for a in store.areas() if a.visited) or "none yet"
        raise InvalidInputError(
            f"Area {code} was not visited, so it has no findings to judge (visited: {visited}); "
            f"mark it with 'fieldwork areas visit' first if inspectors went there."
        )
    return code


ROLES: dict[str, tuple[str, ...]] = {
    "lead": ("lead", "lead inspector"),
    "deputy-lead": ("deputy", "deputy lead", "deputy lead inspector"),
    "team-inspector": ("inspector", "team inspector", "hmi"),
    "data-analyst": ("analyst", "data analyst", "senior data analyst"),
    "quality-assurance": ("qa", "quality assurance", "qa manager", "quality assurance manager"),
}
"""Each role's code and the words for it, the word the README and `--help` use first."""


def role(value: str) -> str:
    """A team role: lead, deputy, inspector, analyst or qa (or the full names)."""
    return pick(value, [(code, list(words)) for code, words in ROLES.items()], "role")


def iso_date(value: str, what: str) -> str:
    """A date given as YYYY-MM-DD (validated: 2018-02-30 is refused), as ISO text."""
    import datetime as dt

    text = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise InvalidInputError(f"{what} {value!r} is not a date; write it as YYYY-MM-DD.")
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise InvalidInputError(f"{what} {value!r} is not a day of the calendar.") from None


def date_range(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """Start and end dates, validated, with the end not before the start."""
    import datetime as dt

    first = iso_date(start, "The start date") if start else None
    last = iso_date(end, "The end date") if end else None
    latest = dt.date.today().year + 5
    for what, day in (("start", first), ("end", last)):
        if day and not 2000 <= int(day[:4]) <= latest:
            raise InvalidInputError(
                f"The {what} date {day} is not in an inspection's time (2000 to {latest}); "
                f"check the year."
            )
    if first and last and last < first:
        raise InvalidInputError(f"The end date {last} is before the start date {first}.")
    return first, last


def text(value: str, what: str) -> str:
    """Non-empty text, stripped."""
    if not value.strip():
        raise InvalidInputError(f"{what} is empty; give some text.")
    return value.strip()
