"""The QA reader's view (`fieldwork export qa`), and what the command line says about
the draft: warnings when the evidence disagrees with a grade, records in conflict."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner
from docx import Document

from cli.root import cli
from store.models import Inspector, Judgement
from store.store import Store
from tests.export.small import Small


def test_qa_csv_lists_every_sentence_with_its_tally_and_flags(fx_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "qa.csv"
    res = CliRunner().invoke(cli, ["export", "qa", str(fx_db), "-o", str(out)])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert rows and set(rows[0]) >= {"section", "sentence", "tally", "excerpts", "flags"}
    claims = [r for r in rows if r["kind"] == "claim"]
    assert claims
    assert all(r["tally"] for r in claims)
    assert any(r["tally"].startswith("In ") and " cases with a view on " in r["tally"]
               for r in claims)  # fmt: skip
    assert any("C-0" in r["excerpts"] for r in claims)  # excerpts by case reference
    assert any("small sample" in r["flags"] for r in rows)  # area 6 has small samples
    assert out.stat().st_mode & 0o777 == 0o600


def test_qa_docx_is_a_table_per_section(fx_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "qa.docx"
    res = CliRunner().invoke(cli, ["export", "qa", str(fx_db), "-o", str(out)])
    assert res.exit_code == 0, res.output
    doc = Document(str(out))
    assert len(doc.tables) >= 10
    header = [c.text for c in doc.tables[0].rows[0].cells]
    assert header == ["Paragraph", "Sentence", "Kind", "Tally", "Evidence", "Flags"]
    text = "\n".join(p.text for p in doc.paragraphs)
    assert (
        "Sentences in area sections said, word for word or nearly, in another area's section"
        in text
    )


def test_qa_needs_a_docx_or_csv_name(fx_db: Path, tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["export", "qa", str(fx_db), "-o", str(tmp_path / "qa.txt")])
    assert res.exit_code == 2
    assert "does not end in .docx or .csv" in res.output
    assert "Traceback" not in res.output


def test_the_command_line_warns_when_evidence_disagrees_with_the_grade(tmp_path: Path) -> None:
    s = Small(tmp_path / "t.db")
    for k in range(10):
        c = s.case()
        for crit in ("QP5", "QP7", "QP11"):
            weak = k < 7
            s.ev(c, [crit], "development" if weak else "strength",
                 f"Case {k}: the work on {crit} was {'thin' if weak else 'thorough'} for the child.")  # fmt: skip
    s.judge("J18-4A", "outstanding", area="6")
    s.close()
    out = tmp_path / "a.docx"
    res = CliRunner().invoke(cli, ["export", "area", str(tmp_path / "t.db"), "--area", "6",
                                   "-o", str(out)])  # fmt: skip
    assert res.exit_code == 0, res.output
    warnings = [line for line in res.output.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 1 and "disagrees with the grade" in warnings[0]
    assert "the grade recorded is outstanding" in warnings[0]
    body = " ".join(p.text for p in Document(str(out)).paragraphs)
    assert "[Check before use: the grade recorded is outstanding" in body


def test_the_command_line_refuses_records_in_conflict(fx_db: Path, tmp_path: Path) -> None:
    with Store.open(fx_db) as master:
        a = master.put_inspector(Inspector(name="Alice Able", initials="AA", role="deputy-lead"))
        b = master.put_inspector(Inspector(name="Bob Brown", initials="BB", role="deputy-lead"))
        pa, pb = master.issue(tmp_path / "a.db", a), master.issue(tmp_path / "b.db", b)
        # Two grades that both differ from the one recorded: merging is field by field
        # against the common ancestor, so only changes both sides made differently
        # conflict (re-saving the recorded grade is no change).
        held = next(
            (j.grade for j in master.judgements() if j.judgement_id == "J18-1" and not j.area_code),
            None,
        )
        grades = [g for g in master.framework.grade_codes() if g != held][:2]
    for path, grade in zip((pa, pb), grades, strict=True):
        with Store.open(path) as store:
            store.set_judgement(Judgement(judgement_id="J18-1", grade=grade))
    with Store.open(fx_db) as master:
        master.merge_from(pa)
        master.merge_from(pb)
    out = tmp_path / "r.docx"
    runner = CliRunner()
    for sub in (["report"], ["qa"]):
        res = runner.invoke(cli, ["export", *sub, str(fx_db), "-o", str(out)])
        assert res.exit_code == 2, res.output
        assert "in conflict" in res.output and "judgement" in res.output
        assert not out.exists()
    res = runner.invoke(cli, ["export", "report", str(fx_db), "-o", str(out), "--allow-conflicts"])
    assert res.exit_code == 0, res.output
    assert "records in conflict marked" in res.output
    body = " ".join(p.text for p in Document(str(out)).paragraphs)
    assert "[In conflict: settle before use]" in body
