"""A messy case list of about 2,000 children, written for the tests, as organisations
really send them (issue 13): case types in full, abbreviated and with section numbers,
law types in any case, "Area 6 - London South" area cells, dates as ISO, UK and Excel
serial numbers, a byte-order mark, Windows line endings, stray whitespace, quoted cells
that span lines, councils and agencies as parties, several children on one case.

Independent of the demo generator (`demo/`): its own names, areas and
spellings.  Every name is made up from short lists; none is a real person.

`bad` adds rows that are really wrong, one kind per entry, so a test can count them.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

HEADER = [
    "Case No.", " Child ID ", "Case name", "Gender", "Ethnicity", "Date of birth",
    "Law type", "Case type", "Stage", "Practitioner", "Team", "Service area",
    "Local authority", "Court", "Child seen in person (Y/N)", "Notes",
]  # fmt: skip
GIVEN = ["Tomasz", "Aaliyah", "Kofi", "Niamh", "Rhys", "Sunita", "Callum", "Ebony", "Yusuf",
         "Martha", "Dawid", "Imani", "Lorcan", "Priya", "Jude", "Wren"]  # fmt: skip
FAMILY = ["Abernethy", "Oyelaran", "Kowalczyk", "Treharne", "Mbatha", "Loughran", "Sutcliffe",
          "Bhattacharya", "Pennock", "Ferreira", "Gallacher", "Nwachukwu"]  # fmt: skip
AREAS = {
    "3": "Merseyside and Cheshire", "6": "London South", "9": "Thames Valley",
    "11": "Tees Valley and Durham", "14": "Black Country", "15a": "London North",
    "15b": "London East", "17": "Kent and Medway",
}  # fmt: skip
COUNCILS = ["London Borough of Croydon", "Kent County Council", "Durham County Council",
            "Royal Borough of Greenwich", "Wolverhampton City Council"]  # fmt: skip
# (law type as written, case type as written, our law code, our case type code)
KINDS = [
    ("Private", "Section 7 Report", "PRIVATE", "S7"),
    ("PRIVATE LAW", "s.7", "PRIVATE", "S7"),
    ("private", "Child Arrangements Order", "PRIVATE", "CAO"),
    ("Private Law", "Specific Issue / Prohibited Steps", "PRIVATE", "SIO_PSO"),
    ("private law", "Rule 16.4", "PRIVATE", "R16_4"),
    ("Private", "Safeguarding letter only", "PRIVATE", "SGL_ONLY"),
    ("Public", "Section 31 Care Order", "PUBLIC", "S31"),
    ("PUBLIC", "s.31", "PUBLIC", "S31"),
    ("public law", "Care order (s31)", "PUBLIC", "S31"),
    ("Public Law", "Emergency Protection Order", "PUBLIC", "EPO_CAO"),
    ("public", "Secure Accommodation s25", "PUBLIC", "S25"),
    ("Public", "Placement Order", "PUBLIC", "PLACEMENT"),
    ("adoption", "Step-parent adoption", "ADOPTION", "ADOPT_STEP_PARENT"),
]
STAGES = [("Closed", "CLOSED"), ("Final hearing", "FINAL"), ("FHDRA", "FHDRA"),
          ("post order", "POST_ORDER"), ("IRH", "IRH"), ("", None)]  # fmt: skip


@dataclass
class Child:
    """What the test knows about one row: its case number, child id, area code, codes."""

    case_no: str
    child_id: str
    area: str
    law: str
    case_type: str
    stage: str | None
    names: list[str]
    organisations: list[str] = field(default_factory=list)


def _dob(rng: random.Random, start: dt.date) -> tuple[dt.date, str]:
    dob = start - dt.timedelta(days=rng.randrange(60, 17 * 365))
    style = rng.randrange(3)
    if style == 0:
        return dob, dob.isoformat()
    if style == 1:
        return dob, dob.strftime("%d/%m/%Y")
    return dob, str((dob - dt.date(1899, 12, 30)).days)  # Excel serial


def _case_name(rng: random.Random, law: str, child: str) -> tuple[str, list[str], list[str]]:
    """The case name, the people in it to protect, the organisations in it."""
    family = rng.choice(FAMILY)
    if law == "PUBLIC":
        council = rng.choice(COUNCILS)
        return f"{council} v {family}", [family], [council]
    if rng.random() < 0.5:
        other = rng.choice([f for f in FAMILY if f != family])
        return f"{family} v {other}", [family, other], []
    return f"Re {child} (A Child)", [child], []


def messy_rows(n: int = 2000, seed: int = 13, start: dt.date = dt.date(2026, 3, 2)
               ) -> tuple[list[list[str]], list[Child]]:  # fmt: skip
    """n children's rows (some cases have two children) and what each row means."""
    rng = random.Random(seed)
    rows: list[list[str]] = []
    children: list[Child] = []
    case = 4_710_000
    while len(rows) < n:
        case += rng.randrange(1, 40)
        law_text, type_text, law, ctype = rng.choice(KINDS)
        area = rng.choice(list(AREAS))
        area_text = rng.choice([f"Area {area} - {AREAS[area]}", f"{area}", f" area {area.upper()} ",
                                f"Area {area}: {AREAS[area]}"])  # fmt: skip
        stage_text, stage = rng.choice(STAGES)
        for number in range(1 if rng.random() < 0.85 else 2):
            given = rng.choice(GIVEN)
            name, people, orgs = _case_name(rng, law, f"{given} {rng.choice(FAMILY)}")
            _, dob_text = _dob(rng, start)
            notes = rng.choice(["", "", "Transferred from\nanother team", "  see file  "])
            rows.append([
                f"  {case}", f"CH-{case}-{number + 1}", name, rng.choice(["F", "M"]),
                "Not recorded", dob_text, f" {law_text} ", type_text, stage_text,
                f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", f"Team {rng.randrange(1, 9)}",
                area_text, rng.choice(COUNCILS), "Family Court", rng.choice(["Y", "N", "yes", "no"]),
                notes,
            ])  # fmt: skip
            children.append(Child(str(case), f"CH-{case}-{number + 1}", area, law, ctype, stage,
                                  people, orgs))  # fmt: skip
    return rows[:n], children[:n]


BAD_KINDS = {
    "dob-after-start": "date of birth after the inspection start",
    "law-contradicts": "law type Private law does not fit case type Care or supervision",
    "unknown-area": "unknown area '23'",
    "duplicate": "the same case number and child ID as an earlier row: a duplicate row",
    "unknown-type": "case type 'Jelly' not recognised",
}


def spoil(rows: list[list[str]], kind: str, index: int, start: dt.date) -> None:
    """Make row `index` really wrong in one way (`BAD_KINDS`)."""
    row = rows[index]
    if kind == "dob-after-start":
        row[5] = (start + dt.timedelta(days=40)).strftime("%d/%m/%Y")
    elif kind == "law-contradicts":
        row[6], row[7] = "Private", "Section 31 Care Order"
    elif kind == "unknown-area":
        row[11] = "Area 23 - Nowhere"
    elif kind == "duplicate":
        row[0], row[1] = rows[0][0], rows[0][1]
    elif kind == "unknown-type":
        row[7] = "Jelly"


def write_messy_list(
    path: Path, n: int = 2000, seed: int = 13, bad: dict[str, int] | None = None,
    start: dt.date = dt.date(2026, 3, 2),
) -> tuple[Path, list[Child], dict[str, list[int]]]:  # fmt: skip
    """Write the list (UTF-8 with BOM, CRLF line endings); return it, the children and,
    per bad kind, the spoiled rows' numbers as a spreadsheet shows them (the header is
    row 1; a quoted cell over several lines is still one row)."""
    rows, children = messy_rows(n, seed, start)
    rng = random.Random(seed + 1)
    spoiled: dict[int, str] = {}
    for kind, count in (bad or {}).items():
        for index in rng.sample([i for i in range(1, len(rows)) if i not in spoiled], count):
            spoil(rows, kind, index, start)
            spoiled[index] = kind
    lines: dict[str, list[int]] = {}
    text_rows = []
    for i, row in enumerate(rows):
        if i in spoiled:
            lines.setdefault(spoiled[i], []).append(i + 2)
        text_rows.append(row)
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(text_rows)
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    good = [c for i, c in enumerate(children) if i not in spoiled]
    return path, good, lines
