"""People named at their work: practitioners beside their role, judges after their
title, solicitors' firms after who works there.  Read by `NameFinder`
(`exporters/identify/names.py`): such a name is no child's or family member's, so the
check lets it stand in a note (a report's body still names no one: `staff_named`).

A protected name (one a child or family of the inspection bears) counts as someone at
work only where nothing else can be meant: after a judge's title ("HHJ Carlton",
"District Judge Khan", "Judge Hughes"), naming a team ("the Gorton team"), or set beside a practitioner's role introduced by an article
("the guardian, Ms Okafor,", "an FCA, Ms Okafor,"), not a possessive ("her guardian,
Mrs Okafor" may be her aunt) nor a special guardian (a family carer) (tester 23, F6)."""

from __future__ import annotations

import re

from exporters.identify.patterns import cue_pattern
from exporters.identify.reading import Token
from exporters.identify.vocabulary import Vocabulary

_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?"
_FIRM_WORDS = r"(?:(?:[A-Z][\w'’\-]*|&)\s+)*"
"""The firm's words already read before a run ("Hodge Jones & " before "Allen")."""


class AtWorkMixin:
    """The rules for names of people at work (see the module docstring)."""

    staff_words: set[str]

    def _read_work_rules(self, vocab: Vocabulary) -> None:
        members = cue_pattern(vocab.rule("firm_members")).pattern
        self.firm_before = re.compile(rf"(?i:{members}\s+(?:from|at)\s+){_FIRM_WORDS}$")
        self.role_words = frozenset(w for r in vocab.rule("practitioner_roles") for w in r.split())
        roles = cue_pattern(vocab.rule("practitioner_roles")).pattern
        self.role_before = re.compile(
            rf"(?<!special ){roles}(?:\s+(?:area|region)\s+\d{{1,2}}[ab]?)?"  # "HoP Area 9 (Sandra)"
            rf"(?:\s+(?:for|in|at|of|from)\s+[\w'’\- ]{{1,40}}?\s*[,(]|\s*[,(]?)"
            rf"\s*{_TITLE}$",
            re.IGNORECASE,
        )
        # A role with an article ("the guardian", "an experienced FCA"), never a
        # special guardian: before a name and its comma, or after a name, set off.
        role = rf"(?:the|a|an)\s+(?:[\w'’\-]+\s+){{0,2}}?(?<!special ){roles}"
        self.beside_role = re.compile(rf"(?<![\w'’]){role}\s*,\s*{_TITLE}$", re.IGNORECASE)
        self.role_beside = re.compile(rf"\s*[,(]\s*{role}\s*[,;:.)]", re.IGNORECASE)
        judicial = cue_pattern(vocab.rule("judicial_titles")).pattern
        self.judicial_before = re.compile(rf"{judicial}\s+$", re.IGNORECASE)
        judges = [
            t for t in vocab.rule("judicial_titles") if "judge" in t or "justice" in t or t == "hhj"
        ]
        self.judge_before = re.compile(rf"{cue_pattern(judges).pattern}\s+$", re.IGNORECASE)
        # A word naming a team or office: "the Gorton team manager" (tester 24, F13).
        self.the_before = re.compile(r"(?<![\w'’])(?:the|our|their|its)\s+$", re.IGNORECASE)
        self.team_after = re.compile(r"\s+(?:team|teams|office|hub)\b", re.IGNORECASE)
        self.role_after = re.compile(
            rf"\s*(?:,|\(|\s-|\s–)?\s*(?:(?:the|a|an|our|their|its)\s+(?:[\w'’\-]+\s+){{0,2}}?)?"
            rf"(?:{roles})",
            re.IGNORECASE,
        )

    def at_work(self, text: str, t: Token, run: list[Token]) -> bool:
        """Whether a protected name `t` (in `run`) is someone at work for certain: after
        a judge's title, or beside a practitioner's role introduced by an article and
        set off by commas ("the guardian, Ms Okafor,"; "Will, the duty senior,")."""
        if self.judge_before.search(text, 0, t.start):
            return True
        if run[-1].possessive:
            return False
        if self._team_name(text, t.start, t.end):
            return True
        start = max(0, run[0].start - 60)
        return bool(
            self.beside_role.search(text, start, run[0].start)
            or self.role_beside.match(text, run[-1].end)
        )

    def firm(self, text: str, run: list[Token]) -> bool:
        """A run right after who works at a solicitors' firm ("a solicitor from Hodge
        Jones & Allen"), not a possessive ("... from Kai's school")."""
        return not run[-1].possessive and bool(self.firm_before.search(text, 0, run[0].start))

    def professional(self, text: str, start: int, end: int) -> bool:
        """Whether the name at text[start:end] is written beside a practitioner's or
        inspector's role ("the family court adviser, Priya Shah,")."""
        if text.startswith(("'s", "’s"), end):
            return False
        return self._professional(text, start, end, [])

    def _professional(self, text: str, start: int, end: int, run: list[Token]) -> bool:
        """A name written beside a practitioner's or inspector's role; with a
        possessive only after a judge's or a title of honour ("Mr Justice Cobb's
        guidance", "Sir Andrew McFarlane's view"): "the social worker Jade's mum"
        may name a child."""
        before = text[max(0, start - 50) : start]
        if self.judicial_before.search(before) or self._team_name(text, start, end):
            return True
        if run and run[-1].possessive:
            return False
        if self.role_before.search(before):
            return True
        return bool(self.role_after.match(text, end))

    def _team_name(self, text: str, start: int, end: int) -> bool:
        """Whether the word at text[start:end] names a team or office: "the Gorton team",
        never "the Gorton family" (tester 24, F13)."""
        return bool(
            self.team_after.match(text, end)
            and self.the_before.search(text, max(0, start - 8), start)
        )

    def _is_staff(self, run: list[Token]) -> bool:
        return bool(self.staff_words) and all(
            t.text in self.staff_words or t.cls in ("lex", "acronym") for t in run
        )
