"""Issue 15, session 16: a note about the organisation that names one law type only is
said in that law type's section even when it is tagged with the other law type's
criterion (law15's report: it was dropped from the section it was tagged for and said
in no law section, while the leadership section said it of the wrong law type).

On the hand-written 2021 inspection tests/export/kf16_inspection: three national notes
name private law only and are tagged LGS1 (public law care and supervision
applications); one names public law only and is tagged LGS2 (private law applications).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from store.store import Store
from tests.fixtures.handwritten import build

HERE = Path(__file__).parent / "kf16_inspection"
PRIVATE_NOTES = ("safeguarding letters reached the court late", "first hearings are adjourned",
                 "filed after the first hearing in 9 of 30 files")  # fmt: skip
PUBLIC_NOTE = "94% of care applications"


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[ReportModel, dict[str, str]]:
    db = tmp_path_factory.mktemp("kf16n") / "kf16.db"
    build(db, HERE)
    with Store.open(db) as store:
        data = load(store)
        texts = data.texts(list(data.national))
        ids = {data.ids[i]: texts[i].text for i in data.national}
        return draft_report(data), ids


def _section(report: ReportModel, jid: str) -> Section:
    return next(sec for sec in report.sections if sec.judgement_id == jid)


def _resting_on(sec: Section, ids: dict[str, str], words: str) -> list[Sentence]:
    """The section's sentences traced to a national note holding `words`."""
    return [s for p in sec.paragraphs for s in p.sentences
            if any(words in ids.get(e, "") for e in s.evidence_ids)]  # fmt: skip


def test_private_law_notes_tagged_for_public_law_are_said_in_private_law(
    drafted: tuple[ReportModel, dict[str, str]],
) -> None:
    report, ids = drafted
    private, public = _section(report, "J21-1"), _section(report, "J21-2")
    for words in PRIVATE_NOTES:
        said = _resting_on(private, ids, words)
        assert said, f"private law section: nothing rests on the note '{words}'"
        assert all("public law" not in s.text for s in said), [s.text for s in said]
        assert not _resting_on(public, ids, words), words
    claim = _resting_on(private, ids, PRIVATE_NOTES[0])[0]
    assert claim.direction == "against" and "private law applications" in claim.text, claim.text


def test_a_public_law_note_tagged_for_private_law_is_said_in_public_law(
    drafted: tuple[ReportModel, dict[str, str]],
) -> None:
    report, ids = drafted
    private, public = _section(report, "J21-1"), _section(report, "J21-2")
    said = _resting_on(public, ids, PUBLIC_NOTE)
    assert said and all("private law" not in s.text for s in said), [s.text for s in said]
    assert not _resting_on(private, ids, PUBLIC_NOTE)


def test_the_leadership_section_names_the_law_type_the_notes_name(
    drafted: tuple[ReportModel, dict[str, str]],
) -> None:
    # (voice16: a claim about the service on the same notes is said once in the national
    # sections, by the law type's section that says it first (`attributed.said_once`,
    # tester 15 D5), so the leadership section may leave these notes to it; where it
    # says them, it names the notes' own law type.)
    report, ids = drafted
    leaders = _section(report, "J21-3")
    late = _resting_on(leaders, ids, PRIVATE_NOTES[0])
    assert all("private law" in s.text and "public law" not in s.text
               for s in late), [s.text for s in late]  # fmt: skip
    well = _resting_on(leaders, ids, PUBLIC_NOTE)
    assert all("public law" in s.text and "private law" not in s.text
               for s in well), [s.text for s in well]  # fmt: skip
    for words in (PRIVATE_NOTES[0], PUBLIC_NOTE):  # said in some national section
        assert any(
            _resting_on(_section(report, j), ids, words) for j in ("J21-1", "J21-2", "J21-3")
        )


def test_the_key_findings_and_improvements_name_the_law_type_the_notes_name(
    drafted: tuple[ReportModel, dict[str, str]],
) -> None:
    report, ids = drafted
    for kind in ("summary", "improve"):
        sec = next(s for s in report.sections if s.kind == kind)
        for s in _resting_on(sec, ids, PRIVATE_NOTES[0]):
            assert "public law care and supervision" not in s.text, s.text
