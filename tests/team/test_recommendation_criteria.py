"""A recommendation of the previous inspection linked to the criteria it is about
(tester 35's A19: "acted on" beside an improvement point on the same practice, with
nothing linking them).  `fieldwork previous add --criteria` and `previous edit
--criteria` record the link; a criterion the framework lacks is one sentence and
changes nothing; a deputy's different link meets the lead's as a conflict.  Written here
by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.store import Store
from tests.team.helpers import new_inspection, refused, run, unchanged

WORDS = "Make sure that every child is seen on their own before a report is written."


def _linked(tmp_path: Path) -> Path:
    master = new_inspection(tmp_path / "master.db")
    said = run("previous", "add", master, WORDS, "--criteria", "qp8, QP3").stdout
    assert "Link it to the criteria" not in said
    return master


def test_the_lead_links_a_recommendation_to_criteria(tmp_path: Path) -> None:
    master = _linked(tmp_path)
    with Store.open(master) as s:
        assert s.recommendation(1).criteria == ["QP3", "QP8"]  # the framework's order
    shown = run("previous", "show", master).stdout
    assert "About: QP3, QP8" in shown
    as_json = json.loads(run("previous", "show", master, "--json").stdout)
    assert as_json["recommendations"][0]["criteria"] == ["QP3", "QP8"]

    said = run("previous", "edit", master, "1", "--criteria", "QP8").stdout
    assert "Recommendation 1 changed (about QP8)." in said
    with Store.open(master) as s:
        rec = s.recommendation(1)
        assert (rec.text, rec.criteria) == (WORDS, ["QP8"])  # the words stay
    run("previous", "edit", master, "1", "--criteria", "")
    with Store.open(master) as s:
        assert s.recommendation(1).criteria == []
    assert "About:" not in run("previous", "show", master).stdout


def test_an_unlinked_recommendation_is_told_how_to_link_it(tmp_path: Path) -> None:
    master = new_inspection(tmp_path / "master.db")
    said = " ".join(run("previous", "add", master, WORDS).stdout.split())
    assert f"'fieldwork previous edit {master} 1 --criteria ID[,ID]'" in said


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("edit", "1", "--criteria", "QP8,QX9"), "Unknown criterion 'QX9'"),
        (("edit", "1"), "give --text TEXT, --criteria ID[,ID] or both."),
        (("add", "Reduce delay in public law.", "--criteria", "ZZ1"), "Unknown criterion 'ZZ1'"),
    ],
)
def test_a_wrong_link_is_one_sentence_and_changes_nothing(
    tmp_path: Path, args: tuple[str, ...], said: str
) -> None:
    master = _linked(tmp_path)
    with unchanged(master):
        line = refused("previous", args[0], master, *args[1:])
    assert said in line


def test_the_store_refuses_a_criterion_the_framework_lacks(tmp_path: Path) -> None:
    master = _linked(tmp_path)
    with Store.open(master) as s:
        with pytest.raises(Exception, match="Unknown criterion QX9: a recommendation is linked"):
            s.change_recommendation(1, criteria=["QX9"])
        assert s.recommendation(1).criteria == ["QP3", "QP8"]


def test_a_deputy_linking_it_otherwise_is_a_conflict_to_settle(tmp_path: Path) -> None:
    master = _linked(tmp_path)
    run("team", "add", master, "Aled Morgan", "--role", "deputy")
    deputy = tmp_path / "aled.db"
    run("issue", master, "--inspector", "Aled Morgan", "-o", deputy)
    run("previous", "edit", deputy, "1", "--criteria", "QP8,QP9")
    run("previous", "edit", master, "1", "--criteria", "QP8")
    run("merge", master, deputy)
    with Store.open(master) as s:
        assert s.recommendation(1).meta.conflict
    assert "Previous inspection's recommendation 1" in run("conflicts", master).stdout
