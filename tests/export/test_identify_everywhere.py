"""One scanner everywhere text rests or leaves: every free-text field at rest
(`fieldwork check`), every part of a Word file (body, comments, footnotes, headers,
document properties, read back from the written .docx), and the CSV export.  On the
hand-written export fixture and hand-built drafts, not the demo."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from cli.root import cli
from exporters.docx_writer import default_template, write_docx
from exporters.errors import IdentifyingDetailsError
from exporters.export import check_report, export_area, scan_docx, scanner_for
from exporters.identify import Scanner
from exporters.model import Footnote, Paragraph, ReportModel, Section, Sentence
from store.models import Evidence, Grading, Judgement
from store.store import Store
from tests.export import fixture_data

# One realistic sentence per kind, each holding one identifier (the part in `found`).
PLANTED = {
    "protected-name": ("Leaders acted quickly after Kayleigh Brennan was seen.", "Kayleigh"),
    "name": ("The guardian also met the step-father, Clayton Merriweather.", "Merriweather"),
    "school": ("She settled well at Hollybrook Primary this term.", "Hollybrook"),
    "street-address": ("The family moved to 12 Elm Road in the spring.", "Elm Road"),
    "date-of-birth": ("The child, born 14 March 2015, was seen alone.", "14 March 2015"),
    "phone": ("The mother's mobile, 07700 900123, was on the file.", "07700 900123"),
    "email": ("Parents wrote to d.brennan@example.org with concerns.", "d.brennan@example.org"),
    "postcode": ("The office near M14 5RT was visited.", "M14 5RT"),
    "nhs-number": ("Her NHS number, 943 476 5919, was in the report.", "943 476 5919"),
    "case-number": ("The court file ZE18C01234 was read.", "ZE18C01234"),
    "jigsaw": ("She is the only Roma girl at her school in Whitby.", "only Roma girl"),
}  # fmt: skip


@pytest.fixture(scope="module")
def fixture_scanner(_fixture_template: Path) -> Scanner:
    with Store.open(_fixture_template) as store:
        return scanner_for(store)


def _report(place: str, text: str) -> ReportModel:
    """A one-section draft with `text` in the body, a comment or a footnote."""
    plain = Sentence(text="Most children were seen alone and their wishes were recorded.",
                     evidence_ids=["e1"], criteria=["1.1"])  # fmt: skip
    body = Sentence(text=text, evidence_ids=["e1"]) if place == "body" else plain
    if place == "comment":
        body = plain.model_copy(update={"basis": text})
    footnotes = (
        [Footnote(number=1, key="fca", term="FCA", text=text)] if place == "footnote" else []
    )
    para = Paragraph(number=1, sentences=[body])
    section = Section(kind="area", heading="Findings in the area", paragraphs=[para])
    return ReportModel(title="Draft report", sections=[section], footnotes=footnotes)


@pytest.mark.parametrize("place", ["body", "comment", "footnote"])
@pytest.mark.parametrize("kind", sorted(PLANTED))
def test_each_kind_is_caught_in_each_word_part(
    kind: str, place: str, fixture_scanner: Scanner, tmp_path: Path
) -> None:
    text, found = PLANTED[kind]
    report = _report(place, text)
    # Before writing: the draft model.
    hits = check_report(report, fixture_scanner)
    assert any(h.kind == kind and h.field == place for h in hits), hits
    # After writing: the parts of the .docx as written, read back.
    out = write_docx(report, tmp_path / "r.docx")
    back = scan_docx(out, fixture_scanner)
    assert any(h.kind == kind and h.field == place and found in h.text + text for h in back), back


def _template_with(tmp_path: Path, *, header: str = "", custom: str = "", author: str = "") -> Path:
    doc = Document(str(default_template()))
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    if author:
        doc.core_properties.author = author
        doc.core_properties.comments = f"Prepared by {author}"
    path = tmp_path / "mine.docx"
    doc.save(str(path))
    if custom:
        _add_custom_property(path, custom)
    return path


def _add_custom_property(path: Path, value: str) -> None:
    """A custom document property (docProps/custom.xml), as Word writes it."""
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Child">'
        f"<vt:lpwstr>{value}</vt:lpwstr></property></Properties>"
    )
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/docProps/custom.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
                )
            if item.filename == "_rels/.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/custom-properties" '
                    b'Target="docProps/custom.xml"/></Relationships>',
                )
            dst.writestr(item, data)
        dst.writestr("docProps/custom.xml", xml)
    tmp.replace(path)


@pytest.mark.parametrize(
    ("where", "kwargs"),
    [
        ("header", {"header": "Prepared for the hearing about Tiegan-Rose Merriweather"}),
        ("property", {"custom": "Tiegan-Rose Merriweather"}),
    ],
)
def test_a_template_header_or_property_that_names_a_child_stops_the_export(
    where: str, kwargs: dict[str, str], fx_db: Path, tmp_path: Path
) -> None:
    template = _template_with(tmp_path, **kwargs)
    out = tmp_path / "a.docx"
    with Store.open(fx_db) as store, pytest.raises(IdentifyingDetailsError) as info:
        export_area(store, "6", out, template=template)
    assert {h.field for h in info.value.hits} == {where}
    assert any("Tiegan-Rose" in h.text for h in info.value.hits)
    assert not out.exists() and not list(tmp_path.glob(".a.docx*"))


def test_the_templates_author_and_comments_do_not_leave(fx_db: Path, tmp_path: Path) -> None:
    template = _template_with(tmp_path, author="Clayton Merriweather")
    out = tmp_path / "a.docx"
    with Store.open(fx_db) as store:
        export_area(store, "6", out, template=template)
    props = Document(str(out)).core_properties
    assert "Merriweather" not in f"{props.author} {props.comments} {props.last_modified_by}"
    with zipfile.ZipFile(out) as z:
        assert not any(b"Merriweather" in z.read(n) for n in z.namelist())


# At rest ------------------------------------------------------------------------------


def _plant_everywhere(db: Path) -> dict[str, str]:
    """One identifier in every free-text field, on records no draft needs to quote.
    Returns record id -> the planted text."""
    planted: dict[str, str] = {}
    with Store.open(db) as store:
        case = store.case_rows(limit=1)[0]
        stored = store.case(case.id)
        store.put_case(stored.model_copy(update={"notes": "Mother is Dana Brennan-Whitlock."}),
                       case.id)  # fmt: skip
        planted[case.id] = "Brennan-Whitlock"
        crit = store.framework.criteria[0].id
        texts = {
            "text": "The guardian visited 12 Elm Road and met the child.",
            "child_words": "My birthday is on 3 March and I want a bike.",
            "safeguarding": "Call the social worker on 07700 900456 today.",
            "escalation_note": "Sent to d.whitlock@example.org on Monday.",
        }
        for field, text in texts.items():
            values: dict[str, object] = {
                "case_id": case.id, "criteria": [crit], "source": store.framework.sources[0].code,
                "text": "The guardian read the file.", field: text,
            }  # fmt: skip
            if field in ("safeguarding", "escalation_note"):
                values["escalation"] = "escalated"
                values.setdefault("safeguarding", "A concern was passed to the manager.")
            eid = store.put_evidence(Evidence.model_validate(values))
            planted[eid] = text
        gid = store.set_grading(Grading(case_id=case.id, criterion_id=crit, grade=store.framework.grading_codes()[0],
                                        rationale="Nobody asked Rocco Dunmore what he wanted."))  # fmt: skip
        planted[gid] = "Rocco"
        j = store.framework.judgements[0]
        jid = store.set_judgement(Judgement(judgement_id=j.id, grade=store.framework.grade_codes()[0],
                                            rationale="Seen at Westfield High School by the FCA."))  # fmt: skip
        planted[jid] = "Westfield High"
    return planted


def test_check_scans_every_free_text_field_at_rest(fx_db: Path) -> None:
    planted = _plant_everywhere(fx_db)
    res = CliRunner().invoke(cli, ["check", str(fx_db), "--json"])
    assert res.exit_code == 1, res.output
    problems = json.loads(res.output)["problems"]
    flagged = {p["record_id"] for p in problems if p["kind"].startswith("identifying-")}
    assert set(planted) <= flagged
    fields = {p["field"] for p in problems if p["kind"].startswith("identifying-")}
    assert {"text", "child's words", "safeguarding note", "escalation note", "case notes",
            "rationale"} <= fields  # fmt: skip


# CSV ----------------------------------------------------------------------------------


def _csv_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8-sig") for p in sorted(folder.glob("*.csv")))


@pytest.mark.parametrize("kind", sorted(PLANTED))
def test_a_planted_detail_stops_the_csv_export_and_nothing_is_written(
    kind: str, tmp_path: Path
) -> None:
    """The CSV export runs the same scanner over its free text and stops like the Word
    export: exit 2, one sentence naming how many hits of which kinds and what to do."""
    text, found = PLANTED[kind]
    db = fixture_data.build(tmp_path / "p.db", plant={"rationale": text})
    out = tmp_path / "csv"
    res = CliRunner().invoke(cli, ["export", "csv", str(db), "-o", str(out)])
    assert res.exit_code == 2, res.output
    sentence = res.output.splitlines()[0]
    assert sentence.startswith("fieldwork: The CSV files would hold ")
    words = {"jigsaw": "jigsaw identification", "phone": "phone number"}
    assert f"1 {words.get(kind, kind.replace('-', ' '))}" in sentence
    assert "identify hits" in sentence and "identify accept" in sentence
    assert "--omit-text" in sentence and "Traceback" not in res.output
    hits = res.output.splitlines()[1:]
    assert any(line.startswith("  - [hit ") and f" {kind} ‘" in line for line in hits), hits
    assert not out.exists()


@pytest.mark.parametrize("kind", sorted(PLANTED))
def test_omit_text_writes_the_csv_without_its_free_text(kind: str, tmp_path: Path) -> None:
    text, found = PLANTED[kind]
    db = fixture_data.build(tmp_path / "p.db", plant={"text": text, "child_words": text})
    out = tmp_path / "csv"
    res = CliRunner().invoke(cli, ["export", "csv", str(db), "-o", str(out), "--omit-text"])
    assert res.exit_code == 0, res.output
    assert found not in _csv_text(out)
    with (out / "evidence.csv").open(encoding="utf-8-sig") as fh:
        header = fh.readline().strip().split(",")
    assert "text" not in header and "child_words" not in header and "polarity" in header
