"""A note recording several people's views is never said as one person's, and its
quotation is never pinned on "the same" person (issue 15, tester 29's A5: "Newcastle CC:
Head of Service & 2 IROs v positive - ... 'they hold us to account in the right way'"
became "one local authority representative praised ..." and "The same representative
told inspectors that ...").  The notes below are written by hand; no name is a real
person's."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.whospoke import several
from tests.export.small import Small
from tests.export.voice23_inspection import AREAS, GRADES

# (note, whether several people spoke): a place or body heading the note, then who.
NOTES = [
    ("Ashby BC: Head of Service & 2 IROs v positive - guardians question drift, 'they keep "
     "us honest'.", True),
    ("Fenland council: IRO & team manager critical of late letters.", True),
    ("Area 4: three social workers positive about the guardians' visits.", True),
    ("Marsh CC: head of service and legal manager very positive re pre-proceedings.", True),
    ("Eastfold: 2 IROs + service manager v happy with the guardians' challenge.", True),
    # One person, or what was said after the heading, not who said it.
    ("Marsh CC: head of service very positive about challenge.", False),
    ("DFJ: guardians and FCAs attend well and are prepared.", False),
    ("Ashby BC team manager: good relationship w/ guardians, escalation works.", False),
    ("Brighton and Hove: IRO positive about visits.", False),
    ("Fenland council: reports and letters are on time.", False),
]  # fmt: skip


@pytest.mark.parametrize(("note", "many"), NOTES, ids=[n[:40] for n, _m in NOTES])
def test_several_people_after_a_place(note: str, many: bool) -> None:
    assert several(note) is many


SEVERAL = ("Ashby BC: Head of Service & 2 IROs v positive - guardians challenge drift in "
           "care plans and attend every review, 'they keep us honest in the right way'.")  # fmt: skip
ONE = ("Fenland council head of service: guardians challenge drift in our care plans, "
       "'never afraid to ask the hard question'.")  # fmt: skip
JUDGES = (
    "The designated family judge said the reports are thorough and the guardians well prepared."
)


def _sentences(tmp_path: Path, note: str) -> list[str]:
    """Rushby's sentences in a report where `note`, from the local authority, is the
    area's one note from it."""
    s = Small(tmp_path / "la.db", areas=AREAS)
    try:
        for code in ("91", "92", "93"):
            s.cases_noted(code, 10, set() if code != "93" else {"QP3"})
            s.judge("J18-4A", GRADES[code], area=code)
            s.about_area(code, ["LGN4"], "strength", JUDGES, "INT_JUDICIARY")
        s.about_area("93", ["LGN4"], "strength", note, "INT_LA")
        for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
            s.judge(jid, "good")
        report = draft_report(load(s.store))
    finally:
        s.close()
    return [x.text for sec in report.sections if sec.area_code == "93"
            for p in sec.paragraphs for x in p.sentences]  # fmt: skip


def test_a_note_of_several_is_said_as_their_group(tmp_path: Path) -> None:
    sentences = _sentences(tmp_path, SEVERAL)
    text = " ".join(sentences)
    assert "local authority staff" in text.lower(), text
    assert "representative" not in text and "one local authority" not in text, text
    assert "The same" not in text, text
    quoted = [x for x in sentences if "keep us honest" in x]
    assert quoted, text
    # Their group's words; "the local authority staff" where the views sentence before
    # named them (`namedagain`, voice31).
    group: tuple[str, ...] = ("local authority staff", "as local authority staff",
             "in the words of local authority staff")  # fmt: skip
    group += tuple(g.replace("local authority", "the local authority") for g in group)
    assert all(x.lower().startswith(group) for x in quoted), quoted


def test_one_persons_note_is_still_said_as_theirs(tmp_path: Path) -> None:
    text = " ".join(_sentences(tmp_path, ONE))
    assert "local authority staff" not in text.lower(), text
