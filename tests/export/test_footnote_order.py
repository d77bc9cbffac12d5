"""Footnotes numbered in the order their marks stand in the document (tester's finding
12: in LibreOffice's PDF "public law¹" showed the note on 'children', because the ids
were given in glossary order, id 2 before id 1 in document.xml).  Hand-built
paragraphs, the draft's own `finish` and Word writer, read back from the .docx XML and
from LibreOffice's PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from exporters.docx_writer import write_docx
from exporters.draft.data import DraftOptions
from exporters.draft.document import finish
from exporters.draft.words import words
from exporters.model import Paragraph, ReportModel, Section, Sentence

# "public law" stands before "children" in the first paragraph, though the glossary
# lists 'children' first; the second paragraph's "private law" comes after both.
FIRST = (
    "In public law proceedings, guardians visited promptly and the children's plans "
    "were clear; most children were seen before the first hearing."
)
SECOND = "Work on private law applications was slower in the north of the region."


def _report() -> ReportModel:
    paras = [
        Paragraph(kind="numbered", sentences=[Sentence(text=FIRST)]),
        Paragraph(kind="numbered", sentences=[Sentence(text=SECOND)]),
    ]
    section = Section(kind="area", heading="Findings in the test area", paragraphs=paras)
    return finish(ReportModel(title="Draft", sections=[section]), DraftOptions(), words().terms)


def test_footnotes_are_numbered_in_the_order_of_their_marks() -> None:
    report = _report()
    keys = [f.key for f in report.footnotes]
    assert keys[:3] == ["public-law", "children", "private-law"]
    assert [f.number for f in report.footnotes] == list(range(1, len(keys) + 1))
    refs = [r for p in report.paragraphs() for r in p.footnotes]
    assert [r.number for r in refs] == sorted(r.number for r in refs)
    first = report.paragraphs()[0]
    at = {r.key: r.offset for r in first.footnotes}
    assert FIRST[: at["public-law"]].endswith("public law")
    assert FIRST[: at["children"]].endswith("children")


def _docx_refs(path: Path) -> tuple[list[int], dict[int, str]]:
    with zipfile.ZipFile(path) as z:
        body = z.read("word/document.xml").decode()
        notes = z.read("word/footnotes.xml").decode()
    ids = [int(i) for i in re.findall(r'<w:footnoteReference w:id="(\d+)"/>', body)]
    texts = {
        int(i): " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", b)).strip()
        for i, b in re.findall(r'<w:footnote w:id="(\d+)">(.*?)</w:footnote>', notes, re.S)
    }
    return ids, texts


def test_word_file_has_footnote_ids_in_document_order(tmp_path: Path) -> None:
    report = _report()
    out = write_docx(report, tmp_path / "notes.docx")
    ids, texts = _docx_refs(out)
    assert ids == sorted(ids) == list(range(1, len(ids) + 1))
    note = {t.key: t.note for t in words().terms}
    assert texts[ids[0]].startswith(note["public-law"][:40])
    assert texts[ids[1]].startswith(note["children"][:40])
    assert texts[ids[2]].startswith(note["private-law"][:40])


@pytest.mark.soffice
def test_libreoffice_shows_each_mark_with_its_own_note(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pdftotext = shutil.which("pdftotext")
    if soffice is None or pdftotext is None:
        pytest.skip("LibreOffice and pdftotext are needed; .ci/run installs them")
    docx = write_docx(_report(), tmp_path / "notes.docx")
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    text = subprocess.run([pdftotext, str(tmp_path / "notes.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip
    flat = " ".join(text.split())
    # Each mark stands right after its term, and the note of that number is the term's.
    note = {t.key: " ".join(t.note.split())[:45] for t in words().terms}
    for number, (term, key) in enumerate(
        [("public law", "public-law"), ("children", "children"), ("private law", "private-law")],
        start=1,
    ):
        assert re.search(rf"{term}(?: \(\w+\))?\s?{number}\b", flat), (term, number, flat[:400])
        assert f"{number} {note[key]}" in flat, (number, key)
