"""The shipped template (templates/report.docx): what `templates.make_template` writes,
with every style the writer uses and nothing a user would not want in a draft."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from exporters.docx_writer import STYLES, default_template
from templates import make_template


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def test_the_generator_writes_the_committed_template(tmp_path: Path) -> None:
    """Regenerate with `python -m templates.make_template` after changing it."""
    built = make_template.build(tmp_path / "report.docx")
    assert _parts(built) == _parts(default_template())
    again = make_template.build(tmp_path / "again.docx")
    assert again.read_bytes() == built.read_bytes()  # no build date in the file


def test_the_template_has_every_style_the_writer_uses() -> None:
    assert set(make_template.STYLE_NAMES) == set(STYLES.values())
    styles = Document(str(default_template())).styles
    names = {s.name for s in styles}
    assert set(STYLES.values()) <= names
    # Every style a kept style is based on, links to or is followed by is there too.
    root = styles.element
    ids = {s.get(qn("w:styleId")) for s in root.findall(qn("w:style"))}
    referred = set(root.xpath("w:style/*[self::w:basedOn or self::w:link or self::w:next]/@w:val"))
    assert referred <= ids


def test_the_template_is_lean() -> None:
    parts = _parts(default_template())
    assert "word/stylesWithEffects.xml" not in parts  # Word 2010's copy of the styles
    assert "docProps/thumbnail.jpeg" not in parts  # python-docx's blank preview
    assert b"stylesWithEffects" not in parts["word/_rels/document.xml.rels"]
    assert b"thumbnail" not in parts["_rels/.rels"]
    assert b"jpeg" not in parts["[Content_Types].xml"]
    assert len(parts["word/styles.xml"]) < 40_000  # python-docx's default: 350 kB
    styles = Document(str(default_template())).styles
    kept = {s.name for s in styles}
    assert "Light Shading Accent 1" not in kept and "Quote" not in kept
    assert {"Heading 1", "Heading 2", "Heading 3", "Title", "List Bullet", "Table Grid"} <= kept
    assert "Normal" in kept and styles.default(styles["Normal"].type) == styles["Normal"]


def test_word_still_offers_the_built_in_styles_left_out() -> None:
    """The latent styles are python-docx's default template's, so Word's style gallery
    still lists the quick styles left out (Quote, No Spacing, ...) and creates one from
    Word's own definition when a user applies it."""
    ours = Document(str(default_template())).styles.latent_styles
    theirs = Document().styles.latent_styles
    assert ours.element.xml == theirs.element.xml
    names = {s.name for s in Document().styles if s.quick_style}
    kept = {s.name for s in Document(str(default_template())).styles}
    for name in names - kept:
        assert ours[name].quick_style, name


def test_the_page_is_a4() -> None:
    """python-docx's default document is US Letter; an Ofsted report is A4."""
    section = Document(str(default_template())).sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
