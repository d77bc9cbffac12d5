"""The draft's thresholds are the framework's data (its `[drafting]` table), read through
one typed model (`DraftingRules`): what is material, how a stakeholder group's records
are weighed, when two examples are one.  The tests take the values from the data and
show that changing the data changes the draft."""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path

import pytest

from exporters.draft import draft_area, load
from exporters.draft.data import DraftData
from exporters.draft.tallies import material
from exporters.draft.trace import Used
from exporters.model import ReportModel, Sentence
from store.framework import DraftingRules, builtin_ids, load_framework
from store.store import Store
from tests.export.small import Small

NEW_RULES = ("material_floor_share", "stakeholder_positive_below", "stakeholder_critical_above",
             "near_same_share", "particular_share", "concentrated_share")  # fmt: skip


def _rules() -> DraftingRules:
    from store.framework import drafting_rules

    return drafting_rules(load_framework("cafcass-2018"))


@pytest.mark.parametrize("framework_id", builtin_ids())
def test_every_threshold_is_written_in_each_framework_file_with_a_comment(
    framework_id: str,
) -> None:
    from store.framework import builtin_dir

    text = (builtin_dir() / f"{framework_id}.toml").read_text(encoding="utf-8").splitlines()
    for name in NEW_RULES:
        at = next(k for k, line in enumerate(text) if line.startswith(f"{name} ="))
        assert text[at - 1].startswith("#") or text[at - 2].startswith("#"), name


def test_a_third_of_the_cases_is_material_however_few() -> None:
    """Below `material_cases`, a side is stated from `material_floor_share` of the cases
    with a view, and not from one case fewer."""
    rules = _rules()
    for total in (3, 6, 9, 12):
        at = math.ceil(rules.material_floor_share * total)
        if at >= rules.material_cases and at / total >= rules.material_share:
            continue  # material by the other rule anyway
        assert material(at, total, rules)
        assert not material(at - 1, total, rules) or (
            at - 1 >= rules.material_cases and (at - 1) / total >= rules.material_share
        )
    # The data, not a copy in the code: raise the floor and a third is no longer enough.
    higher = rules.model_copy(update={"material_floor_share": 0.5, "material_cases": 99})
    assert material(1, 3, rules) and not material(1, 3, higher)


def test_near_duplicate_examples_use_the_data_s_share() -> None:
    rules = _rules()
    words = [f"w{k}" for k in range(20)]
    same = math.ceil(rules.near_same_share * 20)  # words in common out of 20 distinct
    used = Used(rules.near_same_share)
    used.take(1, " ".join(words))
    # `same` of the 20 kept and the rest changed: union grows, so the share falls.  In
    # the reverse order, so that no run of words is shared (`sameness`: a note copied
    # with a word or two changed is the same whatever the share) and the share decides.
    changed = (words[:same] + [f"x{k}" for k in range(20 - same)])[::-1]
    union = 20 + (20 - same)
    assert used.said(" ".join(changed)) == (same >= rules.near_same_share * union)
    assert used.said(" ".join(words[:-1]))  # one word dropped: the same example
    assert not Used(1.0).said(" ".join(words[-2::-1]))
    strict = Used(1.0)
    strict.take(1, " ".join(words))
    assert not strict.said(" ".join(words[-2::-1]))  # the same words, none in its runs
    assert strict.said(" ".join(words[:-1]))  # near-verbatim: the same example


def _judges(tmp_path: Path, critical: int, total: int) -> Small:
    s = Small(tmp_path / f"judges-{critical}.db")
    for k in range(total):
        polarity = "development" if k < critical else "strength"
        verdict = "late and unclear" if k < critical else "timely and clear"
        s.about_area("6", ["LG2"], polarity,
                     f"Judge number {k + 1} told inspectors that reports are {verdict}.",
                     "INT_JUDICIARY")  # fmt: skip
    s.judge("J18-4A", "good", area="6")
    return s


def _views(report: ReportModel) -> list[Sentence]:
    return [s for p in report.paragraphs() for s in p.sentences if s.role == "views"]


def _draft(s: Small, **update: float) -> ReportModel:
    data: DraftData = load(s.store)
    data.rules = data.rules.model_copy(update=update)
    return draft_area(data, "6")


@pytest.mark.parametrize("side", ["for", "against"])
def test_stakeholder_groups_are_weighed_by_the_data_s_shares(tmp_path: Path, side: str) -> None:
    """The framework's shares say when a group is positive or critical, as far as the
    clear margin of its wording (`voices.toml` [view_balance]) does not already: a group
    over `stakeholder_critical_above` critical is critical, and a group the margin leaves
    divided is positive once `stakeholder_positive_below` is raised above its share (the
    clause and the direction from one weighing: `viewpools.balance_kind`)."""
    rules = _rules()
    total = 20
    if side == "for":  # 40% critical: no clear margin, over the built-in positive share
        critical = 8
        assert critical / total >= rules.stakeholder_positive_below
    else:  # the fewest that make it critical
        critical = math.floor(rules.stakeholder_critical_above * total) + 1
    s = _judges(tmp_path, critical, total)
    try:
        (views,) = _views(_draft(s))
        assert views.direction == ("balanced" if side == "for" else side)
        # Move the threshold past this group in the data.
        if side == "for":
            moved = {"stakeholder_positive_below": (critical + 1) / total}
        else:
            moved = {"stakeholder_critical_above": critical / total}
        (views,) = _views(_draft(s, **moved))
        assert views.direction == ("for" if side == "for" else "balanced")
    finally:
        s.close()


def test_a_database_made_before_these_rules_takes_them_from_the_file(tmp_path: Path) -> None:
    """A stored framework whose `[drafting]` table predates these rules drafts with the
    built-in file's values, and keeps the values it does hold."""
    path = tmp_path / "older.db"
    Small(path).close()
    con = sqlite3.connect(path)
    (body,) = con.execute("SELECT body FROM framework").fetchone()
    stored = json.loads(body)
    for name in NEW_RULES:
        stored["drafting"].pop(name, None)
    stored["drafting"]["material_share"] = 0.15
    with con:
        con.execute("UPDATE framework SET body = ?", (json.dumps(stored),))
    con.close()
    with Store.open(path) as store:
        rules = load(store).rules
    expected = _rules()
    assert rules.material_share == 0.15
    for name in NEW_RULES:
        assert getattr(rules, name) == getattr(expected, name)
