"""`fieldwork cases list` lines its columns up on a messy list written here: case-type
codes far longer than the usual (ADOPT_RELINQUISHED_BABY), an area code with a letter
(15a) beside one-digit ones, an inspector named in another script, a case held by
nobody.  Every value of a column starts (or, for the area, ends) in the same terminal
cell on every line, and the first line names the columns."""

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
    heading, *rows = lines[:-1]
    assert heading.split() == ["Reference", "Area", "Law", "Case", "type", "Stage", "Status",
                               "Sample", "Inspector"]  # fmt: skip
    assert len(rows) == 4
    by_ref = {line.split()[0]: line for line in rows}
    # Each column starts in the same cell on every line, whatever came before it.
    for column, values in [
        ("Case type", ["CAO", "ADOPT_RELINQUISHED_BABY", "ADOPT_INTERCOUNTRY", "S31"]),
        ("Stage", ["FHDRA", "CLOSED", "CLOSED", "ISSUE"]),
        ("Status", ["not-started"] * 4),
        ("Sample", ["sampled"] * 4),
    ]:
        where = _starts(heading, column)
        for ref, value in zip(sorted(by_ref), values, strict=True):  # by reference
            assert _starts(by_ref[ref], f"  {value}") + 2 == where, (column, by_ref[ref])
    inspector = _starts(heading, "Inspector")
    assert _starts(by_ref["C-0001-AA"], "王 文 Wen") == inspector
    assert _starts(by_ref["C-0002-BB"], "Siobhán") == inspector
    assert by_ref["C-10003-CCCCCC"].endswith("sampled")  # held by nobody: nothing after
    # The area is aligned right: its last cell is the heading's last.
    end = _starts(heading, "Area") + len("Area")
    for ref, area in [("C-0001-AA", "3"), ("C-0002-BB", "15a"), ("C-10003-CCCCCC", "7")]:
        assert _starts(by_ref[ref], f" {area} ") + 1 + len(area) == end, by_ref[ref]
