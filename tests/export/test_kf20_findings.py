"""Issue 15, kf20 (tester 19's outstanding inspection, findings left): the key findings
say a strength particular to one law type, weighed on its own cases; a national claim
about the workforce resting on two records for and one against says the larger side as
the finding, never "some ... others"; the national leadership section says its complaints
finding and the rarer work's single records, or leaves a placeholder for complaints.

On a hand-written outstanding inspection of seven areas (`kf20_inspection`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from store.store import Store
from tests.export.kf20_inspection import outstanding_seven


def _report(path: Path) -> ReportModel:
    with Store.open(path) as store:
        return draft_report(load(store))


@pytest.fixture(scope="module")
def seven(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    path = tmp_path_factory.mktemp("kf20") / "seven.db"
    outstanding_seven(path).close()
    return _report(path)


def _section(report: ReportModel, words: str) -> Section:
    return next(s for s in report.sections if words in s.heading)


def _sentences(sec: Section) -> list[Sentence]:
    return [x for p in [*sec.intro, *sec.paragraphs] for x in p.sentences]


def _on(sec: Section, crit: str) -> list[Sentence]:
    return [x for x in _sentences(sec) if crit in x.criteria and x.role == "claim"]


# 1. A strength particular to one law type reaches the key findings ----------------


def test_the_private_law_risk_analysis_is_a_key_finding_of_private_law(seven: ReportModel) -> None:
    """The first assessment of risk (here, of domestic abuse) is a strength in 26 of the
    28 private law cases with a view, in every area: the summary says it, of the
    private law cases, not as a share of every case inspectors assessed, and names the
    subject its notes speak of (domestic abuse: good in 14 of the 15 private law cases
    whose notes name it, most of those notes filed under initial risk assessment)."""
    kf = _on(_section(seven, "key findings"), "QP2")
    assert kf, [x.text for x in _sentences(_section(seven, "key findings"))]
    text = kf[0].text
    assert re.search(
        r"initial risk assessment, including the work on domestic abuse, a strength in "
        r"[a-z ]+ private law cases",
        text,
    ), text
    assert "QP2 (private law): 26 for, 2 against of 28" in kf[0].basis, kf[0].basis


def test_the_guardians_challenge_is_a_key_finding_of_public_law(seven: ReportModel) -> None:
    """Guardians' challenge to the local authorities' plans is a strength in 13 of the 14
    public law cases: said of the public law cases, though public law is under a third
    of the cases inspectors assessed."""
    kf = _on(_section(seven, "key findings"), "SW3")
    assert kf, [x.text for x in _sentences(_section(seven, "key findings"))]
    text = kf[0].text
    said = text[text.index("representing children's interests") :]
    assert re.match(
        r"representing children's interests, a strength in [a-z ]+ public law cases", said
    ), text
    assert "SW3 (public law): 13 for, 1 against of 14" in kf[0].basis, kf[0].basis


# 2. The workforce's two records for and one against: the larger side the finding --


def test_two_survey_results_for_and_one_against_are_not_some_and_others(seven: ReportModel) -> None:
    """The national culture claim (LG5) rests on three staff survey records, two for and
    one against; the section on local services says the areas' surveys are positive.
    The national sentence says the strength as the survey's finding and the weakness as
    the exception, never "some staff survey results ... others"."""
    [said] = _on(_section(seven, "national organisation"), "LG5")
    assert "2 strength and 1 development records" in said.basis, said.basis
    first, _sep, _rest = said.text.partition(", ")
    assert not said.text.lower().startswith("some"), said.text
    assert "others" not in said.text, said.text
    assert "survey" in first.lower(), said.text
    local = _on(_section(seven, "local services is"), "LG5")
    assert local and local[0].direction == "for", [x.text for x in local]


# 3. Complaints and the rarer work in the national leadership section --------------


def test_the_complaints_record_is_said_in_the_leadership_section(seven: ReportModel) -> None:
    """One complaints record (LG6) is said, as what that one record shows, never as a
    share."""
    said = _on(_section(seven, "national organisation"), "LG6")
    assert said, [x.text for x in _sentences(_section(seven, "national organisation"))]
    assert "one record" in said[0].basis, said[0].basis
    assert "omplaints" in said[0].text, said[0].text


def test_each_rarer_work_record_is_said_once(seven: ReportModel) -> None:
    """Secure accommodation (LGS3) and leave to remove (LGS5) each have one strength
    record: each is said in the national leadership section, as one record's
    evidence, with no proportion word."""
    sec = _section(seven, "national organisation")
    for crit in ("LGS3", "LGS5"):
        said = _on(sec, crit)
        assert len(said) == 1, (crit, [x.text for x in _sentences(sec)])
        assert "one record" in said[0].basis, said[0].basis
        assert not re.search(r"\b(most|many|some|all|majority)\b", said[0].text), said[0].text


def test_no_complaints_record_leaves_a_placeholder(tmp_path: Path) -> None:
    """Without a complaints record, the section keeps an editable placeholder for the
    lead, in brackets, naming complaints."""
    path = tmp_path / "seven.db"
    outstanding_seven(path, complaints=False).close()
    sec = _section(_report(path), "national organisation")
    marks = [x for x in _sentences(sec) if x.role == "placeholder" and "omplaints" in x.text]
    assert len(marks) == 1, [x.text for x in _sentences(sec)]
    assert marks[0].text.startswith("[") and marks[0].text.endswith("]"), marks[0].text
