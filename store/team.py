"""The lead's set-up of the team and the service areas, with its rules in one place so
the CLI (`fieldwork team ...`, `fieldwork areas ...`) and the TUI's team screen refuse
the same things with the same sentences:

- a name is not empty and not already on the team; initials are one to four letters or
  digits and no one else on the team has them; given none, they are the first letters of
  the name's words ('Priya Nair' is PN, 'Mary-Jane O'Neill' MO), up to four;
- someone leaves the team (an inspector falls ill in week two) only when they hold no
  cases, and never in the file issued to them; what they recorded stays theirs and
  counts as before, and their file can still be merged (the work they did before
  leaving); the removal is an edit (`active = False`), so it travels through merges and
  their name stays on the history;
- an area code is digits with an optional letter (`6`, `15a`); adding a code that exists
  is refused; visiting several areas is one transaction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from store.errors import InvalidInputError, NotFoundError
from store.models import Area, Inspector, Role, counted

if TYPE_CHECKING:
    from store.store import Store

AREA_CODE = re.compile(r"[0-9]{1,3}[a-z]?")
AREA_CODE_RULE = "one to three digits and an optional letter, such as 6 or 15a"


def _text(value: str, what: str) -> str:
    text = " ".join(value.split())
    if not text:
        raise InvalidInputError(f"{what} is empty; give some text.")
    return text


def initials_of(name: str) -> str:
    """The initials a name gives: the first letter of each of its words, up to four."""
    letters = [next((c for c in word if c.isalpha()), "") for word in name.split()]
    return "".join(letters)[:4].upper()


def _initials(store: Store, initials: str, name: str, skip_id: str | None) -> str:
    text = _text(initials, "The initials").upper()
    if len(text) > 4 or not text.isalnum():
        raise InvalidInputError(
            f"Initials {initials!r} must be one to four letters or digits, such as JR."
        )
    for p in store.inspectors():
        if p.id != skip_id and p.active and p.initials.upper() == text:
            raise InvalidInputError(f"{p.name} already has the initials {text}; give "
                                    f"{name} others.")  # fmt: skip
    return text


def add_member(
    store: Store, name: str, initials: str | None = None, role: Role = "team-inspector"
) -> str:
    """Add someone to the team (initials from the name where none are given); returns
    their id."""
    name = _text(name, "The name")
    if any(p.name.casefold() == name.casefold() and p.active for p in store.inspectors()):
        raise InvalidInputError(f"{name} is already on the team.")
    given = initials if initials and initials.strip() else initials_of(name)
    person = Inspector(name=name, initials=_initials(store, given, name, None), role=role)
    return store.put_inspector(person)


def edit_member(store: Store, inspector_id: str, *, name: str | None = None,
                initials: str | None = None, role: Role | None = None) -> Inspector:  # fmt: skip
    """Change a team member's name, initials or role; returns the new values."""
    person = store.inspector(inspector_id)
    data = person.model_dump(include=set(Inspector.model_fields))
    if name is not None:
        data["name"] = _text(name, "The name")
        others = (p for p in store.inspectors() if p.id != person.id and p.active)
        if any(p.name.casefold() == data["name"].casefold() for p in others):
            raise InvalidInputError(f"{data['name']} is already on the team.")
    if initials is not None:
        data["initials"] = _initials(store, initials, data["name"], person.id)
    if role is not None:
        data["role"] = role
    changed = Inspector.model_validate(data)
    store.put_inspector(changed, person.id)
    return changed


def remove_member(store: Store, inspector_id: str) -> int:
    """Take someone off the team (refused while they hold cases, or in the file issued
    to them); returns how many notes and gradings they recorded, which stay theirs."""
    person = store.inspector(inspector_id)
    if not person.active:
        raise InvalidInputError(f"{person.name} is not on the team any more.")
    if person.id == store.me_id:
        raise InvalidInputError(f"This file is issued to {person.name}; remove them from "
                                f"the master instead.")  # fmt: skip
    cases = store.cases_held().get(person.id, 0)  # a replaced case is not held
    if cases:
        raise InvalidInputError(f"{person.name} holds {counted(cases, 'case')}; give them to "
                                f"someone else first ('fieldwork assign DB --inspector NAME "
                                f"--from \"{person.name}\"', or Assign cases in the command "
                                f"palette).")  # fmt: skip
    work = store.work_recorded().get(person.id, 0)
    data = person.model_dump(include=set(Inspector.model_fields))
    store.put_inspector(Inspector.model_validate({**data, "active": False}), person.id)
    return work


def add_area(store: Store, code: str, name: str, visited: bool = False) -> str:
    """Add a service area; returns its code."""
    key = code.strip().lower()
    if not AREA_CODE.fullmatch(key):
        raise InvalidInputError(f"{code!r} is not an area code: use {AREA_CODE_RULE}.")
    try:
        existing = store.area(key)
    except NotFoundError:
        existing = None
    if existing is not None:
        raise InvalidInputError(f"Area {key} already exists ({existing.name}); rename it "
                                f"instead.")  # fmt: skip
    store.put_area(Area(code=key, name=_text(name, "The area's name"), visited=visited))
    return key


def rename_area(store: Store, code: str, name: str) -> None:
    """Give an area a new name (its code stays)."""
    current = store.area(code)
    data = current.model_dump(include=set(Area.model_fields))
    store.put_area(Area.model_validate({**data, "name": _text(name, "The name")}))


def set_visited(store: Store, codes: Sequence[str], visited: bool) -> list[str]:
    """Mark areas visited (or not), all or none; returns the codes that changed."""
    if not codes:
        raise InvalidInputError("Name one or more areas, such as 6 or 'Area 15a'.")
    current = [store.area(c) for c in dict.fromkeys(codes)]  # all found before any change
    changed = []
    with store.transaction():
        for area in current:
            if area.visited != visited:
                data = area.model_dump(include=set(Area.model_fields))
                store.put_area(Area.model_validate({**data, "visited": visited}))
                changed.append(area.code)
    return changed


class TeamMixin:
    """The same functions as methods of `Store` (see each one)."""

    def add_member(
        self, name: str, initials: str | None = None, role: Role = "team-inspector"
    ) -> str:
        """See `store.team.add_member`."""
        return add_member(self, name, initials, role)  # type: ignore[arg-type]

    def edit_member(self, inspector_id: str, *, name: str | None = None,
                    initials: str | None = None, role: Role | None = None) -> Inspector:  # fmt: skip
        """See `store.team.edit_member`."""
        return edit_member(self, inspector_id, name=name, initials=initials, role=role)  # type: ignore[arg-type]

    def remove_member(self, inspector_id: str) -> int:
        """See `store.team.remove_member`."""
        return remove_member(self, inspector_id)  # type: ignore[arg-type]

    def add_area(self, code: str, name: str, visited: bool = False) -> str:
        """See `store.team.add_area`."""
        return add_area(self, code, name, visited)  # type: ignore[arg-type]

    def rename_area(self, code: str, name: str) -> None:
        """See `store.team.rename_area`."""
        rename_area(self, code, name)  # type: ignore[arg-type]

    def set_visited(self, codes: Sequence[str], visited: bool) -> list[str]:
        """See `store.team.set_visited`."""
        return set_visited(self, codes, visited)  # type: ignore[arg-type]

    def off_team_note(self) -> str | None:
        """That the inspector recording in this file was taken off the team, so the lead
        takes its work only with 'merge --off-team' (None: they are on it).  Said when a
        note or grade is recorded and when the workbench opens the file (tester 25, F13:
        a file that knew of the removal went on recording notes without a word)."""
        me = self.me()  # type: ignore[attr-defined]
        if me is None or me.active:
            return None
        return (f"{me.name} was taken off the team: what is recorded in this file reaches "
                f"the master only if the lead merges it with --off-team; hand the file to "
                f"the lead.")  # fmt: skip
