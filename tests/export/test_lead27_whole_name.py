"""Tester 27, F11: "Mother's partner Jason Pilkington has a conviction ..." was stopped
for 'Jason' alone (within one letter of a protected child's first name); reworded to
"Mr Pilkington", it was stopped again for 'Pilkington'.  A word only near a protected
name, in a person's whole name, makes the hit the whole name, said at once; names
joined by "and" stay two hits.  Names and sentences written here."""

from __future__ import annotations

from pathlib import Path

from tests.export.scanned import scanned
from tests.team.helpers import listed_file

LIST = (
    "Case number,Service area,Law type,Case type,Stage,Child name,Applicant\n"
    "PK/26/0301,Area 2 - North East,Private,Child arrangements,First hearing,Mason Reilly,"
    "Donna Reilly\n"
    "PK/26/0302,Area 2 - North East,Public,Care order,Issue,Ruby Kaur,Harjit Kaur\n"
)


def test_a_near_name_in_a_whole_name_is_one_hit_for_the_whole_name(tmp_path: Path) -> None:
    db = listed_file(tmp_path, LIST)
    hits = scanned(db, "Mother's partner Jason Pilkington has a conviction for assault.")
    assert [(h.kind, h.text) for h in hits] == [("protected-name", "Jason Pilkington")]
    assert hits[0].note.startswith("within one letter of the first name of a protected child")
    hits = scanned(db, "Jason came to the door.")
    assert [(h.kind, h.text) for h in hits] == [("protected-name", "Jason")]
    hits = scanned(db, "Jason and Gary met the FCA.")
    assert [h.text for h in hits][:1] == ["Jason"] and "Jason and Gary" not in [
        h.text for h in hits
    ]
    # A protected child's whole name is one hit, as before.
    hits = scanned(db, "Mason Reilly was seen at school.")
    assert [(h.kind, h.text) for h in hits] == [("protected-name", "Mason Reilly")]
