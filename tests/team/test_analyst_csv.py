"""The analyst's CSV export on an inspection built through the CLI from our own messy
list: what "x of y cases" is counted from, names next to ids, labels next to codes, a
conflict column, formulas neutralised, and nothing identifying in any file."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.root import cli
from tests.conftest import private_home
from tests.team.helpers import new_inspection, run
from tests.team.messy_list import write_messy_list

FILES = ["cases.csv", "evidence.csv", "evidence_criteria.csv", "gradings.csv",
         "inspectors.csv", "judgements.csv", "sentences.csv", "trace.csv"]  # fmt: skip


def read(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict[str, str]]:
    """An inspection with sampled, substituted, graded and conflicting work, exported:
    made once for the module's tests, which only read the files (about 25 commands)."""
    tmp_path = tmp_path_factory.mktemp("analyst")
    with private_home(tmp_path / "home"):
        return _exported(tmp_path)


def _exported(tmp_path: Path) -> tuple[Path, str, dict[str, str]]:
    db = new_inspection(tmp_path / "master.db")
    path, children, _ = write_messy_list(tmp_path / "list.csv", n=300)
    run("cases", "import", db, path)
    run("areas", "visit", db, "6", "9")
    run("team", "add", db, "Priti Sandhu", "--initials", "PS")
    run("team", "add", db, "Colm Byrne", "--initials", "CB")
    run("sample", db, "--per-area", "5")
    sampled = json.loads(run("cases", "list", db, "--sampled", "--json").output)
    first = next(c["ref"] for c in sampled if c["area"] == "6")
    run("assign", db, "--inspector", "PS", "--area", "6")
    run("assign", db, "--inspector", "CB", "--area", "9")
    out = ""
    for case in [c for c in sampled if c["ref"] != first]:  # one with a case to replace it
        second = case["ref"]
        result = CliRunner().invoke(cli, ["sample", str(db), "--substitute", second,
                                          "--reason", "moved area"])  # fmt: skip
        if result.exit_code == 0:
            out = result.output
            break
    substitute = out.split(" replaced by ")[1].split(" ")[0]
    name = next(n for c in children for n in c.names if " " in n)  # a child's full name
    named = run("evidence", "add", db, "--as", "PS", "--case", first, "--criteria", "SW1,QP1,QP2",
                "--source", "Case file scrutiny", "--polarity", "strength",
                "--text", f"The practitioner met {name} twice at home before the hearing.")  # fmt: skip
    named_id = named.stdout.strip().split()[-1].rstrip(".")
    run("evidence", "add", db, "--as", "CB", "--area", "9", "--criteria", "LGS1",
        "--source", "PERF_DATA", "--polarity", "development",
        "--text", "=HYPERLINK(\"http://example.invalid\") as pasted from the dashboard")  # fmt: skip
    ps, cb = tmp_path / "ps.db", tmp_path / "cb.db"
    run("issue", db, "--inspector", "PS", "-o", ps)
    run("issue", db, "--inspector", "CB", "-o", cb)
    run("grade", ps, "--case", first, "--criterion", "SW1", "--grade", "good")
    run("grade", cb, "--case", first, "--criterion", "SW1", "--grade", "inadequate")
    run("merge", db, ps, cb)
    run("judge", db, "--judgement", "J18-4A", "--area", "6", "--grade", "good",
        "--rationale", "-3 cases were late; the rest timely")  # fmt: skip
    folder = tmp_path / "csv"
    # The child's name stops the export; without the free text it goes; once the note
    # is corrected, the whole export goes.
    refused = CliRunner().invoke(cli, ["export", "csv", str(db), "-o", str(folder)])
    assert refused.exit_code == 2 and not folder.exists()
    run("export", "csv", db, "-o", tmp_path / "no-text", "--omit-text")
    run("evidence", "edit", db, named_id, "--text",
        "The practitioner met the child twice at home before the hearing.")  # fmt: skip
    result = CliRunner().invoke(cli, ["export", "csv", str(db), "-o", str(folder)])
    assert result.exit_code == 0, result.output
    return folder, refused.output, {"first": first, "second": second, "sub": substitute,
                                    "name": name}  # fmt: skip


def test_the_files_an_analyst_counts_from(exported: tuple[Path, str, dict[str, str]]) -> None:
    folder, _, refs = exported
    assert sorted(p.name for p in folder.iterdir()) == FILES
    assert all((folder / f).stat().st_mode & 0o777 == 0o600 for f in FILES)
    cases = {r["case_ref"]: r for r in read(folder, "cases.csv")}
    assert len(cases) == 300
    assert cases[refs["second"]]["sample"] == "replaced"
    assert cases[refs["sub"]]["sample"] == "substitute"
    first = cases[refs["first"]]
    assert first["inspector_name"] == "Priti Sandhu" and first["evidence_count"] == "1"
    assert first["area_name"] == "London South" and first["law_type_label"]
    assert sum(r["sample"] == "area-sampled" for r in cases.values()) == 9
    # Each code has its label beside it: a case never drawn reads "not sampled", and its
    # code says so too (`national` read as a national sample: tester 32, F12).
    labels = Counter((r["sample"], r["sample_label"]) for r in cases.values())
    assert labels == {("not-sampled", "not sampled"): 289, ("area-sampled", "sampled"): 9,
                      ("replaced", "replaced"): 1, ("substitute", "substitute"): 1}  # fmt: skip
    assert {r["status_label"] for r in cases.values()} <= {"Not started", "In progress", "Complete"}
    people = {r["initials"]: r for r in read(folder, "inspectors.csv")}
    assert people["PS"]["evidence_recorded"] == "1"
    # The substitute goes to the replaced case's inspector, who keeps the replaced one too.
    had = cases[refs["second"]]["inspector_name"]
    assert cases[refs["sub"]]["inspector_name"] == had
    held = {r["name"]: r["cases_held"] for r in people.values()}
    # The replaced case is not counted as held (it is not inspected).
    assert held == {"Priti Sandhu": "5", "Colm Byrne": "5", "Ruth Okafor": "0"}
    tidy = read(folder, "evidence_criteria.csv")
    assert sorted(r["criterion_id"] for r in tidy) == ["LGS1", "QP1", "QP2", "SW1"]
    assert {r["source_label"] for r in tidy} >= {"Case file scrutiny"}


def test_conflicts_and_who_graded(exported: tuple[Path, str, dict[str, str]]) -> None:
    folder, _, refs = exported
    (grading,) = read(folder, "gradings.csv")
    assert grading["case_ref"] == refs["first"] and grading["conflict"] == "yes"
    assert grading["graded_by_name"] in {"Priti Sandhu", "Colm Byrne"} and grading["graded_at"]
    assert {r["conflict"] for r in read(folder, "evidence.csv")} == {""}


def test_nothing_identifying_and_no_formulas(exported: tuple[Path, str, dict[str, str]]) -> None:
    folder, refused, refs = exported
    # The name in the evidence (and in any draft sentence that quotes it): one hit each.
    said = re.match(r"fieldwork: The CSV files would hold (\d+) details? ", refused)
    assert said, refused
    n = int(said.group(1))
    assert f"({n} protected name{'s' if n > 1 else ''})" in refused and "--omit-text" in refused
    # The hit names the evidence that holds it, once (its place is that record).
    (line,) = [ln for ln in refused.splitlines() if f"‘{refs['name']}’ in the text" in ln]
    assert len(re.findall(r"evidence [0-9a-f-]{36}", line)) == 1, line
    no_text = folder.parent / "no-text"
    for where in (folder, no_text):
        everything = "".join((where / f).read_text(encoding="utf-8-sig") for f in FILES)
        for part in refs["name"].split():
            assert part not in everything
    assert "text" not in read(no_text, "evidence.csv")[0]
    assert "rationale" not in read(no_text, "judgements.csv")[0]
    evidence = {r["text"]: r for r in read(folder, "evidence.csv")}
    assert "The practitioner met the child twice at home before the hearing." in evidence
    assert '\'=HYPERLINK("http://example.invalid") as pasted from the dashboard' in evidence
    (judged,) = read(folder, "judgements.csv")
    assert judged["rationale"] == "'-3 cases were late; the rest timely"
    assert judged["area_name"] == "London South" and judged["judged_by_name"] == "Ruth Okafor"


def test_each_sentence_is_told_apart_and_every_trace_row_joins_one(
    exported: tuple[Path, str, dict[str, str]],
) -> None:
    """Tester 29, F7: every key finding and improvement bullet was paragraph '' and
    sentence 1, so a trace row could not be joined to its bullet.  Bullets and plain
    paragraphs are now numbered within their section ("bullet 2", "text 1")."""
    folder, _, _ = exported
    sentences = read(folder, "sentences.csv")
    keys = Counter((r["section"], r["paragraph"], r["sentence"]) for r in sentences)
    assert keys and max(keys.values()) == 1, keys.most_common(3)
    bullets = [r["paragraph"] for r in sentences if r["paragraph"].startswith("bullet ")]
    assert len(set(bullets)) > 1, bullets
    assert all(r["paragraph"] for r in sentences)
    for r in read(folder, "trace.csv"):
        assert (r["section"], r["paragraph"], r["sentence"]) in keys, r
