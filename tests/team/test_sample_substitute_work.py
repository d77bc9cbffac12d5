"""Substituting a sampled case that already holds recorded work (tester 11): the
substitution goes ahead, and says how many notes and gradings the replaced case holds
and what becomes of them: kept in the file, no longer counted by the draft report (its
area's section and the national ones), as `exporters.draft.data` shows.  The list is
written by hand here."""

from __future__ import annotations

import json
from pathlib import Path

from exporters.draft.data import load
from store.store import Store
from tests.team.helpers import new_inspection, run

LIST = "Case Ref;Region;Proceedings;Application;Current Stage\r\n" + "".join(
    f"LN/26/06{n:02d};Reg 9 West Midlands;Private;s.8 C100;1st hrg\r\n" for n in range(8)
)


def _sampled(db: Path) -> list[str]:
    cases = json.loads(run("cases", "list", db, "--sampled", "--json").output)
    return sorted(c["ref"] for c in cases)


def test_a_replaced_case_with_work_says_what_it_holds_and_what_becomes_of_it(
    tmp_path: Path,
) -> None:
    db = new_inspection(tmp_path / "master.db")
    listed = tmp_path / "caselist.csv"
    listed.write_text(LIST, encoding="utf-8")
    run("cases", "import", db, listed)
    run("areas", "visit", db, "9")
    run("sample", db, "--per-area", "3", "--seed", "2026")
    worked, idle = _sampled(db)[:2]
    for text in ("Letter to court on time.", "Risk screening thin.", "Child seen once."):
        run("evidence", "add", db, "--case", worked, "--criteria", "SW1", "--source",
            "CASE_FILE", "--polarity", "neutral", "--text", text)  # fmt: skip
    for crit in ("SW1", "SW2"):
        run("grade", db, "--case", worked, "--criterion", crit, "--grade", "good")
    out = run("sample", db, "--substitute", worked, "--reason", "File could not be located").output
    lines = out.splitlines()
    new_ref = lines[0].split(" replaced by ")[1].split(" ")[0]
    assert lines[-1] == (
        f"{worked} holds 3 notes and 2 gradings: they stay in the file (and the CSV export), "
        f"but the draft report no longer counts them, in Area 9's section or the national "
        f"ones; record on {new_ref} what still applies."
    )
    # what the sentence says of the draft is what the draft does
    with Store.open(db) as store:
        data = load(store)
        number = data.case_ref.index(worked)
        assert number in data.replaced
        assert number not in data.cases_in_area["9"] and number not in data.national_cases
        assert len(store.evidence_for_case(data.case_id_of[number])) == 3  # still in the file
    # a case with no recorded work is substituted with no such sentence
    quiet = run("sample", db, "--substitute", idle, "--reason", "Closed before the visit").output
    assert " holds " not in quiet and "still applies" not in quiet
