"""A national section's claim whose one record is a figure from the very measure the claim
is about, said as that figure (issue 15, tester 35's A5: "The service's figures reflect
well on the performance information." from "Perf data: 97% of SG letters filed before
FHDRA across the NW; Cumbria 84%.": a verdict on the figures by the figures, saying
nothing, from a note whose figure lags in one area).

- A record is about its own source where every word of its source's noun ("performance
  information") is among those the criterion is named by (`about_its_source`).
- A claim about the service resting on that one record alone and stating none of its
  figures (`bare`) is said as the record's figure sentence (`leadersfigures`): what the
  figure measures, with its figure, after its source (`says_claim`); for such a claim
  the record's figures speak of the criterion whatever they count.  A claim stating a
  figure already, or resting on more records, keeps its sentence and its figures' rule.
- A place and its own share after a figure ("Cumbria 84%") is the same measure there:
  said with it, "though" where it differs ("97% of safeguarding letters are filed before
  the first hearing across the North West, though 84% in Area 15"), so that a figure
  lagging in one area is said as mixed (`with_places`).  A visited area is named as the
  report names it; an event named by its abbreviation takes "the" ("before the
  FHDRA").  A figure that cannot be said as a clause is not said: the claim's
  sentence and its comment stay as they were.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from exporters.draft.areagroups import area_label
from exporters.draft.data import DraftData
from exporters.draft.relevance import stems
from exporters.model import Sentence

# A place in capitals and its share, nothing more ("Cumbria 84%", "North Wales 71%").
_PLACE_SHARE = re.compile(
    r"^(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s+(?P<share>\d[\d.,]*\s*%)$"
)
_SHARE = re.compile(r"\d[\d.,]*(?=\s*%)")
# An event a note names by its abbreviation with no article ("filed before FHDRA").
_BARE_EVENT = re.compile(r"\b(before|after|at|until|by) (?=[A-Z]{3,6}\b(?![’']))")


def about_its_source(d: DraftData, crit: str, i: int) -> bool:
    """Whether record `i`'s source is what criterion `crit` is about (see the module
    docstring)."""
    mine = stems(d.words.source_nouns.get(d.source[i], ""))
    w = d.words.criterion(d.framework, crit)
    return bool(mine) and mine <= stems(f"{w.noun} {w.about_what}")


def _place(d: DraftData, place: str) -> str:
    """A place as the report names it: a visited area by its number."""
    area = next((a for a in d.areas if a.visited and a.name.lower() == place.lower()), None)
    return area_label([area.code]) if area is not None else place


def with_places(d: DraftData, clauses: Sequence[str]) -> list[str]:
    """A note's clauses with each place and its share said with the figure before it
    (see the module docstring)."""
    out: list[str] = []
    for part in (_BARE_EVENT.sub(r"\1 the ", c) for c in clauses):
        m = _PLACE_SHARE.match(part.strip())
        before = _SHARE.findall(out[-1]) if out else []
        if m is None or not before:
            out.append(part)
            continue
        same = _SHARE.findall(m["share"]) == before[-1:]
        out[-1] += f"{' and' if same else ', though'} {m['share']} in {_place(d, m['place'])}"
    return out


def bare(d: DraftData, s: Sentence, i: int) -> bool:
    """Whether claim `s` rests on record `i` alone, about its own source, and states no
    figure of it: a verdict on the figures by the figures."""
    return (s.evidence_ids == [d.ids[i]] and len(s.criteria) == 1
            and not re.search(r"\d", s.text) and about_its_source(d, s.criteria[0], i))  # fmt: skip


def says_claim(d: DraftData, s: Sentence, figure: Sentence) -> bool:
    """Whether the figure sentence says claim `s`: the claim is bare (`bare`) and the
    figure is from its one record."""
    i = d.index_of.get(s.evidence_ids[0]) if len(s.evidence_ids) == 1 else None
    return i is not None and figure.evidence_ids == s.evidence_ids and bare(d, s, i)


def as_claim(s: Sentence, figure: Sentence) -> Sentence:
    """The figure sentence in the claim's place, the claim's trace kept."""
    why = "said as its figure: its one record is a figure from the measure it is about"
    return figure.model_copy(update={
        "role": s.role, "criteria": list(s.criteria), "direction": s.direction,
        "basis": f"{s.basis}; {why}" if s.basis else why, "flags": list(s.flags),
    })  # fmt: skip
