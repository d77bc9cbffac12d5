"""Three details the check let through (tester 22, F9), and a false alarm (F10): a
parent's first name that is also a word, opening a sentence before what he did ("Dean
shouted at the FCA"); a protected surname that is also a town, opening a sentence
before "family"; a nickname as children say it ("calls me Princess Poppet"); and a
solicitors' firm ending in LLP taken for a person, and "group work at" a centre in a
town taken for where a parent works.  Ordinary sentences with the same
words stay clean.  Sentences, names and places written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.export.scanned import scanned
from tests.team.helpers import listed_file

LIST = (
    "Case number,Service area,Law type,Case type,Stage,Child name,Applicant\n"
    "WB/26/0101,Area 4 - Yorkshire,Private,Child arrangements,First hearing,Esme Whitby,"
    "Joanne Whitby & Dean Whitby\n"
    "WB/26/0102,Area 4 - Yorkshire,Private,Child arrangements,First hearing,Poppy Lund,"
    "Mark Lund\n"
)
FOUND = [
    ("Dean shouted at the FCA at contact and nobody re-assessed the risk.", "protected-name", "Dean"),
    ("Mark refused to bring the children to the contact centre twice.", "protected-name", "Mark"),
    ("Whitby family: the guardian worked well with both parents.", "protected-name", "Whitby"),
    ("Whitby household still waiting for the parenting assessment.", "protected-name", "Whitby"),
    ("My nan calls me Princess Poppet and I like living with her.", "name", "Princess Poppet"),
    ("At school they call me Little Bear because I am tall.", "name", "Little Bear"),
    ("Both parents work at the Tesco Extra in Plymouth.", "workplace", "Tesco Extra in Plymouth"),
]  # fmt: skip
CLEAN = [
    "Dean of the local university's social work school praised the placements.",
    "Mark this case for the judgement meeting.",
    "Whitby families travel to Scarborough for hearings.",
    "The children call her Nan and see her every Sunday.",
    "Call me if the hearing moves, the guardian told the mother.",
    "Slater Heelis LLP, who act for many mothers in the area, said guardians are fair.",
    "Partners at Bindmans LLP said reports are fair and well argued.",
    "Dean, the practice supervisor, checked the plan.",
    "Observed group work at the Liverpool family centre; a local club ran the football.",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return listed_file(tmp_path_factory.mktemp("t22"), LIST, "cafcass-2013", "Coastal visit")


@pytest.mark.parametrize(("text", "kind", "detail"), FOUND)
def test_the_detail_is_a_hit(db: Path, text: str, kind: str, detail: str) -> None:
    hits = scanned(db, text)
    assert any(h.kind == kind and h.text == detail for h in hits), hits


@pytest.mark.parametrize("text", CLEAN)
def test_ordinary_sentences_are_clean(db: Path, text: str) -> None:
    assert scanned(db, text) == []


def test_staff_named_in_the_report_body_stop_the_export(db: Path) -> None:
    """Tester 22's A5: "One judge told inspectors that the FCA, Priya Shah, and her
    colleagues ..." went into the body; a note may name a practitioner beside their role
    (no hit there), a report names no one.  The same sentence in a comment passes."""
    from exporters.export import scanner_for
    from exporters.identify.report import scan
    from exporters.model import Paragraph, ReportModel, Section, Sentence
    from store.store import Store

    said = "One judge told inspectors that the FCA, Priya Shah, and her colleagues write well."
    plain = "Judges told inspectors that practitioners write balanced reports."
    report = ReportModel(sections=[Section(kind="judgement", heading="Leadership", paragraphs=[
        Paragraph(sentences=[Sentence(text=said), Sentence(text=plain)])])])  # fmt: skip
    with Store.open(db) as store:
        scanner = scanner_for(store)
        assert scanned(db, said) == []  # a note may name her
        hits = scan(report, scanner, comments=True,
                    comment_texts=[(report.sections[0].paragraphs[0], said)])  # fmt: skip
    assert [(h.text, h.field) for h in hits] == [("Priya Shah", "body")], hits
    assert "a report names no one" in hits[0].note
