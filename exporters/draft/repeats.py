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

from exporters.draft.sameness import Index, near_any, runs
from exporters.draft.trace import normal
from exporters.model import Flag, ReportModel, Section, Sentence

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


_LEANING = ("example", "impact", "quote")  # a sentence that leans on the one before it
_FINDINGS = ("judgement", "area")  # the sections of findings (not the summary, the points)


def said_once(report: ReportModel) -> list[str]:
    """Each finding about the service said twice in the same words, said once (issue 15:
    the draft should not say one thing twice; tester 16's "Audit findings show that
    leaders use audits and reviews well" in Area 3, on the one record the section on local
    services counts, with others, for "Audit findings suggest that leaders use audits and
    reviews well"): a claim on records about the service (no case's, not stated as a share
    of cases) said word for word or nearly (`sameness`) by a claim of another section of
    findings that counts all its records, on the same criteria and the same way, is left
    to that one, with the examples and consequences that lean on it, where its paragraph
    keeps a sentence of its own; between two on the same records, the later.  An area's
    finding in words of its own stays (it says what the area's records show: tester 16's
    Area 9, and an area whose leaders' weaknesses decide its grade).  The headings of the sections that
    lost one, in order."""
    claims = [(k, s) for k, sec in enumerate(report.sections) if sec.kind in _FINDINGS
              for p in (*sec.intro, *sec.paragraphs) for s in p.sentences
              if s.role == "claim" and not s.by_cases and not s.case_refs
              and s.evidence_ids and s.criteria and s.direction in ("for", "against")]  # fmt: skip
    gone: list[str] = []
    dropped: set[int] = set()
    shingled = {id(s): runs(normal(_BRACKETED.sub(" ", s.text))) for _k, s in claims}
    for k, s in claims:
        mine = set(s.evidence_ids)
        if any(j != k and id(o) not in dropped and o.direction == s.direction
               and set(o.criteria) == set(s.criteria) and mine <= set(o.evidence_ids)
               and (mine < set(o.evidence_ids) or j < k)
               and near_any(shingled[id(s)], [shingled[id(o)]]) for j, o in claims):  # fmt: skip
            sec = report.sections[k]
            if _drop(sec, s):
                dropped.add(id(s))
                gone.append(sec.heading)
    return gone


def _drop(sec: Section, s: Sentence) -> bool:
    """Take `s`, and the sentences after it that lean on it, out of its paragraph where
    the paragraph keeps a sentence of prose; whether it did."""
    for p in (*sec.intro, *sec.paragraphs):
        at = next((n for n, t in enumerate(p.sentences) if t is s), None)
        if at is None:
            continue
        end = at + 1
        while end < len(p.sentences) and p.sentences[end].role in _LEANING:
            end += 1
        rest = p.sentences[:at] + p.sentences[end:]
        if not any(t.role not in NOT_PROSE for t in rest):
            return False
        p.sentences = rest
        return True
    return False
