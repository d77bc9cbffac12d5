"""Write templates/report.docx: the Word template the exporter writes into.

Run `python -m templates.make_template` after changing a style here, and commit the
.docx.  A team can use its own template instead (`--template FILE.docx`): any .docx
that defines every name in `STYLE_NAMES` works, whatever the styles look like.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.shared import Cm, Pt, RGBColor

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

    title = para(TITLE, "Title")
    title.font.size = Pt(24)  # type: ignore[attr-defined]
    title.font.color.rgb = INK  # type: ignore[attr-defined]
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
    # Numbered paragraphs carry their number as text ("58.<tab>"): a hanging indent
    # with a tab stop lines the text up as Word's own numbering would.
    num = para(NUMBERED)
    pf = num.paragraph_format  # type: ignore[attr-defined]
    pf.left_indent = Cm(1)
    pf.first_line_indent = Cm(-1)
    pf.tab_stops.add_tab_stop(Cm(1), WD_TAB_ALIGNMENT.LEFT)
    pf.space_after = Pt(8)
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
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2)
    doc.core_properties.title = "Fieldwork report template"
    doc.core_properties.author = "Fieldwork"
    doc.save(str(path))
    return path


def main(argv: list[str] | None = None) -> None:
    """Write the template (to the path given, or templates/report.docx)."""
    args = sys.argv[1:] if argv is None else argv
    out = build(Path(args[0]) if args else TEMPLATE)
    print(f"Wrote {out}")


if __name__ == "__main__":
    main()
