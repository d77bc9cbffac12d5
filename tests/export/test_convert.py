"""The exported report converts with LibreOffice (to PDF) and pandoc (to plain text)."""

from __future__ import annotations

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
    assert "However," in flat
    assert "'Children' means children and young people" in flat  # the footnote
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo is not None:  # poppler-utils, as pdftotext
        info = subprocess.run([pdfinfo, str(pdf)], check=True, capture_output=True,
                              text=True).stdout  # fmt: skip
        assert "(A4)" in info  # a UK report prints on A4, not US Letter


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
