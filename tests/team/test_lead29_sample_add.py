"""`fieldwork sample --add N` draws in the sample's own seeded order, recording its seed,
and does not call the commonest case types "rarer" for having no place among N more
(tester 29, F12: `--add 1` recorded seed 1, not the sample's 29, and said "no place for
9 rarer case types in proportion")."""

from __future__ import annotations

from pathlib import Path

from tests.team.helpers import listed_file, run

ROWS = [
    ("Private law", "Child arrangements"), ("Private law", "Specific issue"),
    ("Public law", "Care order"), ("Private law", "Section 7 report"),
    ("Public law", "Supervision order"), ("Private law", "Prohibited steps"),
]  # fmt: skip
LIST = "Case No,Child First Name,Child Surname,Law type,Order type,Area,Stage\n" + "".join(
    f"SV-{8000 + n},Child{chr(65 + n % 26)},Family{n},{law},{kind},Area 9 - Marches,FHDRA\n"
    for n, (law, kind) in enumerate(ROWS * 6)
)


def test_more_cases_are_drawn_with_the_samples_seed(tmp_path: Path) -> None:
    db = listed_file(tmp_path, LIST)
    run("areas", "visit", db, "9")
    first = run("sample", db, "--per-area", "6", "--seed", "29").output
    assert "recorded with seed 29" in first, first
    more = run("sample", db, "--add", "1").output
    assert "recorded with seed 29" in more, more
    assert "rarer case type" not in more, more
