"""Issue 15, tester 13 (first audit, claims 12 and 15): on a 2013-framework inspection
an area section opened "The case file inspectors read reflects well on leaders'
oversight of secure accommodation applications" from one case's note on its report's
analysis, and "In the case file inspectors read, leaders' oversight of applications for
leave to remove a child ... comes out well" carried no "[One case only]" marker.  A
case file shows the practice in a kind of case, not leaders' oversight of it: a claim
on LGS1-6 resting on notes about cases alone is said as the work on that kind of case
(drafting.toml [case_files_show_practice]), and a claim about the service resting on one
case's notes carries a marker for the lead.

On a small 2013-framework inspection written here (the built-in frameworks other than
2013's have no LGS criteria).
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from tests.export.small import Small

MARKERS = ("[One case only", "[Check before use")
OVERSIGHT = ("oversight", "oversee", "leaders")


def _inspection(tmp_path: Path) -> ReportModel:
    """Area 6 of a 2013-framework inspection: one case's notes on secure accommodation
    (tagged with quality of analysis and LGS3, in words that speak of monitoring) and
    on leave to remove (LGS5), beside five cases' practice notes; nationally, a set of
    performance figures on secure accommodation applications."""
    s = Small(tmp_path / "lgs.db", framework="cafcass-2013")
    s.cases_noted("6", 5, weak={"QP11"})
    secure = s.case(law="PUBLIC", age="14-15")
    s.ev(secure, ["QP7", "LGS3"], "strength", "The guardian monitors the secure order's "
         "review dates; the analysis weighs each risk to the young person and the "
         "alternatives to a secure placement.")  # fmt: skip
    s.ev(secure, ["LGS3"], "strength", "The guardian's report tracks each review of the "
         "secure placement and what changed for the young person since the last one.")  # fmt: skip
    leave = s.case(law="PRIVATE", age="5-9")
    s.ev(leave, ["QP7", "LGS5"], "strength", "The report on the mother's application to "
         "move abroad tracks the father's contact and weighs what the move means for the "
         "boy's schooling and friendships.")  # fmt: skip
    s.national(["LGS3"], "development", "The national performance report does not count "
               "secure accommodation applications separately, so their timeliness is not "
               "tracked.", "PERF_DATA")  # fmt: skip
    for jid, grade in (("J13-0", "good"), ("J13-1", "good"), ("J13-2", "good"),
                       ("J13-3", "requires-improvement")):  # fmt: skip
        s.judge(jid, grade, rationale="Recorded for the test.")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _sentences(sec: Section) -> list[Sentence]:
    return [s for p in sec.paragraphs for s in p.sentences]


def test_an_lgs_claim_on_case_files_alone_is_said_as_the_work_on_that_kind_of_case(
    tmp_path: Path,
) -> None:
    report = _inspection(tmp_path)
    area = next(sec for sec in report.sections if sec.area_code == "6")
    lgs = [
        s
        for s in _sentences(area)
        if s.role == "claim" and any(c.startswith("LGS") for c in s.criteria)
    ]
    assert lgs, "the area section says the secure accommodation and leave to remove work"
    for s in lgs:
        assert not any(w in s.text for w in OVERSIGHT), s.text
        assert any(m in s.text for m in MARKERS), s.text
    said = " ".join(s.text for s in lgs)
    assert "the work on secure accommodation applications" in said, said
