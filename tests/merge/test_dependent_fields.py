"""Fields that depend on each other merge as one unit (`store.fieldmerge.UNITS`).

A case's "child seen" and "seen alone" are one answer: one inspector's "not seen" must
never stand beside another's "seen alone".  The same holds for a case's law type, case
type and stage (a stage belongs to a law type), a note's safeguarding concern, its
escalation and the escalation note, and a note's child's words and their flag.  When
merging field by field would give a combination that no side entered, the unit is in
conflict and the record shows one side's values whole.  Names and texts here are
written for these tests.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.fieldmerge import UNITS, settle
from store.framework import load_framework
from store.models import Area, CaseFile, Evidence, Inspector
from store.store import Store
from store.versions import VersionRow, canonical_json, winner
from tests.merge.files import examples
from tests.team.helpers import run

RID = "0193a000-0000-7000-8000-000000000002"

CASE = {"ref": "C-4410-KM", "area_code": "3", "law_type": "PRIVATE", "case_type": "CAO",
        "stage": "WTFH", "age_band": "5-9", "child_seen": True, "seen_alone": "unknown",
        "inspector_id": None, "status": "in-progress", "sample": "area-sampled",
        "source_key": None, "notes": ""}  # fmt: skip
NOTE = {"case_id": "c1", "area_code": None, "criteria": ["SW1"], "source": "CASE_FILE",
        "polarity": "development", "text": "Home visit recorded three weeks after the hearing.",
        "child_words": "", "child_words_flag": False, "safeguarding": "",
        "escalation": "none", "escalation_note": ""}  # fmt: skip

# For each unit, a few values each field may take (written for these tests).
CHOICES: dict[tuple[str, ...], tuple[list[Any], ...]] = {
    ("child_seen", "seen_alone"): ([True, False, None], ["yes", "no", "not-appropriate"]),
    ("law_type", "case_type", "stage"): (
        ["PRIVATE", "PUBLIC"], ["CAO", "S31"], ["WTFH", "FHDRA", "ISSUE"]),
    ("safeguarding", "escalation", "escalation_note"): (
        ["", "Father's new partner has a caution for assault; not in the safety plan.",
         "Mother reports threats by text since the hearing."],
        ["none", "needs-escalation", "escalated"],
        ["", "Rang the service manager on 3 March; plan reviewed."]),
    ("child_words", "child_words_flag"): (
        ["", "I want to live at Nan's in the week.", "I don't like the contact centre."],
        [False, True]),
    ("text", "polarity"): (
        ["Home visit recorded three weeks after the hearing.",
         "Home visit within a week of the hearing; the child seen alone in her room.",
         "Home visit late, but the child's views were gathered at school first."],
        ["strength", "development", "neutral"]),
}  # fmt: skip


def _version(n: int, kind: str, data: dict[str, Any]) -> VersionRow:
    return VersionRow(
        vid=f"0193a000-0000-7000-8000-00000000030{n}", tbl=kind, rid=RID,
        hlc=f"17000000000{n:02d}.0000", origin="o", seq=n, author=f"a{n}", deleted=False,
        data=canonical_json(data),
    )  # fmt: skip


def test_every_dependent_pair_found_is_a_unit() -> None:
    """The groups this file tests are exactly the units of cases and notes."""
    assert set(UNITS["case"]) | set(UNITS["evidence"]) == set(CHOICES)


def test_not_seen_on_one_side_seen_alone_on_the_other_is_a_conflict_on_both() -> None:
    """The fault: the case list said seen; one inspector says not seen (so not alone),
    the other that the child was seen alone.  Field by field, 'not seen' (only one side
    changed it) would stand beside 'seen alone'."""
    not_seen = _version(1, "case", CASE | {"child_seen": False, "seen_alone": "no"})
    alone = _version(2, "case", CASE | {"child_seen": True, "seen_alone": "yes"})
    out = settle([not_seen, alone], CASE)
    assert out.conflict and out.fields == ("child_seen", "seen_alone")
    shown = out.top.values()
    assert (shown["child_seen"], shown["seen_alone"]) in {(False, "no"), (True, "yes")}
    assert shown == winner([not_seen, alone]).values()


def test_a_concern_cleared_here_and_reworded_there_keeps_the_escalation_with_its_text() -> None:
    base = NOTE | {"safeguarding": "Mother reports threats by text since the hearing.",
                   "escalation": "needs-escalation"}  # fmt: skip
    cleared = _version(1, "evidence", base | {"safeguarding": "", "escalation": "none"})
    reworded = _version(
        2,
        "evidence",
        base | {"safeguarding": "Mother reports threats by text and at the school gate."},
    )
    out = settle([cleared, reworded], base)
    assert out.conflict and out.fields == ("escalation", "safeguarding")
    shown = out.top.values()
    together = (shown["safeguarding"], shown["escalation"])
    assert together in {("", "none"),
                        ("Mother reports threats by text and at the school gate.",
                         "needs-escalation")}  # fmt: skip


def test_changes_to_one_unit_and_to_other_fields_still_merge() -> None:
    """One side answers the seen questions, the other moves the stage and writes notes:
    different units, so both stand and nothing is in conflict."""
    seen = _version(1, "case", CASE | {"child_seen": True, "seen_alone": "yes"})
    moved = _version(2, "case", CASE | {"stage": "FHDRA", "notes": "Read the s7 report."})
    out = settle([seen, moved], CASE)
    assert not out.conflict
    shown = out.top.values()
    assert (shown["child_seen"], shown["seen_alone"], shown["stage"], shown["notes"]) == (
        True, "yes", "FHDRA", "Read the s7 report.")  # fmt: skip


@st.composite
def _histories(draw: st.DrawFn) -> tuple[str, tuple[str, ...], Any, list[tuple[Any, ...]]]:
    unit = draw(st.sampled_from(sorted(CHOICES)))
    kind = "case" if unit in UNITS["case"] else "evidence"
    combo = st.tuples(*(st.sampled_from(c) for c in CHOICES[unit]))
    base = draw(st.one_of(st.none(), combo))
    heads = draw(st.lists(combo, min_size=2, max_size=4, unique=True))
    return kind, unit, base, heads


@settings(max_examples=examples(8), deadline=None)
@given(_histories(), st.sampled_from(["", "Chronology up to date.", "Read the s7 report."]))
def test_no_combination_is_shown_that_nobody_entered_and_no_change_is_dropped_silently(
    history: tuple[str, tuple[str, ...], Any, list[tuple[Any, ...]]], notes: str
) -> None:
    kind, unit, base, heads = history
    record = CASE if kind == "case" else NOTE

    def values(combo: tuple[Any, ...]) -> dict[str, Any]:
        return record | dict(zip(unit, combo, strict=True))

    # Every head also carries one change outside the unit, made by the first head only.
    rows = [_version(n, kind, values(c) | ({"notes": notes} if n == 1 and kind == "case" else {}))
            for n, c in enumerate(heads, start=1)]  # fmt: skip
    base_values = values(base) if base is not None else None
    out = settle(rows, base_values)
    shown = out.top.values()
    together = tuple(shown[k] for k in unit)
    assert together in heads, "a combination nobody entered"

    def changed(combo: tuple[Any, ...], i: int) -> bool:
        return base is None or combo[i] != base[i]

    keeps_all = [
        c for c in heads
        if all(c[i] == d[i] for d in heads for i in range(len(unit)) if changed(d, i))
    ]  # fmt: skip
    unit_fields = [k for k in out.fields if k in unit]
    assert bool(unit_fields) == (not keeps_all)
    if unit_fields:
        assert together == tuple(winner(rows).values()[k] for k in unit)
        differ = [k for i, k in enumerate(unit) if len({canonical_json(h[i]) for h in heads}) > 1]
        assert sorted(unit_fields) == sorted(differ)
    else:
        assert together == keeps_all[0]
    if kind == "case" and base is not None:
        assert shown["notes"] == notes  # a change outside the unit is never lost


# Two team files, merged into the master, in both orders ----------------------------------


@pytest.fixture
def team(tmp_path: Path) -> tuple[Path, Path, Path, str]:
    """A master led by Ruth Okafor with one case whose child the case list says was seen,
    and files issued to Dev Patel and Amira Haddad."""
    master = tmp_path / "master.db"
    s = Store.create(master, load_framework("cafcass-2018"), title="Spring inspection",
                     lead="Ruth Okafor", start_date="2026-03-02")  # fmt: skip
    s.put_area(Area(code="3", name="Cumbria and Lancashire", visited=True))
    dev = s.put_inspector(Inspector(name="Dev Patel", initials="DP"))
    amira = s.put_inspector(Inspector(name="Amira Haddad", initials="AH"))
    case = CaseFile.model_validate(CASE)
    case_id = s.put_case(case)
    s.put_evidence(Evidence.model_validate(NOTE | {
        "case_id": case_id, "safeguarding": "Mother reports threats by text since the hearing.",
        "escalation": "needs-escalation"}))  # fmt: skip
    s.close()
    run("issue", master, "--inspector", dev, "-o", tmp_path / "dev.db")
    run("issue", master, "--inspector", amira, "-o", tmp_path / "amira.db")
    return master, tmp_path / "dev.db", tmp_path / "amira.db", case.ref


def _seen(db: Path) -> tuple[int | None, str]:
    with sqlite3.connect(db) as conn:
        (row,) = conn.execute("SELECT child_seen, seen_alone FROM cases").fetchall()
    return row[0], row[1]


def test_the_two_answers_merged_in_either_order_show_one_inspectors_answer_and_the_conflict(
    team: tuple[Path, Path, Path, str],
) -> None:
    master, dev, amira, ref = team
    run("case", "edit", dev, ref, "--seen", "no", "--seen-alone", "no")
    run("case", "edit", amira, ref, "--seen", "yes", "--seen-alone", "yes")
    answers = {(0, "no"), (1, "yes")}
    other = master.with_name("master-other-order.db")
    shutil.copyfile(master, other)
    run("merge", master, dev, amira)
    run("merge", other, amira)
    run("merge", other, dev)
    shown = []
    for db in (master, other):
        assert _seen(db) in answers, "'not seen' beside 'seen alone' (or the reverse)"
        (c,) = json.loads(run("conflicts", db, "--json").output)
        assert c["fields"] == ["child_seen", "seen_alone"]
        shown.append(_seen(db))
    assert shown[0] == shown[1], "the order of the merges decided what the case shows"
    out = run("conflicts", master).output
    assert "Differs in: Child seen, Seen alone" in " ".join(out.split())
    assert "Dev Patel" in out and "Amira Haddad" in out

    # The inspectors take the master back: every file shows the same answer and conflict.
    for db in (dev, amira):
        run("merge", db, master)
        assert _seen(db) == shown[0]
        assert json.loads(run("conflicts", db, "--json").output)[0]["fields"] == [
            "child_seen", "seen_alone"]  # fmt: skip


def test_a_file_merged_before_the_rule_shows_one_answer_once_opened(
    team: tuple[Path, Path, Path, str],
) -> None:
    """A master whose working row holds the mixed answer (as merges before this rule
    stored it) shows one inspector's answer, and the conflict, once this code opens it."""
    master, dev, amira, ref = team
    run("case", "edit", dev, ref, "--seen", "no", "--seen-alone", "no")
    run("case", "edit", amira, ref, "--seen", "yes", "--seen-alone", "yes")
    run("merge", master, dev, amira)
    with sqlite3.connect(master) as conn:  # as the old rule could leave it
        conn.execute("UPDATE cases SET child_seen = 0, seen_alone = 'yes', conflict = 0")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0007_case_and_note_units_whole'")
        conn.execute("PRAGMA user_version = 6")
    assert _seen(master) == (0, "yes")
    run("conflicts", master, "--json")
    assert _seen(master) in {(0, "no"), (1, "yes")}
    with sqlite3.connect(master) as conn:
        assert conn.execute("SELECT conflict FROM cases").fetchone() == (1,)
        # the rebuilt working rows agree with what the migration wrote
        before = conn.execute("SELECT * FROM cases").fetchall()
    s = Store.open(master)
    try:
        s.rebuild_working_rows()
    finally:
        s.close()
    with sqlite3.connect(master) as conn:
        assert conn.execute("SELECT * FROM cases").fetchall() == before
