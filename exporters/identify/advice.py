"""What the inspector is told about a detail that could identify someone, as they save
it: the editor's one-line warning (`describe`), and for the command line the same line
followed by one line per detail saying what to do (`warning_lines`).  Saving is never
refused: the warning only informs; exports are what a hit stops.
"""

from __future__ import annotations

import re

from exporters.identify.scanner import Hit

_SLIP = re.compile(r"a slip for ‘([^’]+)’")
_WORDS = {"phone": "phone number", "nhs-number": "NHS number", "jigsaw": "jigsaw identification"}
_TO_DO = {
    "protected-name": "write 'the child', 'the mother' or their role instead of the name",
    "name": "write who they are ('her brother', 'the carer') instead of the name, or for a "
    "place what it is ('a town in Scotland')",
    "school": "write 'the school' or 'the nursery' instead of its name",
    "hospital": "write 'the hospital' or 'the GP surgery' instead of its name",
    "club": "write what the club does ('a boxing club') instead of its name",
    "workplace": "write the kind of work ('works in a care home') instead of the employer",
    "street-address": "leave the address out; it belongs in the case file",
    "date-of-birth": "give the child's age instead of the date",
    "date": "say when against the case ('two weeks before the hearing') instead of the date",
    "phone": "leave the number out; it belongs in the case file",
    "email": "leave the address out; it belongs in the case file",
    "postcode": "leave the postcode out",
    "nhs-number": "leave the number out",
    "case-number": "leave the court's number out; the case column already names the case",
    "case-reference": "leave the reference out of the text; the case column names the case",
    "jigsaw": "leave out the place, school or age, or the rare detail",
}


_WORSHIP_TO_DO = "write the faith's word ('the gurdwara', 'a mosque') instead of its name"
_FARM_TO_DO = "write what it is ('the family's farm', 'a hill farm') instead of its name"


def kind_words(kind: str) -> str:
    """A hit's kind as words ("phone number", "protected name")."""
    return _WORDS.get(kind, kind.replace("-", " "))


def _worship(h: Hit) -> bool:
    """A club hit that is a place of worship (its note says so): said and advised as
    one, not as "a boxing club" (tester 33, F2)."""
    return h.kind == "club" and (h.note or "").startswith("a place of worship")


def slip_of(hit: Hit) -> str:
    """The word a name hit may be a slip for ("" if none): the scanner says it in the
    hit's note ("... or a slip for ‘Child’")."""
    m = _SLIP.search(hit.note or "")
    return m.group(1) if m else ""


def _said(h: Hit) -> str:
    slip = slip_of(h)
    kind = "place of worship" if _worship(h) else h.kind.replace("-", " ")
    return f"{kind} ‘{h.text}’" + (f" (a slip for ‘{slip}’?)" if slip else "")


def describe(hits: list[Hit]) -> str:
    """The warning's text for these hits ("" for none): one line, as the editor shows
    it under a field; a word that may be a slip says for what (tester 29, F18: a typo
    was told to be written as "her brother")."""
    if not hits:
        return ""
    shown = "; ".join(_said(h) for h in hits[:4])
    more = f" and {len(hits) - 4} more" if len(hits) > 4 else ""
    return f"⚠ Could identify someone: {shown}{more}. Reword before it goes into a report."


def warning_lines(hits: list[Hit]) -> list[str]:
    """The editor's warning, then one line per distinct detail: where it is and what to
    do ([] for none)."""
    if not hits:
        return []
    lines = [describe(hits)]
    seen: set[tuple[str, str, str]] = set()
    for h in hits:
        key = (h.kind, h.text.casefold(), h.field)
        if key in seen:
            continue
        seen.add(key)
        to_do = _WORSHIP_TO_DO if _worship(h) else _TO_DO.get(h.kind, "reword it")
        if h.text.split()[-1:] in (["Farm"], ["Farms"]):  # tester 35, F4: not "her brother"
            to_do = _FARM_TO_DO
        if slip := slip_of(h):
            to_do = f"if it is a slip for ‘{slip}’, correct it; if it is a name, {to_do}"
        whose = f" ({h.note})" if h.kind == "protected-name" and h.note else ""
        kind = "place of worship" if _worship(h) else kind_words(h.kind)
        lines.append(f"  - {kind} ‘{h.text}’ in the {h.field}{whose}: {to_do}.")
    return lines
