"""A protected name found in a case's record is labelled by that case's own people
first (tester 8, point 7: "Lacey Khan" was called "the name of a protected parent",
but she is the child on that case; another case's mother has the same name).  A name
no one on the record's case has is said to be another case's.  The names are invented
for this test."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from cli.root import cli
from exporters.identify import Scanner
from store.models import Evidence, ProtectedName
from store.store import Store

PEOPLE = [("Lacey Khan", "parent"), ("Lacey Khan", "child"), ("Tyler Khan", "child")]
CASES = [("c-other", "Lacey Khan", "parent"), ("c-other", "Tyler Khan", "child"),
         ("c-this", "Lacey Khan", "child"), ("c-this", "Millie Khan", "parent")]  # fmt: skip


def _notes(text: str, case_id: str | None) -> dict[str, str]:
    scanner = Scanner(people=PEOPLE + [("Millie Khan", "parent")], case_people=CASES)
    return {h.text: h.note for h in scanner.scan(text, case_id=case_id)}


def test_the_childs_name_on_this_case_is_labelled_the_childs() -> None:
    text = "Lacey Khan, in Year 11, instructs her own solicitor."
    assert _notes(text, "c-this") == {"Lacey Khan": "the name of a protected child on this case"}
    assert _notes(text, "c-other") == {"Lacey Khan": "the name of a protected parent on this case"}


def test_a_first_name_and_a_surname_are_labelled_by_this_case() -> None:
    notes = _notes("The FCA saw Lacey alone; Millie said Khan was her maiden name.", "c-this")
    assert notes["Lacey"] == "the first name of a protected child on this case"
    assert notes["Millie"] == "the first name of a protected parent on this case"
    assert notes["Khan"] == ("the surname of a protected child and a protected parent on this case")


def test_a_name_typed_without_its_accent_is_still_this_cases() -> None:
    """Tester 26, F6: the list gave the father as "NUÑEZ, Siobhán"; a note's "Siobhan"
    was caught but called another case's, and the lead deciding on it was misled."""
    scanner = Scanner(people=[("Siobhán Nuñez", "parent")],
                      case_people=[("c-this", "Siobhán Nuñez", "parent")])  # fmt: skip
    notes = {h.text: h.note for h in scanner.scan("Spoke to Siobhan Nunez at nursery.",
                                                  case_id="c-this")}  # fmt: skip
    assert notes == {"Siobhan Nunez": "the name of a protected parent on this case"}, notes
    notes = {h.text: h.note for h in scanner.scan("Siobhan said the FCA was kind.",
                                                  case_id="c-this")}  # fmt: skip
    assert notes == {"Siobhan": "the first name of a protected parent on this case"}, notes


def test_a_name_from_another_case_says_so() -> None:
    notes = _notes("Tyler Khan was at the same contact centre.", "c-this")
    assert notes["Tyler Khan"].endswith("on another case")
    assert "protected child" in notes["Tyler Khan"]


def test_without_a_case_the_label_is_the_inspections() -> None:
    notes = _notes("Lacey Khan attended.", None)
    assert "on this case" not in notes["Lacey Khan"]


def test_identify_hits_labels_by_the_records_own_case(snapshot_db: Path) -> None:
    with Store.open(snapshot_db) as store:
        cases = store.case_rows(limit=20)
        this, other = cases[0], cases[1]
        store.add_protected_name(ProtectedName(name="Lacey Khan", category="parent",
                                               case_id=other.id))  # fmt: skip
        store.add_protected_name(ProtectedName(name="Lacey Khan", category="child",
                                               case_id=this.id))  # fmt: skip
        store.put_evidence(Evidence(case_id=this.id, criteria=["QP7"], source="CASE_FILE",
                                    text="Lacey Khan instructs her own solicitor."))  # fmt: skip
    res = CliRunner().invoke(cli, ["identify", "hits", str(snapshot_db), "--json"])
    assert res.exit_code == 0, res.output
    (hit,) = [h for h in json.loads(res.output) if h["text"] == "Lacey Khan"]
    assert hit["note"] == "the name of a protected child on this case"


def test_the_warning_at_entry_says_whose_name_it_is_on_this_case(snapshot_db: Path) -> None:
    with Store.open(snapshot_db) as store:
        this, other = store.case_rows(limit=20)[:2]
        store.add_protected_name(ProtectedName(name="Lacey Khan", category="parent",
                                               case_id=other.id))  # fmt: skip
        store.add_protected_name(ProtectedName(name="Lacey Khan", category="child",
                                               case_id=this.id))  # fmt: skip
    res = CliRunner().invoke(cli, ["evidence", "add", str(snapshot_db), "--polarity", "neutral", "--case", this.ref,
                                   "--criteria", "QP7", "--source", "CASE_FILE", "--text",
                                   "Lacey Khan instructs her own solicitor."])  # fmt: skip
    assert res.exit_code == 0, res.output
    assert (
        "protected name ‘Lacey Khan’ in the text (the name of a protected child on this case)"
        in res.output
    )


def test_a_name_whose_letter_the_list_lost_is_this_cases() -> None:
    """Tester 26's re-test of F3: "Łukasz" on the case of "?ukasz Nowak" (the list's file
    lost the letter) was called another case's."""
    scanner = Scanner(people=[("?ukasz Nowak", "child")],
                      case_people=[("c-this", "?ukasz Nowak", "child")])  # fmt: skip
    notes = {h.text: h.note for h in scanner.scan("Łukasz Nowak said he liked the FCA.",
                                                  case_id="c-this")}  # fmt: skip
    assert "".join(notes) in ("Łukasz Nowak", "ŁukaszNowak"), notes  # whole, or word by word
    assert all(note.endswith("of a protected child on this case") for note in notes.values())
    notes = {h.text: h.note for h in scanner.scan("Lukasz said he liked her.", case_id="c-this")}
    assert notes == {"Lukasz": "the first name of a protected child on this case"}, notes
