"""Sentences said twice anywhere in the report (issue 15, tester 15 D5: the private law
section's "Performance information and interviews with managers and judges reflect
well on the quality of work on private law applications" was said again, near word
for word, in the leadership section, while the export reported 0% repeated: its
measure, `document.repeated_sentences`, compares the area sections only with each
other).

`repeated_across` compares each section's prose with every other section's, area or
national: a sentence said word for word or nearly (`sameness`) in another section.  The
summary (key findings, improvement points) is left out: it gathers what the sections
find, in its own clauses by design.  So are the sentences that are no prose drafted
from the evidence (markers and placeholders to the lead, fixed text) and quotations (a
note's own words, never used twice: `trace.Used`).  `mark` flags each such sentence for
the QA reader ("said in another section", its comment naming the other section);
`warning` tells the lead where one of the two is not an area's (two areas' sentences
are the areas' own warning), naming up to three.  The drafting itself says a claim
about the service once (`attributed.attributed_claim`).
"""

from __future__ import annotations

import re

from exporters.draft.sameness import Index, runs
from exporters.draft.trace import normal
from exporters.model import Flag, ReportModel, Sentence

NOT_PROSE = ("marker", "placeholder", "fixed", "quote")
FLAG: Flag = "said in another section"
_BRACKETED = re.compile(r"\[[^\]]*\]")


class Repeat:
    """A sentence said again: its section (heading, whether an area's), the sentence,
    and the first other section that says it (heading, whether an area's)."""

    def __init__(self, where: tuple[str, bool], sentence: Sentence, other: tuple[str, bool]):
        self.heading, self.area = where
        self.sentence = sentence
        self.other, self.other_area = other


def _prose(report: ReportModel) -> list[tuple[tuple[str, bool], list[Sentence]]]:
    return [((sec.heading, sec.kind == "area"),
             [s for p in (*sec.intro, *sec.paragraphs) for s in p.sentences
              if s.role not in NOT_PROSE and s.text.strip()])
            for sec in report.sections if sec.kind != "summary"]  # fmt: skip


def repeated_across(report: ReportModel) -> tuple[list[Repeat], int]:
    """Each sentence of a section (the summary aside) said word for word or nearly in
    another section, with that section; and how many sentences were compared.  A
    bracketed note inside a sentence ("[Check before use: ...]") is no prose and is
    compared without it."""
    sections = _prose(report)
    shingled = [[runs(normal(_BRACKETED.sub(" ", s.text))) for s in own] for _w, own in sections]
    indexes = []
    for rs in shingled:
        index = Index()
        for r in rs:
            index.add(r)
        indexes.append(index)
    out: list[Repeat] = []
    for k, (where, own) in enumerate(sections):
        for s, r in zip(own, shingled[k], strict=True):
            other = next((j for j, index in enumerate(indexes) if j != k and index.near(r)), None)
            if other is not None:
                out.append(Repeat(where, s, sections[other][0]))
    return out, sum(len(own) for _w, own in sections)


def mark(report: ReportModel) -> list[Repeat]:
    """Flag each sentence said again in another section, its comment naming the other
    section; the repeats found."""
    found, _total = repeated_across(report)
    for r in found:
        s = r.sentence
        if FLAG not in s.flags:
            s.flags = [*s.flags, FLAG]
            s.notes = [*s.notes, f"Said word for word or nearly in ‘{r.other}’ too."]
    return found


def share(report: ReportModel) -> float:
    """The share of the report's sentences (the summary aside) said word for word or
    nearly in another section."""
    found, total = repeated_across(report)
    return len(found) / total if total else 0.0


def warning(found: list[Repeat]) -> list[str]:
    """The lead's warning about sentences said again in another section where one of the
    two sections is not an area's, up to three named by their opening words."""
    mine = [r for r in found if not (r.area and r.other_area)]
    if not mine:
        return []
    n = len(mine)
    shown = "; ".join(f"'{_opening(r.sentence.text)}' ({r.heading}; also in {r.other})"
                      for r in mine[:3])  # fmt: skip
    said = "1 sentence says" if n == 1 else f"{n} sentences say"
    return [f"{said} the same as a sentence of another section, word for word or nearly: "
            f"say it once, e.g. {shown}."]  # fmt: skip


def _opening(text: str, limit: int = 60) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
