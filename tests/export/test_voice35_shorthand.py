"""A lead's shorthand and telegraphic note grammar become report English (issue 15,
tester 34's A10: "For example, senior managers unaware that ...", "the nat action
plan", "filed by first hrg", "learning log is updated monthly").

On a small inspection written here (two areas, Hallam and Wyecliff, whose leadership
notes are in a lead's own shorthand, none of it the tester's words), and on sentences
in other words for each rule: the common shorthand of inspection notes is written out
in every sentence (`glossary.toml` [written_out]), who knew or felt something gets the
"were" a note dropped (`notegrammar.be_restored`), and a singular subject of a note's
passive shorthand gets its article (`telegraphic.expanded`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load, notegrammar
from exporters.draft.glossary import write_out
from exporters.draft.telegraphic import expanded
from exporters.draft.words import words
from exporters.model import Paragraph, ReportModel, Section, Sentence
from tests.export.small import Small

AREAS = [("4", "Hallam", True), ("5", "Wyecliff", True)]
# (criteria, polarity, text, source): notes about the service as a lead types them.
NOTES = (
    (["LG1"], "development",
     "Heads of service unaware that two teams had stopped their monthly file audits in the "
     "spring.", "INT_MANAGER"),
    (["LG3"], "development",
     "KPI: guardian named by first hrg 58% vs 90% target; no recovery plan in board minutes.",
     "PERF_DATA"),
    (["LG6"], "strength",
     "Concerns from families answered within ten working days in most cases; action tracker "
     "updated after each one.", "COMPLAINTS"),
    (["LG4", "QPN4"], "development",
     "Team managers unaware that half the files in one team had no supervision record until "
     "the audit found it.", "INT_MANAGER"),
    (["LG4"], "development",
     "Internal audit: only 3 of 12 planned file audits completed in the autumn; actions not "
     "followed up.", "QA_AUDIT"),
    (["LG2"], "development",
     "Regional leaders have no plan for late reports beyond the nat recovery programme.",
     "INT_MANAGER"),
    (["LG5"], "strength", "Staff survey: 75% say supervision is regular and useful.",
     "SURVEY_STAFF"),
)  # fmt: skip


@pytest.fixture(scope="module")
def leadership(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The national leadership section of the inspection, as one text."""
    s = Small(tmp_path_factory.mktemp("voice35") / "shorthand.db", areas=AREAS)
    for k in range(24):
        case = s.case(area=AREAS[k % 2][0], law="PRIVATE" if k % 3 else "PUBLIC")
        s.ev(case, ["QP3"], *(("development", "The report says little of what the boy wants.")
                              if k % 4 == 0 else
                              ("strength", "The report sets out the girl's wishes and how "
                               "firmly she holds them.")))  # fmt: skip
        s.ev(case, ["QPN4"], *(("development", "No manager has read the file since allocation.")
                               if k % 2 else
                               ("strength", "The manager's note on file sets the next steps "
                                "for the adviser.")))  # fmt: skip
    for crits, polarity, text, source in NOTES:
        s.national(crits, polarity, text, source)
    s.judge("J18-0", "requires-improvement")
    s.judge("J18-3", "requires-improvement")
    for code, _name, _visited in AREAS:
        s.judge("J18-4A", "requires-improvement", area=code)
    try:
        report: ReportModel = draft_report(load(s.store))
    finally:
        s.close()
    section = next(x for x in report.sections if x.judgement_id == "J18-3")
    yield " ".join(t.text for p in (*section.intro, *section.paragraphs) for t in p.sentences)


def test_no_shorthand_word_reaches_the_leadership_section(leadership: str) -> None:
    for short in ("hrg", "nat", "vs"):
        assert not re.search(rf"\b{short}\b", leadership), short
    assert "the national recovery programme" in leadership
    assert "named by the first hearing" in leadership


def test_who_knew_what_is_said_with_its_verb(leadership: str) -> None:
    """The example a note gives is a sentence: "managers were unaware", never "managers
    unaware"."""
    assert "team managers were unaware that half the files" in leadership
    assert "managers unaware" not in leadership


def test_a_singular_subject_of_passive_shorthand_takes_its_article(leadership: str) -> None:
    assert "the action tracker is updated after each one" in leadership


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("Area leads unclear who chairs the quality panel since the restructure.",
         "Area leads are unclear who chairs"),
        ("Board members not aware of the backlog until the chief executive raised it.",
         "Board members were not aware of the backlog"),
        ("Head of practice unable to say which audits had been completed.",
         "Head of practice was unable to say"),
        ("Magistrates critical of the length of reports.", "Magistrates are critical of"),
        # Not who knew or felt something: left as they are.
        ("The plan is clear about who does what.", "The plan is clear about"),
        ("Reports unclear about the risks to the child.", "Reports unclear about"),
        ("Inspectors found staff unaware of the new policy.", "Inspectors found staff unaware"),
    ],
)  # fmt: skip
def test_be_restored_in_other_words(note: str, said: str) -> None:
    assert notegrammar.be_restored(words().standalone, note).startswith(said)


def test_passive_shorthand_in_other_words() -> None:
    text = expanded("Risk register reviewed monthly; referrals checked daily.", lambda _p: False)
    assert text == "The risk register is reviewed monthly, and referrals are checked daily."
    kept = expanded("Supervision recorded monthly; FJB minutes circulated.", lambda _p: False)
    assert kept == "Supervision is recorded monthly, and FJB minutes are circulated."


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Since the prev insp, 4 mgrs have left.",
         "Since the previous inspection, 4 managers have left."),
        ("A 9yo girl waited 6 wks for an appt.",
         "A 9-year-old girl waited 6 weeks for an appointment."),
        ("Letters filed before first hrg in approx. 40% of cases.",
         "Letters filed before the first hearing in approximately 40% of cases."),
        ("Supvn is held mthly w/ each FCA.", "Supervision is held monthly with each FCA."),
        ("Nat spoke to the guardian.", "Nat spoke to the guardian."),  # a name
        ("The nat'l lead said ‘we meet every wk’.", "The national lead said ‘we meet every wk’."),
    ],
)  # fmt: skip
def test_shorthand_written_out_in_other_words(text: str, said: str) -> None:
    sentence = Sentence(text=text, role="claim")
    write_out(
        [Section(kind="judgement", heading="h", paragraphs=[Paragraph(sentences=[sentence])])]
    )
    assert sentence.text == said
