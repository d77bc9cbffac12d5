"""The service's own view of itself set beside the inspectors' (issue 15, tester 16's D2:
an outstanding leadership section never said that the chief executive's account of the
weaker areas "matches our findings" nor that the service's audit grades agreed with the
inspectors' on the files both read, the reasons an outstanding grade rests on).

A note on a leadership criterion says the service knows itself as inspectors found it
where one of its sentences holds a word of agreeing and a word for the inspectors' own
findings, and no word of disagreeing, and the note names a view of the service's own
(its audit, figures or leaders' account: `rests.toml` [agree]: "our re-grading agreed
with theirs", "the self-assessment mirrors what we found").  Either polarity: a development
note may say that the service's own audit found the same weakness the inspectors did,
which is still the service knowing itself.  Such notes count as leaders knowing where
the service stands (`leadersrest.answers`), and one sentence names their sources,
uncounted, as `fewrecords` names them ("Managers' accounts and audit findings agree with
what inspectors found."); where they are all about areas, how many of the areas visited
("In five of the seven areas visited, ..."), or the one area.

The other way round (tester 17's F14 (c): an inadequate leadership whose self-assessment,
audits and figures rated practice good where inspectors found it weak): a development
note whose sentence gives a view of the service's own a good verdict ("their
self-assessment grades public law practice good", "the dashboard shows green"), or sets
it above the inspectors' findings ("audits grade practice higher than inspectors do"),
says the service's view of itself is more positive than the inspectors' (`rosier`,
`rests.toml` [rosier]).  Such notes count as leaders not knowing where the service falls
short, are never an example (a good verdict out of its note reads as praise), and one
sentence names their sources ("Managers' accounts, audit findings and board papers give
a more positive picture of the service than inspectors found.": `rosier_sentence`).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from typing import Any

from exporters.draft import claims, fewrecords
from exporters.draft.attributed import in_area
from exporters.draft.fitting import is_stakeholder, lower_first
from exporters.draft.trace import traced
from exporters.draft.wording import wording_table
from exporters.draft.words import _has, capitalise, number_text
from exporters.model import Sentence

_SENTENCE = re.compile(r"(?<=[.;!?])\s+")


@cache
def _tables() -> dict[str, Any]:
    return wording_table("rests.toml")


def _table() -> dict[str, Any]:
    """`rests.toml` [agree]."""
    return dict(_tables()["agree"])


def _rosy() -> dict[str, Any]:
    """`rests.toml` [rosier]."""
    return dict(_tables()["rosier"])


def _alternation(cues: Sequence[str]) -> str:
    return "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))


@cache
def _good_view() -> re.Pattern[str]:
    """A verb of judging or telling, then within six words a good verdict: "grades
    public law practice good", "shows green", "believed practice was good"."""
    t = _rosy()
    return re.compile(
        rf"(?<![a-z'’-])(?:{_alternation(t['verbs'])})(?![a-z'’-])"
        rf"(?P<between>(?:\s+[a-z0-9%'’-]+){{0,6}}?)\s+(?:as\s+)?"
        rf"(?:{_alternation(t['verdicts'])})(?![a-z'’-])"
    )


def _any(low: str, cues: Sequence[str]) -> bool:
    # "n't" and the like are ends of words: found inside them ("don't").
    return any(c in low if not c[0].isalnum() or c.startswith("n'") else _has(low, c)
               for c in cues)  # fmt: skip


@lru_cache(maxsize=8192)  # each note is asked once per section and draft: answered once
def agrees(text: str) -> bool:
    """Whether a note's text has a sentence saying the service's view agrees with the
    inspectors' findings (see the module docstring)."""
    return bool(_agreeing_sentences(text))


def _agreeing_sentences(text: str) -> list[str]:
    """The sentences of a note (lower case) saying the service's view agrees with the
    inspectors' findings; none where the note names no view of the service's own."""
    t = _table()
    low = text.lower()
    if not _any(low, t["own"]):  # the note names no view of the service's own
        return []
    return [s for s in _SENTENCE.split(low)
            if _any(s, t["agree"]) and _any(s, t["ours"]) and not _any(s, t["unless"])]  # fmt: skip


@lru_cache(maxsize=8192)
def shows_agreement(text: str, interview: bool) -> bool:
    """Whether a note is evidence that the service's view agrees with the inspectors'
    findings: a sentence saying so (`agrees`) as the note's own finding (the data, an
    audit, the inspectors' comparison), not as what someone told inspectors ([agree]
    `view`: "the head of service said their data match what inspectors found"), nor, in
    a note of an interview (`interview`), after a label naming the speaker ("Head of
    performance: figures match ours")."""
    view = _table()["view"]
    return any(not _any(s, view) and not (interview and _LABELLED.match(s))
               for s in _agreeing_sentences(text))  # fmt: skip


# A speaker's label opening a note's sentence: a few words, then a colon.
_LABELLED = re.compile(r"^\s*(?:[\w'’-]+\s){0,3}[\w'’-]+:\s")


def _interview(d: Any, i: int) -> bool:
    """Whether record `i` records what someone told inspectors (an interview or survey)."""
    return bool(d.source[i].startswith(("INT_", "SURVEY_")))


def _agreeing_clause(s: str) -> bool:
    """Whether a lower-cased sentence says the service's view agrees with the
    inspectors': a word of agreeing not negated just before it ("in line with ours",
    never "does not match what inspectors found"), and a word for the inspectors'."""
    a, negation = _table(), _rosy()["negation"]
    if not _any(s, a["ours"]):
        return False
    for cue in a["agree"]:
        for m in re.finditer(rf"(?<![a-z]){re.escape(cue)}(?![a-z])", s):
            if not _any(" ".join(s[: m.start()].split()[-2:]), negation):
                return True
    return False


@lru_cache(maxsize=8192)
def rosier(text: str) -> bool:
    """Whether a development note's text has a sentence saying the service's own view is
    more positive than the inspectors' findings (see the module docstring)."""
    t = _rosy()
    low = text.lower()
    for s in _SENTENCE.split(low):
        if _agreeing_clause(s):
            continue  # "audits grade most files good, in line with ours": agreeing
        for m in _good_view().finditer(s):
            before = s[: m.start()]
            near = " ".join(before.split()[-2:])  # "could not describe what good ..."
            if (_any(before, t["own"]) and not _any(m.group("between"), t["negation"])
                    and not _any(near, t["negation"])):  # fmt: skip
                return True
        if _any(low, t["own"]) and _any(s, t["higher"]) and _any(s, _table()["ours"]):
            return True
    return False


def rosy(d: Any, records: Sequence[int]) -> list[int]:
    """The development notes among `records` saying the service's own view is more
    positive than the inspectors' findings (`rosier`): never a stakeholder's note."""
    texts = d.texts(list(records))
    return [i for i in records if d.polarity[i] == "development"
            and not is_stakeholder(d.words, d.source[i]) and rosier(texts[i].text)]  # fmt: skip


def agreeing(d: Any, records: Sequence[int]) -> list[int]:
    """The notes among `records` showing that the service's own view agrees with the
    inspectors' findings (`shows_agreement`: never someone's view that it does)."""
    texts = d.texts(list(records))
    return [i for i in records if d.polarity[i] in ("strength", "development")
            and shows_agreement(texts[i].text, _interview(d, i))]  # fmt: skip


_VIEWS: dict[int, tuple[weakref.ref[Any], frozenset[int]]] = {}


def views_only(d: Any) -> frozenset[int]:
    """The strength notes about the service (no case) that say the service's view agrees
    with the inspectors' findings only as what someone told inspectors (`viewed`): a
    tally counts them neither for nor against, as it counts a hedged note (kf30; kf29's
    leftover: the national tally on performance information counted "the head of
    service said their data match what inspectors found" as a strength).  Once a draft."""
    held = _VIEWS.get(id(d))
    if held is not None and held[0]() is d:
        return held[1]
    about = [i for i, k in enumerate(d.case) if not k and d.polarity[i] == "strength"]
    found = frozenset(viewed(d, about))
    _VIEWS[id(d)] = (weakref.ref(d), found)
    return found


def viewed(d: Any, records: Sequence[int]) -> list[int]:
    """The notes among `records` saying the service's view agrees with the inspectors'
    findings only as what someone told inspectors (`agrees`, not `shows_agreement`): no
    evidence that it does, and never an example of a claim that it does."""
    texts = d.texts(list(records))
    return [i for i in records if agrees(texts[i].text)
            and not shows_agreement(texts[i].text, _interview(d, i))]  # fmt: skip


def _name(d: Any, notes: Sequence[int]) -> tuple[str, str]:
    """The notes' sources as `fewrecords.named` says them, the shortest way (a plural
    one on a tie: "audit findings" rather than "internal audit")."""
    names = [fewrecords.named(d, notes, k=k) for k in range(fewrecords.variants(d, notes))]
    return min(names, key=lambda n: (len(n[0]), n[1]))


def _placed(d: Any, text: str, notes: Sequence[int]) -> str:
    """The sentence said of the one area its notes are all about, or of how many of the
    areas visited they are about; as it is where any is about the organisation."""
    areas = {d.record_area.get(i) for i in notes}
    if None in areas:
        return text
    if len(areas) == 1:
        return in_area(d, text, str(next(iter(areas))))
    visited = sum(1 for a in d.areas if a.visited)
    key = "all_areas" if len(areas) >= visited else "areas"
    return str(_table()[key]).format(
        n=number_text(len(areas)), m=number_text(visited),
        sentence=lower_first(text, d.words.known_capitals),
    )  # fmt: skip


def stated(d: Any, notes: Sequence[int], records: Sequence[int]) -> list[str]:
    """The criteria whose point the sentence states: those of its `notes` that make up
    half or more of the criterion's strength records among the section's `records`, on a
    criterion whose strength records outnumber its development records there (the
    service's own audits agreeing with the inspectors' on the criterion of performance
    management and evaluation; never a criterion a note or two of it touch among many)."""
    mine = set(notes)
    out = []
    for c in sorted(set().union(*(d.crits[i] for i in notes))):
        on = [i for i in records if c in d.crits[i]]
        st = [i for i in on if d.polarity[i] == "strength"]
        dv = [i for i in on if d.polarity[i] == "development"]
        if len(st) > len(dv) and 2 * len(mine.intersection(st)) >= len(st):
            out.append(c)
    return out


def sentence(ctx: claims.Context, notes: Sequence[int], records: Sequence[int]) -> Sentence | None:
    """The sentence naming the sources whose view agrees with the inspectors' (`notes`:
    `agreeing` among the section's `records`), or None where there are none or the
    report has said it."""
    if not notes:
        return None
    # The first said nowhere near-verbatim (the national sections each say it of their
    # own notes: national leadership, then local services over the areas' notes).
    # The criteria whose point it states (`stated`), not left for a placeholder to name.
    crits = stated(ctx.data, notes, records)
    return _sources_said(ctx, notes, _table(), "judgement|ownview", crits, "for")


def rosier_sentence(
    ctx: claims.Context, notes: Sequence[int], records: Sequence[int]
) -> Sentence | None:
    """The sentence naming the sources whose own view of the service is more positive
    than the inspectors' findings (`notes`: `rosy` among the section's `records`), where
    there are [rosier] `min_notes` of them; None otherwise or where the report has said
    it.  Its notes are never an example ("the chief executive describes practice as
    good", out of its note, reads as praise)."""
    ctx.used.records.update(notes)
    if len(notes) < int(_rosy()["min_notes"]):
        return None
    return _sources_said(ctx, notes, _rosy(), "judgement|rosier", [], "against")


def _sources_said(
    ctx: claims.Context, notes: Sequence[int], table: Mapping[str, Any], key: str,
    criteria: list[str], direction: str,
) -> Sentence | None:  # fmt: skip
    """A sentence naming the sources of `notes` in one of `table`'s `sentence` frames,
    the first said nowhere near-verbatim (`key`: the voice's record of it), with its
    `basis`; None where the report has said each."""
    d = ctx.data
    src, s = _name(d, notes)
    options = [_placed(d, str(f).format(The_src=capitalise(src), s=s), notes)
               for f in table["sentence"]]  # fmt: skip
    text = ctx.voice.choose(options, key)
    if text is None:
        return None
    n = len(notes)
    basis = str(table["basis"]).format(n=f"{number_text(n)} note{'' if n == 1 else 's'}")
    return traced(text, list(notes), d, role="claim", criteria=criteria, basis=basis,
                  flags=list(ctx.flags), direction=direction)  # fmt: skip
