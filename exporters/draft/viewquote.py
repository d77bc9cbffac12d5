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
- the words are the speaker's own, said as the note says who spoke
  (`viewwords.quoted_by`: one person by role, a group the note names by its group,
  never a count of people), and nothing before the phrase in its sentence names someone
  else who could have said it (a parent, a child: [view_quote] `others`; not a role's
  name, `roles`);
- the phrase names no one and nowhere (no capital but "I" and the draft's known
  names), and has not been quoted before in the report (`Used`).

The words are quoted exactly as written, inside the sentence ("One judge described
the quality of reports as ‘a lottery depending on who you get’."), never altered; what
they describe is the subject the note gives them, carried whole ("challenge from
guardians about delay in care planning is 'almost non-existent'" is never "guardians
are ..."), or one of [view_quote] `objects` where the note's subject is only its cue
("DJ: s.7s 'clear and on time'": reports); a phrase whose subject the note does not
give, or gives in words the draft cannot carry (a pronoun, a name, more than
`subject_words` words), is not quoted (`viewwords.described`).  A section holds at most one stakeholder's quotation (`paragraphs.partners`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache
from typing import Any

from exporters.draft import regard
from exporters.draft.areagroups import area_groups, area_name
from exporters.draft.namedagain import named_again as named_again
from exporters.draft.quotations import words_said
from exporters.draft.stakeholders import said_sides
from exporters.draft.tallies import Pool
from exporters.draft.trace import Used, Voice, traced
from exporters.draft.viewabout import record_about, record_view, speakers
from exporters.draft.viewwords import described, quoted_by
from exporters.draft.viewwords import subject_of as subject_of
from exporters.draft.viewwords import subject_said as subject_said
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


def _about(d_subjects: list[str], said: list[str], service: str) -> bool:
    """Whether a phrase's subjects (what its words and the words before it name; else
    the note's) meet what the clause says; a clause about the service takes a phrase
    naming nothing else."""
    if set(d_subjects) & set(said):
        return True
    return said == [service] and not d_subjects


def _quotable(pool: Pool, used: Used, i: int, side: str) -> str | None:
    """Who record `i` may be quoted by (`viewwords.quoted_by`: one person by role,
    several people the note names as a group by their group, "local authority staff";
    tester 29's A5, tester 30's F14), or None: its words are never quoted when the report
    has drawn on it already, it is provisional, it holds a reservation of its own
    (`regard.grade`: mixed), or it counts the several people it speaks for ("two
    judges": which of them said it?)."""
    d = pool.data
    text = d.texts((i,))[i].text
    # `side` is the record's own (a record behind a clause on that side): read once a draft.
    if i in used.records or d.words.is_provisional(text) or record_view(pool, i).grade == "mixed":
        return None
    return quoted_by(pool, i, text)


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
                if not _plain(phrase, known) or used.said(phrase) or words_said(voice.said, phrase):
                    continue  # quoted, or told in the draft's words, already
                late = _fits(pool, i, before, phrase, side, said)
                if late is None:
                    continue
                if _shape(phrase, before) != "clause" and described(before, known) is None:
                    continue  # what the words describe cannot be said as the note says it
                words = min(len(phrase.split()), 8)
                found.append((late, g, -words, len(found), i, phrase, before, who))
    if not found:
        return None
    _late, g, _words, k, i, phrase, before, who = min(found)
    who = _where_from(pool, i, who)
    v = _wording()
    thing, plural = described(before, known) or ("", False)
    frames = v["clause"] if _shape(phrase, before) == "clause" else v["phrase"]
    form = voice.frame(frames, pool.key, phrase)
    line = form.format(Who=capitalise(who), who=who, quote=phrase, object=thing,
                       are="are" if plural else "is")  # fmt: skip
    used.take(i, phrase)
    voice.note(line)
    return traced(line, [i], d, role="quote", quote=True,
                  basis=f"Their own words, by role ({who}), after the views of {groups[g]}",
                  with_excerpts=False)  # fmt: skip


def own_words(pool: Pool, i: int, side: str, who: str, said: Collection[str] = ()) -> list[str]:
    """The ways of saying one stakeholder's view in their own words, by role (`who`),
    where their note names nothing the draft says a view is about (`viewperson`: tester
    35's F10, "HHJ at Preston: Cafcass 'reliable and child focused', few adjournments."
    was left out of its area): the first phrase the note holds in quotation marks that
    may be quoted as `view_quote` asks (who may be quoted, its length and names, words
    that say what something is and none the other way of `side`, and what they describe
    given by the note), in [view_quote] frames ("One judge described the service as
    ‘...’."); none whose words a sentence of `said` holds already."""
    d = pool.data
    text = d.texts((i,))[i].text
    if d.words.is_provisional(text) or record_view(pool, i).grade == "mixed":
        return []
    if quoted_by(pool, i, text) is None:
        return []
    known = set(d.words.known_capitals) | {d.inspection.organisation}
    v = _wording()
    for before, phrase in phrases(text):
        if not _plain(phrase, known) or words_said(said, phrase):
            continue
        shape = _shape(phrase, before)
        weighed = regard.weigh(phrase)
        if (
            shape == "verb"
            or _someone_else(before)
            or (weighed.neg if side == "for" else weighed.pos)
        ):
            continue
        thing, plural = described(before, known) or ("", False)
        if shape != "clause" and not thing:
            continue
        frames = v["clause"] if shape == "clause" else v["phrase"]
        return [f.format(Who=capitalise(who), who=who, quote=phrase, object=thing,
                         are="are" if plural else "is") for f in frames]  # fmt: skip
    return []


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
