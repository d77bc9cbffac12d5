"""What a file knows of the organisation's case numbers: the keyed hash that finds a
case again (`case_key`), the order the sample draws cases in (`order_key`), and the
case numbers of a list beside our references (`match_case_list`).

The organisation's case number itself is never stored.  `case_key` is an HMAC-SHA256
with the inspection's case-list key (made on the master at the first import, carried
by files issued to the lead or deputy): a record's id and reference are derived from
it, so a re-import, here or in a file issued from here, finds the same case.

The sample must be the same for the same case list and seed in any inspection (issue
13), so its order cannot come from anything an inspection makes for itself (record
ids, the case-list key).  Each case imported from a list gets an order key: a plain
SHA-256 of the organisation's case number and child id (as `case_key` reads them),
kept in the local `case_order` table of the file the list was imported into.  A case's
rank for a seed is the SHA-256 of the seed and that key.

The order key is not secret: anyone with a guess at a case number can compute it.  It
therefore stays where the case-list key already is (the master and a file issued to the
lead or deputy): it is never a record, so it never travels in a merge or a dump, and it
is removed from a file issued to a team inspector (`store.minimise`).

A case with no order key:
- made by hand or by the demo (no case number): ranked by its record id instead;
- imported before Fieldwork kept order keys, or imported in another file and merged
  in: the sample refuses to draw, saying to import the same list here again (a re-import
  adds no case and changes no reference, and fills the keys in).

`match_case_list` reads a list again (nothing is stored) and gives each row's case
number beside our reference: what the lead needs to ask the organisation for the
sampled case files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from store.casefamilies import SEP, child_places, family_of, keys, standing_by
from store.caselist import read_rows, squash
from store.casemap import read_map
from store.casevocab import Vocabulary
from store.caseworkbook import sheet_row
from store.connection import locked
from store.crosslists import other_kind
from store.errors import InvalidInputError, NotFoundError
from store.history import HistoryMixin
from store.ids import natural_id
from store.minimise import HOLDER_KEY, KEY_SECRET
from store.models import Model
from store.renumbering import renumbered_rows, row_band
from store.siblingmatch import case_names, owners

if TYPE_CHECKING:
    from store.models import StoredCase


class CaseNumberMatch(Model):
    """One row of the organisation's list beside the case it is in this file."""

    line: int
    case_number: str
    child_id: str
    ref: str | None
    area: str | None
    sample: str | None
    sibling: int = 0
    """Among its case number's children without a child ID, the row's child's place by
    date of birth (1 the eldest), where there are several; 0 otherwise."""
    siblings: int = 0
    """Those children (0 where the row's child is alone or has a child ID)."""
    sheet: str = ""
    """The workbook's sheet the row is on, where several were read as one list (`line` is
    then its row there)."""


class FamilySplit(Model):
    """A case given to an inspector whose brother or sister another inspector holds."""

    ref: str
    sibling_ref: str
    holder: str
    """The name of the inspector who holds the sibling."""

    @property
    def fact(self) -> str:
        """The split, as the assign dialog asks about it before anything changes."""
        return (
            f"{self.ref} and {self.sibling_ref} are children of one family, and "
            f"{self.holder} holds {self.sibling_ref}: a family's file is read once"
        )

    @property
    def note(self) -> str:
        """What `assign` tells the lead, with the command that puts the family together."""
        return (
            f"{self.fact}, so give both to one inspector ('fieldwork assign DB --inspector "
            f"NAME --case {self.ref} --case {self.sibling_ref}')."
        )


def order_key(case_number: str, child: str = "") -> str:
    """The non-secret order key of a case: the same case number and child id give the
    same key in every inspection."""
    msg = f"fieldwork-case-order|{squash(case_number)}|{squash(child)}"
    return hashlib.sha256(msg.encode()).hexdigest()


def rank(seed: int, key: str) -> str:
    """A case's place in the seeded order (smaller first)."""
    return hashlib.sha256(f"{seed}:{key}".encode()).hexdigest()


class CaseNumbersMixin(HistoryMixin):
    """The case-list key, the order keys of this file's cases, and the case numbers
    beside references."""

    def ensure_case_list_key(self) -> str:
        """The inspection's case-list key, made now if this file has none.  Files
        issued after it exists carry it, so a list imported in two of them gives the
        same records and references.  A file cut down for a team inspector has none
        and makes none (`store.minimise`): the list is imported on the master."""
        secret = self._meta.get(KEY_SECRET)
        if not secret and self._meta.get(HOLDER_KEY):
            raise InvalidInputError(
                f"This file was issued to "
                f"{self._scalar('SELECT name FROM inspectors WHERE id = ?', (self._meta[HOLDER_KEY],))} and "
                f"holds no case-list key; import case lists, and issue files, on the master."
            )
        if not secret:
            secret = secrets.token_hex(32)
            with self.transaction():
                self._set_meta(KEY_SECRET, secret)
        return secret

    def case_key(self, case_number: str, child: str = "") -> str:
        """Keyed hash of the organisation's case number (and child id, when given)."""
        secret = self.ensure_case_list_key()
        msg = f"{squash(case_number)}|{squash(child)}".encode()
        return hmac.new(bytes.fromhex(secret), msg, hashlib.sha256).hexdigest()[:32]

    def put_order_keys(self, keys: Iterable[tuple[str, str, str]]) -> int:
        """Store (case id, order key, family) of imported cases, inside the caller's
        transaction (the family: the keyed hash of the case number alone, `case_key`;
        `store.crosslists`); returns how many cases had none before."""
        before = int(self._scalar("SELECT count(*) FROM case_order"))
        self.conn.executemany(
            "INSERT INTO case_order (case_id, order_key, family) VALUES (?, ?, ?) "
            "ON CONFLICT (case_id) DO UPDATE SET order_key = excluded.order_key, "
            "family = excluded.family",
            list(keys),
        )
        return int(self._scalar("SELECT count(*) FROM case_order")) - before

    @locked
    def case_order_keys(self) -> dict[str, str]:
        """Every case's order key, by case id (cases imported before order keys were
        kept, or in another file, have none)."""
        return {r["case_id"]: r["order_key"]
                for r in self._rows("SELECT case_id, order_key FROM case_order")}  # fmt: skip

    @locked
    def cases_by_family(self) -> dict[str, list[str]]:
        """The ids of the cases imported from a list, by family (the keyed hash of their
        case number), each family's in reference order.  A case imported before families
        were kept has its family from its source key, which begins with it (a child
        without a child ID, or one with an ID and brothers or sisters); a child alone
        with an ID keeps one of its own until its list is imported again."""
        out: dict[str, list[str]] = {}
        for r in self._rows("SELECT c.id, c.source_key, o.family FROM cases c LEFT JOIN "
                            "case_order o ON o.case_id = c.id WHERE c.source_key IS NOT NULL "
                            "ORDER BY c.ref"):  # fmt: skip
            family = r["family"] or family_of(r["source_key"], r["id"])
            out.setdefault(family, []).append(r["id"])
        return out

    def sample_ranks(self, cases: list[StoredCase], seed: int) -> dict[str, str]:
        """Each case's rank in the seeded order (see the module's docstring); refused,
        saying what to do, when a case from a case list has no order key here."""
        keys = self.case_order_keys()
        missing = [c for c in cases if c.source_key and c.id not in keys]
        if missing:
            raise InvalidInputError(
                f"{len(missing)} cases of area {missing[0].area_code} came from a case list "
                f"imported before this version of Fieldwork or in another file, so this file "
                f"does not know their place in the case-number order; import the same list "
                f"here again ('fieldwork cases import DB LIST'; it adds no case and changes no "
                f"reference), then sample."
            )
        return {c.id: rank(seed, keys.get(c.id) or f"record:{c.id}") for c in cases}

    @locked
    def siblings_of(self, case_id: str) -> list[str]:
        """The references of one case's brothers and sisters (`siblings`), by reference."""
        row = self._rows("SELECT source_key FROM cases WHERE id = ?", (case_id,))
        key = row[0]["source_key"] if row else None
        if not key:
            return []
        family = family_of(key, case_id)
        return [str(r["ref"]) for r in self._rows(
            "SELECT ref FROM cases WHERE (source_key = ? OR substr(source_key, 1, ?) = ?) "
            "AND id != ? ORDER BY ref", (family, len(family) + 1, family + SEP, case_id))]  # fmt: skip

    @locked
    def siblings(self) -> dict[str, list[str]]:
        """The references of each case's brothers and sisters (the cases of its family,
        `store.casefamilies`), by case id; a case without any is left out."""
        return {str(c["id"]): [str(o["ref"]) for o in family if o["id"] != c["id"]]
                for family in self._families() if len(family) > 1 for c in family}  # fmt: skip

    def _families(self) -> list[list[dict[str, str | None]]]:
        """The cases grouped by family (`store.casefamilies.family_of`), in reference
        order: id, ref and inspector_id of each."""
        families: dict[str, list[dict[str, str | None]]] = {}
        for r in self._rows("SELECT id, ref, source_key, inspector_id FROM cases ORDER BY ref"):
            families.setdefault(family_of(r["source_key"], r["id"]), []).append(dict(r))
        return list(families.values())

    @locked
    def families_split(self, inspector_id: str, case_ids: Iterable[str]) -> list[FamilySplit]:
        """The families an assignment of `case_ids` to `inspector_id` leaves split: each
        given case with a brother or sister (not among those given) that another inspector
        holds.  Asked before the cases change hands or after, the answer is the same."""
        given = set(case_ids)
        names = {r["id"]: r["name"] for r in self._rows("SELECT id, name FROM inspectors")}
        split = []
        for family in self._families():
            for case in (c for c in family if c["id"] in given):
                for other in family:
                    holder = other["inspector_id"]
                    if other["id"] in given or holder is None or holder == inspector_id:
                        continue
                    split.append(FamilySplit(
                        ref=str(case["ref"]), sibling_ref=str(other["ref"]),
                        holder=names.get(holder, "another inspector"),
                    ))  # fmt: skip
        return split

    @locked
    def match_case_list(
        self, path: str | Path, sheet: str | None = None, mapping: str | Path | None = None
    ) -> list[CaseNumberMatch]:
        """Each row of the list at `path` (`sheet`: of a workbook) with the reference, area
        and sample mark of its case in this file (None where it is not here), the list
        read with the team's map (`mapping`, as `cases import --map` reads it: tester 25,
        F7, a list imported with a map could not be matched).  Nothing is stored."""
        src = Path(path)
        if not src.is_file():
            raise NotFoundError(f"There is no case list at {src}; check the path.")
        if not self._meta.get(KEY_SECRET):
            where = ("this file was issued to a team member; use the master"
                     if self._meta.get(HOLDER_KEY)
                     else "no case list has been imported into it yet")  # fmt: skip
            raise InvalidInputError(
                f"This file holds no case-list key, so its references cannot be matched to "
                f"case numbers: {where}."
            )
        vocab = Vocabulary.load(self.framework, read_map(Path(mapping)) if mapping else None)
        listing = read_rows(src, vocab, sheet)
        rows = listing.rows
        found = {r["id"]: r for r in self._rows("SELECT id, ref, area_code, sample FROM cases")}
        start = self.inspection().start_date  # type: ignore[attr-defined]
        standing = standing_by(lambda cell: vocab.exact("stages", cell))
        places = child_places(
            rows, dt.date.fromisoformat(start) if start else None, standing
        ).places
        listed = [r for r in rows if r.get("case_id") and r.line in places]
        rids = {r.line: natural_id("case", self.inspection_id,
                                   keys(self.case_key, r.get("case_id"), places[r.line])[0])
                for r in listed}  # fmt: skip
        # Siblings whose order by date of birth the list changed, found by name as the
        # import finds them (`store.siblingmatch`).
        by_name = owners([(r, rids[r.line]) for r in listed], set(found), vocab,
                         case_names(self))  # type: ignore[arg-type]  # fmt: skip
        # A child a list of the other kind gave (with a child ID, or without), found as
        # the import finds them (`store.crosslists`).
        by_name.update(other_kind(self, vocab, [(by_name.get(r.line, rids[r.line]), r)  # type: ignore[arg-type]
                                                for r in listed], set(found)).cases)  # fmt: skip
        # A child given a new case number, found as the import finds it (`store.renumbering`).
        present = {cid: (str(r["ref"]), None) for cid, r in found.items()}
        begun = dt.date.fromisoformat(start) if start else None
        bands = {r.line: (row_band(r, begun), vocab.exact("law_types", r.get("law_type")),
                          vocab.case_type(r.get("case_type")) or None) for r in listed}  # fmt: skip
        by_name.update(renumbered_rows(self, vocab, [(by_name.get(r.line, rids[r.line]), None, r)  # type: ignore[arg-type]
                                                     for r in listed], present, bands))  # fmt: skip
        out = []
        for row in listed:
            number = row.get("case_id")
            child = row.get("child_id")
            place = places[row.line]
            told = place.position and place.unnamed > 1 and row.line not in by_name
            case = found.get(by_name.get(row.line, rids[row.line]))
            on, line = sheet_row(row.line)
            out.append(CaseNumberMatch(
                line=line, sheet=listing.sheets[on] if listing.sheets else "",
                case_number=number, child_id=child,
                ref=case["ref"] if case else None, area=case["area_code"] if case else None,
                sample=case["sample"] if case else None, sibling=place.position if told else 0,
                siblings=place.unnamed if told else 0,
            ))  # fmt: skip
        return out


LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def ref_for(key: str, taken: set[str]) -> str:
    """The reference derived from a case's key (C-4821-KT), the next derivation when
    another case already has it: the same key gives the same reference in every file."""
    n = 0
    while True:
        digest = hashlib.sha256(f"{key}:{n}".encode()).digest()
        digits = int.from_bytes(digest[:4], "big") % 10000
        ref = f"C-{digits:04d}-{LETTERS[digest[4] % 23]}{LETTERS[digest[5] % 23]}"
        if ref not in taken:
            taken.add(ref)
            return ref
        n += 1
