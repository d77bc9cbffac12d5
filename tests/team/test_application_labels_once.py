"""The case list's spellings file is parsed once a process (suite25, session 25)."""

from __future__ import annotations


def test_the_list_of_other_applications_is_read_once() -> None:
    """Each row of the case list asks how its Other application is named: the file of
    spellings is parsed once a process, not once a row (a lost cache made a 2,000-row
    import spend half its time parsing it)."""
    from store.casevocab import application_labels

    assert application_labels() is application_labels()
    assert application_labels()["SGO"] == "special guardianship"
