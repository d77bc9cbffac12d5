"""A historical or public figure named in a general sentence, who is no one in the case
(held-out corpus 13: "Thomas Clarkson, the campaigner against the slave trade, is
commemorated by a tall memorial in Wisbech", "the economist John Maynard Keynes",
"President Najibullah's government in the late 1980s"; corpus 14: "the statue of ...",
"the novels of ...", "the boycott of 1963, led by ..., ... and others").

A name counts as such a figure only with both a role or a title beside it (after it, "X,
the Victorian surgeon" or "X, born in the town in 1737"; before it, "the astronomer X";
or "President X") and a sign of
history or public memory in its sentence ("commemorated", "gave her name to", "century",
"government": `historical_cues`), in a sentence that speaks of no family member or
friend (`historical_family`).  A family's friend described by their job ("Dean Mills,
the plasterer") has neither, and a relative in public life is the jigsaw rule's
(`known.py`).  A protected name is never let pass by this rule: only names no list knows.
"""

from __future__ import annotations

import re

from exporters.identify.patterns import sentence_span
from exporters.identify.vocabulary import Vocabulary


class Figures:
    """The historical-figure test for one vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        roles = "|".join(
            sorted((re.escape(r) for r in vocab.rule("historical_roles")), key=len, reverse=True)
        )
        titles = "|".join(re.escape(t) for t in vocab.rule("historical_titles"))
        self._after = re.compile(
            rf"(?:[ \t]+[A-Z][\w'’\-]+)*,[ \t]+(?:(?:the|a)[ \t]+(?:[\w'’\-]+[ \t]+){{0,3}}?"
            rf"(?i:{roles})\b|born\b[^,.;]{{0,40}}\b1[0-8]\d\d\b)"
            # or what they did, dated before 1900: "X lived in ... from 1797 to 1799"
            r"|[ \t]+(?:lived|was[ \t]+born|died|preached|wrote|worked)\b[^.;]{0,50}\b1[0-8]\d\d\b"
        )
        # Before it: "the astronomer", "President", a work or memorial of theirs ("the
        # novels of", "the statue of"), or "led by" (a campaign's leaders, listed).
        self._before = re.compile(
            rf"(?:\b(?i:the)[ \t]+(?:[\w'’\-]+[ \t]+){{0,2}}?(?i:{roles})|\b(?:{titles})"
            r"|\b(?i:novels|plays|poems|paintings|statue|memorial|writings)[ \t]+of"
            r"|\b(?i:led|founded)[ \t]+by(?:(?:[ \t]+[A-Z][\w'’\-]+){1,3},)*)"
            r"[ \t]+$"
        )
        self._titled = re.compile(rf"(?:{titles})[ \t]+[A-Z]")
        cues = "|".join(
            re.escape(c).replace(r"\ ", r"[ \t]+") for c in vocab.rule("historical_cues")
        )
        self._cue = re.compile(rf"(?i:\b(?:{cues}))|\b1[0-8]\d\ds?\b")
        self._family = frozenset(vocab.rule("historical_family"))
        self.words = frozenset(
            w.lower()
            for w in [*vocab.rule("historical_roles"), *vocab.rule("historical_titles"), "born",
                      "novels", "plays", "poems", "paintings", "statue", "memorial", "writings",
                      "led", "founded", "lived", "died", "preached", "wrote", "worked"]
        )  # fmt: skip

    def public(self, text: str, start: int, end: int) -> bool:
        """Whether the name at `start:end` is a historical or public figure's."""
        a, b = sentence_span(text, start)
        titled = self._titled.match(text, start) is not None  # "Pope John Paul II"
        if not (titled or self._after.match(text, end, b) or self._before.search(text, a, start)):
            return False
        said = {w.lower() for w in re.findall(r"[A-Za-z]+", text[a:b])}
        return self._cue.search(text, a, b) is not None and self._family.isdisjoint(said)
