"""Reading back a written Word file: the text of every part that leaves with it (the
body, comments, footnotes and endnotes, headers and footers, and the document
properties), for the last check before the file takes its name.

The draft is scanned before it is written; this scan reads what was actually written,
so text that came from a user's template (a header, a property naming its author or a
case) or from any writer path the draft model does not show is caught too.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple
from xml.etree import ElementTree

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_P = f"{{{_W}}}p"
_T = f"{{{_W}}}t"
_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
_TEXT_PARTS = (
    (re.compile(r"word/document\.xml$"), "body"),
    (re.compile(r"word/comments\.xml$"), "comment"),
    (re.compile(r"word/footnotes\.xml$"), "footnote"),
    (re.compile(r"word/endnotes\.xml$"), "endnote"),
    (re.compile(r"word/header\d*\.xml$"), "header"),
    (re.compile(r"word/footer\d*\.xml$"), "footer"),
)
_PROPERTY_PARTS = ("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml")
# Elements that hold words a person wrote (not counts, dates or the application).
_PROPERTY_WORDS = {
    "title",
    "subject",
    "creator",
    "keywords",
    "description",
    "lastModifiedBy",
    "category",
    "contentStatus",
    "identifier",
    "language",
    "version",  # core.xml
    "Company",
    "Manager",
    "HyperlinkBase",
    "Template",  # app.xml
}


class PartText(NamedTuple):
    """One paragraph (or property value) of a written .docx, and where it is."""

    part: str
    field: str
    text: str


def _paragraphs(xml: bytes) -> Iterator[str]:
    root = ElementTree.fromstring(xml)
    for p in root.iter(_P):
        text = "".join(t.text or "" for t in p.iter(_T))
        if text.strip():
            yield text


def _properties(name: str, xml: bytes) -> Iterator[tuple[str, str]]:
    root = ElementTree.fromstring(xml)
    for el in root.iter():
        if not isinstance(el.tag, str) or el.text is None or not el.text.strip():
            continue
        local = el.tag.rsplit("}", 1)[-1]
        if not name.endswith("custom.xml") and local not in _PROPERTY_WORDS:
            continue
        yield local, el.text.strip()


def docx_texts(path: Path) -> list[PartText]:
    """Every paragraph of every text part, and every written property, of a .docx.
    Fieldwork's own evidence ids (UUIDs) are left out of comment text."""
    out: list[PartText] = []
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        for name in names:
            for pattern, field in _TEXT_PARTS:
                if pattern.search(name):
                    for text in _paragraphs(z.read(name)):
                        if field == "comment":
                            text = _UUID.sub("", text)
                        out.append(PartText(name, field, text))
        for name in _PROPERTY_PARTS:
            if name in names:
                out.extend(
                    PartText(name, "property", f"{v}") for _k, v in _properties(name, z.read(name))
                )
    return out
