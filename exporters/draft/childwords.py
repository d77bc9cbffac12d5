"""Children's own recorded words in a section (issue 15): quoted only from their own
recorded words (the child's-words field of an interview with the child, the case file
or the survey of families, `support.toml` [child_words]; never an observation, someone's
account of what the child said, or words passing on what someone else says), only where
the child is old enough, straight after the claim the words illustrate: words saying
what fell short for the child after a weakness claim, any other words (a wish, a
feeling, praise) after a strength claim, never words telling of harm at home
(`childsays.tells_of_harm`: a concern, no example of good practice); from a case counted that way on the claim's
criterion and not disputed; on a note tagged with that criterion (and of the claim's
side) or, for the voice of the child, on a note about another of its criteria
whichever side it takes, where the words speak of the claim's own point
(`childsays.py`: the rule and why, tester 14).  Words recorded with a safeguarding
concern (an escalation, open or made) are never quoted: a child's disclosure is for
senior managers, not for a report (tester 10); nor is any child of a case whose concern
the weakness claim they would follow states (`escalated.stated`: "In one of these
cases, this was a safeguarding concern ..."), where the words would point at the
child.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

from exporters.draft.casefits import fits
from exporters.draft.childlanguage import Quotable, in_english, quoted, through_interpreter
from exporters.draft.childsays import (
    relayed,
    side,
    speaks_plainly_to,
    speaks_to,
    stands_for,
    tells_of_harm,
    turns,
)
from exporters.draft.data import DraftData
from exporters.draft.fitting import Target, about_own, case_disputes, law_of
from exporters.draft.stakeholders import child_word_frames, child_word_rank, quoted_sentence
from exporters.draft.tallies import Pool
from exporters.draft.trace import Used, Voice, traced
from exporters.draft.wording import wording_table
from exporters.draft.words import join_list
from exporters.model import Flag, Paragraph, Sentence

if TYPE_CHECKING:
    from exporters.draft.claims import Context


def with_child_words(
    pool: Pool,
    used: Used,
    voice: Voice,
    sentences: Sequence[Sentence],
    ends: Mapping[str, str],
    side: str = "for",
) -> list[Sentence]:
    """The paragraph's sentences with one child's own words placed after the claim they
    illustrate and what follows it on its point (its impact sentence and its examples),
    so that the words never follow a sentence about something else nor come between a
    claim and its "For example" (tester 25's A9): the first claim on one criterion whose
    sentence ends on `side` (`ends`: criterion -> the side its sentence says last, "for"
    or "against", as for examples) for which `child_words` finds words of that side that
    fit.  Unchanged when none fits any claim: the words are left out rather than put
    after another sentence."""
    out = list(sentences)
    polarity = "strength" if side == "for" else "development"
    for k, s in enumerate(out):
        if s.role != "claim" or len(s.criteria) != 1 or ends.get(s.criteria[0]) != side:
            continue
        end = k + 1
        if end < len(out) and out[end].role == "impact":
            end += 1
        said = " ".join(x.text for x in out[k:end])
        words = child_words(pool, used, voice, s.criteria[0], said, _law_of_claim(pool, s),
                            polarity)  # fmt: skip
        if words is None:
            continue
        while end < len(out) and out[end].role in ("impact", "example"):
            end += 1
        return [*out[: k + 1], *_beside(pool, out[k + 1 : end], words), words, *out[end:]]
    return out


def _beside(pool: Pool, between: list[Sentence], quote: Sentence) -> list[Sentence]:
    """The sentences between a claim and the child's quoted words (`quote`) after it,
    without the claim's examples that tell the same child's account again: the note the
    words were quoted from, one holding the same words, or a note of what that child
    told an inspector (`voices.toml` `child_accounts`) (tester 21, A1: "As one child put
    it to an inspector, 'Nobody asked me anything ...'" beside "For example, says nobody
    from Cafcass asked what they wanted before court.", a note of the same words).  The
    child's own words are the example; another child's account stays."""
    d = pool.data
    at = d.index_of
    q = at[quote.evidence_ids[0]]
    quoted = _words_of(d, q)

    def again(i: int) -> bool:
        return i == q or _words_of(d, i) == quoted or (
            d.case[i] == d.case[q] and d.source[i] in _child_accounts())  # fmt: skip

    def told_again(x: Sentence) -> bool:
        told = [at[e] for e in x.evidence_ids if e in at]
        return x.role == "example" and bool(told) and all(again(i) for i in told)

    return [x for x in between if not told_again(x)]


def _words_of(d: DraftData, i: int) -> str:
    """Record `i`'s child's own words, as compared (spacing and case aside)."""
    return " ".join(d.texts((i,))[i].child_words.lower().split())


@cache
def _child_accounts() -> frozenset[str]:
    """`voices.toml` `child_accounts`: the sources whose notes tell what a child said."""
    return frozenset(wording_table("voices.toml")["child_accounts"])


def _law_of_claim(pool: Pool, claim: Sentence) -> str:
    """The one law type of the cases a claim counts ("" for more than one), or, failing
    that, the one its wording names."""
    d = pool.data
    refs = set(claim.case_refs)
    laws = {d.case_law[k] for k in pool.case_ids if d.case_ref[k] in refs}
    return laws.pop() if len(laws) == 1 else law_of(d.words, claim.text)


def child_words(
    pool: Pool, used: Used, voice: Voice, criterion: str, sentence: str, law: str = "",
    polarity: str = "strength",
) -> Sentence | None:  # fmt: skip
    """A child's own recorded words illustrating `sentence`, a strength claim on
    `criterion` (`polarity` "development": a weakness claim, and everything below the
    other way round): words recorded on that criterion, or on another point of the
    child's voice (`childsays.stands_for`), in a case counted for it (never a child
    whose case was found weak on it), words that say nothing fell short
    (`childsays.side`, whichever side their note takes), that are the child's own
    rather than an account of what someone else says (`relayed`), a case of the claim's law type
    (`law`, "" for any) whose child is old enough to have said them, which the sentence
    says nothing against (`fits`: no other law type's or age's words), whose note is
    about that criterion rather than another it is tagged with (`about_own`), which
    speak of the criterion's point in their own words (`speaks_to`), and whose case
    says nothing against the claim (`fitting.case_disputes`).  Words said to an
    inspector come before words read on a case file, and each is put as where it was
    recorded (`stakeholders.child_word_frames`)."""
    d = pool.data
    found = _fitting(pool, used, criterion, sentence, law, polarity)
    if found is None:
        return None
    i, said, leads = found
    used.take(i, said)
    said = quoted_sentence(said)  # it stands as a sentence of its own
    if said[-1] not in ".!?":
        said += "."
    english = said_in_english(d, i)  # a translation says so (`childlanguage`)
    translated = english is not None and english.translated
    interpreted = english is not None and english.interpreted
    text = f"{voice.frame(leads, pool.key, 'child', said)} {quoted(said, translated, interpreted)}"
    voice.note(text)
    basis, flags = _where_recorded(d, i, criterion)
    return traced(text, [i], d, role="quote", quote=True, basis=basis, flags=flags,
                  with_excerpts=False)  # fmt: skip


def _where_recorded(data: DraftData, i: int, criterion: str) -> tuple[str, list[Flag]]:
    """The quotation's comment, and its flag for the QA reader: words recorded on a note
    about another point of the child's voice say which ("The child's own words,
    recorded on a note about seeing children and seeing them alone (T-004)"), flagged
    as from another criterion so that the reader can check that they fit."""
    if criterion in data.crits[i]:
        return "The child's own words", []
    fw, w = data.framework, data.words
    about = join_list([w.criterion(fw, c).noun for c in data.crits[i]])
    ref = data.ref[i]
    where = f" ({ref})" if ref else ""
    return (f"The child's own words, recorded on a note about {about}{where}",
            ["example from another criterion"])  # fmt: skip


def words_left(pool: Pool, used: Used, criterion: str, polarity: str = "strength") -> bool:
    """Whether a child's own words on `criterion` that say nothing fell short are left
    that could follow a strength sentence on it (`child_words`' checks, but the
    sentence's own); with `polarity` "development", words saying what fell short, to
    follow a weakness (`quote_a_child`)."""
    return _fitting(pool, used, criterion, "", "", polarity) is not None


def child_words_left(pool: Pool, used: Used, criterion: str, on: str) -> bool:
    """Whether a child's own recorded words that may follow a claim's sentence on the
    paragraph's side `on` ("for", "against") are left to quote: for a strength, words
    that may stand for its criterion and say nothing fell short, from a case counted for
    it; for a weakness, words `quote_a_child` would put after it (tester 25's A8: a
    weakness said in a shape ending on its other side left the child's words out)."""
    if on == "against":
        return words_left(pool, used, criterion, "development")
    d = pool.data
    counted_for = d.cases_for.get(criterion, ())
    return any(
        i not in used.records and pool.has(i) and d.case[i] in counted_for
        and stands_for(d, i, criterion) and side(d.texts((i,))[i].child_words) == "strength"
        and said_in_english(d, i) is not None for i in d.child_words
    )  # fmt: skip


def said_in_english(d: DraftData, i: int) -> Quotable | None:
    """Record `i`'s child's own words as the report may quote them: in English, words
    in another language given by their gloss; None where some have none
    (`childlanguage.in_english`, tester 32's F10); through an interpreter where the
    note says so (`childlanguage.through_interpreter`, tester 34's A8)."""
    record = d.texts((i,))[i]
    said = " ".join(record.child_words.split()).strip(" '\"‘’“”")
    english = in_english(said) if said else None
    if english is not None and not english.interpreted and through_interpreter(record.text):
        return Quotable(english.text, True, True)  # the note says an interpreter was there
    return english


def _fitting(
    pool: Pool, used: Used, criterion: str, sentence: str, law: str, polarity: str
) -> tuple[int, str, tuple[str, ...]] | None:
    """The first child's words `child_words` may quote: the record, the words and the
    frames that say where they were recorded.  Words on a note tagged with the claim's
    criterion come first, then words on a note about another point of the child's voice
    (`childsays.stands_for`); within each, words said to an inspector first."""
    d = pool.data
    w = d.words
    counted = (d.cases_for if polarity == "strength" else d.cases_against).get(criterion, ())
    # A weakness's sentence may say its cases' safeguarding concerns (`escalated.stated`):
    # no child of theirs follows it, where the words would point at the child.
    concerned = pool.escalated(criterion) if polarity == "development" else {}
    candidates = [i for i in d.child_words if stands_for(d, i, criterion)]
    order = sorted(candidates, key=lambda i: (criterion not in d.crits[i],
                                              child_word_rank(d.source[i])))  # fmt: skip
    for i in order:
        # A record drawn on as an example may still give its child's words, never the
        # same words twice (`used.said`, below).
        if not pool.has(i) or d.case[i] not in counted:
            continue
        if i in d.escalations or d.case[i] in concerned:
            continue  # a safeguarding concern: never quoted in a report (tester 10)
        if d.source[i] not in w.support.child_word_sources:
            continue  # words someone else reports the child said (spec: issue 15)
        age = d.case_age[d.case[i]]
        if age not in w.quote_age_bands or not fits(pool, i, sentence, law):
            continue
        record = d.texts((i,))[i]
        english = said_in_english(d, i)  # never words in another language, unglossed
        said = english.text.strip(" '\"‘’“”") if english is not None else ""
        if not said or len(said.split()) > 40 or used.said(said) or relayed(said):
            continue
        if turns(said, polarity):
            continue  # "she's nice but I only saw her twice" illustrates no strength
        if polarity == "strength" and tells_of_harm(said):
            continue  # a child's account of harm at home is a concern (tester 34's A8)
        if side(said) != polarity:
            continue  # the words' own side: never a wish after a weakness
        if criterion in d.crits[i] and d.polarity[i] != polarity:
            continue  # the note's verdict on this very point is the other way (or none)
        if not _on_point(d, i, criterion, f"{record.text} {said}", said, sentence):
            continue  # the child's own words say nothing of the claim's point
        if case_disputes(d, d.case[i], Target(criterion, polarity, law, sentence)):
            continue
        leads = child_word_frames(d.source[i], age in w.young_person_age_bands)
        if leads:  # else no way to say where the words were recorded
            return i, said, leads
    return None


def _on_point(
    data: DraftData, i: int, criterion: str, text: str, said: str, sentence: str = ""
) -> bool:
    """Whether the child's words on record i speak of `criterion`'s point: on a note
    tagged with it, the note is about it rather than another of its criteria
    (`about_own`) and the words speak of it, of what `sentence` says of it where one is
    given (`speaks_to`); on a note about another point of the child's voice, the words
    name it plainly (`speaks_plainly_to`)."""
    if criterion not in data.crits[i]:
        return speaks_plainly_to(criterion, said)
    return about_own(data, i, criterion, text) and speaks_to(data, criterion, said, sentence)


def quoted_child(data: DraftData, paras: Sequence[Paragraph]) -> bool:
    """Whether a section quotes a child's own recorded words."""
    words = {data.ids[i] for i in data.child_words}
    return any(s.role == "quote" and not words.isdisjoint(s.evidence_ids)
               for p in paras for s in p.sentences)  # fmt: skip


def quote_a_child(ctx: Context, paras: list[Paragraph]) -> None:
    """A section counting cases (an area's; a law type's or the practice judgement's,
    tester 14) whose cases hold children's own recorded words quotes at least one that
    fits (tester 8: an inadequate area with strong words quoted no child): a child's
    words saying what fell short follow the first weakness claim they illustrate (the
    paragraphs on weaknesses first), in a paragraph quoting no child yet, where the
    section quotes none yet or, in a national section (a law type's, the practice
    judgement's), fewer than `support.toml` [child_words] `per_section` (tester 15: 56
    children's words recorded, 2 quoted, none by a national practice section).  An
    area quotes one: the areas choose first, and words an area took are not left for
    the national sections.  Where none is quoted, the comment on the section's opening
    says why."""
    d = ctx.data
    mine = [i for i in d.child_words if ctx.pool.has(i)]
    quoted = _quoted(d, paras)
    most = 1 if ctx.pool.areas else per_section()  # the areas choose first: one each
    if not mine or len(quoted) >= most:
        return
    order = sorted(range(len(paras)), key=lambda k: paras[k].theme != "development")
    for k in order:
        p = paras[k]
        if p.theme == "placeholder" or k in quoted:
            continue
        got = with_child_words(ctx.pool, ctx.used, ctx.voice, p.sentences, ctx.ends, "against")
        if any(all(s is not t for t in p.sentences) for s in got):  # words put in
            paras[k] = p.model_copy(update={"sentences": got})
            return
    if not quoted and paras and paras[0].sentences:
        paras[0].sentences[0].notes = [*paras[0].sentences[0].notes, why_not(ctx, mine)]


def _quoted(data: DraftData, paras: Sequence[Paragraph]) -> set[int]:
    """The paragraphs (by place) quoting a child's own recorded words."""
    return {k for k, p in enumerate(paras) if quoted_child(data, [p])}


@cache
def per_section() -> int:
    """`support.toml` [child_words] `per_section`: how many children a section quotes
    at most, one a paragraph (a strength's, then a weakness's)."""
    return int(wording_table("support.toml")["child_words"]["per_section"])


def why_not(ctx: Context, records: Sequence[int]) -> str:
    """The comment line saying why none of a section's children's recorded words is
    quoted: how many there are, and what kept each out."""
    reasons: dict[str, int] = {}
    for i in records:
        why = _kept_out(ctx, i)
        reasons[why] = reasons.get(why, 0) + 1
    n = len(records)
    said = "; ".join(f"{v} {k}" for k, v in reasons.items())
    return (f"{WHY_NOT} {n} note{'' if n == 1 else 's'} here, "
            f"none quoted: {said}")  # fmt: skip


WHY_NOT = "Children's own words are recorded in"  # how `why_not`'s comment line opens


def _kept_out(ctx: Context, i: int) -> str:
    """What kept the child's words on record i out of a section (`_fitting`'s checks, in
    words a lead can act on)."""
    d, w = ctx.data, ctx.data.words
    k = d.case[i]
    said = d.texts((i,))[i].child_words
    points = [c for c in ctx.stated if stands_for(d, i, c)]
    own = side(said)
    counted = d.cases_for if own == "strength" else d.cases_against
    if i in d.escalations:
        return "recorded with a safeguarding concern, never quoted"
    if i in ctx.used.records:
        return "quoted or used elsewhere in the report"
    if said.strip() and said_in_english(d, i) is None:
        return "in another language with no English gloss beside them"
    if relayed(said):
        return "passing on what someone else says"
    if d.source[i] not in w.support.child_word_sources:
        return "not the child's own record of words (a discussion or an observation)"
    if k and d.case_age[k] not in w.quote_age_bands:
        return "from a child too young to be quoted"
    if not points:
        return "on a point the section does not state"
    if turns(said, "strength") or turns(said, "development"):
        return "turning the other way after a 'but'"
    if own == "strength" and tells_of_harm(said):
        return "telling of harm at home: a concern, never an example of good practice"
    if not any(k in counted.get(c, ()) for c in points):
        if own == "strength":
            return "a wish, a feeling or praise, where the case is not counted for the point"
        return "saying something fell short, where the case is not counted against the point"
    return "not speaking of the point of the sentence they could follow (or its law type)"
