"""The drafting rules (proportion words, minimum sample, what is material, areas reported
together, what evidence agrees with a grade) are written in one place, the framework
files: a framework that leaves a rule out, or a database made before frameworks carried
a `[drafting]` table, takes it from the built-in framework file, never from a second
copy in the code."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from exporters.draft import load
from store.framework import (
    DEFAULT_FRAMEWORK,
    DraftingTable,
    builtin_ids,
    drafting_rules,
    framework_from_data,
    load_framework,
)
from store.store import Store
from tests.export.small import Small


@pytest.mark.parametrize("framework_id", builtin_ids())
def test_each_built_in_framework_file_sets_every_drafting_rule(framework_id: str) -> None:
    table = load_framework(framework_id).drafting
    assert set(table.model_dump(exclude_defaults=True)) == set(DraftingTable.model_fields)


@pytest.fixture
def edited_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the built-in framework files whose 2018 `[drafting]` values differ from
    every value the code or the wording files could hold."""
    from store import framework as fw_module

    folder = tmp_path / "frameworks"
    shutil.copytree(fw_module.builtin_dir(), folder)
    path = folder / "cafcass-2018.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("min_cases = 5", "min_cases = 7", 1)
    text = text.replace("material_cases = 2", "material_cases = 3", 1)
    text = text.replace("material_share = 0.1", "material_share = 0.23", 1)
    text = text.replace('word = "almost all"', 'word = "nearly all"', 1)
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(fw_module, "builtin_dir", lambda: folder)
    return folder


def _without_drafting(framework_id: str) -> dict[str, object]:
    data = load_framework(framework_id).model_dump(mode="json")
    del data["drafting"]
    return data


def test_a_framework_without_drafting_rules_takes_its_file_s(edited_files: Path) -> None:
    fw = framework_from_data(_without_drafting("cafcass-2018"), "old database")
    rules = drafting_rules(fw)
    assert (rules.min_cases, rules.material_cases, rules.material_share) == (7, 3, 0.23)
    assert "nearly all" in [b.word for b in rules.proportion_bands]
    assert rules.report_together == [["15a", "15b"]]
    assert rules.grade_evidence == load_framework("cafcass-2018").drafting.grade_evidence


def test_a_team_s_own_framework_keeps_what_it_sets_and_takes_the_rest(
    edited_files: Path,
) -> None:
    data = _without_drafting("cafcass-2021")
    data["id"] = "our-own-2027"
    data["drafting"] = {"material_share": 0.3,
                        "proportion_bands": [{"at_least": 0.5, "word": "most"},
                                             {"at_least": 0.0, "word": "some"}]}  # fmt: skip
    rules = drafting_rules(framework_from_data(data, "team file"))
    assert rules.material_share == 0.3
    assert [b.word for b in rules.proportion_bands] == ["most", "some"]
    # The rest from the default framework's file (its edited copy here).
    assert DEFAULT_FRAMEWORK == "cafcass-2018"
    assert (rules.min_cases, rules.material_cases) == (7, 3)


def test_a_database_made_before_drafting_rules_drafts_with_the_file_s(
    tmp_path: Path, edited_files: Path
) -> None:
    path = tmp_path / "old.db"
    s = Small(path)
    s.close()
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE framework SET body = ?",
                    (json.dumps(_without_drafting("cafcass-2018")),))  # fmt: skip
    con.close()
    with Store.open(path) as store:
        assert store.framework.drafting == DraftingTable()
        rules = load(store).rules
    assert (rules.min_cases, rules.material_share) == (7, 0.23)
