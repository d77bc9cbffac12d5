"""A stakeholder's quotation keeps its speaker (how many, and in what role) and its
subject as the note gives them (issue 15; tester 30's F14: "Judges in Area 8 described
reports as 'consistently excellent and well reasoned' ..." was drafted "One judge had
strong praise for the quality of reports. The same judge called the service ‘consistently
excellent and well reasoned’").  The notes are written here, for this test, in the
shapes inspectors type them; no name is a real person's.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.viewwords import described
from exporters.draft.words import words
from tests.export.small import Small
from tests.export.voice23_inspection import AREAS, GRADES

# (source, note, the role it is said by)
SPEAKERS = [
    ("INT_JUDICIARY", "Judges in Eastfold described reports as 'thorough and fair'.", "judges"),
    ("INT_JUDICIARY", "Magistrates at the Wellbrook bench said letters are 'clear'.", "magistrates"),
    ("INT_JUDICIARY", "Judges across the county felt guardians were well prepared.", "judges"),
    ("INT_LA", "Managers from the two councils said they meet the team monthly.",
     "local authority staff"),
    ("INT_JUDICIARY", "The DFJ in Eastfold said the letters are 'always on time'.",
     "the designated family judge"),
    ("INT_JUDICIARY", "A judge in Eastfold said the reports are 'sound'.", "one judge"),
    ("INT_JUDICIARY", "Reports in Eastfold are late, and judges said so.", "judges"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "note", "role"), SPEAKERS, ids=[n[:40] for _s, n, _r in SPEAKERS]
)
def test_a_note_is_said_by_as_many_as_it_names(source: str, note: str, role: str) -> None:
    """Several people from a place ("Judges in Eastfold described ...") are their group,
    never "one judge"; one person from a place stays one."""
    assert words().speaker(source, note) == role


# (the note's words before its quotation, what the quotation describes, plural)
SUBJECTS = [
    ("Judges in Area 8 described reports as ", ("reports", True)),
    ("One judge described the FCAs as ", ("family court advisers", True)),
    ("A district judge called the guardians ", ("guardians", True)),
    ("Magistrates described the quality of letters as ", ("the quality of letters", False)),
    ("The DFJ said the service is ", ("the service", False)),
    ("Partnership chair: Cafcass attends every review; described as ", ("the service", False)),
    ("Judge said listing of hearings was ", ("the listing of hearings", False)),
    ("The DFJ called it ", None),  # a pronoun: whose words about what?
    ("Judges said: ", None),  # nothing named
    ("HoS described as ", None),  # "described X as" with X left out
]  # fmt: skip


@pytest.mark.parametrize(("before", "thing"), SUBJECTS, ids=[b[:30] for b, _t in SUBJECTS])
def test_what_the_words_describe_is_what_the_note_names(
    before: str, thing: tuple[str, bool] | None
) -> None:
    assert described(before, {"Cafcass"}) == thing


# (note, the words quoted, the speaker's words the sentence must hold, the subject it
# must name before the quotation ("" for a whole sentence of theirs), what it must not say)
NOTES = [
    ("Judges in Eastfold described reports as 'consistently thorough and well argued' and "
     "guardians as proactive.", "consistently thorough and well argued", "judges", "reports",
     ["one judge", "same judge", "the service"]),
    ("A district judge called the guardians 'the backbone of these proceedings'.",
     "the backbone of these proceedings", "judge", "guardians", ["the service", "judges"]),
    ("One judge described the FCAs as 'thoughtful, skilled and respectful'.",
     "thoughtful, skilled and respectful", "judge", "family court advisers",
     ["the service", "judges"]),
    ("Magistrates described guardians as 'a real asset to the bench'.",
     "a real asset to the bench", "magistrates", "guardians", ["one magistrate", "the service"]),
    # Whole sentences of theirs: said as theirs, however many they are.
    ("Judges from the county court said 'These reports are the best we get from anyone'.",
     "These reports are the best we get from anyone", "judges", "", ["one judge", "same judge"]),
    ("Magistrates told us 'We always know where we stand with the advisers here'.",
     "We always know where we stand with the advisers here", "magistrates", "",
     ["one magistrate"]),
    ("The DFJ said that 'I have never had to chase a report from this team'.",
     "I have never had to chase a report from this team", "judge", "", ["judges"]),
]  # fmt: skip


def _area_sentences(tmp_path: Path, note: str) -> list[str]:
    """Eastfold's sentences in a report where `note`, a judge's, is the area's one note
    from a stakeholder."""
    s = Small(tmp_path / "q.db", areas=AREAS)
    try:
        for code in ("91", "92", "93"):
            s.cases_noted(code, 10, set() if code != "93" else {"QP3"})
            s.judge("J18-4A", GRADES[code], area=code)
        s.about_area("92", ["LGN4"], "strength", note, "INT_JUDICIARY")
        for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
            s.judge(jid, "good")
        report = draft_report(load(s.store))
    finally:
        s.close()
    return [x.text for sec in report.sections if sec.area_code == "92"
            for p in sec.paragraphs for x in p.sentences]  # fmt: skip


@pytest.mark.parametrize(("note", "quote", "who", "thing", "never"), NOTES,
                         ids=[n[0][:40] for n in NOTES])  # fmt: skip
def test_a_quotation_keeps_its_speaker_and_subject(
    tmp_path: Path, note: str, quote: str, who: str, thing: str, never: list[str]
) -> None:
    sentences = _area_sentences(tmp_path, note)
    quoted = [x for x in sentences if quote in x]
    assert quoted, sentences  # the words are quoted
    for x in quoted:
        at = x.index(quote)
        low = x[:at].lower()
        assert re.search(rf"\b{who}\b", low), x
        assert thing in low, x
        assert not any(n in low for n in never), x
    # Nor is the view before it said by another number of people.
    text = " ".join(sentences).lower()
    assert not any(n in text for n in never if n.startswith(("one ", "same "))), sentences


def test_a_count_of_people_is_never_one_of_them(tmp_path: Path) -> None:
    """ "Two judges described ...": which of them said it?  Their words are said as the
    two judges', never one judge's or the same judge's."""
    note = "Two judges described the analysis in reports as 'first class throughout'."
    sentences = _area_sentences(tmp_path, note)
    for x in (x for x in sentences if "first class throughout" in x):
        assert "two judges" in x.lower() and "report" in x.lower(), x
        assert "one judge" not in x.lower() and "same judge" not in x.lower(), x
