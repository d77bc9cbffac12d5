"""Drawing the case sample, substituting cases, and assigning cases to inspectors.

The sample is a stratified random sample per visited area: the strata are law type x
case type; the places are shared in proportion to stratum size by largest remainder,
after giving each non-empty stratum at least `min_per_stratum` cases (or all it has;
0 by default: a small sample in proportion, as a lead expects of "stratified", with the
strata left without a place said (testers 19 and 23: at 12 an area, a minimum of one
gave eleven rare case types nearly every place)); within a
stratum the cases are taken in the order of their rank for the seed, the SHA-256 of the
seed and the case's order key, which comes from the organisation's case number and child
id (`store.casenumbers`), so the same case list and seed give the same sample in any
inspection, whatever else changes.  A substitute is the next unsampled case of the
stratum in that order (for a sample drawn before order keys were kept, too).  The seed
and this method are stored in a Sample record; substitutions are added to it with
their reason, and travel to other files like any edit.  A case's `sample` field says
what it is: `area-sampled`, `substitute`, or `replaced` (a sampled case a substitute
took the place of).

An area that already has a sample is not drawn again by accident: `mode="add"` draws
more cases beside it, `mode="redraw"` replaces it (and says what it replaced).

Written on the Store's public API (`transaction()`, `put()`, `put_case()`, reads).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from store.casefamilies import family_of
from store.connection import locked
from store.errors import FieldworkError, InvalidInputError, NotFoundError
from store.history import HistoryMixin
from store.ids import uuid7
from store.models import CaseFile, CaseFilter, Model, Sample, StoredCase, StoredSample, counted

if TYPE_CHECKING:
    from store.store import Store

METHOD = (
    "Stratified random sample per area; strata: law type x case type; proportional "
    "allocation by largest remainder with at least {minimum} per stratum (or all its "
    "cases); within a stratum, cases taken in the order of SHA-256('SEED:KEY'), KEY "
    "being the SHA-256 of the organisation's case number and child id (cases not from a "
    "case list: their record id); one child of a family (children sharing a case number) "
    "in an area, the first of them in that order."
)

IN_SAMPLE = ("area-sampled", "substitute")


class SampleReport(Model):
    """A drawn sample: per area, the chosen case ids and the stratum counts, and what
    a redraw replaced."""

    sample_id: str
    seed: int
    per_area: int
    areas: dict[str, list[str]]
    strata: dict[str, dict[str, int]]
    replaced: dict[str, int] = {}
    passed_over: dict[str, dict[str, list[str]]] = {}
    """Per area, the brothers and sisters not drawn beside a child drawn (by its id):
    one family's file is read once."""
    not_drawn: dict[str, dict[str, int]] = {}
    """Per area, the strata with cases but no place in the sample, and their sizes."""
    beyond_share: dict[str, int] = {}
    """Per area, the places the minimum per stratum gave beyond the strata's shares in
    proportion (rare case types drawn where a proportional draw would take none)."""


def allocate(sizes: dict[str, int], n: int, minimum: int) -> dict[str, int]:
    """Cases per stratum: at least `minimum` each (capped by size), the rest by
    largest remainder of the proportional share; ties broken by stratum key."""
    n = min(n, sum(sizes.values()))
    keys = sorted(k for k, s in sizes.items() if s > 0)
    alloc = dict.fromkeys(keys, 0)
    for k in sorted(keys, key=lambda k: (-sizes[k], k)):  # largest strata first
        alloc[k] = max(min(minimum, sizes[k], n - sum(alloc.values())), 0)
    left = n - sum(alloc.values())
    if left > 0:
        room = {k: sizes[k] - alloc[k] for k in keys}
        total = sum(room.values())
        shares = {k: left * room[k] / total for k in keys} if total else {}
        for k in keys:
            alloc[k] += int(shares.get(k, 0))
        rest = n - sum(alloc.values())
        order = sorted(keys, key=lambda k: (-(shares.get(k, 0) % 1), k))
        while rest > 0:
            for k in order:
                if rest and alloc[k] < sizes[k]:
                    alloc[k] += 1
                    rest -= 1
    return alloc


def _cases(store: Store, code: str) -> list[StoredCase]:
    f = CaseFilter(area_code=code)
    return sorted(
        (store.case(r.id) for r in store.case_rows(f, 0, store.count_cases(f) + 1)),
        key=lambda c: c.id,
    )


def _mark(store: Store, case: StoredCase, sample: str, author: str, **more: Any) -> None:
    data = case.model_dump(include=set(CaseFile.model_fields))
    store.put_case(CaseFile.model_validate({**data, "sample": sample, **more}), case.id, author)


def _family(case: StoredCase) -> str:
    return family_of(case.source_key, case.id)


def beyond_share(sizes: dict[str, int], n: int, minimum: int) -> int:
    """How many of `n` places the minimum per stratum gives beyond what a draw in
    proportion (no minimum) would give those strata."""
    alloc, plain = allocate(sizes, n, minimum), allocate(sizes, n, 0)
    return sum(max(0, alloc[k] - plain.get(k, 0)) for k in alloc)


def _pick(pool: list[StoredCase], n: int, minimum: int, ranks: dict[str, str]
          ) -> tuple[list[str], dict[str, int], dict[str, list[str]], int, dict[str, int]]:  # fmt: skip
    """The cases drawn from `pool`, the stratum counts, the brothers and sisters passed
    over (by the id of the child drawn): one child of a family, the first of its
    children in the seeded order, stands for it (`store.casefamilies`); the places the
    minimum gave beyond the strata's shares (`beyond_share`); and the strata given no
    place, with their sizes."""
    first: dict[str, StoredCase] = {}
    for c in sorted(pool, key=lambda c: (ranks[c.id], c.id)):
        first.setdefault(_family(c), c)
    strata: dict[str, list[str]] = {}
    for c in first.values():
        strata.setdefault(f"{c.law_type}/{c.case_type}", []).append(c.id)
    sizes = {k: len(v) for k, v in strata.items()}
    alloc = allocate(sizes, n, minimum)
    picked: list[str] = []
    for key, k in sorted(alloc.items()):
        picked += sorted(strata[key], key=lambda i: (ranks[i], i))[:k]
    chosen = {_family(c): c.id for c in pool if c.id in picked}
    passed: dict[str, list[str]] = {}
    for c in pool:
        if _family(c) in chosen and c.id not in picked:
            passed.setdefault(chosen[_family(c)], []).append(c.id)
    kept = {k: v for k, v in sorted(alloc.items()) if v}
    missed = {k: size for k, size in sorted(sizes.items()) if not alloc.get(k)}
    return sorted(picked), kept, passed, beyond_share(sizes, n, minimum), missed


def draw_sample(
    store: Store,
    *,
    areas: Sequence[str] | None = None,
    per_area: int = 10,
    seed: int = 1,
    min_per_stratum: int = 0,
    mode: Literal["new", "add", "redraw"] = "new",
    author: str | None = None,
) -> SampleReport:
    """Draw and record a reproducible stratified sample of each area's cases: `per_area`
    cases (`mode="add"`: that many more; `"redraw"`: a new sample in place of the old)."""
    who = author or store.me_id or ""
    if per_area < 1:
        raise InvalidInputError("--per-area must be at least 1.")
    known = {a.code for a in store.areas()}
    codes = list(areas) if areas else [a.code for a in store.areas(visited_only=True)]
    if not codes:
        raise InvalidInputError(
            "No areas to sample: mark the visited areas first ('fieldwork areas visit') "
            "or pass --areas."
        )
    for code in codes:
        if code not in known:
            raise NotFoundError(f"There is no service area {code!r}.")
    by_area = {code: _cases(store, code) for code in codes}
    drawn = {code: [c for c in cases if c.sample in IN_SAMPLE] for code, cases in by_area.items()}
    if mode == "new":
        fresh = [code for code, old in drawn.items() if not old]
        for code, old in drawn.items():
            if old:
                rest = f" (or --areas {','.join(fresh)} to sample only the areas without one)"
                raise InvalidInputError(
                    f"Area {code} already has a sample of {len(old)} cases; pass --add N to "
                    f"draw N more beside it, or --redraw to replace it{rest if fresh else ''}."
                )
    chosen: dict[str, list[str]] = {}
    strata: dict[str, dict[str, int]] = {}
    passed: dict[str, dict[str, list[str]]] = {}
    beyond: dict[str, int] = {}
    missed: dict[str, dict[str, int]] = {}
    for code, cases in by_area.items():
        taken = {_family(c) for c in drawn[code]} if mode == "add" else set()
        pool = [c for c in cases if _family(c) not in taken and c.sample != "replaced"]
        if not pool:
            why = "every case in it is sampled already" if mode == "add" else "it has no cases"
            if mode == "add" and any(c.sample not in (*IN_SAMPLE, "replaced") for c in cases):
                why = "one child of every family in it is sampled already"
            raise InvalidInputError(
                f"Area {code} has no case left to draw ({why}); leave it out with --areas."
            )
        chosen[code], strata[code], passed[code], beyond[code], missed[code] = _pick(
            pool, per_area, min_per_stratum, store.sample_ranks(pool, seed)
        )
    sample = Sample(
        seed=seed, method=METHOD.format(minimum=min_per_stratum), areas=codes,
        per_area=per_area, case_ids=[i for code in codes for i in chosen[code]],
    )  # fmt: skip
    sid = uuid7()
    with store.transaction():
        store.put(sample, sid, who)
        for code, cases in by_area.items():
            picked = set(chosen[code])
            for c in cases:
                if c.id in picked and c.sample != "area-sampled":
                    _mark(store, c, "area-sampled", who)
                elif mode == "redraw" and c.id not in picked and c.sample in IN_SAMPLE:
                    _mark(store, c, "national", who)
    replaced = {code: len(old) for code, old in drawn.items() if old and mode == "redraw"}
    return SampleReport(sample_id=sid, seed=seed, per_area=per_area, areas=chosen,
                        strata=strata, replaced=replaced,
                        passed_over={k: v for k, v in passed.items() if v},
                        beyond_share={k: v for k, v in beyond.items() if v},
                        not_drawn={k: v for k, v in missed.items() if v})  # fmt: skip


def substitute(store: Store, case_id: str, reason: str, *, author: str | None = None,
               with_id: str | None = None) -> tuple[str, str]:  # fmt: skip
    """Replace a sampled case by the next case of its stratum in the seeded order (with
    none left, the next case of its law type in the area: rare work is often alone in
    its stratum), or by the case `with_id` the lead names (unsampled, in the same area,
    not of a family in the sample); the substitution and its reason are added to the
    sample record, the substitute is marked `substitute` and the case it replaces
    `replaced`.  The substitute goes to the replaced case's inspector (if it had one).
    Returns (sample id, substitute case id)."""
    who = author or store.me_id or ""
    if not reason.strip():
        raise InvalidInputError("A substitution needs a reason (--reason).")
    case = store.case(case_id)
    if case.sample == "replaced":
        raise InvalidInputError(_already_replaced(store, case))
    if case.sample not in IN_SAMPLE:
        raise NotFoundError(f"{case.ref} is not in the sample; nothing to substitute.")
    found = next((s for s in store.samples() if case_id in s.case_ids
                  or case_id in {x["in"] for x in s.substitutions}), None)  # fmt: skip
    if found is None:
        raise NotFoundError(f"{case.ref} is in no recorded sample; nothing to substitute.")
    area = _cases(store, case.area_code)
    read = {_family(c) for c in area if c.sample in IN_SAMPLE}
    new_id = _named(store, case, with_id, read) if with_id else _next_spare(store, case, area,
                                                                           read, found.seed)  # fmt: skip
    subs = [*found.substitutions, {"out": case_id, "in": new_id, "reason": reason.strip(),
                                   "by": who, "at": store.now_iso()}]  # fmt: skip
    data = found.model_dump(include=set(Sample.model_fields))
    with store.transaction():
        store.put(Sample.model_validate({**data, "substitutions": subs}), found.id, who)
        _mark(store, store.case(new_id), "substitute", who, inspector_id=case.inspector_id)
        _mark(store, case, "replaced", who)
    return found.id, new_id


def _next_spare(store: Store, case: StoredCase, area: list[StoredCase], read: set[str],
                seed: int) -> str:  # fmt: skip
    """The next unsampled case in the seeded order of the replaced case's stratum, or,
    with none left there, of its law type in the area; never a sibling of the sample."""
    kin = 0
    for same in ((case.law_type, case.case_type), (case.law_type, None)):
        members = [c for c in area if c.law_type == same[0]
                   and (same[1] is None or c.case_type == same[1])]  # fmt: skip
        ranks = store.sample_ranks(members, seed)
        order = sorted(ranks, key=lambda i: (ranks[i], i))
        status = {c.id: c.sample for c in members}
        families = {c.id: _family(c) for c in members}
        spare = [i for i in order
                 if status[i] not in (*IN_SAMPLE, "replaced") and families[i] not in read]  # fmt: skip
        if spare:
            return spare[0]
        kin = max(kin, sum(1 for i in order if status[i] == "national" and families[i] in read))
    raise NotFoundError(
        f"No unsampled case of the same law type is left in area {case.area_code} to "
        f"substitute"
        + (f" ({counted(kin, 'sibling')} of children in the sample {'is' if kin == 1 else 'are'} "
           f"not taken: a family's file is read once)" if kin else "")
        + "; name one of another law type with --with REF."
    )  # fmt: skip


def _named(store: Store, case: StoredCase, with_id: str, read: set[str]) -> str:
    """The substitute the lead names, once it can stand in: same area, not in the sample
    nor replaced, not a brother or sister of a child in the sample."""
    other = store.case(with_id)
    if other.area_code != case.area_code:
        raise InvalidInputError(
            f"{other.ref} is in area {other.area_code}, not area {case.area_code}: a substitute "
            f"comes from the area of the case it replaces."
        )
    if other.sample in (*IN_SAMPLE, "replaced"):
        raise InvalidInputError(f"{other.ref} is already in the sample (or was replaced); name "
                                f"a case that is not.")  # fmt: skip
    if _family(other) in read:
        raise InvalidInputError(f"{other.ref} is a brother or sister of a child in the sample: "
                                f"a family's file is read once; name another case.")  # fmt: skip
    return other.id


def replaced_consequence(by: str | None) -> str:
    """What recording on a replaced case means, as the command line and the case screen
    both say it (tester 15, F8: an inspector went on recording on one for weeks)."""
    return (
        "what is recorded on it stays in the file, but the draft report does not count it; "
        f"record the work on {by or 'the case that replaced it'}."
    )


def _already_replaced(store: Store, case: StoredCase) -> str:
    """The sentence refusing to substitute a case that was substituted before: which
    case replaced it, when and why, and what to do instead."""
    last = store.last_substitution(case.id)
    if last is None:
        return (
            f"{case.ref} was already replaced in the sample (the record of which case "
            f"replaced it is missing); nothing was changed."
        )
    try:
        by = store.case(last["in"]).ref
    except FieldworkError:
        by = last["in"]
    when = str(last.get("at", ""))[:10]
    return (
        f"{case.ref} was already replaced by {by}{f' on {when}' if when else ''} "
        f"({last.get('reason', '')}); nothing was changed: if {by} cannot be inspected "
        f"either, substitute {by}."
    )


def assign_cases(store: Store, inspector_id: str, case_ids: Sequence[str], *,
                 author: str | None = None) -> int:  # fmt: skip
    """Give these cases to an inspector, in one transaction; returns how many changed."""
    who = author or store.me_id or ""
    store.inspector(inspector_id)  # NotFoundError when there is none
    changed = 0
    with store.transaction():
        for cid in case_ids:
            case = store.case(cid)
            if case.inspector_id != inspector_id:
                data = case.model_dump(include=set(CaseFile.model_fields))
                store.put_case(CaseFile.model_validate({**data, "inspector_id": inspector_id}),
                               cid, who)  # fmt: skip
                changed += 1
    return changed


class SamplingMixin(HistoryMixin):
    """The recorded samples, and `draw_sample`, `substitute`, `assign_cases` on the
    Store (see the functions of the same names)."""

    @locked
    def samples(self) -> list[StoredSample]:
        """Every recorded sample draw, oldest first."""
        from store.records import _stored

        rows = self._rows("SELECT * FROM samples ORDER BY id")
        return [_stored(StoredSample, r, self) for r in rows]

    def last_substitution(self, case_id: str) -> dict[str, str] | None:
        """The last substitution that replaced this case in the sample (out, in, reason,
        by, at), or None."""
        last = None
        for sample in self.samples():
            for sub in sample.substitutions:
                if sub.get("out") == case_id:
                    last = sub
        return last

    def replaced_by(self, case_id: str) -> str | None:
        """The reference of the case that replaced this one in the sample, or None."""
        last = self.last_substitution(case_id)
        rows = self._rows("SELECT ref FROM cases WHERE id = ?", (last["in"],)) if last else []
        return str(rows[0]["ref"]) if rows else None

    def sampled_case_ids(self, area_code: str | None = None) -> list[str]:
        """The ids of the cases in the sample (sampled or substitutes), of one area or
        all, in reference order."""
        where = "sample IN ('area-sampled', 'substitute')"
        if area_code is None:
            rows = self._rows(f"SELECT id FROM cases WHERE {where} ORDER BY ref")
        else:
            rows = self._rows(f"SELECT id FROM cases WHERE {where} AND area_code = ? "
                              f"ORDER BY ref", (area_code,))  # fmt: skip
        return [r["id"] for r in rows]

    def now_iso(self) -> str:
        """The current time as stored in records (UTC, ISO 8601)."""
        return self._now_iso()

    def draw_sample(self, **kw: Any) -> SampleReport:
        """See `store.sampling.draw_sample`."""
        return draw_sample(self, **kw)  # type: ignore[arg-type]

    def substitute(self, case_id: str, reason: str, *, author: str | None = None,
                   with_id: str | None = None) -> tuple[str, str]:  # fmt: skip
        """See `store.sampling.substitute`."""
        return substitute(self, case_id, reason, author=author, with_id=with_id)  # type: ignore[arg-type]

    def assign_cases(self, inspector_id: str, case_ids: Sequence[str], *,
                     author: str | None = None) -> int:  # fmt: skip
        """See `store.sampling.assign_cases`."""
        return assign_cases(self, inspector_id, case_ids, author=author)  # type: ignore[arg-type]
