"""Stakeholders' whole view is said once in the body, in the section that owns
partnership working; the key findings say only which groups speak well of the service
and which are critical, in words of their own (tester 13, 2013
framework: the views sentence was in the key findings, the safeguarding, the quality of
practice and the leadership sections, reworded each time, partner agencies "mixed",
"split", "divided" and "praising" about the same safeguarding board; tester 18, 2018
framework: the key findings said the local services section's sentence word for word,
voice19).  A section on one
law type, or an area, still says its own records' views.  Written by hand here; the
hand-written 2018 inspections are read too."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.draft.sameness import near_same, runs
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

GROUPS = ("judges", "local authority staff", "partner agencies", "magistrates")


def _report(path: Path) -> ReportModel:
    s = Small(path, areas=[("6", "Wessex", True), ("7", "Mercia", True)],
              framework="cafcass-2013")  # fmt: skip
    for area in ("6", "7"):
        for k in range(5):
            case = s.case(area=area, law="PUBLIC")
            s.ev(case, ["QP8"], "strength" if k else "development",
                 "Seen alone at school before the report." if k
                 else "The child was not seen before the report was filed.")  # fmt: skip
            s.ev(case, ["SW1"], "development" if k < 2 else "strength",
                 "Police checks came back after the first hearing." if k < 2
                 else "Concerns followed up the same day with the local authority.")  # fmt: skip
    s.national(["LGN5"], "development",
               "Safeguarding board business manager: the service sends apologies more often "
               "than it attends.", "INT_PARTNER")  # fmt: skip
    s.national(["LGN5"], "strength",
               "Police lead: the service manager chairs the board's domestic abuse subgroup "
               "and partners value this.", "INT_PARTNER")  # fmt: skip
    s.about_area("6", ["LGN5"], "development",
                 "Safeguarding board chair: no attendance from the service this year.",
                 "INT_PARTNER")  # fmt: skip
    s.about_area("7", ["LGN5"], "strength",
                 "Police lead: the service is a valued partner on the safeguarding board.",
                 "INT_PARTNER")  # fmt: skip
    for n, (pol, text) in enumerate([
        ("strength", "Judge: reports are balanced and on time; the guardians are excellent."),
        ("development", "Judge: the quality of reports varies between teams."),
        ("strength", "Designated family judge: leaders listen and act on what we raise."),
    ]):  # fmt: skip
        if n == 1:  # one judge's note about an area
            s.about_area("6", ["LG2"], pol, text, "INT_JUDICIARY")
        else:
            s.national(["LG2"], pol, text, "INT_JUDICIARY")
    s.national(["LGN4"], "strength",
               "Local authority lawyer: joint work on the family justice board is good.", "INT_LA")  # fmt: skip
    s.about_area("7", ["LGN4"], "strength",
                 "Local authority manager: practitioners work well with social workers.", "INT_LA")  # fmt: skip
    for jid in ("J13-0", "J13-1", "J13-2", "J13-3"):
        s.judge(jid, "requires-improvement")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _views(report: ReportModel, kind: str) -> dict[str, list[Sentence]]:
    """The views sentences of each section of `kind`, by judgement id (or area code)."""
    out: dict[str, list[Sentence]] = {}
    for sec in report.sections:
        if sec.kind == kind:
            key = sec.judgement_id or sec.area_code or sec.kind
            out[key] = [x for p in sec.paragraphs for x in p.sentences if x.role == "views"]
    return out


def _clauses(text: str) -> str:
    """A views sentence from its first group's name on (the joins before it vary)."""
    at = min(k for g in GROUPS if (k := text.find(g)) >= 0)
    return text[at:]


def _headline_of(summary: Sentence, body: Sentence) -> None:
    """The key finding names the body's groups, on the same records and the same way,
    but not what they said it about: not the body's clauses again, not near word for
    word, and shorter."""
    groups = [g for g in GROUPS if g in body.text]
    assert groups and all(g in summary.text.lower() for g in groups), (summary.text, body.text)
    assert sorted(summary.evidence_ids) == sorted(body.evidence_ids)
    assert summary.direction == body.direction
    assert _clauses(body.text) not in summary.text, (summary.text, body.text)
    assert not near_same(runs(summary.text), runs(body.text)), (summary.text, body.text)
    assert len(summary.text) < len(body.text), (summary.text, body.text)


def test_whole_view_said_once_where_partnership_is_judged(tmp_path: Path) -> None:
    report = _report(tmp_path / "views.db")
    national = _views(report, "judgement")
    saying = [jid for jid, said in national.items() if said]
    assert saying == ["J13-3"], {j: [x.text for x in s] for j, s in national.items()}
    body = national["J13-3"][0].text
    assert "at national level" not in body and "than in the inspection" not in body, body
    summary = [x for p in next(s for s in report.sections if s.kind == "summary").paragraphs
               for x in p.sentences if x.role == "views"]  # fmt: skip
    assert len(summary) == 1, [x.text for x in summary]
    _headline_of(summary[0], national["J13-3"][0])
    # Each area still says its own records' views.
    areas = _views(report, "area")
    assert all(areas.values()), {a: [x.text for x in s] for a, s in areas.items()}


def test_2018_law_sections_keep_their_own_views(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    report = handwritten_reports["handwritten"]
    national = _views(report, "judgement")
    saying = {jid for jid, said in national.items() if said}
    # Each law type's section says its own records' views; one says the whole view.
    assert {"J18-1", "J18-2"} <= saying, saying
    whole = [x for j in ("J18-3", "J18-4") for x in national.get(j, [])
             if "national level" not in x.text]  # fmt: skip
    summary = [x for p in next(s for s in report.sections if s.kind == "summary").paragraphs
               for x in p.sentences if x.role == "views"]  # fmt: skip
    assert len(whole) == 1, [x.text for x in whole]
    assert len(summary) == 1, [x.text for x in summary]
    _headline_of(summary[0], whole[0])
