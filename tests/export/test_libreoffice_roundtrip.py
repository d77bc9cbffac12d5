"""The draft of the hand-written inspection as a Word user meets it: opened and saved
again as .docx by LibreOffice (headless), then read back with python-docx.  What must
survive is what #15 asks of the furniture: en-GB, the page number in the footer, real
Word numbering from --start-number, the document's properties, a plain title, and the
text, comments and footnotes themselves."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from exporters.docx_writer import STYLES
from exporters.export import export_report
from store.store import Store
from tests.export.readback import NUMBERED, comments, footnotes

START = 31
NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def _resave(docx: Path, tmp_path: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs it")
    outdir = tmp_path / "resaved"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(outdir), str(docx)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    out = outdir / docx.name
    assert out.exists()
    return out


def _numbered_start(doc: Any) -> tuple[str, int]:
    """The number format and first number of the list the numbered paragraphs are in,
    wherever the numbering is attached (the style, or each paragraph)."""
    paras = [p for p in doc.paragraphs if p.style is not None and p.style.name == NUMBERED]
    assert paras
    ids = paras[0]._p.xpath("./w:pPr/w:numPr/w:numId/@w:val") or doc.styles[NUMBERED].element.xpath(
        "./w:pPr/w:numPr/w:numId/@w:val"
    )
    assert ids, "the numbered paragraphs are not in a Word list"
    numbering = doc.part.numbering_part.element
    num = numbering.xpath(f"./w:num[@w:numId='{ids[0]}']")[0]
    aid = num.xpath("./w:abstractNumId/@w:val")[0]
    lvl = numbering.xpath(f"./w:abstractNum[@w:abstractNumId='{aid}']/w:lvl[@w:ilvl='0']")[0]
    override = num.xpath("./w:lvlOverride[@w:ilvl='0']/w:startOverride/@w:val")
    start = override or lvl.xpath("./w:start/@w:val", namespaces=NS)
    fmt = lvl.xpath("./w:numFmt/@w:val", namespaces=NS)
    return fmt[0], int(start[0]) if start else 1


@pytest.mark.soffice
def test_the_furniture_survives_a_save_in_another_word_processor(
    handwritten_db: Path, tmp_path: Path
) -> None:
    original = tmp_path / "report.docx"
    with Store.open(handwritten_db) as store:
        result = export_report(store, original, start_number=START)
        inspection = store.inspection()
    model = result.report
    resaved = _resave(original, tmp_path)

    for path in (original, resaved):
        doc = Document(str(path))
        langs = doc.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val")
        assert langs and langs[0] == "en-GB", path
        footer_xml = doc.sections[-1].footer.part.element.xml
        assert "PAGE" in footer_xml, path
        core = doc.core_properties
        assert core.title == inspection.title
        assert core.author == "Frances Adeyemi"  # the lead, not "Fieldwork"
        assert "30 September 2019 to 18 October 2019" in core.subject
        assert _numbered_start(doc) == ("decimal", START), path
        title = doc.styles[STYLES["title"]]
        chain = []
        while title is not None:
            chain.append(title)
            title = title.base_style
        assert not any(s.element.xpath("./w:pPr/w:pBdr") for s in chain), path
        assert "Title" not in [s.name for s in chain]
        # The text, paragraph by paragraph, and none of it typed-in numbers.
        got = [p.text for p in doc.paragraphs if p.style is not None and p.style.name == NUMBERED]
        want = [p.text for p in model.numbered()]
        assert [" ".join(t.split()) for t in got] == [" ".join(t.split()) for t in want], path
        assert not any(t.startswith(f"{START}.") for t in got)
        assert len(footnotes(path)) == len(model.footnotes), path
        assert len(comments(path)) >= len(model.numbered()), path
