"""Write templates/report.docx: the Word template the exporter writes into.

Run `python -m templates.make_template` after changing a style here, and commit the
.docx; the same code writes the same file (the zip entries carry a fixed date), so
`git status` shows a change only when a style or python-docx's default template did.
A team can use its own template instead (`--template FILE.docx`): any .docx that
defines every name in `STYLE_NAMES` works, whatever the styles look like.

The template starts as python-docx's default document and is then made lean
(`_lean`): of its 175 styles only the ones listed in `KEPT` are kept, with every
style they are based on, link to or are followed by, and the document's defaults; the
101 table styles and Word's other built-in styles are left out.  Word keeps offering
the left-out built-in styles (the styles part's `w:latentStyles`, kept as it is, lists
them with their place in the gallery) and creates one from its own definition when a
user applies it.  The Word 2010 compatibility copy of the styles
(`stylesWithEffects.xml`) and python-docx's blank preview picture
(`docProps/thumbnail.jpeg`, which would show as every draft's preview) are left out.
Every export opens and saves the template's parts, so a smaller template is also a
faster export.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.shared import Cm, Mm, Pt, RGBColor

from templates import word_parts

HERE = Path(__file__).parent
TEMPLATE = HERE / "report.docx"

# The names the exporter asks for.  Keep in step with exporters.docx_writer.STYLES.
TITLE = "Fieldwork Title"
SUBTITLE = "Fieldwork Subtitle"
HEADING_1 = "Fieldwork Heading 1"
JUDGEMENT_HEADING = "Fieldwork Judgement Heading"
PARAGRAPH = "Fieldwork Paragraph"
NUMBERED = "Fieldwork Numbered Paragraph"
BULLET = "Fieldwork Bullet"
TABLE = "Fieldwork Table"
FOOTNOTE = "Fieldwork Footnote"
FOOTNOTE_REF = "Fieldwork Footnote Reference"
COMMENT = "Fieldwork Comment"

STYLE_NAMES: tuple[str, ...] = (
    TITLE, SUBTITLE, HEADING_1, JUDGEMENT_HEADING, PARAGRAPH, NUMBERED, BULLET, TABLE,
    FOOTNOTE, FOOTNOTE_REF, COMMENT,
)  # fmt: skip

# Word's built-in styles kept besides ours (by the name stored, as Word writes it):
# the ones ours are based on and those a user editing a draft is likely to reach for
# (more headings, lists, a grid table, page headers and footers).
KEPT: tuple[str, ...] = (
    "Normal", "heading 1", "heading 2", "heading 3", "Title", "Subtitle",
    "List Bullet", "List Number", "List Paragraph", "Table Grid", "header", "footer",
)  # fmt: skip
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the zip format's earliest date: no build time

FONT = "Arial"
INK = RGBColor(0x1D, 0x1D, 0x1B)


def _outline(style: object, level: int) -> None:
    """Give a paragraph style an outline level, so it shows in the navigation pane and
    converters (LibreOffice, pandoc) read it as a heading."""
    ppr = style.element.get_or_add_pPr()  # type: ignore[attr-defined]
    el = OxmlElement("w:outlineLvl")
    el.set(qn("w:val"), str(level))
    ppr.append(el)


def build(path: Path = TEMPLATE) -> Path:
    """Create the template with every style the exporter uses."""
    doc = Document()
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)

    def para(name: str, base: str = "Normal") -> object:
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles[base]
        st.font.name = FONT
        st.quick_style = True
        return st

    # A plain title: based on Normal, not Word's "Title" (python-docx's carries a blue
    # rule beneath it and a theme colour).
    title = para(TITLE)
    title.font.size = Pt(24)  # type: ignore[attr-defined]
    title.font.bold = True  # type: ignore[attr-defined]
    title.font.color.rgb = INK  # type: ignore[attr-defined]
    title.paragraph_format.space_after = Pt(6)  # type: ignore[attr-defined]
    sub = para(SUBTITLE)
    sub.font.size = Pt(12)  # type: ignore[attr-defined]
    sub.paragraph_format.space_after = Pt(18)  # type: ignore[attr-defined]

    h1 = para(HEADING_1, "Heading 1")
    h1.font.size = Pt(16)  # type: ignore[attr-defined]
    h1.font.color.rgb = INK  # type: ignore[attr-defined]
    h1.paragraph_format.space_before = Pt(18)  # type: ignore[attr-defined]
    _outline(h1, 0)
    h2 = para(JUDGEMENT_HEADING, "Heading 2")
    h2.font.size = Pt(13)  # type: ignore[attr-defined]
    h2.font.color.rgb = INK  # type: ignore[attr-defined]
    h2.paragraph_format.space_before = Pt(12)  # type: ignore[attr-defined]
    h2.paragraph_format.keep_with_next = True  # type: ignore[attr-defined]
    _outline(h2, 1)

    para(PARAGRAPH)
    # Numbered paragraphs are a real Word list ("1.", "2.", ...) carried by the style,
    # so a paragraph the lead adds with this style is numbered and the rest renumber;
    # the exporter restarts the list at the export's first number.
    num = para(NUMBERED)
    pf = num.paragraph_format  # type: ignore[attr-defined]
    pf.left_indent = Cm(1)
    pf.first_line_indent = Cm(-1)
    pf.space_after = Pt(8)
    numbering = word_parts.numbering_element(doc)
    word_parts.style_numbering(num.element, word_parts.new_list(numbering, 1))  # type: ignore[attr-defined]
    bullet = para(BULLET, "List Bullet")
    bullet.paragraph_format.space_after = Pt(6)  # type: ignore[attr-defined]
    foot = para(FOOTNOTE)
    foot.font.size = Pt(9)  # type: ignore[attr-defined]
    foot.paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
    comment = para(COMMENT)
    comment.font.size = Pt(9)  # type: ignore[attr-defined]

    ref = styles.add_style(FOOTNOTE_REF, WD_STYLE_TYPE.CHARACTER)
    ref.font.superscript = True
    table = styles.add_style(TABLE, WD_STYLE_TYPE.TABLE)
    table.base_style = styles["Table Grid"]
    table.font.name = FONT

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)  # A4, not python-docx's US Letter
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2)
    doc.core_properties.title = "Fieldwork report template"
    doc.core_properties.author = "Fieldwork"
    doc.core_properties.language = word_parts.LANGUAGE
    word_parts.language(doc)
    word_parts.page_numbers(doc)
    _lean(doc)
    saved = io.BytesIO()
    doc.save(saved)
    _write_fixed_dates(saved, path)
    return path


def _lean(doc: Any) -> None:
    """Leave out the styles nobody uses, the Word 2010 copy of the styles and the
    preview picture (see the module's docstring)."""
    root = doc.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in root.findall(qn("w:style"))}
    wanted = [
        sid
        for sid, s in by_id.items()
        if s.get(qn("w:default")) in ("1", "true", "on")
        or s.xpath("string(w:name/@w:val)") in (*KEPT, *STYLE_NAMES)
    ]
    kept: set[str] = set()
    while wanted:
        sid = wanted.pop()
        if sid in kept or sid not in by_id:
            continue
        kept.add(sid)
        wanted.extend(by_id[sid].xpath("(w:basedOn|w:link|w:next)/@w:val"))
    for sid, style in by_id.items():
        if sid not in kept:
            root.remove(style)
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            doc.part.drop_rel(rid)
    package_rels = doc.part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package_rels[rid]


def _write_fixed_dates(saved: io.BytesIO, path: Path) -> None:
    """Copy the saved package to `path` entry by entry, in the same order, each dated
    `ZIP_DATE` instead of the time of the build."""
    saved.seek(0)
    with zipfile.ZipFile(saved) as src, zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            out.writestr(entry, src.read(info.filename))


def main(argv: list[str] | None = None) -> None:
    """Write the template (to the path given, or templates/report.docx)."""
    args = sys.argv[1:] if argv is None else argv
    out = build(Path(args[0]) if args else TEMPLATE)
    print(f"Wrote {out}")


if __name__ == "__main__":
    main()
