"""A stakeholder's own words after what their group told inspectors (issue 15: the notes
held judges' words in quotation marks, "a lottery depending on who you get", and the
draft quoted none; the 2018 report follows "Feedback is overwhelmingly positive" with
"one judge described Cafcass's work as 'phenomenal'").

`view_quote` quotes one short phrase (`voices.toml` [view_quote] `words`: two to
fourteen words) that a stakeholder's note holds in quotation marks, where:

- the note is from that stakeholder's own interview (a judge's, a local authority's, a
  partner agency's), is one of the records behind a group's clause in the section's
  views sentence (`stakeholders.said_sides`), on the side the clause leads with (praise
  after "spoke highly of", criticism after "raised concerns about"), and holds no
  reservation of its own (`regard.grade` is not "mixed");
- the phrase says nothing the other way by its own words (`regard.weigh`), and is
  about what the clause says (its subjects, `regard.subjects`, or the note's own, meet
  the clause's; a clause about the service takes a phrase naming nothing else);
- the words are the speaker's own: the note speaks for one person (`Words.speaker`),
  and nothing before the phrase in its sentence names someone else who could have said
  it (a parent, a child: [view_quote] `others`; not a role's name, `roles`);
- the phrase names no one and nowhere (no capital but "I" and the draft's known
  names), and has not been quoted before in the report (`Used`).

The words are quoted exactly as written, inside the sentence ("One judge described
the quality of reports as ‘a lottery depending on who you get’."), never altered; what
they describe is the subject the note gives them, carried whole ("challenge from
guardians about delay in care planning is 'almost non-existent'" is never "guardians
are ..."), or one of [view_quote] `objects` where the note's subject is only its cue
("DJ: s.7s 'clear and on time'": reports); a phrase whose subject the note does not
give, or gives in words the draft cannot carry (a pronoun, a name, more than
`subject_words` words), is not quoted (`_object`).  A section holds at most one stakeholder's quotation (`paragraphs.partners`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from exporters.draft import regard
from exporters.draft.areagroups import area_groups, area_name
from exporters.draft.namedagain import named_again as named_again
from exporters.draft.stakeholders import said_sides
from exporters.draft.tallies import Pool
from exporters.draft.trace import Used, Voice, traced
from exporters.draft.viewabout import record_about, record_view, speakers
from exporters.draft.viewgroup import of_records
from exporters.draft.whospoke import several
from exporters.draft.wording import wording_table
from exporters.draft.words import capitalise, has_words
from exporters.model import Sentence

# A phrase in quotation marks: opened after a space, a bracket or a stop, closed before
# one (so "I've" and "guardian's" neither open nor close it); the same kind of mark
# each side.
_QUOTED = re.compile(
    r"(?:^|(?<=[\s(:;,]))(?:‘(?P<a>[^’]{3,160}?)’|'(?P<b>.{3,160}?)'|“(?P<c>[^”]{3,160}?)”"
    r"|\"(?P<d>[^\"]{3,160}?)\")(?=[\s.,;:!?)&]|$)"
)
_STOP = re.compile(r"[.!?;](?:\s|$)")
_CAPITAL = re.compile(r"\b[A-Z][\w'’-]*")


@cache
def _wording() -> dict[str, Any]:
    return dict(wording_table("voices.toml")["view_quote"])


def phrases(text: str) -> list[tuple[str, str]]:
    """The phrases a note holds in quotation marks, each with the words before it in
    its sentence (`(before, phrase)`), in the note's order."""
    out = []
    for m in _QUOTED.finditer(text):
        phrase = next(g for g in m.group("a", "b", "c", "d") if g is not None)
        head = text[: m.start()]
        stops = list(_STOP.finditer(head))
        out.append((head[stops[-1].end() :] if stops else head, phrase.strip()))
    return out


def _plain(phrase: str, known: set[str]) -> bool:
    """Whether a phrase may be quoted at all: its length, and no capital word but "I"
    (and its forms), the draft's known names, and a first word that is no name (one of
    the openers of [view_quote], or a word of praise or criticism: "Brilliant", "We")."""
    words = phrase.split()
    v = _wording()
    lo, hi = v["words"]
    if not lo <= len(words) <= hi:
        return False
    for m in _CAPITAL.finditer(phrase):
        w = m.group(0).rstrip("'’")
        if w in known or re.fullmatch(r"I(?:['’](?:m|ve|d|ll))?", w):
            continue
        low = w.lower().replace("’", "'")
        weighed = regard.weigh(low)
        opener = low in v["clause_openers"] or low in v["phrase_openers"]
        if m.start() != 0 or not (opener or weighed.pos or weighed.neg):
            return False
    return True


def _shape(phrase: str, before: str) -> str:
    """ "clause" for words that say something of their own ("we've given up ..."),
    "phrase" for what something is or is like ("a lottery ...", "consistently
    excellent", or any words after "are" or "as"), else "verb": words that need a
    subject outside the quotation ("drives the delay work", "listen and act"), never
    quoted ([view_quote] `clause_openers`, `phrase_openers`, `copulas`)."""
    words = phrase.lower().replace("’", "'").split()
    v = _wording()
    if words[0] in v["clause_openers"]:
        return "clause"
    last = before.lower().split()[-1:] or [""]
    if last[0] not in v["copulas"] and _adverb_then_verb(words, v):
        return "verb"  # "never comes to reviews": its subject is outside the quotation
    weighed = regard.weigh(words[0])
    if words[0] in v["phrase_openers"] or last[0] in v["copulas"] or weighed.pos or weighed.neg:
        return "phrase"
    return "verb"


def _adverb_then_verb(words: list[str], v: dict[str, Any]) -> bool:
    """Whether the words open with an adverb and then a verb with its subject left out
    ("never comes to reviews", "always rings back"), [view_quote] `adverbs`: a verb ends
    in -s or -ed (not -ss, -us, -is) or is one of `verbs`."""
    if len(words) < 2 or words[0] not in v["adverbs"]:
        return False
    nxt = words[1].strip(".,;:!?")
    finite = nxt.endswith(("s", "ed")) and not nxt.endswith(("ss", "us", "is"))
    return finite or nxt in v["verbs"]


def _object(before: str, known: set[str]) -> tuple[str, bool] | None:
    """What the quoted words describe, and whether it is plural, as the note gives it
    (issue 15: "challenge from guardians about delay in care planning is 'almost
    non-existent'" was drafted "guardians are 'almost non-existent'"): the words between
    who spoke (a heading, "said", "described") and the phrase, carried whole; one of
    [view_quote] `objects` where those words are only its cue ("DJ: s.7s 'clear and on
    time'": reports).  None where the note gives the words no subject, or one the draft
    cannot carry whole (`subject_said`)."""
    subject, copula = subject_of(before)
    if not subject:
        return None
    bare = subject.lower().split()
    if bare[0] in ("the", "a", "an"):
        bare = bare[1:]
    for o in _wording()["objects"]:
        if " ".join(bare) in o["cues"]:
            return str(o["said"]), bool(o.get("plural", False))
    said = subject_said(subject, known)
    if said is None:
        return None
    if copula in ("is", "was", "are", "were"):
        return said, copula in ("are", "were")
    return said, _plural(said)


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


def _about(d_subjects: list[str], said: list[str], service: str) -> bool:
    """Whether a phrase's subjects (what its words and the words before it name; else
    the note's) meet what the clause says; a clause about the service takes a phrase
    naming nothing else."""
    if set(d_subjects) & set(said):
        return True
    return said == [service] and not d_subjects


def _quotable(pool: Pool, used: Used, i: int, side: str) -> str | None:
    """Who record `i` may be quoted by, or None: its words are never quoted when the
    report has drawn on it already, it is provisional, it holds a reservation of its own
    (`regard.grade`: mixed), or it counts the several people it speaks for ("two judges":
    which of them said it?).  A note of several people that counts none ("Newcastle CC:
    Head of Service & 2 IROs v positive - ... 'they hold us to account'") is quoted as
    their group's words ("local authority staff"), never one person's (tester 29's A5:
    "The same representative told inspectors that ...")."""
    d = pool.data
    text = d.texts((i,))[i].text
    # `side` is the record's own (a record behind a clause on that side): read once a draft.
    if i in used.records or d.words.is_provisional(text) or record_view(pool, i).grade == "mixed":
        return None
    who = d.words.speaker(d.source[i], text)
    if who.split()[0] not in ("one", "a", "an", "the"):
        return None
    if several(text):
        groups = of_records(pool, [i])
        return " and ".join(groups[0].names) if groups else None
    return who


def _fits(pool: Pool, i: int, before: str, phrase: str, side: str, said: list[str]) -> bool | None:
    """Whether a phrase bears a clause out (see the module docstring): None where it may
    not be quoted, else whether only the rest of its note names the clause's subject
    (such a phrase comes after one whose own words name it)."""
    v = _wording()
    if _shape(phrase, before) == "verb" or _someone_else(before):
        return None
    weighed = regard.weigh(phrase)
    if weighed.neg if side == "for" else weighed.pos:
        return None  # words the other way
    own = _as_said(pool, i, regard.subjects(f"{re.split(r'[,;:(]', before)[-1]} {phrase}"))
    if _about(own, said, str(v["service"])):
        return False
    return None if own or not set(_as_said(pool, i, record_about(pool, i))) & set(said) else True


def _someone_else(before: str) -> bool:
    """Whether the words before a phrase name someone other than the speaker who could
    have said it ([view_quote] `others`: "the mother said ..."), a role's or a body's
    name aside (`roles`: "the designated family judge described ...")."""
    v = _wording()
    low = before.lower().replace("’", "'")
    for role in v["roles"]:
        low = re.sub(rf"(?<![\w-]){re.escape(role)}(?![\w-])", " ", low)
    return any(has_words(low, o) for o in v["others"])


def _as_said(pool: Pool, i: int, subjects: list[str]) -> list[str]:
    """Subjects as a clause says them of record `i`'s speakers: those fitting the
    speakers' relation to the service (`regard.fitted`), in the group's own words
    (`regard.said_of`: "how the service shares information with them")."""
    names = speakers(pool, i)
    fitted = regard.fitted(subjects, names, pool.data.texts((i,))[i].text)
    return regard.said_of(names, fitted) if fitted else []


Found = tuple[bool, int, int, int, int, str, str, str]


def view_quote(
    pool: Pool, used: Used, voice: Voice, law: str = "", area: str = ""
) -> Sentence | None:
    """One stakeholder's own words after the section's views sentence (see the module
    docstring), or None where no note bears the sentence out in words of its own: the
    first group's before the others', and of one group's, a phrase whose own words name
    the clause's subject first, then the fuller (up to eight words)."""
    d = pool.data
    known = set(d.words.known_capitals) | {d.inspection.organisation}
    found: list[Found] = []
    groups: list[str] = []
    for g, (names, side, records, said) in enumerate(said_sides(pool, law, area)):
        groups.append(" and ".join(names))
        for i in records:
            who = _quotable(pool, used, i, side)
            if who is None:
                continue
            for before, phrase in phrases(d.texts((i,))[i].text):
                if not _plain(phrase, known) or used.said(phrase):
                    continue
                late = _fits(pool, i, before, phrase, side, said)
                if late is None:
                    continue
                if _shape(phrase, before) != "clause" and _object(before, known) is None:
                    continue  # what the words describe cannot be said as the note says it
                words = min(len(phrase.split()), 8)
                found.append((late, g, -words, len(found), i, phrase, before, who))
    if not found:
        return None
    _late, g, _words, k, i, phrase, before, who = min(found)
    who = _where_from(pool, i, who)
    v = _wording()
    thing, plural = _object(before, known) or ("", False)
    frames = v["clause"] if _shape(phrase, before) == "clause" else v["phrase"]
    form = voice.frame(frames, pool.key, phrase)
    line = form.format(Who=capitalise(who), who=who, quote=phrase, object=thing,
                       are="are" if plural else "is")  # fmt: skip
    used.take(i, phrase)
    voice.note(line)
    return traced(line, [i], d, role="quote", quote=True,
                  basis=f"Their own words, by role ({who}), after the views of {groups[g]}",
                  with_excerpts=False)  # fmt: skip


def _where_from(pool: Pool, i: int, who: str) -> str:
    """Who spoke, with the area their record is about where a national section quotes
    them ("the designated family judge in Area 3": tester 25's A7, "In the words of the
    designated family judge, the area's work is ..." in the national section on local
    services, the area unnamed); as it is in an area's own section."""
    if pool.areas:
        return who
    d = pool.data
    area = d.case_area[d.case[i]] if d.case[i] else d.record_area.get(i)
    if not area:
        return who
    group = next((g for g in area_groups(d) if area in g), (area,))
    return f"{who} in {area_name(d, group)}"


def bearing_out(
    pool: Pool, views: Sentence | None, after: Sentence | None, law: str = "", area: str = ""
) -> Callable[[int], bool]:
    """Which records' words of praise may follow what a partnership paragraph has said
    (the older quotation path, `examples.stakeholder_quote`): after a views sentence
    (`views`), a record behind a clause leading with praise whose subjects meet the
    clause's (`stakeholders.said_sides`), as `view_quote` asks; with no views sentence,
    a record on a criterion of the claim it follows (`after`) where that claim is a
    strength; else none (issue 15: never praise after "less positive" or a weakness)."""
    d = pool.data
    if views is not None:
        fit: set[int] = set()
        for _names, side, records, said in said_sides(pool, law, area):
            if side != "for":
                continue
            fit.update(
                i for i in records if set(_as_said(pool, i, record_about(pool, i))) & set(said)
            )
        return fit.__contains__
    if after is None or after.direction != "for":
        return lambda _i: False
    crits = set(after.criteria)
    return lambda i: not crits.isdisjoint(d.crits[i])
