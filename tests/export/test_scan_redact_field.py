"""A redaction erases only the field that holds the identifying detail (tester 8,
point 8: redacting a note to take a relative's name out of the child's words also
wiped the inspector's own note text, and the hint named --text but not --quote).  The
field is erased everywhere a redaction reaches (every version here, the copies it
merges into, the merge backups beside them), the other fields keep their words, and the
command says which field it erased and how to write it again.  Bad input is one plain
sentence, exit code 2, and the file is untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

from click.testing import CliRunner, Result

from cli.root import cli
from store.models import Evidence, Grading
from store.store import Store
from tests.export.test_decisions_redaction import Laptops, _file_holds

NOTE = "Saw the child at the foster carer's home, with the guardian's consent; relaxed."
QUOTE = "I want to stay here with my auntie Josephine and see my brother on Saturdays."
NOTE_WORDS = ("foster carer's home",)
QUOTE_WORDS = ("Josephine",)


def _fw(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _note_with_a_named_quote(t: Laptops) -> str:
    """A note on the master whose child's words name a relative, merged into laptop A
    (so the master and A both hold it, and A's merge leaves a backup holding it)."""
    case_id = t.master.evidence(t.eid).case_id
    eid = t.master.put_evidence(Evidence(case_id=case_id, criteria=["SW1"], source="CASE_FILE",
                                         text=NOTE, child_words=QUOTE))  # fmt: skip
    t.a.merge([t.master.path])
    return eid


def test_redacting_the_childs_words_keeps_the_note_text_everywhere(tmp_path: Path) -> None:
    t = Laptops(tmp_path)
    try:
        eid = _note_with_a_named_quote(t)
        master, laptop = t.master.path, t.a.path
    finally:
        t.close()
    res = _fw("redact", master, eid, "--reason", "A relative was named in the child's words.")
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0].startswith(
        f"Redacted the child's words of evidence {eid}: erased from its history"
    )
    assert "the text is kept" in lines[0]
    assert lines[1] == (f"To write the child's words again: fieldwork evidence edit {master} "
                        f'{eid} --quote "..."')  # fmt: skip
    with Store.open(master) as store:
        ev = store.evidence(eid)
        assert (ev.text, ev.child_words) == (NOTE, "[redacted]")
    assert not _file_holds(master, QUOTE_WORDS) and _file_holds(master, NOTE_WORDS)
    # The laptop receives the redaction with the next merge: the same field goes, in its
    # file and in the backup the merge wrote of it; the note's text stays in both.
    res = _fw("merge", laptop, master)
    assert res.exit_code == 0, res.output
    assert f"The redacted child's words of evidence {eid} were also erased from 1 merge " in (
        res.output
    )
    backups = sorted(laptop.parent.glob(laptop.name + ".bak-*"))
    assert not any(_file_holds(b, QUOTE_WORDS) for b in backups)
    # The newest backup (the laptop before this merge) held the note: only its text is left.
    for path in (laptop, backups[-1]):
        assert not _file_holds(path, QUOTE_WORDS), path
        assert _file_holds(path, NOTE_WORDS), path
    with Store.open(laptop) as store:
        assert store.evidence(eid).text == NOTE


def test_a_named_field_is_the_one_erased(tmp_path: Path) -> None:
    t = Laptops(tmp_path)
    try:
        eid = _note_with_a_named_quote(t)
        master = t.master.path
    finally:
        t.close()
    res = _fw("redact", master, eid, "--field", "text", "--reason", "Too much about the home.")
    assert res.exit_code == 0, res.output
    assert (
        f"Redacted the text of evidence {eid}: erased from its history; the child's words "
        "are kept" in res.output
    )
    assert '--text "..."' in res.output and "--quote" not in res.output
    with Store.open(master) as store:
        ev = store.evidence(eid)
        assert (ev.text, ev.child_words) == ("[redacted]", QUOTE)


def test_a_rationale_is_written_again_with_the_grade_command(tmp_path: Path) -> None:
    t = Laptops(tmp_path)
    try:
        case_id = t.master.evidence(t.eid).case_id
        assert case_id is not None
        gid = t.master.set_grading(Grading(case_id=case_id, criterion_id="SW1", grade="good",
                                           rationale="Josephine's school raised it promptly."))  # fmt: skip
        master = t.master.path
    finally:
        t.close()
    res = _fw("redact", master, gid, "--reason", "A relative was named in the rationale.")
    assert res.exit_code == 0, res.output
    assert f"Redacted the rationale of grading {gid}: erased from its history" in res.output
    assert (f"fieldwork grade {master} --case C-1000-AA --criterion SW1 --grade good "
            '--rationale "..."') in res.output  # fmt: skip


def test_bad_input_is_one_sentence_and_leaves_the_file_alone(tmp_path: Path) -> None:
    t = Laptops(tmp_path)
    try:
        eid = _note_with_a_named_quote(t)
        clean = t.master.put_evidence(Evidence(case_id=t.master.evidence(t.eid).case_id,
                                               criteria=["SW1"], source="CASE_FILE",
                                               text="Seen alone at school; relaxed."))  # fmt: skip
        master = t.master.path
    finally:
        t.close()
    before = _sha(master)
    reason = ("--reason", "A relative was named in the child's words.")
    for args, words in (
        ((eid, "--field", "bogus"), "has no free-text field ‘bogus’"),
        ((eid, "--field", "notes"), "has no free-text field ‘notes’"),
        ((clean,), "no field of evidence"),
        (("no-such-id",), "There is no record with id no-such-id"),
    ):
        res = _fw("redact", master, *args, *reason)
        assert res.exit_code == 2, res.output
        assert words in res.output and "Traceback" not in res.output
        assert len(res.output.strip().splitlines()) == 1, res.output
    assert _sha(master) == before


def test_a_conflict_is_not_settled_silently_by_redacting_another_field(tmp_path: Path) -> None:
    """Two inspectors wrote different text for the note; redacting only the child's
    words erases them and decides nothing else: the text stays in conflict, each side's
    words as written, for the lead to settle (it used to be refused, so the child's
    words waited for the lead's settlement before they could be erased)."""
    t = Laptops(tmp_path)
    try:
        for laptop, words in ((t.b, "Seen at home; calm."), (t.c, "Seen at school; calm.")):
            ev = laptop.evidence(t.eid)
            laptop.put_evidence(Evidence(case_id=ev.case_id, criteria=ev.criteria,
                                         source=ev.source, text=words,
                                         child_words=ev.child_words), t.eid)  # fmt: skip
        t.master.merge([t.b.path, t.c.path])
        assert t.master.conflict(t.eid) is not None
        master = t.master.path
    finally:
        t.close()
    res = _fw("redact", master, t.eid, "--field", "quote", "--reason", "Named the child.")
    assert res.exit_code == 0, res.output
    with Store.open(master) as store:
        conflict = store.conflict(t.eid)
        assert conflict is not None and conflict.fields == ["text"]
        assert {s.values["text"] for s in conflict.sides} == {"Seen at home; calm.",
                                                              "Seen at school; calm."}  # fmt: skip
        assert {s.values["child_words"] for s in conflict.sides} == {"[redacted]"}
    res = _fw("redact", master, t.eid, "--field", "text", "--reason", "Named the child.")
    assert res.exit_code == 0, res.output
    with Store.open(master) as store:
        assert store.conflict(t.eid) is None  # nothing is left that the sides differ in
