"""A section's opening: a headline that its own evidence bears out, or the judgement.

Every inspection here is written by hand in the test (`tests.export.small`), in words of
its own, so each test states the evidence the opening may and may not rest on.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_area, draft_report, load
from exporters.model import Section, Sentence
from tests.export.small import Small

STRONG = {
    "QP3": "The guardian's report sets out what the boy wants and why it matters to him.",
    "QP5": "Direct work used drawings and a visit to the park to help the girl talk.",
    "QP7": "The analysis weighs each option and the recommendation follows from it.",
    "QP11": "Case notes are up to date and show each visit and its purpose.",
}
WEAK = {
    "QP3": "The report repeats the mother's account and says nothing of the child's wishes.",
    "QP5": "There is no record of any direct work with the child before the report.",
    "QP7": "The report lists events but does not analyse what they mean for the child.",
    "QP11": "Nothing has been recorded on the file for nine weeks.",
}


def _practice(s: Small, area: str, n: int, weak_every: int = 0) -> None:
    """`n` cases with one note per practice criterion; every `weak_every`-th note weak."""
    k = 0
    for _ in range(n):
        case = s.case(area=area)
        for crit in STRONG:
            k += 1
            weak = bool(weak_every) and k % weak_every == 0
            s.ev(case, [crit], "development" if weak else "strength",
                 (WEAK if weak else STRONG)[crit])  # fmt: skip


def _opening(section: Section) -> Sentence:
    first = section.paragraphs[0].sentences[0]
    assert first.role == "headline"
    return first


def _area_section(report_sections: list[Section]) -> Section:
    return next(sec for sec in report_sections if sec.kind == "area")


def test_a_good_area_whose_files_lack_oversight_is_not_headlined_for_it(tmp_path: Path) -> None:
    """The reader's Area 9: the manager says supervision is good, the files show no
    oversight.  No opening may praise oversight or managers' grip on their staff."""
    s = Small(tmp_path / "t.db")
    _practice(s, "6", n=8)
    for text in ("No management oversight recorded since allocation in March.",
                 "The manager's last note on the file is five months old.",
                 "No supervision decision is recorded before the report was filed."):  # fmt: skip
        s.ev(s.case(), ["QPN4"], "development", text)
    s.about_area("6", ["LG5"], "strength", "The service manager said staff feel well supported.",
                 "INT_MANAGER")  # fmt: skip
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    head = _opening(report.sections[0])
    low = head.text.lower()
    assert "oversight" not in low and "know their staff" not in low, head.text
    assert "rests on:" in head.basis


def test_an_opening_rests_on_tallies_the_qa_reader_can_see(tmp_path: Path) -> None:
    s = Small(tmp_path / "t.db")
    _practice(s, "6", n=8)
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    head = _opening(report.sections[0])
    # Practice only: the opening speaks of the service children receive, not of leaders,
    # whom no record mentions.
    assert "leader" not in head.text.lower() and "manager" not in head.text.lower(), head.text
    assert "Case findings on practice: 32 for, 0 against" in head.basis


def test_a_grade_the_evidence_disputes_opens_with_the_balance(tmp_path: Path) -> None:
    """An area judged outstanding where half the practice notes are weaknesses: no
    headline in the grade's words, nor the grade alone (the heading states it); the
    balance of the findings, and the marker for the lead."""
    s = Small(tmp_path / "t.db")
    _practice(s, "6", n=8, weak_every=2)
    s.judge("J18-4A", "outstanding", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    sec = report.sections[0]
    head = _opening(sec)
    assert "judged" not in head.text and "outstanding" not in head.text, head.text
    assert "Case findings on practice:" in head.basis, head.basis
    assert "disagrees with the grade" in head.basis
    assert sec.paragraphs[0].sentences[1].role == "marker"


def test_only_the_claims_against_the_grade_are_flagged(tmp_path: Path) -> None:
    s = Small(tmp_path / "t.db")
    # Strong on direct work and analysis; weak on wishes and recording in most cases.
    for k in range(8):
        case = s.case()
        s.ev(case, ["QP5"], "strength", STRONG["QP5"])
        s.ev(case, ["QP7"], "strength", STRONG["QP7"])
        for crit in ("QP3", "QP11"):
            weak = k < 6
            s.ev(case, [crit], "development" if weak else "strength",
                 (WEAK if weak else STRONG)[crit])  # fmt: skip
    s.judge("J18-4A", "outstanding", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    claims = [x for p in report.sections[0].paragraphs for x in p.sentences if x.role == "claim"]
    flagged = [x for x in claims if "disagrees with the grade" in x.flags]
    assert flagged, [x.text for x in claims]
    assert all(x.direction in ("against", "balanced") for x in flagged)
    strengths = [x for x in claims if x.direction == "for"]
    assert strengths and not any("disagrees with the grade" in x.flags for x in strengths)


def test_a_leadership_headline_needs_leadership_evidence(tmp_path: Path) -> None:
    """One note that leaders set priorities does not bear out "their actions are
    improving the service": the national leadership section opens with a placeholder
    for the lead (one finding has no balance to state), and the key findings with no
    leadership headline."""
    s = Small(tmp_path / "t.db")
    _practice(s, "6", n=6)
    s.national(["LG1"], "strength", "The board approved a three-year plan for family court work.",
               "BOARD_PAPERS")  # fmt: skip
    s.judge("J18-0", "good")
    s.judge("J18-3", "good")
    s.judge("J18-4A", "good", area="6")
    report = draft_report(load(s.store))
    s.close()
    lead = next(sec for sec in report.sections if sec.judgement_id == "J18-3")
    head = lead.paragraphs[0].sentences[0]
    assert head.role == "placeholder" and head.text.startswith("["), head.text
    assert "leader" not in head.text.lower(), head.text
    # The key findings: the introduction states the overall judgement; no leadership
    # headline follows it.
    summary = next(sec for sec in report.sections if sec.kind == "summary")
    assert "judged good overall" in summary.intro[0].sentences[0].text
    assert not [x for p in summary.paragraphs for x in p.sentences if x.role == "headline"]


def test_headlines_vary_between_areas_of_the_same_shape(tmp_path: Path) -> None:
    """Four areas with the same evidence: each opens differently, and each opening is
    still one its own evidence bears out (no leaders named: no record mentions them)."""
    codes = ["1", "2", "3", "4"]
    s = Small(tmp_path / "t.db", areas=[(c, f"Region {c}", True) for c in codes])
    for c in codes:
        _practice(s, c, n=6)
        s.judge("J18-4A", "good", area=c)
    report = draft_report(load(s.store))
    s.close()
    heads = [_opening(sec).text for sec in report.sections if sec.kind == "area"]
    assert len(heads) == 4
    plain = [
        h.replace(f"Region {c}", "X").replace(f"Area {c}", "X")
        for h, c in zip(heads, codes, strict=True)
    ]
    assert len(set(plain)) == 4, heads
    assert not any("leader" in h.lower() for h in heads), heads
