"""Whether a record may illustrate the sentence it would follow (`Target`, `on_topic`,
`law_of`), and how a stakeholder's view is put when it does (`attributed`).

An example illustrates the sentence it follows: it is a record on the sentence's
criterion, of the sentence's side (a strength after a strength, a development point
after a weakness), from a case of the law type the sentence is about, and its text is
about what the sentence claims: it uses a word particular to the criterion
(`relevance.particular_words`), and no other criterion's particular words outnumber
them (a note tagged with two criteria illustrates the one it is about; a judge's note
that reports are filed on time illustrates timeliness, not leadership).  Where no
record fits, the sentence has no example.

A stakeholder's view (a judge, a magistrate, a local authority, an independent
reviewing officer, a partner agency, a parent or the survey of families) is never the
inspectors' own finding: it is said as theirs, by role ("One judge told inspectors
that ..."), and is drawn on only when no evidence of the inspectors' own fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exporters.draft.data import DraftData
from exporters.draft.relevance import particular_words, stems
from exporters.draft.words import Words, capitalise, has_words

# "The judge said that", "Local authority managers told inspectors", "One IRO felt":
# who spoke and the reporting verb, taken off so that the view is said by role.
_REPORTED = re.compile(
    r"^(?:[\w’'-]+\s+){0,6}?(?:judges?|magistrates?|bench|legal advisers?|DFJ|IROs?|"
    r"reviewing officers?|social workers?|managers?|heads? of service|directors?|"
    r"partners?|agenc(?:y|ies)|representatives?|parents?|mothers?|fathers?|carers?|"
    r"grandparents?|respondents?|families|solicitors?|they|he|she)\s+"
    r"(?:(?:also|all|both|consistently|repeatedly)\s+)?"
    r"(?:said|say|says|told inspectors|commented|comment|comments|explained|explain|"
    r"explains|reported|report|reports|described|describe|describes|feel|feels|felt|"
    r"think|thinks|thought|believe|believes|believed|praised|praise|praises|noted|"
    r"note|notes|stated|states|confirmed|confirm|confirms|agreed|agree|agrees|"
    r"were clear|was clear|are clear|is clear)"
    r"(?:\s+that)?,?\s+",
    re.IGNORECASE,
)
# Words saying who said something, not what it is about.
_REPORTING_STEMS = frozenset(("said", "says", "told", "tells", "feels", "thoug"))


@dataclass(frozen=True)
class Target:
    """What an example must illustrate: the sentence's criterion, its side ("strength"
    or "development"), the law type it is about ("" for any) and its text."""

    criterion: str
    polarity: str
    law: str = ""
    sentence: str = ""


def law_of(words: Words, sentence: str) -> str:
    """The one law type a sentence's wording is about ("a care plan" is public law),
    or "" when it names none or more than one."""
    laws = [
        law for law, cues in words.law_cues.items() if any(has_words(sentence, c) for c in cues)
    ]
    return laws[0] if len(laws) == 1 else ""


def on_topic(data: DraftData, i: int, target: Target, text: str) -> bool:
    """Whether record i, saying `text`, is about the target's criterion: it uses a word
    particular to it, and no other criterion's particular words outnumber them (a
    judge's note that reports are filed on time is about timeliness, whatever it is
    tagged with).  True when the criterion has no particular words to go by."""
    own = particular_words(data, target.criterion)
    if not own:
        return True
    said = stems(text) - _REPORTING_STEMS
    mine = len(said & own)
    if not mine:
        return False
    others = (c.id for c in data.framework.criteria if c.id != target.criterion)
    return all(len(said & particular_words(data, c)) <= mine for c in others)


def is_stakeholder(words: Words, source: str) -> bool:
    """Whether a source records someone else's view of the service (a stakeholder's),
    not the inspectors' own finding."""
    return source in words.partner_quotes or source in words.family_quotes


def attributed(words: Words, source: str, text: str, clause: str) -> str | None:
    """A stakeholder's view (`clause`, from the note `text`) said as theirs, by role:
    "One judge told inspectors that reports are clear."  None when nothing is left
    once who spoke is taken off."""
    who = words.speaker(source, text)
    m = _REPORTED.match(clause)
    body = clause[m.end() :] if m else clause
    body = body.strip()
    if len(body.split()) < 4:
        return None
    first = body.split(" ", 1)[0]
    if not (first.isupper() and len(first) > 1):
        body = body[0].lower() + body[1:]
    form = words.attributed_survey if source == "SURVEY_USER" else words.attributed_view
    return form.format(Who=capitalise(who), clause=body)
