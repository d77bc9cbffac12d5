"""The whole draft in the report's order, and one area's section cut from it.

`draft_report` drafts every section with one `Voice` and one `Used` (so no sentence,
example or quotation is repeated anywhere), then finishes the document: abbreviations
written out once, at their first use in the document, paragraphs numbered, terms footnoted at
their first use, sentences resting on records in conflict marked, and the warnings the
lead should see.  `draft_area` cuts an area's section from the whole report, so the area
exported on its own and the same area in the report hold the same text; the whole draft
of one `DraftData` is made once for every area asked of it and for `draft_report`.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from datetime import UTC, datetime

from exporters.draft import childtold, nearcopies, rarealone, repeats, seenrecord
from exporters.draft.areagroups import area_groups
from exporters.draft.data import DraftData, DraftOptions
from exporters.draft.front import (
    dates_line,
    inspection_section,
    organisation_sections,
    overall_section,
    summary_section,
)
from exporters.draft.glossary import (
    TermUses,
    abbreviated,
    mark_at,
    quoted_note,
    spell_out_once,
    working_terms,
)
from exporters.draft.improvements import improvements_section
from exporters.draft.previouslinks import carried_forward
from exporters.draft.quotations import Quotations
from exporters.draft.sameness import near_any, runs
from exporters.draft.sections import area_section, judgement_section
from exporters.draft.trace import Used, Voice, normal, trim_excerpts
from exporters.draft.words import Term
from exporters.errors import ExportError
from exporters.model import Footnote, FootnoteRef, Properties, ReportModel, Section, Sentence
from store.errors import NotFoundError

MAX_REPEATED_SHARE = 0.10
_BRACKETED = re.compile(r"\[[^\]]*\]")
_CAPITALS = re.compile(r"\b(?:[A-Z]{2,}s?|[A-Z][a-z]?[A-Z]+)\b")


def draft_report(data: DraftData, options: DraftOptions | None = None) -> ReportModel:
    """The whole draft, in the 2018 report's order."""
    return _drafted(data, options)[0]


Repeated = list[tuple[str, str]]
"""Area-section sentences said again in another area's section: (heading, sentence)."""

_WHOLE: dict[int, tuple[ReportModel, Repeated]] = {}
"""The last whole draft of each `DraftData` still in use, by its id (dropped when it
goes), for `draft_area` to cut its sections from (`_whole`)."""


def _keep(data: DraftData, drafted: tuple[ReportModel, Repeated]) -> None:
    if id(data) not in _WHOLE:
        weakref.finalize(data, _WHOLE.pop, id(data), None)
    _WHOLE[id(data)] = drafted


def _whole(data: DraftData) -> tuple[ReportModel, Repeated]:
    """The whole draft of `data` that `draft_report` or an earlier `draft_area` made, else
    a new one.  A `DraftData` is read from the store once and drafting does not change
    it, so its draft is the same every time, whatever the options (they only number the
    paragraphs and footnote the terms: `finish`, which `draft_area` does again on its
    own copy of the section); a whole draft of the demo is a second or more of CPU."""
    made = _WHOLE.get(id(data))
    return made if made is not None else _drafted(data, DraftOptions(footnotes=False))


def _drafted(data: DraftData, options: DraftOptions | None) -> tuple[ReportModel, Repeated]:
    """The whole draft, and its area sentences said again in another area (found once,
    for the report's share, its note to the lead and an area's own export); kept for
    `draft_area` while `data` is (`_WHOLE`)."""
    opts = options or DraftOptions()
    fw = data.framework
    voice, used = Voice(), Used(data.rules.near_same_share)
    national = [j for j in fw.judgements if j.scope == "national" and not j.overall]
    # The areas choose their wording, examples and quotations first (each area's own
    # evidence is all it has), then the national sections, then the summary.
    areas = [area_section(data, g, voice, used) for g in area_groups(data)]
    judgements = [judgement_section(data, j, voice, used) for j in national]
    summary = summary_section(data, voice, used, [*areas, *judgements])
    org = data.inspection.organisation
    improve = improvements_section(data, judgements)
    carried_forward(data, improve)  # a point the last inspection also made says so
    sections = [
        overall_section(data),
        summary,
        improve,
        *organisation_sections(data, improve),
        Section(kind="judgements", heading=f"Inspection judgements about {org}"),
    ]
    placed = False
    for sec in judgements:
        sections.append(sec)
        if data.words.judgement_kind(fw.judgement(sec.judgement_id or "")) == "local":
            sections += areas
            placed = True
    if not placed:
        sections += areas  # frameworks without a local-services judgement
    sections.append(inspection_section(data))
    report = ReportModel(
        title=data.inspection.title, subtitle=dates_line(data), sections=sections,
        labels={s.code: s.label for s in fw.sources}, properties=properties(data),
    )  # fmt: skip
    trim_excerpts((s for _sec, s in _sentences(report)), data)
    rarealone.withhold(report, data)  # an area's only case of a rarer kind (case16)
    nearcopies.mark(data, report)  # a note written twice, counted once (case36)
    seenrecord.mark(data, report)  # notes on seeing children alone against the record
    repeats.said_once(report)  # a finding about the service said twice (voice18)
    childtold.say_alone(report, data, voice, used)  # a child's words on their own (voice19)
    grade_grammar(report, data.words.grade_phrases)
    spell_out_once(report.sections, (*data.words.terms, *working_terms()))
    mark_conflicts(report, data.words.text["conflict_marker"])
    finish(report, opts, data.words.terms)
    repeated, total = repeated_sentences(report)
    report.repeated_share = len(repeated) / total if total else 0.0
    report.warnings = warnings(report, data, repeated) + repeats.warning(repeats.mark(report))
    _keep(data, (report, repeated))
    return report, repeated


def draft_area(data: DraftData, code: str, options: DraftOptions | None = None) -> ReportModel:
    """One visited area's findings section (with the areas reported with it) as a
    document of its own: the same text as in the whole report."""
    opts = options or DraftOptions()
    visited = [a.code for a in data.areas if a.visited]
    if code not in data.area_by_code:
        known = ", ".join(visited) or "none"
        raise NotFoundError(f"There is no service area {code!r} (visited areas: {known}).")
    if code not in visited:
        known = ", ".join(visited) or "none"
        raise ExportError(
            f"Area {code} was not visited, so it has no findings section to export; "
            f"choose a visited area ({known})."
        )
    group = next(g for g in area_groups(data) if code in g)
    whole, repeated = _whole(data)
    section = next(
        s for s in whole.sections if s.kind == "area" and s.area_code == " and ".join(group)
    ).model_copy(deep=True)
    # A document of its own: an abbreviation the report wrote out in an earlier section
    # is written out at its first use here (tester 20's A7: once in each document).
    spell_out_once([section], (*data.words.terms, *working_terms()))
    report = ReportModel(
        sections=[section], labels=whole.labels,
        properties=whole.properties.model_copy(update={"title": section.heading}),
        repeated_share=whole.repeated_share,
    )  # fmt: skip
    finish(report, opts, data.words.terms)
    # The repeats named are this area's own, where it has any (tester 10's area export
    # named none: its one section was searched for repeats across areas).
    mine = [r for r in repeated if r[0] == section.heading]
    report.warnings = warnings(report, data, mine or repeated)
    return report


def properties(data: DraftData) -> Properties:
    """The Word document's properties, from the inspection."""
    lead = next((i.name for i in data.inspectors if i.role == "lead" and i.active), "")
    insp = data.inspection
    return Properties(
        title=insp.title,
        subject=f"Draft report: {insp.organisation}. {dates_line(data)}",
        author=lead or "Fieldwork",
        keywords=f"{insp.organisation}; {data.framework.id}; draft",
        comments=f"Drafted by Fieldwork on {datetime.now(UTC):%d %B %Y} from the evidence "
        "recorded; check each claim against its comment before use.",
    )


# Abbreviations and footnotes ------------------------------------------------------------


def spell_out(section: Section, terms: tuple[Term, ...]) -> None:
    """Write each abbreviation out at its first use in `section` read alone (as a
    document of its own: `glossary.spell_out`)."""
    spell_out_once([section], terms)


def finish(report: ReportModel, opts: DraftOptions, terms: tuple[Term, ...]) -> ReportModel:
    """Number the numbered paragraphs from `opts.start_number`, continuing through the
    document, and footnote each term at its first use."""
    n = opts.start_number
    for p in report.paragraphs():
        p.number = None
        if p.kind == "numbered":
            p.number = n
            n += 1
        p.footnotes = []
    report.footnotes = []
    if not opts.footnotes:
        return report
    every = _unique_terms((*terms, *working_terms()))
    brackets = abbreviated(every)
    finder = TermUses(every)  # each paragraph's text read once for every term
    texts = [(t, Quotations(t)) for p in report.paragraphs() if not p.boilerplate
             for t in [p.text]]  # fmt: skip
    pending = [t for t in terms if t.note]
    keys = {t.key for t in pending}  # of those, the ones each text uses are looked at
    said_outside = {key for text, quotes in texts for key in finder.found(text).keys() & keys
                    if finder.uses(text, key, quotes, outside=True)}  # fmt: skip
    explained: set[str] = set()  # abbreviations explained in an earlier section
    for sec in report.sections:
        own = [(p, t, Quotations(t)) for p in (*sec.intro, *sec.paragraphs) if not p.boilerplate
               for t in [p.text]]  # fmt: skip
        # Abbreviations the section writes out (`spell_out`) or needs no note for; one
        # only ever quoted is footnoted once in the document, at its first use, as the
        # glossary's terms are (not again in each section that quotes it).
        settled = {t.key for t in every if not (t.short or t.short_plural)} | explained
        settled |= {k for _p, text, q in own for k in finder.found(text) if k not in settled
                    and finder.uses(text, k, q, outside=True)}  # fmt: skip
        for p, text, quotes in own:
            marks = _quoted_marks(text, quotes, every, finder, settled)
            for term in list(pending):
                if term.key not in marks:
                    uses = finder.uses(text, term.key, quotes, outside=True)
                    if uses:
                        marks[term.key] = (mark_at(text, uses[0].end(), brackets), uses[0].start(), term,
                                          term.note)  # fmt: skip
                    elif term.key not in said_outside:  # only ever quoted: after the quotation
                        inside = finder.uses(text, term.key, quotes, outside=False)
                        if not inside:
                            continue
                        span = quotes.around(inside[0].start())
                        end = span[1] if span else inside[0].end()
                        marks[term.key] = (end, inside[0].start(), term, term.note)
                    else:
                        continue
                pending.remove(term)
            # Numbered in the order the marks stand in the text: Word and LibreOffice
            # number footnotes by position, and LibreOffice pairs marks with notes in
            # that order.  Notes falling at one place (two abbreviations in one
            # quotation) are one footnote: one mark per place.
            for end, _at, term, note in sorted(marks.values(), key=lambda f: f[:2]):
                if p.footnotes and p.footnotes[-1].offset == end:
                    report.footnotes[-1].text += f" {note}"
                    continue
                number = len(report.footnotes) + 1
                report.footnotes.append(Footnote(number=number, key=term.key, term=term.long,
                                                 text=note))  # fmt: skip
                p.footnotes.append(FootnoteRef(offset=end, number=number, key=term.key))
        explained |= settled
    return report


def _unique_terms(terms: tuple[Term, ...]) -> tuple[Term, ...]:
    first: dict[str, Term] = {}
    for t in terms:
        first.setdefault(t.key, t)
    return tuple(first.values())


def _quoted_marks(
    text: str, quotes: Quotations, terms: tuple[Term, ...], finder: TermUses, settled: set[str],
) -> dict[str, tuple[int, int, Term, str]]:  # fmt: skip
    """A footnote after the quotation for each abbreviation a section uses only in
    someone's quoted words, where it is first quoted (`spell_out` writes out the uses
    outside quotations, and the words are never changed): {term key: (offset, where
    it is quoted, term, note)}.  `settled`: the abbreviations the section explains otherwise or has
    footnoted already (added to here)."""
    marks: dict[str, tuple[int, int, Term, str]] = {}
    found = finder.found(text)
    for term in terms:
        if term.key in settled or term.key not in found or not found[term.key][1]:
            continue
        m = found[term.key][1][0]  # its first abbreviation in the text
        span = quotes.around(m.start())
        if span:
            marks[term.key] = (span[1], m.start(), term, quoted_note(term, m.group(0)))
            settled.add(term.key)
    return marks


def mark_conflicts(report: ReportModel, marker: str) -> None:
    """Mark each sentence resting on a record in conflict, in the body and its comment."""
    for p in report.paragraphs():
        for s in p.sentences:
            if s.conflicts and "in conflict" not in s.flags:
                s.text = f"{s.text} {marker}"
                s.flags = [*s.flags, "in conflict"]


def conflicted(report: ReportModel) -> list[str]:
    """The ids of every record in conflict that the draft uses."""
    return list(
        dict.fromkeys(i for p in report.paragraphs() for s in p.sentences for i in s.conflicts)
    )


# What the lead should know --------------------------------------------------------------


def grade_grammar(report: ReportModel, phrases: dict[str, str]) -> None:
    """The framework's headings and grade words made grammatical wherever they are
    said ("... is requires improvement" -> "... requires improvement to be good")."""

    def fix(text: str) -> str:
        for old, new in phrases.items():
            text = text.replace(old, new)
        return text

    for sec in report.sections:
        sec.heading = fix(sec.heading)
        for p in (*sec.intro, *sec.paragraphs):
            for s in p.sentences:
                s.text = fix(s.text)


def repeated_share(report: ReportModel) -> float:
    """The share of area-section sentences that occur word for word, or near-verbatim
    (`exporters.draft.sameness`), in another area's section (the report's own: none).
    The bracketed notes to the lead (markers, placeholders) are not the report's prose
    and are not counted."""
    repeated, total = repeated_sentences(report)
    return len(repeated) / total if total else 0.0


def repeated_sentences(report: ReportModel) -> tuple[Repeated, int]:
    """The area-section sentences said, word for word or nearly, in another area's
    section, as (section heading, sentence), and how many sentences were compared."""
    areas = [sec for sec in report.sections if sec.kind == "area"]
    said = [[s.text for p in sec.paragraphs for s in p.sentences
             if s.role not in ("marker", "placeholder")] for sec in areas]  # fmt: skip
    # A bracketed note inside a sentence ("[Check before use: ...]") is no more prose
    # than a marker sentence: compared without it (tester 13's areas shared only that).
    texts = [[normal(_BRACKETED.sub(" ", t)) for t in own] for own in said]
    where: Counter[str] = Counter()
    for own in texts:
        where.update(set(own))
    shingled = [[runs(t) for t in own] for own in texts]
    repeated: Repeated = []
    for k, own in enumerate(texts):
        others = [r for j, rs in enumerate(shingled) if j != k for r in rs]
        repeated += [(areas[k].heading, said[k][n])
                     for n, (t, r) in enumerate(zip(own, shingled[k], strict=True))
                     if where[t] > 1 or near_any(r, others)]  # fmt: skip
    return repeated, sum(len(t) for t in texts)


def _sentences(report: ReportModel) -> list[tuple[Section, Sentence]]:
    return [(sec, s) for sec in report.sections for p in (*sec.intro, *sec.paragraphs)
            for s in p.sentences]  # fmt: skip


def unexplained(report: ReportModel, data: DraftData) -> list[str]:
    """Upper-case abbreviations in the body that the glossary does not explain."""
    known = {f for t in (*data.words.terms, *working_terms()) for f in (t.short, t.short_plural)
             if f}  # fmt: skip
    known |= data.words.plain_capitals | {data.inspection.organisation}
    found: dict[str, None] = {}
    for _sec, s in _sentences(report):
        for word in _CAPITALS.findall(s.text):
            if word not in known:
                found.setdefault(word, None)
    return list(found)


def _opening(text: str, limit: int = 60) -> str:
    """The sentence's opening words, cut at a word and marked '…' when cut."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


SMALL_SAMPLE = "rests on a small sample"
DISAGREES = "the evidence disagrees with the grade"
DISAGREES_FLAG = "disagrees with the grade"


def lead_notes(warnings: list[str]) -> list[str]:
    """The warnings in the order a lead acts on them: where the evidence disagrees with
    a grade first, then the rest, with the claims resting on a small sample counted in
    one line (each is listed, flagged, in the QA view): some dozens of those lines
    would bury the few that need a decision."""
    small = [w for w in warnings if SMALL_SAMPLE in w]
    rest = [w for w in warnings if SMALL_SAMPLE not in w]
    out = [w for w in rest if DISAGREES in w] + [w for w in rest if DISAGREES not in w]
    if small:
        n = len(small)
        said = "1 sentence rests" if n == 1 else f"{n} sentences rest"
        out.append(f"{said} on a small sample: `fieldwork export qa` lists each, flagged.")
    return out


def warnings(report: ReportModel, data: DraftData, repeated: Repeated) -> list[str]:
    """What the lead should know before using the draft, one line each: the section by
    its whole heading, the sentence by its opening words; `repeated`, the sentences
    said again in another area's section, up to three of them named."""
    out: list[str] = []
    for sec, s in _sentences(report):
        where = sec.heading
        # One warning per section whose own evidence disputes its grade (the local
        # services' note on its disputed areas repeats theirs, and is not one).
        if s.role == "marker" and DISAGREES_FLAG in s.flags:
            out.append(f"{where}: {DISAGREES}: {s.text.strip('[]')}")
        elif s.role == "marker" and "graded differently" in s.flags:
            out.append(f"{where}: {s.text.strip('[]').removeprefix('Check before use: ')}")
        elif s.role == "placeholder":
            out.append(f"{where}: placeholder to complete: {s.text}")
        if "may be tagged wrongly" in s.flags:
            out.append(f"{where}: '{_opening(s.text)}' rests on notes that may be tagged with the "
                       f"wrong criterion ({', '.join(s.criteria)}): check them.")  # fmt: skip
        elif "small sample" in s.flags:
            out.append(f"{where}: '{_opening(s.text)}' {SMALL_SAMPLE} ({s.basis}).")
        if "in conflict" in s.flags:
            out.append(f"{where}: '{_opening(s.text)}' uses records in conflict: "
                       f"{', '.join(s.conflicts[:5])}.")  # fmt: skip
        if "area-level evidence disagrees" in s.flags:  # `arealevel`: both are said
            out.append(f"{where}: '{_opening(s.text)}': the evidence about the area or the "
                       "organisation disagrees with the case files; the sentence says both: "
                       "check how it weighs them.")  # fmt: skip
    for word in unexplained(report, data):
        out.append(f"'{word}' is not spelled out anywhere: add it to the glossary or rewrite it.")
    if report.repeated_share > MAX_REPEATED_SHARE:
        shown = "; ".join(f"'{_opening(t)}' ({h})" for h, t in repeated[:3])
        out.append(f"{round(100 * report.repeated_share)}% of the area sections' sentences say "
                   f"the same as a sentence of another area's section, word for word or "
                   f"nearly: vary them, e.g. {shown}.")  # fmt: skip
    return out
