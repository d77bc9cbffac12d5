"""Circumstances that make a family known to people around it, on their own: a parent
in public life ("her father is a well-known local councillor"), a child or family in the
news ("the boy who was on the local news after the flood"), a vehicle people recognise
("his van with the firm's name on the side", a registration mark).  Each, with the
case's area and type that every draft gives, tells a reader who knows the place which
family it is (held-out corpus 7, written in session 29: all three were missed).

The words are data (`public_life`, `public_roles`, `news_cues`, `vehicles` in
`rules.toml`)."""

from __future__ import annotations

import re

from exporters.identify.patterns import alternation, sentence_span
from exporters.identify.vocabulary import Vocabulary

_REGISTRATION = re.compile(r"(?<![\w\-])[A-Z]{2}[0-9]{2}[ \t]?[A-Z]{3}(?![\w\-])")
"""A current-style UK registration mark ("WX19 KTP")."""
_BIRTHDAY_ON = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth)"
    r"\s+birthday\b[^.;\n]{0,30}?\b(?:the\s+)?(?:same\s+)?day\s+(?:of|as)\s+(?:the|her|his|their)\s+"
    r"(?:hearing|final\s+hearing|fhdra|visit|removal|incident|arrest|move|placement)\b",
    re.IGNORECASE,
)
"""An age and a day the case records ("his 8th birthday was the day of the hearing"):
together, the child's date of birth (tester 29)."""
_ONLY_IN = re.compile(
    r"\bthe[ \t]+only[ \t]+(?:[\w'’\-]+[ \t]+){1,5}?(?:in|at|on)[ \t]+(?:the[ \t]+)?"
    r"(?P<place>[A-Z][\w'’\-]+)"
)
"""The only one of something in a named place ("runs the only halal butcher in
Skegness"): whoever knows the town knows the family (held-out corpus 8)."""
_WON = re.compile(
    r"\bwon[ \t]+(?:(?:the|a|an|first[ \t]+prize[ \t]+at[ \t]+the)[ \t]+)?"
    r"(?:[A-Z][\w'’\-]+[ \t]+){0,3}[A-Z][\w'’\-]+"
)
"""A named competition won ("won the Urdd Eisteddfod recitation"): its winners are
published, so the child is known (tester 31, planted #6)."""
_PAPER = re.compile(
    r"\b(?:in|on|by|to)[ \t]+the[ \t]+(?:[A-Z][\w'’\-]+[ \t]+){0,3}(?:Standard|News|Echo|Post|"
    r"Mirror|Sun|Times|Telegraph|Mail|Express|Argus|Gazette|Herald|Chronicle|Star|Journal|"
    r"Advertiser|Courier|Evening[ \t]+[A-Z][\w'’\-]+)\b"
)
"""A family named in a newspaper ("were in the Evening Standard after the fire"; not "the
Guardian", who is the child's): tester 30's planted detail #11."""
_PAPER_WORDS = ("standard", "news", "echo", "post", "mirror", "sun", "times", "telegraph", "mail",
                "express", "argus", "gazette", "herald", "chronicle", "star", "journal",
                "advertiser", "courier", "evening")  # fmt: skip
_WIDE = frozenset({"England", "Wales", "Britain", "UK", "Scotland", "Europe", "London", "Cafcass"})
_PERSON = re.compile(
    r"\b(?:he|she|his|her|him|they|their|the\s+(?:child|boy|girl|baby|family|father|mother)"
    r"|mum|dad|father|mother|stepfather|stepmother|partner|uncle|aunt|grandfather|"
    r"grandmother|parents?|child|boy|girl|husband|wife|carers?|foster)\b",
    re.IGNORECASE,
)


class Known:
    """The finder of circumstances that make a family known, for one vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        qualities = alternation(vocab.rule("public_life"), lower=True)
        roles = alternation(vocab.rule("public_roles"), lower=True)
        self._public = re.compile(
            rf"\b(?:{qualities})(?:[ \t]+(?:local|national|tv|television|premier\s+league))?"
            rf"[ \t]+(?:{roles})\b"
        )
        self._news = re.compile(rf"\b(?:{alternation(vocab.rule('news_cues'), lower=True)})\b")
        vehicles = alternation(vocab.rule("vehicles"), lower=True)
        self._vehicle = re.compile(
            rf"\b(?:{vehicles})\b[^.;\n]{{0,60}}?\bnames?[ \t]+(?:is[ \t]+)?(?:on|across)"
            r"[ \t]+(?:the[ \t]+)?(?:side|back|front|doors?|bonnet)\b"
        )
        self.gate = frozenset(
            max(re.split(r"[\s\-']", w.lower()), key=len)
            for w in vocab.rule("public_life") + vocab.rule("news_cues") + vocab.rule("vehicles")
        ) | {"birthday", "only", "won", *_PAPER_WORDS}
        """The lower-case words a text must hold for a search beyond registration marks."""

    def find(self, text: str, low: str) -> list[tuple[int, str]]:
        """(where, what) for each circumstance in `text` (`low` its lower case) that makes
        a family known: said only in a sentence about a person (the pattern's own words
        count: "her father")."""
        found = [(m.start(), f"‘{text[m.start():m.end()]}’, a vehicle people would know")
                 for m in _REGISTRATION.finditer(text)]  # fmt: skip
        if "birthday" in low:
            found += [(m.start(), f"‘{text[m.start():m.end()]}’, an age on a day the case "
                       "records: the child's date of birth") for m in _BIRTHDAY_ON.finditer(text)]  # fmt: skip
        if "won" in low:
            for m in _WON.finditer(text):
                a, b = sentence_span(low, m.start())
                if _PERSON.search(low, a, b):
                    found.append((m.start(), f"‘{text[m.start() : m.end()]}’, a named "
                                  "competition won, whose winners are published"))  # fmt: skip
        if "only" in low:
            for m in _ONLY_IN.finditer(text):
                a, b = sentence_span(low, m.start())
                if m["place"] not in _WIDE and _PERSON.search(low, a, b):
                    found.append((m.start(), f"‘{text[m.start() : m.end()]}’, the only one "
                                  "in a named place"))  # fmt: skip
        for m in _PAPER.finditer(text):
            a, b = sentence_span(low, m.start())
            if _PERSON.search(low, a, b) or re.search(r"\bfamil(?:y|ies)\b", low[a:b]):
                found.append((m.start(), f"‘{text[m.start() : m.end()]}’, a child or family "
                              "in the news"))  # fmt: skip
        if not any(word in low for word in self.gate):
            return found
        for pattern, what in (
            (self._public, "a parent or relative in public life"),
            (self._news, "a child or family in the news"),
            (self._vehicle, "a vehicle people would know"),
        ):
            for m in pattern.finditer(low):
                a, b = sentence_span(low, m.start())
                if _PERSON.search(low, a, b):
                    found.append((m.start(), f"‘{text[m.start() : m.end()]}’, {what}"))
        return found
