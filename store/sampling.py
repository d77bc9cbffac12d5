"""Drawing the case sample, substituting cases, and assigning cases to inspectors.

The sample is a stratified random sample per visited area: the strata are law type x
case type; each non-empty stratum gets at least `min_per_stratum` cases (or all it
has), the rest is shared in proportion to stratum size by largest remainder; within a
stratum the cases are shuffled by a generator seeded with the seed, the area and the
stratum, so the same seed and the same case list always give the same sample, whatever
else changes.  The seed and this method are stored in a Sample record; substitutions
are added to it with their reason, and travel to other files like any edit.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from typing import Any

from store.connection import locked
from store.errors import InvalidInputError, NotFoundError
from store.history import HistoryMixin
from store.ids import uuid7
from store.models import CaseFile, Model, Sample

METHOD = (
    "Stratified random sample per area; strata: law type x case type; proportional "
    "allocation by largest remainder with at least {minimum} per stratum (or all its "
    "cases); within a stratum, cases ordered by id and shuffled with Python's "
    "random.Random seeded with 'SEED:AREA:LAW_TYPE:CASE_TYPE'."
)


class SampleReport(Model):
    """A drawn sample: per area, the chosen case ids and the stratum counts."""

    sample_id: str
    seed: int
    per_area: int
    areas: dict[str, list[str]]
    strata: dict[str, dict[str, int]]


def allocate(sizes: dict[str, int], n: int, minimum: int) -> dict[str, int]:
    """Cases per stratum: at least `minimum` each (capped by size), the rest by
    largest remainder of the proportional share; ties broken by stratum key."""
    n = min(n, sum(sizes.values()))
    keys = sorted(k for k, s in sizes.items() if s > 0)
    alloc = dict.fromkeys(keys, 0)
    # Minimums first, largest strata first when they cannot all be met.
    for k in sorted(keys, key=lambda k: (-sizes[k], k)):
        give = min(minimum, sizes[k], n - sum(alloc.values()))
        alloc[k] = max(give, 0)
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


class SamplingMixin(HistoryMixin):
    """`draw_sample`, `substitute`, `assign_cases`."""

    def _cases_by_area(self, code: str) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT id, ref, law_type, case_type, sample FROM cases WHERE area_code = ? "
            "ORDER BY id",
            (code,),
        )

    def _sampled_ids(self) -> set[str]:
        ids: set[str] = set()
        for raw, subs in self.conn.execute("SELECT case_ids, substitutions FROM samples"):
            ids.update(_json(raw))
            ids.update(s["in"] for s in _json(subs))
        return ids

    @locked
    def draw_sample(
        self,
        *,
        areas: Sequence[str] | None = None,
        per_area: int = 10,
        seed: int = 1,
        min_per_stratum: int = 1,
        author: str | None = None,
    ) -> SampleReport:
        """Draw and record a reproducible stratified sample of each area's cases."""
        who = self._author(author)
        if per_area < 1:
            raise InvalidInputError("--per-area must be at least 1.")
        codes = list(areas) if areas else [
            r[0] for r in self.conn.execute("SELECT code FROM areas WHERE visited = 1")
        ]  # fmt: skip
        if not codes:
            raise InvalidInputError(
                "No areas to sample: mark the visited areas first or pass --areas."
            )
        known = {r[0] for r in self.conn.execute("SELECT code FROM areas")}
        for code in codes:
            if code not in known:
                raise NotFoundError(f"There is no service area {code!r}.")
        already = self._sampled_ids()
        chosen: dict[str, list[str]] = {}
        strata_counts: dict[str, dict[str, int]] = {}
        for code in codes:
            pool = [c for c in self._cases_by_area(code) if c["id"] not in already]
            strata: dict[str, list[dict[str, Any]]] = {}
            for c in pool:
                strata.setdefault(f"{c['law_type']}/{c['case_type']}", []).append(c)
            alloc = allocate({k: len(v) for k, v in strata.items()}, per_area, min_per_stratum)
            picked: list[str] = []
            for key, k in sorted(alloc.items()):
                members = [c["id"] for c in strata[key]]
                rng = random.Random(f"{seed}:{code}:{key.replace('/', ':')}")
                rng.shuffle(members)
                picked += members[:k]
            chosen[code] = sorted(picked)
            strata_counts[code] = {k: v for k, v in sorted(alloc.items()) if v}
        all_ids = [i for code in codes for i in chosen[code]]
        sample = Sample(
            seed=seed, method=METHOD.format(minimum=min_per_stratum), areas=codes,
            per_area=per_area, case_ids=all_ids,
        )  # fmt: skip
        sid = uuid7()
        with self.transaction():
            self.put(sample, sid, who)
            for cid in all_ids:
                self._set_case(cid, who, sample="area-sampled")
        return SampleReport(
            sample_id=sid, seed=seed, per_area=per_area, areas=chosen, strata=strata_counts
        )

    def _set_case(self, case_id: str, who: str, **changes: Any) -> None:
        rows = self._rows("SELECT * FROM cases WHERE id = ?", (case_id,))
        if not rows:
            raise NotFoundError(f"There is no case with id {case_id}.")
        row = rows[0]
        values = {k: row[k] for k in CaseFile.model_fields if k in row}
        if values.get("child_seen") is not None:
            values["child_seen"] = bool(values["child_seen"])
        values.update(changes)
        self.put(CaseFile.model_validate(values), case_id, who)

    @locked
    def substitute(
        self, case_id: str, reason: str, *, author: str | None = None
    ) -> tuple[str, str]:
        """Replace a sampled case by the next case of its stratum in the seeded order;
        the substitution and its reason are added to the sample record.
        Returns (sample id, substitute case id)."""
        who = self._author(author)
        if not reason.strip():
            raise InvalidInputError("A substitution needs a reason (--reason).")
        found = None
        for r in self._rows("SELECT * FROM samples"):
            ids = _json(r["case_ids"])
            subs = _json(r["substitutions"])
            current = [s["in"] for s in subs] + [
                i for i in ids if i not in {s["out"] for s in subs}
            ]
            if case_id in current:
                found = r
                break
        if found is None:
            raise NotFoundError("That case is not in a recorded sample; nothing to substitute.")
        case = self._rows("SELECT * FROM cases WHERE id = ?", (case_id,))[0]
        used = self._sampled_ids() | {s["in"] for s in _json(found["substitutions"])}
        key = f"{case['law_type']}:{case['case_type']}"
        members = [
            c["id"]
            for c in self._cases_by_area(case["area_code"])
            if c["law_type"] == case["law_type"] and c["case_type"] == case["case_type"]
        ]
        rng = random.Random(f"{found['seed']}:{case['area_code']}:{key}")
        rng.shuffle(members)
        spare = [m for m in members if m not in used]
        if not spare:
            raise NotFoundError(
                f"No unsampled case of the same law and case type is left in area "
                f"{case['area_code']} to substitute."
            )
        new_id = spare[0]
        subs = [*_json(found["substitutions"]), {
            "out": case_id, "in": new_id, "reason": reason.strip(), "by": who,
            "at": self._now_iso(),
        }]  # fmt: skip
        sample = Sample(
            seed=found["seed"], method=found["method"], areas=_json(found["areas"]),
            per_area=found["per_area"], case_ids=_json(found["case_ids"]), substitutions=subs,
        )  # fmt: skip
        with self.transaction():
            self.put(sample, found["id"], who)
            self._set_case(new_id, who, sample="substitute")
        return found["id"], new_id

    @locked
    def assign_cases(
        self, inspector_id: str, case_ids: Sequence[str], *, author: str | None = None
    ) -> int:
        """Give these cases to an inspector, in one transaction; returns how many changed."""
        who = self._author(author)
        if not self._scalar("SELECT 1 FROM inspectors WHERE id = ?", (inspector_id,)):
            raise NotFoundError(f"There is no inspector with id {inspector_id}.")
        changed = 0
        with self.transaction():
            for cid in case_ids:
                current = self._scalar("SELECT inspector_id FROM cases WHERE id = ?", (cid,))
                if current == inspector_id:
                    continue
                self._set_case(cid, who, inspector_id=inspector_id)
                changed += 1
        return changed


def _json(raw: Any) -> Any:
    return json.loads(raw) if isinstance(raw, str) else (raw or [])
