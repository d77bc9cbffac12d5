"""Key findings that rest on what can carry them (issue 15, tester 12's second audit):

- a national superlative ("practice is at its best in ...") names only points seen in
  at least the framework's `superlative_base_share` of the cases inspectors assessed, so
  that a point on 6 of 20 cases never leads the summary (QP2 10 of 11 and QP6 6 of 8,
  of 60 cases, did);
- every judgement graded below good has a key finding: each law type's, each area's
  (public law, requiring improvement, had none), and an area below good with
  safeguarding concerns escalated on its own cases says them first (Area 1, inadequate
  for "a serious safeguarding failure", was said to be weak in analysis and seeing
  children);
- the national leadership's grade stays in the key findings, with its strongest point
  (the judiciary, 4 for and 0 against, had gone);
- openings count plainly: a leadership opening names every weakness it counts ("two
  are weaknesses (among them ...)" named one), and the local services' opening says
  which areas and how many provide a good service ("the majority of ..., although some
  do not yet").

The inspections are written by hand in each test (`tests.export.small`); the general
property (every judgement below good has a finding) is checked on every hand-written
inspection too, none made by the demo generator.
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_report, load
from exporters.draft.words import words
from exporters.model import ReportModel, Section
from store.framework import load_framework
from store.models import Evidence
from tests.export.small import Small

FW = load_framework("cafcass-2018")
AREAS = [("3", "Moorland", True), ("6", "Riverside", True), ("9", "Harbour", True)]


def _noun(crit: str) -> str:
    return words().criterion(FW, crit).noun


def _summary(report: ReportModel) -> Section:
    return next(sec for sec in report.sections if sec.kind == "summary")


def _bullets(report: ReportModel) -> list[str]:
    return [" ".join(s.text for s in p.sentences) for p in _summary(report).paragraphs]


def _bases(report: ReportModel) -> list[str]:
    return [" ".join(s.basis for s in p.sentences) for p in _summary(report).paragraphs]


def _judge_all(s: Small, overall: str, areas: dict[str, str]) -> None:
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, overall)
    for code, grade in areas.items():
        s.judge("J18-4A", grade, area=code)


def _thin_but_perfect(path: Path) -> ReportModel:
    """Judged good: 24 cases in three areas, children's wishes and feelings and direct
    work strong in 20 of 24 each; initial risk assessment strong in all six cases with a
    note on it, a quarter of the cases assessed."""
    s = Small(path, areas=AREAS)
    cases = []
    for area in ("3", "6", "9"):
        cases += s.cases_noted(area, 8, weak=set())
    for case in cases[:2] + cases[8:10]:
        s.ev(case, ["QP3"], "development", "The report gives the mother's view only; "
             "what the boy wants is not recorded anywhere on the file.")  # fmt: skip
        s.ev(case, ["QP5"], "development", "No direct work was done before the report; "
             "the practitioner met the child once, with the father present.")  # fmt: skip
    for k, case in enumerate(cases[2:8]):
        s.ev(case, ["QP2"], "strength", f"Screening checked police and local authority "
             f"records within {k + 2} days and named the risks for the court.")  # fmt: skip
    _judge_all(s, "good", {"3": "good", "6": "good", "9": "good"})
    report = draft_report(load(s.store))
    s.close()
    return report


def test_a_point_on_few_of_the_cases_assessed_never_leads_the_key_findings(
    tmp_path: Path,
) -> None:
    """Initial risk assessment is strong in six of six cases, but six of 24 cases
    assessed is under the framework's half: no key finding names it, and the
    strongest practice is said of the points seen across the sample, its comment
    naming the point left out for its base."""
    report = _thin_but_perfect(tmp_path / "t.db")
    bullets = _bullets(report)
    assert not [b for b in bullets if _noun("QP2") in b], bullets
    strong = [k for k, b in enumerate(bullets) if re.search(r"[Pp]ractice is (at its best|strong)|strongest practice", b)]  # fmt: skip
    assert strong, bullets
    said = bullets[strong[0]]
    assert _noun("QP2") not in said and (_noun("QP7") in said or _noun("QP11") in said), said
    assert "too few of 24 cases: QP2" in _bases(report)[strong[0]], _bases(report)[strong[0]]
    # The rule is the framework's, in its drafting table.
    assert FW.drafting.superlative_base_share == 0.5


def _concern(s: Small, case: str, k: int) -> None:
    s.store.put_evidence(Evidence(
        case_id=case, criteria=["SW1"], source="CASE_FILE", polarity="development",
        text=f"The boy told his teacher he had been hit; the school's referral sat on the "
             f"file for {3 + k} weeks before anyone told the local authority.",
        escalation="escalated", safeguarding="A disclosure of harm not shared with the local authority.",
    ))  # fmt: skip


def _below_good(path: Path, *, public: str = "requires-improvement") -> ReportModel:
    """Judged good overall: Area 3 good; Area 6 inadequate, weak in analysis and case
    recording, with two concerns escalated on its cases; Area 9 requiring improvement,
    weak in direct work, children's wishes and case recording; public law judged
    `public`, children not seen in its cases;
    national leadership judged good, the judiciary's view its one-sided point."""
    s = Small(path, areas=AREAS)
    s.cases_noted("3", 6, weak=set())
    area6 = s.cases_noted("6", 6, weak={"QP7", "QP11"})
    s.cases_noted("9", 6, weak={"QP5", "QP11", "QP3"})
    for k, case in enumerate(area6[:2]):
        _concern(s, case, k)
    for k in range(5):
        case = s.case(area="3", law="PUBLIC")
        s.ev(case, ["QP8"], "development", f"The guardian did not see the child in the "
             f"placement before the final report was filed ({k + 1} of five).")  # fmt: skip
    for k in range(4):
        s.national(["LGN4"], "strength", f"The designated family judge said leaders answer "
                   f"the court's concerns quickly and openly (court {k + 1}).", "INT_JUDICIARY")  # fmt: skip
    _judge_all(s, "good", {"3": "good", "6": "inadequate", "9": "requires-improvement"})
    s.judge("J18-2", public)
    s.judge("J18-4A", "inadequate", area="6",
            rationale="A serious safeguarding failure: disclosures of harm were not shared; "
                      "analysis is weak.")  # fmt: skip
    report = draft_report(load(s.store))
    s.close()
    return report


def test_every_judgement_below_good_has_a_key_finding(tmp_path: Path) -> None:
    """Public law requiring improvement, Area 6 inadequate and Area 9 requiring
    improvement: each has a key finding giving its grade; Area 6's says the
    safeguarding concerns escalated on its cases before its weak practice; the national
    leadership's grade is said too."""
    report = _below_good(tmp_path / "t.db")
    bullets = _bullets(report)
    public = [b for b in bullets if b.startswith("Practice in public law is judged to require improvement")]  # fmt: skip
    assert len(public) == 1, bullets
    assert _noun("QP8") in public[0] and "public law cases" in public[0], public[0]
    area6 = [b for b in bullets if "Area 6" in b]
    assert len(area6) == 1 and "inadequate" in area6[0], bullets
    said = area6[0]
    assert "in two of its cases, inspectors found a risk to a child's safety" in said, said
    assert said.index("a child's safety") < said.index("weak practice"), said
    area9 = [b for b in bullets if "Area 9" in b]
    assert len(area9) == 1 and "require improvement" in area9[0], bullets
    assert _noun("QP5") in area9[0], area9[0]
    leaders = [b for b in bullets if b.startswith("The national leadership is judged good")]
    assert len(leaders) == 1, bullets
    # Each finding on a grade is traced to it.
    bases = _bases(report)
    # The grade by its label, as everywhere the lead reads it (tester 13: the code showed).
    assert "Judgement J18-2: Requires improvement to be good" in bases[bullets.index(public[0])]
    assert "Area 6: Inadequate" in bases[bullets.index(said)]


def test_no_finding_on_a_law_type_judged_good(tmp_path: Path) -> None:
    """The same inspection with public law judged good: no finding on its grade."""
    bullets = _bullets(_below_good(tmp_path / "t.db", public="good"))
    assert not [b for b in bullets if b.startswith("Practice in public law")], bullets


def _leaders_and_areas(path: Path) -> ReportModel:
    """Judged good: the national leadership's records strong on the judiciary (four for,
    none against) and on learning from complaints (four for, one against), weak on two
    aspects (timeliness, workforce planning); Areas 3 and 6 good, Areas 9 and 12
    requiring improvement."""
    s = Small(path, areas=[*AREAS, ("12", "Fenland", True)])
    for area in ("3", "6"):
        s.cases_noted(area, 5, weak=set())
    for area in ("9", "12"):
        s.cases_noted(area, 5, weak={"QP3", "QP5", "QP7"})
    for k in range(4):
        s.national(["LGN4"], "strength", f"A judge said senior leaders meet the bench every "
                   f"quarter and act on what they hear (court {k + 1}).", "INT_JUDICIARY")  # fmt: skip
        s.national(["LG6"], "strength", f"Complaints are analysed every quarter and the "
                   f"learning is sent to every team (quarter {k + 1}).", "BOARD_PAPERS")  # fmt: skip
    s.national(["LG6"], "development", "One complaint waited ten weeks for a reply.",
               "COMPLAINTS")  # fmt: skip
    for k in range(3):
        s.national(["LG9"], "development", f"Performance figures show a third of letters "
                   f"to court were late in quarter {k + 1}.", "PERF_DATA")  # fmt: skip
        s.national(["LG3"], "development", f"Caseloads in the teams visited were above the "
                   f"service's own limit ({30 + k} children each).", "INT_MANAGER")  # fmt: skip
    _judge_all(s, "good", {"3": "good", "6": "good", "9": "requires-improvement",
                           "12": "requires-improvement"})  # fmt: skip
    report = draft_report(load(s.store))
    s.close()
    return report


def _opening(report: ReportModel, kind: str) -> str:
    fw_kind = {"leadership": "J18-3", "local": "J18-4"}[kind]
    sec = next(s for s in report.sections if s.judgement_id == fw_kind and s.kind != "overall")
    return sec.paragraphs[0].sentences[0].text


def test_openings_count_plainly_and_name_what_they_count(tmp_path: Path) -> None:
    """The leadership opening names each weakness it counts where it counts few; the
    local services' opening says which areas provide a good service and which do not
    yet, and how many; the key finding on leadership gives its grade and its strongest
    point first (the judiciary, all for)."""
    report = _leaders_and_areas(tmp_path / "t.db")
    leaders = _opening(report, "leadership")
    counted = re.search(r"(\w+) (?:is a weakness|are weaknesses) \(([^)]*)\)", leaders)
    if counted and counted[1] in ("two", "three"):
        assert "among them" not in counted[2], leaders
        assert counted[2].count(",") + counted[2].count(" and ") >= 1, leaders
    local = _opening(report, "local")
    assert "two (Areas 3 and 6)" in local and "two (Areas 9 and 12)" in local, local
    assert "the majority of" not in local and "some do not yet" not in local, local
    kf = [b for b in _bullets(report) if b.startswith("The national leadership is judged good")]
    assert len(kf) == 1, _bullets(report)


def test_judgements_below_good_on_the_hand_written_inspections(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    """On every hand-written inspection: each law type judged below good has a key
    finding giving its grade, and each visited area judged below good whose own evidence
    does not dispute its grade is named in a key finding; the national leadership's
    grade is said wherever it is settled."""
    for name, report in handwritten_reports.items():
        bullets = " ".join(_bullets(report))
        for sec in report.sections:
            grade = sec.grade or ""
            below = grade in ("requires-improvement", "inadequate")
            if sec.kind == "area" and below:
                disputed = any("disagrees with the grade" in s.flags
                               for p in [*sec.intro, *sec.paragraphs] for s in p.sentences)  # fmt: skip
                names = re.findall(r"Area \w+", sec.heading) or [sec.area_code or ""]
                assert disputed or any(n in bullets for n in names), (name, sec.heading, bullets)
            if sec.kind == "judgement" and below and sec.judgement_id in ("J18-1", "J18-2"):
                law = "private law" if sec.judgement_id == "J18-1" else "public law"
                assert f"Practice in {law} is judged" in bullets, (name, bullets)
            if sec.kind == "judgement" and sec.judgement_id == "J18-3" and grade:
                assert "The national leadership is judged" in bullets or (
                    "leadership of" in bullets), (name, bullets)  # fmt: skip
