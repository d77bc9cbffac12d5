"""How a group of stakeholders' balance is said (issue 15, an independent tester: judges
"mostly praised the quality of reports" from four notes of praise and three of
criticism).  "Mostly", "more often than not" and "more criticism than praise" need a
clear margin (the commoner side at least twice the other: `voices.toml` [view_balance]);
a near-even balance is said as divided views, an exact one as equal measure.  A note
criticising something the service writes for the court (its safeguarding letters, its
addendum reports) counts against the quality of its reports, whatever words name the
kind of letter.

Every note below is written here, in inspectors' shorthand.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_area, load
from exporters.draft.regard import about
from exporters.draft.viewpools import balance_kind
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

JUDGES_FOR = (
    "DJ (Marlow): s.7 reports set out the risks plainly and the recommendations follow.",
    "Lay justice: FCAs at court are well prepared and know the families.",
    "Circuit judge: reports balanced and easy to follow.",
    "HHJ (care centre): the guardian's analysis in the last care case was careful and fair.",
    "Deputy DJ: the duty adviser was helpful at a difficult first hearing.",
)
JUDGES_AGAINST = (
    "District judge: addendum reports often arrive after the date set.",
    "Magistrates' chair: the quality of recommendations varies with the adviser.",
    "HHJ: reports repeat the history and say little about the child now.",
)
# A balance word that claims one side is commoner.
LEANING = re.compile(r"\b(?:mostly|largely|more often than not|more criticism than praise|"
                     r"for the most part|more praise than criticism)\b")  # fmt: skip


def _views(s: Small, area: str = "6") -> Sentence:
    s.judge("J18-4A", "requires-improvement", area=area)
    report: ReportModel = draft_area(load(s.store), area)
    s.close()
    (views,) = [x for p in report.paragraphs() for x in p.sentences if x.role == "views"]
    return views


def _judges(s: Small, pos: int, neg: int) -> None:
    s.cases_noted("6", 3, weak=set())
    for text in JUDGES_FOR[:pos]:
        s.about_area("6", ["LGN4"], "strength", text, "INT_JUDICIARY")
    for text in JUDGES_AGAINST[:neg]:
        s.about_area("6", ["LGN4"], "development", text, "INT_JUDICIARY")


@pytest.mark.parametrize(("pos", "neg"), [(4, 3), (3, 2), (2, 3)])
def test_a_near_even_balance_is_said_as_divided_views(tmp_path: Path, pos: int, neg: int) -> None:
    s = Small(tmp_path / "near.db")
    _judges(s, pos, neg)
    views = _views(s)
    assert not LEANING.search(views.text), views.text
    assert re.search(r"\b(?:divided|split|mixed)\b", views.text), views.text
    assert "said as divided" in views.basis, views.basis


@pytest.mark.parametrize(("pos", "neg", "said"), [(4, 2, "mostly for"), (1, 3, "mostly against")])
def test_a_clear_margin_is_said_as_leaning(tmp_path: Path, pos: int, neg: int, said: str) -> None:
    s = Small(tmp_path / "clear.db")
    _judges(s, pos, neg)
    views = _views(s)
    assert f"said as {said}" in views.basis, views.basis
    assert LEANING.search(views.text), views.text


def test_the_rule_is_one_margin_each_way() -> None:
    assert balance_kind(4, 3) == balance_kind(3, 4) == "divided"
    assert balance_kind(2, 1) == "mostly_for" and balance_kind(1, 2) == "mostly_against"
    assert balance_kind(3, 3) == "even"
    assert balance_kind(5, 0) == "for" and balance_kind(0, 1) == "against"


PRODUCTS = [
    ("HHJ (Eastfield): has lost confidence in the safeguarding letters, two missed "
     "police call-outs this year.", "development"),
    ("DJ: safeguarding letters from this team say little about what the checks found.",
     "development"),
    ("Circuit judge: the risk assessments in s.7 reports are thin.", "development"),
    ("DJ (Ashby): safeguarding letters are thorough and arrive well before the FHDRA.",
     "strength"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "polarity"), PRODUCTS)
def test_a_view_of_something_the_service_writes_is_about_its_reports(
    text: str, polarity: str
) -> None:
    assert about(text, polarity)[:1] == ["the quality of reports"], about(text, polarity)


def test_a_late_letter_is_still_about_timeliness() -> None:
    text = "District judge: safeguarding letters are often late for the first hearing."
    assert about(text, "development")[:1] == ["the timeliness of reports"]


def test_risk_itself_is_still_the_response_to_risk() -> None:
    text = "HHJ: domestic abuse risks not followed up between hearings."
    assert about(text, "development")[:1] == ["the response to risks to children"]


def test_lost_confidence_is_criticism() -> None:
    from exporters.draft.regard import grade, weigh

    w = weigh("Judge: we have lost confidence in the screening.")
    assert w.neg and not w.pos, w
    assert grade("Judge: we have lost confidence in the screening.", "development") == "against"


def test_judges_criticising_the_letters_are_said_to_criticise_report_quality(
    tmp_path: Path,
) -> None:
    s = Small(tmp_path / "letters.db")
    s.cases_noted("6", 3, weak=set())
    for text, polarity in PRODUCTS[:2]:
        s.about_area("6", ["LGN4"], polarity, text, "INT_JUDICIARY")
    views = _views(s)
    assert "quality of reports" in views.text, views.text
    assert "risks to children" not in views.text, views.text
