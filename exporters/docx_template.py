"""Open the Word template without parsing its styles part unless something needs it.

A Word template's styles part can be large (python-docx's default template's is 350 kB
of latent and table styles, and a team's own template may carry many styles;
Fieldwork's own, made lean by `templates.make_template`, is 26 kB), and python-docx
parses it when the template is opened and serialises it again when the document is
saved: about 5 ms at 350 kB, for an export that only needs the ids of a dozen styles.
So the template is opened with `TemplateStylesPart` standing in for python-docx's
`StylesPart` (through `PartFactory.part_type_for`, python-docx's hook for client part
classes): it keeps the bytes it was loaded from, parses them only when
something reads its XML (`element`, as python-docx's `Document.styles` does) and, when
nothing did, is saved as those same bytes.  The style ids are read from the bytes
(`styles_as_stored`) when the part has the usual shape, and from python-docx's parsed
styles otherwise.
"""

from __future__ import annotations

import html
import re
import threading
from pathlib import Path
from typing import Any, NamedTuple

from docx import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import serialize_part_xml
from docx.opc.packuri import PackURI
from docx.opc.part import Part, PartFactory
from docx.oxml.parser import parse_xml
from docx.parts.styles import StylesPart

_OPENING = threading.Lock()  # the part class is swapped in for one `Document()` call


class TemplateStylesPart(StylesPart):
    """A styles part that holds its bytes until its XML is asked for."""

    def __init__(self, partname: PackURI, content_type: str, blob: bytes, package: Any):
        # python-docx's `XmlPart.__init__` takes a parsed element; this part starts
        # from the bytes (`Part.__init__`) and parses them when `element` is first read
        # (python-docx reads a styles part's XML only through `element`; `XmlPart` keeps
        # its own copy just to count references to a relationship being dropped, and a
        # styles part has no relationships).
        Part.__init__(self, partname, content_type, blob, package)
        self.loaded = blob
        self._parsed: Any = None

    @classmethod
    def load(
        cls, partname: PackURI, content_type: str, blob: bytes, package: Any
    ) -> TemplateStylesPart:
        return cls(partname, content_type, blob, package)

    @property
    def parsed(self) -> bool:
        """Whether anything has read (and so may have changed) the XML."""
        return self._parsed is not None

    @property
    def element(self) -> Any:
        if self._parsed is None:
            self._parsed = parse_xml(self.loaded)
        return self._parsed

    @property
    def blob(self) -> bytes:
        return self.loaded if self._parsed is None else serialize_part_xml(self._parsed)


def open_template(template: Path) -> Any:
    """python-docx's `Document(template)`, with the styles part left unparsed.

    The stand-in part class is registered for this call only (a document another thread
    opens meanwhile gets it too, and it behaves as python-docx's own)."""
    with _OPENING:
        before = PartFactory.part_type_for.get(CT.WML_STYLES)
        PartFactory.part_type_for[CT.WML_STYLES] = TemplateStylesPart
        try:
            return Document(str(template))
        finally:
            if before is None:
                del PartFactory.part_type_for[CT.WML_STYLES]
            else:
                PartFactory.part_type_for[CT.WML_STYLES] = before


class StoredStyle(NamedTuple):
    """A style as the styles part stores it."""

    name: str
    style_id: str | None
    type: str  # w:type ("paragraph" when left out, as python-docx reads it)
    default: bool  # w:default is on


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MAIN = f'xmlns:w="{_W}"'.encode()
_STYLE_START = re.compile(rb"<w:style\b")
# A style's start tag and its first child, its name (the schema puts w:name first).
_STYLE = re.compile(rb'<w:style\b([^>]*)>\s*<w:name w:val="([^"]*)"\s*/>')
_ATTR = re.compile(rb'\bw:(type|styleId|default)="([^"]*)"')
_ON = ("1", "true", "on")


def styles_as_stored(doc: Any) -> list[StoredStyle]:
    """The document's named styles in document order: read from the template's bytes
    when its styles part is still unparsed and has the usual shape, otherwise from
    python-docx's parsed styles."""
    part = doc.part.part_related_by(RT.STYLES)
    if isinstance(part, TemplateStylesPart) and not part.parsed:
        found = _read_styles(part.loaded)
        if found is not None:
            return found
    return [
        StoredStyle(
            style.xpath("string(w:name/@w:val)"),
            style.get(f"{{{_W}}}styleId"),
            style.get(f"{{{_W}}}type") or "paragraph",
            style.get(f"{{{_W}}}default") in _ON,
        )
        for style in doc.styles.element.xpath("w:style[w:name]")
    ]


def _read_styles(xml: bytes) -> list[StoredStyle] | None:
    """The named styles in a styles part's bytes, or None when the part is not shaped
    as Word and python-docx write it (the main namespace as `w:`, each `w:style` opening
    with its `w:name`, attributes in double quotes, no comments or CDATA), where a
    plain reading could miss or misread a style."""
    if _MAIN not in xml[:2000] or b"<!--" in xml or b"<![CDATA[" in xml:
        return None
    found = _STYLE.findall(xml)
    if len(found) != len(_STYLE_START.findall(xml)):
        return None
    out: list[StoredStyle] = []
    for attrs, name in found:
        if attrs.rstrip().endswith(b"/"):  # an empty w:style: the name is another's
            return None
        values = {k.decode(): html.unescape(v.decode()) for k, v in _ATTR.findall(attrs)}
        out.append(
            StoredStyle(
                html.unescape(name.decode()),
                values.get("styleId"),
                values.get("type", "paragraph"),
                values.get("default", "") in _ON,
            )
        )
    return out
