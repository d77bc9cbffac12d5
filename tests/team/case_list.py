"""A realistic made-up case list, in the columns of Ofsted's data request (Annex A).

The names are invented from short lists of common first names and surnames; they are
not real people.  Headers use the organisation's spellings, not ours.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

HEADER = [
    "Case ID", "Case Name", "Gender", "Ethnicity", "Disability (Y/N)", "Date of Birth",
    "Lead Application", "Law Type", "Case Type", "Practitioner", "Team", "Service Area",
    "Local Authority", "Court", "Child ID", "Child seen in person (Y/N)",
]  # fmt: skip
FIRST = ["Amelia", "Noah", "Isla", "Oliver", "Freya", "Leo", "Maya", "Arlo", "Zara", "Finn"]
SURNAMES = ["Hartley", "Okonjo", "Pryce", "Whitcombe", "Delaney", "Marsh", "Quayle", "Brennan"]
KINDS = [
    ("Private", "s7"), ("Private", "Child arrangements order"), ("Private", "r16.4"),
    ("Private", "Safeguarding letter only"), ("Public", "s31"), ("Public", "S25"),
    ("Public", "Placement"),
]  # fmt: skip
AREAS = ["6 - Hampshire, Isle of Wight and Dorset", "13 - Coventry", "Area 1", "15a"]


def case_rows(n: int, seed: int = 7, start: dt.date = dt.date(2018, 2, 2)) -> list[list[str]]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        law, kind = KINDS[rng.randrange(len(KINDS))]
        dob = start - dt.timedelta(days=rng.randrange(40, 17 * 365))
        child = f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}"
        name = (
            f"{rng.choice(SURNAMES)} v {rng.choice(SURNAMES)}"
            if law == "Private"
            else f"Re {child}"
        )
        rows.append([
            f"{1200000 + i}", name, rng.choice(["F", "M"]), "White British", "N",
            dob.strftime("%d/%m/%Y"), "C100" if law == "Private" else "C110A", law, kind,
            f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}", "Team 2", AREAS[i % len(AREAS)],
            "Hampshire", "Winchester Family Court", f"CH{i:05d}", rng.choice(["Y", "N"]),
        ])  # fmt: skip
    return rows


def write_case_list(
    path: Path, n: int = 40, seed: int = 7, bad: dict[int, tuple[str, str]] | None = None
) -> Path:
    """Write n rows; `bad` maps a 0-based row index to (column, value) to spoil it."""
    rows = case_rows(n, seed)
    for index, (column, value) in (bad or {}).items():
        rows[index][HEADER.index(column)] = value
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(rows)
    return path
