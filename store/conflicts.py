"""Conflicts: records whose heads disagree, and their resolution by a person.

A record is in conflict when it has more than one head with different content
(`store/versions.py`).  `conflicts()` / `conflict(id)` describe each side (who, when,
values), the fields that differ and the values of the nearest common ancestor, for a
field-by-field view.  `resolve()` writes a version whose parents are all the heads, so
the resolution travels to other files like any edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

from pydantic import Field, ValidationError

from store.connection import locked
from store.errors import InvalidInputError, NotFoundError, plain_errors
from store.fieldmerge import Settled, differing, taking, view
from store.history import HistoryMixin
from store.ids import hlc_to_iso, uuid7
from store.models import RECORD_TYPES, Model, Record
from store.versions import V_COLUMNS, VersionRow, version_from_row
from store.working import TABLES


class ConflictSide(Model):
    """One head of a record in conflict."""

    version_id: str
    author: str
    author_name: str
    at: str
    deleted: bool
    values: dict[str, Any]
    winner: bool = Field(description="The provisional winner shown until someone resolves.")
    came_from: str | None = Field(
        default=None,
        description="The name of the file whose merge brought this version here (None: "
        "written in this file).  It tells apart the sides of one inspector's copied file, "
        "which share an author and often a minute.",
    )
    merged_at: str | None = Field(
        default=None, description="When that merge was made (ISO 8601, UTC)."
    )


class Conflict(Model):
    """A record whose current versions disagree."""

    record_id: str
    kind: str
    label: str
    sides: list[ConflictSide]
    base: dict[str, Any] | None = Field(
        default=None, description="Values of the nearest common ancestor, if any."
    )
    fields: list[str] = Field(
        description="Fields the sides changed to different values ('(deleted)' when one "
        "side deleted the record); other fields merged cleanly."
    )
    merged_fields: list[str] = Field(
        default=[],
        description="Fields the sides hold different values of that merged without "
        "conflict: one side alone changed each, so its value is shown and stays whichever "
        "side is kept.",
    )
    shown: dict[str, Any] = Field(
        default={}, description="The values shown until it is resolved (merged field by field)."
    )

    def values_kept(self, version_id: str) -> dict[str, Any] | None:
        """What keeping the side `version_id` writes (None: its deletion): that side's
        values of the fields in conflict, the merged values of the others."""
        side = next(s for s in self.sides if s.version_id == version_id)
        if side.deleted:
            return None
        return taking(self.kind, self.shown or side.values, self.fields, side.values)


class NewNote(Model):
    """A side of a note in conflict kept as a note of its own (`keep_both`)."""

    record_id: str
    from_version: str
    author: str
    concern_shared: bool = False
    """Its safeguarding concern was the kept note's, word for word, and stays there
    only: one concern, escalated once, not counted twice."""


class KeptBoth(Model):
    """What keeping both sides of a note did."""

    record_id: str
    version_id: str = Field(description="The version settling the note.")
    kept: str = Field(description="The side the note itself keeps, exactly.")
    notes: list[NewNote] = Field(description="The other sides, each a new note.")


class ConflictsMixin(HistoryMixin):
    """Listing, describing and resolving conflicts."""

    # Conflicts ----------------------------------------------------------------------------
    def _all_heads(self, multi_only: bool) -> dict[tuple[str, str], list[VersionRow]]:
        having = "HAVING count(*) > 1" if multi_only else ""
        sql = f"""
            WITH heads AS (
                SELECT {V_COLUMNS} FROM main.version v
                WHERE NOT EXISTS (SELECT 1 FROM main.parent p WHERE p.pvid = v.vid)),
            keys AS (SELECT tbl, rid FROM heads GROUP BY tbl, rid {having})
            SELECT h.* FROM heads h JOIN keys k ON k.tbl = h.tbl AND k.rid = h.rid
        """
        out: dict[tuple[str, str], list[VersionRow]] = {}
        for row in self.conn.execute(sql):
            out.setdefault((row[1], row[2]), []).append(version_from_row(row))
        return out

    def _check_values(self, record: Record) -> None:
        """Refuse codes the framework does not hold (the Store's records mixin does)."""

    @locked
    def conflicts(self) -> list[Conflict]:
        """Every record whose heads disagree, with each side's values and author, in an
        order people can follow: by what the record is (its label: "Case C-1000-AA",
        "Evidence on case ...", "Grading of case ..."), then by when it was first written
        differently (the record id, random, only breaks ties)."""
        names = dict(self.conn.execute("SELECT id, name FROM inspectors").fetchall())
        out = []
        for (kind, rid), hs in self._all_heads(True).items():
            shown = view(self.conn, hs)
            if shown.conflict:
                out.append(self._conflict(kind, rid, hs, names, shown))
        out.sort(key=lambda c: (c.label.casefold(), c.sides[0].at, c.record_id))
        return out

    @locked
    def conflict(self, record_id: str) -> Conflict | None:
        """One record's conflict, or None when its versions agree."""
        kind = self._kind_of(record_id)
        hs = self._heads(kind, record_id)
        shown = view(self.conn, hs) if hs else None
        if shown is None or not shown.conflict:
            return None
        names = dict(self.conn.execute("SELECT id, name FROM inspectors").fetchall())
        return self._conflict(kind, record_id, hs, names, shown)

    def _conflict(
        self, kind: str, rid: str, hs: list[VersionRow], names: dict[str, str], shown: Settled
    ) -> Conflict:
        top = next(h for h in hs if h.vid == shown.winner_vid)
        # Oldest first: a stable, readable order (the provisional side is marked
        # `winner`; it is chosen by a hash of content, so putting it first reordered
        # the sides whenever an id changed).
        ordered = sorted(hs, key=lambda h: (h.hlc, h.vid))
        came = self._came_from([h.vid for h in ordered])
        sides = [
            ConflictSide(
                version_id=h.vid,
                author=h.author,
                author_name=names.get(h.author, h.author),
                at=hlc_to_iso(h.hlc),
                deleted=h.deleted,
                values=h.values(),
                winner=h.vid == top.vid,
                came_from=came.get(h.vid, (None, None))[0],
                merged_at=came.get(h.vid, (None, None))[1],
            )
            for h in ordered
        ]
        live = [s.values for s in sides if not s.deleted]
        return Conflict(
            record_id=rid,
            kind=kind,
            label=self._label(kind, next((v for h in ordered if (v := h.values())), {})),
            sides=sides,
            base=shown.base,
            fields=list(shown.fields),
            merged_fields=[k for k in differing(live) if k not in shown.fields],
            shown={} if shown.top.deleted else shown.top.values(),
        )

    def _came_from(self, vids: list[str]) -> dict[str, tuple[str, str]]:
        """Version id -> (the name of the file whose merge brought it, when that merge
        was made), for the versions a merge brought (`version_arrival`)."""
        marks = ",".join("?" * len(vids))
        rows = self.conn.execute(
            "SELECT a.vid, l.src_path, l.at FROM main.version_arrival a "
            f"JOIN main.merge_log l ON l.id = a.merge_id WHERE a.vid IN ({marks})",
            vids,
        ).fetchall()
        return {vid: (PurePath(path or "another file").name, at) for vid, path, at in rows}

    def _label(self, kind: str, values: dict[str, Any], refs: dict[str, str] | None = None) -> str:
        """What a record is, for people; `refs`: case id -> reference, read beforehand
        when many records are labelled."""

        def ref(case_id: Any) -> str:
            if refs is not None:
                return str(refs.get(case_id) or case_id)
            r = self._scalar("SELECT ref FROM cases WHERE id = ?", (case_id,))
            return str(r or case_id)

        if kind == "grading":
            return (
                f"Grading of case {ref(values.get('case_id'))} against {values.get('criterion_id')}"
            )
        if kind == "evidence":
            about = values.get("case_id")
            where = (
                f"case {ref(about)}" if about else f"area {values.get('area_code') or 'national'}"
            )
            text = str(values.get("text", ""))
            return f"Evidence on {where}: {text[:50]}{'…' if len(text) > 50 else ''}"
        if kind == "case":
            return f"Case {values.get('ref', '')}"
        if kind == "judgement":
            return (
                f"Judgement {values.get('judgement_id')} ({values.get('area_code') or 'national'})"
            )
        if kind == "area":
            return f"Area {values.get('code')} {values.get('name', '')}"
        if kind == "inspector":
            return f"Inspector {values.get('name', '')}"
        if kind == "protected_name":
            return f"Protected name ({values.get('category', '')})"
        if kind == "recommendation":
            return f"Previous inspection's recommendation {values.get('number')}"
        return kind.replace("_", " ").capitalize()

    def _kind_of(self, record_id: str) -> str:
        for kind in TABLES:
            if self._scalar(
                "SELECT 1 FROM main.version WHERE tbl = ? AND rid = ? LIMIT 1", (kind, record_id)
            ):
                return kind
        raise NotFoundError(
            f"There is no record with id {record_id}; 'fieldwork conflicts' lists the ids."
        )

    # Resolution ---------------------------------------------------------------------------
    def _pick_side(self, record_id: str, hs: Sequence[VersionRow], take: str) -> VersionRow:
        people = {
            r[0]: (r[1], r[2])
            for r in self.conn.execute("SELECT id, name, initials FROM inspectors")
        }
        matches = _side_by(hs, take, people)
        heads = ", ".join(
            f"{h.vid} by {people.get(h.author, (h.author,))[0]}"
            for h in sorted(hs, key=lambda h: h.vid)
        )
        if not matches:
            raise NotFoundError(
                f"{take!r} names none of the sides in conflict for {record_id} ({heads}); "
                f"give a version id (or its first characters) or the author's name."
            )
        if len({h.vid for h in matches}) > 1:
            raise InvalidInputError(
                f"{take!r} is ambiguous: it names {len(matches)} of the sides in conflict for "
                f"{record_id} ({heads}); give more of the version id."
            )
        return matches[0]

    @locked
    def side_named(self, record_id: str, take: str) -> str:
        """The version id of the side in conflict `take` names (as `resolve` reads it)."""
        hs = self._heads(self._kind_of(record_id), record_id)
        return self._pick_side(record_id, hs, take).vid

    @locked
    def resolve(
        self,
        record_id: str,
        *,
        take: str | None = None,
        values: dict[str, Any] | None = None,
        author: str | None = None,
    ) -> str:
        """Settle a conflict: take one side (`take`: a version id, a unique prefix of one
        of at least four characters, or the name, initials or id of the only side's
        author) or write new `values`.  Taking a side keeps its values of the fields in
        conflict and the merged values of the rest: a field only the other side changed
        keeps that change (`Conflict.values_kept`).  The resolution is a version whose parents are all
        the heads, so it travels to other files like any edit.  Returns its version id."""
        if (take is None) == (values is None):
            raise InvalidInputError("Give either a version to take or the values to keep.")
        who = self._author(author)
        kind = self._kind_of(record_id)
        with self.transaction():
            hs = self._heads(kind, record_id)
            if not hs or not view(self.conn, hs).conflict:
                raise InvalidInputError(
                    f"Record {record_id} is not in conflict; edit it in the usual way."
                )
            data: dict[str, Any] | None
            if take is not None:
                side = self._pick_side(record_id, hs, take)
                settled = view(self.conn, hs)
                merged = side.values() if settled.top.deleted else settled.top.values()
                data = None if side.deleted else taking(kind, merged, settled.fields,
                                                        side.values())  # fmt: skip
            else:
                try:
                    record = RECORD_TYPES[kind].model_validate(values)
                except ValidationError as exc:
                    raise InvalidInputError(
                        f"The edited values cannot be stored ({plain_errors(exc)}); "
                        f"edit again with values the record can hold."
                    ) from None
                self._check_values(record)
                data = record.data()
            parents = sorted(h.vid for h in hs)
            vid = self._append(kind, record_id, data, parents, who)
        return vid

    @locked
    def keep_both(self, record_id: str, author: str | None = None) -> KeptBoth:
        """Settle a conflict on a note by keeping every side as its author wrote it: the
        note keeps one side's values exactly (its first author's side if they wrote one,
        else the side shown), and each other side becomes a new note holding that side's
        values exactly, each written in the name of that side's author (the note's
        settling version too: its text is theirs), except a safeguarding concern the
        kept note holds word for word, which stays on the kept note only (`_own_concern`).  Nothing is added to
        what anyone wrote (no names or times in the text).  Refused, in one sentence, for
        a record that is not a note, a note not in conflict, a side that deleted it, or
        sides that wrote the same text (two notes would count it twice).  One
        transaction."""
        self._author(author)  # whoever acts must be known; the versions are the sides'
        kind = self._kind_of(record_id)
        if kind != "evidence":
            raise InvalidInputError(
                f"Only a note can be kept both ways; {record_id} is a {kind.replace('_', ' ')}, "
                "which holds one value: keep one side (--take) or edit it (--edit)."
            )
        with self.transaction():
            hs = self._heads(kind, record_id)
            settled = view(self.conn, hs) if hs else None
            if settled is None or not settled.conflict:
                raise InvalidInputError(
                    f"Record {record_id} is not in conflict; edit it in the usual way."
                )
            if any(h.deleted for h in hs):
                raise InvalidInputError(
                    f"One side deleted the note {record_id}, so there are not two texts to "
                    "keep: keep the edit or the deletion (--take)."
                )
            sides = _distinct_sides(hs)
            if len({str(h.values().get("text", "")).strip() for h in sides}) < len(sides):
                raise InvalidInputError(
                    f"Sides of the note {record_id} hold the same text, so two notes would "
                    "count it twice: keep one side (--take) or edit it (--edit)."
                )
            first = self._scalar(
                "SELECT author FROM main.version WHERE tbl = ? AND rid = ? "
                "ORDER BY hlc, vid LIMIT 1",
                (kind, record_id),
            )
            shown = next(h for h in hs if h.vid == settled.winner_vid).content
            stays = next((h for h in sides if h.author == first), None) or next(
                h for h in sides if h.content == shown
            )
            # The note's settling version holds exactly the kept side's values, so it is in
            # that side's author's name (the note then reads "last changed by" whoever
            # wrote its text, not the lead); this file is its origin.
            parents = sorted(h.vid for h in hs)
            vid = self._append(kind, record_id, stays.values(), parents, stays.author)
            notes = []
            for side in sides:
                if side is not stays:
                    new_id = uuid7()
                    values, shared = _own_concern(side.values(), stays.values())
                    self._append(kind, new_id, values, [], side.author)
                    notes.append(NewNote(record_id=new_id, from_version=side.vid,
                                         author=side.author, concern_shared=shared))  # fmt: skip
        return KeptBoth(record_id=record_id, version_id=vid, kept=stays.vid, notes=notes)


_ESCALATION_ORDER = {"none": 0, "needs-escalation": 1, "escalated": 2}


def _own_concern(values: dict[str, Any], kept: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """A side kept as a new note, without the safeguarding concern the kept note holds
    word for word (the sides differ in their text, not in the concern: two notes
    holding it would list one concern twice for escalation), unless the side had
    taken it further (escalated where the kept note has not), so nothing it recorded
    is lost.  Returns the new note's values and whether the concern was left out."""
    concern = str(values.get("safeguarding") or "").strip()
    if not concern or concern != str(kept.get("safeguarding") or "").strip():
        return values, False
    order = _ESCALATION_ORDER
    if order.get(str(values.get("escalation")), 0) > order.get(str(kept.get("escalation")), 0):
        return values, False
    note = str(values.get("escalation_note") or "").strip()
    if note and note != str(kept.get("escalation_note") or "").strip():
        return values, False
    return values | {"safeguarding": "", "escalation": "none", "escalation_note": ""}, True


def _distinct_sides(hs: Sequence[VersionRow]) -> list[VersionRow]:
    """One head of each content, oldest first."""
    out: dict[tuple[bool, str | None], VersionRow] = {}
    for h in sorted(hs, key=lambda h: (h.hlc, h.vid)):
        out.setdefault(h.content, h)
    return list(out.values())


def _side_by(
    hs: Sequence[VersionRow], take: str, people: dict[str, tuple[str, str]]
) -> list[VersionRow]:
    """The heads `take` names: by version id or prefix, else by their author."""
    exact = [h for h in hs if h.vid == take]
    if exact:
        return exact
    if len(take) >= 4:
        prefixed = [h for h in hs if h.vid.startswith(take)]
        if prefixed:
            return prefixed
    wanted = take.strip().casefold()

    def names(h: VersionRow) -> set[str]:
        said = {h.author.casefold(), *(p.casefold() for p in people.get(h.author, ()))}
        name = people.get(h.author, ("",))[0].casefold().split()
        return said | set(name[:1])  # the first name alone: "Daniel" for Daniel Osei

    return [h for h in hs if wanted and wanted in names(h)]
