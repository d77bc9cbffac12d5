"""Schools and hospitals named in a dictated note, where no capital says which words
are a name ("she goes to westwood primary school", "seen at pennfold hospital").

`titled_settings` gives a copy of the same length in which the words naming a setting
before its setting word are written as a name is ("Westwood Primary School"), so the
scanner's school and hospital finders read them.  Only a name that holds a word no
common English word and no town is titled: "the local primary school", "forest school",
"after school" and "a wigan school" name no one setting a child could be found at.
"""

from __future__ import annotations

import re
from collections.abc import Callable

SETTING_WORDS = frozenset(
    {"school", "primary", "nursery", "academy", "college", "hospital", "infirmary",
     "surgery", "clinic", "preschool", "playgroup", "juniors", "infants"}
)  # fmt: skip
"""The words a setting's name ends on (in lower case)."""
_KEY = re.compile(
    r"(?<![\w'’\-])(?:primary\s+school|junior\s+school|infant\s+school|high\s+school|"
    r"church\s+of\s+england\s+primary|c\s+of\s+e\s+primary|school|primary|nursery|academy|"
    r"college|hospital|infirmary|surgery|clinic|preschool|pre-school|playgroup|juniors|"
    r"infants)(?![\w'’\-])"
)
_WORD_BEFORE = re.compile(r"(?<![\w'’\-])([a-z][a-z'’\-]*)[ \t]+$")
_STOP = frozenset(
    {"the", "a", "an", "her", "his", "their", "our", "my", "its", "this", "that", "to", "at",
     "in", "on", "from", "after", "before", "for", "with", "by", "of", "and", "or", "is",
     "was", "goes", "go", "went", "attends", "attended", "attend", "same", "new", "local",
     "old", "previous", "current", "other", "nearby", "village", "secondary", "special",
     "private", "state", "mainstream", "faith", "catholic", "church", "big", "little",
     "forest", "home", "boarding", "grammar", "free", "sixth", "form", "summer", "holiday",
     "breakfast", "independent", "into", "left", "leaving", "start", "started", "starts",
     "moved", "changed", "missed", "miss", "out", "off", "back", "up", "down", "she", "he",
     "they", "we", "i", "you", "it", "no", "not", "any", "every", "each", "some", "all"}
)  # fmt: skip
"""Words a setting's name never opens on: what stands before it in a sentence."""


def titled_settings(
    text: str, is_name: Callable[[str], bool], is_place: Callable[[str], bool]
) -> str:
    """`text` (lower case) with each setting's name in it written as a name (module doc);
    `is_name(word)`: no common word; `is_place(word)`: a town's or a county's."""
    out = text
    for m in _KEY.finditer(text):
        words: list[re.Match[str]] = []
        end = m.start()
        while len(words) < 3:
            w = _WORD_BEFORE.search(text, max(0, end - 40), end)
            if w is None or w.group(1) in _STOP:
                break
            words.append(w)
            end = w.start()
        if not any(is_name(w.group(1)) and not is_place(w.group(1)) for w in words):
            continue
        start = words[-1].start()
        name = _title(text[start : m.end()])
        out = out[:start] + name + out[m.end() :]
    return out


def _title(said: str) -> str:
    """Each word written as a name is ("st marys primary" -> "St Marys Primary"; "of"
    and "and" stay small); the same length."""
    return re.sub(
        r"[a-z][a-z'’\-]*",
        lambda m: m.group(0) if m.group(0) in ("of", "and", "the") else m.group(0).capitalize(),
        said,
    )
