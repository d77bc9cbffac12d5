"""A reader's check that the summary of key findings never contradicts the body on the
same point (issue 15, tester 11's claim 3: a key finding said "weaknesses in managers'
oversight" while the national section on it said "both strengths and weaknesses").

The check reads a whole draft (`ReportModel`) as a reader would, from each sentence's
words, its direction and the tally in its comment, not from the drafter's rules:

- a body sentence's stance on its criterion: the side it states ("for", "against"),
  the larger side of a balanced sentence that states one ("the majority ..., though not
  in some"), or "even" where it says neither side is the finding ("both strengths and
  weaknesses", "a mixed picture", "about half", or counts one case apart);
- a key finding's stance: the side it states, or "even" where it says both;
- which sections a key finding is on the same point as: the area sections it names, the
  law type's section it names (else both law types' for a point about cases), the
  national leadership's section for a finding about the national leadership, and the
  national sections holding its criterion for another point about the service.

A disagreement is a key finding on one side where such a section says the other side,
or one-sided where the section says neither side is the finding (or the other way
round); for a point about cases said of the whole sample, only the opposite side (a law
type with about half its cases weak does not contradict "a weakness in the majority of
the cases inspectors could assess").

`unmarked`: a key finding on a point that a section marks "[Check before use: the note
behind this may not be about ...]" without that marker.  `proportions`: a key finding
giving a point's share of one law type's (area's) cases in other words than that law
type's (area's) section.  Where: a key finding naming areas or a law type is compared
with those sections in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from exporters.draft.words import NUMBER_WORDS, words
from exporters.model import ReportModel, Section, Sentence
from store.framework import load_framework

EVEN = re.compile(
    r"both strengths and weaknesses|\bmixed\b|unevenly|about half|\bhalf of\b|other half|"
    r"\bdivided\b|in equal measure|\bsplit\b",
    re.IGNORECASE,
)
_CASES = re.compile(r"In (\d+) of (\d+) cases with a view on \w+; against in (\d+)")
_RECORDS = re.compile(r"(\d+) strength and (\d+) development records")
_AREA = re.compile(r"\((Areas? [^)]*)\)")
LAWS = ("private law", "public law")


@dataclass(frozen=True)
class Said:
    """One sentence's stance on one criterion, and where it is."""

    section: str
    criterion: str
    stance: str  # "for", "against", "even"
    text: str


def _counts(basis: str) -> tuple[int, int] | None:
    """The sides a sentence's comment gives: cases for and against, records and case
    files added together for a finding about the service."""
    pos = neg = 0
    found = False
    for m in _CASES.finditer(basis):
        pos, neg, found = pos + int(m[1]), neg + int(m[3]), True
    for m in _RECORDS.finditer(basis):
        pos, neg, found = pos + int(m[1]), neg + int(m[2]), True
    return (pos, neg) if found else None


def body_stance(s: Sentence) -> str:
    """How a body sentence weighs its point, as a reader takes it."""
    if s.direction in ("for", "against"):
        return s.direction
    if EVEN.search(s.text):
        return "even"
    counts = _counts(s.basis)
    if counts is None:
        return "even"
    pos, neg = counts
    if abs(pos - neg) <= 1 and min(pos, neg) >= 2 or pos == neg:
        return "even"
    return "for" if pos > neg else "against"


# "In some of the cases ..." opening a key finding reads as "... in some of the cases".
_SHARES = re.compile(
    r"\b[Ii]n (a (?:very )?small number|a few|some|many|most|the majority|the vast majority|"
    r"almost all|all|about half|half|both|\w+ of the \w+)\b"
)
_MINOR = {"a small number", "a very small number", "a few", "some"}


def _minority(share: str) -> bool:
    """Whether a share in counts ("four of the 15": a share of few of the sampled cases
    is said so, tester 28's A2) is fewer than half."""
    m = re.fullmatch(r"(\w+) of the (\w+)", share)
    if m is None:
        return False
    k, n = (NUMBER_WORDS.index(x) if x in NUMBER_WORDS else int(x) if x.isdigit() else -1
            for x in (m[1].lower(), m[2]))  # fmt: skip
    return k >= 0 and 2 * k < n


def key_stance(s: Sentence) -> str:
    """How a key finding weighs its point: the side it states, or "even" where it says
    both; one stating a weakness (strength) in a small number of the cases only (every
    share it gives a minority) says that the others go the other way, and is read so."""
    if EVEN.search(s.text) or s.direction == "balanced":
        return "even"
    shares = _SHARES.findall(s.text.split(";")[0])
    if shares and all(x in _MINOR or _minority(x) for x in shares):
        return "for" if s.direction == "against" else "against"
    return s.direction


def _names(sec: Section) -> list[str]:
    """The ways a key finding names an area section: "Area 12", "Areas 15a and 15b",
    its place name ("London North")."""
    out = []
    if m := _AREA.search(sec.heading):
        out.append(m[1])
    if " in " in sec.heading and "(" in sec.heading:
        place = sec.heading.split(" in ", 1)[1].split(" (", 1)[0]
        out.append(place)
    return out


def _named(text: str, sec: Section) -> bool:
    return any(re.search(rf"\b{re.escape(name)}\b(?!\d)", text) for name in _names(sec))


def body(report: ReportModel) -> dict[str, list[Said]]:
    """Each section's claims, by heading."""
    out: dict[str, list[Said]] = {}
    for sec in report.sections:
        if sec.kind not in ("judgement", "area"):
            continue
        said = out.setdefault(sec.heading, [])
        for p in sec.paragraphs:
            for s in p.sentences:
                if s.role != "claim" or not s.direction:
                    continue
                said += [Said(sec.heading, c, body_stance(s), s.text) for c in s.criteria]
    return out


def _same_point(report: ReportModel, kf: Sentence) -> tuple[list[Section], bool]:
    """The sections a key finding is on the same point as, and whether it is compared in
    full (balance as well as side)."""
    text = kf.text
    areas = [sec for sec in report.sections if sec.kind == "area" and _named(text, sec)]
    every = "every area visited" in text
    if every:
        areas = [sec for sec in report.sections if sec.kind == "area"]
    judged = [sec for sec in report.sections if sec.kind == "judgement"]
    laws = [law for law in LAWS if law in text]
    both = "both private and public law" in text
    law_secs = [
        sec for sec in judged if any(law in sec.heading for law in (LAWS if both else laws))
    ]
    if areas or laws:
        return [*areas, *law_secs], True
    if "national leadership" in text:  # a finding about the leadership: its own section
        judged = [sec for sec in judged if "national organisation" in sec.heading] or judged
    return judged, not kf.by_cases and not _about_cases(report, kf)


def _about_cases(report: ReportModel, kf: Sentence) -> bool:
    """Whether the body states a key finding's criteria as shares of cases."""
    for sec in report.sections:
        for p in sec.paragraphs:
            for s in p.sentences:
                if s.role == "claim" and s.by_cases and set(s.criteria) & set(kf.criteria):
                    return True
    return False


def disagreements(report: ReportModel) -> list[str]:
    """Every key finding whose side or balance differs from a section's sentence on the
    same criterion, said as a reader would report it."""
    summary = next((s for s in report.sections if s.kind == "summary"), None)
    if summary is None:
        return []
    said = body(report)
    out = []
    for p in summary.paragraphs:
        for kf in p.sentences:
            if kf.role not in ("claim", "headline") or kf.direction not in (
                "for",
                "against",
                "balanced",
            ):
                continue
            if _counts_concerns(kf):
                continue
            mine = key_stance(kf)
            secs, full = _same_point(report, kf)
            for sec in secs:
                for b in said.get(sec.heading, []):
                    if b.criterion not in kf.criteria:
                        continue
                    clash = mine != b.stance if full else {mine, b.stance} == {"for", "against"}
                    if clash:
                        out.append(
                            f"key finding ({mine}) {kf.text!r} vs {sec.heading!r} "
                            f"({b.stance}) on {b.criterion}: {b.text!r}"
                        )
    return out


def _counts_concerns(kf: Sentence) -> bool:
    """Whether a key finding only counts the safeguarding concerns inspectors found to
    escalate (its comment says how many were recorded, and nothing else): a count of
    concerns, of any law type, states no side of a point of practice (the drafter's own
    rule, `themes.one_way`), so no section's balance on it can contradict it."""
    return kf.basis.startswith("Safeguarding concerns recorded on") and " for, " not in kf.basis


_TAG = re.compile(r"\[Check before use: the note behind this may not be about ([^\]]+)\]")


@cache
def _nouns() -> dict[str, str]:
    """Each criterion's noun, as the markers name it (the 2018 framework's)."""
    fw = load_framework("cafcass-2018")
    w = words()
    return {c.id: w.criterion(fw, c.id).noun for c in fw.criteria}


def unmarked(report: ReportModel) -> list[str]:
    """Every key finding on a criterion that a section's sentence marks "[Check before
    use: the note behind this may not be about ...]" without the same marker (the
    criterion read from the sentence's criteria: the one whose noun the marker names,
    else each of them)."""
    summary = next((s for s in report.sections if s.kind == "summary"), None)
    if summary is None:
        return []
    marked: dict[str, set[str]] = {}
    for sec in report.sections:
        if sec.kind not in ("judgement", "area"):
            continue
        for s in (s for p in sec.paragraphs for s in p.sentences):
            for m in _TAG.finditer(s.text):
                named = [c for c in s.criteria if _nouns().get(c) == m[1]] or s.criteria
                for c in named:
                    marked.setdefault(c, set()).add(m[0])
    out = []
    for kf in (s for p in summary.paragraphs for s in p.sentences):
        if kf.role not in ("claim", "headline"):
            continue
        for c in kf.criteria:
            out += [f"{kf.text!r} lacks {m!r} ({c})" for m in marked.get(c, ()) if m not in kf.text]
    return out


_BAND = re.compile(
    r"\bin (all|almost all|the vast majority of(?: the)?|most of the|the majority of(?: the)?|many of the|"
    r"some of the|a small number of the|a very small number of the|about half of the|"
    r"half of the|both|\w+ of the \w+|all \w+) (?:private law |public law )?cases"
)


def proportions(report: ReportModel) -> list[str]:
    """Every key finding giving a point's share of one law type's or one area's cases
    in other words than that law type's (area's) section gives it ("the majority of"
    in one, "most" in the other): read from the clause naming the point's noun."""
    summary = next((s for s in report.sections if s.kind == "summary"), None)
    if summary is None:
        return []
    said = body(report)
    out = []
    for kf in (s for p in summary.paragraphs for s in p.sentences):
        if kf.role != "claim" or kf.direction not in ("for", "against"):
            continue
        secs, full = _same_point(report, kf)
        if not full or len(secs) != 1:
            continue  # several places: each section gives its own share
        for c in kf.criteria:
            noun = _nouns().get(c, "")
            at = kf.text.find(noun) if noun else -1
            m = _BAND.search(kf.text, at) if at >= 0 else None
            if m is None:
                continue
            word = m[1].removesuffix(" of the").removesuffix(" of").removeprefix("the ")
            for b in said.get(secs[0].heading, []):
                if b.criterion == c and word.lower() not in b.text.lower():
                    out.append(f"{kf.text!r} says {m[1]!r} of {c}; {secs[0].heading!r}: {b.text!r}")
    return out
