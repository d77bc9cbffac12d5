"""What a corrected list's import says (tester 13): with --update, every correction it
made is listed, before and after (it listed six and "30 more": the record of what the
import changed was cut); and new cases in a visited area that already has its sample
are said to be outside it, with the command that draws more.  Lists written by hand."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import new_inspection, run

HEADER = "Region,Case number,Proceedings,Application,Current stage\r\n"
STAGES = ("1st hrg", "IRH", "WAFH", "Case Mgmt Hearing")


def _row(n: int, stage: str) -> str:
    law, kind = (("Private law", "Child arrangements order") if n % 2
                 else ("Public law", "Care order (s31)"))  # fmt: skip
    if law == "Public law" and stage in ("1st hrg", "WAFH"):
        stage = "IRH"
    elif law == "Private law" and stage in ("IRH", "Case Mgmt Hearing"):
        stage = "WAFH"
    return f"A04,MS/26/{3000 + n},{law},{kind},{stage}\r\n"


def test_every_correction_is_listed_and_new_cases_outside_the_sample_are_said(
    tmp_path: Path,
) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-03-02", end="2026-03-27")
    run("areas", "add", db, "4", "--name", "Merseyside")
    run("areas", "add", db, "5", "--name", "Cheshire")
    first = tmp_path / "week0.csv"
    first.write_text(HEADER + "".join(_row(n, STAGES[n % 2]) for n in range(1, 21)),
                     encoding="utf-8")  # fmt: skip
    run("cases", "import", db, first)
    run("areas", "visit", db, "4")
    run("sample", db, "--areas", "4", "--per-area", "8", "--seed", "2026")
    # Three weeks on: twelve cases moved a stage on, three new cases in area 4.
    later = tmp_path / "week3.csv"
    moved = {n: ("Final" if n % 2 == 0 else "1st hrg" if n % 4 == 3 else "WAFH")
             for n in range(1, 13)}  # fmt: skip
    rows = [_row(n, STAGES[n % 2]) if n not in moved else
            f"A04,MS/26/{3000 + n},{'Private law' if n % 2 else 'Public law'},"
            f"{'Child arrangements order' if n % 2 else 'Care order (s31)'},{moved[n]}\r\n"
            for n in range(1, 24)]  # fmt: skip
    unvisited = "A05,CH/26/4001,Private law,Child arrangements order,1st hrg\r\n"
    later.write_text(HEADER + "".join(rows) + unvisited, encoding="utf-8")
    out = run("cases", "import", db, later, "--update").output
    stage_line = next(line for line in out.splitlines() if line.strip().startswith("stage ("))
    corrected = json.loads(run("cases", "import", db, later, "--update", "--json").output)
    assert "more" not in stage_line, stage_line
    n_changed = int(stage_line.split("(")[1].split(")")[0])
    assert n_changed >= 6 and stage_line.count("→") == n_changed
    assert corrected["imported"] == 0  # the second run finds them present
    assert "Imported 4 cases" in out  # three in area 4, one in area 5 (not visited: not said)
    said = " ".join(out.split())
    assert (
        "3 new cases are in visited areas already sampled (Area 4: 3) and not in the "
        f"sample; 'fieldwork sample {db} --areas 4 --add N' draws N more there"
    ) in said, out
