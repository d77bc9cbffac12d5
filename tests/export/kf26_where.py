"""The sentences a national section adds after a weakness to say where its cases
against are (`concentration.said_where`, key_findings.toml [where] `body*`): tests that
read claims by their frames tell them apart by these patterns (they state no share of
their own: where the claim before them is, and how the other areas went)."""

from __future__ import annotations

import re
from functools import cache

from exporters.draft.casethemes import wording

FRAMES = ("body", "body_all", "body_again", "body_all_again")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    w = wording()["where"]
    out = []
    for key in FRAMES:
        parts = re.split(r"(\{[A-Za-z_]+\})", str(w[key]))
        rx = "".join(".+?" if p.startswith("{") else re.escape(p) for p in parts)
        out.append(re.compile(f"^{rx}(?: \\[.*\\])?$"))
    return tuple(out)


def is_where(text: str) -> bool:
    """Whether a drafted sentence is one saying where a weakness's cases against are."""
    return any(rx.match(text) for rx in _patterns())
