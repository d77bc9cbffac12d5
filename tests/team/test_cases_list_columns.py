"""`fieldwork cases list` lines its columns up on a messy list written here: case types
whose labels are far longer than the usual (relinquished baby adoption), an area code with a letter
(15a) beside one-digit ones, an inspector named in another script, a case held by
nobody.  Every value of a column starts (or, for the area, ends) in the same terminal
cell on every line, one case a line with its reference first, as scripts read it."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len

from store.models import Area, CaseFile, Inspector
from store.store import Store
from tests.team.helpers import new_inspection, run


def _messy(path: Path) -> None:
    store = Store.open(path)
    try:
        for code, name in [("3", "Fenland"), ("15a", "North London"), ("7", "High Peak")]:
            store.put_area(Area(code=code, name=name, visited=True))
        wen = store.put_inspector(Inspector(name="王 文 Wen", initials="WW"))
        siobhan = store.put_inspector(Inspector(name="Siobhán Ní Bhriain", initials="SN"))
        for ref, area, law, kind, stage, who in [
            ("C-0001-AA", "3", "PRIVATE", "CAO", "FHDRA", wen),
            ("C-0002-BB", "15a", "ADOPTION", "ADOPT_RELINQUISHED_BABY", "CLOSED", siobhan),
            ("C-10003-CCCCCC", "7", "PUBLIC", "S31", "ISSUE", None),
            ("C-0004-DD", "15a", "ADOPTION", "ADOPT_INTERCOUNTRY", "CLOSED", wen),
        ]:
            store.put_case(
                CaseFile(ref=ref, area_code=area, law_type=law, case_type=kind, stage=stage,
                         inspector_id=who)
            )  # fmt: skip
    finally:
        store.close()


def _starts(line: str, value: str) -> int:
    """The terminal cell where `value` starts in `line`."""
    return cell_len(line[: line.index(value)])


def test_columns_line_up_with_long_codes_and_wide_names(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db")
    _messy(db)
    lines = run("cases", "list", db).output.splitlines()
    assert lines[-1] == "4 cases."
    rows = lines[:-1]  # one case a line, its reference first (no heading line)
    assert len(rows) == 4
    by_ref = {line.split()[0]: line for line in rows}
    # Each column starts in the same cell on every line, whatever came before it.
    for values in [
        [
            "Child arrangements order",
            "Relinquished baby adoption",
            "Intercountry adoption",
            "Care or supervision application (s31)",
        ],
        ["First hearing (FHDRA)", "Closed", "Closed", "Issue and allocation"],
        ["Not started"] * 4,
        ["sampled"] * 4,
    ]:
        starts = {
            _starts(by_ref[ref], f"  {v}") for ref, v in zip(sorted(by_ref), values, strict=True)
        }
        assert len(starts) == 1, (values, rows)
    assert _starts(by_ref["C-0001-AA"], "王 文 Wen") == _starts(by_ref["C-0002-BB"], "Siobhán")
    assert _starts(by_ref["C-0002-BB"], "Siobhán") == _starts(by_ref["C-0004-DD"], "王 文 Wen")
    assert by_ref["C-10003-CCCCCC"].rstrip().endswith("sampled")  # held by nobody: nothing after
    # The area is aligned right: its last cell is the same on every line.
    ends = {
        _starts(by_ref[ref], f" {area}  ") + 1 + len(area)
        for ref, area in [("C-0001-AA", "3"), ("C-0002-BB", "15a"), ("C-10003-CCCCCC", "7")]
    }
    assert len(ends) == 1, rows
