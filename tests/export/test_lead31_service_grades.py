"""A case's grade on a criterion about the service is no finding (tester 31, F11): the
command line refuses one, saying why and what to record instead, and a grade recorded
before (an older file, the TUI's grid before it listed case criteria only) is left out
of the draft, which had said "Stakeholders gave inspectors a positive account of the
work on private law applications" from one case's grade."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from cli.root import cli
from exporters.draft import draft_report, load
from exporters.gradable import case_criteria
from tests.export.small import Small


def _inspection(path: Path) -> tuple[Small, str]:
    s = Small(path)
    cases = [s.case() for _ in range(3)]
    for case in cases:
        s.ev(
            case, ["QPN4"], "strength", "The guardian's analysis weighed each option for the child."
        )
    s.judge("J18-4A", "good", area="6")
    s.grade(cases[0], "LGS2", "outstanding")
    s.flush()
    return s, cases[0]


def test_the_draft_leaves_out_a_case_grade_on_a_service_criterion(tmp_path: Path) -> None:
    s, _ = _inspection(tmp_path / "i.db")
    try:
        assert "LGS2" not in case_criteria(s.store.framework)
        report = draft_report(load(s.store))
    finally:
        s.close()
    said = " ".join(x.text for p in report.paragraphs() for x in p.sentences)
    notes = " ".join(n for p in report.paragraphs() for x in p.sentences for n in x.notes)
    assert "private law applications" not in said
    assert "LGS2" not in notes


def test_the_command_line_refuses_to_grade_a_case_on_a_service_criterion(tmp_path: Path) -> None:
    s, case_id = _inspection(tmp_path / "i.db")
    ref = s.store.case(case_id).ref
    s.close()
    result = CliRunner().invoke(cli, ["grade", str(tmp_path / "i.db"), "--as", "Ruth Okafor",
                                      "--case", ref, "--criterion", "LGS3", "--grade", "good"])  # fmt: skip
    assert result.exit_code == 2, result.output
    assert result.output.startswith("fieldwork: LGS3 (secure accommodation applications")
    assert "is about the service, judged from interviews, data and papers, not graded on a case" \
        in result.output  # fmt: skip
    assert result.output.count("\n") == 1
