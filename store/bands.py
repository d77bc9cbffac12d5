"""Proportion bands a database kept from an earlier Fieldwork default, brought up to date.

An inspection database holds its own copy of the framework, bands included, so that a
draft does not change under the lead when Fieldwork's files change.  But a copy whose
bands are exactly a table Fieldwork once shipped was never chosen by anyone: the lead
took the default of the day.  When the shipped bands change ("some" from 15%, "a small
number of" from 5%: a fifth of the cases is "some", never "a small number"; then the
inspectorate's usage: "most" from 75%, "the vast majority of" from 85%, "many" only of
ten cases or more), such a copy takes the new ones, as a new inspection
would; bands a lead edited (in a framework file of their own, or any table Fieldwork
never shipped) are theirs and stay as they are.

`SHIPPED` lists every default table Fieldwork has shipped before the current one, the
same for the three built-in frameworks.  When the built-in bands change again, add the
table being replaced here and a schema step that calls `upgrade_bands` again
(`store/migrations.py`); a step that has run never runs twice.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from store.framework import (
    DEFAULT_FRAMEWORK,
    Framework,
    builtin_ids,
    dump_framework,
    load_framework,
)

Row = tuple[float, str, int | None]

_HIGH: tuple[Row, ...] = (
    (1.0, "all", None),
    (0.9, "almost all", None),
    (0.8, "the vast majority of", None),
)
_MIDDLE: tuple[Row, ...] = (
    (0.6, "most", None),
    (0.51, "the majority of", None),
    (0.35, "many", None),
    (0.2, "some", None),
    (0.1, "a small number of", None),
    (0.0, "a very small number of", None),
)
SHIPPED: tuple[tuple[Row, ...], ...] = (
    # The first bands (2026-11): no fewest number of cases for any word.
    _HIGH + _MIDDLE,
    # "almost all" and "the vast majority of" only from ten cases with a view.
    ((1.0, "all", None), (0.9, "almost all", 10), (0.8, "the vast majority of", 10)) + _MIDDLE,
    # "some" from 15% and "a small number of" from 5% (a fifth is "some"): until 2026-12,
    # when eight of ten cases was still "the vast majority of" and three of five "most".
    (
        (1.0, "all", None),
        (0.9, "almost all", 10),
        (0.8, "the vast majority of", 10),
        (0.6, "most", None),
        (0.51, "the majority of", None),
        (0.35, "many", None),
        (0.15, "some", None),
        (0.05, "a small number of", None),
        (0.0, "a very small number of", None),
    ),
)
"""Every proportion-band table Fieldwork shipped before the current one, highest first:
(at least, word, fewest cases with a view)."""


def _rows(bands: list[dict[str, Any]]) -> tuple[Row, ...]:
    return tuple((float(b["at_least"]), str(b["word"]), b.get("min_cases")) for b in bands)


def upgrade_bands(conn: sqlite3.Connection) -> bool:
    """Replace the stored framework's proportion bands by its built-in file's (the default
    framework's, for a framework of a team's own) where they are a table Fieldwork
    shipped before (`SHIPPED`); True when they were replaced.  Runs inside the caller's
    transaction (a schema step's)."""
    row = conn.execute("SELECT id, body FROM framework").fetchone()
    if row is None:
        return False  # a file being created: its framework comes after the schema
    fid, body = row
    data = json.loads(body)
    drafting = data.get("drafting") or {}
    if _rows(drafting.get("proportion_bands") or []) not in SHIPPED:
        return False
    ref = data.get("id") if data.get("id") in builtin_ids() else DEFAULT_FRAMEWORK
    current = load_framework(ref).drafting.proportion_bands
    drafting["proportion_bands"] = [b.model_dump(mode="json") for b in current]
    data["drafting"] = drafting
    new_body = dump_framework(Framework.model_validate(data))
    conn.execute("UPDATE framework SET body = ? WHERE id = ?", (new_body, fid))
    return True
