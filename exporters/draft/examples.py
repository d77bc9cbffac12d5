"""Examples, children's words and stakeholders' quotations, drawn from evidence text.

An example illustrates the sentence it follows (`fitting.Target`): it comes from a
record on the sentence's criterion and of its side (a strength for a strength, a
development point for a weakness), from a case counted that way in the tally (or, for a
claim about the service, a record about the service), of the law type the sentence is
about, whose text is about what the sentence claims (`fitting.on_topic`) and suits the
case's law type and the child's age (`fits`), is not a working note or marked
provisional, and whose wording the report has not used before (`trace.Used`).  Where
no record fits, the sentence has no example.  A stakeholder's view is said as theirs,
by role (`fitting.attributed`), and only when none of the inspectors' own evidence fits.

Children are quoted only from their own recorded words (`childwords.child_words`), and
only where the child is old enough to have said them; stakeholders only from interviews with them
(judges, local authorities, partners; parents, carers and the survey of families),
by role, never by name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from exporters.draft.areascope import beyond
from exporters.draft.attributed import in_area, one_area
from exporters.draft.casefits import fits
from exporters.draft.fitting import (
    Target,
    adds_to,
    attributed,
    case_disputes,
    frames,
    has_any_words,
    introduced,
    is_stakeholder,
    lower_first,
    on_topic,
    reported,
    suits_frame,
    tiers,
)
from exporters.draft.mainclause import has_main_verb, with_article
from exporters.draft.notegrammar import report_grammar
from exporters.draft.notepoint import point_elsewhere
from exporters.draft.relevance import shows_wording
from exporters.draft.reportstyle import in_report_style as in_report_style
from exporters.draft.standalone import is_clause, stands_alone
from exporters.draft.subjects import illustrates
from exporters.draft.tables import drafting_table
from exporters.draft.tallies import Pool
from exporters.draft.trace import Used, Voice, opening, stable, traced
from exporters.draft.viewsigns import file_finding
from exporters.draft.viewwords import QUOTE as _QUOTE
from exporters.draft.viewwords import SAID as _SAID
from exporters.draft.viewwords import stakeholder_quote as stakeholder_quote
from exporters.model import Sentence

EXAMPLE_BATCH = 12  # candidates whose text is read at a time
EXAMPLE_ROUNDS = 4

_WORDS = re.compile(r"[A-Za-z’']+")
# A count standing for something named before it ("Eight are specific about ...").
_BARE_COUNT = re.compile(
    r"^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Half|Most|Some|All|Several|None|"
    r"Both|\d+)\s+(?:of them|are|were|is|was|had|have|has|show|shows|showed|said|say|did|do)\b"
)
# A note's fragment with no subject: it opens with a participle ("Allocated within a week"),
# a lone word and a comma ("Open, no blame") or what the inspector did ("Read ten ...").
_FRAGMENT = re.compile(r"^(?:[A-Z][a-z]{2,}ed\b|\w+,|(?:Read|Met|Spoke|Saw|Sat|Heard)\s)")
_ORDINAL = re.compile(r"(?:first|second|third|fourth|final|last|initial|latest) [a-z]+ ")
# A sentence needing the one before it ("It kept the focus ...", "This means ...").
_NEEDS_CONTEXT = re.compile(
    r"^(?:It|This|These|That|Those|They|He|She|His|Her|Their|Both|However|But|And|So)\b"
)
# A sentence saying what the practice meant for the child (kept after the example).
_IMPACT = re.compile(
    r"^(?:As a result|Consequently|This means|This meant|This gave|This made sure|"
    r"This helped|This kept|It kept the focus|The impact for the)\b"
)
_CHILD = re.compile(
    r"\b(?:child|children|child's|children's|young (?:person|people)|young person's|baby|"
    r"infant|toddler|teenager|boy|girl|siblings?)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|we|us|me|my|our)\b")
# Someone's words reported after a colon ("A manager told inspectors: Leaders were ...").
_SPEECH = re.compile(r":\s+[A-Z]")


def split_sentences(text: str) -> list[str]:
    """Text split into sentences, each ending in a full stop or other mark."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z‘'\"])", " ".join(text.split()))
    return [p if p[-1] in ".!?’'\"" else p + "." for p in (q.strip() for q in parts) if p]


def _working_note(pool: Pool, sentence: str) -> bool:
    w = pool.data.words
    first = sentence.split(":", 1)[0] if ":" in sentence[:40] else sentence
    openers = w.working_note_openers
    for o in openers if first.startswith(openers) else ():  # one test for most sentences
        if first.startswith(o) and (len(first) == len(o) or not first[len(o)].isalnum()):
            return True  # "Read the file ...", "In discussion, ..."
    return has_any_words(sentence, w.working_note_phrases)


def as_clause(pool: Pool, text: str) -> str | None:
    """A finding from evidence text, fit to follow "For example,": `finding` with the
    sentence after it (what it meant for the child), if any.  None when the text holds
    no finding or is marked provisional."""
    found = finding(pool, text)
    return None if found is None else " ".join(x for x in found if x)


def finding(
    pool: Pool, text: str, verdicts: dict[str, bool] | None = None
) -> tuple[str, str] | None:
    """The first sentence of the text that reads as a report sentence on its own (8 to
    40 words; not a label, a working note, a question, the inspector's own voice,
    someone's words, a fragment, shorthand, or a sentence that leans on the one before:
    `standalone.stands_alone`), and the next sentence when it says what this meant for
    the child ("" otherwise).  `verdicts`: whether each sentence reads on its own, as
    far as known (filled in as sentences are judged; one per draft, `trace.Used`)."""
    w = pool.data.words
    known = {} if verdicts is None else verdicts
    if w.is_provisional(text):
        return None
    sentences = split_sentences(text)
    # A sentence as written comes first; one a general rule makes a sentence (`notegrammar`:
    # "No evidence the FCA spoke ..."), next; one no rule can mend, never (tester 20's A4).
    as_written: list[tuple[int, str]] = []
    mended: list[tuple[int, str]] = []
    for k, sentence in enumerate(sentences):
        head = sentence.split(":", 1)
        if (
            len(head) == 2
            and len(head[0].split()) <= 6
            and not is_clause(w.standalone, head[0], w.bare_noun_starts)
        ):
            rest = head[1].strip()
            if not rest[:1].isupper():
                continue  # a label and a fragment ("Case record, stage: final hearing.")
            sentence = rest  # a label ("Area dashboard: Leaders track ...")
        said = report_grammar(w.standalone, sentence, w.bare_noun_starts)
        if said is not None:
            (as_written if said == sentence else mended).append((k, said))
    for k, sentence in (*as_written, *mended):
        alone = known.get(sentence)
        if alone is None:
            alone = known[sentence] = _reads_alone(pool, sentence)
        if not alone or beyond(pool.data, pool.areas, sentence):
            continue  # in an area's section, not a sentence about other areas (case18)
        sentence = lower_first(sentence, _names(pool))
        sentence = in_report_style(_with_article(pool, sentence))
        if sentence[-1] not in ".!":
            sentence += "."
        after = sentences[k + 1] if k + 1 < len(sentences) else ""
        if not (
            _IMPACT.match(after)
            and _CHILD.search(after)
            and not _working_note(pool, after)
            and len(_WORDS.findall(sentence + " " + after)) <= 55
        ):
            after = ""
        return sentence, after
    return None


def _reads_alone(pool: Pool, sentence: str, phrase: bool = False) -> bool:
    """`phrase`: a short phrase the record quotes, said by no one ("the FCA noted the baby
    'appeared unkempt'"), may stay (the words of a record, not someone's speech)."""
    w = pool.data.words
    if not sentence[:1].isupper() or sentence.endswith("?") or _IMPACT.match(sentence):
        return False  # "The impact for the child is clear: ..." says what something meant
    if _working_note(pool, sentence) or _NEEDS_CONTEXT.match(sentence):
        return False
    if _BARE_COUNT.match(sentence) or _FRAGMENT.match(sentence):
        return False
    q = _QUOTE.search(sentence)
    if q and not (phrase and len(q[1].split()) <= 5 and not _SAID.search(sentence[: q.start()])):
        return False  # someone's words (quoted by role instead)
    if _FIRST_PERSON.search(sentence) or _SPEECH.search(sentence):
        return False  # the inspector's own voice; someone's words
    if not 8 <= len(_WORDS.findall(sentence)) <= 40:
        return False
    known = w.known_capitals | {pool.data.inspection.organisation}
    if not stands_alone(w.standalone, sentence, known, w.bare_noun_starts):
        return False
    return has_main_verb(w.standalone, sentence)  # not "No rationale why the child was ..."


def _names(pool: Pool) -> frozenset[str]:
    """Words that keep their capital inside a sentence: the organisation's name and the
    glossary's capitals."""
    d = pool.data
    return d.words.known_capitals | {d.inspection.organisation}


def _with_article(pool: Pool, sentence: str) -> str:
    """ "the" before a note's bare opening noun ("guardian challenged", "first session"),
    or before a subject with no determiner whose head needs one (`mainclause.with_article`:
    "national audit programme did not ...")."""
    low = sentence.lower()
    if _ORDINAL.match(low):  # "first session with the boy was ..."
        return "the " + sentence
    for noun in pool.data.words.bare_noun_starts:
        n = noun.lower()
        if low.startswith(n) and (len(low) == len(n) or not low[len(n)].isalnum()):
            return "the " + sentence
    return with_article(pool.data.words.standalone, sentence, _names(pool))


# A measured result ("61% of letters on time", "in 11 of 20 cases"): on a weakness, the
# figure is its finding.
_FIGURE = re.compile(r"\d\s*%|\bper ?cent\b|\b\d+ (?:of|in|out of) (?:the )?\d+\b", re.IGNORECASE)


def finds_fault(text: str) -> bool:
    """Whether a sentence from a development note says what fell short: a word of
    shortfall, a negation or a hedge on the work (`drafting.toml` [finding_cues]
    `development`), or a figure.  A weakness is never illustrated by a sentence that
    only tells what happened ("The school's safeguarding lead emailed the FCA about marks
    on the child's arm."), its fault in a sentence of the note left out ("No action is
    recorded in the three weeks since": tester 23's A4).  `onesource.finds_fault` is the
    same test for a claim said as one record's finding."""
    low = text.replace("n't", " not")
    return bool(_FIGURE.search(low)) or has_any_words(
        low, tuple(drafting_table("finding_cues")["development"])
    )


def _says_something_went_wrong(pool: Pool, clause: str) -> bool:
    return has_any_words(clause, pool.data.words.strength_example_negatives)


def example(
    pool: Pool,
    evs: Iterable[int],
    used: Used,
    voice: Voice,
    *,
    leads: Sequence[str],
    key: str,
    target: Target,
    about_service: bool = False,
    avoid: str = "",
) -> Sentence | None:
    """An example of the `target` sentence from one of `evs` (see the module
    docstring), preferring one that says what happened for a child.  Records are taken
    by `fitting.tiers`, then by case reference (or, for records about the service, by source),
    a few at a time: only their text is read, and records that rank equally are taken
    in order of their text, so the same evidence gives the same example in every copy
    of the database.  A strength is never illustrated by a sentence saying something
    went wrong."""
    chosen = _chosen(pool, evs, used, target, about_service, avoid)
    return None if chosen is None else _use(pool, used, voice, chosen, leads, key, target.sentence)


def may_follow(pool: Pool, evs: Iterable[int], used: Used, target: Target) -> bool:
    """Whether an example may follow a sentence on `target`'s criterion and side, worded
    in any way (`target.sentence` is ""): one of `evs` passes every check of `example`
    but those that read the sentence's words (what it shows and whether its case's own
    notes dispute it), so that a balanced claim is shaped for an example only where one
    may come (tester 26's A4)."""
    return _chosen(pool, evs, used, target, False, "", worded=False) is not None


def _chosen(
    pool: Pool, evs: Iterable[int], used: Used, target: Target, about_service: bool,
    avoid: str, worded: bool = True,
) -> tuple[int, str, str] | None:  # fmt: skip
    """`example`'s record, its finding and the clause said (`worded`: the sentence's
    own words are checked)."""
    d = pool.data
    strength = target.polarity == "strength"
    # A share of cases is illustrated by one of those cases, never by a record about
    # the area (an observed supervision session is not a child's file), and from a
    # source that suits what the sentence says of them (`fitting.suits_frame`).  A claim
    # about the service names its own sources and is illustrated from its own records.
    tally = pool.tally(target.criterion)
    by_cases = d.words.criterion(d.framework, target.criterion).about == "cases" and tally.views > 0
    # A side resting on one case says all that case shows: its example would say it again
    # ("The one case ... shows that case recording is late. In one case, recording ...").
    side = tally.pos if strength else tally.neg
    alone = side[0] if by_cases and len(side) == 1 else 0
    candidates = [
        i for i in dict.fromkeys(evs)
        if i not in used.records and d.polarity[i] == target.polarity
        and target.criterion in d.crits[i] and not (alone and d.case[i] == alone)
        and (not by_cases or (d.case[i] and suits_frame(d.words, d.source[i], target.sentence)))
    ]  # fmt: skip
    if about_service and not by_cases:
        candidates = _of_its_subject(pool, evs, target, candidates)
    for tier in tiers(d, candidates, about_service and not by_cases):
        order = d.ref if tier and d.case[tier[0]] else d.source
        at = order.__getitem__
        ranked = sorted(tier, key=at)
        start = 0
        for _round in range(EXAMPLE_ROUNDS):
            if start == len(ranked):
                break
            last = at(ranked[min(start + EXAMPLE_BATCH, len(ranked)) - 1])
            end = bisect.bisect_right(ranked, last, lo=start, key=at)
            batch = ranked[start:end]
            start = end
            texts = d.texts(batch)
            batch.sort(key=lambda i: (order[i], texts[i].text, d.ids[i]))
            fallback: tuple[int, str, str] | None = None
            for i in batch:
                found = _finding(pool, used, texts[i].text)
                if found is None or used.seen(i, found[0]):
                    continue
                core, after = found
                if not strength and d.case[i] and not after:
                    core = _with_its_child(pool, texts[i].text, core)
                clause = f"{core} {after}" if after and not used.said(after) else core
                # The note's own words as well as the paraphrase: "Enforcement
                # application: the report was re-written" is a private law note, though
                # its finding drops the label (tester 14, claim 8).
                if not fits(pool, i, f"{texts[i].text} {clause}", target.law):
                    continue
                if point_elsewhere(d, target.criterion, d.source[i], texts[i].text, core):
                    continue  # the note's point is in a part not said (case35, A13)
                if not on_topic(d, i, target, clause) or not shows_wording(
                    d, target.criterion, target.polarity, target.sentence, clause
                ):
                    continue
                src = d.source[i]
                if not is_stakeholder(d.words, src) and not adds_to(d, target, clause):
                    continue  # the claim said again (a stakeholder's view adds who said it)
                if is_stakeholder(d.words, src) and (  # a file finding is no one's view (A7)
                    file_finding(d.words, src, texts[i].text, bool(d.case[i]))
                    or reported(d.words, src, texts[i].text, clause, _names(pool)) is None
                ):
                    continue
                if avoid and avoid in clause.lower():
                    continue
                if strength and _says_something_went_wrong(pool, clause):
                    continue
                if not strength and not is_stakeholder(d.words, src) and not finds_fault(clause):
                    continue  # the note's fault was in a sentence left out (tester 23's A4)
                if worded and d.case[i] and case_disputes(d, d.case[i], target):
                    continue
                if _CHILD.search(clause) or not worded:
                    return i, core, clause
                fallback = fallback or (i, core, clause)
            if fallback:
                return fallback
    return None


def _with_its_child(pool: Pool, text: str, core: str) -> str:
    """A weakness's example with what happened to the child and what fell short, where
    the note says them in two sentences running, each reading on its own: "the baby's
    mother disclosed heavy drinking and the FCA noted the baby 'appeared unkempt'; the
    manager signed off the safeguarding letter without reading the notes".  The fault
    alone opens on someone the reader has not met and leaves the child out; the child's
    situation alone says nothing fell short (tester 23's A4).  `core` otherwise."""
    sentences = split_sentences(text)
    tail = _WORDS.findall(core.lower())[-6:]
    at = [k for k, s in enumerate(sentences) if _WORDS.findall(s.lower())[-6:] == tail]
    fault = finds_fault(core)
    k = (at[0] + (-1 if fault else 1)) if at and fault != bool(_CHILD.search(core)) else -1
    other = sentences[k] if 0 <= k < len(sentences) else ""
    if not other or len(_WORDS.findall(f"{other} {core}")) > 45:
        return core
    if (not _CHILD.search(other)) if fault else (not finds_fault(other)):
        return core  # before the fault, the child's situation; after it, what fell short
    if not _reads_alone(pool, other, phrase=fault) or beyond(pool.data, pool.areas, other):
        return core
    other = _QUOTE.sub(lambda m: f"‘{m[1]}’", other)
    other = in_report_style(_with_article(pool, lower_first(other, _names(pool))))
    return f"{other.rstrip('.!')}; {core}" if fault else f"{core.rstrip('.!')}; {other}"


def _of_its_subject(
    pool: Pool, evs: Iterable[int], target: Target, candidates: list[int]
) -> list[int]:
    """The candidates that speak of what a sentence about the service is about: where
    the notes of its side speak of particular subjects (`subjects.illustrates`), an
    example speaks of one of them, never of another the sentence does not name."""
    d = pool.data
    side = [i for i in dict.fromkeys(evs) if d.polarity[i] == target.polarity
            and target.criterion in d.crits[i]]  # fmt: skip
    texts = d.texts(side)
    said = [texts[i].text for i in side]
    return [i for i in candidates if illustrates(target.criterion, said, texts[i].text)]


def _finding(pool: Pool, used: Used, text: str) -> tuple[str, str] | None:
    """`finding`, once per text in a draft (`used` is the draft's memory)."""
    if text in used.findings:
        return used.findings[text]
    found = used.findings[text] = finding(pool, text, used.verdicts)
    return found


def _use(
    pool: Pool, used: Used, voice: Voice, chosen: tuple[int, str, str], leads: Sequence[str],
    key: str, after: str = "",
) -> Sentence:  # fmt: skip
    """Use record i's finding (`core`, said as `clause`, with what it meant for the
    child after it): both sentences are remembered, so neither is said again.  Its lead
    does not open as the sentence it follows (`after`) does ("In most of the cases ...
    In one case, ...")."""
    d = pool.data
    i, core, clause = chosen
    used.take(i, core)
    if clause != core:
        used.take(i, clause[len(core) :].strip())
    source = d.source[i]
    if is_stakeholder(d.words, source):
        f = frames()
        form = voice.frame(f.survey_view if source == "SURVEY_USER" else f.view, key, clause)
        said = attributed(d.words, source, d.texts((i,))[i].text, clause, form, _names(pool))
        assert said is not None  # checked when the record was chosen
        voice.note(said)
        who = d.words.speaker(source, d.texts((i,))[i].text)
        return traced(said, [i], d, role="example", basis=f"A stakeholder's view, by role ({who})",
                      with_excerpts=False)  # fmt: skip
    area = None if pool.areas else one_area(d, [i])  # a national section's example
    if not d.case[i] or area or "case" in clause.lower().split()[:3]:
        # A record about the service is not "one case"; nor "In one case, the case ...";
        # nor "In one case, ..." where the area comes next.
        leads = [x for x in leads if "case" not in x.lower()] or leads
    leads = [x for x in leads if opening(x) != opening(after)] or leads
    opener = leads[stable(key, clause) % len(leads)]
    body = introduced(clause, in_case="case" in opener.lower())
    if area:  # "For example, in Area 7, one guardian ..."
        body = lower_first(in_area(d, body, area), _names(pool))
    text = f"{opener} {body}"
    voice.note(text)
    return traced(text, [i], d, role="example", basis="Paraphrased from evidence",
                  with_excerpts=False)  # fmt: skip
