"""A sample is drawn in proportion by default, and says which case types got no place
(testers 19 and 23: at 12 per area, a minimum of one place per case type gave eleven
rare case types nearly every place; a lead expects "stratified" to mean in proportion,
with rare work added only if asked).  `--min-per-stratum` gives each case type a place,
and says how many places that took from the commonest work.  On a hand-written list of
one area."""

from __future__ import annotations

from pathlib import Path

from tests.team.helpers import listed_file, run

ROWS = [f"TV/{n},Area 11,Private,Child arrangements,First hearing,Child{n} Ames\n"
        for n in range(1, 21)]  # fmt: skip
ROWS += [
    "TV/90,Area 11,Public,Secure accommodation,Final hearing,Rhys Dando\n",
    "TV/91,Area 11,Private,Leave to remove,First hearing,Oona Kett\n",
]
LIST = "Case number,Service area,Law type,Case type,Stage,Child name\n" + "".join(ROWS)


def test_the_sample_is_in_proportion_and_says_the_case_types_left_out(tmp_path: Path) -> None:
    db = listed_file(tmp_path, LIST)
    run("areas", "visit", db, "11")
    out = run("sample", db, "--per-area", "4").output
    assert "Area 11: 4 cases (private law: Child arrangements order 4)" in out, out
    assert "Area 11: no place for 2 rarer case types in proportion" in out, out
    assert "Leave to remove" in out and "Secure accommodation (s25) 1" in out, out
    assert "beyond their share" not in out, out


def test_a_minimum_per_case_type_is_said_with_what_it_took(tmp_path: Path) -> None:
    db = listed_file(tmp_path, LIST)
    run("areas", "visit", db, "11")
    run("sample", db, "--per-area", "4")
    again = run("sample", db, "--per-area", "4", "--redraw", "--min-per-stratum", "1").output
    assert "Secure accommodation (s25) 1" in again and "Leave to remove" in again, again
    assert (
        "Area 11: the minimum of 1 case of each type (--min-per-stratum) gave rarer case "
        "types 2 of the 4 places beyond their share in proportion" in again
    ), again
    assert "no place for" not in again, again
