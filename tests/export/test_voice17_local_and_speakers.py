"""Who spoke, one side for a stakeholder's note, and what is local to an area (issue 15,
tester 16's D4, D6 and D7).

D4: a council head of service's note ending with the inspector's own shorthand "IRO
contact good" was drafted as "An independent reviewing officer (IRO) told inspectors
that ...; IRO contact good.": the role came from a word inside what was said, and the
shorthand was pasted.  Who spoke comes from the note's source and who heads it
(`whospoke.speaker`), and a stakeholder's sentence leaves the shorthand after a
semicolon off (`whospoke.without_shorthand`).

D6: nationally, judges were said to give "a less favourable account than in the
inspection as a whole" while the private law section quoted the same judges' praise: one
note of plain praise and one whose words praise before a reservation made the judges
"even".  A note whose words go both ways counts partly each way
(`viewgroup.Group.weights`).

D7: every area said the same staff survey, staffing and stakeholder sentences.  A finding
about the service the visited areas share is said once, by the section on local services,
and an area says what is its own (`localfacts`).

Tested on a 2018-framework inspection written by hand for this
(`tests/export/voice17_inspection`; its inspection.toml says what each note tests), whose
areas' notes are each written in their own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import DraftData, draft_report, load
from exporters.draft.viewquote import subject_of
from exporters.draft.words import words
from exporters.model import ReportModel, Section, Sentence
from store.store import Store
from tests.fixtures.handwritten import build

FIXTURE = Path(__file__).parent / "voice17_inspection"
COUNCIL_NOTE = "Head of the looked-after children service said"
MIXED_JUDGE = "A circuit judge in the south said"
# A reviewing officer said to have spoken: "an independent reviewing officer raised ...",
# "The same reviewing officer told inspectors ...".
SPOKE_AS_IRO = re.compile(r"(?i)\b(?:an?|one|the same) (?:independent )?reviewing officer\b")
COMPARED = re.compile(r"less favourable|more critical|less positive|found more fault|more fault")


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DraftData, ReportModel]]:
    path = tmp_path_factory.mktemp("voice17") / "voice17.db"
    build(path, FIXTURE)
    with Store.open(path) as store:
        data = load(store)
        report = draft_report(data)
        data.texts(range(len(data.ids)))  # read while the store is open
        yield data, report


def _record(data: DraftData, opening: str) -> str:
    """The id of the one record whose text opens with `opening`."""
    found = [data.ids[i] for i in range(len(data.ids)) if data.text(i).startswith(opening)]
    assert len(found) == 1, opening
    return found[0]


def _section(report: ReportModel, words_in_heading: str) -> Section:
    return next(s for s in report.sections if words_in_heading in s.heading)


def _sentences(section: Section) -> list[Sentence]:
    return [s for p in (*section.intro, *section.paragraphs) for s in p.sentences]


@pytest.mark.parametrize(
    ("source", "text", "role"),
    [
        # Who heads the note says who spoke; a role named in what they said does not.
        (
            "INT_LA",
            "Team manager from the council said the guardians answer quickly; IRO visits monthly.",
            "one local authority manager",
        ),
        (
            "INT_LA",
            "The guardians' letters to the reviewing officer are clear and always prompt.",
            "one local authority representative",
        ),
        (
            "INT_JUDICIARY",
            "District judge said the position statement set out the magistrate's worries fairly.",
            "one judge",
        ),
        (
            "INT_PARENT_CARER",
            "The father said the guardian explained everything to the foster carer first.",
            "one parent",
        ),
        # Now that they are looked for only in who spoke, the rules may name a role by
        # its shorter forms.
        (
            "INT_LA",
            "Head of the fostering service said the guardians visit placements often; IRO links fine.",
            "one local authority manager",
        ),
        (
            "INT_JUDICIARY",
            "DFJ: position statements are filed in good time.",
            "the designated family judge",
        ),
        # A first sentence saying how inspectors spoke to them names who spoke.
        (
            "INT_LA",
            "Telephone conversation with the reviewing officer: the guardian rang after each hearing.",
            "an independent reviewing officer",
        ),
        (
            "INT_LA",
            "Video call with the independent reviewing officer. The guardian's letter was useful.",
            "an independent reviewing officer",
        ),
        # Several people saying something are said as theirs wherever the note says it.
        (
            "INT_JUDICIARY",
            "Met the bench after the hearing; magistrates said the reports were clear.",
            "magistrates",
        ),
    ],
)
def test_the_role_is_who_spoke_not_whom_they_spoke_of(source: str, text: str, role: str) -> None:
    assert words().speaker(source, text) == role


def test_a_council_managers_words_are_never_a_reviewing_officers(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """D4: the council note ending "reviewing officer links patchy" is drawn on, never
    as a reviewing officer's words, and never with the inspector's shorthand."""
    data, report = drafted
    note = _record(data, COUNCIL_NOTE)
    drawn = [s for p in report.paragraphs() for s in p.sentences if note in s.evidence_ids]
    assert drawn, "the council note is drawn on in the body"
    for s in drawn:
        assert not SPOKE_AS_IRO.search(s.text), s.text
        assert "patchy" not in s.text, s.text
    told = [s.text for s in drawn if "told inspectors" in s.text]  # their words, by role
    assert told and all(t.endswith("too late to be used.") for t in told), told


def test_national_judges_are_not_said_to_be_less_favourable(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """D6: the judges' national notes are plain praise and praise with a reservation: the
    national section never says judges there were less favourable than elsewhere, and
    says their view as praise."""
    data, report = drafted
    mixed = _record(data, MIXED_JUDGE)
    views = [
        s for sec in report.sections for s in _sentences(sec)
        if s.role == "views" and mixed in s.evidence_ids
    ]  # fmt: skip
    assert views, "the judges' national notes are said in a views sentence"
    for s in views:
        assert not COMPARED.search(s.text), s.text
        assert s.direction == "for", s.text
        judges = next(c for c in re.split(r"[;,] (?:and )?", s.text) if "judges" in c)
        assert re.search(r"praised|valued|positive|spoke well", judges), s.text


def test_a_finding_the_areas_share_is_said_once_nationally(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """D7: staff support (LG5) is good in three areas of four, staffing (LG8) in all four:
    the section on local services says each once; the two good areas say neither;
    Weirbrook says its own weak staff survey.  Tarnfield, outstanding, says its own
    strengths, which its grade rests on (case22; tester 21's A6: the outstanding area
    was thin on its leaders)."""
    _data, report = drafted
    local = _section(report, "leadership and management of local services is")
    crits = {c for s in _sentences(local) for c in s.criteria}
    assert {"LG5", "LG8"} <= crits
    for name in ("Northmoor", "Saltmarsh"):
        said = _sentences(_section(report, name))
        assert not [s.text for s in said if {"LG5", "LG8"} & set(s.criteria)], name
    tarn = _sentences(_section(report, "Tarnfield"))
    mine = [s for s in tarn if {"LG5", "LG8"} & set(s.criteria) and s.role == "claim"]
    assert mine and all(s.direction == "for" for s in mine), [s.text for s in tarn]
    weir = _sentences(_section(report, "Weirbrook"))
    own = [s for s in weir if "LG5" in s.criteria and s.role == "claim"]
    assert own and all(s.direction == "against" for s in own), [s.text for s in weir]
    assert not [s.text for s in weir if "LG8" in s.criteria]


def test_what_stakeholders_said_alike_everywhere_is_not_said_in_each_area(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """D7: judges and council managers praise the same things in three areas, as they do
    across the inspection: those areas say no views sentence of their own; Weirbrook,
    whose judge and council manager are critical, says theirs."""
    _data, report = drafted
    for name in ("Northmoor", "Saltmarsh", "Tarnfield"):
        said = _sentences(_section(report, name))
        assert not [s.text for s in said if s.role == "views"], name
    weir = [s for s in _sentences(_section(report, "Weirbrook")) if s.role == "views"]
    assert len(weir) == 1 and weir[0].direction == "against", [s.text for s in weir]
    whole = [s for s in _sentences(_section(report, "local services is")) if s.role == "views"]
    assert len(whole) == 1


def test_a_plural_topic_takes_a_plural_verb(drafted: tuple[DraftData, ReportModel]) -> None:
    """D7 ("staffing levels comes out well"): an -ing word naming a kind of thing before
    a plural noun leaves the noun the head; before a person, or alone, it is a doing."""
    plural = words().support.plural
    assert plural("staffing levels") and plural("safeguarding concerns")
    assert plural("planning meetings")
    assert not plural("safeguarding children") and not plural("keeping the same practitioner")
    assert not plural("listening to children") and not plural("training and development")
    _data, report = drafted
    text = " ".join(s.text for p in report.paragraphs() for s in p.sentences)
    assert not re.search(r"\b(?:levels|concerns|meetings) (?:comes|is|shows)\b", text)


def test_a_quoted_phrase_after_a_place_and_who_spoke_describes_its_subject() -> None:
    """Tester 17's Area 9: "Area 9: judge said reports are 'consistently thoughtful'" was
    quoted as "described judge said reports as ...": who spoke is the last speaking
    marker before the phrase, not the first colon."""
    assert subject_of("Area 9: judge said reports are") == ("reports", "are")
    assert subject_of("Northfield: the magistrate described the letters as") == (
        "the letters",
        "as",
    )
    assert subject_of("DJ (Northgate): s.7s") == ("s.7s", "")
