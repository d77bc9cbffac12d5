"""What a child told inspectors, said in a sentence of its own (issue 15, tester 18's
F17: an outstanding area with five notes holding children's positive words quoted none,
and the whole draft quoted only words saying what fell short).

A child's words are first quoted straight after a claim they illustrate
(`childwords.with_child_words`, `childwords.quote_a_child`): the words must speak of
the claim's own point.  Children's words often speak of the child's experience rather
than of the point a section states ("He listens to me. He wrote down what I said and
read it back." on a note about seeing the child alone), so a section with strengths and
words like these quoted nothing.  The real report says what children told inspectors in
a sentence of its own.  So, once every section has chosen its examples and quotations
(`say_alone`, after the whole draft: no words a claim could take are taken here first),
a section counting cases that still quotes no child says one child's words in a
sentence of its own, put as one among children's words ("Among the children who spoke
to inspectors, one young person said, ‘...’": `voices.toml` [child_words_alone]), never
as the example of the sentence before it.  The words must be:

- the child's own record (an interview with the child, the case file, the survey:
  `support.toml` [child_words] `sources`), never relayed, never from a case with a
  safeguarding concern, never quoted before, at most 40 words;
- on a strength note, saying nothing fell short (`childsays.side`), not turning the
  other way after a "but" (`childsays.turns`), and holding no distress, nor a negation
  unless they are a wish, nor any account of harm at home (`voices.toml`
  [child_words_alone]): said on their own, the words read as the child's experience
  of the service;
- from a case in the section's own cases, with a child old enough to be quoted, that is
  counted against none of the note's criteria;
- speaking plainly (`childsays.speaks_plainly_to`, the words children use for a point:
  `coverage.toml` [child_words.cues]) of the child's voice (being heard, seen, their
  wishes, their worker) or of a strength the section states, never of home life or
  school alone ("At Dad's we have pizza on Fridays" is no finding);
- not about a point the section states as a weakness ("she really listened" beside
  "children are not listened to carefully enough" would read as a contradiction), nor,
  where the section states no strength on the child's voice, on a note filed under a
  point of it on which the section's own cases fall short more often than not, however
  the section says it (tester 33's A17: "She listened to me
  properly." in the one area where 9 of 13 cases gathered wishes and feelings poorly).

The sentence goes straight after the first strength of the section's cases on a point
the words speak of, and what follows it on that point (its impact, examples); where none
is said, in the section's first paragraph stating a strength of its cases on the child's
voice, else on the quality of practice, after its first such strength (never after a
sentence on something else: tester 27's A11), attributed to "a child" or "a young person"
by the child's age band, and traced to its record.  Where none is said, the comment on
the section's opening keeps saying how many notes hold children's words and why none
is quoted (`childwords.why_not`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import cache

from exporters.draft.areagroups import area_groups
from exporters.draft.childlanguage import quoted
from exporters.draft.childsays import (
    relayed,
    side,
    speaks_plainly_to,
    tells_of_harm,
    turns,
    voice_criteria,
)
from exporters.draft.childwords import WHY_NOT, quoted_child, said_in_english
from exporters.draft.data import DraftData
from exporters.draft.judgementpool import judgement_pool
from exporters.draft.sections import area_pool
from exporters.draft.stakeholders import child_word_rank, quoted_sentence
from exporters.draft.tallies import Pool
from exporters.draft.trace import Used, Voice, traced
from exporters.draft.wording import wording_table
from exporters.model import Paragraph, ReportModel, Sentence

_NOT_PROSE = ("marker", "placeholder")
# The comment on such a sentence (the QA reader's view), how a test tells it from words
# quoted after a claim ("The child's own words", `childwords._where_recorded`).
ALONE = (
    "The child's own words (a strength note), said in a sentence of their own: no claim "
    "of this section takes them as its example"
)
_MOST_WORDS = 40


@cache
def _frames() -> dict[str, list[str]]:
    return dict(wording_table("voices.toml")["child_words_alone"])


def say_alone(report: ReportModel, data: DraftData, voice: Voice, used: Used) -> None:
    """Once every section has chosen its examples and quotations (so that no words a
    claim could take as its example are taken here first), each section counting cases
    that quotes no child says one child's words in a sentence of their own where some
    fit (see the module docstring), its opening's comment no longer saying that none is
    quoted: the areas first, then the national sections, as they are drafted."""
    groups = {" and ".join(g): g for g in area_groups(data)}
    for sec in sorted(report.sections, key=lambda s: s.kind != "area"):
        pool = None
        if sec.kind == "area" and sec.area_code in groups:
            pool = area_pool(data, groups[sec.area_code])[0]
        elif sec.kind == "judgement" and sec.judgement_id:
            pool = judgement_pool(data, data.framework.judgement(sec.judgement_id))[0]
        if pool is None or not pool.case_ids or quoted_child(data, sec.paragraphs):
            continue
        if say_one(pool, used, voice, sec.paragraphs):
            for p in sec.paragraphs:
                for s in p.sentences:
                    s.notes = [n for n in s.notes if not n.startswith(WHY_NOT)]


def say_one(pool: Pool, used: Used, voice: Voice, paras: list[Paragraph]) -> bool:
    """Say one child's words in a sentence of their own at the end of the section's
    first paragraph of strengths (see the module docstring); whether one was said."""
    at = _place(paras)
    if at is None:
        return False
    claims = [s for p in paras for s in p.sentences if s.role == "claim"]
    weak = {c for s in claims if s.direction == "against" for c in s.criteria}
    strong = {c for s in claims if s.direction == "for" for c in s.criteria}
    found = _words(pool, used, weak, (voice_criteria() | strong) - weak, strong)
    if found is None:
        return False
    i, said = found
    d = pool.data
    young = d.case_age[d.case[i]] in d.words.young_person_age_bands
    frames = _frames().get(d.source[i], ())
    if not frames:
        return False
    used.take(i, said)
    said = quoted_sentence(said)
    if said[-1] not in ".!?":
        said += "."
    lead = voice.frame(frames, pool.key, "child alone")
    english = said_in_english(d, i)  # a translation says so (`childlanguage`)
    translated, interpreted = (
        (english.translated, english.interpreted) if english else (False, False)
    )
    text = f"{_who(lead, young)} {quoted(said, translated, interpreted)}"
    voice.note(text)
    sentence = traced(text, [i], d, role="quote", quote=True,
                      basis=ALONE,
                      with_excerpts=False)  # fmt: skip
    spoken = {c for c in (voice_criteria() | strong) - weak if speaks_plainly_to(c, said)}
    at, end = _after_its_point(paras, at, spoken)
    p = paras[at]
    paras[at] = p.model_copy(update={"sentences": [*p.sentences[:end], sentence,
                                                   *p.sentences[end:]]})  # fmt: skip
    return True


def _after_its_point(paras: list[Paragraph], at: int, spoken: AbstractSet[str]) -> tuple[int, int]:
    """Where a child's words said on their own go (paragraph, place): straight after the
    first claim of the section's cases on a point the words speak of (`spoken`; a
    strength on the child's voice first, then a balanced claim on it, then a strength on
    another point) and what follows it on its point (its impact, examples, quotations);
    where no such claim is said, in paragraph `at` (`_place`) after its first strength on
    the child's voice, else its first balanced claim on it, else its first strength of
    the cases.  Never after a sentence on
    something else (tester 27's A11: "She listened to me and wrote down what I said
    properly." after a sentence on workloads, two sentences after the one on children's
    wishes)."""
    voice = voice_criteria()
    open_ = [k for k, p in enumerate(paras) if p.theme not in ("placeholder", "development")]
    found = [(k, j) for k in open_ for j, s in enumerate(paras[k].sentences)
             if s.role == "claim" and s.direction in ("for", "balanced") and s.by_cases]  # fmt: skip
    here = [(k, j) for k, j in found if k == at]

    def on(x: tuple[int, int], points: AbstractSet[str]) -> bool:
        return not points.isdisjoint(paras[x[0]].sentences[x[1]].criteria)

    def is_for(x: tuple[int, int]) -> bool:
        return paras[x[0]].sentences[x[1]].direction == "for"

    pick = (
        next((x for x in found if is_for(x) and on(x, spoken & voice)), None)
        or next((x for x in found if on(x, spoken & voice)), None)
        or next((x for x in found if is_for(x) and on(x, spoken)), None)
        or next((x for x in here if is_for(x) and on(x, voice)), None)
        or next((x for x in here if on(x, voice)), None)
        or next((x for x in here if is_for(x)), None)
    )
    if pick is None:  # `_place` found a strength of the cases here: kept as a guard
        end = len(paras[at].sentences)
        while end > 0 and paras[at].sentences[end - 1].role in _NOT_PROSE:
            end -= 1
        return at, end
    k, end = pick[0], pick[1] + 1
    sentences = paras[k].sentences
    while end < len(sentences) and sentences[end].role in _FOLLOWING:
        end += 1
    return k, end


_FOLLOWING = ("impact", "example", "quote")  # what follows a claim on its point


def _who(lead: str, young: bool) -> str:
    """The frame with the child named by age: "a young person" from the framework's
    young person's age bands, else "a child"."""
    v = _nouns()
    word = v["young_person_noun"] if young else v["child_noun"]
    return lead.replace("{a}", f"a {word}").replace("{one}", f"one {word}")


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """`voices.toml` [child_words_alone]: distress, negations (any "n't" too), wishes."""
    v = wording_table("voices.toml")["child_words_alone"]

    def words(key: str, extra: str = "") -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in v[key]) + r")\b" + extra)

    return words("distress"), words("negations", r"|n't\b"), words("wishes")


def _unhappy(said: str) -> bool:
    """Whether a child's words hold distress, or a negation where they are no wish
    (`voices.toml` [child_words_alone]): "I didn't say much because Mum was in the next
    room" is no glad experience to say on its own after a section's strengths, though it
    is no fault of the work either; "I want to see Dad on Saturdays but not sleep there
    yet" is a wish, said as children say them."""
    distress, negations, wishes = _cues()
    low = said.replace("’", "'").lower()
    if tells_of_harm(said):
        return True  # a child's account of harm at home: a concern (tester 34's A8)
    return bool(distress.search(low)) or (bool(negations.search(low)) and not wishes.search(low))


def _mostly_against(pool: Pool, filed: Sequence[str]) -> bool:
    """Whether the section's own cases fall short more often than not on a point of the
    child's voice that a child's note is filed under (tester 33's A17: "She listened to
    me properly." among the strengths of the one area where 9 of 13 cases gathered
    children's wishes and feelings poorly, softening the weakness the section must say).
    Such words are said only beside a strength on the child's voice, where they are
    true (`_words`); with none, they are left out."""
    for c in voice_criteria() & set(filed):
        t = pool.tally(c)
        if len(t.neg) > len(t.pos):
            return True
    return False


@cache
def _nouns() -> dict[str, str]:
    v = wording_table("voices.toml")
    return {"young_person_noun": v["young_person_noun"], "child_noun": v["child_noun"]}


def _place(paras: list[Paragraph]) -> int | None:
    """The paragraph the words go in: the first stating a strength of the section's cases
    on the child's voice (`support.toml` [child_words] `voice`), else the first paragraph
    on the quality of practice stating a strength of its cases; None where there is
    neither (the words would sit among findings about leaders or partners)."""
    voice = voice_criteria()

    def strengths(p: Paragraph) -> list[Sentence]:
        return [s for s in p.sentences if s.role == "claim" and s.direction == "for" and s.by_cases]

    open_ = [k for k, p in enumerate(paras) if p.theme not in ("placeholder", "development")]
    on_voice = [k for k in open_ if any(voice & set(s.criteria) for s in strengths(paras[k]))]
    practice = [k for k in open_ if paras[k].theme == "practice" and strengths(paras[k])]
    found = on_voice or practice
    return found[0] if found else None


def _words(
    pool: Pool,
    used: Used,
    weak: AbstractSet[str],
    points: AbstractSet[str],
    strong: AbstractSet[str] = frozenset(),
) -> tuple[int, str] | None:
    """The first child's words the section may say on their own, speaking plainly of one
    of `points` (the child's voice, or a strength the section states): words said to an
    inspector first, then a case file's, then the survey's; within each, in the
    inspection's order."""
    d = pool.data
    w = d.words
    cases = set(pool.case_ids)
    voiced = bool(strong & voice_criteria())  # a strength on the child's voice is said
    concerned = {d.case[j] for j in d.escalations}  # a child's disclosure: never quoted
    order = sorted((i for i in d.child_words if d.case[i] in cases),
                   key=lambda i: child_word_rank(d.source[i]))  # fmt: skip
    for i in order:
        k = d.case[i]
        if k in concerned or d.polarity[i] != "strength":
            continue
        if (
            d.source[i] not in w.support.child_word_sources
            or d.case_age[k] not in w.quote_age_bands
        ):
            continue
        if any(k in d.cases_against.get(c, ()) for c in d.crits[i]):
            continue  # the case is found weak on the note's own point
        english = said_in_english(d, i)  # never words in another language, unglossed
        said = english.text.strip(" '\"‘’“”") if english is not None else ""
        if not said or len(said.split()) > _MOST_WORDS or used.said(said) or relayed(said):
            continue
        if side(said) != "strength" or turns(said, "strength") or _unhappy(said):
            continue  # on their own, words read as the child's experience: a glad one
        if any(speaks_plainly_to(c, said) for c in weak):
            continue  # beside a weakness on the point the words speak of
        if not voiced and _mostly_against(pool, d.crits[i]):
            continue  # praise where the section's cases mostly fall short (tester 33's A17)
        if not any(speaks_plainly_to(c, said) for c in points):
            continue  # home life, school: not what the section is about
        return i, said
    return None
