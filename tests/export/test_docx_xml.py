"""The writer builds its XML as text; it must be the XML python-docx's own calls write."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Cm

from exporters.docx_writer import STYLES, default_template, write_docx
from exporters.model import ReportModel, Section, Table

HEADER = ["Judgement", "", "Tab\there"]
ROWS = [["a\nb", " lead and trail ", 'x & <y> "z"'], ["", "Good", "line\r\nbreak"]]


def _tables(path: Path) -> list[bytes]:
    """Each table's XML as saved (tables are not nested here)."""
    with zipfile.ZipFile(path) as z:
        return re.findall(rb"<w:tbl>.*?</w:tbl>", z.read("word/document.xml"))


def test_table_is_what_python_docx_writes(tmp_path: Path) -> None:
    # A template whose margins differ from the built-in one's: the column widths follow.
    template = tmp_path / "narrow.docx"
    doc = Document(str(default_template()))
    doc.sections[-1].left_margin = Cm(4)
    doc.save(str(template))

    report = ReportModel(
        sections=[Section(kind="inspection", heading="Team", table=Table(header=HEADER, rows=ROWS))]
    )
    ours = _tables(write_docx(report, tmp_path / "ours.docx", template))

    doc = Document(str(template))
    table = doc.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    table.style = doc.styles[STYLES["table"]]
    for c, text in enumerate(HEADER):
        cell = table.rows[0].cells[c]
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for r, row in enumerate(ROWS, start=1):
        for c, text in enumerate(row):
            table.rows[r].cells[c].text = text
    doc.save(str(tmp_path / "theirs.docx"))
    theirs = _tables(tmp_path / "theirs.docx")

    assert len(ours) == 1
    assert ours == theirs
