"""What a sentence may say only when the evidence says it (`support.toml`).

- *Particulars*: a wording that names a document, an activity, a body or a manner
  ("case plans", "supervision", "the local family justice board", "seen only briefly")
  is used only when one of the records behind the sentence mentions it;
- *consequences*: "As a result, ..." only where a record states a consequence;
- *attributed claims*: the frames for a claim about the service said as what its
  sources say (`exporters.draft.attributed`);
- *methods*: how inspectors gathered evidence, from the sources recorded;
- *hedged notes*: a note reporting a plan not yet in effect, or saying its effect
  cannot yet be seen, is never a strength (`hedged`);
- *number*: whether a topic said as a sentence's subject takes a plural verb (`plural`);
- *own speaker*: who spoke, where a note names them by role (`own_speaker`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from exporters.draft.wording import wording_table


def _words_pattern(forms: Iterable[str], *, prefix: bool) -> re.Pattern[str]:
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    tail = "" if prefix else r"\b"
    return re.compile(rf"\b(?:{alts}){tail}", re.IGNORECASE)


@dataclass(frozen=True)
class Particular:
    """A particular the draft may name only when a record mentions it."""

    name: str
    draft: re.Pattern[str]
    evidence: re.Pattern[str]


@dataclass(frozen=True)
class Methods:
    """How inspectors gathered evidence, by source."""

    sentence: str
    read: str
    observed: str
    spoke: str
    none: str
    read_sources: dict[str, str]
    observed_sources: dict[str, str]
    spoke_sources: dict[str, str]


@dataclass(frozen=True)
class Speaker:
    """Who spoke, as a note names them ("The chair of the local family justice board"),
    what they said (the clause after the verb), and whether the note's sentence is
    said whole (its verb takes no clause: "described leaders as responsive")."""

    who: str
    said: str
    whole: bool


_TWO = re.compile(
    r"\band (?:the|how|[a-z]+s'|[a-z]+'s)(?=\s)"
)  # two subjects joined, each with its own article


class Support:
    """The data of `support.toml`, and the checks made with it."""

    def __init__(self, path: Path) -> None:
        d: dict[str, Any] = wording_table(path.name, path.parent)
        self.attributed: dict[str, tuple[str, ...]] = {
            k: tuple(v) for k, v in d["attributed"].items()
        }
        self.particulars = tuple(
            Particular(
                p["draft"][0],
                _words_pattern(p["draft"], prefix=False),
                _words_pattern(p.get("evidence", p["draft"]), prefix=True),
            )
            for p in d["particular"]
        )
        self.improve_generic: str = d["improve_generic"]
        p = d["plain"]
        self.plain: dict[str, tuple[str, ...]] = {
            "strength": tuple(p["strength"]), "weakness": tuple(p["weakness"]),
        }  # fmt: skip
        self.one_record: str = p["one_record"]
        self.improve_fits: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        # The faults a key finding may name, as it says them ([[improve_fit]] `said`).
        self.faults_said: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        for f in d["improve_fit"]:
            fit = (_words_pattern(f["evidence"], prefix=True), f["text"])
            self.improve_fits.setdefault(f["criterion"], []).append(fit)
            if "said" in f:
                self.faults_said.setdefault(f["criterion"], []).append((fit[0], f["said"]))
        self._consequence = _words_pattern(d["consequence_cues"], prefix=False)
        m = d["methods"]
        self.methods = Methods(
            m["sentence"], m["read"], m["observed"], m["spoke"], m["none"],
            dict(m["read_sources"]), dict(m["observed_sources"]), dict(m["spoke_sources"]),
        )  # fmt: skip

        h = d["hedged"]
        self.hedge_cues: tuple[str, ...] = tuple(h["cues"])
        self._hedge = _words_pattern(h["cues"], prefix=False)
        self._achieved = _words_pattern(h["achieved"], prefix=False)
        self.one_area: str = d["one_area"]["frame"]
        self.shared_fault: str = d["shared_fault"]["frame"]
        self.child_word_sources = frozenset(d["child_words"]["sources"])
        n = d["number"]
        self._determiners = frozenset(n["determiners"])
        self._plural = frozenset(n["plural"])
        self._singular = frozenset(n["singular"])
        self._modifiers = frozenset(n.get("modifiers", ()))
        self._singular_endings = tuple(n["singular_endings"])
        o = d["own_speaker"]
        verbs = "|".join(re.escape(v) for v in sorted(o["verbs"], key=len, reverse=True))
        self._own = re.compile(
            rf"^(?P<who>(?:[\w’'-]+\s+){{0,{int(o['max_words']) - 1}}}?[\w’'-]+)\s+"
            rf"(?P<verb>{verbs})\b(?:\s+that\b)?,?\s*(?P<said>.*)$",
            re.DOTALL,
        )
        self._own_whole = frozenset(o["whole"])
        self._own_capitals = frozenset(o["capitals"])
        self._own_openers = frozenset(o["openers"])
        self._own_people = frozenset(o["people"])
        # The particulars a text names, worked out once per text (a wording is checked
        # against many cases' records): a pure function of the text.
        self.named = lru_cache(maxsize=4096)(self._names)
        # Whether one note states a consequence, worked out once per note: an impact
        # sentence asks it of every note on the claim's side for each of its wordings.
        self._states = lru_cache(maxsize=16384)(self._states_one)

    def hedged(self, text: str) -> bool:
        """Whether a note reports an intention or a plan not yet in effect, or says its
        effect cannot yet be seen (`[hedged]` cues), and states no effect achieved."""
        return bool(self._hedge.search(text)) and not self._achieved.search(text)

    def plural(self, topic: str) -> bool:
        """Whether a topic said as a sentence's subject takes a plural verb (`[number]`):
        by its head, the first word after any determiner or possessive; two joined, each
        with its own ("the use of ... and the timeliness of ...": `subjects.joined`),
        take a plural verb."""
        if _TWO.search(topic):
            return True
        words = [raw.lower().replace("’", "'") for raw in re.findall(r"[A-Za-z’'-]+", topic)]
        for k, word in enumerate(words):
            if word in self._determiners or word.endswith(("'s", "s'")):
                continue
            after = words[k + 1] if k + 1 < len(words) else ""
            if word in self._modifiers and after.endswith("s") and after not in self._plural:
                continue  # "staffing levels come", never "comes" (tester 16, D7)
            if word in self._singular or word.endswith("ing"):
                return False
            if word in self._plural:
                return True
            return word.endswith("s") and not word.endswith(self._singular_endings)
        return False

    def own_speaker(self, sentence: str, keep: Set[str] = frozenset()) -> Speaker | None:
        """Who spoke, where a note's sentence opens by naming them by role ("The chair
        of the local family justice board said ..."), and what they said; None where it
        does not, or where the speaker may be a person's name (a capitalised word after
        the first that is not one of `[own_speaker]` capitals nor in `keep`)."""
        m = self._own.match(sentence.strip())
        if m is None:
            return None
        who = m.group("who").split()
        if who[0].lower() not in self._own_openers or not self._person(who):
            return None
        for word in who[1:]:
            bare = word.strip(",.;:")
            if bare[:1].isupper() and bare not in self._own_capitals and bare not in keep:
                return None
        said = m.group("said").strip()
        whole = m.group("verb") in self._own_whole
        if not whole and len(said.split()) < 4:
            return None
        return Speaker(" ".join(who), said, whole)

    def _person(self, who: list[str]) -> bool:
        """Whether a speaker's head noun (its last word before a preposition) names a
        person or a body (`[own_speaker]` people)."""
        head = who[0]
        for word in who:
            if word.lower() in ("of", "from", "at", "in", "for", "on"):
                break
            head = word
        low = head.lower().replace("’", "'").removesuffix("'s").removesuffix("'")
        return low in self._own_people or low.removesuffix("s") in self._own_people

    def unsupported(self, text: str, records: Sequence[str]) -> list[str]:
        """The particulars `text` names that none of the `records` mentions."""
        named = self.named(text)
        return [p.name for p in named if not any(p.evidence.search(r) for r in records)]

    def _names(self, text: str) -> tuple[Particular, ...]:
        """The particulars a text names, in `support.toml`'s order (`named`)."""
        return tuple(p for p in self.particulars if p.draft.search(text))

    def fitting(self, options: Sequence[str], records: Sequence[str]) -> list[str]:
        """The options naming no particular the records do not mention."""
        return [o for o in options if not self.unsupported(o, records)]

    def improvement_fit(self, criterion: str, records: Sequence[str]) -> str | None:
        """The improvement point for the fault most of the `records` describe, or None
        when the criterion has none that any record describes."""
        best, most = None, 0
        for pattern, text in self.improve_fits.get(criterion, ()):
            n = sum(1 for r in records if pattern.search(r))
            if n > most:
                best, most = text, n
        return best

    def states_consequence(self, records: Sequence[str]) -> bool:
        """Whether any of the records states a consequence."""
        return any(self._states(r) for r in records)

    def _states_one(self, text: str) -> bool:
        return self._consequence.search(text) is not None
