"""Adoption work on lists from systems that know only public and private law (tester
17's F1): a row giving "Public" beside an adoption case type was refused as a mismatch,
with no way through but editing the list, and "Adoption" alone was "not recognised"
among seventeen types.  Now the row is read under adoption, the only law its case type
fits, and said; a bare "Adoption" is refused naming the adoption case types it could be;
a true mismatch (a care order on a private law row) is still refused.  The lists are
written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import empty_file, run

HEAD = "Case Reference,Proceedings type,Order Applied For,Service Area,Current stage\n"
ROWS = """LX-4401,Public,Care order,Area 4 - North East,IRH
LX-4402,Public,Adoption from care,Area 4 - North East,
LX-4403,Public,Agency adoption,Area 4 - North East,
LX-4404,Private,Step-parent adoption,Area 4 - North East,
LX-4405,Private,Child arrangements order,Area 4 - North East,FHDRA
"""


def _file(tmp_path: Path, rows: str) -> tuple[Path, Path]:
    db = empty_file(tmp_path / "lead.db", "cafcass-2021")
    listed = tmp_path / "list.csv"
    listed.write_text(HEAD + rows, encoding="utf-8")
    return db, listed


def test_adoption_filed_under_public_or_private_law_is_read_as_adoption(tmp_path: Path) -> None:
    db, listed = _file(tmp_path, ROWS)
    said = run("cases", "import", db, listed).output
    assert "Imported 5 cases" in said
    assert "Public law on Adoption from care, read as Adoption (2 rows)" in said
    assert "Private law on Step-parent adoption, read as Adoption (1 row)" in said
    laws = sorted((c["case_type"], c["law_type"])
                  for c in json.loads(run("cases", "list", db, "--json").output))  # fmt: skip
    assert laws == [("ADOPT_FROM_CARE", "ADOPTION"), ("ADOPT_FROM_CARE", "ADOPTION"),
                    ("ADOPT_STEP_PARENT", "ADOPTION"), ("CAO", "PRIVATE"), ("S31", "PUBLIC")]  # fmt: skip


def test_a_true_mismatch_and_a_bare_adoption_are_refused_with_the_way_through(
    tmp_path: Path,
) -> None:
    db, listed = _file(tmp_path, ROWS + "LX-4406,Private,Care order,Area 4 - North East,\n"
                                        "LX-4407,Public,Adoption,Area 4 - North East,\n")  # fmt: skip
    before = run("dump", db, "--omit-text").output
    result = run("cases", "import", db, listed, code=2)
    assert "law type Private law does not fit case type Care or supervision" in result.output
    assert ("case type 'Adoption' could be Adoption from care or Step-parent adoption or "
            "Intercountry adoption or Relinquished baby adoption") in result.output  # fmt: skip
    assert "--map (case_type,Adoption,ADOPT_FROM_CARE)" in result.output
    assert "Traceback" not in result.output
    assert run("dump", db, "--omit-text").output == before  # nothing imported
