"""WordprocessingML that python-docx has no API for, written as XML text in one place.

python-docx 1.2 writes paragraphs, runs, tables and comments, but not footnotes, list
numbering definitions or fields; and building thousands of runs one element at a time
was most of an export's time.  So the writer builds its body paragraphs, tables,
comments and footnotes as XML text here and parses each batch once
(`docx.oxml.parser.parse_xml`, python-docx's own parser).  Every builder here is held to
python-docx's own output by a differential test (`tests/export/test_docx_xml.py`): a
table against `add_table`, the comments part against python-docx's comments part,
runs against `add_run`.

The numbering definition, the page number field and the document's language live with
the template (`templates/word_parts.py`), which the template generator also uses.
"""

from __future__ import annotations

import re
from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.parts.comments import CommentsPart

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def esc(text: str) -> str:
    """Text escaped for XML, without the control characters XML cannot hold."""
    text = _NOT_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(text: str) -> str:
    """Text escaped for an attribute value, as lxml writes it."""
    return (
        esc(text)
        .replace('"', "&quot;")
        .replace("\t", "&#9;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
    )


def t(text: str) -> str:
    """A `w:t` element for text without tabs or line breaks, as python-docx writes it
    (`xml:space="preserve"` when the text has leading or trailing spaces)."""
    space = ' xml:space="preserve"' if len(text.strip()) < len(text) else ""
    return f"<w:t{space}>{esc(text)}</w:t>"


def run(text: str, rpr: str = "") -> str:
    """A `w:r` for `text` as python-docx's `add_run` writes it: tabs as `w:tab`, line
    breaks as `w:br`, the rest in `w:t` elements (`rpr`: the run's `w:rPr`, if any)."""
    if not text:
        return f"<w:r>{rpr}</w:r>"
    if "\t" not in text and "\n" not in text and "\r" not in text:
        return f"<w:r>{rpr}{t(text)}</w:r>"
    inner = "".join(
        "<w:tab/>" if piece == "\t" else "<w:br/>" if piece in ("\r", "\n") else t(piece)
        for piece in re.split(r"([\t\r\n])", text)
        if piece
    )
    return f"<w:r>{rpr}{inner}</w:r>"


def paragraph_open(style_id: str, num_id: int | None = None) -> str:
    """A paragraph's start tag and properties: its style and, when the style carries no
    numbering of its own, the list it is numbered in."""
    num = (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
           if num_id is not None else "")  # fmt: skip
    return f'<w:p><w:pPr><w:pStyle w:val="{attr(style_id)}"/>{num}</w:pPr>'


def table(header: list[str], rows: list[list[str]], style: str, width_twips: int) -> str:
    """A table as python-docx's `add_table` writes it (columns sharing the width), with
    the table style (`style`: its `w:tblStyle`, or "" for the default), the header row
    in bold and each cell's text as its `_Cell.text` setter writes it."""
    cols = len(header)
    twips = width_twips // cols if cols else 0
    tc = f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{twips}"/></w:tcPr><w:p>'

    def row(texts: list[str], bold: bool) -> str:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return "<w:tr>" + "".join(f"{tc}{run(x, rpr)}</w:p></w:tc>" for x in texts) + "</w:tr>"

    return (
        f"<w:tbl><w:tblPr>{style}"
        '<w:tblW w:type="auto" w:w="0"/><w:tblLook w:firstColumn="1" w:firstRow="1" '
        'w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/>'
        "</w:tblPr><w:tblGrid>"
        + f'<w:gridCol w:w="{twips}"/>' * cols
        + "</w:tblGrid>"
        + row(header, bold=True)
        + "".join(row(r, bold=False) for r in rows)
        + "</w:tbl>"
    )


def append_to_body(doc: Any, xml: list[str]) -> None:
    """Parse paragraphs and tables written as text in one go and put them at the end of
    the body, before its section properties."""
    if not xml:
        return
    body = doc.element.body
    parsed = parse_xml(f'<w:body xmlns:w="{W}">{"".join(xml)}</w:body>')
    end = body.find(qn("w:sectPr"))
    for el in list(parsed):
        if end is not None:
            end.addprevious(el)
        else:
            body.append(el)


# Comments ---------------------------------------------------------------------------


def comment(
    cid: int, author: str, initials: str, when: str, style_id: str, lines: list[str]
) -> str:
    """One `w:comment` as python-docx's `add_comment` and `add_paragraph` write it: the
    annotation reference run, then each line a paragraph in the comment style."""
    style = attr(style_id)
    xml = [
        f'<w:comment w:id="{cid}" w:author="{attr(author)}" w:initials="{attr(initials)}" '
        f'w:date="{when}"><w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:rPr>'
        '<w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
        + (run(lines[0]) if lines and lines[0] else "")
        + "</w:p>"
    ]
    for line in lines[1:]:
        xml.append(f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
                   + (run(line) if line else "") + "</w:p>")  # fmt: skip
    xml.append("</w:comment>")
    return "".join(xml)


def comment_range(cid: int, inner: str) -> str:
    """Runs marked as the comment's range, then its reference run."""
    return (
        f'<w:commentRangeStart w:id="{cid}"/>{inner}<w:commentRangeEnd w:id="{cid}"/><w:r>'
        f'<w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference '
        f'w:id="{cid}"/></w:r>'
    )


def existing_comment_ids(doc: Any) -> tuple[Any, list[int]]:
    """The template's comments element and the ids it uses (None, [] without one)."""
    part = doc.part
    if any(rel.reltype == RT.COMMENTS for rel in part.rels.values()):
        element = part.part_related_by(RT.COMMENTS).element
        return element, [int(x) for x in element.xpath("./w:comment/@w:id")]
    return None, []


def add_comments(doc: Any, element: Any, comments: list[str]) -> None:
    """Add the comments: to the template's comments part if it has one (`element`), or
    else as a comments part of their own, written as python-docx would save its default
    comments part with them added, without parsing them and serialising them again."""
    if not comments:
        return
    text = "".join(comments)
    if element is None:
        part = doc.part
        default = CommentsPart.default(part.package)  # as `Document.comments` adds it
        empty = default.blob
        if empty.endswith(b"/>"):
            blob = empty[:-2] + b">" + text.encode("utf-8") + b"</w:comments>"
            own = Part(PackURI("/word/comments.xml"), CT.WML_COMMENTS, blob, part.package)
            part.relate_to(own, RT.COMMENTS)
            return
        part.relate_to(default, RT.COMMENTS)  # not the empty element expected: parse
        element = default.element
    element.extend(list(parse_xml(f'<w:x xmlns:w="{W}">{text}</w:x>')))


# Footnotes ---------------------------------------------------------------------------


def footnote_reference(number: int, ref_style_id: str) -> str:
    """The run that marks footnote `number` in the text."""
    return (f'<w:r><w:rPr><w:rStyle w:val="{attr(ref_style_id)}"/></w:rPr>'
            f'<w:footnoteReference w:id="{number}"/></w:r>')  # fmt: skip


def add_footnotes(doc: Any, notes: list[tuple[int, str]], style_id: str, ref_style_id: str) -> None:
    """A footnotes part holding the separators and each (number, text), replacing any
    the template had."""
    part = doc.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype == RT.FOOTNOTES:
            part.drop_rel(rid)
    xml = [
        f'<w:footnotes xmlns:w="{W}">',
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>",
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>",
    ]
    for number, text in notes:
        xml.append(
            f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="{attr(style_id)}"/>'
            f'</w:pPr><w:r><w:rPr><w:rStyle w:val="{attr(ref_style_id)}"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {esc(text)}</w:t>'
            "</w:r></w:p></w:footnote>"
        )
    xml.append("</w:footnotes>")
    element = parse_xml("".join(xml).encode("utf-8"))
    fpart = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, element, part.package)
    part.relate_to(fpart, RT.FOOTNOTES)
