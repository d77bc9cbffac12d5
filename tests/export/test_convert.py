"""The exported report converts with LibreOffice (to PDF) and pandoc (to plain text)."""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from exporters.export import export_area, export_report
from store.store import Store
from tests.conftest import _private_copy, shared_template


@dataclass(frozen=True)
class Converted:
    """The fixed inspection's whole report and area 6's export (from paragraph 49),
    the PDFs LibreOffice made of both and of the area's export with a paragraph the lead
    added (`LEAD_WROTE`), and what the area's model said: its numbered paragraphs and
    its footnotes (number, text)."""

    report_pdf: Path
    area_docx: Path
    area_pdf: Path
    edited_pdf: Path
    numbered: int
    footnotes: list[tuple[int, str]]


def _soffice() -> str:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs it")
    return soffice


def _soffice_pdf(docs: list[Path], outdir: Path) -> None:
    """Convert documents to PDF in one LibreOffice run (its start is most of the time)."""
    subprocess.run(
        [_soffice(), f"-env:UserInstallation=file://{outdir / 'lo-profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(outdir), *map(str, docs)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip


def _pdftotext(pdf: Path) -> str:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext is needed; .ci/run installs it")
    return subprocess.run([pdftotext, "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip


LEAD_WROTE = "A paragraph the lead wrote."


def _lead_adds_a_paragraph(docx: Path, edited: Path) -> None:
    """`docx` with a paragraph the lead wrote in the numbered style before the first
    numbered paragraph, saved as `edited` (as Word would: python-docx)."""
    from docx import Document

    doc = Document(str(docx))
    first = next(
        p for p in doc.paragraphs
        if p.style is not None and p.style.name == "Fieldwork Numbered Paragraph"
    )  # fmt: skip
    added = first.insert_paragraph_before(LEAD_WROTE)
    added.style = doc.styles["Fieldwork Numbered Paragraph"]
    doc.save(str(edited))


def _export_and_convert(template: Path, folder: Path) -> None:
    folder.mkdir()
    db = _private_copy(template, folder, "fixture.db")
    with Store.open(db) as store:
        export_report(store, folder / "report.docx")
        area = export_area(store, "6", folder / "area6.docx", start_number=49).report
    _lead_adds_a_paragraph(folder / "area6.docx", folder / "edited.docx")
    # One LibreOffice start for the three (its start is most of a conversion's time).
    _soffice_pdf([folder / "report.docx", folder / "area6.docx", folder / "edited.docx"], folder)
    facts = {"numbered": len(area.numbered()),
             "footnotes": [(fn.number, fn.text) for fn in area.footnotes]}  # fmt: skip
    (folder / "facts.json").write_text(json.dumps(facts))


@pytest.fixture(scope="module")
def converted(_fixture_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Converted:
    """Exported and converted in one LibreOffice run, once for the test run (the parallel
    workers share it, as the database templates): the tests here only read the files."""
    _soffice()
    build = functools.partial(_export_and_convert, _fixture_template)
    folder = shared_template(tmp_path_factory, "converted", build)
    facts = json.loads((folder / "facts.json").read_text())
    return Converted(folder / "report.pdf", folder / "area6.docx", folder / "area6.pdf",
                     folder / "edited.pdf", facts["numbered"],
                     [(n, t) for n, t in facts["footnotes"]])  # fmt: skip


@pytest.mark.soffice
def test_libreoffice_converts_to_pdf(converted: Converted) -> None:
    pdf = converted.report_pdf
    assert pdf.exists() and pdf.stat().st_size > 1000
    if shutil.which("pdftotext") is None:
        return  # the PDF exists and is not empty; its text cannot be read here
    text = _pdftotext(pdf)
    flat = " ".join(text.split())
    assert "The overall judgement is outstanding" in flat
    assert "Summary of key findings" in flat
    assert "(Area 6) is outstanding" in flat
    assert "Previous inspections" in flat
    assert "'Children' means children and young people" in flat  # the footnote
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo is not None:  # poppler-utils, as pdftotext
        info = subprocess.run([pdfinfo, str(pdf)], check=True, capture_output=True,
                              text=True).stdout  # fmt: skip
        assert "(A4)" in info  # a UK report prints on A4, not US Letter
    # The page number is in the footer of every page.
    pages = text.split("\f")
    assert all(re.search(rf"^\s*{k + 1}\s*$", page, re.M) for k, page in enumerate(pages)
               if page.strip())  # fmt: skip


def test_pandoc_reads_the_report(fx_db: Path, tmp_path: Path) -> None:
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        pytest.skip("pandoc is not installed; .ci/run installs it")
    report_docx = tmp_path / "report.docx"
    with Store.open(fx_db) as store:
        export_report(store, report_docx)
    text = subprocess.run([pandoc, "-t", "plain", "--wrap=none", str(report_docx)],
                          check=True, capture_output=True, text=True).stdout  # fmt: skip
    assert "The overall judgement is outstanding" in text
    assert "What does Cafcass need to improve?" in text
    assert "1. " in text or "1.\t" in text
    assert "Information about this inspection" in text


@pytest.mark.soffice
def test_libreoffice_shows_each_footnote_of_an_area_section(converted: Converted) -> None:
    """Each footnote keeps its own text in LibreOffice when the section also carries
    comments (with comment ids overlapping footnote ids, footnotes 1 and 2 showed the
    text of footnote 3)."""
    flat = " ".join(_pdftotext(converted.area_pdf).split())
    assert len(converted.footnotes) >= 3
    for number, text in converted.footnotes:
        assert f"{number} {' '.join(text.split())[:50]}" in flat, text


@pytest.mark.soffice
def test_word_numbering_starts_at_the_start_number_and_renumbers(converted: Converted) -> None:
    """Paragraph numbers are Word's own: LibreOffice shows them from --start-number, and
    a paragraph the lead adds in the numbered style is numbered and the rest follow."""
    n = converted.numbered
    text = _pdftotext(converted.area_pdf)
    numbers = [int(m) for m in re.findall(r"^\s*(\d+)\.\s+\S", text, re.M)]
    assert numbers[:n] == list(range(49, 49 + n))

    text = _pdftotext(converted.edited_pdf)
    numbers = [int(m) for m in re.findall(r"^\s*(\d+)\.\s+\S", text, re.M)]
    assert numbers[: n + 1] == list(range(49, 50 + n))
    assert re.search(r"49\.\s+A paragraph the lead wrote", text)
