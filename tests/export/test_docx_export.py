"""Word export read back with python-docx: headings, real numbering, a comment per claim,
parts in the 2018 report's order, and the Word furniture a Word user expects."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from docx.oxml.ns import qn

from cli.root import cli
from exporters.docx_writer import STYLES, default_template, write_docx
from exporters.draft import DraftOptions, draft_area, draft_report, load
from exporters.errors import ExportError
from exporters.export import export_area, export_report
from store.store import Store
from tests.export.readback import blocks, comments, footnotes, text_dump

GOLDEN = Path(__file__).parent / "golden"
REGEN = os.environ.get("FIELDWORK_REGEN_GOLDEN") == "1"


def _numbers(path: Path) -> list[int]:
    return [b.number for b in blocks(path) if b.number is not None]


def test_area_section_heading_numbering_and_comments(fx_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "area6.docx"
    with Store.open(fx_db) as store:
        refs = {c.ref for c in store.case_rows(limit=100)}
        result = export_area(store, "6", out, start_number=49)
    bs = blocks(out)
    assert bs[0].style == STYLES["heading2"]
    assert bs[0].text == (
        "The leadership and management of local services in Hampshire, Isle of Wight and "
        "Dorset (Area 6) is outstanding"
    )
    numbered = [b for b in bs if b.style == STYLES["numbered"]]
    assert 3 <= len(numbered) <= 6
    assert _numbers(out) == list(range(49, 49 + len(numbered)))
    # The number is Word's, not typed text.
    assert not any(re.match(r"^\d+\.\t", b.text) for b in numbered)
    cs = comments(out)
    claims = [s for p in result.report.numbered() for s in p.sentences if s.role == "claim"]
    assert claims and len(cs) >= len(claims)
    for text in cs.values():
        assert len(text.split()) < 120
        assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", text)  # no record ids in the margin
    tallies = [t for t in cs.values() if re.search(r"In \d+ of \d+ cases with a view on", t)]
    assert tallies
    assert any(
        re.search(r"C-\d{3}(?:, (?:for|against))?: ‘", t) for t in cs.values()
    )  # excerpts, by case (a counter-example also by its side)
    for block in numbered:
        assert not any(re.search(rf"\b{re.escape(r)}\b", block.text) for r in refs)
    assert any("‘" in b.text for b in numbered)  # the child's words or a stakeholder quote


def test_each_claim_has_its_own_comment(fx_db: Path, tmp_path: Path) -> None:
    """One comment per claim, anchored to that sentence: the text the comment covers
    is the sentence."""
    out = tmp_path / "area13.docx"
    with Store.open(fx_db) as store:
        result = export_area(store, "13", out)
    doc = Document(str(out))
    covered: dict[int, str] = {}
    for p in doc.element.body.iter(qn("w:p")):
        inside: set[int] = set()
        for el in p.iter():
            if el.tag == qn("w:commentRangeStart"):
                inside.add(int(el.get(qn("w:id"))))
            elif el.tag == qn("w:commentRangeEnd"):
                inside.discard(int(el.get(qn("w:id"))))
            elif el.tag == qn("w:t"):
                for cid in inside:
                    covered[cid] = covered.get(cid, "") + (el.text or "")
    claims = [s.text for p in result.report.numbered() for s in p.sentences if s.role == "claim"]
    assert claims
    texts = {t.strip() for t in covered.values()}
    for claim in claims:
        assert claim in texts


def test_no_comments_gives_a_clean_copy(fx_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "clean.docx"
    with Store.open(fx_db) as store:
        export_area(store, "13", out, comments=False)
    assert comments(out) == {}
    assert all(not b.comment_ids for b in blocks(out))
    assert _numbers(out)[0] == 1


def test_whole_report_parts_in_order(fx_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    with Store.open(fx_db) as store:
        export_report(store, out)
    bs = blocks(out)
    headings = [b.text for b in bs if b.style in (STYLES["heading1"], STYLES["heading2"])]
    assert headings == [
        "The overall judgement is outstanding",
        "Summary of key findings",
        "What does Cafcass need to improve?",
        "Information about Cafcass",
        "Previous inspections",
        "Inspection judgements about Cafcass",
        "The quality and effectiveness of Cafcass private law practice with families is good",
        "The quality and effectiveness of Cafcass public law practice with families is good",
        "The leadership and governance of the national organisation is outstanding",
        "The leadership and management of local services is outstanding",
        "The leadership and management of local services in Hampshire, Isle of Wight and "
        "Dorset (Area 6) is outstanding",
        "The leadership and management of local services in Coventry, Warwickshire and "
        "Northamptonshire (Area 13) is good",
        "Information about this inspection",
    ]
    assert bs[0].style == STYLES["title"]
    table = next(b for b in bs if b.style == "table")
    assert "Private law practice|Good" in table.text
    nums = _numbers(out)
    assert nums == list(range(1, len(nums) + 1))
    improve = bs[[b.text for b in bs].index("What does Cafcass need to improve?") + 1 :]
    end = next((k for k, b in enumerate(improve) if b.style != STYLES["bullet"]), len(improve))
    bullets = [b.text for b in improve[:end]][:3]  # the section's own bullets only
    assert bullets
    for b in bullets:
        assert b.split()[0] in {"Ensure", "Improve", "Review", "Strengthen", "Reduce", "Make",
                                "Further", "Record", "Keep", "Use", "Follow", "Set", "Share",
                                "Plan", "Explain", "Give", "Represent", "Update", "Protect",
                                "Translate", "Secure"}, b  # fmt: skip
        assert "in every case" not in b
    team = [b for b in bs if b.style == "table"][-1].text
    assert "Lead inspector|Ruth Okafor" in team
    assert "complain" in bs[-1].text  # the complaints paragraph closes the report
    assert footnotes(out)
    assert all("%" not in b.text for b in bs)


def test_no_example_or_quotation_is_used_twice_in_a_report(fx_db: Path) -> None:
    """The fixture records the same notes and the same words on several cases; a reader
    of the draft meets each example, child's words and quotation once."""
    with Store.open(fx_db) as store:
        report = draft_report(load(store))
    said = [s.text for p in report.paragraphs() for s in p.sentences
            if s.role in ("example", "quote")]  # fmt: skip
    assert len(said) >= 5
    bodies = [re.sub(r"^[^,]+, ", "", t).lower() for t in said]
    assert sorted(set(bodies)) == sorted(bodies)
    every = [s.text for p in report.paragraphs() for s in p.sentences
             if s.role not in ("placeholder", "fixed")]  # fmt: skip
    assert len(set(every)) == len(every)  # no sentence twice anywhere


def test_start_number_carries_through_report(fx_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    with Store.open(fx_db) as store:
        export_report(store, out, start_number=11)
    assert _numbers(out)[0] == 11


def test_missing_style_is_named(fx_db: Path, tmp_path: Path) -> None:
    plain = tmp_path / "plain.docx"
    Document().save(str(plain))
    with Store.open(fx_db) as store:
        report = draft_area(load(store), "6")
    with pytest.raises(ExportError, match="'Fieldwork Numbered Paragraph'"):
        write_docx(report, tmp_path / "x.docx", plain)
    assert not (tmp_path / "x.docx").exists()


def test_user_template_with_the_style_names_works(fx_db: Path, tmp_path: Path) -> None:
    """A team's template with the style names but no list on the numbered style: each
    numbered paragraph is put in a list of its own making, from the first number."""
    doc = Document(str(default_template()))
    style = doc.styles["Fieldwork Numbered Paragraph"]
    style.font.bold = True
    for numpr in style.element.xpath("./w:pPr/w:numPr"):
        numpr.getparent().remove(numpr)
    mine = tmp_path / "mine.docx"
    doc.save(str(mine))
    with Store.open(fx_db) as store:
        report = draft_area(load(store), "6", DraftOptions(start_number=5))
    out = write_docx(report, tmp_path / "x.docx", mine)
    assert _numbers(out)[0] == 5
    body = zipfile.ZipFile(out).read("word/document.xml")
    assert b"<w:numPr>" in body


def test_not_yet_graded_area_has_placeholder(fx_db: Path) -> None:
    from store.models import Judgement

    with Store.open(fx_db) as store:
        store.set_judgement(Judgement(judgement_id="J18-4A", area_code="13", grade=None))
        report = draft_area(load(store), "13")
    assert report.sections[0].heading.endswith("is [not yet judged]")


def test_word_furniture(fx_db: Path, tmp_path: Path) -> None:
    """en-GB, the page number in the footer, properties from the inspection, and a
    plain title (no rule beneath it)."""
    out = tmp_path / "report.docx"
    with Store.open(fx_db) as store:
        export_report(store, out)
        title = store.inspection().title
    doc = Document(str(out))
    lang = doc.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val")
    assert lang == ["en-GB"]
    footer = doc.sections[-1].footer
    assert not footer.is_linked_to_previous
    assert any("PAGE" in p._p.xml for p in footer.paragraphs)
    core = doc.core_properties
    assert core.title == title and core.author == "Ruth Okafor"
    assert "2 February 2026 to 27 February 2026" in core.subject
    assert core.created is not None and core.created.year >= 2025
    assert core.language == "en-GB"
    style = doc.styles[STYLES["title"]]
    chain = []
    while style is not None:
        chain.append(style)
        style = style.base_style
    assert all(not s.element.xpath("./w:pPr/w:pBdr") for s in chain)
    assert "Title" not in [s.name for s in chain]


def test_cli_area_exit_codes(fx_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "a.docx"
    ok = runner.invoke(cli, ["export", "area", str(fx_db), "--area", "6", "-o", str(out),
                             "--start-number", "49"])  # fmt: skip
    assert ok.exit_code == 0, ok.output
    assert "paragraphs 49-" in ok.output
    bad = runner.invoke(cli, ["export", "area", str(fx_db), "--area", "99", "-o", str(out)])
    assert bad.exit_code == 2
    assert "Unknown area '99'; give one of: 2 (Cumbria and Lancashire)" in bad.output
    unvisited = runner.invoke(cli, ["export", "area", str(fx_db), "--area", "2", "-o",
                                    str(tmp_path / "u.docx")])  # fmt: skip
    assert unvisited.exit_code == 2
    assert "Area 2 was not visited" in unvisited.output
    assert not (tmp_path / "u.docx").exists()
    missing = runner.invoke(cli, ["export", "report", str(tmp_path / "nope.db"), "-o", str(out)])
    assert missing.exit_code == 2
    tpl = runner.invoke(cli, ["export", "area", str(fx_db), "--area", "6", "-o", str(out),
                              "--template", str(tmp_path / "none.docx")])  # fmt: skip
    assert tpl.exit_code == 2
    for sub in ("area", "report", "csv"):
        assert runner.invoke(cli, ["export", sub, "--help"]).exit_code == 0
        assert runner.invoke(cli, ["export", sub, "--version"]).exit_code == 0


def test_csv_export(fx_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["export", "csv", str(fx_db), "-o", str(tmp_path / "csv")])
    assert res.exit_code == 0, res.output
    names = sorted(p.name for p in (tmp_path / "csv").iterdir())
    assert names == ["cases.csv", "evidence.csv", "evidence_criteria.csv", "gradings.csv",
                     "inspectors.csv", "judgements.csv", "sentences.csv", "trace.csv"]  # fmt: skip
    evidence = (tmp_path / "csv" / "evidence.csv").read_text(encoding="utf-8-sig").splitlines()
    assert evidence[0].startswith("evidence_id,case_ref,area_code")
    assert len(evidence) > 100


def test_exported_files_are_private(fx_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    with Store.open(fx_db) as store:
        export_report(store, out)
    assert out.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("kind", ["area", "report"])
def test_golden_text(fx_db: Path, tmp_path: Path, kind: str) -> None:
    """Extracted text (not zip bytes) against tests/export/golden/; regenerate with
    FIELDWORK_REGEN_GOLDEN=1 after a deliberate change to the wording."""
    out = tmp_path / f"{kind}.docx"
    with Store.open(fx_db) as store:
        data = load(store)
        model = draft_area(data, "6", DraftOptions(start_number=49)) if kind == "area" else (
            draft_report(data))  # fmt: skip
    write_docx(model, out)
    got = text_dump(out)
    golden = GOLDEN / f"{kind}.txt"
    if REGEN or not golden.exists():
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")
