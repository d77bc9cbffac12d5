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
that ..."), and is drawn on only when no evidence of the inspectors' own fits.  The
frames that say it, and that quote someone's own words, are data
(`templates/frameworks/wording/voices.toml`, read by `frames`), varied across the report
by `trace.Voice.frame`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Set
from dataclasses import dataclass
from functools import cache

from exporters.draft.data import DraftData
from exporters.draft.relevance import particular_words, stems
from exporters.draft.words import Words, capitalise, has_words, wording_dir

# "The judge said that", "Local authority managers told inspectors", "One IRO felt":
# who spoke and the reporting verb, taken off so that the view is said by role.
_REPORTED = re.compile(
    r"^(?:[\w’'-]+\s+){0,6}?(?:judges?|magistrates?|bench|legal advisers?|DFJ|IROs?|"
    r"reviewing officers?|social workers?|managers?|heads? of service|directors?|"
    r"partners?|agenc(?:y|ies)|services?|representatives?|parents?|mothers?|fathers?|"
    r"carers?|grandparents?|respondents?|families|solicitors?|they|he|she)"
    # where they sit ("magistrates at the family court said ...")
    r"(?:\s+(?:at|in|from|of|for)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?\s+"
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


def about_own(data: DraftData, i: int, criterion: str, text: str) -> bool:
    """Whether record i, saying `text`, is about `criterion` rather than another of the
    criteria it is tagged with: no other of them has more of its particular words in
    the text (a child's words about being listened to, tagged with analysis in reports
    as well, are about the listening).  True for a record with one criterion."""
    tags = data.crits[i]
    if len(tags) < 2:
        return True
    said = stems(text) - _REPORTING_STEMS
    mine = len(said & particular_words(data, criterion))
    return all(len(said & particular_words(data, c)) <= mine for c in tags if c != criterion)


def is_stakeholder(words: Words, source: str) -> bool:
    """Whether a source records someone else's view of the service (a stakeholder's),
    not the inspectors' own finding."""
    return source in words.partner_quotes or source in words.family_quotes


@dataclass(frozen=True)
class Frames:
    """How someone else's view or words are put (`voices.toml`): each a tuple of frames
    saying the same thing in different words."""

    view: tuple[str, ...]
    survey_view: tuple[str, ...]
    quote: tuple[str, ...]
    survey_quote: tuple[str, ...]
    phrase: tuple[str, ...]


@cache
def frames() -> Frames:
    """The frames, read from `templates/frameworks/wording/voices.toml` once."""
    with (wording_dir() / "voices.toml").open("rb") as fh:
        d = tomllib.load(fh)
    return Frames(*(tuple(d[k]) for k in ("view", "survey_view", "quote", "survey_quote",
                                          "phrase")))  # fmt: skip


# Words that open a sentence in capitals without naming anything.
_OPENERS = frozenset((
    "The", "A", "An", "This", "That", "These", "Those", "Our", "Their", "His", "Her", "Its",
    "Some", "Most", "All", "Every", "Each", "Many", "Few", "One", "Two", "In", "On", "At",
    "When", "If", "As", "Since", "After", "Before", "While", "Although",
))  # fmt: skip


def lower_first(text: str, keep: Set[str]) -> str:
    """`text` with its first letter lowered to follow other words, unless its first word
    is a name: in capitals ("FCA"), one of `keep` (the organisation, the glossary's
    capitals), or the first of two capitalised words that do not merely open a
    sentence ("Leeds City Council", not "The Family Court")."""
    words = text.split(" ", 2)
    first = words[0]
    if not first or (first.isupper() and len(first) > 1) or first in keep:
        return text
    if len(words) > 1 and words[1][:1].isupper() and first not in _OPENERS:
        return text
    return text[0].lower() + text[1:]


def reported(words: Words, source: str, text: str, clause: str, keep: Set[str]) -> str | None:
    """What a stakeholder said (`clause`, from the note `text`), with who said it taken
    off ("The judge said that reports are clear." -> "reports are clear."), ready to
    follow a frame; None when under four words are left."""
    m = _REPORTED.match(clause)
    body = (clause[m.end() :] if m else clause).strip()
    if len(body.split()) < 4:
        return None
    return lower_first(body, keep)


def attributed(
    words: Words, source: str, text: str, clause: str, frame: str = "", keep: Set[str] = frozenset()
) -> str | None:
    """A stakeholder's view (`clause`, from the note `text`) said as theirs, by role,
    in `frame` (one of `frames().view`, or `survey_view` for the survey; the first when
    none is given): "One judge told inspectors that reports are clear."  None when
    nothing is left once who spoke is taken off (`reported`)."""
    body = reported(words, source, text, clause, keep)
    if body is None:
        return None
    who = words.speaker(source, text)
    if not frame:
        f = frames()
        frame = (f.survey_view if source == "SURVEY_USER" else f.view)[0]
    return frame.format(Who=capitalise(who), who=who, clause=body)
