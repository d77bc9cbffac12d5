"""Named merge scenarios (merge design 7.2, properties 6-9), one behaviour each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.errors import InvalidInputError
from store.framework import load_framework
from store.models import Area, CaseFile, Evidence, Grading, Inspector
from store.store import Store
from tests.merge.clocks import FakeTime, skew_clock


class Team:
    """A master and two inspectors' databases, open, with skewable clocks."""

    def __init__(self, root: Path) -> None:
        fw = load_framework("cafcass-2018")
        self.master: Store = Store.create(root / "master.db", fw, title="T", lead="Ruth Okafor")
        m = self.master
        m.put_area(Area(code="6", name="Hampshire", visited=True))
        self.case_id = m.put_case(
            CaseFile(ref="C-1000-AA", area_code="6", law_type="PRIVATE", case_type="CAO",
                     stage="WTFH")
        )  # fmt: skip
        a = m.put_inspector(Inspector(name="Alice Able", initials="AA"))
        b = m.put_inspector(Inspector(name="Bob Brown", initials="BB"))
        self.a: Store = Store.open(m.issue(root / "a.db", a))
        self.b: Store = Store.open(m.issue(root / "b.db", b))
        self.fake = FakeTime()

    def close(self) -> None:
        for s in (self.master, self.a, self.b):
            s.close()

    def evidence(self, store: Store, text: str, eid: str | None = None) -> str:
        ev = Evidence(case_id=self.case_id, criteria=["SW1"], source="CASE_FILE", text=text)
        return store.put_evidence(ev, eid)

    def grade(self, store: Store, grade: str) -> str:
        return store.set_grading(Grading(case_id=self.case_id, criterion_id="SW1", grade=grade))


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = Team(tmp_path)
    yield t
    t.close()


def test_edit_after_seeing_is_not_a_conflict_even_with_a_fast_clock(team: Team) -> None:
    skew_clock(team.a, team.fake, 7000)  # Alice's laptop is 7 s fast
    skew_clock(team.b, team.fake, -5000)  # Bob's is 5 s slow
    eid = team.evidence(team.a, "first")
    team.b.merge_from(team.a.path)
    team.fake.ms += 100
    team.evidence(team.b, "second, having read the first", eid)
    team.master.merge_from(team.a.path)
    team.master.merge_from(team.b.path)
    assert team.master.conflicts() == []
    assert team.master.evidence(eid).text == "second, having read the first"


def test_concurrent_different_edits_conflict_and_identical_ones_do_not(team: Team) -> None:
    eid = team.evidence(team.master, "base")
    team.a.merge_from(team.master.path)
    team.b.merge_from(team.master.path)
    team.evidence(team.a, "same change", eid)
    team.evidence(team.b, "same change", eid)
    team.grade(team.a, "good")
    team.grade(team.b, "inadequate")
    for s in (team.a, team.b):
        team.master.merge_from(s.path)
    found = team.master.conflicts()
    assert [c.kind for c in found] == ["grading"]
    sides = {s.author_name: s.values["grade"] for s in found[0].sides}
    assert sides == {"Alice Able": "good", "Bob Brown": "inadequate"}
    assert found[0].fields == ["grade"]


def test_natural_key_double_create_is_one_record_in_conflict(team: Team) -> None:
    team.grade(team.a, "good")
    team.grade(team.b, "outstanding")
    team.master.merge_from(team.a.path)
    report = team.master.merge_from(team.b.path)
    assert report.new_conflicts == 1 and report.new_records == 0
    assert len(team.master.all_gradings()) == 1
    assert team.master.all_gradings()[0].meta.conflict


def test_delete_against_edit_is_a_conflict_and_the_edit_stays_visible(team: Team) -> None:
    eid = team.evidence(team.master, "base")
    for s in (team.a, team.b):
        s.merge_from(team.master.path)
    team.a.delete_evidence(eid)
    team.evidence(team.b, "edited", eid)
    team.master.merge_from(team.a.path)
    team.master.merge_from(team.b.path)
    (c,) = team.master.conflicts()
    assert {s.deleted for s in c.sides} == {True, False}
    assert team.master.evidence(eid).text == "edited"  # a live head beats a deletion
    assert "(deleted)" in c.fields


def test_deletions_propagate(team: Team) -> None:
    eid = team.evidence(team.a, "to go")
    team.master.merge_from(team.a.path)
    team.a.delete_evidence(eid)
    report = team.master.merge_from(team.a.path)
    assert report.deleted == 1
    team.b.merge_from(team.master.path)
    assert [e.id for e in team.b.all_evidence()] == []


def test_resolution_propagates_and_a_later_edit_on_the_losing_side_re_raises(
    team: Team,
) -> None:
    team.grade(team.a, "good")
    team.grade(team.b, "inadequate")
    team.master.merge_from(team.a.path)
    team.master.merge_from(team.b.path)
    (c,) = team.master.conflicts()
    alice = next(s for s in c.sides if s.author_name == "Alice Able")
    team.master.resolve(c.record_id, take=alice.version_id)
    assert team.master.conflicts() == []
    team.a.merge_from(team.master.path)
    assert team.a.conflicts() == []
    assert team.a.gradings_for_case(team.case_id)["SW1"].grade == "good"
    # Bob, who has not merged the resolution, edits his (losing) side again: a new
    # conflict, since the resolution and Bob both changed the grade from his value.
    team.grade(team.b, "requires-improvement")
    team.master.merge_from(team.b.path)
    (again,) = team.master.conflicts()
    assert again.fields == ["grade"]


def test_the_winning_side_edited_again_after_a_resolution_is_no_conflict(team: Team) -> None:
    """The lead took Bob's grade; Bob, not yet having the resolution, changes his own
    grade again: against their common ancestor (Bob's first grade) only Bob changed
    it, so his new grade stands without a conflict."""
    team.grade(team.a, "good")
    team.grade(team.b, "inadequate")
    team.master.merge_from(team.a.path)
    team.master.merge_from(team.b.path)
    (c,) = team.master.conflicts()
    bob = next(s for s in c.sides if s.author_name == "Bob Brown")
    team.master.resolve(c.record_id, take=bob.version_id)
    team.grade(team.b, "requires-improvement")
    team.master.merge_from(team.b.path)
    assert team.master.conflicts() == []
    grade = team.master.gradings_for_case(team.case_id)["SW1"].grade
    assert grade == "requires-improvement"


def test_resolve_by_editing_values(team: Team) -> None:
    team.grade(team.a, "good")
    team.grade(team.b, "inadequate")
    team.master.merge_from(team.a.path)
    team.master.merge_from(team.b.path)
    (c,) = team.master.conflicts()
    values = {**c.sides[0].values, "grade": "requires-improvement", "rationale": "agreed"}
    team.master.resolve(c.record_id, values=values)
    assert team.master.gradings_for_case(team.case_id)["SW1"].grade == "requires-improvement"
    with pytest.raises(InvalidInputError):
        team.master.resolve(c.record_id, values=values)


def test_an_ordinary_edit_does_not_silently_resolve(team: Team) -> None:
    team.grade(team.a, "good")
    team.grade(team.b, "inadequate")
    team.master.merge_from(team.a.path)
    team.master.merge_from(team.b.path)
    team.grade(team.master, "outstanding")
    assert len(team.master.conflicts()) == 1


def test_reports_count_what_came_in(team: Team) -> None:
    eid = team.evidence(team.a, "one")
    team.evidence(team.a, "two")
    first = team.master.merge_from(team.a.path)
    assert (first.new_records, first.changed, first.deleted, first.new_conflicts) == (2, 0, 0, 0)
    team.evidence(team.a, "one, revised", eid)
    second = team.master.merge_from(team.a.path)
    assert (second.new_records, second.changed, second.new_versions) == (0, 1, 1)
    again = team.master.merge_from(team.a.path)
    assert again.nothing_new
    log = team.master.merge_log()
    assert [e.new_versions for e in log] == [0, 1, 2]
    assert log[0].by_name == "Ruth Okafor"


def test_a_reader_open_during_a_merge_sees_the_merged_data(team: Team) -> None:
    """The TUI's own connection stays valid while another process merges."""
    path = team.master.path
    team.master.close()
    reader = Store.open(path)  # the TUI, open on the master
    try:
        assert reader.all_evidence() == []
        eid = team.evidence(team.a, "arrives by merge")
        writer = Store.open(path)  # 'fieldwork merge', another connection
        try:
            writer.merge([team.a.path], backup=False)
        finally:
            writer.close()
        assert [e.id for e in reader.all_evidence()] == [eid]  # after a refresh
    finally:
        reader.close()
        team.master = Store.open(path)


def test_backup_is_private_and_complete(team: Team) -> None:
    team.evidence(team.a, "one")
    reports, backup = team.master.merge([team.a.path])
    assert backup is not None and backup.exists()
    assert backup.stat().st_mode & 0o777 == 0o600
    old = Store.open(backup)
    try:
        assert old.all_evidence() == []
    finally:
        old.close()
    assert reports[0].new_records == 1


def test_dump_is_the_same_for_the_same_content(team: Team) -> None:
    team.evidence(team.a, "x")
    team.grade(team.b, "good")
    team.master.merge_from(team.a.path)
    team.master.merge_from(team.b.path)
    team.a.merge_from(team.b.path)
    team.a.merge_from(team.master.path)
    assert team.a.dump() == team.master.dump()
    assert team.a.replica_id != team.master.replica_id
