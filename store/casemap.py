"""A team's own spellings for `fieldwork cases import --map FILE` (`store.caselist`)."""

from __future__ import annotations

import csv
import io
import re
import tomllib
from pathlib import Path

from store.caselist import decode
from store.errors import InvalidInputError


def read_map(path: Path) -> dict[str, dict[str, str]]:
    """A team's own spellings: TOML (`[case_types]` "their value" = "OUR_CODE") or CSV
    (field,their value,our code; field is law_type, case_type, stage or area, in any
    case, singular or plural; an area's code is its number, "6" or "15a")."""
    groups = {
        "law_type": "law_types",
        "case_type": "case_types",
        "stage": "stages",
        "service_area": "areas",
        "area": "areas",
    }
    if not path.is_file():
        raise InvalidInputError(f"There is no map file at {path}; check the path.")
    text = decode(path.read_bytes(), path)
    if path.suffix.lower() == ".toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise InvalidInputError(f"{path} is not valid TOML ({exc}).") from None
        return {groups.get(k, k): {str(a): str(b) for a, b in v.items()} for k, v in data.items()
                if isinstance(v, dict)}  # fmt: skip
    out: dict[str, dict[str, str]] = {}
    fields = {re.sub(r"[^a-z]", "", k): v for k, v in groups.items()}  # 'lawtype', 'area'…
    for n, cells in enumerate(csv.reader(io.StringIO(text)), start=1):
        first = re.sub(r"[^a-z]", "", cells[0].casefold()).removesuffix("s") if cells else ""
        if not any(c.strip() for c in cells) or (n == 1 and first == "field"):
            continue
        if len(cells) != 3 or first not in fields:
            raise InvalidInputError(
                f"{path} line {n}: write field,their value,our code with field one of "
                f"law_type, case_type, stage, area."
            )
        out.setdefault(fields[first], {})[cells[1].strip()] = cells[2].strip()
    return out
