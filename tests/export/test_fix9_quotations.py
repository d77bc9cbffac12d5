"""Someone's quoted words are never changed by the finishing of the draft (session 9,
issue 15: writing an abbreviation out at its first use rewrote a child's "my SW" inside
the quotation).  An abbreviation is written out and footnoted at its first use outside
quotation marks; one a section only ever quotes is footnoted after the quotation.  The
quotations are written for this test, in every style inspectors type and the draft
writes: straight and curly, double and single, one inside another, with apostrophes."""

from __future__ import annotations

import pytest

from exporters.draft.data import DraftOptions
from exporters.draft.document import finish, spell_out
from exporters.draft.glossary import working_terms
from exporters.draft.quotations import quoted_spans
from exporters.draft.words import Term, words
from exporters.model import Paragraph, ReportModel, Section, Sentence
from tests.export.test_fix_abbreviations import _marked


def _terms() -> tuple[Term, ...]:
    return (*words().terms, *working_terms())


def _finished(*sections: list[list[str]]) -> ReportModel:
    """A report of `sections` (each a list of paragraphs, each a list of sentences),
    written out and footnoted as the draft does."""
    secs = []
    for k, paragraphs in enumerate(sections):
        paras = [Paragraph(kind="numbered", sentences=[Sentence(text=t) for t in p])
                 for p in paragraphs]  # fmt: skip
        sec = Section(kind="area", heading=f"Findings in area {k}", paragraphs=paras)
        spell_out(sec, _terms())
        secs.append(sec)
    return finish(ReportModel(title="Draft", sections=secs), DraftOptions(), words().terms)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Ellie said ‘I don’t like it when the SW comes to Nan’s.’ and left.",
         ["‘I don’t like it when the SW comes to Nan’s.’"]),
        ("A girl said 'I don't want the DA worker at Dad's' then cried.",
         ["'I don't want the DA worker at Dad's'"]),
        ('The judge said "the FCAs are the backbone here" and moved on.',
         ['"the FCAs are the backbone here"']),
        ("The boy said, “My IRO told me ‘you can ring any time’ and she meant it.” Then he smiled.",
         ["“My IRO told me ‘you can ring any time’ and she meant it.”"]),
        ("He said ‘my brothers’ SW is kind to us’ twice.", ["‘my brothers’ SW is kind to us’"]),
        ("The parents' views and the FCA's plan were recorded.", []),
        ("Mum said 'the YP is fine", ["'the YP is fine"]),  # never closed: to the end
    ],
)  # fmt: skip
def test_each_quotation_is_found_whole(text: str, quoted: list[str]) -> None:
    assert [text[a:b] for a, b in quoted_spans(text)] == quoted


CHILD = "One child said: ‘My SW didn’t listen to me and the YP group was boring.’"


def test_an_abbreviation_only_quoted_is_footnoted_after_the_quotation() -> None:
    """Two abbreviations in one quotation: one mark after it, one note saying both."""
    report = _finished([[CHILD, "Inspectors agreed that the group needed work."]])
    p = report.paragraphs()[0]
    assert p.sentences[0].text == CHILD
    assert _marked(p).startswith(CHILD + "[1] Inspectors agreed")
    assert [f.text for f in report.footnotes] == [
        "In the words quoted, ‘SW’ means social worker. "
        "In the words quoted, ‘YP’ means young person."
    ]


@pytest.mark.parametrize(
    "quote",
    [
        "'My FCA listened to me and the SW did not.'",
        '"My FCA listened to me and the SW did not."',
        "‘My FCA listened to me and the SW did not.’",
        "“My FCA listened to me and the SW did not.”",
        "“My FCA said ‘the SW did not come’ and I didn’t mind.”",
        "'My FCA's plan was fair, the SW's was not.'",
    ],
)
def test_every_quotation_style_is_left_as_said(quote: str) -> None:
    """The words stay as said; the first use outside the quotation is written out and
    footnoted there; an abbreviation said only in the quotation is footnoted after it."""
    report = _finished(
        [[f"One young person told inspectors: {quote}"],
         ["The FCA had seen the girl twice before the hearing."]]
    )  # fmt: skip
    first, second = report.paragraphs()
    assert first.text == f"One young person told inspectors: {quote}"
    assert _marked(first) == f"One young person told inspectors: {quote}[1]"
    assert report.footnotes[0].key == "sw"
    assert _marked(second) == (
        "The family court adviser (FCA)[2] had seen the girl twice before the hearing."
    )
    assert report.footnotes[1].key == "fca"


def test_a_quotation_over_two_sentences_is_left_whole() -> None:
    sentences = ["The boy said, ‘I like my IRO.", "She comes to see me.’",
                 "The IRO visited monthly."]  # fmt: skip
    report = _finished([sentences])
    p = report.paragraphs()[0]
    assert [s.text for s in p.sentences[:2]] == sentences[:2]
    assert p.sentences[2].text == "The independent reviewing officer (IRO) visited monthly."
    assert _marked(p).endswith("The independent reviewing officer (IRO)[1] visited monthly.")


def test_the_full_term_inside_a_quotation_is_not_abbreviated() -> None:
    """A judge's "family court advisers" stays as said; the draft's own later "FCAs" is
    the use written out."""
    quote = "A judge said: ‘The family court advisers here are first rate.’"
    report = _finished([[quote, "FCAs had manageable caseloads."]])
    p = report.paragraphs()[0]
    assert p.sentences[0].text == quote
    assert _marked(p) == f"{quote} Family court advisers (FCAs)[1] had manageable caseloads."


def test_a_term_noted_only_inside_a_quotation_is_noted_after_it() -> None:
    """'children' is footnoted at its first use outside quotation marks, in a later
    section; a section quoting an abbreviation is explained on its own."""
    quote = "A girl said: ‘The children at contact were loud and my SW was late.’"
    report = _finished(
        [[quote]],
        [["Children were seen alone in most cases, and the SW notes were clear."]],
    )
    first, second = report.paragraphs()
    assert _marked(first) == f"{quote}[1]"
    assert _marked(second) == (
        "Children[2] were seen alone in most cases, and the social worker (SW) notes were clear."
    )
    assert [f.key for f in report.footnotes] == ["sw", "children"]


def test_an_unclosed_quotation_is_not_changed() -> None:
    text = "Mum said 'the YP is fine and the DA is over"
    report = _finished([[text]])
    p = report.paragraphs()[0]
    assert p.text == text
    assert {r.offset for r in p.footnotes} == {len(text)}
