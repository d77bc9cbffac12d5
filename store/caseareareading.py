"""A case list row's service area, and the areas a list adds (`store.caseimport`): the
first list names the organisation's areas; a later one adds its new areas only when the
lead asks (`--add-areas`: tester 30, F3), and otherwise names each with the command that
adds it.  An area one row alone names, where the others have several, is refused as a
likely slip."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from store.caseareas import LearntAreas, area_name, shortened, unknown_area
from store.models import area_order

if TYPE_CHECKING:
    from store.caseimportreport import Problems
    from store.caselist import Row
    from store.casevocab import Vocabulary

LONE_AREA_MEDIAN = 5
"""A new area named by one row is refused when the areas' median number of rows is at
least this (a list of a few cases per area may well have an area with one)."""


class AreaReading:
    """The area of each row, for the importer that holds these."""

    vocab: Vocabulary
    problems: Problems
    areas: dict[str, str]
    """The inspection's areas: code -> name."""
    adding: bool
    """Whether the list's new areas are added (the first list, or --add-areas)."""
    grouped: bool
    learnt: LearntAreas
    new_areas: dict[str, str]
    area_names: dict[str, Counter[str]]
    area_lines: dict[str, list[int]]

    def area(self, row: Row) -> str | None:
        cell = row.get("service_area")
        found = self.vocab.area(cell, self.areas)
        if not found and (learnt := self.learnt.code(cell, self.vocab.area_code)):
            found = (learnt, "")
        if not found and cell and (short := shortened(cell, {n: c for c, n in self.areas.items()})):
            self.learnt.note(cell, short)  # 'Yorks' for an area already named Yorkshire
            found = (short, "")
        if not found:
            problem = unknown_area(cell, self.areas, self.grouped)
            if typo := self.vocab.misspelt("areas", cell, self.areas or self.learnt.by_code()):
                problem += f"; if it is {typo} misspelt, map it with --map (area,{cell},{typo})"
            self.problems.add(row.line, problem, value=cell if "{values}" in problem else None)
            return None
        code, named = found
        if code in self.areas:
            if named:  # a later list may name a known area otherwise (`named_otherwise`)
                self.area_names.setdefault(code, Counter())[named] += 1
            return code
        if self.adding:  # the first list names the organisation's areas (or --add-areas)
            self.new_areas.setdefault(code, f"Area {code}")
            self.area_lines.setdefault(code, []).append(row.line)
            if named:
                self.area_names.setdefault(code, Counter())[named] += 1
            return code
        known = ", ".join(sorted(self.areas, key=area_order))
        add = f'fieldwork areas add DB {code} --name "{named}"' if named else "fieldwork areas add"
        self.problems.add(row.line, f"unknown area {code!r} (the areas are {known}; add it "
                                    f"with '{add}', or add every area the list names with "
                                    f"--add-areas, and import again)")  # fmt: skip
        return None

    def settle_new_areas(self) -> set[int]:
        """Name each area the first list creates by the spelling most of its rows use,
        and refuse an area that one row alone names where the others have several each
        (a mistyped area would otherwise become an area of the inspection); the lines
        refused are returned."""
        for code, spellings in self.area_names.items():
            if code in self.new_areas:
                self.new_areas[code] = area_name(spellings)
        sizes = sorted(len(lines) for lines in self.area_lines.values())
        if len(sizes) < 3 or sizes[len(sizes) // 2] < LONE_AREA_MEDIAN:
            return set()
        lone = {code: lines[0] for code, lines in self.area_lines.items() if len(lines) == 1}
        for code, line in lone.items():
            del self.new_areas[code]
            self.problems.add(line, f"area {code} is named by this row only, where every other "
                                    f"area has several: check the area, or add it first with "
                                    f"'fieldwork areas add' and import again")  # fmt: skip
        return set(lone.values())
