"""How a section says the area's own evidence beside its case files (issue 15, tester
11: "Managers and observed supervision in Area 12, however, found weaknesses in
managers' oversight of practice. Nevertheless, ..."): the sources said as where
inspectors found it ("in interviews with managers and in the supervision inspectors
observed"), their own people not named again as the subject of what they found ("the
oversight of practice"); in a section graded below good the weakness first and the case
files' strength after it in the same sentence, with no second turn ("Nevertheless")
opening the next.

The inspection is written here by hand: two areas, one graded good and one requires
improvement, each with case files showing good oversight and the area's own records
(a supervision session observed, an interview with managers) finding it weak.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from tests.export.small import Small

FLAG = "area-level evidence disagrees"
FILE_GOOD = "The manager's note on the file sets out what the practitioner should check next ({k})."
OBSERVED = ("Supervision observed {a}: twenty cases in forty minutes, dates and tasks only, "
            "no question about any child.")  # fmt: skip
INTERVIEW = ("The team manager {a} could not say which cases had not been discussed in "
             "supervision this quarter.")  # fmt: skip
AUDIT = "Audit of the duty desk {a}: no check on whether actions from the last audit were taken."
TURNS = ("However", "Nevertheless", "By contrast", "Nonetheless")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = Small(tmp_path_factory.mktemp("voice") / "voice.db",
              areas=[("4", "Marshland", True), ("9", "Hillfold", True)])  # fmt: skip
    for area in ("4", "9"):
        cases = s.cases_noted(area, 6, weak={"QP7"} if area == "9" else set())
        for k, case in enumerate(cases[:4]):
            s.ev(case, ["QPN4"], "strength", FILE_GOOD.format(k=f"{area}-{k}"))
        s.about_area(
            area, ["QPN4"], "development", OBSERVED.format(a=f"in {area}"), "OBS_SUPERVISION"
        )
        s.about_area(area, ["LG4"], "development", INTERVIEW.format(a=f"in {area}"), "INT_MANAGER")
        s.about_area(area, ["LG7"], "development", AUDIT.format(a=f"in {area}"), "QA_AUDIT")
    s.judge("J18-4A", "good", area="4")
    s.judge("J18-4A", "requires-improvement", area="9")
    model = draft_report(load(s.store))
    s.close()
    return model


def _weighed(model: ReportModel, code: str) -> tuple[Section, Sentence]:
    sec = next(x for x in model.sections if x.area_code == code)
    [said] = [x for p in sec.paragraphs for x in p.sentences if FLAG in x.flags]
    return sec, said


@pytest.mark.parametrize("code", ["4", "9"])
def test_the_sources_are_where_inspectors_found_it(report: ReportModel, code: str) -> None:
    """'in interviews with managers and in the supervision inspectors observed', never
    'managers ... found', and 'managers' oversight' not said after them."""
    _sec, said = _weighed(report, code)
    low = said.text.lower()
    assert "in interviews with managers" in low, said.text
    assert "in the supervision inspectors observed" in low, said.text
    assert "managers and observed supervision" not in low, said.text
    after = low.split("in interviews with managers", 1)[1]
    finding = after.split("inspectors found", 1)[1].split(",", 1)[0]
    assert "managers' oversight" not in finding, said.text


def test_below_good_the_weakness_comes_first_with_one_turn(report: ReportModel) -> None:
    """Requires improvement: what the area's own records found opens the sentence, the
    case files' strength follows it, and the next sentence does not turn again."""
    sec, said = _weighed(report, "9")
    low = said.text.lower()
    assert low.index("inspectors found") < low.index("four")
    assert " although " in low or " while " in low, said.text
    assert not any(t.lower() in low for t in TURNS), said.text
    sentences = [x for p in sec.paragraphs for x in p.sentences]
    k = sentences.index(said)
    if k + 1 < len(sentences):
        assert not sentences[k + 1].text.startswith(TURNS), sentences[k + 1].text


def test_at_good_the_case_files_come_first(report: ReportModel) -> None:
    """Good: the case files' strength is the finding, the area's records after it."""
    _sec, said = _weighed(report, "4")
    low = said.text.lower()
    assert low.index("four") < low.index("in interviews with managers"), said.text
