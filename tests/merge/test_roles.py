"""The lead's decisions (tester finding 1, #17, #16/#19): refused in a team inspector's
file, and set aside by the merge when a team inspector's file brings them anyway.

On the hand-made team of `tests/merge/files.py` (lead Ruth Okafor, team inspectors Alice
and Bob, area 6, one case), driven through the CLI.  The merge is tested on files that
made the changes without the CLI (through the store, as an older Fieldwork or a file
edited by hand would), because the merge must not trust the command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store.models import Area, Evidence, Inspector, Judgement
from store.store import Store
from tests.merge.files import Team, fieldwork, make_team, sha

REFUSED = [
    ("judge", "--judgement", "J18-4A", "--area", "6", "--grade", "inadequate",
     "--rationale", "Weak oversight"),
    ("assign", "--inspector", "AA", "--case", "C-1000-AA"),
    ("sample", "--areas", "6", "--redraw"),
    ("team", "add", "Rogue Person", "--initials", "RP"),
    ("team", "edit", "Bob Brown", "--role", "deputy"),
    ("areas", "add", "9", "--name", "Kent"),
    ("areas", "visit", "6"),
    ("inspection", "edit", "--title", "Another title"),
    ("redact", "00000000-0000-7000-8000-000000000000", "--reason", "a name was written"),
]  # fmt: skip


@pytest.mark.parametrize("args", REFUSED, ids=lambda a: " ".join(a[:2]))
def test_a_team_inspectors_file_refuses_the_leads_decisions(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    """One sentence naming whose file it is and that it is for the lead; exit 2;
    the file unchanged (also with --as the lead: acting as someone is not being them)."""
    team = make_team(tmp_path, notes=0)
    before = sha(team.alice)
    cmd, *rest = args
    sub = [cmd, rest.pop(0)] if cmd in ("team", "areas", "inspection") else [cmd]
    for extra in ([], ["--as", "Ruth Okafor"]) if cmd in ("judge", "assign") else ([],):
        code, out = fieldwork(*sub, str(team.alice), *rest, *extra)
        assert code == 2, out
        lines = [ln for ln in out.splitlines() if ln.strip()]
        assert len(lines) == 1 and "Traceback" not in out, out
        assert "Alice Able's file" in lines[0] and "only the lead or a deputy" in lines[0], out
        assert sha(team.alice) == before


def test_the_lead_and_a_deputy_may_decide_in_their_files(tmp_path: Path) -> None:
    team = make_team(tmp_path, notes=0)
    code, out = fieldwork("team", "add", str(team.master), "Dee Puty", "--initials", "DP",
                          "--role", "deputy")  # fmt: skip
    assert code == 0, out
    deputy = tmp_path / "deputy.db"
    assert fieldwork("issue", str(team.master), "--inspector", "DP", "-o", str(deputy))[0] == 0
    for db in (team.master, deputy):
        code, out = fieldwork("judge", str(db), "--judgement", "J18-4A", "--area", "6",
                              "--grade", "good", "--rationale", "Strong oversight")  # fmt: skip
        assert code == 0, out


def _rogue(team: Team) -> None:
    """Alice's file makes the lead's decisions without the CLI's check."""
    with Store.open(team.alice) as a:
        a.set_judgement(Judgement(judgement_id="J18-4A", area_code="6", grade="inadequate",
                                  rationale="Written in a team inspector's file"))  # fmt: skip
        a.assign_cases(a.find_inspector("AA").id, [team.case_id])
        a.put_inspector(Inspector(name="Rogue Person", initials="RP"))
        a.put_area(Area(code="9", name="Kent", visited=True))
        a.put_evidence(
            Evidence(
                case_id=team.case_id,
                criteria=["SW1"],
                source="CASE_FILE",
                text="The plan was reviewed with the child's social worker.",
            )
        )
        case = a.case(team.case_id)
        data = case.model_dump(include={"ref", "area_code", "law_type", "case_type", "stage",
                                        "age_band", "child_seen", "seen_alone", "inspector_id",
                                        "status", "sample", "source_key", "notes"})  # fmt: skip
        from store.models import CaseFile

        a.put_case(CaseFile.model_validate({**data, "status": "complete"}), team.case_id)


def test_the_merge_sets_aside_a_team_files_decisions_and_keeps_its_work(tmp_path: Path) -> None:
    team = make_team(tmp_path, notes=1)
    code, out = fieldwork(
        "judge",
        str(team.master),
        "--judgement",
        "J18-4A",
        "--area",
        "6",
        "--grade",
        "requires improvement",
        "--rationale",
        "Lead's view",
    )
    assert code == 0, out  # fmt: skip
    code, out = fieldwork("assign", str(team.master), "--inspector", "BB", "--case", "C-1000-AA")
    assert code == 0, out
    assert fieldwork("merge", str(team.alice), str(team.master))[0] == 0
    _rogue(team)
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0, out
    notes = [ln for ln in out.splitlines() if "set aside" in ln]
    assert len(notes) == 1, out
    assert "Alice Able's file" in notes[0] and "4 changes" in notes[0], out
    with Store.open(team.master) as m:
        (j,) = [j for j in m.judgements() if j.area_code == "6"]
        assert (j.grade, j.rationale) == ("requires-improvement", "Lead's view")
        case = m.case(team.case_id)
        assert case.inspector_id == m.find_inspector("BB").id  # the lead's allocation
        assert case.status == "complete"  # Alice's own change to the case stands
        assert "Rogue Person" not in [p.name for p in m.inspectors()]
        assert "9" not in [a.code for a in m.areas()]
        texts = sorted(e.text for e in m.all_evidence())
        assert len(texts) == 2 and texts[0].startswith("Social worker visited")  # nothing lost
        assert m.conflicts() == []
    # Merging again changes nothing; Alice's file takes the master back and shows the
    # lead's values; both files then dump the same.
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0 and "set aside" not in out and "nothing new" in out, out
    assert fieldwork("merge", str(team.alice), str(team.master))[0] == 0
    with Store.open(team.alice) as a, Store.open(team.master) as m:
        assert a.case(team.case_id).inspector_id == m.find_inspector("BB").id
        assert "Rogue Person" not in [p.name for p in a.inspectors()]
        assert a.conflicts() == []
        assert a.dump() == m.dump()


def test_a_team_file_cannot_promote_its_holder_to_make_decisions(tmp_path: Path) -> None:
    """The role is read from the target's team before the merge: Alice making herself a
    deputy in her own file is itself set aside, and so is her judgement."""
    team = make_team(tmp_path, notes=0)
    with Store.open(team.alice) as a:
        me = a.find_inspector("AA")
        a.edit_member(me.id, role="deputy-lead")
        a.set_judgement(Judgement(judgement_id="J18-4A", area_code="6", grade="outstanding",
                                  rationale="Self-promoted"))  # fmt: skip
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0 and "2 changes" in out and "set aside" in out, out
    with Store.open(team.master) as m:
        assert m.find_inspector("AA").role == "team-inspector"
        assert [j for j in m.judgements() if j.grade] == []


def test_a_deputys_decisions_merge(tmp_path: Path) -> None:
    team = make_team(tmp_path, notes=0)
    fieldwork("team", "add", str(team.master), "Dee Puty", "--initials", "DP", "--role", "deputy")
    deputy = tmp_path / "deputy.db"
    fieldwork("issue", str(team.master), "--inspector", "DP", "-o", str(deputy))
    code, out = fieldwork("judge", str(deputy), "--judgement", "J18-4A", "--area", "6",
                          "--grade", "good", "--rationale", "Deputy's view")  # fmt: skip
    assert code == 0, out
    code, out = fieldwork("merge", str(team.master), str(deputy))
    assert code == 0 and "set aside" not in out, out
    with Store.open(team.master) as m:
        assert [j.grade for j in m.judgements() if j.area_code == "6"] == ["good"]


def test_a_file_issued_before_the_register_is_still_known_by_its_own_identity(
    tmp_path: Path,
) -> None:
    """A file issued by an older Fieldwork is not in the master's register: the merge
    knows it by the holder its own file names."""
    team = make_team(tmp_path, notes=0)
    with sqlite3.connect(team.master) as c:
        c.execute("DELETE FROM meta WHERE k LIKE 'issued:%'")
    with Store.open(team.alice) as a:
        a.set_judgement(Judgement(judgement_id="J18-4A", area_code="6", grade="inadequate",
                                  rationale="Old file"))  # fmt: skip
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0 and "1 change made in Alice Able's file to judgements was set aside" in out, (
        out
    )
    with Store.open(team.master) as m:
        assert [j for j in m.judgements() if j.grade] == []


def test_a_team_inspectors_redaction_purges_nothing_in_the_master(tmp_path: Path) -> None:
    """Alice erases a note's text in her own file (without the CLI): her edit of her
    note stands like any edit, but the master's history keeps the words (nothing is
    purged), it holds no redaction, checks clean, and says the redaction was set aside."""
    team = make_team(tmp_path, notes=1)
    assert fieldwork("merge", str(team.master), str(team.alice))[0] == 0
    with Store.open(team.alice) as a:
        (ev,) = a.all_evidence()
        a.redact("evidence", ev.id, "I wrote the wrong thing")
        assert ev.text not in {e.text for e in a.all_evidence()}
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0 and "to redactions was set aside" in out, out
    with sqlite3.connect(team.master) as c:
        held = c.execute("SELECT count(*) FROM version WHERE data LIKE ?", (f"%{ev.text}%",))
        assert held.fetchone()[0] >= 1
    with Store.open(team.master) as m:
        assert m.redactions() == []
        assert not [p for p in m.check().problems if p.kind == "damaged-versions"]
