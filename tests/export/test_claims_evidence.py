"""What the draft's sentences claim, against the evidence they rest on (independent
tester's findings 3 and 4), on a small inspection written by hand for these checks
(tests/export/claims_inspection/: inspection.toml says what each part is for), not on
the demo: stakeholder views named and weighed as their own records go, a note tagged
with the wrong criterion, consequences only after a clear tally, quotations from the
right side, "cases sampled" only when it is true, and unsampled cases kept out of an
area's tally."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.data import DraftData
from exporters.draft.tallies import Pool
from exporters.draft.words import words
from exporters.export import export_area
from exporters.model import ReportModel, Section, Sentence
from store.framework import load_framework
from store.models import Evidence
from store.store import Store
from tests.export.conftest import inspection_copy
from tests.export.readback import comments
from tests.export.small import counted_pattern

FOLDER = Path(__file__).parent / "claims_inspection"
TALLY = re.compile(
    r"In (\d+) of (\d+) cases with a view on (\S+?)(?:; against in (\d+))?(?:;|$| \()"
)
STRONG = re.compile(r"very positive|speak highly|value the contribution|value the service")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return inspection_copy(tmp_path_factory, "claims")  # FOLDER, built once per run


@pytest.fixture(scope="module")
def report(handwritten_reports: dict[str, ReportModel]) -> ReportModel:
    return handwritten_reports["claims"]  # the draft of the same build as `db`


def _area(report: ReportModel, code: str) -> Section:
    return next(s for s in report.sections if s.kind == "area" and s.area_code == code)


def _sentences(section: Section) -> list[Sentence]:
    return [s for p in section.paragraphs for s in p.sentences]


def _claim(section: Section, criterion: str) -> Sentence:
    return next(s for s in _sentences(section) if s.role == "claim" and s.criteria == [criterion])


def _all(report: ReportModel) -> list[Sentence]:
    return [s for sec in report.sections for p in (*sec.intro, *sec.paragraphs)
            for s in p.sentences]  # fmt: skip


# Stakeholders -----------------------------------------------------------------------------


def test_one_judge_and_a_neutral_note_make_no_claim_about_stakeholders(report: ReportModel) -> None:
    """Area 4: one judge's positive view and one neutral local authority note."""
    area = _area(report, "4")
    assert not [s for s in _sentences(area) if s.role == "views"]
    body = " ".join(s.text for s in _sentences(area))
    assert "magistrates" not in body.lower()
    assert not re.search(r"local authority staff (?:value|speak|told|are positive)", body)


def test_positive_and_critical_groups_are_said_apart(report: ReportModel) -> None:
    """Area 9: judges positive (3 records), local authority staff critical (3)."""
    views = [s for s in _sentences(_area(report, "9")) if s.role == "views"]
    assert len(views) == 1
    v = views[0]
    assert v.direction == "balanced" and "mixed evidence" in v.flags
    low = v.text.lower()
    praise = re.search(r"positive|praised|spoke well", low)
    assert (
        "judges" in low
        and "local authority staff" in low
        and re.search(r"concerns|critical", low[low.index("local authority staff") :])
    ), v.text
    assert praise and low.index("judges") < praise.start() < low.index("local authority staff")
    assert not STRONG.search(v.text) and "magistrates" not in low


def test_strong_words_only_from_enough_records_of_named_groups(report: ReportModel) -> None:
    """Area 11: five positive records from judges and partner agencies, none naming a
    magistrate: a plain positive claim naming those two groups only."""
    views = [s for s in _sentences(_area(report, "11")) if s.role == "views"]
    assert len(views) == 1
    v = views[0]
    assert v.direction == "for" and not v.flags
    assert "judges" in v.text.lower() and "partner agencies" in v.text
    assert "magistrates" not in v.text and "local authority" not in v.text
    rules = words().rules(load_framework("cafcass-2018"))
    for s in _all(report):
        if s.role != "views":
            continue
        groups = re.findall(r"(\d+) strength and (\d+) development records", s.basis)
        if STRONG.search(s.text):
            assert sum(int(a) + int(b) for a, b in groups) >= rules.min_cases, s.basis
            assert s.direction == "for", (s.text, s.basis)
        assert "magistrates" not in s.text  # no note from a magistrate in this inspection


def test_a_few_records_give_a_hedged_sentence(db: Path, tmp_path: Path) -> None:
    """With a critical local authority note added to Area 4 (two records in all), the
    sentence is flagged a small sample for the QA reader, says which group (or the one
    person whose note it is) said what, and never that inspectors heard from few in an
    area (tester 12: it read as a thin inspection)."""
    copy = tmp_path / "few.db"
    shutil.copy2(db, copy)
    with Store.open(copy) as store:
        store.put_evidence(Evidence(
            area_code="4", criteria=["LGN4"], source="INT_LA", polarity="development",
            text="A local authority social work manager said that guardians seldom share "
                 "their initial analysis before the case management hearing.",
        ))  # fmt: skip
        area = _area(draft_report(load(store)), "4")
    views = [s for s in _sentences(area) if s.role == "views"]
    assert len(views) == 1
    v = views[0]
    assert "small sample" in v.flags and not STRONG.search(v.text)
    assert not re.search(r"\bfew\b", v.text), v.text
    low = v.text.lower()
    positive = re.search(r"positive|spoke well|praised", low)
    assert positive, v.text
    assert low.index("judge") < positive.start() < low.index("local authority")


# A note tagged with the wrong criterion, and claims on one case ---------------------------


def test_a_mistagged_note_is_marked_and_shown_not_illustrated(db: Path, report: ReportModel,
                                                              tmp_path: Path) -> None:  # fmt: skip
    """SF-03's note on a sparse contact log is tagged QP10 (the reasons for advice): the
    claim carries a visible mark and the lead's warning; its comment shows the note; no
    example or other sentence is drawn from it."""
    area = _area(report, "4")
    claim = _claim(area, "QP10")
    assert "[Check before use:" in claim.text and "may be tagged wrongly" in claim.flags
    assert any(w for w in report.warnings if "QP10" in w and "wrong criterion" in w)
    others = [s.text for s in _sentences(area) if s is not claim]
    assert not [t for t in others if "contact log" in t.lower() or "telephone" in t.lower()]
    out = tmp_path / "a4.docx"
    with Store.open(db) as store:
        export_area(store, "4", out)
    notes = comments(out).values()
    assert any("SF-03" in c and "Contact log is sparse" in c for c in notes), list(notes)


def test_one_case_is_never_a_general_finding(report: ReportModel) -> None:
    """A claim on a single case says so and is marked; no small-sample claim opens
    "Inspectors found that"."""
    seen = 0
    for s in _all(report):
        if s.role == "claim" and not s.by_cases and re.search(r"\[One case (?:only|each)", s.text):
            seen += 1  # one-case points named together (coverage.py): counts, no share
            assert "one case" in s.text.lower() and not s.text.startswith("Inspectors found"), (
                s.text
            )
            continue
        if s.role != "claim" or not s.by_cases:
            continue
        m = TALLY.search(s.basis)
        assert m, s.basis
        if int(m[2]) < 5:
            assert not s.text.startswith("Inspectors found"), s.text
        if int(m[2]) == 1:
            seen += 1
            # One-case points are named together ("[One case each: ...]", coverage.py).
            assert "one case" in s.text and re.search(
                r"\[(?:One case (?:only|each)|Check before use)", s.text
            )
    assert seen >= 2


# Consequences and quotations --------------------------------------------------------------


def _impacts(section: Section) -> set[str]:
    return {c for s in _sentences(section) if s.role == "impact" for c in s.criteria}


def test_no_consequence_after_a_split_or_small_tally(report: ReportModel) -> None:
    four, nine, eleven = (_area(report, c) for c in ("4", "9", "11"))
    assert "QP5" not in _impacts(four)  # two for, two against
    assert "QP3" not in _impacts(four)  # three for, two against
    assert "QP6" not in _impacts(nine)  # one each way
    assert "QP3" not in _impacts(eleven)  # one case
    # A clear tally alone does not: six of six on QP4 in Area 4, graded good, but no
    # note states what followed for the child (the positive control, a note that does,
    # is in test_draft_support.py).
    assert "QP4" not in _impacts(four)
    rules = words().rules(load_framework("cafcass-2018"))
    for sec in report.sections:
        if sec.kind != "area":
            continue
        for p in sec.paragraphs:
            for k, s in enumerate(p.sentences):
                if s.role != "impact":
                    continue
                claim = next(c for c in reversed(p.sentences[:k]) if c.role == "claim"
                             and c.criteria == s.criteria)  # fmt: skip
                if claim.direction == "for" and claim.by_cases:
                    m = TALLY.search(claim.basis)
                    assert m and int(m[2]) >= rules.min_cases and 2 * int(m[1]) > int(m[2])


def test_a_child_is_quoted_beside_a_strength_only_from_a_strength(report: ReportModel) -> None:
    """Area 4: SF-11's words come from a strength on QP3 in a case counted for it; SF-12's
    come from a development point graded requires improvement and are never quoted.
    Area 4's sentence on QP3 is balanced and, in the paragraph on practice, ends on the
    strength (the side it leans to), so SF-11's words may follow it, straight after
    it and nowhere else (tests/export/test_voice.py tests where a child's words go)."""
    sentences = _sentences(_area(report, "4"))
    (k,) = [k for k, s in enumerate(sentences) if s.role == "claim" and s.criteria == ["QP3"]]
    qp3 = sentences[k]
    strong = words().criterion(load_framework("cafcass-2018"), "QP3").strength
    assert qp3.direction == "balanced" and qp3.text.rstrip(".").endswith(strong), qp3.text
    quoted = [j for j, s in enumerate(sentences) if "see my dad at weekends" in s.text]
    assert quoted in ([], [k + 1]), [sentences[j].text for j in quoted]
    assert sum("see my dad at weekends" in s.text for s in _all(report)) == len(quoted)
    assert not any("stop shouting" in s.text for s in _all(report))


# "Cases sampled" and which cases count ----------------------------------------------------


_WHOLE_SAMPLE = re.compile(
    r"\b(?:in|across) (?:all|almost all|most|many|some) cases\b", re.IGNORECASE
)
"""A share said of the whole sample with no phrase saying which cases ("in all cases")."""


def test_cases_sampled_only_when_every_sampled_case_has_a_view(report: ReportModel) -> None:
    sampled = with_view = 0
    for sec in report.sections:
        if sec.kind != "area":
            continue
        for s in _sentences(sec):
            if s.role != "claim" or not s.by_cases:
                continue
            m = TALLY.search(s.basis)
            assert m
            if "cases sampled" in s.text or _WHOLE_SAMPLE.search(s.text):
                sampled += 1
                assert "cases sampled" not in s.basis, (s.text, s.basis)  # views == sample
            if (
                re.search(r"; 12 cases sampled|of 12 sampled have evidence", s.basis)
                and int(m[2]) < 5
            ):
                with_view += 1
                assert re.search(counted_pattern(), s.text), s.text
    assert sampled >= 1 and with_view >= 2
    qp5 = _claim(_area(report, "4"), "QP5")
    assert re.search(r"four cases " + counted_pattern("direct work with children"), qp5.text)
    assert "4 of 12 sampled have evidence" in qp5.basis  # low coverage (tester 28's A2)


def test_unsampled_cases_do_not_change_an_area_tally(db: Path, report: ReportModel) -> None:
    """National-sample cases (NS-01 in Area 4, NS-02 and NS-03 in Area 9) and a replaced
    case (TR-13) hold evidence on seeing children alone; the areas count their own
    sample only, and the national sections count the national sample."""
    m = TALLY.search(_claim(_area(report, "9"), "QP8").basis)
    assert m and (m[1], m[2], m[4]) == ("2", "5", "3")
    with Store.open(db) as store:
        data: DraftData = load(store)
        pool = Pool(data, data.cases_in_area["4"], data.area_level["4"], key="t", areas=("4",))
        t = pool.tally("QP8")
        assert (len(t.pos), len(t.neg), len(t.mixed)) == (2, 1, 0)
        t5 = pool.tally("QP5")
        assert (len(t5.pos), len(t5.neg)) == (2, 2)
        assert pool.sample_size == 12
        refs = {data.case_ref[k] for k in data.national_cases}
        assert {"NS-01", "NS-02", "NS-03"} <= refs and "TR-13" not in refs
        every = Pool(data, set(data.national_cases), [], key="n")
        national = every.tally("QP8")
        # For: SF-01, SF-02, TR-01, TR-02, NS-02, NS-03; against: SF-05, TR-03, TR-04,
        # TR-11, NS-01.  Never the replaced TR-13.
        assert (len(national.pos), len(national.neg)) == (6, 5)


QP11_NOTES = {
    "SF-01": "Case records are up to date, and each visit note says what the visit was for.",
    "SF-02": "The recording of the home visit was completed the same day and explains its purpose.",
    "SF-04": "The file holds a clear, dated account of each piece of work, so that a new guardian could take over without the girl repeating her story.",
    "SF-06": "Recording of the guardian's visits is timely and shows how each one fed the analysis.",
    "SF-07": "Case notes are typed up within two days and record the outcome of each session.",
    "SF-10": "Records of the meetings with the social worker are current and say what was agreed.",
    "SF-11": "The case record gives a clear account of the direct work and the child's responses.",
    "SF-09": "Each entry on the file records what was done, why, and what happens next.",
}


def _with_recording(db: Path, path: Path, graded_weak: bool) -> Section:
    """Area 4 with strengths on case recording (QP11) in eight ungraded cases and, when
    `graded_weak`, the one case graded on it graded requires improvement."""
    from store.models import Grading

    shutil.copy2(db, path)
    with Store.open(path) as store:
        with store.transaction():
            for ref, text in QP11_NOTES.items():
                case = store.case_by_ref(ref)
                store.put_evidence(Evidence(case_id=case.id, criteria=["QP11"],
                                            source="CASE_FILE", polarity="strength", text=text))  # fmt: skip
            if graded_weak:
                store.set_grading(Grading(case_id=store.case_by_ref("SF-12").id,
                                          criterion_id="QP11", grade="requires-improvement"))  # fmt: skip
        return _area(draft_report(load(store)), "4")


def test_no_consequence_where_the_grades_say_otherwise(db: Path, tmp_path: Path) -> None:
    """Eight cases with strengths on recording, one of whose notes states what followed
    for the child, carry a consequence sentence; when the
    only case graded on recording is graded below good, the claim may still be made (one
    case against of nine) but not what it means for children."""
    plain = _with_recording(db, tmp_path / "plain.db", graded_weak=False)
    assert _claim(plain, "QP11").direction == "for"
    assert "QP11" in _impacts(plain)
    graded = _with_recording(db, tmp_path / "graded.db", graded_weak=True)
    assert _claim(graded, "QP11").direction == "for"
    assert "QP11" not in _impacts(graded)
