"""Protected names typed in lower case, as notes typed fast write them ("spoke to
zoe after school", "nunez was upset"; tester 24).

The name finder reads capitalised words only: in lower case an ordinary word and a
name look alike.  A protected name that is no ordinary word ("nunez", "kovacs",
"zoe") is a name in any case, so it is found here, with or without its accents.  One
that is also a word ("hope", "brown", "will"), a place ("preston") or the inspection's
own vocabulary stays a word in lower case, as it does everywhere else in the scanner.
"""

from __future__ import annotations

import re

from exporters.identify.patterns import Found
from exporters.identify.protected import Entry, ProtectedIndex
from exporters.identify.vocabulary import Vocabulary
from store.accents import plain

PROTECTED = "protected-name"
_WORD = re.compile(r"(?<![\w'’\-])[^\W\d_]+(?:['’\-][^\W\d_]+)*(?![\w'’\-])")


class LowerCaseNames:
    """The protected words that are names in lower case too, and their finder."""

    def __init__(self, index: ProtectedIndex, vocab: Vocabulary, own: set[str]) -> None:
        self.index = index
        ordinary = {w.lower() for w in vocab.lexicon_words | own}
        self.words: dict[str, tuple[str, Entry, str]] = {}
        """Each such name without accents, in lower case: the protected word, its entry
        and how it stands for it ("name", or "short form": "seun" for Oluwaseun)."""
        for how, table in (("name", index.parts), ("short form", index.variants)):
            for word, entry in table.items():
                key = plain(word).lower()
                if len(key) < 3 or key in ordinary or vocab.is_common(key):
                    continue
                self.words.setdefault(key, (word, entry, how))
        self.gate = frozenset(self.words)

    def find(self, text: str, words: set[str]) -> list[Found]:
        """The protected names written in lower case in `text` (`words`: its lower-case
        words, met with the names first so that most text is not read again)."""
        if text.isascii():
            if self.gate.isdisjoint(words):
                return []
        elif self.gate.isdisjoint(plain(w) for w in words):
            return []
        out = []
        for m in _WORD.finditer(text):
            said = m.group(0)
            if not said.islower():
                continue
            if said.endswith(("'s", "’s")):
                said = said[:-2]  # "helene's words"
            found = self.words.get(plain(said))
            if found is not None:
                word, entry, how = found
                end = m.start() + len(said)
                out.append(Found(PROTECTED, m.start(), end, self._note(word, entry, how)))
        return out

    def _note(self, word: str, entry: Entry, how: str) -> str:
        return f"{self.index.describe(word, how, entry)}, written in lower case"
