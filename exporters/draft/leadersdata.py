"""Where the figures leaders rely on are wrong against what inspectors found, said
plainly in the national leadership section (issue 15, tester 27's A2: "the dashboard
reports 88% of children seen; our sample found fewer than half", "94% of letters on
time ... counts a letter as 'complete' once it is started" were said only as
"weaknesses in performance information on the quality of practice").

A development note (never a stakeholder's) that a claim of the section rests on says
so where one of its sentences holds a figure (a percentage or "N of M":
`leadersfigures.holds_figure`) and either says what the measure behind it counts
wrongly (`measured.scope_sentences`: "the data counts a letter as 'complete' once it is
started") or, naming a view of the service's own (`rests.toml` [rosier] `own`: its
dashboard, its data, its leaders), sets it beside what inspectors found (a word of
[agree] `ours`: "our sample found ...") in that sentence or the next, and never says
the two agree (`ownview.agrees`).  After the claim (and what illustrates it), one
sentence says the figures are wrong ([own_figures] `frames`), then each such note's
sentence (and the next, where that gives what inspectors found), in the report's voice
("our sample" said as "inspectors' sample": [own_figures] `voice`; a note with any other
first person left is not said); at most [own_figures] `most` notes a section, each note
once in the report.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from exporters.draft import measured, ownview
from exporters.draft.attributed import for_inspectors
from exporters.draft.claims import Context
from exporters.draft.examples import split_sentences
from exporters.draft.fitting import has_any_words, is_stakeholder
from exporters.draft.leadersfigures import holds_figure
from exporters.draft.leadersrest import wording
from exporters.draft.trace import traced
from exporters.draft.words import capitalise
from exporters.model import Paragraph, Sentence

_FOLLOWS = ("example", "impact", "quote")  # what stays with the claim it follows


def add_wrong_figures(ctx: Context, paras: list[Paragraph]) -> None:
    """Put the sentences saying the figures leaders rely on are wrong (see the module
    docstring) after the first claim resting on such notes, and what illustrates it."""
    table = wording()["own_figures"]
    left = int(table["most"])
    for p in paras:
        sents = list(p.sentences)
        k = 0
        while k < len(sents) and left > 0:
            s = sents[k]
            k += 1
            if s.role != "claim" or s.by_cases or s.direction not in ("against", "balanced"):
                continue
            end = k
            while end < len(sents) and sents[end].role in _FOLLOWS:
                end += 1
            said = _said(ctx, s, left)
            sents[end:end] = said
            left -= max(0, len(said) - 1)
            k = end + len(said)
        p.sentences = sents


def _said(ctx: Context, s: Sentence, most: int) -> list[Sentence]:
    """The sentences after claim `s`: the one saying the figures are wrong, then each of
    its notes' own (at most `most` notes); none where none of its notes says so."""
    d = ctx.data
    index = d.index_of
    found: list[tuple[int, str]] = []
    for r in s.evidence_ids:
        i = index.get(r)
        if i is None or i in d.hedged or d.polarity[i] != "development":
            continue
        if is_stakeholder(d.words, d.source[i]) or i in ctx.used.records:
            continue
        text = wrong_figure(d.text(i))
        if text and not ctx.used.said(text) and text not in (t for _i, t in found):
            found.append((i, text))
        if len(found) >= most:
            break
    if not found:
        return []
    table = wording()["own_figures"]
    ids = [i for i, _t in found]
    opener = ctx.voice.choose([str(f) for f in table["frames"]], ctx.key, "own_figures")
    if opener is None:
        return []
    crit = list(s.criteria)
    out = [traced(opener, ids, d, role="claim", criteria=crit, basis=str(table["basis"]),
                  direction="against")]  # fmt: skip
    for i, text in found:
        ctx.used.take(i, text)
        out.append(traced(text, [i], d, role="example", criteria=crit,
                          basis=str(table["basis"]), direction="against"))  # fmt: skip
    return out


def wrong_figure(text: str) -> str:
    """The sentence of a note saying a figure of the service's own is wrong (and the next,
    where that gives what inspectors found), in the report's voice; "" where it has
    none (see the module docstring)."""
    if ownview.agrees(text):
        return ""
    table = wording()["own_figures"]
    own = tuple(wording()["rosier"]["own"])
    ours = tuple(wording()["agree"]["ours"])
    sentences = split_sentences(text)
    scope = {x.rstrip(".") for x in measured.scope_sentences(text.lower())}
    for k, sentence in enumerate(sentences):
        low = sentence.lower()
        if not holds_figure(sentence):
            continue
        said = [sentence]
        if low.rstrip(".") not in scope:
            if not has_any_words(sentence, own):
                continue
            if not has_any_words(sentence, ours):
                after = sentences[k + 1] if k + 1 < len(sentences) else ""
                if not after or not has_any_words(after, ours):
                    continue
                said.append(after)
        voiced = _voiced(" ".join(said), table["voice"])
        if voiced:
            return capitalise(_LABEL.sub("", voiced))
    return ""


# A short label before the note's point ("Performance data:").
_LABEL = re.compile(r"^(?:[\w'’-]+\s){0,3}[\w'’-]+:\s+")


def _voiced(text: str, voice: dict[str, str]) -> str:
    """`text` in the report's voice: the inspectors' first person said as `voice` says
    it ("our sample" as "inspectors' sample"); "" where other first person is left."""
    for mine, theirs in sorted(voice.items(), key=lambda x: -len(x[0])):
        pattern = re.compile(rf"(?<![\w'’]){re.escape(mine)}(?![\w'’])", re.IGNORECASE)
        text = pattern.sub(_cased(theirs), text)
    return for_inspectors(text) or ""


def _cased(said: str) -> Callable[[re.Match[str]], str]:
    """A replacement by `said`, with a capital where the words it stands for opened on one."""

    def sub(m: re.Match[str]) -> str:
        return capitalise(said) if m.group(0)[:1].isupper() else said

    return sub
