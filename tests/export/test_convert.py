"""The exported report converts with LibreOffice (to PDF) and pandoc (to plain text)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from exporters.export import export_area, export_report
from store.store import Store


@pytest.fixture
def report_docx(fx_db: Path, tmp_path: Path) -> Path:
    out = tmp_path / "report.docx"
    with Store.open(fx_db) as store:
        export_report(store, out)
    return out


@pytest.mark.soffice
def test_libreoffice_converts_to_pdf(report_docx: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs it")
    outdir = tmp_path / "pdf"
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "pdf", "--outdir", str(outdir), str(report_docx)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = outdir / "report.pdf"
    assert pdf.exists() and pdf.stat().st_size > 1000
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        return  # the PDF exists and is not empty; its text cannot be read here
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip
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


def test_pandoc_reads_the_report(report_docx: Path) -> None:
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        pytest.skip("pandoc is not installed; .ci/run installs it")
    text = subprocess.run([pandoc, "-t", "plain", "--wrap=none", str(report_docx)],
                          check=True, capture_output=True, text=True).stdout  # fmt: skip
    assert "The overall judgement is outstanding" in text
    assert "What does Cafcass need to improve?" in text
    assert "1. " in text or "1.\t" in text
    assert "Information about this inspection" in text


@pytest.mark.soffice
def test_libreoffice_shows_each_footnote_of_an_area_section(fx_db: Path, tmp_path: Path) -> None:
    """Each footnote keeps its own text in LibreOffice when the section also carries
    comments (with comment ids overlapping footnote ids, footnotes 1 and 2 showed the
    text of footnote 3)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pdftotext = shutil.which("pdftotext")
    if soffice is None or pdftotext is None:
        pytest.skip("LibreOffice and pdftotext are needed; .ci/run installs them")
    docx = tmp_path / "area6.docx"
    with Store.open(fx_db) as store:
        result = export_area(store, "6", docx, start_number=49)
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    text = subprocess.run([pdftotext, "-layout", str(tmp_path / "area6.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip
    flat = " ".join(text.split())
    assert len(result.report.footnotes) >= 3
    for fn in result.report.footnotes:
        assert f"{fn.number} {' '.join(fn.text.split())[:50]}" in flat, fn.text


def _pdf_text(docx: Path, tmp_path: Path) -> str:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pdftotext = shutil.which("pdftotext")
    if soffice is None or pdftotext is None:
        pytest.skip("LibreOffice and pdftotext are needed; .ci/run installs them")
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / (docx.stem + ".pdf")
    return subprocess.run([pdftotext, "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip


@pytest.mark.soffice
def test_word_numbering_starts_at_the_start_number_and_renumbers(
    fx_db: Path, tmp_path: Path
) -> None:
    """Paragraph numbers are Word's own: LibreOffice shows them from --start-number, and
    a paragraph the lead adds in the numbered style is numbered and the rest follow."""
    from docx import Document

    docx = tmp_path / "area6.docx"
    with Store.open(fx_db) as store:
        result = export_area(store, "6", docx, start_number=49)
    n = len(result.report.numbered())
    numbers = [int(m) for m in re.findall(r"^\s*(\d+)\.\s+\S", _pdf_text(docx, tmp_path), re.M)]
    assert numbers[:n] == list(range(49, 49 + n))

    doc = Document(str(docx))
    first = next(
        p for p in doc.paragraphs
        if p.style is not None and p.style.name == "Fieldwork Numbered Paragraph"
    )  # fmt: skip
    added = first.insert_paragraph_before("A paragraph the lead wrote.")
    added.style = doc.styles["Fieldwork Numbered Paragraph"]
    edited = tmp_path / "edited.docx"
    doc.save(str(edited))
    text = _pdf_text(edited, tmp_path)
    numbers = [int(m) for m in re.findall(r"^\s*(\d+)\.\s+\S", text, re.M)]
    assert numbers[: n + 1] == list(range(49, 50 + n))
    assert re.search(r"49\.\s+A paragraph the lead wrote", text)
