"""Read an exported .docx back with python-docx: blocks in order, comments, footnotes,
and the numbers Word shows on numbered paragraphs."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn

NUMBERED = "Fieldwork Numbered Paragraph"


@dataclass
class Block:
    """A paragraph or table in body order."""

    style: str
    text: str
    comment_ids: list[int]
    number: int | None = None


def _list_start(doc: Any) -> tuple[int | None, int]:
    """The list the numbered style's paragraphs are in and the number it starts at."""
    style = doc.styles[NUMBERED].element
    ids = style.xpath("./w:pPr/w:numPr/w:numId/@w:val")
    numbering = doc.part.numbering_part.element
    num_id = int(ids[0]) if ids else None
    if num_id is None:  # set on each paragraph instead
        found = doc.element.body.xpath(".//w:p/w:pPr/w:numPr/w:numId/@w:val")
        num_id = int(found[0]) if found else None
    if num_id is None:
        return None, 1
    start = numbering.xpath(
        f"./w:num[@w:numId='{num_id}']/w:lvlOverride[@w:ilvl='0']/w:startOverride/@w:val"
    )
    return num_id, int(start[0]) if start else 1


def blocks(path: Path) -> list[Block]:
    doc = Document(str(path))
    out: list[Block] = []
    by_el = {p._p: p for p in doc.paragraphs}
    _num, n = _list_start(doc)
    for el in doc.element.body:
        if el.tag == qn("w:p"):
            p = by_el[el]
            ids = [int(i) for i in el.xpath(".//w:commentRangeStart/@w:id")]
            style = p.style.name if p.style is not None else ""
            number = None
            if style == NUMBERED:
                number, n = n, n + 1
            out.append(Block(style, p.text, ids, number))
        elif el.tag == qn("w:tbl"):
            rows = [
                "|".join(tc.xpath("string(.)") for tc in tr.xpath("./w:tc"))
                for tr in el.xpath("./w:tr")
            ]
            out.append(Block("table", "\n".join(rows), []))
    return out


def comments(path: Path) -> dict[int, str]:
    doc: Any = Document(str(path))
    return {c.comment_id: c.text for c in doc.comments}


def footnotes(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        if "word/footnotes.xml" not in z.namelist():
            return []
        xml = z.read("word/footnotes.xml").decode()
    notes = re.findall(r'<w:footnote w:id="(\d+)">(.*?)</w:footnote>', xml, flags=re.S)
    return [" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", body)).strip() for _i, body in notes]


def text_dump(path: Path) -> str:
    """The document's text for golden comparison: style (and the number Word shows),
    then text; then the footnotes.  Comments are left out (they hold today's date)."""
    lines = [
        f"[{b.style}] {f'{b.number}. ' if b.number is not None else ''}{b.text}"
        for b in blocks(path)
    ]
    lines += [f"[footnote] {n}" for n in footnotes(path)]
    return "\n".join(lines) + "\n"
