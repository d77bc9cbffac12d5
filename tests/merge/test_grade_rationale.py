"""A grade and its rationale are one judgement (tester's finding 3, third session).

Field-by-field merging is right for most records, but a rationale written for one grade
must never be shown or stored beside a grade its author did not give: if one side
changed the grade and the other the rationale, both fields are in conflict, the record
shows one side's pair whole, the conflicts report lists both fields, and `resolve --edit`
offers every side's text.  Names and texts here are written for these tests.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cli.resolve import read_edited
from store.fieldmerge import settle
from store.framework import load_framework
from store.models import Inspector
from store.store import Store
from store.versions import VersionRow, canonical_json, winner
from tests.merge.files import examples
from tests.team.case_list import write_case_list
from tests.team.helpers import run

RID = "0193a000-0000-7000-8000-000000000001"


def _head(n: int, kind: str, grade: str | None, rationale: str) -> VersionRow:
    data = {"judgement_id": "J18-1", "area_code": None} if kind == "judgement" else {
        "case_id": "c1", "criterion_id": "SW1"}  # fmt: skip
    data |= {"grade": grade, "rationale": rationale}
    return VersionRow(
        vid=f"0193a000-0000-7000-8000-00000000010{n}", tbl=kind, rid=RID,
        hlc=f"17000000000{n:02d}.0000", origin="o", seq=n, author=f"a{n}", deleted=False,
        data=canonical_json(data),
    )  # fmt: skip


def _pair(values: dict[str, object]) -> tuple[object, object]:
    return values["grade"], values["rationale"]


@pytest.mark.parametrize("kind", ["grading", "judgement"])
def test_grade_changed_on_one_side_rationale_on_the_other_is_a_conflict_on_both(
    kind: str,
) -> None:
    base = json.loads(_head(0, kind, "requires-improvement", "Seen once, late.").data or "{}")
    graded = _head(1, kind, "inadequate", "Seen once, late.")
    reasoned = _head(2, kind, "requires-improvement", "Seen once, late; moderated after panel.")
    out = settle([graded, reasoned], base)
    assert out.conflict
    assert out.fields == ("grade", "rationale")
    shown = out.top.values()
    assert _pair(shown) in {_pair(graded.values()), _pair(reasoned.values())}
    assert _pair(shown) == _pair(winner([graded, reasoned]).values())


def test_the_same_new_grade_with_one_new_rationale_is_that_pair_without_conflict() -> None:
    base = json.loads(_head(0, "grading", "good", "Seen alone twice.").data or "{}")
    regraded = _head(1, "grading", "inadequate", "Seen alone twice.")
    argued = _head(2, "grading", "inadequate", "Never seen alone; the record was wrong.")
    out = settle([regraded, argued], base)
    assert not out.conflict
    assert _pair(out.top.values()) == ("inadequate", "Never seen alone; the record was wrong.")


def test_other_fields_still_merge_field_by_field() -> None:
    """Fields in no unit still merge field by field: a note's text and its source (the
    text and the finding are one unit: `test_dependent_fields.py`)."""
    ev = {"case_id": "c1", "criteria": ["SW1"], "source": "CASE_FILE", "polarity": "neutral",
          "text": "Visit notes typed up a week late."}  # fmt: skip

    def version(n: int, **change: str) -> VersionRow:
        return VersionRow(f"0193a000-0000-7000-8000-00000000020{n}", "evidence", RID,
                          f"17000000000{n:02d}.0000", "o", n, "a", False,
                          canonical_json({**ev, **change}))  # fmt: skip

    out = settle(
        [version(1, text="Visit notes typed a week late."), version(2, source="CASE_DISCUSSION")],
        ev,
    )
    assert not out.conflict
    assert out.top.values()["source"] == "CASE_DISCUSSION"
    assert out.top.values()["text"] == "Visit notes typed a week late."


GRADES = st.sampled_from(["good", "requires-improvement", "inadequate"])
REASONS = st.sampled_from(["", "Seen alone.", "Not seen alone.", "Seen with the carer present."])


@settings(max_examples=examples(8), deadline=None)
@given(
    kind=st.sampled_from(["grading", "judgement"]),
    base=st.one_of(st.none(), st.tuples(GRADES, REASONS)),
    heads=st.lists(st.tuples(GRADES, REASONS), min_size=2, max_size=4, unique=True),
)
def test_no_pair_is_shown_that_nobody_wrote_and_no_change_is_dropped_silently(
    kind: str, base: tuple[str, str] | None, heads: list[tuple[str, str]]
) -> None:
    rows = [_head(n, kind, g, r) for n, (g, r) in enumerate(heads, start=1)]
    base_values = json.loads(_head(0, kind, *base).data or "{}") if base else None
    out = settle(rows, base_values)
    shown = _pair(out.top.values())
    assert shown in heads, "a grade beside a rationale nobody gave"

    def changed(pair: tuple[str, str], i: int) -> bool:
        return base is None or pair[i] != base[i]

    # The one pair that keeps every side's change, if some side wrote it.
    keeps_all = [
        p for p in heads
        if all(p[i] == q[i] for q in heads for i in (0, 1) if changed(q, i))
    ]  # fmt: skip
    assert out.conflict == (not keeps_all)
    if out.conflict:
        assert shown == _pair(winner(rows).values())
        differ = [k for i, k in enumerate(("grade", "rationale")) if len({h[i] for h in heads}) > 1]
        assert list(out.fields) == differ
    else:
        assert shown == keeps_all[0]


# The tester's scenario, through the command line -------------------------------------------


@pytest.fixture
def team(tmp_path: Path) -> tuple[Path, Path, str]:
    """A master led by Ruth Okafor and a file issued to Dev Patel; one case graded by
    Dev ("requires improvement", no rationale) and merged into the master."""
    master = tmp_path / "master.db"
    s = Store.create(master, load_framework("cafcass-2018"), title="Autumn inspection",
                     lead="Ruth Okafor", start_date="2018-02-02")  # fmt: skip
    s.put_inspector(Inspector(name="Dev Patel", initials="DP"))
    s.close()
    run("cases", "import", master, write_case_list(tmp_path / "cases.csv", n=3))
    s = Store.open(master)
    ref = s.case_rows(limit=1)[0].ref
    s.close()
    dev = tmp_path / "dev.db"
    run("issue", master, "--inspector", "Dev Patel", "-o", dev)
    run("grade", dev, "--case", ref, "--criterion", "SW1", "--grade", "requires improvement")
    run("merge", master, dev)
    return master, dev, ref


def _stored_pair(db: Path) -> tuple[str, str]:
    with sqlite3.connect(db) as conn:
        (row,) = conn.execute("SELECT grade, rationale FROM gradings").fetchall()
    return row[0], row[1]


def test_the_testers_scenario_shows_both_fields_and_one_sides_pair(
    team: tuple[Path, Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    master, dev, ref = team
    dev_says = "Seen once in five months and never alone; the plan was not followed."
    lead_says = "Moderated at the team meeting: the visits were late but purposeful."
    run("grade", dev, "--case", ref, "--criterion", "SW1", "--grade", "inadequate",
        "--rationale", dev_says)  # fmt: skip
    run("grade", master, "--case", ref, "--criterion", "SW1", "--grade",
        "requires improvement", "--rationale", lead_says)  # fmt: skip
    run("merge", master, dev)
    pairs = {("inadequate", dev_says), ("requires-improvement", lead_says)}

    out = " ".join(run("conflicts", master).output.split())  # wrapped to the width
    assert "Differs in: Grade, Rationale" in out
    assert dev_says in out and lead_says in out
    (c,) = json.loads(run("conflicts", master, "--json").output)
    assert c["fields"] == ["grade", "rationale"]
    assert _pair(c["shown"]) in pairs
    assert _stored_pair(master) in pairs, "a grade stored beside a rationale nobody gave"
    run("merge", dev, master)
    assert _stored_pair(dev) == _stored_pair(master)

    seen: list[str] = []

    def edit(text: str, extension: str = "") -> str:
        seen.append(text)
        values = read_edited(text)
        values["grade"] = "inadequate"
        values["rationale"] = f"{dev_says} {lead_says}"
        return json.dumps(values)

    monkeypatch.setattr("click.edit", edit)
    run("resolve", master, c["record_id"], "--edit")
    assert json.dumps(dev_says)[1:-1] in seen[0] and json.dumps(lead_says)[1:-1] in seen[0]
    assert "Dev Patel" in seen[0] and "Ruth Okafor" in seen[0]
    assert run("conflicts", master).output.strip() == "No conflicts."
    assert _stored_pair(master) == ("inadequate", f"{dev_says} {lead_says}")


def test_a_grade_changed_here_and_only_the_rationale_there_is_no_longer_merged_silently(
    team: tuple[Path, Path, str],
) -> None:
    """Before, the grade from one side and the rationale from the other merged with no
    conflict at all: the stored pair was one nobody wrote."""
    master, dev, ref = team
    run("grade", dev, "--case", ref, "--criterion", "SW1", "--grade", "good")
    run("grade", master, "--case", ref, "--criterion", "SW1", "--grade",
        "requires improvement", "--rationale", "Late allocation; the child waited six weeks.")  # fmt: skip
    run("merge", master, dev)
    (c,) = json.loads(run("conflicts", master, "--json").output)
    assert c["fields"] == ["grade", "rationale"]
    assert _stored_pair(master) in {
        ("good", ""),
        ("requires-improvement", "Late allocation; the child waited six weeks."),
    }


def test_a_file_merged_before_the_rule_shows_one_sides_pair_once_opened(
    team: tuple[Path, Path, str],
) -> None:
    """A file whose working row holds a mixed pair (as merges made before this rule
    stored it) shows a pair one side wrote, and the conflict, once this code opens it."""
    master, dev, ref = team
    run("grade", dev, "--case", ref, "--criterion", "SW1", "--grade", "good")
    run("grade", master, "--case", ref, "--criterion", "SW1", "--grade",
        "requires improvement", "--rationale", "Late allocation; the child waited.")  # fmt: skip
    run("merge", master, dev)
    with sqlite3.connect(master) as conn:  # as the old rule left it
        conn.execute(
            "UPDATE gradings SET grade = 'good', rationale = ?, conflict = 0",
            ("Late allocation; the child waited.",),
        )
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_grade_and_rationale_whole'")
        conn.execute("PRAGMA user_version = 5")
    assert _stored_pair(master) == ("good", "Late allocation; the child waited.")
    (c,) = json.loads(run("conflicts", master, "--json").output)
    assert _stored_pair(master) in {
        ("good", ""),
        ("requires-improvement", "Late allocation; the child waited."),
    }
    with sqlite3.connect(master) as conn:
        assert conn.execute("SELECT conflict FROM gradings").fetchone() == (1,)
