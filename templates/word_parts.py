"""Word parts the report template and the exporter both set up: the numbering behind
"Fieldwork Numbered Paragraph" (a real Word list that restarts at the export's first
number and renumbers as the lead edits), the page number in the footer, and the
document's language (en-GB).

These sit with the template, the lowest layer, because the template generator
(`templates/make_template.py`) builds them into `report.docx` and the exporter
(`exporters/docx_writer.py`) makes sure every export has them, whatever template it is
given.  python-docx 1.2 has no API for numbering definitions or fields, so they are
written as XML and parsed with python-docx's own parser.
"""

from __future__ import annotations

from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LANGUAGE = "en-GB"


# Numbering ---------------------------------------------------------------------------

NUMBERING_ABSTRACT = (
    '<w:abstractNum xmlns:w="{w}" w:abstractNumId="{aid}"><w:multiLevelType '
    'w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" '
    'w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>'
)


def numbering_element(doc: Any) -> Any:
    """The document's `w:numbering` element, adding a numbering part when it has none."""
    part = doc.part
    for rel in part.rels.values():
        if rel.reltype == RT.NUMBERING:
            return rel.target_part.element
    element = parse_xml(f'<w:numbering xmlns:w="{W}"/>')
    own = XmlPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING, element, part.package)
    part.relate_to(own, RT.NUMBERING)
    return element


def new_list(numbering: Any, start: int) -> int:
    """A decimal list ("1.", "2.", ... from `start`): a new abstract definition and a
    list instance of it; returns the instance's id."""
    aids = [int(x) for x in numbering.xpath("./w:abstractNum/@w:abstractNumId")]
    aid = max(aids, default=-1) + 1
    abstract = parse_xml(NUMBERING_ABSTRACT.format(w=W, aid=aid))
    last = numbering.xpath("./w:abstractNum")
    if last:
        last[-1].addnext(abstract)
    else:
        numbering.insert(0, abstract)
    return add_list(numbering, aid, start)


def add_list(numbering: Any, abstract_id: int, start: int) -> int:
    """A list instance of an abstract definition, starting at `start`; returns its id."""
    nid = max((int(x) for x in numbering.xpath("./w:num/@w:numId")), default=0) + 1
    num = parse_xml(
        f'<w:num xmlns:w="{W}" w:numId="{nid}"><w:abstractNumId w:val="{abstract_id}"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'
    )
    numbering.append(num)
    return nid


def restart_list(numbering: Any, num_id: int, start: int) -> bool:
    """Make an existing list instance start at `start`; False when it does not exist."""
    found = numbering.xpath(f"./w:num[@w:numId='{num_id}']")
    if not found:
        return False
    num = found[0]
    for old in num.xpath("./w:lvlOverride[@w:ilvl='0']"):
        num.remove(old)
    num.append(parse_xml(
        f'<w:lvlOverride xmlns:w="{W}" w:ilvl="0"><w:startOverride w:val="{start}"/>'
        "</w:lvlOverride>"
    ))  # fmt: skip
    return True


def style_list_id(style_element: Any) -> int | None:
    """The list a paragraph style numbers its paragraphs in (its `w:numPr`), if any."""
    got = style_element.xpath("./w:pPr/w:numPr/w:numId/@w:val")
    return int(got[0]) if got else None


def style_numbering(style_element: Any, num_id: int) -> None:
    """Give a paragraph style numbering: its paragraphs are numbered in list `num_id`."""
    ppr = style_element.find(qn("w:pPr"))
    if ppr is None:
        ppr = parse_xml(f'<w:pPr xmlns:w="{W}"/>')
        style_element.append(ppr)
    for old in ppr.findall(qn("w:numPr")):
        ppr.remove(old)
    ppr.insert(0, parse_xml(
        f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
    ))  # fmt: skip


# Footer and language ------------------------------------------------------------------


def page_numbers(doc: Any) -> None:
    """Put the page number, centred, in the last section's footer unless it has one."""
    footer = doc.sections[-1].footer
    if not footer.is_linked_to_previous and "PAGE" in footer.part.element.xml:
        return
    footer.is_linked_to_previous = False
    ftr = footer.part.element
    for p in ftr.findall(qn("w:p")):
        if not "".join(p.itertext()).strip():
            ftr.remove(p)  # the empty paragraph a new footer starts with
    ftr.append(parse_xml(
        f'<w:p xmlns:w="{W}"><w:pPr><w:jc w:val="center"/></w:pPr>'
        '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'
    ))  # fmt: skip


def language(doc: Any, lang: str = LANGUAGE) -> None:
    """Make `lang` the document's language: the default run properties, so Word checks
    "judgement" and "organisation" as British English."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = parse_xml(f'<w:docDefaults xmlns:w="{W}"/>')
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = parse_xml(f'<w:rPrDefault xmlns:w="{W}"/>')
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f'<w:rPr xmlns:w="{W}"/>')
        rpr_default.append(rpr)
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = parse_xml(f'<w:lang xmlns:w="{W}"/>')
        rpr.append(lang_el)
    lang_el.set(qn("w:val"), lang)
    lang_el.set(qn("w:eastAsia"), lang)
