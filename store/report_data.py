"""Read-only queries for the report exporter: the facts a draft is counted from, as
compact columns and plain tuples rather than one pydantic model per record.

A whole-report draft tallies every evidence record (its case, area, source, polarity
and criteria) but quotes the text of only a few.  Building 20,000 `StoredEvidence`
models to read five short fields of each cost more than everything else in an export,
so these methods return:

- `evidence_columns()`: one list per field, index i being one record (in table order),
  read in one pass over the table as `group_concat` strings and split (several times
  cheaper than fetching rows), with the words of the few records that may be quoted;
- `case_facts()`, `grading_facts()`: small tuples;
- `evidence_texts()`: every record's words, read when a draft first asks for one (a
  whole report's draft reads about half of them: one pass over the table costs less
  than looking half of them up by id);
- `strengths_saying(phrases)`: the strength records whose text may hold one of a few
  phrases, found by the full-text index rather than by reading every text.

Everything here only reads.  `exporters.draft` is the caller.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import NamedTuple

from store.connection import StoreBase, reading
from store.versions import created_order

_SEP = "\x1f"  # unit separator: never in ids, source codes or area codes
# Polarity read as one letter per record (a group_concat without separators) and mapped
# back to one shared string each: no string per record to split off and free again.
# Any other stored value reads as "neutral", which is all the draft makes of it.
_POLARITY_LETTER = "CASE polarity WHEN 'strength' THEN 's' WHEN 'development' THEN 'd' ELSE 'n' END"
_POLARITY = {"s": "strength", "d": "development", "n": "neutral"}

# A quotation may open with a typographic or double quote anywhere, or with a single
# quote at the start of the text or after a space or bracket: what `exporters.draft`
# accepts as a quote, less a single quote straight after a colon or a line break
# (apostrophes inside words do not count).
_MAY_QUOTE = (
    "instr(text, '‘') OR instr(text, '“') OR instr(text, '\"') "
    "OR instr(text, ' ''') OR instr(text, '(''') OR substr(text, 1, 1) = ''''"
)


class EvidenceText(NamedTuple):
    """The words of one evidence record (`at`: its place in `EvidenceColumns`)."""

    id: str
    text: str
    child_words: str
    at: int = -1


class EvidenceColumns(NamedTuple):
    """Every evidence record's countable facts, one list per field (index i is one
    record, in table order; empty strings stand for "none"), and the words of the few
    records that may be quoted."""

    ids: list[str]
    case_ids: list[str]
    area_codes: list[str]  # only of the records with no case, in order ("" for none)
    sources: list[str]
    polarities: list[str]  # "strength", "development" or "neutral"
    criteria: list[tuple[str, ...]]  # sorted criterion ids
    by_criterion: dict[str, list[int]]  # criterion id -> indices of its records, in order
    child_words: list[EvidenceText]  # records with the child's own words
    quotable: list[EvidenceText]  # records that may quote someone
    conflicted: tuple[int, ...] = ()  # records whose versions disagree (a merge conflict)


class CaseFact(NamedTuple):
    """What a draft needs to know about a case: its reference, area, law type, the
    child's age band, whether the case record is in conflict, which sample it is
    in (`CaseFile.sample`), its case type and what kind of Other application it is."""

    id: str
    ref: str
    area_code: str
    law_type: str
    age_band: str = "unknown"
    conflict: bool = False
    sample: str = "area-sampled"
    case_type: str = ""
    application: str = ""
    """For an Other application, what the case list named it ('SGO'; `CaseFile.application`)."""
    seen_alone: str = "unknown"
    """Whether the child was seen alone, as the case record says (`CaseFile.seen_alone`)."""


class GradingFact(NamedTuple):
    """A recorded grade: (case, criterion, grade), its id and conflict flag."""

    case_id: str
    criterion_id: str
    grade: str
    id: str = ""
    conflict: bool = False


def _split(joined: str | None) -> list[str]:
    """A `group_concat` column as a list: NULL for no rows, "" for one empty value."""
    return joined.split(_SEP) if joined is not None else []


def _texts(joined: str | None, position: dict[str, int]) -> list[EvidenceText]:
    return [
        EvidenceText(str(i), str(t), str(w or ""), position[i])
        for i, t, w in json.loads(joined or "[]")
    ]


class ReportDataMixin(StoreBase):
    """Read-only, whole-inspection queries for the report exporter."""

    @reading
    def evidence_columns(self, quote_sources: Collection[str] = ()) -> EvidenceColumns:
        """Every evidence record's id, case, source, polarity and criteria, and the own
        area of those with no case (the draft uses no other), in one pass over the
        table, with the words of the records that hold the child's own words and of the
        strength records from `quote_sources` whose text may hold a quotation."""
        sources = list(quote_sources)
        marks = ",".join("?" * len(sources)) or "NULL"
        row = self.conn.execute(
            "SELECT group_concat(id, ?), group_concat(ifnull(case_id, ''), ?), "
            "group_concat(ifnull(area_code, ''), ?) FILTER (WHERE ifnull(case_id, '') = ''), "
            f"group_concat(source, ?), group_concat({_POLARITY_LETTER}, ''), "
            "json_group_array(json_array(id, text, child_words)) "
            "FILTER (WHERE child_words IS NOT NULL AND child_words != ''), "
            "json_group_array(json_array(id, text, '')) "
            f"FILTER (WHERE polarity = 'strength' AND source IN ({marks}) "
            f"AND ({_MAY_QUOTE})), "
            "group_concat(id, ?) FILTER (WHERE conflict) "
            # In the order the records were made, not the order they came into this file
            # (merges differ), so every file holding the same records drafts the same
            # text (tester 15, F7).
            f"FROM (SELECT * FROM evidence e ORDER BY {created_order('evidence', 'e')})",
            (*(_SEP,) * 4, *sources, _SEP),
        ).fetchone()
        ids, case_ids, area_codes, source_col = (_split(c) for c in row[:4])
        polarities = list(map(_POLARITY.__getitem__, row[4] or ""))
        position = dict(zip(ids, range(len(ids)), strict=True))
        child_words = _texts(row[5], position)
        quotable = _texts(row[6], position)
        conflicted = tuple(sorted(position[i] for i in _split(row[7]) if i in position))

        # Links per criterion (the `evidence_criterion_c` index gives them grouped and
        # in criterion order), each mapped to record positions in C (`map`).
        # A criterion the framework does not have (a file issued before the master's
        # framework changed: `store/merge_framework.py`) is left out; the export says so.
        at = position.__getitem__
        own = {c.id for c in self.framework.criteria}
        by_crit: list[tuple[str, list[int], str]] = []
        for criterion, joined in self.conn.execute(
            "SELECT criterion_id, group_concat(evidence_id, ?) FROM evidence_criterion "
            "GROUP BY criterion_id ORDER BY criterion_id",
            (_SEP,),
        ):
            if criterion not in own:
                continue
            linked = joined.split(_SEP)
            try:
                members = list(map(at, linked))
            except KeyError:  # a link to a deleted record: skip it
                linked = [e for e in linked if e in position]
                members = list(map(at, linked))
            if members:
                members.sort()
                by_crit.append((criterion, members, min(linked)))
        none: tuple[str, ...] = ()
        criteria = [none] * len(ids)
        for criterion, members, _first in by_crit:  # criterion order: each tuple sorted
            for a in members:
                criteria[a] += (criterion,)
        # Criteria in the order a pass over the links in key order (evidence id, then
        # criterion id) first meets them.
        by_crit.sort(key=lambda c: (c[2], c[0]))
        by_criterion = {criterion: members for criterion, members, _first in by_crit}
        return EvidenceColumns(
            ids, case_ids, area_codes, source_col, polarities, criteria, by_criterion,
            child_words, quotable, conflicted,
        )  # fmt: skip

    @reading
    def strengths_saying(self, phrases: Collection[str]) -> list[EvidenceText]:
        """The words of the strength records whose text holds one of `phrases` word for
        word (any case; the full-text index's stems, so a few more than an exact
        match: the caller checks each), found through `evidence_fts`: no text but
        theirs is read."""
        if not phrases:
            return []
        query = " OR ".join('"' + p.replace('"', '""') + '"' for p in phrases)
        return [
            EvidenceText(r[0], r[1], r[2] or "")
            for r in self.conn.execute(
                "SELECT e.id, e.text, e.child_words FROM evidence_fts "
                "JOIN evidence e ON e.rowid = evidence_fts.rowid "
                "WHERE evidence_fts MATCH ? AND e.polarity = 'strength' "
                f"ORDER BY {created_order('evidence', 'e')}",
                (query,),
            )
        ]

    @reading
    def case_facts(self) -> list[CaseFact]:
        """Every case's id, reference, area, law type, age band, conflict flag,
        sample, case type, kind of Other application and record of the child seen
        alone, by reference."""
        return [
            CaseFact(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7], r[8], r[9])
            for r in self.conn.execute(
                "SELECT id, ref, ifnull(area_code, ''), ifnull(law_type, ''), "
                "ifnull(age_band, 'unknown'), conflict, ifnull(sample, 'area-sampled'), "
                "ifnull(case_type, ''), ifnull(application, ''), "
                "ifnull(seen_alone, 'unknown') FROM cases ORDER BY ref"
            )
        ]

    @reading
    def grading_facts(self) -> list[GradingFact]:
        """Every recorded grade as (case, criterion, grade, id, conflict), on the
        framework's criteria."""
        own = {c.id for c in self.framework.criteria}
        return [
            GradingFact(r[0], r[1], r[2], r[3], bool(r[4]))
            for r in self.conn.execute(
                "SELECT case_id, criterion_id, grade, id, conflict FROM gradings "
                f"WHERE grade IS NOT NULL ORDER BY {created_order('grading', 'gradings')}"
            )
            if r[1] in own
        ]

    @reading
    def evidence_texts(self) -> dict[str, EvidenceText]:
        """The text and child's words of every evidence record, by id, in one pass over
        the table."""
        return {
            r[0]: EvidenceText(*r)
            for r in self.conn.execute("SELECT id, text, ifnull(child_words, '') FROM evidence")
        }
