"""An abbreviation someone's quoted words hold is footnoted once in the document, at its
first use, as the glossary's terms are: it was footnoted again in every section that
quoted it (session 10, lead's finding).  The quotations are written for this test."""

from __future__ import annotations

from exporters.draft.data import DraftOptions
from exporters.draft.document import finish, spell_out
from exporters.draft.glossary import working_terms
from exporters.draft.words import words
from exporters.model import Paragraph, ReportModel, Section, Sentence
from tests.export.test_fix_abbreviations import _marked


def _finished(*sections: list[str]) -> ReportModel:
    """A report of `sections` (each one paragraph of sentences), finished as drafted."""
    secs = []
    for k, sentences in enumerate(sections):
        para = Paragraph(kind="numbered", sentences=[Sentence(text=t) for t in sentences])
        sec = Section(kind="area", heading=f"Findings in area {k + 1}", paragraphs=[para])
        spell_out(sec, (*words().terms, *working_terms()))
        secs.append(sec)
    return finish(ReportModel(title="Draft", sections=secs), DraftOptions(), words().terms)


FIRST = "A boy of twelve said: ‘My SW rang me back the same day.’"
SECOND = "A girl told inspectors: ‘The SW came to school and we talked about contact.’"
THIRD = "A teenager said: ‘I never knew which SW was coming.’"


def test_a_quoted_abbreviation_is_footnoted_once_at_its_first_use() -> None:
    report = _finished([FIRST], [SECOND], [THIRD])
    first, second, third = report.paragraphs()
    assert _marked(first) == f"{FIRST}[1]"
    assert _marked(second) == SECOND and _marked(third) == THIRD  # no mark again
    assert [f.text for f in report.footnotes] == ["In the words quoted, ‘SW’ means social worker."]
    assert [s.text for p in report.paragraphs() for s in p.sentences] == [FIRST, SECOND, THIRD]


def test_a_quoted_abbreviation_written_out_in_an_earlier_section_has_no_footnote() -> None:
    report = _finished(["The SW visits were timely in most cases."], [SECOND])
    first, second = report.paragraphs()
    assert first.text == "The social worker (SW) visits were timely in most cases."
    assert _marked(second) == SECOND
    assert not [f for f in report.footnotes if f.key == "sw"]


def test_each_abbreviation_quoted_is_footnoted_where_it_is_first_quoted() -> None:
    """'SW' first in the first section, 'YP' first in the second: one note each."""
    later = "One mother said: ‘The YP group and the SW both helped my son.’"
    report = _finished([FIRST], [later], [THIRD])
    first, second, third = report.paragraphs()
    assert _marked(first) == f"{FIRST}[1]" and _marked(second) == f"{later}[2]"
    assert _marked(third) == THIRD
    assert [f.key for f in report.footnotes] == ["sw", "yp"]
    assert "‘YP’ means young person" in report.footnotes[1].text
    assert "SW" not in report.footnotes[1].text
