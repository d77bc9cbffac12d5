"""The visited areas as the report's sections, and areas the framework reports together
(London's 15a and 15b): one section, one place name, one grade, counted once.

The 2018 report has one section for "London (Areas 15a and 15b)", graded once, and
counts it as one of the seven service areas it visited.  Two areas reported together but
graded differently have no one grade to state: their section shows both, bracketed, and
says so, and the count of area grades leaves them out (`split_grades`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from exporters.draft.data import DraftData
from exporters.draft.words import join_list
from exporters.model import Sentence
from store.framework import JudgementDef
from store.models import area_order

_BRACKETED = re.compile(r"\s*\([^()]*\)\s*$")


def area_judgement(data: DraftData) -> JudgementDef | None:
    """The framework's per-area judgement, if it has one (the 2021 framework does not)."""
    return next((j for j in data.framework.judgements if j.scope == "area"), None)


def area_groups(data: DraftData) -> list[tuple[str, ...]]:
    """The visited areas as the report's sections: areas the framework reports
    together share one section."""
    return groups_of([a.code for a in data.areas if a.visited], data.rules.together_with)


def groups_of(
    codes: Sequence[str], together_with: Callable[[str], list[str]]
) -> list[tuple[str, ...]]:
    """`codes` (visited areas) as the report's sections, in area order: those
    `together_with` names together (the framework's `report_together`) one section."""
    visited = sorted(codes, key=area_order)
    groups: list[tuple[str, ...]] = []
    placed: set[str] = set()
    for code in visited:
        if code in placed:
            continue
        together = together_with(code)
        group = tuple(c for c in visited if c in together)
        placed.update(group)
        groups.append(group)
    return groups


def area_label(codes: Sequence[str]) -> str:
    """'Area 6' or 'Areas 15a and 15b'."""
    return f"Area {codes[0]}" if len(codes) == 1 else f"Areas {join_list(list(codes))}"


def shared_name(data: DraftData, codes: Sequence[str]) -> str | None:
    """The one name areas reported together go by (`shared_of`); a single area's own
    name."""
    return shared_of([data.area_by_code[c].name for c in codes])


def shared_of(names: Sequence[str]) -> str | None:
    """The one name of areas reported together: their name where they share it, or the
    words their names share before a bracketed part ("London North" for "London North
    (Enfield)" and "London North (Barnet)"); None when they share none."""
    names = list(dict.fromkeys(names))
    if len(names) == 1:
        return names[0]
    stems = {_BRACKETED.sub("", n).strip() for n in names}
    if len(stems) == 1 and (stem := stems.pop()):
        return stem
    words = [n.split() for n in names]
    common = []
    for column in zip(*words, strict=False):
        if len(set(column)) > 1 or "(" in column[0]:
            break
        common.append(column[0])
    return " ".join(common).rstrip(" -,/") or None


def area_name(data: DraftData, codes: Sequence[str]) -> str:
    """How a section names its area in every sentence, as the report does: by number
    ("Area 9"; the heading gives the name as well), or, for areas reported together
    under one name, by that name ("London"); "Areas 15a and 15b" when they share none."""
    if len(codes) > 1 and (name := shared_name(data, codes)):
        return name
    return area_label(codes)


def place_name(data: DraftData, codes: Sequence[str]) -> str:
    """The area's name in its heading and in the list of areas visited: its own name,
    or the name areas reported together share ("London North"), else their names
    listed."""
    name = shared_name(data, codes)
    if name:
        return name
    return join_list(list(dict.fromkeys(data.area_by_code[c].name for c in codes)))


def split_grades(data: DraftData, codes: Sequence[str]) -> list[str]:
    """The different grades recorded for areas reported together (empty when they
    agree, or when fewer than two have a grade): their section cannot state one."""
    jdef = area_judgement(data)
    if jdef is None or len(codes) < 2:
        return []
    grades = []
    for code in codes:
        j = data.judgement(jdef.id, code)
        if j is not None and j.grade and j.grade not in grades:
            grades.append(j.grade)
    return grades if len(grades) > 1 else []


def grade_words(data: DraftData, grade: str) -> str:
    """A grade's label in running text ("requires improvement to be good")."""
    label = data.framework.grade(grade).label
    return label[:1].lower() + label[1:]


def split_marker(
    data: DraftData, codes: Sequence[str], grades: Sequence[str], *, counted: bool = False
) -> Sentence:
    """The bracketed note, in place of the headline, on areas reported together but
    graded differently: which grade each has, and that one grade is needed; `counted`,
    the local services' note, saying too that the count of area grades leaves them out."""
    jdef = area_judgement(data)
    each = []
    for code in codes:
        j = data.judgement(jdef.id, code) if jdef else None
        if j is not None and j.grade:
            each.append(f"{grade_words(data, j.grade)} in Area {code}")
    key = "graded_apart_uncounted" if counted else "graded_apart"
    text = data.words.text[key].format(areas=area_label(codes), grades="; ".join(each))
    return Sentence(text=text, role="marker", flags=["graded differently"],
                    basis=f"Judgements recorded: {', '.join(grades)}")  # fmt: skip
