"""A value the command line does not know is refused in one plain sentence that names
what the user can type, by its label ("Final hearing", "Not started", "Case file
scrutiny"), never the codes the database stores ("FINAL", "not-started", "CASE_FILE");
exit 2, nothing changed (session 10, lead's finding: `values.pick` listed codes)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from store.framework import load_framework
from store.models import STATUS_LABELS
from tests.team.helpers import new_inspection, refused, run, unchanged

FW = load_framework("cafcass-2018")


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, str]:
    """An inspection with two areas and one case, typed here."""
    path = new_inspection(tmp_path / "master.db")
    run("areas", "add", path, "3", "--name", "Severn and Wye")
    run("areas", "add", path, "7", "--name", "Tees Valley")
    listing = tmp_path / "list.csv"
    listing.write_text(
        "Case ID,Law type,Case type,Stage,Service area\n"
        "KX-2201,Private law,Child arrangements,FHDRA,Area 3\n",
        encoding="utf-8",
    )
    run("cases", "import", path, listing)
    ref = run("cases", "list", path).output.split()[0]
    return path, ref


def _one_sentence(said: str) -> str:
    text = said.removeprefix("fieldwork: ").strip()
    assert text.endswith("."), text
    body = re.sub(r"\(did you mean [^)]*\?\)", "", text[:-1])
    assert ". " not in body and "? " not in body.replace("?)", ""), text
    return text


CODES = {
    "stage": [s.code for s in FW.stages],
    "status": list(STATUS_LABELS),
    "source": [s.code for s in FW.sources if s.code.upper() == s.code and "_" in s.code],
}


def test_an_unknown_stage_status_or_answer_names_the_labels(db: tuple[Path, str]) -> None:
    path, ref = db
    with unchanged(path):
        said = _one_sentence(refused("case", "edit", path, ref, "--stage", "Finel hearing"))
        assert "(did you mean Final hearing?)" in said
        assert all(s.label in said for s in FW.stages)
        rest = said
        for s in FW.stages:  # a label may hold its code ("First hearing (FHDRA)")
            rest = rest.replace(s.label, "")
        assert not any(re.search(rf"\b{re.escape(c)}\b", rest) for c in CODES["stage"]), said
        said = _one_sentence(refused("case", "edit", path, ref, "--status", "done"))
        assert "give one of: Not started, In progress or Complete." in said
        assert "not-started" not in said and "in-progress" not in said
        said = _one_sentence(refused("case", "edit", path, ref, "--seen-alone", "maybe"))
        assert "yes, no, not appropriate or unknown" in said and "not-appropriate" not in said


def test_an_unknown_source_grade_or_area_names_the_labels(db: tuple[Path, str]) -> None:
    path, ref = db
    with unchanged(path):
        said = _one_sentence(refused(
            "evidence", "add", path, "--case", ref, "--criteria", "QP1", "--source", "case fil",
            "--polarity", "strength", "--text", "The plan was read.",
        ))  # fmt: skip
        assert "(did you mean Case file scrutiny?)" in said
        assert not any(c in said for c in CODES["source"]), said
        assert "'fieldwork framework show' lists" in said  # the long list is cut, and says where
        said = _one_sentence(refused("grade", path, "--case", ref, "--criterion", "QP1",
                                     "--grade", "grate"))  # fmt: skip
        assert "Requires improvement" in said and "requires-improvement" not in said
        said = _one_sentence(refused("cases", "list", path, "--area", "9"))
        assert "give one of: 3 (Severn and Wye) or 7 (Tees Valley)." in said
        said = _one_sentence(refused("team", "add", path, "Ann Orr", "--initials", "AO",
                                     "--role", "boss"))  # fmt: skip
        assert "give one of: lead, deputy, inspector, analyst or qa." in said
        assert "team-inspector" not in said and "deputy-lead" not in said
