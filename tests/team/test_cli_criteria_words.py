"""Criteria given to the command line by words (tester 17, F12): the refusal listed
twelve ids and "28 more".  It now names the criteria the words find, as the editor's
criteria box does, and still takes nothing; an id mistyped gets the nearest ids."""

from __future__ import annotations

from pathlib import Path

from tests.team.helpers import empty_file, refused, unchanged


def test_words_for_a_criterion_are_refused_naming_the_criteria_they_find(
    tmp_path: Path,
) -> None:
    db = empty_file(tmp_path / "lead.db", "cafcass-2021")
    with unchanged(db):
        said = refused("evidence", "add", db, "--national", "--criteria",
                       "performance management", "--source", "QA_AUDIT", "--polarity",
                       "development", "--text", "Audits count letters sent, not their quality.")  # fmt: skip
    assert "Unknown criterion 'performance management': give criteria by id" in said
    assert "did you mean LG3 (" in said
    assert "28 more" not in said


def test_a_mistyped_id_is_refused_with_the_nearest_ids(tmp_path: Path) -> None:
    db = empty_file(tmp_path / "lead.db", "cafcass-2021")
    with unchanged(db):
        said = refused("evidence", "add", db, "--national", "--criteria", "LG33",
                       "--source", "QA_AUDIT", "--polarity", "development", "--text",
                       "Audits count letters sent, not their quality.")  # fmt: skip
    assert "Unknown criterion 'LG33'" in said and "LG3" in said
