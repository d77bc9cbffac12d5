"""Voice28's findings (issue 15; tester 27's A8): where an area's stakeholders hold the
views an earlier area's held (the same people, each on the same side about the same
things), the area's views sentence says so, naming the earlier areas and who spoke,
rather than the same clauses again (tester 27's master: one sentence near word for word
in five areas).  The first area says them in full; nothing is said that the area's own
records do not say.  The inspection is written here, for this test: each area's judge
and local authority say the same thing in words of their own.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.draft.sameness import near_same, runs
from exporters.model import ReportModel, Section
from tests.export.small import Small

AREAS = [("31", "Ashdown", True), ("32", "Brackenfold", True), ("33", "Culvermere", True),
         ("34", "Dunstow", True), ("35", "Eskwith", True), ("36", "Fallowby", True),
         ("37", "Garthwold", True)]  # fmt: skip
# Each critical area's judge on the checks before the first hearing, and its local
# authority on the response to risk, in words of their own.
JUDGE = {
    "31": "The designated family judge said first hearings are put off because the police "
    "checks are missing from the letter.",
    "32": "The designated family judge said hearings are adjourned because the police checks "
    "are missing when the first hearing comes.",
    "33": "The designated family judge said that safeguarding letters keep arriving without "
    "police checks, so the first hearing has to be moved.",
    "34": "The designated family judge said that police checks are not available at the "
    "first hearing in most private law cases.",
    "35": "The designated family judge said the court often adjourns because local authority "
    "checks are missing from the letter.",
}
COUNCIL = {
    "31": "The local authority said referrals about risk to children come late and say little.",
    "32": "The local authority said it hears about risks to children from the police, not "
    "from the service's referrals.",
    "33": "The local authority said referrals about children at risk are slow and thin.",
    "34": "The local authority said the service's referrals about risk arrive too late to act on.",
    "35": "The local authority said few referrals come from the service and those that do "
    "come late.",
}
PRAISE = {
    "36": ("The designated family judge said reports are analytical and well reasoned.",
           "The local authority said guardians come to meetings prepared and share "
           "information quickly."),
    "37": ("The designated family judge said the reports are clear and careful.",
           "The local authority said the guardians are well prepared and keep them informed."),
}  # fmt: skip


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = Small(tmp_path_factory.mktemp("voice28a8") / "a8.db", areas=AREAS)
    for code, _name, _v in AREAS:
        for k in range(3):
            case = s.case(area=code)
            s.ev(case, ["QP7"], "strength", f"The analysis weighs each option for the child "
                 f"and the recommendation follows from it (visit {k + 1}).")  # fmt: skip
        if code in JUDGE:
            s.about_area(code, ["QP2"], "development", JUDGE[code], "INT_JUDICIARY")
            s.about_area(code, ["SW1"], "development", COUNCIL[code], "INT_LA")
        else:
            judge, council = PRAISE[code]
            s.about_area(code, ["QP7"], "strength", judge, "INT_JUDICIARY")
            s.about_area(code, ["QP12"], "strength", council, "INT_LA")
        s.judge("J18-4A", "good", area=code)
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _views(report: ReportModel) -> dict[str, str]:
    """Each area's views sentence, by its section's heading."""
    out = {}
    for sec in report.sections:
        if sec.kind == "area":
            said = [x.text for p in sec.paragraphs for x in p.sentences if x.role == "views"]
            if said:
                out[_code(sec)] = said[0]
    return out


def _code(sec: Section) -> str:
    return sec.area_code or ""


def test_no_two_areas_say_their_stakeholders_views_alike(report: ReportModel) -> None:
    """The old draft said the critical areas' views in the same clauses, near word for
    word (and the praising areas' too)."""
    views = _views(report)
    assert set(views) == {code for code, _n, _v in AREAS}, views
    texts = list(views.values())
    alike = [(a, b) for k, a in enumerate(texts) for b in texts[k + 1 :]
             if near_same(runs(a), runs(b))]  # fmt: skip
    assert alike == [], alike


def test_the_later_areas_name_the_earlier_and_who_spoke(report: ReportModel) -> None:
    views = _views(report)
    assert "checks before the first hearing" in views["31"], views["31"]
    for code, before in (("32", "Area 31"), ("33", "Areas 31 and 32"),
                         ("35", "Areas 31, 32, 33 and 34"), ("37", "Area 36")):  # fmt: skip
        assert before in views[code], views[code]
        assert "designated family judge" in views[code], views[code]
    # The praising areas are never said to share the critical areas' concerns.
    assert "concerns" not in views["37"] and "Area 31" not in views["37"], views["37"]
