"""A stakeholder's own words quoted as the note gives them: by whom and about what (issue
15; tester 30's F14: the note "Judges in Area 8 described reports as 'consistently
excellent and well reasoned'" was drafted "One judge had strong praise for the quality of
reports. The same judge called the service ‘consistently excellent and well reasoned’":
one judge for several, and the service for the reports).

- **Who spoke** (`quoted_by`): one person by their role ("one judge", "the designated
  family judge"); several people the note names as a group ("Judges ...", "Magistrates
  at Eastbury said ...", "Newcastle CC: Head of Service & 2 IROs ...") as their group,
  never one of them; a count of them ("two judges": which of them said it?) is not
  quoted.
- **What the words describe** (`described`): the words between who spoke and the
  phrase, carried whole ("challenge from guardians about delay in care planning is
  'almost non-existent'" is never "guardians are ..."), or one of [view_quote]
  `objects` where those words are only its cue ("DJ: s.7s 'clear and on time'":
  reports).  A phrase whose subject the note does not give, or gives in words the draft
  cannot carry (a pronoun, a name, more than `subject_words` words), is not quoted as
  describing anything.

`stakeholder_quote` (the older quotation path, after a claim or in a section with no
views sentence) and `viewquote.view_quote` (after the views sentence) both follow them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from exporters.draft.fitting import frames
from exporters.draft.stakeholders import is_survey, survey_response
from exporters.draft.tallies import Pool
from exporters.draft.trace import Used, Voice, traced
from exporters.draft.viewgroup import of_records
from exporters.draft.whospoke import counted, several
from exporters.draft.wording import wording_table
from exporters.draft.words import capitalise
from exporters.model import Sentence

QUOTE = re.compile(r"(?:^|(?<=[\s(:]))[‘'\"“]([^\"“”]{12,160}?)[’'\"”](?=[\s.,;:!?)]|$)")
"""Words in quotation marks, at least twelve characters."""
SAID = re.compile(
    r"\b(?:said|says|saying|told|tells|commented|comments|remarked|added|wrote|writes|"
    r"put it|summed up|described|describes|called|calls|explained|feel|feels|felt)\b"
    r"[^.!?]{0,80}$|:\s*$",
    re.IGNORECASE,
)
"""Before a quotation: words saying that someone said it (in the same sentence)."""
_DESCRIBED = re.compile(r"\b(?:described|describes|called|calls)\b[^.!?]{0,60}\bas\s*$|"
                        r"\b(?:called|calls)\b[^.!?]{0,40}$", re.IGNORECASE)  # fmt: skip
_ONE = frozenset({"one", "a", "an", "the"})


@cache
def _wording() -> dict[str, Any]:
    return dict(wording_table("voices.toml")["view_quote"])


def quoted_by(pool: Pool, i: int, text: str) -> str | None:
    """Who record `i` (its text `text`) may be quoted by (see the module docstring): its
    role where it is one person's; its group ("judges", "local authority staff") where
    it speaks for several people it does not count; None where it counts them."""
    d = pool.data
    who = d.words.speaker(d.source[i], text)
    if who.split()[0] in _ONE:
        if not several(text):
            return who
        groups = of_records(pool, [i])
        return " and ".join(groups[0].names) if groups else None
    if counted(d.source[i], text):
        return None
    return who


def described(before: str, known: set[str]) -> tuple[str, bool] | None:
    """What the quoted words after `before` (the words before them in their sentence)
    describe, and whether it is plural, as the note gives it (see the module
    docstring); None where the note gives the words no subject, or one the draft
    cannot carry whole (`subject_said`)."""
    subject, copula = subject_of(before)
    if not subject:
        return _described_as(before)
    cued = _cued(subject.lower().split())
    if cued is not None:
        return cued
    said = subject_said(subject, known)
    if said is None:
        return None
    if copula in ("is", "was", "are", "were"):
        return said, copula in ("are", "were")
    return said, _plural(said)


def _cued(words: list[str]) -> tuple[str, bool] | None:
    """The one of [view_quote] `objects` whose cue `words` (in lower case) are, with
    its number; None for none."""
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    for o in _wording()["objects"]:
        if " ".join(words) in o["cues"]:
            return str(o["said"]), bool(o.get("plural", False))
    return None


# "described as" with no subject of its own in its clause: the passive, whose subject
# is the sentence's ("Cafcass attends regularly ...; described as '...'").
_PASSIVE = re.compile(
    r"(?:^|[;,]\s*|\band\s+)(?:(?:is|are|was|were)\s+)?(?:described|called)(?:\s+as)?\s*$",
    re.IGNORECASE,
)


def _described_as(before: str) -> tuple[str, bool] | None:
    """What a phrase after a bare "described as" describes: the subject its sentence
    opens with (after a heading), where that is one of [view_quote] `objects`
    ("Local safeguarding partnership: Cafcass attends ...; described as": the
    service); None where the words name no subject the note gives."""
    if not _PASSIVE.search(before):
        return None
    opening = re.sub(r"^[^:]{0,60}:\s", "", before).lower().split()
    for n in (3, 2, 1):
        cued = _cued(opening[:n]) if len(opening) > n else None
        if cued is not None:
            return cued
    return None


# Who spoke, and the verb of saying, before what they said something is ("The head of
# service said", "DJ (Northgate):", "A senior judge described"): the subject follows.
# The last of them: "Area 9: judge said reports are '...'" is about reports, never
# "judge said reports" (tester 17, Area 9).
_SPOKE = re.compile(
    r"^.*(?::\s|\b(?:said|says|told (?:us|inspectors|me)|described|describes|called|calls|"
    r"thinks|think|thought|believes|believe|felt|feels|feel|reported|commented|explained|"
    r"stated|added|considers|considered)\b(?:\s+that\b)?)",
    re.IGNORECASE,
)
_COPULA = frozenset({"is", "are", "was", "were", "as", "be", "been", "being", "remains",
                     "remain", "seems", "seem", "seemed"})  # fmt: skip
_NOT_CARRIED = frozenset({"i", "we", "us", "our", "ours", "my", "me", "you", "your", "it",
                          "they", "them", "this", "that", "these", "those", "he", "she",
                          "him", "her", "his", "its", "their", "there"})  # fmt: skip


def subject_of(before: str) -> tuple[str, str]:
    """The words a note gives as the subject of the phrase that follows `before` (the
    words before it in its sentence), with who spoke and the verb of saying taken off,
    and the copula after it ("is", "as"; "" for none): ("challenge from guardians about
    delay in care planning", "is"); ("", "") where the phrase follows who spoke
    directly."""
    m = _SPOKE.match(before)
    rest = before[m.end() :] if m else before
    words = rest.strip().strip(",;:").split()
    copula = ""
    if words and words[-1].lower() in _COPULA:
        copula = words.pop().lower()
    return " ".join(words), copula


def subject_said(subject: str, known: set[str]) -> str | None:
    """A note's subject as the draft may carry it whole: at most [view_quote]
    `subject_words` words, none a pronoun (whose it is the reader cannot tell: "it",
    "our plans") and no capital but the draft's known names; "the" before a head
    followed by "of" ("quality of s.7 reports": the quality ...).  None otherwise."""
    words = subject.split()
    if not words or len(words) > int(_wording()["subject_words"]):
        return None
    for k, w in enumerate(words):
        bare = re.sub(r"[^\w'’-]", "", w)
        low = bare.lower().replace("’", "'").removesuffix("'s")
        if low in _NOT_CARRIED or not bare:
            return None
        if bare[:1].isupper() and bare not in known and not (k == 0 and low in ("the", "a", "an")):
            return None
    said = subject if words[0] in known else subject[:1].lower() + subject[1:]
    if len(words) > 1 and words[1].lower() == "of":
        said = "the " + said
    return said


def _plural(subject: str) -> bool:
    """Whether a subject takes "are": its head (the last word before "of", "from",
    "about", "in", "with", "for" or "on") ends in s (not ss)."""
    head = ""
    for w in subject.lower().split():
        if w in ("of", "from", "about", "in", "with", "for", "on", "at", "to"):
            break
        head = w
    return head.endswith("s") and not head.endswith(("ss", "'s", "’s", "us", "is"))


def stakeholder_quote(
    pool: Pool,
    used: Used,
    voice: Voice,
    sources: frozenset[str],
    bears_out: Callable[[int], bool] | None = None,
) -> Sentence | None:
    """A stakeholder's own words about the service, quoted by whom and about what the
    note says (see the module docstring): from an interview with them, recorded as a
    strength, where the note says the speaker said it (a survey's words as one
    response's).  A whole sentence of theirs is quoted as they said it; a phrase only
    as what the note says it describes ("Judges described reports as ‘...’"), never
    another subject.
    Practitioners' and managers' words are evidence about their own work and are never
    quoted as a view of the service.  With `bears_out`, only a record it holds bears
    out what the words follow (issue 15: never praise after a weakness or a view
    leaning against: `viewquote.bearing_out`)."""
    d = pool.data
    known = set(d.words.known_capitals) | {d.inspection.organisation}
    for i in d.quotable:
        if i in used.records or d.source[i] not in sources or not pool.has(i):
            continue
        if d.polarity[i] != "strength" or (bears_out is not None and not bears_out(i)):
            continue
        text = d.texts((i,))[i].text
        if d.words.is_provisional(text):
            continue
        survey = is_survey(d.source[i])  # one response's words, never a phrase
        who = survey_response() if survey else quoted_by(pool, i, text)
        if who is None:
            continue  # several people counted: their words are no one person's to quote
        for m in QUOTE.finditer(text):
            line = _quoted(pool, used, voice, i, text[: m.start()], m.group(1), who, known)
            if line is not None:
                return traced(line, [i], d, role="quote", quote=True,
                              basis=f"Quoted by role ({who}) from evidence", with_excerpts=False)  # fmt: skip
    return None


def _quoted(
    pool: Pool, used: Used, voice: Voice, i: int, before: str, words: str, who: str,
    known: set[str],
) -> str | None:  # fmt: skip
    """The sentence quoting `words` of record `i` (`before`: the note's words before
    them), or None where they may not be quoted so."""
    if not SAID.search(before):
        return None  # a quoted phrase from a record, not someone's words
    quote = " ".join(words.split()).rstrip(".,;: ")
    if used.seen(i, quote):
        return None
    survey = is_survey(pool.data.source[i])
    f = frames()
    thing, plural = "", False
    if quote[:1].isupper() and len(quote.split()) >= 5:
        options = f.survey_quote if survey else f.quote
        quote += "."
    elif _DESCRIBED.search(before) and not survey:
        got = described(before, known)
        if got is None:
            return None  # what the words describe cannot be said as the note says it
        thing, plural = got
        options = f.phrase
    else:
        return None
    form = voice.frame(options, pool.key, quote)
    line = form.format(Who=capitalise(who), who=who, quote=quote, object=thing,
                       are="are" if plural else "is")  # fmt: skip
    used.take(i, quote)
    line = line if line.endswith((".", "’")) else line + "."
    voice.note(line)
    return line
