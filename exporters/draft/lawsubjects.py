"""What a national law type's section names besides its criteria: the subject of
practice its cases fail on most and the one they do best on, counted by cases (issue
15, tester 17's F14 (g)).

Tester 17's private law practice required improvement chiefly because work on domestic
abuse was uneven (allegations not explored, screening tools not used, contact
recommended without a risk analysis), yet the private law section and its key finding
never said "domestic abuse": the section's sentences follow the framework's criteria,
and no criterion names it; its notes are filed under initial risk assessment,
safeguarding and early work with parents.

A subject is a concern a case may carry (`lawsubjects.toml` [[subjects]]: domestic
abuse, substance misuse, ...), found in the inspectors' own notes on the section's cases
whatever criterion they are filed under.  Each case counts once: against the subject
where more of its notes naming it are development points than strengths, for it the
other way round, neither where they are even; a hedged note counts neither way (as in
every tally), a strength note naming the subject just after "no" says the concern
is absent, not that the work was good, and a note naming it only as the background of
other work ("wishes and feelings ... put in context of hx of DA": tester 30's A8) is
about that work, and counts neither way.  A note counts only where it is about the work
with the family: filed under a criterion of one of `lawsubjects.toml` `about_work`'s
themes (criteria.toml `theme`: the practice, and the work with partners on the case).
A note filed only under managers' oversight on the file, leadership or the workforce is
about how others oversaw or resourced the work, and names the subject in passing
(tester 20's A6: "Supervision record ... says 'discussed - no issues'.  Nothing about
the unresolved DA concern" counted as the domestic abuse work falling short).  The subject with the most cases against (in a
section weighing against) or for is named, with the other side's weightiest after it
where that is another subject, each in one sentence giving both sides' counts, placed
after the section's sentence on the criterion most of its notes are filed under.

"In which it is a concern" says that each case counted carries the concern, and is said
only where the notes say so: each case counted has a note naming the subject with no
negation before it in its clause ("high conflict between the parents", "history of DA not
explored").  A note naming it only as what was not done ("no assessment of impact of
parental conflict on child": tester 31's A6) says the work fell short, not that conflict
was a concern in the case; where a case counted has only such notes, the sentence says
which cases it counts by what their notes speak of (`lawsubjects.toml` `spoken_where`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from exporters.draft import subjectfaults
from exporters.draft.claims import Context
from exporters.draft.trace import traced
from exporters.draft.wording import wording_table
from exporters.draft.words import number_text
from exporters.model import Paragraph, Sentence

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@cache
def wording() -> dict[str, Any]:
    """The subjects, thresholds and sentences of `lawsubjects.toml`."""
    return wording_table("lawsubjects.toml")


@cache
def _patterns() -> tuple[tuple[str, str, str, re.Pattern[str]], ...]:
    """Each subject's name, `where` and `where_it` phrases and the pattern finding its
    words (a word in capitals in capitals only)."""
    out = []
    for s in wording()["subjects"]:
        parts = [
            re.escape(w) if w.isupper() else "(?i:" + re.escape(w) + ")"
            for w in sorted(s["words"], key=len, reverse=True)
        ]  # fmt: skip
        pat = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(parts) + r")(?![A-Za-z0-9])")
        out.append((s["name"], s["where"], s["where_it"], pat))
    return tuple(out)


def _negated(text: str, start: int) -> bool:
    """Whether one of the negations stands within `negated_within` words before `start`
    in the same clause ("no history of domestic abuse")."""
    w = wording()
    clause = re.split(r"[.;:,()!?]", text[:start])[-1]
    before = [x.lower() for x in _WORD.findall(clause)][-int(w["negated_within"]) :]
    return not set(before).isdisjoint(w["negations"])


def _tool(text: str, end: int) -> bool:
    """Whether one of the `tools` words stands within `tool_within` words after `end`
    in the same clause ("DV tools scored")."""
    w = wording()
    clause = re.split(r"[.;:,()!?]", text[end:])[0]
    after = [x.lower() for x in _WORD.findall(clause)][: int(w["tool_within"])]
    return not set(after).isdisjoint(w["tools"])


@lru_cache(maxsize=65536)  # each note is asked in every section and draft
def subjects_named(text: str, strength: bool) -> tuple[bool, ...]:
    """Which subjects of `_patterns` (in their order) a note's text names
    (`names_subject`): one look-up a note for them all (one a note and subject
    overflowed the cache on the 600-case demo, so each section searched every note
    again)."""
    low = text.lower() if text.isascii() else ""
    return tuple(
        (not low or any(map(low.__contains__, words))) and names_subject(pat, text, strength)
        for pat, words in _searches()
    )


@cache
def _searches() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """Each subject's pattern (`_patterns`), and its words in lower case: an ASCII note
    holding none of them anywhere cannot match the pattern, so is not searched (most
    notes name no subject)."""
    found = zip(_patterns(), wording()["subjects"], strict=True)
    return tuple((p[3], tuple(w.lower() for w in s["words"])) for p, s in found)


def _background(text: str, start: int, strength: bool) -> bool:
    """Whether the subject at `start` is named as the background of other work: one of
    the `background` phrases within `background_within` words before it in the same
    clause ("put in context of hx of DA"); in a development note, only where the clause
    says nothing was left undone ("not put in context of the DA" is a failure to weigh
    it: the work on it)."""
    w = wording()
    clause = re.split(r"[.;:,()!?]", text[:start])[-1]
    words = [x.lower() for x in _WORD.findall(clause)]
    before = " " + " ".join(words[-int(w["background_within"]) :]) + " "
    if not any(f" {b} " in before for b in w["background"]):
        return False
    return strength or set(words).isdisjoint(w["negations"])


def names_subject(pattern: re.Pattern[str], text: str, strength: bool) -> bool:
    """Whether a note's text names the subject as the work it is about: a mention that
    is not the background of other work (`_background`), in a development note any
    such, in a strength note one neither just after a negation nor naming a screening
    tool's kind ("DV tools scored")."""
    return any(
        not _background(text, m.start(), strength)
        and not (strength and (_negated(text, m.start()) or _tool(text, m.end())))
        for m in pattern.finditer(text)
    )


@dataclass(frozen=True)
class Subject:
    """A subject's count in one section: its name, which cases count for and against it
    (and all the cases counted on it), the notes naming it, and the criterion most of
    them are filed under."""

    name: str
    where: str
    where_it: str
    pos: frozenset[int]
    neg: frozenset[int]
    cases: frozenset[int]
    records: tuple[int, ...]
    criterion: str
    stated: frozenset[int] = frozenset()  # cases whose notes say the concern is there

    def side(self, even_margin: float, material: int) -> str:
        """ "even" where both sides hold `material` cases and differ by at most one case or
        `even_margin` of those counted; else the larger side, "against" on a tie."""
        p, n = len(self.pos), len(self.neg)
        if min(p, n) >= material and abs(p - n) <= max(1, even_margin * len(self.cases)):
            return "even"
        return "for" if p > n else "against"


def _work_criteria(ctx: Context) -> frozenset[str]:
    """The framework's criteria about the work with the family (`about_work`: their
    criteria.toml theme), whose notes may count for a subject."""
    d = ctx.data
    themes = set(wording()["about_work"])
    return frozenset(c.id for c in d.framework.criteria
                     if d.words.criterion(d.framework, c.id).theme in themes)  # fmt: skip


def subjects(ctx: Context, cases: AbstractSet[int] | None = None) -> list[Subject]:
    """Every subject of `lawsubjects.toml` the notes on the section's cases (or `cases`)
    name, counted as the module docstring says (the inspectors' own notes)."""
    d = ctx.data
    cases = ctx.pool.case_ids if cases is None else cases
    work = _work_criteria(ctx)
    recs = [i for i in range(len(d)) if d.case[i] in cases and d.own[i] and i not in d.hedged
            and d.polarity[i] in ("strength", "development")
            and not work.isdisjoint(d.crits[i] or d.aside.get(i, ()))]  # fmt: skip
    if not recs:
        return []
    texts = d.texts(recs)
    said = [subjects_named(texts[i].text, d.polarity[i] == "strength") for i in recs]
    out = []
    for k, (name, where, where_it, _pat) in enumerate(_patterns()):
        per_case: dict[int, list[int]] = {}
        mine: list[int] = []
        crits: Counter[str] = Counter()
        stated: set[int] = set()
        for i, names in zip(recs, said, strict=True):
            if not names[k]:
                continue
            strength = d.polarity[i] == "strength"
            per_case.setdefault(d.case[i], [0, 0])[0 if strength else 1] += 1
            mine.append(i)
            if d.case[i] not in stated and _asserted(_pat, texts[i].text):
                stated.add(d.case[i])
            crits.update(d.crits[i] or d.aside.get(i, ()))  # an identity note: `identityaside`
        if not mine:
            continue
        pos = frozenset(k for k, (s, v) in per_case.items() if s > v)
        neg = frozenset(k for k, (s, v) in per_case.items() if v > s)
        top = min(crits.items(), key=lambda kv: (-kv[1], d.criterion_rank.get(kv[0], 999)))[0]
        out.append(Subject(name, where, where_it, pos, neg, frozenset(per_case), tuple(mine),
                           top, frozenset(stated)))  # fmt: skip
    return out


def _asserted(pattern: re.Pattern[str], text: str) -> bool:
    """Whether a note says the subject is there in the case: it names it with no
    negation before it in its clause (`_negated`) and not as the background of other
    work (module docstring)."""
    return any(not _negated(text, m.start()) and not _background(text, m.start(), True)
               for m in pattern.finditer(text))  # fmt: skip


def named(
    ctx: Context, against_first: bool, cases: AbstractSet[int] | None = None
) -> list[Subject]:
    """The subjects the section names: the one with the most cases against (where
    `against_first`) or for, then the other side's weightiest where it is another
    subject; each on the framework's `min_cases` cases counted or more, its leading
    side on `material_cases` or more; at most `most`."""
    d = ctx.data
    found = [s for s in subjects(ctx, cases) if len(s.cases) >= d.rules.min_cases]
    sides = ("neg", "pos") if against_first else ("pos", "neg")
    out: list[Subject] = []
    for side in sides:
        ranked = sorted(
            (s for s in found if len(getattr(s, side)) >= d.rules.material_cases),
            key=lambda s: (-len(getattr(s, side)), -len(s.cases), s.name),
        )  # fmt: skip
        if ranked and ranked[0] not in out:
            out.append(ranked[0])
    return out[: int(wording()["most"])]


def _fill(s: Subject, law: str) -> dict[str, str]:
    where, where_it = s.where, s.where_it
    if s.cases - s.stated:  # not every case's notes say it is a concern (module docstring)
        spoken = wording()["spoken_where"]
        where, where_it = spoken["where"].format(name=s.name), spoken["where_it"]
    return {"name": s.name, "law": law, "where": where, "where_it": where_it,
            "n": number_text(len(s.cases)), "pos": number_text(len(s.pos)),
            "neg": number_text(len(s.neg))}  # fmt: skip


def _side(ctx: Context, s: Subject) -> str:
    """The side the sentence leads with (`Subject.side`), "against" where the cases
    against are a large share though fewer (`large_against`)."""
    from exporters.draft.casethemes import wording as kf_wording  # themes read sections

    margin = float(kf_wording()["limits"]["even_margin"])
    side = s.side(margin, ctx.data.rules.material_cases)
    return "against" if side == "for" and large_against(ctx, s) else side


def large_against(ctx: Context, s: Subject) -> bool:
    """Whether a subject's cases against, though not the larger side, are a weakness to
    state: `material_cases` or more, and `large_against` of the cases counted or more
    (13 of 33)."""
    n = len(s.neg)
    share = float(wording()["large_against"])
    return n >= ctx.data.rules.material_cases and n >= share * len(s.cases) and n < len(s.pos)


def clause(ctx: Context, s: Subject, law: str) -> str:
    """The subject's sentence (`lawsubjects.toml` [sentences]), in the frame the report
    has used least."""
    side = _side(ctx, s)
    mine, other = (s.neg, s.pos) if side == "against" else (s.pos, s.neg)
    key = side
    if side != "even" and not other:
        key += "_all" if len(mine) == len(s.cases) else "_only"
    frames = wording()["sentences"][key]
    # The form used least in the report so far (every list holds the same forms in the
    # same order), so that two sections' subject sentences do not read alike.
    forms = tuple(f"subject form {k}" for k in range(len(frames)))
    k = forms.index(ctx.voice.frame(forms, ctx.key, "subject", s.name))
    said = str(frames[k]).format(**_fill(s, law))
    # The cases whose notes go both ways are said too, so the counts add up to the
    # cases named (tester 19, A6: "good in 21 of the 24 cases ..., although in two it is
    # not" left one case unexplained).
    mixed = len(s.cases - s.pos - s.neg)
    if mixed and side != "even":
        said = said.rstrip(".") + str(wording()["mixed_cases"]["sentence"]).format(
            mixed=number_text(mixed)
        )
    return said


def key_clause(
    ctx: Context, cases: AbstractSet[int], law: str, judged: str
) -> tuple[str, Subject] | None:
    """A law type's key finding below good naming the subject its cases (`cases`) fail on
    most (`named`, against first), where its cases against are `material_cases` or more
    (`lawsubjects.toml` [key_finding]); None where there is none."""
    found = named(ctx, True, cases)
    if not found or len(found[0].neg) < ctx.data.rules.material_cases:
        return None
    s = found[0]
    key = "against" if _side(ctx, s) == "against" else "even"
    if key == "against" and len(s.neg) == len(s.cases):
        key = "against_all"
    text = wording()["key_finding"][key].format(judged=judged, **_fill(s, law))
    return text, s


def sentence(ctx: Context, s: Subject, law: str) -> Sentence:
    """The subject's sentence, traced to the notes naming it and its cases."""
    d = ctx.data
    side = s.side(0.0, 10**9)  # the larger side, for the sentence's direction
    basis = (f"Notes naming {s.name} on {len(s.cases)} {law} cases: for in {len(s.pos)}, "
             f"against in {len(s.neg)}, even in {len(s.cases - s.pos - s.neg)} "
             f"(the inspectors' own notes; most filed under {s.criterion})")  # fmt: skip
    return traced(
        clause(ctx, s, law), list(s.records[:40]), d, role="claim", basis=basis,
        direction="balanced" if s.pos and s.neg else side,
        case_refs=sorted({d.case_ref[k] for k in s.cases}), criteria=[],  # names no criterion
    )  # fmt: skip


def add_subjects(ctx: Context, paras: list[Paragraph], against_first: bool) -> None:
    """Put the section's subject sentences (`named`) into its paragraphs: each after the
    first sentence stating its criterion, else at the end of the first paragraph of
    findings on its side (weaknesses, else any), else as a paragraph of its own."""
    if not ctx.law or not paras:
        return
    law = ctx.data.framework.law_type_label(ctx.law).lower()
    table = wording()["failed"]
    for s in named(ctx, against_first):
        said = [sentence(ctx, s, law)]
        # What failed in the work on it, as its notes on the cases against say it
        # (`subjectfaults`), after its count.
        if len(s.neg) >= ctx.data.rules.material_cases:
            why = subjectfaults.sentence(ctx, s.name, s.records, s.neg, table, int(table["most"]))
            said += [why] if why is not None else []
        weak = len(s.neg) >= len(s.pos) or large_against(ctx, s)
        _place(paras, said, s.criterion, "development" if weak else "practice")


def _place(paras: list[Paragraph], said: list[Sentence], criterion: str, theme: str) -> None:
    spots: Sequence[tuple[int, int]] = [
        (k, j) for k, p in enumerate(paras) for j, x in enumerate(p.sentences)
        if x.role == "claim" and criterion in x.criteria
    ]  # fmt: skip
    if spots:
        k, j = spots[0]
    else:
        mine = [k for k, p in enumerate(paras) if p.theme == theme] or [
            k for k, p in enumerate(paras) if any(x.role == "claim" for x in p.sentences)
        ]
        if not mine:
            paras.append(Paragraph(theme=theme, sentences=said))
            return
        k, j = mine[0], len(paras[mine[0]].sentences) - 1
    sents = list(paras[k].sentences)
    # after the claim and what illustrates it (its example, quote or impact)
    j += 1
    while j < len(sents) and sents[j].role in ("example", "quote", "impact"):
        j += 1
    sents[j:j] = said
    paras[k] = paras[k].model_copy(update={"sentences": sents})
