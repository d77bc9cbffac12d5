"""Joining a child the case import made twice (tester 30, F1).

Before `store.crosslists`, a child given by a list with child IDs and again by a list
without them became two cases.  `join_cases` makes them one again: the case kept takes
the other's place in the sample (where it has none of its own) and its protected names,
and the other is deleted, in one transaction.

Only the import's double is joined: the two cases must be of one case number (one
family, `store.casenumbers.cases_by_family`), and the one deleted must hold no work
(notes, grades) and no other inspector: work moves first, by the commands the refusal
names, so that nothing an inspector wrote is ever deleted by a join.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.connection import locked
from store.errors import InvalidInputError
from store.history import HistoryMixin
from store.ids import protected_name_id
from store.models import CaseFile, Model, ProtectedName
from store.renumbering import child_names_by_case, one_child

if TYPE_CHECKING:
    from store.models import StoredCase
    from store.store import Store

SAMPLED = ("area-sampled", "substitute")


def made_again(store: Store, refs: list[str]) -> dict[str, str]:
    """Of cases a later list leaves out, each that one newer case of its area, held by no
    one and with no notes, lists the same child's name for: the child an earlier import made
    again under a new case number (ref -> ref), to join with --renumbered."""
    if not refs:
        return {}
    names = child_names_by_case(store)
    out = {}
    for ref in refs:
        case = store.case_by_ref(ref)
        mine = names.get(case.id, set())
        again = [store.case(c) for c, theirs in names.items() if c != case.id and mine & theirs]
        again = [c for c in again if c.meta.created_at > case.meta.created_at
                 and c.area_code == case.area_code and not c.inspector_id
                 and one_child(store, case, c, (case.id, c.id))
                 and not store.evidence_for_case(c.id)]  # fmt: skip
        if len(again) == 1:
            out[ref] = again[0].ref
    return out


class JoinReport(Model):
    """What a join did."""

    kept: str
    deleted: str
    took_sample: bool
    names_moved: int


def _refusals(store: Store, keep: StoredCase, other: StoredCase) -> list[str]:
    """What stops `other` being deleted into `keep`, each with what to do."""
    out = []
    notes = store.evidence_for_case(other.id)
    if notes:
        out.append(f"{other.ref} holds {len(notes)} note{'s' if len(notes) != 1 else ''}: "
                   f"move each to {keep.ref} ('fieldwork evidence edit DB ID --case "
                   f"{keep.ref}'; 'fieldwork evidence list DB --case {other.ref}' lists "
                   f"them)")  # fmt: skip
    grades = sorted(store.gradings_for_case(other.id))
    if grades:
        out.append(f"{other.ref} is graded on {', '.join(grades)}: grade {keep.ref} on them "
                   f"('fieldwork grade DB --case {keep.ref} --criterion ID --grade G') and clear "
                   f"{other.ref}'s ('fieldwork grade DB --case {other.ref} --criterion ID "
                   f"--clear')")  # fmt: skip
    if other.inspector_id and other.inspector_id != keep.inspector_id:
        name = store.display_name(other.inspector_id)
        out.append(f"{name} holds {other.ref}: assign {keep.ref} to them first ('fieldwork "
                   f"assign DB --inspector \"{name}\" --case {keep.ref}') and tell them "
                   f"{other.ref} is the same child")  # fmt: skip
    return out


class CaseJoinMixin(HistoryMixin):
    """`join_cases`."""

    @locked
    def join_cases(
        self, keep_ref: str, other_ref: str, author: str | None = None, *, renumbered: bool = False
    ) -> JoinReport:
        """Make the case `other_ref` part of `keep_ref`: one child the import made twice
        (see the module's docstring); refused, changing nothing, where they are not one
        case number's or the other holds work.  `renumbered`: `other_ref` is the child of
        `keep_ref` under a new case number, made by an import before such a row was read
        as its case (`store.renumbering`); the two must list the same child's name."""
        store: Store = self  # type: ignore[assignment]
        keep, other = store.case_by_ref(keep_ref), store.case_by_ref(other_ref)
        if keep.id == other.id:
            raise InvalidInputError(f"{keep.ref} is named twice: name the case to keep, then "
                                    f"the one made again.")  # fmt: skip
        children = child_names_by_case(store) if renumbered else {}
        if renumbered and not children.get(keep.id, set()) & children.get(other.id, set()):
            raise InvalidInputError(
                f"{keep.ref} and {other.ref} list no child's name in common, so they are not "
                f"one child under a new case number; nothing was changed."
            )
        if renumbered and not one_child(store, keep, other, (keep.id, other.id)):
            raise InvalidInputError(
                f"{keep.ref} and {other.ref} list one name, but their age bands, law types, "
                f"case types or parents differ, so they are two children of that name; "
                f"nothing was changed."
            )
        if not renumbered and not any(
            {keep.id, other.id} <= set(ids) for ids in store.cases_by_family().values()
        ):
            raise InvalidInputError(
                f"{keep.ref} and {other.ref} are not of one case number on the lists imported "
                f"here, so they are not one child made twice; nothing was changed (a child "
                f"given a new case number: add --renumbered)."
            )
        refused = _refusals(store, keep, other)
        if refused:
            raise InvalidInputError(
                f"{other.ref} was not joined to {keep.ref}, and nothing was changed: "
                f"{'; '.join(refused)}; then join again."
            )
        took = other.sample in SAMPLED and keep.sample not in SAMPLED
        names = store.protected_names()
        held = {(p.name, p.category) for p in names if p.case_id == keep.id}
        theirs = [p for p in names if p.case_id == other.id]
        moved = [p for p in theirs if (p.name, p.category) not in held]
        with self.transaction():
            if took or (other.inspector_id and not keep.inspector_id):
                data = keep.model_dump(include=set(CaseFile.model_fields))
                if took:
                    data["sample"] = other.sample
                data["inspector_id"] = keep.inspector_id or other.inspector_id
                self._write(CaseFile.model_validate(data), keep.id, author)
            for p in moved:
                record = ProtectedName(name=p.name, category=p.category, case_id=keep.id)
                self._write(record, protected_name_id(store.inspection_id, p.name, p.category,
                                                      keep.id), author)  # fmt: skip
            for p in theirs:
                self._delete("protected_name", p.id, author)
            self._delete("case", other.id, author)
            self.conn.execute("DELETE FROM case_order WHERE case_id = ?", (other.id,))
        return JoinReport(kept=keep.ref, deleted=other.ref, took_sample=took,
                          names_moved=len(moved))  # fmt: skip
