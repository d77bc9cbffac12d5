"""What a sentence may say only when the evidence says it (`support.toml`).

- *Particulars*: a wording that names a document, an activity, a body or a manner
  ("case plans", "supervision", "the local family justice board", "seen only briefly")
  is used only when one of the records behind the sentence mentions it;
- *consequences*: "As a result, ..." only where a record states a consequence;
- *attributed claims*: the frames for a claim about the service said as what its
  sources say (`exporters.draft.attributed`);
- *methods*: how inspectors gathered evidence, from the sources recorded.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


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


class Support:
    """The data of `support.toml`, and the checks made with it."""

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as fh:
            d: dict[str, Any] = tomllib.load(fh)
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
        self.one: dict[str, tuple[str, ...]] = {
            k: tuple(p[f"one_{k}"]) for k in ("person_for", "person_against")
        }
        self.improve_fits: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        for f in d["improve_fit"]:
            fit = (_words_pattern(f["evidence"], prefix=True), f["text"])
            self.improve_fits.setdefault(f["criterion"], []).append(fit)
        self._consequence = _words_pattern(d["consequence_cues"], prefix=False)
        m = d["methods"]
        self.methods = Methods(
            m["sentence"], m["read"], m["observed"], m["spoke"], m["none"],
            dict(m["read_sources"]), dict(m["observed_sources"]), dict(m["spoke_sources"]),
        )  # fmt: skip

    def unsupported(self, text: str, records: Sequence[str]) -> list[str]:
        """The particulars `text` names that none of the `records` mentions."""
        out = []
        for p in self.particulars:
            if p.draft.search(text) and not any(p.evidence.search(r) for r in records):
                out.append(p.name)
        return out

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
        return any(self._consequence.search(r) for r in records)
