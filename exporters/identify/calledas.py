"""A nickname after the words that give one (tester 17, F11): "(calls himself KJ)",
"known to everyone at home as Con-Con", "goes by 'Bubba'"; or in brackets, said of
whom it is used by: "(Mace to his friends)", "(Nay-Nay to her nan)", or after the
child's name alone: "Mason (Mace)" (tester 18, F8).  Whatever its shape (two
capitals that read as an acronym elsewhere, a hyphenated pet name, a word in quotes),
the word after such words is what the child or a relative is called, so it is a name
(kind ``name``).  The words are data (`nickname_cues` in `rules.toml`); "known ... as"
may hold a few words between ("known to everyone at home as").  An inspection's own
words ("known as the FCA") and a lower-case word not in quotes ("known as quiet") are
no nickname.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from exporters.identify.patterns import Found
from exporters.identify.vocabulary import Vocabulary

_NAME = r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
_NAMES = rf"{_NAME}(?:[ \t]+{_NAME}){{0,2}}"
"""A nickname of up to three words ("Princess Poppet", "Little Bear")."""
_QUOTED = r"[\"'‘“](?P<quoted>[^\"'’”\s][^\"'’”]{0,24}?)[\"'’”]"


_PLATFORMS = (
    r"Snapchat|Instagram|Insta|TikTok|Facebook|WhatsApp|Discord|Roblox|Xbox|Xbox\s+Live|"
    r"PlayStation|PSN|Fortnite|Minecraft|YouTube|Twitch|Telegram|Kik|Messenger|X|Twitter|"
    r"Threads|Steam|Wattpad"
)
_HANDLE = re.compile(
    rf"(?<![\w\-])(?i:on|via|through)[ \t]+(?:{_PLATFORMS})[ \t]+(?i:as|called|named)[ \t]+"
    r"[\"'‘“]?(?P<handle>@?[A-Za-z0-9_.]*[A-Za-z][A-Za-z0-9_.]*)"
    r"|(?<![\w\-])(?i:username|user[ \t]+name|gamertag|gamer[ \t]+tag|screen[ \t]+name|"
    r"profile[ \t]+name|online[ \t]+name|(?:his|her|their|online|account)[ \t]+handle)(?:[ \t]+(?i:is|was|of))?[ \t]*[:\-]?[ \t]+[\"'‘“]?"
    r"(?P<named>@?[A-Za-z0-9_.]*[A-Za-z][A-Za-z0-9_.]*)"
    rf"|(?<![\w\-])(?i:his|her|their|mum's|dad's)[ \t]+(?:{_PLATFORMS})[ \t]*[,:]?[ \t]+"
    r"(?P<own>(?=[A-Za-z0-9_.]*[0-9_.][A-Za-z0-9_.]*[A-Za-z0-9])[A-Za-z0-9_.]*[A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9])"
    r"|(?<![\w@.\-])(?P<tagged>(?=[A-Za-z0-9_.]*[0-9_])(?=(?:[A-Za-z0-9_.]*[A-Za-z]){3})"
    rf"[A-Za-z0-9_][A-Za-z0-9_.]{{3,29}})[ \t]+(?i:on|in)[ \t]+(?:{_PLATFORMS})(?![\w\-])"
)
"""A name a child or an adult uses online: after a platform and "as" ("contacted her on
Snapchat as lilbabyjaz"), after "username" or "gamertag", or after "her Snapchat" where it
holds a digit, a dot or an underscore ("Her Snapchat, gracieee.x14,": held-out corpus 12), or
before "on" a platform where it holds a digit or an underscore ("is r0dri_gy14 on
PlayStation": held-out corpus 13); often lower case, so no capital is asked for (held-out
corpus 7: missed).  "@" names are found anywhere."""
_CUE_WORDS = frozenset(
    {"known", "username", "handle", "gamertag", "gamer", "screen", "profile", "user", "online"}
)
"""Words of the cues beyond `nickname_cues` ("known ... as", "username", "online name")."""
_AT_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{2,29}(?![\w@])")
_GROUP_WORDS = frozenset({"group", "page", "chat", "community", "channel", "server"})
_KIN_WORDS = frozenset(
    {"bro", "brother", "sis", "sister", "sibling", "cousin", "nan", "nana", "nanny", "gran",
     "grandad", "grandma", "uncle", "aunt", "auntie", "aunty", "stepdad", "stepmum", "mum",
     "dad", "partner"}
)  # fmt: skip
"""The words a text must hold for `_GROUP` and `_KIN_QUOTED`, and the words they read."""


def _either(words: frozenset[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_RUN_NAME = r"[A-Z][\w'’&]*(?:[ \t]+(?:(?:in|of|for|the|and|&)[ \t]+)?[A-Z][\w'’&]*){1,5}"
_GROUP = re.compile(
    r"(?:[\"'‘“](?P<quoted>[^\"'’”\n]{3,60}?)[\"'’”]|(?P<run>[A-Z][\w'’&]*(?:[ \t]+"
    r"(?:(?:in|of|for|the|and|&)[ \t]+)?[A-Z][\w'’&]*){1,5}))"
    rf"[ \t]+(?:{_PLATFORMS})[ \t]+(?i:{_either(_GROUP_WORDS)})"
    rf"|(?<![\w\-])(?:(?:{_PLATFORMS})[ \t]+)?(?i:group|page|chat|server|channel)[ \t]+"
    r"(?i:called|named)[ \t]+[\"'‘“](?P<called>[^\"'’”\n]{3,60}?)[\"'’”]"
    rf"|(?P<before>{_RUN_NAME}),?[ \t]+(?:a|an|the)[ \t]+(?:[a-z]+[ \t]+){{0,2}}"
    rf"(?:{_PLATFORMS})[ \t]+(?i:group|page|chat)"
    rf"|(?<![\w\-])(?i:group|page)[ \t]+(?P<on>{_RUN_NAME})[ \t]+on[ \t]+(?:{_PLATFORMS})"
)
"""An online group or page named ("the 'Bulgarians in Boston UK' Facebook group",
"the Spalding Mums Facebook group", "a WhatsApp group called 'Boston Lietuviai'"; "Walker
Mams Together, a private Facebook group", "the group Barrow Dads Matter on Facebook":
held-out corpus 12): a
family posting in one is known to everyone in it (tester 33, F6: it left in every
export)."""
_KIN_QUOTED = re.compile(
    r"(?<![\w\-])(?i:(?:his|her|their|the|a)[ \t]+(?:(?:little|big|older|younger|baby|"
    rf"half|step)[ \t\-]+)?(?:{_either(_KIN_WORDS)}))"
    r"[ \t]+[\"'‘“](?P<quoted>[A-Z][^\"'’”]{0,24}?)[\"'’”]"
)
"""A relative's name or pet name in quotes straight after who they are ("His bro 'Bobi'
(11)", "her nan 'Mama Z'"): how notes most often give a nickname (tester 33, F6)."""
_QUOTES = "'\"‘“"
_SPEAKER = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?P<bare>[A-Z][a-z'’\-]+)(?P<quoted>)"
    r"(?:[ \t]+to[ \t]+(?:the[ \t]+|an?[ \t]+)?[A-Za-z]+(?:[ \t]+[a-z]+){0,2})?"
    r"(?:,[^:\"“\n]{0,30})?:[ \t]*[\"“]"
)
"""The one who speaks a quoted line, as notes set it down ("Hunts: \"Dad's alright...\"",
"Lace to the guardian: \"...\"": held-out corpus 13): a child's name or pet name,
unless it is a relation, a role or a label ("Mum:", "FCA:", "Note:": `_LABELS`)."""
_LABELS = frozenset(
    {"note", "notes", "quote", "quotes", "summary", "action", "actions", "outcome", "child",
     "children", "comment", "comments", "feedback", "response", "answer", "update", "plan",
     "concern", "concerns", "strength", "strengths", "evidence", "source", "finding",
     "findings", "judgement", "rationale", "grade", "nb", "re", "q", "a", "verbatim",
     "translation", "interpreted", "interpreter", "text", "message", "says", "said", "asked"}
)  # fmt: skip
_AT_HOME = re.compile(
    rf"(?:(?<![\w\-])(?:is|was|and)|,)[ \t]+(?:{_QUOTED}|(?P<bare>{_NAME}))[ \t]+"
    r"(?:at[ \t]+(?:home|school|nursery|college|the[ \t]+club)|on[ \t]+the[ \t]+estate|"
    r"to[ \t]+(?:(?:his|her|their)[ \t]+)?"
    r"(?:mum|dad|nan|nana|gran|friends|mates|family|brothers?|sisters?|cousins?))\b"
)
"""A name a child goes by in one place ("Prabin is Babu at home and Prabs at school",
"she is Tiggy to her friends": held-out corpus 13; the next after a comma, "Zuzia at
home, Zuza to friends", "KC on the estate": corpus 14)."""
_AT_HOME_WORDS = frozenset(
    {"home", "school", "nursery", "college", "club", "mum", "dad", "nan", "nana", "gran",
     "friends", "mates", "family", "brother", "brothers", "sister", "sisters", "cousin",
     "cousins", "estate"}
)  # fmt: skip
"""The words `_AT_HOME` ends on: a text holds one of them for it to match."""


class CalledAs:
    """The nickname finder for one vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        cues = sorted(vocab.rule("nickname_cues"), key=len, reverse=True)
        said = "|".join(re.escape(c).replace(r"\ ", r"[ \t]+") for c in cues)
        self._pattern = re.compile(
            rf"(?<![\w\-])(?i:{said}|known(?:[ \t]+[a-z]+){{0,5}}?[ \t]+as)[ \t]+"
            rf"(?:{_QUOTED}|(?P<bare>{_NAMES}))"
        )
        # A name in brackets after a person's name: "Mason (Mace) was seen alone".
        self._after_name = re.compile(
            rf"(?P<name>[A-Z][\w'’]+)[ \t]+\([ \t]*(?:{_QUOTED}|(?P<bare>[A-Z][a-z][\w'’]*"
            rf"(?:-[A-Za-z][\w'’]*)*))[ \t]*\)"
        )
        self.given = vocab.given_names
        self.common = vocab.is_common
        self._bracketed = re.compile(
            rf"\([ \t]*(?:{_QUOTED}|(?P<bare>{_NAME}))[ \t]+to[ \t]+(?:his|her|their|the)"
            r"(?:[ \t]+[a-z'’\-]+){1,2}[ \t]*\)"
        )
        online = re.sub(r"\\s\+", "|", _PLATFORMS).lower().split("|")
        self.gate = (
            frozenset(max(re.split(r"[ \t]+", c.lower()), key=len) for c in cues)
            | _CUE_WORDS
            | frozenset(online)
            | _KIN_WORDS
            | _AT_HOME_WORDS
        )
        """The lower-case words a text must hold for `find` to find anything but a
        nickname in brackets (which needs a "(")."""

    def find(
        self,
        text: str,
        words: set[str],
        is_domain: Callable[[list[str]], bool],
        not_a_name: Callable[[str], bool],
        taken: Callable[[int, int], bool],
        person: Callable[[str], bool] = lambda word: False,
    ) -> list[Found]:
        """The nicknames in `text` not in a span already found (`taken`); a relation or
        a title is none ("the children call her Nan": `not_a_name`).  A name in brackets
        counts after a given name or a word `person` says is a protected name."""
        cued = self._pattern.finditer(text) if not self.gate.isdisjoint(words) else ()
        bracketed = self._bracketed.finditer(text) if "(" in text else ()
        aliased = [m for m in self._after_name.finditer(text) if m.group("name") in self.given
                   or person(m.group("name"))] if "(" in text else []  # fmt: skip
        out: list[Found] = []
        spoken = (
            [m for m in _SPEAKER.finditer(text) if m["bare"].lower() not in _LABELS]
            if ":" in text
            else []
        )
        at_home = _AT_HOME.finditer(text) if not _AT_HOME_WORDS.isdisjoint(words) else ()
        for m in [*cued, *bracketed, *aliased, *spoken, *at_home]:
            group = "quoted" if m.group("quoted") else "bare"
            s, e = m.span(group)
            said = text[s:e]
            if is_domain(re.findall(r"[\w'’]+", said)) or not_a_name(said) or taken(s, e):
                continue
            out.append(Found("name", s, e, "a nickname"))
        out += self._handles(text, taken, not_a_name)
        if not _GROUP_WORDS.isdisjoint(words):
            for m in _GROUP.finditer(text):
                s, e = next(m.span(g) for g in ("quoted", "run", "called", "before", "on")
                            if m.group(g))  # fmt: skip
                named = [w for w in re.findall(r"[\w'’]+", text[s:e]) if w != "The"]
                if named and not taken(s, e) and not is_domain(named):
                    out.append(Found("club", s, e, "an online group or page, named"))
        if not _KIN_WORDS.isdisjoint(words) and any(q in text for q in _QUOTES):
            for m in _KIN_QUOTED.finditer(text):
                s, e = m.span("quoted")
                said = text[s:e]
                if not (taken(s, e) or not_a_name(said) or is_domain(re.findall(r"[\w'’]+", said))):
                    out.append(Found("name", s, e, "a relative's name or pet name"))
        return out

    def _handles(
        self, text: str, taken: Callable[[int, int], bool], not_a_name: Callable[[str], bool]
    ) -> list[Found]:
        """Online names: after a platform's name and "as", after "username", and any
        "@name" (an email address is the email rule's)."""
        out = []
        spans = [m.span(g) for m in _HANDLE.finditer(text) for g in ("handle", "named", "own", "tagged")
                 if m.group(g)]  # fmt: skip
        spans += [m.span() for m in _AT_HANDLE.finditer(text)]
        for s, e in spans:
            word = text[s:e].lstrip("@")
            common = word.isalpha() and word.islower() and self.common(word)
            if taken(s, e) or common or (word[:1].isupper() and not_a_name(word)):
                continue
            out.append(Found("name", s, e, "a name used online"))
        return out
