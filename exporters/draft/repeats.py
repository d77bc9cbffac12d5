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

The flag and the warning ("say it once") pair only two sentences saying the same thing
the same way (`same_finding`; tester 29's F15: the leadership section's opening named
"the attention given to children's diversity and identity" among its weaknesses, from a
national audit, and Area 1's claim showed strengths in it, from its own audit; the lead
was told to say it once).  Two sentences on different points (their criteria, each
with the point it makes the same as, `tallies.same_point`, share none: "in almost all
of the cases with evidence on case planning" beside "... on representing children's
interests") are no repeat; nor two saying their shared words opposite ways (`way`: a
claim's direction, else the cue nearest the shared words, `repeats.toml` [ways]).
Where either way cannot be told, two sentences each drawn from records are the same
finding only where they share one.  The share of sentences said again (`share`, the QA
view's measure of the report's voice) counts every near-verbatim sentence.
"""

from __future__ import annotations

import re
from functools import cache

from exporters.draft.sameness import RUN, Index, near_any, runs
from exporters.draft.tallies import same_point
from exporters.draft.trace import normal
from exporters.draft.wording import wording_table
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


def repeated_across(report: ReportModel, findings: bool = False) -> tuple[list[Repeat], int]:
    """Each sentence of a section (the summary aside) said word for word or nearly in
    another section, with that section; and how many sentences were compared.  A
    bracketed note inside a sentence ("[Check before use: ...]") is no prose and is
    compared without it.  With `findings`, only where the two say the same thing the
    same way (`same_finding`)."""
    sections = _prose(report)
    shingled = [[_runs(s) for s in own] for _w, own in sections]
    indexes = []
    for rs in shingled:
        index = Index()
        for r in rs:
            index.add(r)
        indexes.append(index)
    out: list[Repeat] = []
    for k, (where, own) in enumerate(sections):
        for s, r in zip(own, shingled[k], strict=True):
            other = next((j for j, index in enumerate(indexes) if j != k and (
                any(same_finding(s, sections[j][1][n]) for n in index.near_ones(r))
                if findings else index.near(r))), None)  # fmt: skip
            if other is not None:
                out.append(Repeat(where, s, sections[other][0]))
    return out, sum(len(own) for _w, own in sections)


def _runs(s: Sentence) -> frozenset[str]:
    return runs(normal(_BRACKETED.sub(" ", s.text)))


@cache
def _ways() -> tuple[tuple[tuple[tuple[str, ...], str], ...], frozenset[str], int, tuple[str, ...]]:
    """`repeats.toml` [ways]: the cues (words, way), longest first; the negations, their
    reach, and the phrases that are no cue."""
    t = wording_table("repeats.toml")["ways"]
    cues = [(tuple(str(c).split()), way) for way in ("for", "against") for c in t[way]]
    cues.sort(key=lambda c: -len(c[0]))
    return (tuple(cues), frozenset(t["negations"]), int(t["negation_reach"]),
            tuple(str(c) for c in t["no_cue"]))  # fmt: skip


_TOKEN = re.compile(r"[a-z0-9]+|[.;:!?]")


def way(s: Sentence, shared: frozenset[str]) -> str:
    """Which way a sentence says the words it shares with another (`shared`, their
    common `runs`): "for", "against", or "" where it cannot be told (the module
    docstring, and `repeats.toml` [ways])."""
    if s.role == "claim" and s.direction in ("for", "against"):
        return s.direction
    cues, negations, reach, no_cue = _ways()
    text = _BRACKETED.sub(" ", s.text).lower().encode("ascii", "replace").decode("ascii")
    for phrase in no_cue:
        text = re.sub(rf"\b{re.escape(phrase)}\b", " ", text)
    words: list[str] = []
    clause: list[int] = []  # each word's clause: how many clause ends come before it
    ends = 0
    for t in _TOKEN.findall(text):
        if t[0].isalnum():
            words.append(t)
            clause.append(ends)
        else:
            ends += 1
    covered = [k for k in range(max(1, len(words) - RUN + 1))
               if " ".join(words[k : k + RUN]) in shared]  # fmt: skip
    if not covered:
        return ""
    first, last = covered[0], min(covered[-1] + RUN, len(words)) - 1
    found = []  # (start, end, way)
    for k in range(len(words)):
        for cue, w in cues:
            if tuple(words[k : k + len(cue)]) == cue:
                if negations & set(words[max(0, k - reach) : k]):
                    w = "against" if w == "for" else "for"
                found.append((k, k + len(cue), w))
                break  # the longest cue starting here
    before = [f for f in found if f[1] <= first and clause[f[0]] == clause[first]]
    among = [f for f in found if f[0] >= first and f[1] <= last + 1]
    after = [f for f in found if f[0] > last and clause[f[0]] == clause[last]]
    if before:
        return max(before, key=lambda f: (f[1], -f[0]))[2]
    return (among or after or [(0, 0, "")])[0][2]


def _points(s: Sentence) -> frozenset[str]:
    return frozenset(c for criterion in s.criteria for c in same_point(criterion))


def same_finding(a: Sentence, b: Sentence) -> bool:
    """Whether two near-verbatim sentences say the same thing the same way (the module
    docstring): on a common point where both name criteria, the same way where both ways
    can be told, else from a record in common where both are drawn from records."""
    pa, pb = _points(a), _points(b)
    if pa and pb and not pa & pb:
        return False
    shared = _runs(a) & _runs(b)
    wa, wb = way(a, shared), way(b, shared)
    if wa and wb:
        return wa == wb
    ea, eb = set(a.evidence_ids), set(b.evidence_ids)
    return not (ea and eb) or bool(ea & eb)


def mark(report: ReportModel) -> list[Repeat]:
    """Flag each sentence said again in another section, the same thing the same way
    (`same_finding`), its comment naming the other section; the repeats found."""
    found, _total = repeated_across(report, findings=True)
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
