"""A criterion's name put into a sentence after a preposition reads as English (issue 15,
the report's voice): "inspectors found weaknesses in the use of performance
information", never "weaknesses in use of performance information"; "the cases with
evidence on the advice to the court", never "on advice to the court".

Which names need the article was judged by hand, criterion by criterion, for all three
frameworks (a singular noun followed by "of", "to" or "with" needs it; a gerund, a
plural, a possessive or a name that has its own determiner does not), so the tests do
not restate the rule the draft applies.
"""

from __future__ import annotations

import re

import pytest

from exporters.draft.shapes import of_the_cases_counted
from exporters.draft.words import words
from exporters.model import ReportModel
from store.framework import builtin_ids, load_framework

# The criteria whose name needs "the" after a preposition, and the name as said there.
NEEDS_THE = {
    "SW2": "the advice to the court",
    "LG2": "the work with the judiciary",
    "LG3": "the use of performance information",
    "LGN1": "the consistency of assessment and advice",
    "LGN2": "the continuity of practitioner",
    "LGN4": "the work with local family justice partners",
    "LGN5": "the contribution to local safeguarding partnerships",
}
# Every other criterion's name is said as it stands: these, among them, read so.
AS_IT_STANDS = {
    "QP9": "listening to children",
    "QPN2": "interviews with parents before the first hearing",
    "QP3": "children's wishes and feelings",
    "QP5": "direct work with children",
    "QP7": "analysis in reports",
    "LG5": "a supportive and challenging culture",
    "LG6": "learning from feedback and complaints",
    "QPN1": "children's relationships with their practitioner",
}


@pytest.mark.parametrize("framework", builtin_ids())
def test_each_name_reads_after_a_preposition(framework: str) -> None:
    fw = load_framework(framework)
    w = words()
    ids = {c.id for c in fw.criteria}
    checked = 0
    for cid, said in {**NEEDS_THE, **AS_IT_STANDS}.items():
        if cid in ids:
            assert w.criterion(fw, cid).noun == said, (framework, cid)
            checked += 1
    for c in fw.criteria:  # the 2013 catalogue's oversight of each kind of case
        if c.id.startswith("LGS"):
            assert w.criterion(fw, c.id).noun.startswith("the oversight of "), c.id
            checked += 1
        elif c.id not in NEEDS_THE:
            assert not w.criterion(fw, c.id).noun.startswith("the "), c.id
    assert checked >= len(NEEDS_THE) + len(AS_IT_STANDS)


def test_the_phrases_that_name_the_cases_read_with_every_name() -> None:
    """Each way of saying which cases a share is of ("with evidence on {noun}"), with
    each name that needs the article, in a frame as the draft fills it."""
    w = words()
    fw = load_framework("cafcass-2018")
    frame = of_the_cases_counted("In {pos} cases, {strength}.")
    for cid, said in NEEDS_THE.items():
        noun = w.criterion(fw, cid).noun
        for counted in (*w.counted, *w.counted_nouns):
            text = frame.format(pos_of="most of", counted=counted.format(noun=noun),
                                strength="it is good")  # fmt: skip
            assert f" {said}," in text, text
            bare = said.removeprefix("the ")
            assert not re.search(rf"\b(?:on|about|of|assess|judge) {re.escape(bare)}", text)


def test_no_drafted_sentence_names_a_criterion_without_its_article(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    """On the hand-written inspections, the body's sentences and their comments never
    put one of those names bare after a preposition or a verb ("weaknesses in use of
    performance information", "evidence on advice to the court")."""
    bare = "|".join(re.escape(s.removeprefix("the ")) for s in NEEDS_THE.values())
    wrong = re.compile(rf"(?i)\b(?:in|on|about|of|for|assess|judge) (?:{bare})\b")
    found = [
        (name, t)
        for name, report in handwritten_reports.items()
        for sec in report.sections
        for p in (*sec.intro, *sec.paragraphs)
        for s in p.sentences
        for t in (s.text, s.basis)
        if wrong.search(t)
    ]
    assert found == []
