"""Read an exported .docx back with python-docx: blocks in order, comments, footnotes."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn


@dataclass
class Block:
    """A paragraph or table in body order."""

    style: str
    text: str
    comment_ids: list[int]


def blocks(path: Path) -> list[Block]:
    doc = Document(str(path))
    out: list[Block] = []
    by_el = {p._p: p for p in doc.paragraphs}
    for el in doc.element.body:
        if el.tag == qn("w:p"):
            p = by_el[el]
            ids = [int(i) for i in el.xpath(".//w:commentRangeStart/@w:id")]
            out.append(Block(p.style.name if p.style is not None else "", p.text, ids))
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
    """The document's text for golden comparison: style, then text; then the footnotes.
    Comments are left out (they hold random evidence ids)."""
    lines = [f"[{b.style}] {b.text}" for b in blocks(path)]
    lines += [f"[footnote] {n}" for n in footnotes(path)]
    return "\n".join(lines) + "\n"
