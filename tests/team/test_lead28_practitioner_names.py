"""A practitioner named beside their role, "FCA (Dawn K)", is not stopped because a
parent on another case is called Dawn (tester 28, F8: in a 3,000-row list the commonest
first names are all some parent's, and the role lost to the name).  A parent named as
a parent, "Mum (Dawn K)", and a parent named alone are still stopped.  Written by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.team.helpers import new_inspection, run

LIST = (
    "Case No,Child First Name,Child Surname,Mother,Father,Law type,Order type,Area,Stage\n"
    "MC-7701,Kasia,Wrobel,Dawn Wrobel,Pawel Wrobel,Private law,Child arrangements,Area 11,FHDRA\n"
    "MC-7702,Ellis,Harding,Lorraine Harding,Craig Harding,Private law,Child arrangements,Area 11,FHDRA\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    master = new_inspection(tmp_path / "master.db")
    (tmp_path / "list.csv").write_text(LIST, encoding="utf-8")
    run("cases", "import", master, tmp_path / "list.csv")
    return master


def _hits(db: Path, text: str) -> list[str]:
    """The protected names `identify hits` finds once `text` is a note on a case."""
    ref = json.loads(run("cases", "list", db, "--json").output)[0]["ref"]
    run("evidence", "add", db, "--case", ref, "--criteria", "QPN4", "--source", "CASE_FILE",
        "--polarity", "strength", "--text", text)  # fmt: skip
    hits = json.loads(run("identify", "hits", db, "--json").output)
    return [h["text"] for h in hits if h["kind"] == "protected-name"]


@pytest.mark.parametrize(
    "text",
    [
        "FCA (Dawn K) was supported well by her practice manager, who challenged the first "
        "draft of the recommendation.",
        "The social worker, Craig, had not shared the police information in time.",
    ],
)
def test_a_practitioner_beside_their_role_is_no_hit(db: Path, text: str) -> None:
    assert _hits(db, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mum (Dawn K) was not told of the recommendation before the hearing.", "Dawn"),
        ("Dawn said she was frightened of the father at handovers.", "Dawn"),
        ("The FCA saw Ellis alone at school and recorded his wishes.", "Ellis"),
    ],
)
def test_a_parent_or_child_is_still_a_hit(db: Path, text: str, name: str) -> None:
    assert name in _hits(db, text)
