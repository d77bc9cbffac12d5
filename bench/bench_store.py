"""Store benchmarks (issue 2): demo generation and the read paths the TUI needs.

Each line compares our code with plain `sqlite3` doing the same work in the same run:
    name, ours, baseline, ratio (ours / baseline)
Demo generation is compared with one `executemany` of as many rows of similar size into
a similar table (one transaction, same pragmas).  Reads run the same SQL through a plain
connection; times are the best of N.

Run with `.venv/bin/python bench/bench_store.py` or `make bench`.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.timing import best_of  # noqa: E402
from demo import write_demo  # noqa: E402
from store.models import CaseFilter  # noqa: E402
from store.queries import _SORTS, CASE_ROW_SELECT, _case_where  # noqa: E402
from store.records import EVIDENCE_SELECT  # noqa: E402
from store.store import Store  # noqa: E402

ROUNDS = 30


def report(name: str, ours: float, base: float) -> None:
    """One line: name, our time, baseline time, ratio."""
    print(
        f"{name:<44} ours {ours * 1000:9.2f} ms   sqlite3 {base * 1000:9.2f} ms   "
        f"ratio {ours / base:6.2f}",
        flush=True,
    )


def baseline_insert(path: Path, rows: int, texts: list[str]) -> float:
    """Plain sqlite3: `rows` rows like evidence rows, one executemany, one transaction."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE evidence (id TEXT PRIMARY KEY, case_id TEXT, area_code TEXT, "
        "source TEXT, polarity TEXT, text TEXT, child_words TEXT, safeguarding TEXT, "
        "escalation TEXT, created_at TEXT, created_by TEXT)"
    )
    data = [
        (
            f"0190{i:028x}",
            f"case-{i // 33}",
            None,
            "CASE_FILE",
            "strength",
            texts[i % len(texts)],
            "",
            "",
            "none",
            "2018-02-05T09:00:00.000Z",
            "lead",
        )
        for i in range(rows)
    ]
    t = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO evidence VALUES (?,?,?,?,?,?,?,?,?,?,?)", data)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - t
    conn.close()
    return elapsed


def bench_generation(tmp: Path, cases: int) -> Path:
    """Time write_demo against a plain insert of as many rows as it wrote."""
    path = tmp / f"demo{cases}.db"
    t = time.perf_counter()
    stats = write_demo(path, cases=cases)
    ours = time.perf_counter() - t
    conn = sqlite3.connect(str(path))
    texts = [r[0] for r in conn.execute("SELECT text FROM evidence LIMIT 5000")]
    conn.close()
    rows = stats.evidence + stats.cases + stats.gradings
    base = baseline_insert(tmp / f"base{cases}.db", rows, texts)
    report(f"demo generation, {cases:,} cases ({rows:,} rows)", ours, base)
    return path


def bench_reads(path: Path, label: str) -> None:
    """Case-list pages and one case with its evidence, against the same SQL in sqlite3."""
    store = Store.open(path)
    plain = sqlite3.connect(str(path))
    try:
        total = store.count_cases()
        middle = (total // 2 // 100) * 100
        area = "5"
        for name, f, offset in (
            ("case list page 1", CaseFilter(), 0),
            ("case list middle page", CaseFilter(), middle),
            ("case list, area filter", CaseFilter(area_code=area), 0),
            ("case list, sort by evidence", CaseFilter(sort="evidence"), 0),
        ):
            where, params = _case_where(f)
            sql = f"{CASE_ROW_SELECT} {where} ORDER BY {_SORTS[f.sort]} LIMIT ? OFFSET ?"
            args = [*params, 100, offset]

            def ours(f: CaseFilter = f, offset: int = offset) -> object:
                return store.case_rows(f, offset, 100)

            def base(sql: str = sql, args: list[object] = args) -> object:
                return plain.execute(sql, args).fetchall()

            report(f"{name} ({label})", best_of(ours, ROUNDS), best_of(base, ROUNDS))

        # A case with the most evidence: the worst case for the case screen.
        cid = plain.execute(
            "SELECT case_id FROM evidence WHERE case_id IS NOT NULL GROUP BY case_id "
            "ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]

        def ours_case() -> object:
            return (store.case(cid), store.evidence_for_case(cid), store.gradings_for_case(cid))

        def base_case() -> object:
            return (
                plain.execute("SELECT * FROM cases WHERE id = ?", (cid,)).fetchall(),
                plain.execute(
                    EVIDENCE_SELECT + " WHERE e.case_id = ? ORDER BY e.created_at", (cid,)
                ).fetchall(),
                plain.execute("SELECT * FROM gradings WHERE case_id = ?", (cid,)).fetchall(),
            )

        n = len(store.evidence_for_case(cid))
        report(
            f"case + {n} evidence + gradings ({label})",
            best_of(ours_case, ROUNDS),
            best_of(base_case, ROUNDS),
        )
        bench_judgements(store, label)
    finally:
        store.close()
        plain.close()


def bench_judgements(store: Store, label: str) -> None:
    """The Judgements screen's read: every judgement's evidence balance and case gradings,
    per visited area and across the inspection, grouped in one pass (ours) against one
    query per judgement and area (what the screen did before; the ratio is grouped/each)."""
    places: list[str | None] = [None, *(a.code for a in store.areas(visited_only=True))]

    def each() -> object:
        return [
            (store.judgement_evidence(j.id, code), store.judgement_case_gradings(j.id, code))
            for j in store.framework.judgements
            for code in places
        ]

    report(
        f"judgements, all balances ({label}; base: per judgement)",
        best_of(store.judgement_balances, 3),
        best_of(each, 3),
    )


def main() -> None:
    """Run every store benchmark and print one line per measurement."""
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        small = bench_generation(tmp, 600)
        large = bench_generation(tmp, 6000)
        bench_reads(small, "600 cases")
        bench_reads(large, "6,000 cases")


if __name__ == "__main__":
    main()
