"""Tester 26's A2 #13 (issue 15): a partner's complaint that it is rarely asked for its
views ("School safeguarding leads said they were rarely contacted for their views") is
about how the service shares information with it, never about its response to risks to
children, though the speakers' title says "safeguarding" (`voices.toml` [[view_subject]]
"how information is shared with partners").  On notes written here, in words of their
own."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_area, load
from exporters.draft.regard import subjects
from tests.export.small import Small

CONSULTED = (
    "Designated safeguarding leads at two primary schools said they were seldom contacted "
    "for their views before the reports went in."
)


def _views(tmp_path: Path, text: str) -> list[str]:
    s = Small(tmp_path / "v.db")
    for k in range(6):
        c = s.case()
        s.ev(c, ["QP8"], "strength", f"The worker saw the girl alone at school in week {k + 2}.")
    s.about_area("6", ["QP12"], "development", text, "INT_PARTNER")
    s.about_area("6", ["LGN4"], "strength", "The district judge said reports arrive on time "
                 "and are clear.", "INT_JUDICIARY")  # fmt: skip
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    return [x.text for p in report.paragraphs() for x in p.sentences if x.role == "views"]


def test_a_partner_not_asked_for_its_views_speaks_of_information_sharing(tmp_path: Path) -> None:
    [said] = _views(tmp_path, CONSULTED)  # the judge's view and the schools'
    # Two schools' leads are several people: never "a representative of a school" (tester
    # 29's A5), their group's view.
    assert "a representative of a school" not in said and "partner agencies" in said, said
    assert "shares information with them" in said, said
    assert "risk" not in said, said


def test_being_consulted_names_information_sharing_over_the_speakers_title() -> None:
    for text in (
        CONSULTED,
        "The nursery's safeguarding officer said the service never consulted the nursery.",
    ):
        assert subjects(text)[:1] == ["how information is shared with partners"], text


def test_a_safeguarding_lead_on_risk_still_speaks_of_risk() -> None:
    """The speakers' title stays a cue where the note says nothing more particular."""
    text = "A safeguarding lead at the college said risks to students were well managed."
    assert subjects(text)[:1] == ["the response to risks to children"]
