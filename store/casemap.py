"""A team's own spellings for `fieldwork cases import --map FILE` (`store.caselist`)."""

from __future__ import annotations

import csv
import io
import re
import tomllib
from pathlib import Path

from store.caselist import HEADERS, decode, heading_key
from store.errors import InvalidInputError

FIELDS = {"area": "service_area", "case": "case_id"}
"""Short names a map may give a field beside its headings ('area', as `--map` lines
name the areas' group)."""


def column_field(where: str, ours: str) -> str:
    """The field a map's `column` line reads a heading as: a field's name ('area',
    'case_id', 'law type') or a heading the import knows ('Case number', 'Respondent')."""
    key = heading_key(ours)
    field = FIELDS.get(key) or next((f for f, spelled in HEADERS.items() if key in spelled
                                     or key == f.replace("_", "")), "")  # fmt: skip
    if not field:
        raise InvalidInputError(
            f"{where}: {ours!r} is no field the case-list import reads; write "
            f"one such as area, case id, law type, case type, stage, date of birth, or a "
            f"heading the import knows (Applicant, Child name)."
        )
    return field


def read_map(path: Path) -> dict[str, dict[str, str]]:
    """A team's own spellings: TOML (`[case_types]` "their value" = "OUR_CODE") or CSV
    (field,their value,our code; field is law_type, case_type, stage or area, in any
    case, singular or plural; an area's code is its number, "6" or "15a"), and the
    list's headings read as a field (`column,Unit,area`: group "columns", heading ->
    our field: tester 24, F1, so a lead need not re-save the organisation's file)."""
    groups = {
        "law_type": "law_types",
        "case_type": "case_types",
        "stage": "stages",
        "service_area": "areas",
        "area": "areas",
        "column": "columns",
        "heading": "columns",
    }
    if not path.is_file():
        raise InvalidInputError(f"There is no map file at {path}; check the path.")
    text = decode(path.read_bytes(), path)
    if path.suffix.lower() == ".toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise InvalidInputError(f"{path} is not valid TOML ({exc}).") from None
        table = {groups.get(k, k): {str(a): str(b) for a, b in v.items()}
                 for k, v in data.items() if isinstance(v, dict)}  # fmt: skip
        if "columns" in table:
            table["columns"] = {
                a: column_field(f"{path} [columns]", b) for a, b in table["columns"].items()
            }
        return table
    out: dict[str, dict[str, str]] = {}
    fields = {re.sub(r"[^a-z]", "", k): v for k, v in groups.items()}  # 'lawtype', 'area'…
    for n, cells in enumerate(csv.reader(io.StringIO(text)), start=1):
        first = re.sub(r"[^a-z]", "", cells[0].casefold()).removesuffix("s") if cells else ""
        if not any(c.strip() for c in cells) or (n == 1 and first == "field"):
            continue
        if len(cells) != 3 or first not in fields:
            raise InvalidInputError(
                f"{path} line {n}: write field,their value,our code with field one of "
                f"law_type, case_type, stage, area (or column,their heading,our field)."
            )
        ours = cells[2].strip()
        if fields[first] == "columns":
            ours = column_field(f"{path} line {n}", ours)
        out.setdefault(fields[first], {})[cells[1].strip()] = ours
    return out
