"""Word export read back with python-docx: headings, numbering, comments, parts in order."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from cli.root import cli
from exporters.docx_writer import STYLES, default_template, write_docx
from exporters.draft import DraftOptions, draft_area, draft_report, load
from exporters.errors import ExportError
from exporters.export import export_area, export_report
from exporters.wording import EXAMPLE_LEADS
from store.store import Store
from tests.export.readback import blocks, comments, footnotes, text_dump

GOLDEN = Path(__file__).parent / "golden"
REGEN = os.environ.get("FIELDWORK_REGEN_GOLDEN") == "1"
NUM = re.compile(r"^(\d+)\.\t")


def _numbers(path: Path) -> list[int]:
    return [
        int(m.group(1))
        for b in blocks(path)
        if b.style == STYLES["numbered"] and (m := NUM.match(b.text))
    ]


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
    assert any(b.text.split("\t", 1)[1].startswith("However,") for b in numbered)
    # Every drafted paragraph carries one comment, which lists its evidence.
    cs = comments(out)
    assert len(cs) == len(numbered)
    model_paras = result.report.numbered()
    for block, para in zip(numbered, model_paras, strict=True):
        assert len(block.comment_ids) == 1
        text = cs[block.comment_ids[0]]
        assert text.startswith(f"Paragraph {para.number}: evidence trace")
        for ev in para.evidence_ids[:5]:
            assert ev in text
        for ref in para.case_refs[:5]:
            assert ref in text
        assert "Criteria: " in text
        # Case references are allowed in comments, never in the body.
        assert not any(re.search(rf"\b{re.escape(r)}\b", block.text) for r in refs)
    assert any("In " in t and " of " in t and " cases" in t for t in cs.values())
    assert any("‘" in b.text for b in numbered)  # the child's words or a stakeholder quote


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
    expected = [
        "The overall judgement is outstanding",
        "Summary of key findings",
        "What does Cafcass need to improve?",
        "Information about Cafcass",
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
    assert headings == expected
    assert bs[0].style == STYLES["title"]
    # The judgement table follows the overall judgement, with capitalised grades.
    table = next(b for b in bs if b.style == "table")
    assert "Private law practice|Good" in table.text
    # Numbering continues through the whole report without a gap.
    nums = _numbers(out)
    assert nums == list(range(1, len(nums) + 1))
    # Improvement points start with a verb.
    improve = bs[[b.text for b in bs].index("What does Cafcass need to improve?") + 1 :]
    bullets = [b.text for b in improve[:3]]
    assert all(b.split()[0] in {"Ensure", "Improve", "Review", "Strengthen", "Reduce", "Make",
                                "Further"} for b in bullets)  # fmt: skip
    team = [b for b in bs if b.style == "table"][-1].text
    assert "Lead inspector|Ruth Okafor" in team
    # Terms are defined in footnotes at their first use, numbered from 1.
    notes = footnotes(out)
    assert notes and notes[0].startswith("'Children' means")
    assert all("%" not in b.text for b in bs)


def test_no_example_or_quotation_is_used_twice_in_a_report(fx_db: Path, tmp_path: Path) -> None:
    """The fixture records the same notes and the same words on several cases; a reader
    of the draft should meet each example, child's words and stakeholder's quotation
    once, not again in a later section."""
    out = tmp_path / "report.docx"
    with Store.open(fx_db) as store:
        export_report(store, out)
    body = [b.text for b in blocks(out) if b.style == STYLES["numbered"]]
    leads = "|".join(re.escape(lead) for lead in EXAMPLE_LEADS)
    examples = [m.group(1) for t in body for m in re.finditer(rf"(?:{leads}) ([^.]+\.)", t)]
    quotes = [q for t in body for q in re.findall(r"‘([^’]+)’", t)]
    assert len(examples) >= 10 and len(quotes) >= 3  # the report does use them
    assert sorted(set(examples)) == sorted(examples)
    assert sorted(set(quotes)) == sorted(quotes)


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
    doc = Document(str(default_template()))
    doc.styles["Fieldwork Numbered Paragraph"].font.bold = True
    mine = tmp_path / "mine.docx"
    doc.save(str(mine))
    with Store.open(fx_db) as store:
        report = draft_area(load(store), "6", DraftOptions(start_number=5))
    out = write_docx(report, tmp_path / "x.docx", mine)
    assert _numbers(out)[0] == 5


def test_not_yet_graded_area_has_placeholder(fx_db: Path, tmp_path: Path) -> None:
    from store.models import Judgement

    with Store.open(fx_db) as store:
        store.set_judgement(Judgement(judgement_id="J18-4A", area_code="13", grade=None))
        report = draft_area(load(store), "13")
    assert report.sections[0].heading.endswith("is [not yet judged]")


def test_cli_area_exit_codes(fx_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "a.docx"
    ok = runner.invoke(cli, ["export", "area", str(fx_db), "--area", "6", "-o", str(out),
                             "--start-number", "49"])  # fmt: skip
    assert ok.exit_code == 0, ok.output
    assert "paragraphs 49-" in ok.output
    bad = runner.invoke(cli, ["export", "area", str(fx_db), "--area", "99", "-o", str(out)])
    assert bad.exit_code == 2
    assert "no service area '99'" in bad.output
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
    assert names == ["evidence.csv", "gradings.csv", "judgements.csv", "trace.csv"]
    evidence = (tmp_path / "csv" / "evidence.csv").read_text(encoding="utf-8-sig").splitlines()
    assert evidence[0].startswith("evidence_id,case_ref,area_code")
    assert len(evidence) > 100


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
