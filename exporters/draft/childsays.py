"""What a child's own recorded words say, read from the words themselves (issue 15):
whether they pass on someone else's account (`relayed`), say that the work on their
point fell short for the child (`fault`), turn the other way after a contrast
(`turns`), and speak of a criterion's point (`speaks_to`); and which claims they may
follow at all (`stands_for`: the criterion of the note they are recorded on, or, for
the voice of the child, any of its criteria).

The rule for the voice of the child (tester 14: 46 children's words recorded, none
quoted).  Inspectors type a child's words on whichever note they are writing: most of
tester 14's sat on notes about seeing the child alone (QP8) while the words were a wish
(wishes and feelings, QP3) or a complaint that nobody asked (being heard, QP9); and the
note's side was often the other way from the words' own ("Nobody asked me what I
wanted." on a note praising how often the child was seen).  The criteria of the
child's own voice are one family, `support.toml` [child_words] `voice` (wishes and
feelings, being seen and seen alone, being listened to and heard, the relationship with
the practitioner).  So:

- words recorded on a note tagged with a voice criterion may follow a claim on any
  voice criterion (`stands_for`), provided they speak of that claim's own point in
  their own words (`speaks_to`; for a criterion the note is not tagged with, in the
  words children use for it, its cues: `speaks_plainly_to`);
- the words' own side decides which claim they may follow (`side`): words saying what
  fell short (`fault`) only a weakness, any other words (a wish, a feeling, praise)
  only a strength; the note's side must agree as well only where the note is tagged
  with the claim's own criterion (there it is the inspector's verdict on that very
  point for the case: words against it illustrate neither side), not where it judges
  another point of the child's voice ("Nobody asked me what I wanted." on a note
  praising how the child was seen may follow a weakness in listening to children);
- everything else stands (`childwords._fitting`): the case is counted on the claim's
  side of the claim's own criterion and says nothing against it, the child is old
  enough, the words are the child's own record, never relayed, never recorded with a
  safeguarding concern, never quoted twice, never identifying (the export's check).
"""

from __future__ import annotations

import re
from functools import cache

from exporters.draft.data import DraftData
from exporters.draft.fitting import REPORTING_STEMS, Target, has_any_words, point_words, speaks_of
from exporters.draft.relevance import stems, topic_words
from exporters.draft.wording import wording_table


@cache
def voice_criteria() -> frozenset[str]:
    """`support.toml` [child_words] `voice`: the criteria a child's words may stand for
    whichever of them their note is tagged with."""
    return frozenset(wording_table("support.toml")["child_words"].get("voice", ()))


def stands_for(data: DraftData, i: int, criterion: str) -> bool:
    """Whether the child's words on record i may follow a claim on `criterion` (before
    the checks on their side, case and point): their note is tagged with it, or both the
    criterion and one of the note's criteria are the voice of the child."""
    tags = data.crits[i]
    if criterion in tags:
        return True
    voice = voice_criteria()
    return criterion in voice and not voice.isdisjoint(tags)


@cache
def _harm() -> re.Pattern[str]:
    words = wording_table("voices.toml")["child_words_alone"]["harm"]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")


def tells_of_harm(said: str) -> bool:
    """Whether a child's words tell of harm done at home (`voices.toml`
    [child_words_alone] `harm`: "Dad shouted every night and I hid"): evidence of a
    concern, never an example of good practice (tester 34's A8)."""
    return bool(_harm().search(said.replace("’", "'").lower()))


def side(said: str) -> str:
    """The side a child's words may illustrate: "development" for words saying what
    fell short for them (`fault`), else "strength"."""
    return "development" if fault(said) else "strength"


def speaks_plainly_to(criterion: str, said: str) -> bool:
    """Whether the words say the criterion's point the way children say it
    (`coverage.toml` [child_words.cues]), a word about someone in the family left out:
    for words recorded on a note about another criterion, where the criterion's
    particular words are too loose a test ("want" is one of representation's, "talk"
    one of direct work's: the demo's "I just want things to be normal again" is no
    example of children's interests being represented)."""
    return bool(_cues(criterion).search(_unwished(_kin()[0].sub(" ", said))))


# "I wish someone told me": not a wish of the child's about their life but a complaint
# about the work (a fault, `faults_wished`), so the word "wish" in it is no cue for what
# children wish.
_WISHED = re.compile(
    r"\bwish(?:ed)?\s+(?=(?:someone|somebody|anyone|anybody|they|she|he|you|people|"
    r"the|my (?:worker|guardian|social worker))\b)",
    re.IGNORECASE,
)


def _unwished(said: str) -> str:
    return _WISHED.sub(" ", said)


@cache
def _relayed() -> re.Pattern[str]:
    """`coverage.toml` [child_words] `relayed`: how words open that pass on what someone
    else says ("Mum says ..."), as one pattern."""
    openings = wording_table("coverage.toml")["child_words"]["relayed"]
    return re.compile(r"^(?:" + "|".join(map(re.escape, openings)) + r")\b", re.IGNORECASE)


@cache
def _kin() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`coverage.toml` [child_words]: a word followed by someone in the family (`kin`:
    "see daddy", "see my brothers"), and the `everyday` words, each as one pattern."""
    w = wording_table("coverage.toml")["child_words"]
    names = "|".join(map(re.escape, w["kin"]))
    everyday = "|".join(map(re.escape, w["everyday"]))
    return (
        re.compile(rf"\b[\w']+\s+(?:(?:my|our|his|her)\s+)?(?:{names})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{everyday})\b", re.IGNORECASE),
    )


def speaks_to(data: DraftData, criterion: str, said: str, sentence: str = "") -> bool:
    """Whether a child's own words speak of `criterion`'s point themselves
    (`fitting.speaks_of` on the words, not on the note they were recorded with: tester
    11, "I like it when mummy reads to me" after "children are seen as often as they
    need"), a word of the point about someone in the family left out ("I want to see
    daddy" speaks of contact, not of being seen: [child_words] `kin`), and so are the
    everyday words a child uses of anything ("time", "need": `everyday`).  Given the
    `sentence` they would follow, in words children use for the point (its cues), the
    words naming the criterion's topic (`relevance.topic_words`: its cues, the words of
    its text) or what that sentence says of it (`fitting.point_words`), never a word its
    wordings only happen to use: "They wrote stuff I never said." speaks of recording,
    not of how children are seen, though "written" is one of the criterion's words
    (tester 25's A9)."""
    kept, everyday = _kin()
    own = _unwished(kept.sub(" ", said))
    if _cues(criterion).search(own):  # how children say it ([child_words.cues])
        return True
    plain = everyday.sub(" ", own)
    if sentence:
        point = point_words(data, Target(criterion, "strength", "", sentence))
        topic, phrases = topic_words(data, criterion)
        return bool(stems(plain) - REPORTING_STEMS & (point | topic)) or has_any_words(
            plain, phrases
        )
    return speaks_of(data, criterion, plain)


@cache
def _cues(criterion: str) -> re.Pattern[str]:
    """`coverage.toml` [child_words.cues] for `criterion`, as one pattern (one that
    matches nothing where the criterion has none)."""
    cues = wording_table("coverage.toml")["child_words"].get("cues", {}).get(criterion, [])
    if not cues:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b", re.IGNORECASE)


@cache
def _turning() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """`coverage.toml` [child_words]: the contrasts, and the words after one that turn
    a child's words against or for."""
    w = wording_table("coverage.toml")["child_words"]
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


# "Nobody asked me before": a fault that was, and is no longer; and one the practitioner
# ended ("Nobody asked me properly until she came.": praise of the guardian, tester 15
# D4), never one ended by a time ("nobody told me until the day of court").
_BEFORE = re.compile(
    r"\b(?:nobody|no one|never)\b[\w' ]{0,30}?(?:\bbefore\b|\b(?:until|till|til)\s+"
    r"(?:she|he|they|you|(?:my|the|this|our)\s+(?:new\s+)?(?:guardian|worker|social worker|"
    r"fca|lady|man|woman)s?)\b)"
)


@cache
def _faults() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """`coverage.toml` [child_words]: the `faults` phrases (and `faults_now`), the praise words
    (`turns_for` and `praise`) and the places words turn (`contrasts`, a full stop),
    each as one pattern."""
    w = wording_table("coverage.toml")["child_words"]

    def one(items: list[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(map(re.escape, items)) + r")\b")

    turn = r"[.!?;]|\b(?:" + "|".join(map(re.escape, [*w["contrasts"], "so"])) + r")\b"
    faults = [*w["faults"], *w.get("faults_now", ()), *w.get("faults_wished", ())]
    return one(faults), one([*w["turns_for"], *w["praise"]]), re.compile(turn)


def fault(said: str) -> bool:
    """Whether a child's own words say that the work on their point fell short for them
    (`coverage.toml` [child_words] `faults`: "Nobody asked me what I wanted", "I only
    saw her once"), unlike a wish or a feeling about home ("I just want everyone to stop
    arguing").  Where the words turn, the last part decides when it says either way
    ("Nobody asked me before. She actually listened." says none; nor does a fault said
    to be over: "nobody asked me before, so thanks for asking", or ended by the
    practitioner: "Nobody asked me properly until she came.")."""
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
