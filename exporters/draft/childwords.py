"""Children's own recorded words in a section (issue 15): quoted only from their own
recorded words (the child's-words field of an interview with the child, the case file
or the survey of families, `support.toml` [child_words]; never an observation, someone's
account of what the child said, or words passing on what someone else says), only where
the child is old enough, straight after the claim the words illustrate: a strength
claim by words recorded with a strength, a weakness claim by words recorded with a
development point, from a case counted that way and not disputed.  Words recorded
with a safeguarding concern (an escalation, open or made) are never quoted: a child's
disclosure is for senior managers, not for a report (tester 10).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from functools import cache

from exporters.draft.claims import Context
from exporters.draft.data import DraftData
from exporters.draft.examples import fits
from exporters.draft.fitting import Target, about_own, case_disputes, law_of, speaks_of
from exporters.draft.stakeholders import child_word_frames, child_word_rank, quoted_sentence
from exporters.draft.tallies import Pool
from exporters.draft.trace import Used, Voice, traced
from exporters.draft.words import wording_dir
from exporters.model import Paragraph, Sentence


def with_child_words(
    pool: Pool,
    used: Used,
    voice: Voice,
    sentences: Sequence[Sentence],
    ends: Mapping[str, str],
    side: str = "for",
) -> list[Sentence]:
    """The paragraph's sentences with one child's own words placed straight after the
    claim they illustrate (after its impact sentence, when it has one), so that the
    words never follow a sentence about something else: the first claim on
    one criterion whose sentence ends on `side` (`ends`: criterion -> the side its
    sentence says last, "for" or "against", as for examples) for which `child_words`
    finds words of that side that fit.  Unchanged when none fits any claim: the words
    are left out rather than put after another sentence."""
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
        if words is not None:
            return [*out[:end], words, *out[end:]]
    return out


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
    other way round): from a strength recorded on that criterion in a case counted for it
    (never a child whose case was found weak on it), words that are the child's own
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
    text = f"{voice.frame(leads, pool.key, 'child', said)} ‘{said}’"
    voice.note(text)
    return traced(text, [i], d, role="quote", quote=True, basis="The child's own words",
                  with_excerpts=False)  # fmt: skip


def words_left(pool: Pool, used: Used, criterion: str) -> bool:
    """Whether a child's own words recorded with a strength on `criterion` are left that
    could follow a sentence on it (`child_words`' checks, but the sentence's own)."""
    return _fitting(pool, used, criterion, "", "", "strength") is not None


def _fitting(
    pool: Pool, used: Used, criterion: str, sentence: str, law: str, polarity: str
) -> tuple[int, str, tuple[str, ...]] | None:
    """The first child's words `child_words` may quote: the record, the words and the
    frames that say where they were recorded."""
    d = pool.data
    w = d.words
    counted = (d.cases_for if polarity == "strength" else d.cases_against).get(criterion, ())
    for i in sorted(d.child_words, key=lambda i: child_word_rank(d.source[i])):
        if i in used.records or not pool.has(i) or d.polarity[i] != polarity:
            continue
        if i in d.escalations:
            continue  # a safeguarding concern: never quoted in a report
        if d.source[i] not in w.support.child_word_sources:
            continue  # words someone else reports the child said (spec: issue 15)
        if criterion not in d.crits[i] or d.case[i] not in counted:
            continue
        age = d.case_age[d.case[i]]
        if age not in w.quote_age_bands or not fits(pool, i, sentence, law):
            continue
        record = d.texts((i,))[i]
        said = " ".join(record.child_words.split()).strip(" '\"‘’“”")
        if not said or len(said.split()) > 40 or used.seen(i, said) or relayed(said):
            continue
        if turns(said, polarity):
            continue  # "she's nice but I only saw her twice" illustrates no strength
        if fault(said) != (polarity == "development"):
            continue  # a wish after a weakness; "nobody asked me" after a strength
        if not about_own(d, i, criterion, f"{record.text} {said}"):
            continue
        if not speaks_to(d, criterion, said):
            continue  # the child's own words say nothing of the claim's point
        if case_disputes(d, d.case[i], Target(criterion, polarity, law, sentence)):
            continue
        leads = child_word_frames(d.source[i], age in w.young_person_age_bands)
        if leads:  # else no way to say where the words were recorded
            return i, said, leads
    return None


@cache
def _relayed() -> re.Pattern[str]:
    """`coverage.toml` [child_words] `relayed`: how words open that pass on what someone
    else says ("Mum says ..."), as one pattern."""
    with (wording_dir() / "coverage.toml").open("rb") as fh:
        openings = tomllib.load(fh)["child_words"]["relayed"]
    return re.compile(r"^(?:" + "|".join(map(re.escape, openings)) + r")\b", re.IGNORECASE)


@cache
def _kin() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`coverage.toml` [child_words]: a word followed by someone in the family (`kin`:
    "see daddy", "see my brothers"), and the `everyday` words, each as one pattern."""
    with (wording_dir() / "coverage.toml").open("rb") as fh:
        w = tomllib.load(fh)["child_words"]
    names = "|".join(map(re.escape, w["kin"]))
    everyday = "|".join(map(re.escape, w["everyday"]))
    return (
        re.compile(rf"\b[\w']+\s+(?:(?:my|our|his|her)\s+)?(?:{names})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{everyday})\b", re.IGNORECASE),
    )


def speaks_to(data: DraftData, criterion: str, said: str) -> bool:
    """Whether a child's own words speak of `criterion`'s point themselves
    (`fitting.speaks_of` on the words, not on the note they were recorded with: tester
    11, "I like it when mummy reads to me" after "children are seen as often as they
    need"), a word of the point about someone in the family left out ("I want to see
    daddy" speaks of contact, not of being seen: [child_words] `kin`), and so are the
    everyday words a child uses of anything ("time", "need": `everyday`)."""
    kept, everyday = _kin()
    own = kept.sub(" ", said)
    if _cues(criterion).search(own):  # how children say it ([child_words.cues])
        return True
    return speaks_of(data, criterion, everyday.sub(" ", own))


@cache
def _cues(criterion: str) -> re.Pattern[str]:
    """`coverage.toml` [child_words.cues] for `criterion`, as one pattern (one that
    matches nothing where the criterion has none)."""
    with (wording_dir() / "coverage.toml").open("rb") as fh:
        cues = tomllib.load(fh)["child_words"].get("cues", {}).get(criterion, [])
    if not cues:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b", re.IGNORECASE)


@cache
def _turning() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """`coverage.toml` [child_words]: the contrasts, and the words after one that turn
    a child's words against or for."""
    with (wording_dir() / "coverage.toml").open("rb") as fh:
        w = tomllib.load(fh)["child_words"]
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, w["contrasts"])) + r")\b", re.I)
    return pattern, frozenset(w["turns_against"]), frozenset(w["turns_for"])


def turns(said: str, polarity: str) -> bool:
    """Whether a child's words say one side, then, after a contrast, the other way from
    `polarity` ("she's nice but I only saw her twice" for a strength; "it was hard but
    she really listened" for a development point): then they illustrate no claim on
    that side."""
    contrast, against, for_ = _turning()
    parts = contrast.split(said.replace("’", "'").lower(), maxsplit=1)
    if len(parts) < 2:
        return False
    before, after = (set(re.findall(r"[a-z]+(?:'[a-z]+)?", part)) for part in parts)
    own, other = (for_, against) if polarity == "strength" else (against, for_)
    return bool(before & own and after & other)


# "Nobody asked me before": a fault that was, and is no longer.
_BEFORE = re.compile(r"\b(?:nobody|no one|never)\b[\w' ]{0,30}?\bbefore\b")


@cache
def _faults() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """`coverage.toml` [child_words]: the `faults` phrases (and `faults_now`), the praise words
    (`turns_for` and `praise`) and the places words turn (`contrasts`, a full stop),
    each as one pattern."""
    with (wording_dir() / "coverage.toml").open("rb") as fh:
        w = tomllib.load(fh)["child_words"]

    def one(items: list[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(map(re.escape, items)) + r")\b")

    turn = r"[.!?;]|\b(?:" + "|".join(map(re.escape, [*w["contrasts"], "so"])) + r")\b"
    faults = [*w["faults"], *w.get("faults_now", ())]
    return one(faults), one([*w["turns_for"], *w["praise"]]), re.compile(turn)


def fault(said: str) -> bool:
    """Whether a child's own words say that the work on their point fell short for them
    (`coverage.toml` [child_words] `faults`: "Nobody asked me what I wanted", "I only
    saw her once"), unlike a wish or a feeling about home ("I just want everyone to stop
    arguing").  Where the words turn, the last part decides when it says either way
    ("Nobody asked me before. She actually listened." says none; nor does a fault said
    to be over: "nobody asked me before, so thanks for asking")."""
    faults, praise, turn = _faults()
    low = _BEFORE.sub(" ", said.replace("’", "'").lower())
    parts = [p for p in turn.split(low) if p.strip()]
    last = parts[-1] if parts else low
    if faults.search(last):
        return True
    if len(parts) > 1 and praise.search(last):
        return False
    return bool(faults.search(low))


def relayed(said: str) -> bool:
    """Whether a child's recorded words pass on someone else's account ("Mum says I want
    to live with her"): not the child's own view to quote."""
    return bool(_relayed().match(said.strip()))


def quoted_child(data: DraftData, paras: Sequence[Paragraph]) -> bool:
    """Whether a section quotes a child's own recorded words."""
    words = {data.ids[i] for i in data.child_words}
    return any(s.role == "quote" and not words.isdisjoint(s.evidence_ids)
               for p in paras for s in p.sentences)  # fmt: skip


def quote_a_child(ctx: Context, paras: list[Paragraph]) -> None:
    """An area section whose cases hold children's own recorded words quotes at least
    one that fits (tester 8: an inadequate area with strong words quoted no child): where
    its strengths quote none, a child's words recorded with a development point follow
    the first weakness claim they illustrate (the paragraphs on weaknesses first);
    where none fits any, the comment on the section's opening says why."""
    d = ctx.data
    mine = [i for i in d.child_words if ctx.pool.has(i)]
    if not mine or quoted_child(d, paras):
        return
    order = sorted(range(len(paras)), key=lambda k: paras[k].theme != "development")
    for k in order:
        p = paras[k]
        if p.theme == "placeholder":
            continue
        got = with_child_words(ctx.pool, ctx.used, ctx.voice, p.sentences, ctx.ends, "against")
        if len(got) > len(p.sentences):
            paras[k] = p.model_copy(update={"sentences": got})
            return
    if paras and paras[0].sentences:
        paras[0].sentences[0].notes = [*paras[0].sentences[0].notes, why_not(ctx, mine)]


def why_not(ctx: Context, records: Sequence[int]) -> str:
    """The comment line saying why none of a section's children's recorded words is
    quoted: how many there are, and what kept each out."""
    d, w = ctx.data, ctx.data.words
    reasons: dict[str, int] = {}
    for i in records:
        k = d.case[i]
        if i in d.escalations:
            why = "recorded with a safeguarding concern, never quoted"
        elif i in ctx.used.records:
            why = "quoted or used elsewhere in the report"
        elif relayed(d.texts((i,))[i].child_words):
            why = "passing on what someone else says"
        elif turns(d.texts((i,))[i].child_words, d.polarity[i]):
            why = "turning the other way after a 'but'"
        elif d.source[i] not in w.support.child_word_sources:
            why = "not the child's own record of words"
        elif k and d.case_age[k] not in w.quote_age_bands:
            why = "from a child too young to be quoted"
        elif not set(d.crits[i]) & ctx.stated:
            why = "on a point the section does not state"
        elif fault(d.texts((i,))[i].child_words) != (d.polarity[i] == "development"):
            why = ("not saying what fell short (a wish or a feeling)"
                   if d.polarity[i] == "development" else "saying something fell short")  # fmt: skip
        else:
            why = "not fitting the sentence on their point (its side, law type or wording)"
        reasons[why] = reasons.get(why, 0) + 1
    n = len(records)
    said = "; ".join(f"{v} {k}" for k, v in reasons.items())
    return (f"Children's own words are recorded in {n} note{'' if n == 1 else 's'} here, "
            f"none quoted: {said}")  # fmt: skip
