"""`fieldwork framework show` says which judgements each criterion informs, the first
being the one whose section drafts it (sg14's note: under the 2013 framework late
checks, children not seen and information sharing inform safeguarding first and quality
of practice second, and nothing showed it)."""

from __future__ import annotations

from store.framework import load_framework
from tests.team.helpers import run


def test_each_criterion_line_names_the_judgements_it_informs() -> None:
    out = run("framework", "show", "cafcass-2013").output
    lines = {line.split()[0]: line for line in out.splitlines() if line.startswith("  ")}
    for c in load_framework("cafcass-2013").criteria:
        assert lines[c.id].endswith(f"(informs {', '.join(c.judgements)})"), lines[c.id]
    assert lines["QP2"].endswith("(informs J13-1, J13-2)")
