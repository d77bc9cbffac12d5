"""The minimum per case type (`--min-per-stratum`, 1 by default) takes places from the
commonest work for the rarest: the sample says how many, and how to draw in proportion
(tester 19, F2: at 12 per area, 11 case types took nearly one place each and the output
did not say so).  On a hand-written list of one area."""

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


def test_the_minimum_per_case_type_is_said_and_zero_draws_in_proportion(
    tmp_path: Path,
) -> None:
    db = listed_file(tmp_path, LIST)
    run("areas", "visit", db, "11")
    out = run("sample", db, "--per-area", "4").output
    assert "Secure accommodation (s25) 1" in out and "Leave to remove" in out, out
    assert (
        "Area 11: the minimum of 1 case of each type (--min-per-stratum) gave rarer case "
        "types 2 of the 4 places beyond their share in proportion" in out
    ), out
    again = run("sample", db, "--per-area", "4", "--redraw", "--min-per-stratum", "0").output
    assert "private law: Child arrangements order 4)" in again, again
    assert "beyond their share" not in again, again
