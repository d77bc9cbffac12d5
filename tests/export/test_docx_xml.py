"""The writer builds its XML as text; it must be the XML python-docx's own calls write."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Cm

from exporters.docx_writer import STYLES, default_template, write_docx
from exporters.model import Paragraph, ReportModel, Section, Sentence, Table

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


def _report_with_awkward_text() -> ReportModel:
    text = 'Tabs\there, a line\nbreak, "quotes" & <brackets>, ‘curly’ and ünïcode.'
    return ReportModel(
        comment_author='The "lead"\tinspector',
        sections=[
            Section(
                kind="area",
                heading="Findings",
                paragraphs=[
                    Paragraph(sentences=[Sentence(text=text, basis=text, case_refs=["C-1"])]),
                    Paragraph(sentences=[Sentence(text="Second.", evidence_ids=["e1", "e2"])]),
                ],
            )
        ],
    )


def _comments(path: Path) -> bytes:
    with zipfile.ZipFile(path) as z:
        return re.sub(rb' w:date="[^"]*"', b"", z.read("word/comments.xml"))


def test_comments_part_is_what_python_docx_saves(tmp_path: Path) -> None:
    """Our own comments part (written as bytes) against the same comments parsed into
    python-docx's default comments part (taken when the template has one)."""
    template = tmp_path / "with-comments-part.docx"
    doc = Document(str(default_template()))
    assert len(doc.comments) == 0  # python-docx adds its (empty) default comments part
    doc.save(str(template))

    report = _report_with_awkward_text()
    ours = _comments(write_docx(report, tmp_path / "ours.docx"))
    parsed = _comments(write_docx(report, tmp_path / "parsed.docx", template))
    assert ours == parsed
    assert ours.count(b"<w:comment ") == 2


def test_a_template_s_comments_are_kept_and_numbered_after(tmp_path: Path) -> None:
    template = tmp_path / "commented.docx"
    doc = Document(str(default_template()))
    para = doc.add_paragraph("Kept.")
    doc.add_comment(para.runs, text="The template's own comment", author="Someone")
    doc.save(str(template))

    out = write_docx(_report_with_awkward_text(), tmp_path / "out.docx", template)
    comments = Document(str(out)).comments
    assert [c.author for c in comments] == [
        "Someone",
        'The "lead"\tinspector',
        'The "lead"\tinspector',
    ]
    assert [c.comment_id for c in comments] == [0, 1, 2]


def test_the_default_table_style_is_left_unnamed(tmp_path: Path) -> None:
    """As python-docx's `Table.style` setter does for the document's default table style."""
    from docx.oxml.ns import qn

    from exporters.docx_writer import STYLES

    doc = Document(str(default_template()))
    doc.styles[STYLES["table"]].element.set(qn("w:default"), "1")  # after "Normal Table"
    template = tmp_path / "default-table.docx"
    doc.save(str(template))
    report = ReportModel(
        sections=[Section(kind="inspection", heading="Team", table=Table(header=HEADER, rows=ROWS))]
    )
    document = zipfile.ZipFile(write_docx(report, tmp_path / "out.docx", template)).read(
        "word/document.xml"
    )
    assert b"<w:tbl><w:tblPr><w:tblW " in document and b"<w:tblStyle" not in document
