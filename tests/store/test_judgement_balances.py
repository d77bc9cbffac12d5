"""The balances beside each judgement (`Store.judgement_balances`, the grouped read the
Judgements screen waits for) equal a plain count written out by hand in Python, on
inspections built here record by record (not the demo generator): items tagged with
several criteria of one judgement or of several, national and area evidence, evidence
about a case filed under another area, neutral notes, an item deleted and one retagged,
an unvisited area, and a framework too big for one 62-bit criteria set or statement."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from store.framework import Framework, load_framework
from store.models import Area, CaseFile, CoverageCell, Evidence, Grading
from store.store import Store


@dataclass(frozen=True)
class Note:
    """One evidence item as this test wrote it: what the reference counts from."""

    case: str | None
    area: str | None
    criteria: tuple[str, ...]
    source: str
    polarity: str


def reference(
    fw: Framework, notes: list[Note], case_area: dict[str, str], grades: list[tuple[str, str, str]]
) -> dict[tuple[str, str | None], tuple[CoverageCell, dict[str, int]]]:
    """Per judgement and area (None: the whole inspection), counted item by item:
    an item informs a judgement if any of its criteria does, and counts once."""
    informs = {c.id: set(c.judgements) for c in fw.criteria}
    items: dict[tuple[str, str | None], list[Note]] = defaultdict(list)
    for n in notes:
        judgements = set().union(*(informs[c] for c in n.criteria))
        area = n.area or (case_area[n.case] if n.case else None)
        for j in judgements:
            items[(j, None)].append(n)
            if area is not None:
                items[(j, area)].append(n)
    graded: dict[tuple[str, str | None], dict[str, int]] = defaultdict(dict)
    for case, criterion, grade in grades:
        for j in informs[criterion]:
            for where in (case_area[case], None):
                tally = graded[(j, where)]
                tally[grade] = tally.get(grade, 0) + 1
    out = {}
    for key in set(items) | set(graded):
        got = items.get(key, [])
        cell = CoverageCell(
            evidence=len(got),
            sources=len({n.source for n in got}),
            strengths=sum(n.polarity == "strength" for n in got),
            developments=sum(n.polarity == "development" for n in got),
            cases=len({n.case for n in got if n.case}),
        )
        out[key] = (cell, graded.get(key, {}))
    return out


def balances(store: Store) -> dict[tuple[str, str | None], tuple[CoverageCell, dict[str, int]]]:
    return {
        (b.judgement_id, b.area_code): (b.evidence, b.case_gradings)
        for b in store.judgement_balances()
    }


def _case(store: Store, ref: str, area: str) -> str:
    return store.put_case(
        CaseFile(ref=ref, area_code=area, law_type="PUBLIC", case_type="S31", stage="ISSUE")
    )


def test_balances_equal_a_count_by_hand(empty_store: Store) -> None:
    store = empty_store
    fw = store.framework
    store.put_area(Area(code="3", name="Tees Valley", visited=True))
    store.put_area(Area(code="12", name="Mersey", visited=True))
    store.put_area(Area(code="7", name="Fens", visited=False))
    refs = {"K-0301": "3", "K-0302": "3", "K-1201": "12", "K-0701": "7"}
    case_id = {ref: _case(store, ref, area) for ref, area in refs.items()}
    case_area = {case_id[ref]: area for ref, area in refs.items()}
    a, b, c, d = (case_id[r] for r in refs)
    written = [
        # Two criteria of J18-1/J18-2: one item for each of them.
        Note(a, None, ("QP1", "QP2"), "CASE_FILE", "strength"),
        # QP10 informs J18-4A as well; LG4 informs J18-3, J18-4 and J18-4A.
        Note(a, None, ("QP10", "LG4"), "INT_PRACTITIONER", "development"),
        Note(b, None, ("SW1",), "CASE_FILE", "neutral"),
        Note(b, None, ("LGS1",), "INT_MANAGER", "strength"),
        Note(c, None, ("QP3", "LG8", "LGN2"), "CASE_FILE", "development"),
        Note(c, None, ("QP4",), "CASE_FILE", "development"),
        Note(d, None, ("SW2",), "CASE_FILE", "strength"),  # an unvisited area's case
        Note(None, "3", ("LG1", "LG2"), "INT_MANAGER", "development"),  # area evidence
        Note(None, "12", ("LGS2",), "INT_MANAGER", "strength"),
        Note(None, None, ("LG5",), "INT_MANAGER", "strength"),  # national
        Note(None, None, ("QPN1", "QPN4"), "INT_PARTNER", "neutral"),
        # About a case in area 3 but filed under area 12: counts in area 12.
        Note(a, "12", ("QP5",), "OBS_PRACTICE", "strength"),
    ]
    for n in written:
        store.put_evidence(
            Evidence(
                case_id=n.case, area_code=n.area, criteria=list(n.criteria), source=n.source,
                polarity=n.polarity, text="A note written for this test.",  # type: ignore[arg-type]
            )
        )  # fmt: skip
    gone = store.put_evidence(
        Evidence(case_id=a, criteria=["QP1"], source="CASE_FILE", text="Deleted later.")
    )
    store.delete_evidence(gone)
    retag = Note(b, None, ("LG3",), "CASE_FILE", "strength")
    rid = store.put_evidence(
        Evidence(case_id=b, criteria=["QP6"], source="CASE_FILE", text="Retagged later.")
    )
    store.put_evidence(
        Evidence(case_id=b, criteria=["LG3"], source="CASE_FILE", polarity="strength",
                 text="Retagged later."),
        evidence_id=rid,
    )  # fmt: skip
    grades = [(a, "QP1", "good"), (a, "LG4", "outstanding"), (c, "QP1", "inadequate")]
    for case, criterion, grade in grades:
        store.set_grading(Grading(case_id=case, criterion_id=criterion, grade=grade))

    want = reference(fw, [*written, retag], case_area, grades)
    assert balances(store) == want
    # What the reference says, spelled out for two of them: in area 3, only the
    # QP10+LG4 note informs J18-4A (LG1, LG2 and LG3 inform J18-3 alone) ...
    assert want[("J18-4A", "3")][0] == CoverageCell(
        evidence=1, sources=1, strengths=0, developments=1, cases=1
    )
    # ... and nine notes inform J18-1 across the inspection, the two-criteria ones once.
    assert want[("J18-1", None)][0].evidence == 9


def _big_framework(criteria: int, judgements: int) -> Framework:
    """The 2018 framework with this many criteria and judgements (criterion i informs
    judgements i mod n and, for every third, the last one too)."""
    base = load_framework("cafcass-2018").model_dump()
    jdef = base["judgements"][0]
    base["judgements"] = [
        {**jdef, "id": f"J{k:02d}", "title": f"Judgement {k}", "overall": k == 0}
        for k in range(judgements)
    ]
    cdef = base["criteria"][0]
    base["criteria"] = [
        {
            **cdef,
            "id": f"C{i:03d}",
            "text": f"Criterion {i}.",
            "judgements": sorted(
                {f"J{i % judgements:02d}"} | ({f"J{judgements - 1:02d}"} if i % 3 == 0 else set())
            ),
        }
        for i in range(criteria)
    ]
    base["drafting"] = {}
    return Framework.model_validate(base)


def test_a_framework_past_62_criteria_and_judgements(tmp_path: Path) -> None:
    """70 criteria (two criteria-set columns) and 65 judgements (two statements)."""
    fw = _big_framework(70, 65)
    path = tmp_path / "big.db"
    Store.create(path, fw, title="Big framework", lead="Ruth Okafor").close()
    store = Store.open(path)
    try:
        store.put_area(Area(code="4", name="North", visited=True))
        k1 = _case(store, "K-0401", "4")
        k2 = _case(store, "K-0402", "4")
        case_area = {k1: "4", k2: "4"}
        written = [
            Note(k1, None, ("C000", "C065"), "CASE_FILE", "strength"),  # column 0 and 1
            Note(k1, None, ("C064", "C069"), "CASE_FILE", "development"),
            Note(k2, None, ("C063",), "INT_MANAGER", "strength"),  # column 1 only
            Note(k2, None, ("C001", "C066", "C030"), "CASE_FILE", "neutral"),
            Note(None, None, ("C062", "C003"), "INT_MANAGER", "development"),
        ]
        for n in written:
            store.put_evidence(
                Evidence(
                    case_id=n.case, criteria=list(n.criteria), source=n.source,
                    polarity=n.polarity, text="A note.",  # type: ignore[arg-type]
                )
            )  # fmt: skip
        grades = [(k1, "C064", "good"), (k2, "C000", "good")]
        for case, criterion, grade in grades:
            store.set_grading(Grading(case_id=case, criterion_id=criterion, grade=grade))
        sent: list[str] = []
        store.conn.set_trace_callback(sent.append)
        got = balances(store)
        store.conn.set_trace_callback(None)
        assert got == reference(fw, written, case_area, grades)
        assert len(sent) == 3  # two evidence statements (65 judgements), one of gradings
    finally:
        store.close()


def _odd_framework() -> Framework:
    """The 2018 framework with thirteen criteria whose ids sort awkwardly (upper and lower
    case, punctuation, one id the start of another, numbers that sort as text), informing
    three judgements in overlapping sets."""
    base = load_framework("cafcass-2018").model_dump()
    jdef = base["judgements"][0]
    base["judgements"] = [
        {**jdef, "id": jid, "title": f"Judgement {jid}", "overall": jid == "Alpha"}
        for jid in ("Alpha", "beta", "Gamma")
    ]
    informs = {
        "a10": ["Alpha"], "a9": ["Alpha", "beta"], "A1": ["beta"], "b": ["Gamma"],
        "b-2": ["Gamma", "Alpha"], "B": ["beta"], "E.a": ["Alpha"], "ea": ["Gamma"],
        "z": ["beta", "Gamma"], "Z1": ["Alpha", "beta", "Gamma"], "zz": ["beta"],
        "a_1": ["Gamma"], "a-1": ["Alpha"],
    }  # fmt: skip
    cdef = base["criteria"][0]
    base["criteria"] = [
        {**cdef, "id": cid, "text": f"Criterion {cid}.", "judgements": js}
        for cid, js in informs.items()
    ]
    base["drafting"] = {}
    return Framework.model_validate(base)


def test_odd_ids_interleaved_cases_and_a_case_moved(tmp_path: Path) -> None:
    """Criteria ids that a careless binary search would misplace, notes written to three
    cases in turn (so a case's notes are not stored together), a case moved to another
    area after its notes were written: the balances equal the count by hand, and each
    equals `judgement_evidence` (the one-judgement statement of what a balance is)."""
    fw = _odd_framework()
    path = tmp_path / "odd.db"
    Store.create(path, fw, title="Odd ids", lead="Ruth Okafor").close()
    store = Store.open(path)
    try:
        store.put_area(Area(code="2", name="Downs", visited=True))
        store.put_area(Area(code="5a", name="Wolds", visited=True))
        k1, k2, k3 = (_case(store, ref, "2") for ref in ("K-1", "K-2", "K-3"))
        src = [s.code for s in fw.sources]
        tags = [("a10", "a9"), ("A1",), ("b", "b-2"), ("B", "Z1"), ("E.a",), ("ea", "z"),
                ("zz",), ("a9", "A1", "Z1"), ("b-2", "a_1"), ("E.a", "ea"), ("a-1",)]  # fmt: skip
        written = []
        for i, criteria in enumerate(tags * 2):
            case = (k1, k2, k3)[i % 3]
            own = "5a" if i == 7 else None  # about K-2, filed under the other area
            polarity = ("strength", "development", "neutral")[i % 4 % 3]
            written.append(Note(case, own, criteria, src[i % len(src)], polarity))
        written.append(Note(None, "5a", ("zz", "b"), src[0], "strength"))
        for n in written:
            store.put_evidence(
                Evidence(
                    case_id=n.case, area_code=n.area, criteria=list(n.criteria),
                    source=n.source, polarity=n.polarity, text="A note.",  # type: ignore[arg-type]
                )
            )  # fmt: skip
        moved = store.case(k3)
        assert moved is not None
        store.put_case(moved.model_copy(update={"area_code": "5a"}), case_id=k3)
        case_area = {k1: "2", k2: "2", k3: "5a"}

        got = balances(store)
        assert got == reference(fw, written, case_area, [])
        assert {(j, a) for j, a in got} == {
            (j, a) for j in ("Alpha", "beta", "Gamma") for a in ("2", "5a", None)
        }
        for (jid, area), (cell, _) in got.items():
            assert store.judgement_evidence(jid, area) == cell, (jid, area)
    finally:
        store.close()


def _vm_steps(store: Store, run: Any) -> int:
    """SQLite virtual-machine steps (in thousands) that `run()` takes."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    store.conn.set_progress_handler(tick, 1000)
    try:
        run()
    finally:
        store.conn.set_progress_handler(None, 0)
    return steps[0]


def test_the_grouped_read_costs_a_bounded_amount_per_item(handwritten_store: Store) -> None:
    """The work is one pass over the evidence and its criteria and one over the gradings:
    counted in SQLite's virtual-machine steps (deterministic, unlike a clock), it stays
    under a bound per criterion link and grading.  About 60 steps each on this
    inspection; the grouped read that sorted every tag and every item took about 150,
    asking judgement by judgement and area by area about 1,400 per link, and joining
    every grading to every (judgement, criterion) pair about 440 per grading.  (The
    Python side counts each case's distinct entries, a handful per case.)"""
    store = handwritten_store
    links = store.conn.execute("SELECT count(*) FROM evidence_criterion").fetchone()[0]
    gradings = store.conn.execute("SELECT count(*) FROM gradings").fetchone()[0]
    assert links > 200 and gradings > 50
    steps = _vm_steps(store, store.judgement_balances) * 1000
    assert steps < 120 * (links + gradings), steps / (links + gradings)
