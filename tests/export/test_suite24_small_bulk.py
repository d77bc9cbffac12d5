"""`Small` (tests/export/small.py) keeps the cases and notes a test adds and writes them
together through the Store's `bulk_create`: the inspection it writes must be the one
`put_case` and `put_evidence` write one record at a time, record for record and
version for version, and what they refuse must still be refused.

The inspection here is written for this test: two visited areas, cases of both kinds
of law, notes on cases, about an area and national, a child's words, and a grading
and a judgement in between the notes (each writes what was kept before it)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from store.errors import InvalidInputError, NotFoundError
from store.framework import load_framework
from store.models import Area, CaseFile, Evidence, Grading, Judgement
from store.store import Store
from tests.conftest import created
from tests.export.small import Small

AREAS = [("6", "Wessex", True), ("8", "Mercia", True)]

CASES = [("6", "PRIVATE", "10-13"), ("6", "PUBLIC", "0-1"), ("8", "PRIVATE", "14-15")]
"""(area, law, age band) of each case, in the order they are added."""

NOTES: list[tuple[Any, ...]] = [
    ("ev", 0, ["QP3"], "strength", "The worker asked the girl what a good week looks like."),
    ("ev", 0, ["QP5", "QP7"], "development", "No visit is written up after the move."),
    ("ev", 1, ["QP3"], "neutral", "The baby's routine is set out by the health visitor.",
     "INT_CHILD", ""),
    ("grade", 0, "QP3", "good"),
    ("area", "8", ["LG5"], "strength", "Managers meet weekly to go through late reports.",
     "INT_MANAGER"),
    ("national", ["LG5"], "development", "The audit tool was changed twice this year.",
     "QA_AUDIT"),
    ("ev", 2, ["QP3"], "strength", "He told us the plan in his own words.", "INT_CHILD",
     "I know what happens next and who to ring."),
    ("judge", "J18-4A", "good", "8"),
]  # fmt: skip
"""What the test adds after the cases, in order: notes on a case (by its index in
`CASES`), about an area, national; a grading; a judgement."""


def _small(path: Path) -> tuple[Small, list[str]]:
    """The inspection through `Small`: it and every id it returned, in order."""
    s = Small(path, areas=AREAS)
    ids = [s.case(area, law, age) for area, law, age in CASES]
    cases = list(ids)
    for what, *args in NOTES:
        if what == "ev":
            case, crits, polarity, text, *rest = args
            ids.append(s.ev(cases[case], crits, polarity, text, *rest))
        elif what == "area":
            ids.append(s.about_area(*args))
        elif what == "national":
            ids.append(s.national(*args))
        elif what == "grade":
            ids.append(s.grade(cases[args[0]], args[1], args[2]))
        else:
            ids.append(s.judge(args[0], args[1], area=args[2]))
    return s, ids


def _one_at_a_time(path: Path, ids: list[str]) -> Store:
    """The same inspection through `put_case`, `put_evidence`, `set_grading` and
    `set_judgement`, one record a call, with the ids `Small` gave (as `created` makes
    both from one file, the inspection and its lead have the same ids too)."""
    fw = load_framework("cafcass-2018")
    store = created(path, fw, title="Small inspection", lead="Ruth Okafor",
                    start_date="2026-03-02", end_date="2026-03-20")  # fmt: skip
    for code, name, visited in AREAS:
        store.put_area(Area(code=code, name=name, visited=visited))
    given = iter(ids)
    cases = []
    for n, (area, law, age) in enumerate(CASES, start=1):
        ctype = {"PRIVATE": "S7", "PUBLIC": "S31"}[law]
        case = CaseFile(ref=f"T-{n:03d}", area_code=area, law_type=law, case_type=ctype,
                        stage="FINAL", age_band=age)  # type: ignore[arg-type]  # fmt: skip
        cases.append(store.put_case(case, next(given)))
    for what, *args in NOTES:
        if what == "ev":
            case, crits, polarity, text, *rest = args
            source, words = (*rest, "CASE_FILE", "")[:2] if rest else ("CASE_FILE", "")
            ev = Evidence(case_id=cases[case], criteria=crits, source=source, polarity=polarity,
                          text=text, child_words=words)  # fmt: skip
            store.put_evidence(ev, next(given))
        elif what == "area":
            area, crits, polarity, text, source = args
            ev = Evidence(area_code=area, criteria=crits, source=source, polarity=polarity,
                          text=text)  # fmt: skip
            store.put_evidence(ev, next(given))
        elif what == "national":
            crits, polarity, text, source = args
            ev = Evidence(criteria=crits, source=source, polarity=polarity, text=text)
            store.put_evidence(ev, next(given))
        elif what == "grade":
            grading = Grading(case_id=cases[args[0]], criterion_id=args[1], grade=args[2])
            assert store.set_grading(grading) == next(given)
        else:
            judgement = Judgement(judgement_id=args[0], grade=args[1], area_code=args[2])
            assert store.set_judgement(judgement) == next(given)
    return store


def _versions(path: Path) -> list[tuple[Any, ...]]:
    """Every version in the file, in the order written: what it is of, by whom, its data."""
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT tbl, rid, origin, seq, author, deleted, data FROM version ORDER BY seq"
        ).fetchall()


def _records(store: Store) -> dict[str, Any]:
    """The dump's records, without each record's version id (a clock reading)."""
    records: dict[str, Any] = store.dump_data()["records"]
    for kind in records.values():
        for record in kind.values():
            record.pop("version")
    return records


def test_small_writes_what_put_case_and_put_evidence_write(tmp_path: Path) -> None:
    s, ids = _small(tmp_path / "bulk.db")
    bulk = _records(s.store)
    s.close()
    by_hand = _one_at_a_time(tmp_path / "one.db", ids)
    try:
        assert _records(by_hand) == bulk
        assert len(bulk["evidence"]) == 6
        assert len(bulk["case"]) == 3
    finally:
        by_hand.close()
    assert _versions(tmp_path / "bulk.db") == _versions(tmp_path / "one.db")


def test_what_is_added_is_written_before_anything_reads_it(tmp_path: Path) -> None:
    s = Small(tmp_path / "small.db")
    case = s.case()
    note = s.ev(case, ["QP3"], "strength", "The worker read the girl's letter back to her.")
    assert s.store.evidence(note).case_id == case
    s.ev(case, ["QP5"], "development", "Nothing is on file for six weeks.")
    s.close()
    with Store.open(tmp_path / "small.db") as store:
        assert len(store.evidence_for_case(case)) == 2


def test_what_the_store_refuses_is_still_refused(tmp_path: Path) -> None:
    s = Small(tmp_path / "small.db")
    case = s.case()
    with pytest.raises(InvalidInputError, match="Unknown criterion QP99"):
        s.ev(case, ["QP99"], "strength", "A note on a criterion the framework lacks.")
    with pytest.raises(InvalidInputError, match="not an evidence source"):
        s.ev(case, ["QP3"], "strength", "A note from a source it lacks.", source="GOSSIP")
    with pytest.raises(NotFoundError, match="no case"):
        s.ev("no-such-case", ["QP3"], "strength", "A note on a case nobody added.")
    with pytest.raises(InvalidInputError, match="law type"):
        s.case(law="MARITIME")
    with pytest.raises(NotFoundError, match="service area"):
        s.about_area("99", ["LG5"], "strength", "A note about an area with no such code.",
                     "INT_MANAGER")  # fmt: skip
    s.close()
    with Store.open(tmp_path / "small.db") as store:
        records = store.dump_data()["records"]
    assert list(records["case"]) == [case]
    assert "evidence" not in records or records["evidence"] == {}
