"""Issue 15, law types in the body of the draft (law15; tester 14, claims 8 and 9).

(a) A note about the organisation whose words name one law type ("Private law: checks
incomplete before the first hearing in 31% of applications") was drafted as a finding
in the other law type's section, and marked "[Not drafted here]" in its own.  The law
types' cues now begin with their own names, and a law type's section leaves a note
naming only another law type to that law's section (`national.other_laws`).

(b) A note on a public law case about an enforcement application (a private law
matter) was used as a public law example: its paraphrase dropped "Enforcement
application:" and with it the words that showed the misfit.  An example must suit its
case by the note's own words as well as by its paraphrase (`examples.fits`).

Checked on a 2021 inspection written by hand (`lawtypes_inspection.py`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.casefits import fits
from exporters.draft.data import DraftData
from exporters.draft.examples import example
from exporters.draft.fitting import Target, law_of
from exporters.draft.sections import judgement_pool
from exporters.draft.trace import Used, Voice
from exporters.model import ReportModel, Section
from tests.export.lawtypes_inspection import ENFORCEMENT, Built, build
from tests.export.small import STRONG, Small


@pytest.fixture(scope="module")
def drafted(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Built, DraftData, ReportModel]]:
    built = build(tmp_path_factory.mktemp("lawtypes") / "l.db")
    try:
        data = load(built.small.store)
        yield built, data, draft_report(data)
    finally:
        built.small.close()


def _section(report: ReportModel, jid: str) -> Section:
    return next(s for s in report.sections if s.judgement_id == jid and s.kind == "judgement")


def _ids(sec: Section) -> set[str]:
    return {i for p in [*sec.intro, *sec.paragraphs] for s in p.sentences for i in s.evidence_ids}


def test_law_types_cues_include_their_own_names(
    drafted: tuple[Built, DraftData, ReportModel],
) -> None:
    _built, data, _report = drafted
    assert law_of(data.words, "Private law: letters late in a third of cases") == "PRIVATE"
    assert law_of(data.words, "In public law, guardians are allocated at once") == "PUBLIC"
    assert law_of(data.words, "An enforcement application was re-heard") == "PRIVATE"
    assert law_of(data.words, "Reports are filed on time") == ""


def test_a_note_naming_private_law_is_said_in_private_law_only(
    drafted: tuple[Built, DraftData, ReportModel],
) -> None:
    built, _data, report = drafted
    private, public = _section(report, "J21-1"), _section(report, "J21-2")
    # Before: "In performance data, the response to risks to children comes out poorly."
    # in the public law section (a good grade), from the private law figure.
    assert built.ids["private_figure"] not in _ids(public)
    # It is the private law section's: drafted there, or named in its marker.
    assert built.ids["private_figure"] in _ids(private)
    # And the public law figure is never a private law finding.
    assert built.ids["public_figure"] not in _ids(private)


def test_the_law_sections_pools_hold_only_notes_of_their_own_law(
    drafted: tuple[Built, DraftData, ReportModel],
) -> None:
    built, data, _report = drafted
    index = {rid: i for i, rid in enumerate(data.ids)}
    pools = {j: judgement_pool(data, data.framework.judgement(j))[0] for j in ("J21-1", "J21-2")}
    assert pools["J21-1"].has(index[built.ids["private_figure"]])
    assert not pools["J21-2"].has(index[built.ids["private_figure"]])
    assert pools["J21-2"].has(index[built.ids["public_figure"]])
    assert not pools["J21-1"].has(index[built.ids["public_figure"]])


def test_an_enforcement_note_never_illustrates_public_law(
    drafted: tuple[Built, DraftData, ReportModel],
) -> None:
    built, data, report = drafted
    index = {rid: i for i, rid in enumerate(data.ids)}
    enforcement = index[built.ids["enforcement"]]
    pool = judgement_pool(data, data.framework.judgement("J21-2"))[0]
    # The note's paraphrase alone names no law type; its own words do.
    assert fits(pool, enforcement, "the FCA did not respond", "PUBLIC")
    assert not fits(pool, enforcement, ENFORCEMENT, "PUBLIC")
    # Asked for an example of public law's weakness in responding to changes, from the
    # weakness's records (the enforcement note's case first by reference), the draft
    # takes another case's note, never the enforcement note.
    weak = [i for i in range(len(data.ids)) if "QPN3" in data.crits[i]
            and data.polarity[i] == "development" and pool.has(i)]  # fmt: skip
    assert enforcement in weak
    target = Target("QPN3", "development", "PUBLIC", "Children's needs are not met well enough.")
    ex = example(pool, weak, Used(data.rules.near_same_share), Voice(),
                 leads=["In one case,"], key="law15", target=target)  # fmt: skip
    assert ex is not None
    assert built.ids["enforcement"] not in ex.evidence_ids
    assert "contact arrangements" not in ex.text
    assert "partner moved into the home" in ex.text  # the other note (`NEEDS_POOR`)
    # And nowhere in the draft is it used as an example.
    for p in report.paragraphs():
        for s in p.sentences:
            if s.role == "example":
                assert built.ids["enforcement"] not in s.evidence_ids, s.text


def test_a_note_naming_both_law_types_or_neither_stays_in_both(tmp_path: Path) -> None:
    s = Small(tmp_path / "both.db", framework="cafcass-2021")
    try:
        for law in ("PRIVATE", "PUBLIC"):
            case = s.case("6", law)
            s.ev(case, ["QP7"], "strength", STRONG["QP7"])
        ids = {
            "both": s.national(["SW1"], "development", "Private law letters are late in a "
                               "third of cases; public law checks are complete.", "PERF_DATA"),
            "neither": s.national(["SW1"], "development", "Checks with the police are late "
                                  "in a third of cases nationally.", "PERF_DATA"),
            "private": s.national(["SW1"], "development", "Section 7 reports are filed late "
                                  "in a third of cases nationally.", "PERF_DATA"),
        }  # fmt: skip
        data = load(s.store)
        index = {rid: i for i, rid in enumerate(data.ids)}
        for jid, law in (("J21-1", "PRIVATE"), ("J21-2", "PUBLIC")):
            pool = judgement_pool(data, data.framework.judgement(jid))[0]
            assert pool.has(index[ids["both"]]) and pool.has(index[ids["neither"]])
            # "Section 7" is one of private law's cues: that note is private law's alone.
            assert pool.has(index[ids["private"]]) == (law == "PRIVATE")
    finally:
        s.close()
