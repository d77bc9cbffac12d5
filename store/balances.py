"""The evidence and case gradings behind each judgement (for information, never a grade).

`judgement_evidence` and `judgement_case_gradings` answer for one judgement and area:
they are the plain statement of what a balance is, and the reference the tests hold
`judgement_balances` to.  `judgement_balances` answers for every judgement in every area
at once (the Judgements screen) in two statements, whatever the size of the inspection:

1. One pass over the evidence, case by case (the `evidence_case` index, so the grouping
   by case needs no sort).  Each criterion that informs a judgement gets a bit; an
   item's *criteria set* is the sum of the bits of its criteria (one seek into
   `evidence_criterion`'s primary key per item; it holds each pair once, so the sum is
   the set), a criterion's bit found by a binary search over the sorted ids written out
   as nested `CASE`s.  A judgement is a bit mask over the criteria, so "the item informs
   judgement J" is `set & mask(J) != 0`, and the item's *judgement set* (one bit per
   judgement) is a few integer tests: an item counts once per judgement however many of
   its criteria inform it.  Each case comes back as one row: its area and the list of
   its items, each as the JSON text of (judgement set, own area, source, polarity).
2. Python counts each case's list (`collections.Counter`, at C speed: a case has a few
   dozen items but only a handful of distinct entries), decodes each distinct entry
   once, and credits it to the judgements of its set, in the item's own area or else its
   case's, and across the inspection; a case counts once per judgement and area.

SQLite's integers are 64-bit, so criteria sets take 62 criteria per column and a
statement handles 62 judgements; larger frameworks add columns or statements (per
framework, never per case).  The first single pass (a `DISTINCT` over every (judgement,
item) pair, then random reads of every item: `bench/balances_before.py`) took about 7 s
of CPU at 6,000 cases; the second (criteria sets by a join and a sort over every tag,
each item then read by id, then a sort of every item) about 1.2 s.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence

from store.connection import StoreBase, reading
from store.framework import Framework
from store.models import CoverageCell, JudgementBalance

BITS = 62
"""Criteria per criteria-set column, and judgements per statement (SQLite integers are
signed 64-bit: sums of distinct powers of two below 2**62 never overflow)."""

SEPARATOR = "\x1e"
"""Between a case's items in its list (JSON text never holds a raw control character)."""


def _chunks(items: Sequence[str], size: int) -> list[list[str]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _bit_of(ids: list[str], first: int, params: dict[str, str]) -> str:
    """A SQL expression giving the bit of `ec.criterion_id` among `ids` (sorted; the id at
    position i has bit 1 << i), 0 for any other id: a binary search written out as
    nested `CASE`s over parameters named from `first` on (added to `params`).  SQLite
    compares text by its UTF-8 bytes, which orders as Python's `sorted` does."""
    names = [f"c{first + i}" for i in range(len(ids))]
    params.update(zip(names, ids, strict=True))

    def search(lo: int, hi: int) -> str:
        if hi - lo <= 3:
            whens = " ".join(f"WHEN :{names[i]} THEN {1 << i}" for i in range(lo, hi))
            return f"CASE ec.criterion_id {whens} ELSE 0 END"
        mid = (lo + hi) // 2
        return (
            f"CASE WHEN ec.criterion_id < :{names[mid]} THEN {search(lo, mid)} "
            f"ELSE {search(mid, hi)} END"
        )

    return search(0, len(ids))


def balance_sql(fw: Framework, judgements: Sequence[str]) -> tuple[str, dict[str, str]]:
    """The read of the evidence behind these judgements (at most `BITS`), case by case:
    the statement and its parameters.  Each row is a case (id, area, and the list of its
    items' JSON entries, `SEPARATOR` between them; the evidence that has no case is one
    row, case None); bit i of an entry's judgement set is `judgements[i]`.  Only integers
    built here are written into the SQL; the framework's ids travel as parameters."""
    assert 0 < len(judgements) <= BITS
    wanted = set(judgements)
    criteria = sorted(c.id for c in fw.criteria if wanted & set(c.judgements))
    informs = {c.id: set(c.judgements) for c in fw.criteria}
    columns = _chunks(criteria, BITS)
    params: dict[str, str] = {}
    sets = [f"sum({_bit_of(chunk, k * BITS, params)})" for k, chunk in enumerate(columns)]
    tests = []  # SQLite computes an aggregate named several times once
    for bit, jid in enumerate(judgements):
        parts = []
        for k, chunk in enumerate(columns):
            mask = sum(1 << i for i, cid in enumerate(chunk) if jid in informs[cid])
            if mask:
                parts.append(f"({sets[k]} & {mask}) != 0")
        tests.append(f"(({' OR '.join(parts) or '0'}) << {bit})")
    sql = f"""
        SELECT g.case_id, c.area_code, c.law_type, g.items
        FROM (
            SELECT e.case_id, group_concat(
                (SELECT json_array({" | ".join(tests)}, e.area_code, e.source, e.polarity)
                 FROM evidence_criterion ec WHERE ec.evidence_id = e.id),
                char(30)) AS items
            FROM evidence e
            GROUP BY e.case_id
        ) g
        LEFT JOIN cases c ON c.id = g.case_id
    """
    return sql, params


class _Tally:
    """The evidence balances of a group of judgements, counted from the cases' lists."""

    def __init__(self, judgements: Sequence[str], laws: dict[str, str] | None = None) -> None:
        self.judgements = list(judgements)
        self.laws = {j: law for j, law in (laws or {}).items() if j in self.judgements}
        """A practice judgement's law type: only its cases' evidence informs it."""
        self.entries: Counter[tuple[str, str | None, int]] = Counter()
        """Items per (entry, its case's area, the judgements its case may inform),
        decoded once at the end."""
        self.cases: Counter[tuple[int, str | None]] = Counter()
        """Cases per (judgement set, area); area None: across the inspection."""
        self._sets: dict[str, tuple[int, str | None]] = {}
        """Each distinct entry's judgement set and own area."""

    def _set(self, entry: str) -> tuple[int, str | None]:
        found = self._sets.get(entry)
        if found is None:
            js, own = json.loads(entry)[:2]
            found = self._sets[entry] = (js or 0, own)
        return found

    def _open_to(self, law: str | None) -> int:
        """The judgements a case of this law type may inform (no case: every one)."""
        return sum(
            1 << bit
            for bit, j in enumerate(self.judgements)
            if law is None or self.laws.get(j, law) == law
        )

    def add_case(
        self, case_id: str | None, case_area: str | None, items: str | None, law: str | None = None
    ) -> None:
        """Count one case's list (or, case None, the evidence that has no case)."""
        where: dict[str | None, int] = {}
        open_to = self._open_to(law if case_id is not None else None)
        for entry, n in Counter((items or "").split(SEPARATOR)).items():
            js, own = self._set(entry) if entry else (0, None)
            js &= open_to
            if js:  # else it informs none of these judgements
                self.entries[(entry, case_area, open_to)] += n
                area = own if own is not None else case_area
                where[area] = where.get(area, 0) | js
        if case_id is None or not where:
            return
        everywhere = 0
        for area, js in where.items():
            everywhere |= js
            if area is not None:
                self.cases[(js, area)] += 1
        self.cases[(everywhere, None)] += 1

    def _each(self, js: int) -> list[str]:
        return [j for bit, j in enumerate(self.judgements) if js >> bit & 1]

    def cells(self) -> dict[tuple[str, str | None], CoverageCell]:
        """Per (judgement, area), area None across the inspection: its balance."""
        counts: dict[tuple[str, str | None], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        sources: dict[tuple[str, str | None], set[str]] = defaultdict(set)
        for (entry, case_area, open_to), n in self.entries.items():
            js, own, source, polarity = json.loads(entry)
            js &= open_to
            area = own if own is not None else case_area
            for jid in self._each(js):
                for key in ((jid, area), (jid, None)) if area is not None else ((jid, None),):
                    tally = counts[key]
                    tally[0] += n
                    tally[1] += n if polarity == "strength" else 0
                    tally[2] += n if polarity == "development" else 0
                    if source is not None:
                        sources[key].add(source)
        for (js, area), n in self.cases.items():
            for jid in self._each(js):
                counts[(jid, area)][3] += n
        return {
            key: CoverageCell(
                evidence=n,
                sources=len(sources[key]),
                strengths=st,
                developments=dv,
                cases=cases,
            )  # fmt: skip
            for key, (n, st, dv, cases) in counts.items()
            if n
        }


class BalancesMixin(StoreBase):
    """What the lead sees beside each judgement: its evidence and case gradings."""

    framework: Framework

    def _judgement_criteria(self, judgement_id: str) -> str:
        """The ids of the criteria that inform a judgement, as a JSON list for json_each."""
        return json.dumps([c.id for c in self.framework.criteria if judgement_id in c.judgements])

    @reading
    def judgement_evidence(self, judgement_id: str, area_code: str | None = None) -> CoverageCell:
        """The evidence balance behind a judgement: distinct items tagged with a criterion
        that informs it (for an area, the area's own evidence and its cases'), how many
        are strengths or areas for development, the kinds of source and the cases."""
        r = self._rows(
            """
            SELECT count(DISTINCT e.id) AS n, count(DISTINCT e.source) AS s,
                   count(DISTINCT CASE WHEN e.polarity = 'strength' THEN e.id END) AS st,
                   count(DISTINCT CASE WHEN e.polarity = 'development' THEN e.id END) AS dv,
                   count(DISTINCT e.case_id) AS cases
            FROM evidence e LEFT JOIN cases c ON c.id = e.case_id
            WHERE EXISTS (SELECT 1 FROM evidence_criterion ec
                          WHERE ec.evidence_id = e.id
                            AND ec.criterion_id IN (SELECT value FROM json_each(?)))
              AND (? IS NULL OR coalesce(e.area_code, c.area_code) = ?)
            """,
            (self._judgement_criteria(judgement_id), area_code, area_code),
        )[0]
        return CoverageCell(
            evidence=r["n"], sources=r["s"], strengths=r["st"], developments=r["dv"],
            cases=r["cases"],
        )  # fmt: skip

    @reading
    def judgement_case_gradings(
        self, judgement_id: str, area_code: str | None = None
    ) -> dict[str, int]:
        """How the cases were graded on the criteria that inform a judgement (grade code
        to count), for information only: a judgement is judged, never averaged."""
        rows = self._rows(
            """
            SELECT g.grade, count(*) AS n FROM gradings g JOIN cases c ON c.id = g.case_id
            WHERE g.criterion_id IN (SELECT value FROM json_each(?))
              AND (? IS NULL OR c.area_code = ?)
            GROUP BY g.grade
            """,
            (self._judgement_criteria(judgement_id), area_code, area_code),
        )
        return {r["grade"]: r["n"] for r in rows}

    @reading
    def judgement_balances(self, laws: dict[str, str] | None = None) -> list[JudgementBalance]:
        """`judgement_evidence` and `judgement_case_gradings` for every judgement of the
        framework, per area and across the inspection (area None): one grouped read of
        the evidence, case by case (see the module's docstring), and one of the gradings.
        `laws`: a practice judgement's law type (J18-1: PRIVATE), whose cases alone
        inform it: the evidence and gradings of other cases do not count for it (the
        evidence that has no case still does)."""
        laws = laws or {}
        found: dict[tuple[str, str | None], JudgementBalance] = {}

        def entry(judgement_id: str, area_code: str | None) -> JudgementBalance:
            key = (judgement_id, area_code)
            if key not in found:
                found[key] = JudgementBalance(judgement_id=judgement_id, area_code=area_code)
            return found[key]

        fw = self.framework
        for group in _chunks([j.id for j in fw.judgements], BITS):
            sql, params = balance_sql(fw, group)
            tally = _Tally(group, laws)
            for r in self._rows(sql, params):
                tally.add_case(r["case_id"], r["area_code"], r["items"], r["law_type"])
            for (judgement_id, area), cell in tally.cells().items():
                entry(judgement_id, area).evidence = cell
        pairs = json.dumps([[j, c.id] for c in fw.criteria for j in c.judgements])
        for r in self._rows(
            """
            WITH jc(judgement_id, criterion_id) AS MATERIALIZED (
                SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]')
                FROM json_each(?)
            ), graded AS MATERIALIZED (
                SELECT g.criterion_id, c.area_code, c.law_type, g.grade, count(*) AS n
                FROM gradings g JOIN cases c ON c.id = g.case_id
                GROUP BY g.criterion_id, c.area_code, c.law_type, g.grade
            )
            SELECT jc.judgement_id, g.area_code, g.law_type, g.grade, sum(g.n) AS n
            FROM graded g JOIN jc ON jc.criterion_id = g.criterion_id
            GROUP BY jc.judgement_id, g.area_code, g.law_type, g.grade
            """,
            (pairs,),
        ):
            if laws.get(r["judgement_id"], r["law_type"]) != r["law_type"]:
                continue
            for area in (r["area_code"], None):
                gradings = entry(r["judgement_id"], area).case_gradings
                gradings[r["grade"]] = gradings.get(r["grade"], 0) + r["n"]
        return list(found.values())

    @reading
    def area_holdings(self, sample: Collection[str]) -> dict[str, JudgementBalance]:
        """Per area code, everything the area holds, as its section of the draft is
        drafted from it: every note (on any criterion) on the area's own cases (those
        whose sample mark is in `sample`: the export's area sample,
        `exporters.draft.data.AREA_SAMPLE`) and the area's notes about no case, with
        every grading of those cases.  A judgement made per area is judged on all
        of it, not only on the criteria the framework names for it (`judgement_balances`
        counts those).  Two grouped reads, whatever the number of areas."""
        marks = json.dumps(sorted(sample))
        found: dict[str, JudgementBalance] = {}
        for r in self._rows(
            """
            SELECT coalesce(c.area_code, e.area_code) AS area, count(*) AS n,
                   count(DISTINCT e.source) AS s,
                   sum(e.polarity = 'strength') AS st, sum(e.polarity = 'development') AS dv,
                   count(DISTINCT e.case_id) AS cases
            FROM evidence e LEFT JOIN cases c ON c.id = e.case_id
            WHERE (CASE WHEN e.case_id IS NULL THEN e.area_code IS NOT NULL
                        ELSE c.sample IN (SELECT value FROM json_each(:marks)) END)
            GROUP BY area
            """,
            {"marks": marks},
        ):
            found[r["area"]] = JudgementBalance(
                judgement_id="", area_code=r["area"],
                evidence=CoverageCell(evidence=r["n"], sources=r["s"], strengths=r["st"],
                                      developments=r["dv"], cases=r["cases"]),
            )  # fmt: skip
        for r in self._rows(
            """
            SELECT c.area_code AS area, g.grade, count(*) AS n
            FROM gradings g JOIN cases c ON c.id = g.case_id
            WHERE c.sample IN (SELECT value FROM json_each(:marks))
            GROUP BY c.area_code, g.grade
            """,
            {"marks": marks},
        ):
            held = found.setdefault(
                r["area"], JudgementBalance(judgement_id="", area_code=r["area"])
            )
            held.case_gradings[r["grade"]] = r["n"]
        return found
