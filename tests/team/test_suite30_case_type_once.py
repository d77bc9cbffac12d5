"""A case list repeats its case types on row after row: the import works out what each
cell's text names once (`Vocabulary.case_type`), not again for every row holding it.
Each case still gets its own type (the list's references are not ours, so each row is
told by its type and stage).  A list written here: eight rows, four different cells."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from store.casevocab import Vocabulary
from tests.team.helpers import empty_file, run

LIST = """Case Reference,Law type,Order sought,Area,Stage
PN-101,Private,Child arrangements order,Area 7 - Yorkshire,FHDRA
PN-102,Public,Care order,Area 7 - Yorkshire,IRH
PN-103,Private,Child arrangements order,Area 7 - Yorkshire,FHDRA
PN-104,Private,Private Law - prohibited steps,Area 7 - Yorkshire,WTFH
PN-105,Public,Care order,Area 7 - Yorkshire,FHDRA
PN-106,Private,s7,Area 7 - Yorkshire,FHDRA
PN-107,Private,Child arrangements order,Area 7 - Yorkshire,WTFH
PN-108,Private,Private Law - prohibited steps,Area 7 - Yorkshire,FHDRA
"""


def test_each_case_type_cell_is_read_once_an_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = empty_file(tmp_path / "lead.db")
    (tmp_path / "list.csv").write_text(LIST, encoding="utf-8")
    asked: Counter[str] = Counter()
    exact = Vocabulary.exact

    def counted(self: Vocabulary, group: str, value: str) -> str | None:
        if group == "case_types":  # only `case_type` asks this of the case types
            asked[value] += 1
        return exact(self, group, value)

    monkeypatch.setattr(Vocabulary, "exact", counted)
    said = run("cases", "import", db, tmp_path / "list.csv").output
    assert "Imported 8 cases" in said, said

    # Each cell's text asked once (of one with a law type before it, the rest).
    assert asked == {
        "Child arrangements order": 1, "Care order": 1, "prohibited steps": 1, "s7": 1,
    }, asked  # fmt: skip
    listed = json.loads(run("cases", "list", db, "--json").output)
    kinds = Counter((c["case_type"], c["stage"]) for c in listed)
    assert kinds == {
        ("CAO", "FHDRA"): 2, ("CAO", "WTFH"): 1, ("S31", "IRH"): 1, ("S31", "FHDRA"): 1,
        ("SIO_PSO", "WTFH"): 1, ("SIO_PSO", "FHDRA"): 1, ("S7", "FHDRA"): 1,
    }, kinds  # fmt: skip
