"""The template's styles part is left unparsed unless something reads it, and saved as
loaded; style ids read from its bytes are python-docx's own."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.part import PartFactory
from docx.oxml.ns import qn
from docx.parts.styles import StylesPart

from exporters import docx_template
from exporters.docx_template import TemplateStylesPart, open_template, styles_as_stored
from exporters.docx_writer import STYLES, default_template, write_docx
from exporters.model import Paragraph, ReportModel, Section, Sentence, Table


def _report() -> ReportModel:
    return ReportModel(
        title="Title",
        sections=[
            Section(
                kind="area",
                heading="Findings",
                table=Table(header=["A", "B"], rows=[["1", "2"]]),
                paragraphs=[Paragraph(sentences=[Sentence(text="Text.", basis="A tally")])],
            )
        ],
    )


def _part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(name)


def test_styles_read_from_the_bytes_are_python_docx_s() -> None:
    fast = open_template(default_template())
    part = fast.part.part_related_by(RT.STYLES)
    assert isinstance(part, TemplateStylesPart)
    stored = styles_as_stored(fast)
    assert not part.parsed  # read from the bytes
    theirs = Document(str(default_template()))
    assert stored == styles_as_stored(theirs)  # read from python-docx's parsed styles
    for s in stored:
        style = theirs.styles[s.name]
        assert s.style_id == style.style_id
        assert WD_STYLE_TYPE.from_xml(s.type) == style.type


def test_the_styles_part_is_saved_as_loaded(tmp_path: Path) -> None:
    out = write_docx(_report(), tmp_path / "out.docx")
    template = default_template()
    assert _part(out, "word/styles.xml") == _part(template, "word/styles.xml")


def test_a_read_styles_part_is_saved_from_its_xml(tmp_path: Path) -> None:
    doc = open_template(default_template())
    doc.styles["Fieldwork Title"].font.bold = True  # reads (and changes) the XML
    doc.save(str(tmp_path / "changed.docx"))
    styles = _part(tmp_path / "changed.docx", "word/styles.xml")
    assert styles != _part(default_template(), "word/styles.xml")
    assert re.search(rb'w:styleId="FieldworkTitle">.*?<w:b/>', styles)


def test_python_docx_s_part_classes_are_left_as_they_were() -> None:
    open_template(default_template())
    assert PartFactory.part_type_for[CT.WML_STYLES] is StylesPart
    with pytest.raises(PackageNotFoundError):
        open_template(Path(__file__))  # not a .docx
    assert PartFactory.part_type_for[CT.WML_STYLES] is StylesPart


@pytest.mark.parametrize(
    "xml",
    [
        b"<w:styles/>",  # no main namespace as w:
        b'<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b'<!-- <w:style w:styleId="X"><w:name w:val="X"/></w:style> --></w:styles>',
        b'<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:style w:styleId='X'><w:name w:val='X'/></w:style></w:styles>",
        b'<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b'<w:style w:styleId="X"><w:basedOn w:val="Y"/><w:name w:val="X"/></w:style>'
        b"</w:styles>",
        b'<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b'<w:style w:styleId="X"/><w:style w:styleId="Y"><w:name w:val="Y"/></w:style>'
        b"</w:styles>",
    ],
)
def test_an_unusual_styles_part_is_left_to_python_docx(xml: bytes) -> None:
    assert docx_template._read_styles(xml) is None


def test_the_parsed_reading_writes_the_same_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = write_docx(_report(), tmp_path / "fast.docx")
    monkeypatch.setattr(docx_template, "_read_styles", lambda _xml: None)
    slow = write_docx(_report(), tmp_path / "slow.docx")
    for name in ("word/document.xml", "word/styles.xml"):
        assert _part(fast, name) == _part(slow, name)


def test_the_default_table_style_is_left_unnamed(tmp_path: Path) -> None:
    """As python-docx's `Table.style` setter does for the document's default table style."""
    doc = Document(str(default_template()))
    doc.styles[STYLES["table"]].element.set(qn("w:default"), "1")  # after "Normal Table"
    template = tmp_path / "default-table.docx"
    doc.save(str(template))
    out = write_docx(_report(), tmp_path / "out.docx", template)
    document = _part(out, "word/document.xml")
    assert b"<w:tbl><w:tblPr><w:tblW " in document and b"<w:tblStyle" not in document
