"""Every change the TUI makes, from the command line: a case's status, stage, child seen
and notes; undoing a delete; clearing a grading; evidence about the national
organisation; the listings with --json; values as people write them.  Bad input is one
sentence, exit 2, nothing changed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from store.models import CaseFilter
from store.store import Store
from tests.conftest import _private_copy, private_home
from tests.team.helpers import new_inspection, refused, run, unchanged
from tests.team.messy_list import write_messy_list


@pytest.fixture(scope="module")
def _imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The inspection every test starts from, made once for the module: 80 children
    imported, one inspector."""
    folder = tmp_path_factory.mktemp("parity")
    path = folder / "master.db"
    with private_home(folder / "home"):
        new_inspection(path)
        run("cases", "import", path, write_messy_list(folder / "list.csv", n=80)[0])
        run("team", "add", path, "Noor Haddad", "--initials", "NH")
    return path


@pytest.fixture
def db(_imported: Path, tmp_path: Path) -> Path:
    """A private copy of `_imported` for one test to change."""
    return _private_copy(_imported, tmp_path, "master.db")


def _json(*args: str | Path) -> Any:
    return json.loads(run(*args, "--json").output)


def _case(db: Path, ref: str) -> dict[str, Any]:
    return next(c for c in _json("cases", "list", db) if c["ref"] == ref)


def test_case_edit_changes_what_the_tui_changes(db: Path) -> None:
    ref = _json("cases", "list", db)[0]["ref"]
    out = run("case", "edit", db, ref, "--status", "In progress", "--stage", "Final hearing",
              "--seen", "Y", "--seen-alone", "not appropriate", "--notes", "Ask about the "
              "transfer.").output  # fmt: skip
    assert out.strip() == (
        f"{ref}: In progress, stage Final hearing, child seen yes, seen alone not appropriate."
    )  # fmt: skip (labels: session 9)
    case = _case(db, ref)
    assert case["status"] == "in-progress" and case["stage"] == "FINAL"
    with unchanged(db):
        assert "give --status" in refused("case", "edit", db, ref)
        said = refused("case", "edit", db, ref, "--stage", "Finel hearing")
        assert "Unknown stage 'Finel hearing' (did you mean Final hearing?)" in said
        assert "FINAL" not in said  # labels, not codes (session 10)
        said = refused("case", "edit", db, ref, "--status", "done")
        assert "Unknown status 'done'" in said and "give one of: Not started, In progress" in said
        assert "no case" in refused("case", "edit", db, "ZZ-404", "--status", "complete").lower()


def test_national_evidence_delete_restore_and_list(db: Path) -> None:
    ref = _json("cases", "list", db)[0]["ref"]
    on_case = run("evidence", "add", db, "--case", ref, "--criteria", "sw1, QP2",
                  "--source", "Case file scrutiny", "--polarity", "Strength",
                  "--text", "The plan was reviewed with the child.").output.strip()  # fmt: skip
    national = run("evidence", "add", db, "--polarity", "neutral", "--national", "--criteria", "LG1",
                   "--source", "board papers", "--text", "The board tracks delay monthly."
                   ).output.strip()  # fmt: skip
    listed = {e["id"]: e for e in _json("evidence", "list", db)}
    assert sorted(listed[on_case]["criteria"]) == ["QP2", "SW1"] and listed[on_case]["case"] == ref
    assert listed[on_case]["source"] == "CASE_FILE" and listed[national]["about"] == "national"
    assert [e["id"] for e in _json("evidence", "list", db, "--national")] == [national]
    assert [e["id"] for e in _json("evidence", "list", db, "--case", ref)] == [on_case]
    assert [e["id"] for e in _json("evidence", "list", db, "--criterion", "qp2")] == [on_case]
    run("evidence", "delete", db, on_case)
    assert on_case not in {e["id"] for e in _json("evidence", "list", db)}
    run("evidence", "restore", db, on_case)
    assert on_case in {e["id"] for e in _json("evidence", "list", db)}
    with unchanged(db):
        assert "give one of --case" in refused("evidence", "add", db, "--polarity", "neutral", "--national", "--case",
                                              ref, "--criteria", "LG1", "--source", "PLR",
                                              "--text", "x")  # fmt: skip
        assert "Unknown source 'case fil'" in refused(
            "evidence", "add", db, "--polarity", "neutral", "--national", "--criteria", "LG1", "--source", "case fil",
            "--text", "x")  # fmt: skip
        assert "Unknown criterion 'XX9'" in refused("evidence", "list", db, "--criterion", "XX9")
        said = refused("evidence", "add", db, "--polarity", "neutral", "--national", "--criteria", "LG1", "--source",
                       "interview with the child", "--text", "x")  # fmt: skip
        assert "did you mean Interview with child or young person?" in said
        said = refused("evidence", "add", db, "--polarity", "neutral", "--national", "--criteria", "LG1", "--source",
                       "interviw", "--text", "x")  # fmt: skip
        assert "did you mean Interview with child" in said and "Interview with parent" in said
        assert "give one of: SW1" in refused("evidence", "list", db, "--criterion", "XX9")


def test_grade_with_labels_and_clear(db: Path) -> None:
    ref = _json("cases", "list", db)[0]["ref"]
    run("grade", db, "--case", ref, "--criterion", "sw1", "--grade", "Requires improvement")
    assert _case(db, ref)["graded"] == 1
    with unchanged(db):
        assert "give either --grade G or --clear" in refused(
            "grade", db, "--case", ref, "--criterion", "SW1")  # fmt: skip
        assert "did you mean good" in refused(
            "grade", db, "--case", ref, "--criterion", "SW1", "--grade", "goood").lower()  # fmt: skip
    run("grade", db, "--case", ref, "--criterion", "SW1", "--clear")
    assert _case(db, ref)["graded"] == 0
    # "RI", as inspectors write it, is requires improvement (judgements too).
    run("grade", db, "--case", ref, "--criterion", "SW2", "--grade", "RI",
        "--rationale", "Reports filed late in both hearings")  # fmt: skip
    with Store.open(db) as store:
        case = next(c for c in store.case_rows(CaseFilter(), 0, 100) if c.ref == ref)
        assert store.gradings_for_case(case.id)["SW2"].grade == "requires-improvement"
    # A new grade without --rationale keeps the words already written; an empty
    # --rationale is the way to clear them.
    said = run("grade", db, "--case", ref, "--criterion", "SW2", "--grade", "inadequate").output
    assert "rationale already written was kept" in said
    with Store.open(db) as store:
        graded = store.gradings_for_case(case.id)["SW2"]
        assert (graded.grade, graded.rationale) == (
            "inadequate",
            "Reports filed late in both hearings",
        )
    run("grade", db, "--case", ref, "--criterion", "SW2", "--grade", "good", "--rationale", "")
    with Store.open(db) as store:
        assert store.gradings_for_case(case.id)["SW2"].rationale == ""


def test_framework_show_and_mistyped_commands(db: Path) -> None:
    fw = _json("framework", "show", "cafcass-2018")
    assert {"J18-0", "J18-4A"} <= {j["id"] for j in fw["judgements"]}
    assert {"CASE_FILE"} <= {s["code"] for s in fw["sources"]}
    assert {"good", "n/a"} <= {g["code"] for g in fw["grades"]}
    assert {"FINAL", "FHDRA"} <= {s["code"] for s in fw["stages"]}
    assert "No such command 'chek'" in run("chek", db, code=2).output
    assert "Unknown framework" in refused("framework", "show", "cafcas-2018") or "no framework" in (
        refused("framework", "show", "cafcas-2018").lower())  # fmt: skip
