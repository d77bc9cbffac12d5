"""What a stakeholder's view is about, and which side a child's words take, from their
own words (issue 15, tester 15 D3 and D4).

D3: a local authority's praise of joint meetings between guardians and IROs, in words
that praise nothing the draft's lists know and then say what followed ("care plans are
no longer redrafted at the last minute"), was drafted as praise of "the timeliness of
reports" in three places.  Such a note is about the first of its statements that names
something (`regard.first_named`), not about whichever subject its words name most.

D4: "Nobody asked me properly until she came." praises the guardian, yet was quoted
after a weakness on wishes because it holds "nobody asked".  A fault the practitioner
ended is no fault (`childsays.fault`); a complaint that what the child said was left
out ("... but the report doesn't say it") is one, never quoted after a strength.

(e): tester 15's 56 children's words gave 2 quotations.  A section that quotes a child
after a strength may also quote one whose words fit a weakness (up to `support.toml`
[child_words] `per_section`, one a paragraph), and words on a note drawn on as an
example may still be quoted (never the same words twice).

Tested on a 2021-framework inspection written by hand for this
(`tests/export/voice16_inspection`; its inspection.toml says what each note tests).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import DraftData, draft_report, load
from exporters.draft.childsays import side
from exporters.draft.childwords import per_section
from exporters.draft.regard import first_named, read
from exporters.model import ReportModel, Sentence
from store.store import Store
from tests.fixtures.handwritten import build

FIXTURE = Path(__file__).parent / "voice16_inspection"
PRAISE_OF_GUARDIAN = "Nobody asked me properly until my guardian came."
COMPLAINT = "I told her I want to live with my aunt. Nobody said why I can't."
LEFT_OUT = "I told her how I feel about staying over but the report doesn't say it."
FELT_HEARD = "She made me feel that what I said mattered."
LISTENED = "She listened to me even when I was cross."
RANG = "He always rang me after court and he listened to what I asked."


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DraftData, ReportModel]]:
    path = tmp_path_factory.mktemp("voice16") / "voice16.db"
    build(path, FIXTURE)
    with Store.open(path) as store:
        data = load(store)
        report = draft_report(data)
        data.texts(data.child_words)  # read while the store is open
        yield data, report


def _views(report: ReportModel) -> list[str]:
    return [s.text for p in report.paragraphs() for s in p.sentences if s.role == "views"]


def _quotes(data: DraftData, report: ReportModel) -> list[tuple[str, str, Sentence]]:
    """Each quotation of a child's recorded words: (section heading, the words, the claim
    it follows)."""
    index = {data.ids[i]: i for i in data.child_words}
    out = []
    for sec in report.sections:
        for p in (*sec.intro, *sec.paragraphs):
            for k, s in enumerate(p.sentences):
                records = [index[e] for e in s.evidence_ids if e in index]
                if s.role != "quote" or not records:
                    continue
                claim = next(x for x in reversed(p.sentences[:k]) if x.role == "claim")
                said = data.texts((records[0],))[records[0]].child_words
                out.append((sec.heading, said, claim))
    return out


def test_a_councils_praise_of_joint_meetings_with_iros_is_said_as_that(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """The council's head of service praised joint meetings with IROs: every views
    sentence that gives the local authority's view says it of communication with IROs,
    and none says the council spoke of the timeliness of reports (the judge's point)."""
    _data, report = drafted
    views = _views(report)
    council = [v for v in views if "local authority" in v]
    assert council, views
    for v in council:
        clause = re.search(r"local authority[^;]*", v)
        assert clause is not None
        assert "timeliness" not in clause.group(0), v
        assert "independent reviewing officers" in clause.group(0), v
    # The judge's criticism of late statements is still said, as the judge's.
    assert any(re.search(r"judges?[^;]*timeliness of reports", v) for v in views), views


@pytest.mark.parametrize(
    ("text", "about"),
    [
        # No praise word: the first statement says what, the second what followed.
        ("Council head of service: guardians and the IROs sit down together before every "
         "issues resolution hearing; since then care plans are no longer redrafted at the "
         "last minute or the night before.", "communication with independent reviewing officers"),
        # A statement saying whom inspectors spoke to names who, not what about.
        ("Phone call with the IRO. The guardian passed the new information to the school "
         "nurse the same day.", "how information is shared with partners"),
        # The practitioners in general are passed over for what the note goes on to name.
        ("The guardians here. Every position statement is filed by the deadline.",
         "the timeliness of reports"),
    ],
)  # fmt: skip
def test_a_note_with_no_praise_word_is_about_its_first_statement(text: str, about: str) -> None:
    assert first_named(text)[:1] == [about]
    assert read(text, "strength").about == (about,)


def test_a_note_whose_words_praise_is_about_what_they_praise() -> None:
    """Where the words praise in words the lists know, what they praise decides, as
    before: the first statement's subject is only for notes that say neither."""
    text = "Joint meetings with the IRO are routine. Reports are excellent and always on time."
    assert read(text, "strength").about[0] != "communication with independent reviewing officers"


@pytest.mark.parametrize(
    ("words", "own_side"),
    [
        (PRAISE_OF_GUARDIAN, "strength"),
        ("Nobody asked me properly until she came.", "strength"),
        ("No one listened to me until my new worker came.", "strength"),
        ("Nobody told me anything until the day of court.", "development"),
        (COMPLAINT, "development"),
        (LEFT_OUT, "development"),
        ("I should have been told about the hearing before it happened.", "development"),
        (FELT_HEARD, "strength"),
    ],
)
def test_a_childs_words_take_the_side_they_say(words: str, own_side: str) -> None:
    assert side(words) == own_side


def test_praise_of_the_guardian_never_follows_a_weakness(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """EM-01's words praise the guardian though her note is against the work on her
    wishes: they follow no weakness (nor a strength on wishes, her note's own point);
    EM-02's complaint follows a weakness on wishes instead."""
    data, report = drafted
    quotes = _quotes(data, report)
    assert PRAISE_OF_GUARDIAN not in [said for _h, said, _c in quotes]
    weak = [(said, claim) for _h, said, claim in quotes if claim.criteria == ["QP3"]
            and claim.direction != "for"]  # fmt: skip
    assert [said for said, _c in weak] == [COMPLAINT], weak


def test_a_national_section_quoting_praise_still_quotes_a_complaint_that_fits_a_weakness(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """The public law section finds listening to children strong and their wishes weak:
    it quotes FV-01's praise after the strength and EM-02's complaint after the weakness
    (before, a section quoting a child after a strength quoted none after a weakness).
    An area quotes one child (Eastmere: EM-05's praise), and no section quotes two in
    one paragraph, nor more than `per_section`."""
    data, report = drafted
    quotes = _quotes(data, report)
    public = {said: claim for h, said, claim in quotes if "public law practice" in h}
    assert set(public) == {COMPLAINT, RANG}, public
    assert public[RANG].criteria == ["QP9"] and public[RANG].direction == "for"
    assert public[COMPLAINT].criteria == ["QP3"] and public[COMPLAINT].direction == "against"
    assert [said for h, said, _c in quotes if "Eastmere" in h] == [LISTENED]
    index = {data.ids[i] for i in data.child_words}
    for sec in report.sections:
        per = [sum(1 for s in p.sentences if s.role == "quote" and index & set(s.evidence_ids))
               for p in (*sec.intro, *sec.paragraphs)]  # fmt: skip
        most = 1 if sec.kind == "area" else per_section()
        assert sum(per) <= most and max(per, default=0) <= 1, sec.heading


def test_a_complaint_that_words_were_left_out_never_follows_a_strength(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """WB-01's words complain that the report left out what she said, on a note praising
    the work on her wishes: never quoted after a strength; Westbrook quotes WB-02's."""
    data, report = drafted
    quotes = _quotes(data, report)
    assert LEFT_OUT not in [said for _h, said, _c in quotes]
    westbrook = [said for h, said, _c in quotes if "Westbrook" in h]
    assert westbrook == [FELT_HEARD]


def test_every_quotation_takes_its_claims_side(drafted: tuple[DraftData, ReportModel]) -> None:
    data, report = drafted
    quotes = _quotes(data, report)
    assert quotes
    for _h, said, claim in quotes:
        wanted = "development" if claim.direction in ("against", "balanced") else "strength"
        assert side(said) == wanted, (said, claim.text)
