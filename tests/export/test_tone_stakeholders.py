"""Stakeholders' views name the pool they are counted from, so that the same group
characterised differently in two sections never reads as a contradiction (issue 15:
an independent lead's key findings said local authority staff were "mostly critical"
of the service, and the public law section that the few it heard from were "mostly
positive", with nothing to say why: the key findings count every view across the
areas visited, the public law section only the views on public law cases).

The inspection is written here by hand: local authority staff praise the work on the
public law cases of one area, and criticise the service in interviews about the other.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from tests.export.small import Small

PRAISE = (
    "The local authority social worker said the guardian's analysis of the baby's needs helped them plan.",
    "A team manager at the council said the guardian challenged their plan fairly and early.",
    "The local authority's lawyer said the guardian's position statement was clear and on time.",
)  # fmt: skip
CRITICISM = (
    "Council managers said they rarely hear from the service before a hearing.",
    "The local authority's head of service said reports from the service arrive late.",
    "Social work managers at the council described advice from the service as vague.",
    "A local authority team manager said the service does not return calls within a week.",
    "The council's service manager said the service missed two planning meetings in a row.",
)  # fmt: skip


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = Small(
        tmp_path_factory.mktemp("views") / "t.db",
        areas=[("2", "Northdale", True), ("5", "Southmere", True)],
    )
    for k, text in enumerate(PRAISE):
        case = s.case(area="2", law="PUBLIC", age="0-1" if k == 0 else "5-9")
        s.ev(
            case,
            ["QP3"],
            "strength",
            f"The guardian recorded the child's routine in detail ({k + 1}).",
        )
        s.ev(case, ["LGN4"], "strength", text, source="INT_LA")
    for code, texts in (("2", CRITICISM[:1]), ("5", CRITICISM[1:])):
        for text in texts:
            s.about_area(code, ["LGN4"], "development", text, "INT_LA")
    for code in ("2", "5"):
        s.judge("J18-4A", "requires-improvement", area=code)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "requires-improvement")
    drafted = draft_report(load(s.store))
    s.close()
    return drafted


def _views(report: ReportModel) -> list[tuple[Section, Sentence]]:
    return [
        (sec, x)
        for sec in report.sections
        for p in (*sec.intro, *sec.paragraphs)
        for x in p.sentences
        if x.role == "views"
    ]


def test_each_views_sentence_names_its_pool(report: ReportModel) -> None:
    said = _views(report)
    for sec, x in said:
        if sec.kind == "area":
            assert f"in Area {sec.area_code}" in x.text, (sec.heading, x.text)
        elif sec.judgement_id == "J18-2":
            assert "in public law cases" in x.text, x.text
        else:
            assert "across the areas visited" in x.text, (sec.heading, x.text)
    # The public law section counts the praise on its cases; the local services the
    # criticism in interviews about the areas: both are said, each with its pool.
    public = next(x for sec, x in said if sec.judgement_id == "J18-2")
    local = next(x for sec, x in said if sec.judgement_id == "J18-4")
    assert public.direction == "for" and local.direction == "against", (public, local)
    assert "local authority staff" in public.text.lower() and "local authority staff" in (
        local.text.lower()
    )


def test_the_same_group_said_two_ways_never_shares_a_pool(report: ReportModel) -> None:
    """Wherever local authority staff are said to praise in one sentence and criticise
    in another, the two sentences name different pools."""
    pools = ("in Area 2", "in Area 5", "in public law cases", "across the areas visited")
    said = [(x.direction, next(p for p in pools if p in x.text)) for _sec, x in _views(report)]
    assert {"for", "against"} <= {d for d, _p in said}, said
    for d1, p1 in said:
        for d2, p2 in said:
            if {d1, d2} == {"for", "against"}:
                assert p1 != p2, said
