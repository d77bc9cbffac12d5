"""Tester 27's A1 (issue 15): a designated family judge's "first hearings are routinely
adjourned because police checks are not available" and a council's "referrals from the
FCAs are rare and often late" were said, in five areas and the key findings, as
concerns about "the timeliness of reports": the word for the adjournment or the
lateness named the subject, not what was missing or late.  The checks before the first
hearing are a subject of their own (`voices.toml` [[view_subject]]), and referrals named
before "late" are the response to risk.  On notes written here, in words of their own."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_area, load
from exporters.draft.regard import subjects
from tests.export.small import Small

JUDGE = (
    "The designated family judge said two first hearings this term were adjourned because "
    "the police checks were missing from the safeguarding letters."
)
COUNCIL = (
    "The council's duty manager said referrals from guardians are few and usually late, so "
    "the council learned of one assault from the police."
)


def test_what_was_missing_or_late_is_the_subject() -> None:
    assert subjects(JUDGE)[:1] == ["the safeguarding checks before the first hearing"]
    assert subjects(COUNCIL)[:1] == ["the response to risks to children"]


def test_late_reports_are_still_the_timeliness_of_reports() -> None:
    text = "The district judge said section 7 reports are often filed late and hearings adjourned."
    assert subjects(text)[:1] == ["the timeliness of reports"]


def test_the_area_s_views_name_the_checks_and_the_referrals(tmp_path: Path) -> None:
    s = Small(tmp_path / "c.db")
    for k in range(6):
        s.ev(
            s.case(),
            ["QP8"],
            "strength",
            f"The worker saw the girl alone at school in week {k + 2}.",
        )
    s.about_area("6", ["QP2"], "development", JUDGE, "INT_JUDICIARY")
    s.about_area("6", ["SW1"], "development", COUNCIL, "INT_LA")
    s.judge("J18-4A", "requires-improvement", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    [said] = [x.text for p in report.paragraphs() for x in p.sentences if x.role == "views"]
    assert "safeguarding checks before the first hearing" in said, said
    assert "risks to children" in said, said
    assert "timeliness" not in said, said
