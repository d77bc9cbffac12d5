"""Stakeholders' quotations keep the subject their note gives the words (issue 15, an
independent tester: "The local authority's head of service said challenge from
guardians about delay in care planning is 'almost non-existent'" was drafted "In the
words of one local authority manager, guardians are 'almost non-existent'"; "a senior
judge described the national leadership as 'open ...'" became "One judge described
managers as ...").

A quoted phrase is said of what the note says it of, carried whole; where the note
gives it no subject, or one the draft cannot carry (a pronoun, a name), it is not
quoted.  A views clause takes its direction from the notes it rests on: a development
note is never said as praise.  Every note below is written here, in my own words.
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_area, draft_report, load
from exporters.draft.viewquote import subject_of, subject_said
from exporters.model import Sentence
from store.store import Store
from tests.export.small import Small

QUOTED = re.compile(r"‘([^’]+)’")
STAKEHOLDERS = {"INT_JUDICIARY", "INT_LA", "INT_PARTNER"}


def _said(path: Path, area: str = "6") -> list[Sentence]:
    with Store.open(path) as store:
        report = draft_area(load(store), area)
    return [x for p in report.paragraphs() for x in p.sentences]


def _quotes(sentences: list[Sentence]) -> list[str]:
    return [x.text for x in sentences if x.quote and STAKEHOLDERS & set(x.sources)]


def test_the_subject_a_note_gives_its_words_is_carried_whole(tmp_path: Path) -> None:
    path = tmp_path / "subject.db"
    s = Small(path)
    s.cases_noted("6", 3, weak={"QP7"})
    s.about_area("6", ["LGN4"], "development", "The council's assistant director said "
                 "pressure from guardians on drift in permanence planning is 'barely there "
                 "at all'.", "INT_LA")  # fmt: skip
    s.about_area("6", ["LGN4"], "development", "LA legal team: position statements often "
                 "late and thin on analysis.", "INT_LA")  # fmt: skip
    s.judge("J18-4A", "requires-improvement", area="6")
    s.close()
    quotes = _quotes(_said(path))
    assert quotes, [x.text for x in _said(path)]
    (quote,) = quotes
    assert "‘barely there at all’" in quote, quote
    # The whole subject, not "guardians are 'barely there at all'".
    assert "pressure from guardians on drift in permanence planning is ‘barely" in quote, quote


def test_words_with_no_subject_the_draft_can_carry_are_not_quoted(tmp_path: Path) -> None:
    path = tmp_path / "nosubject.db"
    s = Small(path)
    s.cases_noted("6", 3, weak={"QP7"})
    for text in (
        "Circuit judge said it was 'a shambles from start to finish'.",  # a pronoun
        "District judge: 'a real lottery which adviser turns up'.",  # no subject given
        "HHJ said our listing problems are 'worse than anywhere'.",  # the speaker's own
    ):
        s.about_area("6", ["LG2"], "development", text, "INT_JUDICIARY")
    s.judge("J18-4A", "requires-improvement", area="6")
    s.close()
    said = _said(path)
    assert any(x.role == "views" for x in said), [x.text for x in said]
    assert _quotes(said) == [], _quotes(said)


def test_a_national_judge_s_words_stay_with_the_leadership_they_describe(
    tmp_path: Path,
) -> None:
    path = tmp_path / "national.db"
    s = Small(path)
    s.cases_noted("6", 3, weak=set())
    s.national(["LG2"], "strength", "The senior presiding judge described the national "
               "leadership team as 'ready to hear hard messages'.", "INT_JUDICIARY")  # fmt: skip
    s.national(["LG2"], "strength", "Judicial lead for the region: national managers "
               "respond well to issues raised by the courts.", "INT_JUDICIARY")  # fmt: skip
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    s.judge("J18-4A", "good", area="6")
    s.close()
    with Store.open(path) as store:
        report = draft_report(load(store))
    quotes = [x.text for p in report.paragraphs() for x in p.sentences
              if x.quote and "INT_JUDICIARY" in x.sources]  # fmt: skip
    assert quotes, [x.text for p in report.paragraphs() for x in p.sentences]
    for q in quotes:
        assert re.search(r"the national leadership team (?:as|is) ‘ready to hear hard", q), q


def test_subject_of_and_subject_said() -> None:
    assert subject_of("The head of service said challenge from guardians is ") == (
        "challenge from guardians", "is")  # fmt: skip
    assert subject_of("DJ (Northgate): quality of s.7 reports ") == ("quality of s.7 reports", "")
    assert subject_of("A judge described the national leadership as ") == (
        "the national leadership", "as")  # fmt: skip
    assert subject_of("Senior judge said: ") == ("", "")
    assert subject_said("quality of s.7 reports", set()) == "the quality of s.7 reports"
    assert subject_said("our plans", set()) is None
    assert subject_said("it", set()) is None
    assert subject_said("Jo Peters", set()) is None
    assert subject_said("Cafcass reports", {"Cafcass"}) == "Cafcass reports"


def test_a_development_note_is_never_said_as_praise(tmp_path: Path) -> None:
    """Two national notes from judges: one of praise for the leaders, one criticising
    how local judges' concerns are handled (with a word of praise for something else).
    The judges' clause praises the leaders and raises the concern; it never praises
    what the development note criticises."""
    path = tmp_path / "direction.db"
    s = Small(path)
    s.cases_noted("6", 3, weak=set())
    s.national(["LG2"], "strength", "A senior judge told inspectors that national "
               "leaders are approachable and responsive.", "INT_JUDICIARY")  # fmt: skip
    s.national(["LG2"], "development", "The senior judiciary told us engagement at the top "
               "is good but that concerns from district judges are not acted on.",
               "INT_JUDICIARY")  # fmt: skip
    for k, text in enumerate(("Judges raised concerns about late filing of reports.",
                              "Judges said reports are often filed late.")):  # fmt: skip
        s.about_area("6", ["LG2"], "development", f"{text} ({k + 1})", "INT_JUDICIARY")
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "requires-improvement")
    s.judge("J18-4A", "requires-improvement", area="6")
    s.close()
    with Store.open(path) as store:
        report = draft_report(load(store))
    views = [x.text for p in report.paragraphs() for x in p.sentences if x.role == "views"]
    feedback = [v for v in views if "acts on feedback" in v]
    assert feedback, views
    for v in feedback:
        # The last word of praise or criticism before the subject, in its clause.
        clause = re.split(r"[;:]", v[: v.index("acts on feedback")])[-1]
        said = re.findall(r"concern|critic|fault|prais|spoke well|positive about", clause)
        assert said and said[-1] in ("concern", "critic", "fault"), v


def test_a_clause_naming_nothing_borrows_no_subject_from_the_other_side() -> None:
    from exporters.draft import regard

    read = regard.read("Contact is good at a senior level but local concerns are not "
                       "acted on.", "development")  # fmt: skip
    assert read.about == ("how the service acts on feedback",)
    assert read.other == ()  # the praise names nothing the draft can say


def test_partners_views_are_about_the_board_their_notes_name(tmp_path: Path) -> None:
    """Partner agencies' notes about the safeguarding partnership's board and about
    multi-agency audits: their clause names those, never the family justice board, and
    praises nothing their notes do not praise."""
    path = tmp_path / "boards.db"
    s = Small(path)
    s.cases_noted("6", 3, weak={"QP7"})
    for k in range(2):
        s.about_area("6", ["LGN5"], "development", "The children's safeguarding partnership "
                     "told inspectors the service has missed the board's learning subgroup "
                     f"since the spring (meeting {k + 1}).", "INT_PARTNER")  # fmt: skip
    s.about_area("6", ["LGN5"], "strength", "The safeguarding partnership's business "
                 "manager said guardians take a full part in multi-agency case audits.",
                 "INT_PARTNER")  # fmt: skip
    s.judge("J18-4A", "requires-improvement", area="6")
    s.close()
    said = _said(path)
    (views,) = [x.text for x in said if x.role == "views"]
    assert "family justice board" not in views, views
    assert "safeguarding arrangements" in views, views  # the partnership, for partners
    assert "multi-agency work" in views, views
    assert "risks to children" not in views, views


def test_a_bare_board_is_the_board_the_note_names() -> None:
    from exporters.draft import regard

    lfjb = "the service's part in the local family justice board"
    lscb = "the service's part in the local safeguarding board"
    assert regard.subjects("LSCB chair: nobody from the service at the board since May.")[0] == lscb
    assert regard.subjects("Manager has not attended the board's delay subgroup.")[0] == lfjb
    assert regard.subjects("The family justice board chair said the service leads the "
                           "board's subgroup well.")[0] == lfjb  # fmt: skip
