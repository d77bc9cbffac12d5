"""case30's test on the base of a sparse share said once in a run of claims
(`lowcoverage.base_once`), on the hand-written 2013 inspection
`tests.export.case30_inspection`."""

from __future__ import annotations

import re

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from tests.export import case30_inspection as insp

BASE = re.compile(r"\(of the (\w+) sampled\)")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = insp.build_three_areas(tmp_path_factory.mktemp("case30") / "three.db")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def test_a_sparse_shares_base_is_said_once_in_a_run_of_claims(report: ReportModel) -> None:
    """Fellgate said "(of the 13 sampled)" in three claims running (avoiding delay,
    analysis, recording: six of 13 cases with evidence on each).  The bracket is said by
    the first of a run only; the others keep their low-coverage comment and flag."""
    runs = 0
    for sec in report.sections:
        for p in sec.paragraphs:
            last = None
            for s in p.sentences:
                if s.role in ("example", "impact", "quote"):
                    continue
                found = BASE.search(s.text) if s.role == "claim" else None
                assert not (found and last and found.group(0) == last), (sec.heading, s.text)
                if not found and last and s.role == "claim" and "low coverage" in s.flags:
                    runs += 1
                    assert "low coverage: " in s.basis, s.basis
                last = found.group(0) if found else (last if s.role == "claim" and
                                                     "low coverage" in s.flags else None)  # fmt: skip
    assert runs, "no run of sparse shares in the inspection"
