"""An area's only case of a rarer kind of work is never named in its section (issue 15,
case16; tester 15's jigsaw risk).

Tester 15's Area 3 said "File evidence points to shortfalls in the work on secure
accommodation applications. [One case only]", and the comment beside its safeguarding
claim quoted that case's note, "Secure accommodation: young person self-harmed in the
unit twice".  The area's sample held one secure accommodation case: the report's area,
the kind of application and a detail of the child's life together point to one child,
though no name is given (a jigsaw).

The rule, applied once the whole report is drafted (`withhold`): in an area's section,
where the area's sample holds only one case of a kind of rarer work (`rarerwork`: secure
accommodation, placement orders, leave to remove, ...: `drafting.toml` [rarer_work]),

- a sentence of the body that names that kind (its name or one of its cues) is left
  out, and one bracketed marker at the end of the section tells the lead that a finding
  on the area's only case of a kind was left out and why, without naming the kind (the
  finding can be said, if it must, where it names no area: "Information about this
  inspection" lists the rarer work sampled);
- an excerpt in the margin that names that kind is left out (the claim keeps its tally
  and its other excerpts; the CSV trace keeps every record id).

Two cases of a kind in an area are not one child.  A national section names no area,
save in an example or quotation ("For example, in Area 3, ..."): one naming an area and a
kind of which that area sampled one case is left out, and an excerpt beside a sentence
naming such an area that names the kind leaves the margin (`_withhold_named`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache

from exporters.draft.areagroups import area_groups
from exporters.draft.data import DraftData
from exporters.draft.fitting import has_any_words
from exporters.draft.rarerwork import Kind, case_kinds
from exporters.draft.tables import drafting_table
from exporters.draft.words import join_list
from exporters.model import Paragraph, ReportModel, Section, Sentence

_IN_AREA = re.compile(r"\bArea (\d+[a-z]?)\b")
_WITH_CLAIM = ("example", "quote", "impact")  # what follows a claim and belongs to it


@cache
def _marker() -> str:
    """`drafting.toml` [rare_alone] `marker`."""
    return str(drafting_table("rare_alone")["marker"])


def lone_kinds(data: DraftData, codes: Iterable[str]) -> list[Kind]:
    """The kinds of rarer work of which the sample of the areas `codes` holds exactly one
    case read."""
    kinds = case_kinds(data)
    cases = set().union(*(data.cases_in_area.get(c, set()) for c in codes))
    count = Counter(kinds[k] for k in cases if k in kinds)
    return [kind for kind, n in count.items() if n == 1]


def _words(kinds: Iterable[Kind]) -> tuple[str, ...]:
    return tuple(w for k in kinds for w in (k.one, k.many, *k.cues))


def names_kind(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` names one of the kinds whose words are `words`."""
    return bool(words) and has_any_words(text, words)


def withhold(report: ReportModel, data: DraftData) -> None:
    """Apply the rule (see the module docstring) to the drafted report, in place."""
    by_code = {join_list(list(g)): g for g in area_groups(data)}
    lone: dict[str, tuple[str, ...]] = {}

    def words_for(codes: tuple[str, ...]) -> tuple[str, ...]:
        key = " ".join(codes)
        if key not in lone:
            lone[key] = _words(lone_kinds(data, codes))
        return lone[key]

    for sec in report.sections:
        if sec.kind == "area" and sec.area_code in by_code:
            _withhold_area(sec, words_for(by_code[sec.area_code]))
        elif sec.kind != "area":
            _withhold_named(sec, words_for)


def _withhold_named(sec: Section, words_for: Callable[[tuple[str, ...]], tuple[str, ...]]) -> None:
    """A section that is no area's: an example or quotation that names an area ("For
    example, in Area 3, ...") and a kind of which that area sampled one case is left out
    (the claim it follows stands, its tally in the comment); an excerpt beside a sentence
    naming such an area that names the kind leaves the margin.  Each area named is
    weighed on its own sample: one case in Area 3 and one in Area 5 are two children."""
    for group in (sec.intro, sec.paragraphs):
        for k, p in enumerate(group):
            out = []
            for s in p.sentences:
                named = dict.fromkeys(_IN_AREA.findall(s.text))
                words = tuple(w for a in named for w in words_for((a,)))
                if s.role in ("example", "quote") and names_kind(s.text, words):
                    continue
                _trim_excerpts(s, words)
                out.append(s)
            if len(out) != len(p.sentences):
                group[k] = p.model_copy(update={"sentences": out})


def _trim_excerpts(s: Sentence, words: tuple[str, ...]) -> None:
    if words and s.excerpts:
        s.excerpts = [x for x in s.excerpts if not names_kind(x, words)]


def _withhold_area(sec: Section, words: tuple[str, ...]) -> None:
    """One area's section: sentences naming a lone kind left out, a marker after its last
    paragraph where any was, and excerpts naming one left out."""
    if not words:
        return
    left: list[Sentence] = []
    for group in (sec.intro, sec.paragraphs):
        kept: list[Paragraph] = []
        for p in group:
            out: list[Sentence] = []
            dropping = False  # a left-out claim's example, quotation or consequence too
            for s in p.sentences:
                dropping = names_kind(s.text, words) or dropping and s.role in _WITH_CLAIM
                if dropping:
                    left.append(s)
                    continue
                _trim_excerpts(s, words)
                out.append(s)
            if out:
                kept.append(p.model_copy(update={"sentences": out}))
            elif not p.sentences:
                kept.append(p)
        group[:] = kept
    if not left:
        return
    crits = sorted({c for s in left for c in s.criteria})
    marker = Sentence(
        text=_marker(), role="marker", criteria=crits,
        basis="Left out: " + " | ".join(s.basis for s in left if s.basis),
    )  # fmt: skip
    if sec.paragraphs:
        last = sec.paragraphs[-1]
        sec.paragraphs[-1] = last.model_copy(update={"sentences": [*last.sentences, marker]})
    else:
        sec.paragraphs.append(Paragraph(sentences=[marker]))
