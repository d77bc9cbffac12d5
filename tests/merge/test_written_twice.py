"""A note written up twice: Aisha's laptop is lost before she merges, the lead issues her
a new file and she writes her notes up again from memory; then the old laptop turns up
and is merged.  Both versions of each note are kept (a merge never picks between two
texts), and the merge report names the pairs that read as one note written twice, so
the lead can have one deleted.  Notes that differ, notes by another inspector and short
notes are not named.  The team and texts are written here by hand (`tests/merge/team10.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.store import Store
from tests.merge.team10 import CASE, make_team10, merge, note, ok

OLD = [
    "Section 7 report read in full: the analysis of the father's drinking is clear and "
    "the recommendation follows from it.",
    "The child was seen at school twice; her wish to see her father at weekends is recorded.",
]
AGAIN = [  # the same notes written up again from memory, a few words changed
    "Section 7 report read in full: the analysis of the father's drinking is clear and "
    "the recommendation follows from it well.",
    "Seen at school twice; the child's wish to see her father at weekends is recorded "
    "in her words.",
]
OTHER = "Letter to the court on time; the plan for contact was not explained to the mother."


def test_a_note_written_up_twice_is_named_in_the_merge_report(tmp_path: Path) -> None:
    t = make_team10(tmp_path)
    old_ids = [note(t.aisha, text) for text in OLD]  # on the laptop that is then lost
    new_file = tmp_path / "AB-new.db"
    ok("issue", t.master, "--inspector", "Aisha Bello", "-o", new_file)
    again_ids = [note(new_file, text) for text in AGAIN] + [note(new_file, OTHER)]
    note(t.rajesh, OLD[0])  # Rajesh read the same report and wrote the same words
    out = merge(t.master, new_file, t.rajesh)
    assert "much like a note" not in out  # another inspector's note is not a copy
    out = merge(t.master, t.aisha)  # the lost laptop turns up
    assert "2 notes merged now read much like a note the same inspector already had" in out
    for old, again in zip(old_ids, again_ids[:2], strict=True):
        assert f"{CASE}: {old} beside {again}" in out
    assert again_ids[2] not in out
    with Store.open(t.master) as s:  # nothing was dropped: every note is there
        texts = [e.text for e in s.all_evidence()]
    assert sorted(texts) == sorted([*OLD, *AGAIN, OTHER, OLD[0]])


def test_different_notes_on_one_case_are_not_named(tmp_path: Path) -> None:
    t = make_team10(tmp_path)
    note(t.aisha, OLD[0])
    note(t.aisha, "Child seen at home.")
    merge(t.master, t.aisha)
    note(t.aisha, OTHER)
    note(t.aisha, "Child seen at home.")  # short notes alike by chance are not compared
    assert "much like a note" not in merge(t.master, t.aisha)


AREA_NOTE = "Area 12: 5 vacancies out of 19 posts, agency churn; service manager acting up."
AREA_AGAIN = (
    "Area 12 has 5 vacancies in 19 posts; high agency turnover; service manager is acting up."
)
AREA_OTHER = (
    "Area 12 has 2 vacancies in 19 posts; agency staff hold few cases; service manager in post."
)


def test_an_area_note_retyped_in_other_words_is_named(tmp_path: Path) -> None:
    """Tester 13, F10: an area note written up again from memory after a lost laptop,
    its facts the same and its little words changed, was not named; a note on the same
    area with other numbers is another fact and is not."""
    t = make_team10(tmp_path)
    old = ok("evidence", "add", t.aisha, "--area", "12", "--criteria", "LG8", "--source",
             "INT_MANAGER", "--polarity", "development", "--text", AREA_NOTE).split()[0]  # fmt: skip
    new_file = tmp_path / "AB-new.db"
    ok("issue", t.master, "--inspector", "Aisha Bello", "-o", new_file)
    again = ok("evidence", "add", new_file, "--area", "12", "--criteria", "LG8", "--source",
               "INT_MANAGER", "--polarity", "development", "--text", AREA_AGAIN).split()[0]  # fmt: skip
    ok("evidence", "add", new_file, "--area", "12", "--criteria", "LG8", "--source",
       "INT_MANAGER", "--polarity", "development", "--text", AREA_OTHER)  # fmt: skip
    merge(t.master, new_file)
    out = merge(t.master, t.aisha)
    assert "1 note merged now reads much like a note the same inspector already had" in out
    assert f"an area note: {old} beside {again}" in out


RECALLED = (  # the original, with details the inspector left out when writing it again
    "Section 7 report strong on the mother's work pattern: she drives for a bakery on early "
    "starts, and the FCA built the proposed contact around it. Clear, child-centred advice."
)
RECALLED_AGAIN = (
    "Report strong on the mother's working hours; FCA built contact around her early shifts. "
    "Clear, child-centred advice."
)


CUT_SHORT = (
    "Child never seen alone. Guardian's log says 'too upset to talk' - he is eleven and "
    "chatty at school. No wishes and feelings work done whatsoever before filing the report."
)
CUT_SHORT_AGAIN = "Child never seen alone. Log says too upset to talk. No wishes and feelings work."


SHORTHAND = "Chronology up to date, visit logs complete and signed off by the practice supervisor."
SHORTHAND_AGAIN = "Chronology up to date, visit logs complete; rechecked today."


@pytest.mark.parametrize(
    ("original", "retyped"),
    [(RECALLED, RECALLED_AGAIN), (CUT_SHORT, CUT_SHORT_AGAIN), (SHORTHAND, SHORTHAND_AGAIN)],
    ids=["details-left-out", "every-word-kept", "three-quarters-of-the-shorter"],
)
def test_a_note_retyped_from_memory_is_named(tmp_path: Path, original: str, retyped: str) -> None:
    """Tester 19, F8: an inspector re-typing a note from memory after a crash leaves
    details out, so the two share most of the shorter note's words but not 80% of the
    longer's; with the same finding they read as one note written twice.  Tester 23,
    F7: the re-typed note's words were all in the original, but under 60% of the
    original's: every word of the shorter in the longer, and half the longer's, is one
    note written twice too.  Tester 32, F13: six of a re-typed note's eight words were in
    the original, six of its ten: three-quarters of the shorter's is "most"."""
    t = make_team10(tmp_path)
    old = note(t.aisha, original)
    new_file = tmp_path / "AB-new.db"
    ok("issue", t.master, "--inspector", "Aisha Bello", "-o", new_file)
    again = note(new_file, retyped)
    merge(t.master, new_file)
    out = merge(t.master, t.aisha)
    assert "1 note merged now reads much like a note the same inspector already had" in out, out
    assert f"{CASE}: {old} beside {again}" in out, out


def test_a_colleague_s_copy_is_named_to_the_lead_not_in_another_inspector_s_file(
    tmp_path: Path,
) -> None:
    """Tester 30, F16: merging the master back into an inspector's file named other
    inspectors' notes written twice, with the command to delete them, which that
    inspector cannot and should not run; the lead had been told at the merge."""
    t = make_team10(tmp_path)
    old_ids = [note(t.aisha, text) for text in OLD]
    new_file = tmp_path / "AB-new.db"
    ok("issue", t.master, "--inspector", "Aisha Bello", "-o", new_file)
    [note(new_file, text) for text in AGAIN]
    merge(t.master, new_file)
    merge(t.rajesh, t.master)  # Rajesh's file takes the master back: one copy
    assert "much like a note" in merge(t.master, t.aisha)  # the lead is told
    out = merge(t.rajesh, t.master)  # and again: the other copy
    assert "much like a note" not in out, out
    assert not any(i in out for i in old_ids)


def test_two_copies_arriving_together_are_named(tmp_path: Path) -> None:
    """Tester 32, F13: the old laptop turned up and was merged into the new file first, so
    the note and its re-typed copy reached the master in one merge, and neither was named:
    each was compared only with the notes the master held before."""
    t = make_team10(tmp_path)
    old = note(t.aisha, RECALLED)
    new_file = tmp_path / "AB-new.db"
    ok("issue", t.master, "--inspector", "Aisha Bello", "-o", new_file)
    again = note(new_file, RECALLED_AGAIN)
    merge(new_file, t.aisha)  # the old laptop's work into the new file
    out = " ".join(merge(t.master, new_file).split())
    assert "1 pair of notes merged now, by one inspector on one case, reads much alike" in out
    assert f"{CASE}: {max(old, again)} beside {min(old, again)}" in out, out
