"""A case list row's law type (`store.caseimport`): written in full, written for either
law ('PL') and settled by the case type, or not written at all (a list with no law type
column, or an empty cell) and read from the case type: the law written before it
('Private Law - CAO'), else the one law the case type fits ('Care order': public law)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from store.casevocab import application_law

if TYPE_CHECKING:
    from store.caseimportreport import Problems
    from store.caselist import Row
    from store.casevocab import Vocabulary
    from store.framework import Framework


class LawReading:
    """The law type of each row, for the importer that holds these."""

    vocab: Vocabulary
    fw: Framework
    problems: Problems
    laws: dict[str, list[str]]
    """Case type code -> the law types it fits."""
    laws_read: set[int]
    """Rows whose 'PL' the case type settled."""
    laws_by_type: set[int]
    """Rows giving no law type, read from the case type."""
    value: Callable[[Row, str, str, str], str | None]

    def law(self, row: Row, ctype: str | None) -> str | None:
        """The row's law type; a spelling used for either law ('PL') is read from a
        case type that fits one law only, and refused otherwise.  A row giving none
        (a list with no law type column) has it from its case type: the law written
        before it ('Private Law - CAO'), else the one law the case type fits."""
        cell = row.get("law_type")
        if not cell:
            return self.law_by_case_type(row, ctype)
        choices = self.vocab.law_choices(cell)
        if not choices:
            return self.value(row, "law_type", "law_types", "law type")
        fitting = [law for law in choices if ctype and law in self.laws.get(ctype, [])]
        if len(fitting) == 1:
            self.laws_read.add(row.line)
            return fitting[0]
        either = " or ".join(self.fw.law_type_label(c).casefold() for c in choices)
        self.problems.add(row.line, f"law type {cell!r} may mean {either}, and the case type "
                                    f"does not say which: write the law type in full, or map "
                                    f"it with --map (law_type,{cell},{choices[0]})")  # fmt: skip
        return None

    def law_by_case_type(self, row: Row, ctype: str | None) -> str | None:
        """The law type of a row that gives none, from its case type (see `law`)."""
        if not ctype:
            return self.value(row, "law_type", "law_types", "law type")  # "no law type given"
        said = self.vocab.law_and_rest(row.get("case_type"))
        fits = self.laws.get(ctype, [])
        law = said[0] if said else fits[0] if len(fits) == 1 else None
        if (
            law is None
            and (only := application_law(self.vocab.application(row.get("case_type") or "")))
            in fits
        ):
            law = only  # an Other application made under one law ("C79 enforcement")
        if law:
            self.laws_by_type.add(row.line)
        else:
            laws = [self.fw.law_type_label(c).casefold() for c in fits]
            either = ", ".join(laws[:-1]) + " or " + laws[-1]
            self.problems.add(row.line, f"no law type given, and case type "
                                        f"{self.fw.case_type_label(ctype)} may be {either}: "
                                        f"write the law type in a Law type column, or before "
                                        f"the case type ('Public law - ...')")  # fmt: skip
        return law
