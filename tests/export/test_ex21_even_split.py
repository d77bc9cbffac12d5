"""An even split with mixed cases reads naturally and is true to its counts (tester
20's A7: "Many of the cases ... show that the quality of direct work with the child is
good, but as many others do not", of five for, five against and one mixed of 11).

On inspections written here, in this test's own words: each side of an even split is
"about half" where it is, else "a minority"; the other side "as many"; never "many ...
as many".
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from tests.export.small import Small

# Direct work with the child (QP5), in an inspector's words.
GOOD = "Case {k}: the guardian met the boy three times and used drawings to learn what he wants."
POOR = "Case {k}: no direct work with the child is on file and the report relies on the parents."


def _drafted(tmp_path: Path, pos: int, neg: int, mixed: int) -> list[str]:
    """The QP5 claims of an area whose cases are `pos` for, `neg` against and `mixed`
    both ways (one note each way on the same case)."""
    s = Small(tmp_path / "t.db")
    k = 0
    for side, n in (("strength", pos), ("development", neg), ("both", mixed)):
        for _ in range(n):
            k += 1
            c = s.case()
            if side in ("strength", "both"):
                s.ev(c, ["QP5"], "strength", GOOD.format(k=k))
            if side in ("development", "both"):
                s.ev(c, ["QP5"], "development", POOR.format(k=k))
    s.judge("J18-4A", "requires-improvement", area="6")
    report = draft_report(load(s.store))
    s.close()
    return _claims(report, "QP5")


def _claims(report: ReportModel, criterion: str) -> list[str]:
    return [s.text for sec in report.sections for p in sec.paragraphs for s in p.sentences
            if s.role == "claim" and s.by_cases and criterion in s.criteria]  # fmt: skip


def test_five_each_way_and_one_mixed_is_about_half_and_as_many(tmp_path: Path) -> None:
    """Five of 11 each way (45%): "about half of the cases ... as many", not "many"."""
    said = _drafted(tmp_path, 5, 5, 1)
    assert said
    for text in said:
        assert re.search(r"\babout half\b", text, re.IGNORECASE), text
        assert re.search(r"\bas many\b", text), text
        assert not re.search(r"(?<!as )\bmany\b", text, re.IGNORECASE), text


def test_a_side_short_of_about_half_is_a_minority(tmp_path: Path) -> None:
    """Four of 11 each way and three mixed (36%): not about half, and "many ... as many"
    is what the reader stumbles on: "a minority of the cases ... as many"."""
    said = _drafted(tmp_path, 4, 4, 3)
    assert said
    for text in said:
        assert not re.search(r"\bhalf\b", text), text
        assert not re.search(r"(?<!as )\bmany\b", text, re.IGNORECASE), text
        assert re.search(r"\ba minority\b", text, re.IGNORECASE), text
