"""What one record's source said, as a claim about the service says it (split from
`service.py`): the note's own finding (`exporters.draft.examples.finding`), else its
first plain sentence (`reported`); a stakeholder's by role (`by_speaker`); other
evidence as the inspectors' note puts it, "The" before a bare opening noun
(`with_article`); and the traced sentence a claim about the service ends in
(`said_sentence`)."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from functools import cache

from exporters.draft import casepractice, claims, mainclause, shorthandview, telegraphic
from exporters.draft.areascope import beyond
from exporters.draft.attributed import for_inspectors, in_area, one_area
from exporters.draft.data import DraftData as DataLike
from exporters.draft.examples import finding, split_sentences
from exporters.draft.fitting import attributed as by_role
from exporters.draft.fitting import has_any_words, is_stakeholder, lower_first
from exporters.draft.notepoint import point_elsewhere
from exporters.draft.quotations import quotes_said
from exporters.draft.standalone import as_said, has_shorthand, is_clause_loose
from exporters.draft.tables import drafting_table
from exporters.draft.tallies import Claim
from exporters.draft.thatclause import reported_said
from exporters.draft.trace import normal, traced
from exporters.draft.viewsigns import file_finding
from exporters.draft.whospoke import without_shorthand
from exporters.draft.wording import wording_table
from exporters.draft.words import capitalise, join_list
from exporters.model import Flag, Sentence


def one_said(
    ctx: claims.Context, i: int, where: str | None, criterion: str = ""
) -> tuple[str, str] | None:
    """What one record's source said, as `one_source` says it, and the note's clause it
    rests on; None where the note holds no sentence that reads on its own, it is an
    example already, or the sentence has been said.  `criterion`: the claim's, whose
    cues pick a figure's parts (`with_its_source`; the record's own criteria where none
    is given)."""
    d = ctx.data
    text = d.texts((i,))[i].text
    source = d.source[i]
    if file_finding(d.words, source, text, bool(d.case[i])):
        return None  # a file finding is nobody's words (tester 27, A7)
    found = finding(ctx.pool, text)
    clause = found[0] if found is not None else reported(d, text, is_stakeholder(d.words, source))
    if clause:
        if ctx.used.seen(i, clause):  # said already as an example
            return None
    else:  # "Staff survey: 78% of ...": its figures are its own, not another area's copy
        crits = [criterion] if criterion else list(d.crits[i])
        cues = [c for x in crits for c in d.words.criterion(d.framework, x).cues]
        clause = with_its_source(d, text, source, cues)
        if not clause or i in ctx.used.records:
            return None
    if beyond(d, ctx.pool.areas, clause):  # of other areas: not this area's (case18)
        return None
    if criterion and point_elsewhere(d, criterion, source, text, clause):
        return None
    if not is_stakeholder(d.words, source) and no_fault_in(d, i, clause):
        # "Team meeting ... was about allocation and leave.": no finding, save with the
        # note's own shorthand that finds fault ("Practice not discussed.") joined to it.
        clause = with_shortfall(text, clause)
        if not clause or ctx.used.seen(i, clause):
            return None
    keep = d.words.known_capitals | {d.inspection.organisation}  # "Cafcass leaders"
    said: str | None
    if is_stakeholder(d.words, source):  # shorthand in the report's voice (voice18)
        said = shorthandview.said(d.words, source, text, clause)
        said = said or by_speaker(ctx, source, text, clause, keep)
    else:  # "Service manager said the team is stretched and morale is low"
        told = reported_said(d.words.standalone, capitalise(clause), frozenset(keep))
        if told is None:
            return None
        clause = with_article(d, told)
        said = d.words.support.one_record.format(clause=clause, Clause=capitalise(clause))
        said = said if said.endswith((".", "!")) else said + "."
    where = where or (None if ctx.pool.areas else one_area(d, [i]))  # one area's note
    if said is not None and where:
        said = in_area(d, said, where)
    if said is None or normal(said) in ctx.voice.said or quotes_said(ctx.voice.said, said):
        return None  # said, or its quoted words said, already
    return said, clause


# A note's shorthand that finds fault after a sentence that only describes: "X not Yed"
# ("Practice not discussed.", "Plan not updated since May."): said with its verb and
# joined to the sentence before, so the note's finding is its own words.
_NOT_DONE = re.compile(
    r"^(?P<subj>[A-Za-z][\w'’-]*(?: [\w'’-]+){0,3}) not (?P<rest>[a-z]{3,}ed\b[^;:]*?)\.?$"
)
_NOT_SUBJECT = frozenset({"is", "are", "was", "were", "has", "have", "had", "do", "does", "did",
                          "it", "this", "that", "they", "he", "she", "we", "i"})  # fmt: skip


def with_shortfall(text: str, clause: str) -> str:
    """`clause`, a note's sentence finding no fault, with the note's shorthand that does
    joined to it ("The team meeting ... was about allocation and leave, and practice was
    not discussed."); "" where the note holds no such shorthand."""
    for part in split_sentences(text):
        m = _NOT_DONE.match(part.strip())
        if m is None or any(w.lower() in _NOT_SUBJECT for w in m.group("subj").split()):
            continue
        subj = m.group("subj")
        head = subj.split()[-1].lower()
        be = "were" if head.endswith("s") and not head.endswith(("ss", "us", "is")) else "was"
        subj = subj if subj.isupper() or subj[:2].isupper() else subj[0].lower() + subj[1:]
        return f"{clause.rstrip('.')}, and {subj} {be} not {m.group('rest')}."
    return ""


@cache
def _fault_cues() -> tuple[str, ...]:
    """`drafting.toml` [finding_cues] `development`."""
    return tuple(drafting_table("finding_cues")["development"])


# A measured result ("61% of letters on time", "seen alone in 11 of 20 cases"): on a
# development note, the figure is its finding.
_FIGURE = re.compile(r"\d\s*%|\bper ?cent\b|\b\d+ (?:of|in|out of) (?:the )?\d+\b", re.IGNORECASE)


def finds_fault(text: str) -> bool:
    """Whether a development note's sentence says what fell short: a word of shortfall,
    a negation or a hedge on the work ([finding_cues] `development`), or a figure
    (`_FIGURE`: on a development note, a measured result is its finding).  "Team meeting in
    the public law team was about allocation and leave." says none (tester 15, D4b): its
    note's finding is the next sentence, "Practice not discussed.", a fragment, so the
    claim is said in cautious words from its criterion and source instead
    (`service.cautious`, as for a note with no sentence that reads on its own).  A note
    whose fault is in words the cues do not know ("cancelled three months running") is
    said cautiously too: vaguer, never lost."""
    return bool(_FIGURE.search(text)) or has_any_words(text.replace("n't", " not"), _fault_cues())


def no_fault_in(d: DataLike, i: int, text: str) -> bool:
    """Whether record i is a development note of the inspectors' own whose `text` finds no
    fault (`finds_fault`).  A stakeholder's words are their view, a finding as they stand
    ("IROs find it hard to reach guardians")."""
    return d.polarity[i] == "development" and not finds_fault(text)


def own_clause(ctx: claims.Context, i: int) -> str:
    """A note's own finding as `one_said` takes it, whether or not it is said already
    ("" where it holds none that reads on its own)."""
    text = ctx.data.text(i)
    found = finding(ctx.pool, text)
    return found[0] if found is not None else reported(ctx.data, text, False)


def by_speaker(
    ctx: claims.Context, source: str, text: str, clause: str, keep: Set[str]
) -> str | None:
    """A stakeholder's point said as theirs: by the role its source gives ("One judge
    told inspectors that ..."), or by the one the note names where the source's role
    does not stand for it (`fitting.attributed`: "The President's office described
    national leaders as ..."), or as the group the note names ("Magistrates at the
    family court said ...")."""
    d = ctx.data
    m = _REPORTED.match(clause)  # who spoke is said by role ("HHJ said ...")
    said = by_role(d.words, source, text, clause[m.end() :] if m else clause, keep=keep)
    group = _GROUP.search(m.group(0)) if m else None
    if said is not None and group and m:  # "Magistrates at the family court said ..."
        said = d.words.attributed_view.format(
            Who=capitalise(group.group(1).lower()), clause=said.split(" that ", 1)[-1]
        )
    return said


# Not "described": "X described leaders as responsive" leaves no clause once X is taken
# off ("... told inspectors that leaders as responsive", reader 5, finding 5).
_REPORTED = re.compile(
    r"^(?:[\w’'-]+\s+){1,6}?(?:said|says|told inspectors|reported|explained|"
    r"confirmed|stated)(?:\s+that)?,?\s+"
)
# Several people who spoke, named as the note names them ("Magistrates said ..."), not
# as one of them.
_GROUP = re.compile(r"^(?:the\s+)?(magistrates|judges)\b(?!['’])", re.IGNORECASE)
# What the inspector did, not a finding ("Read ten performance and learning reviews ...").
_DID = re.compile(r"^(?:Read|Met|Spoke|Saw|Sat|Heard|Looked|Checked|Sampled|Reviewed)\s")
# A note's sentence saying who said or showed what it finds ("Practitioners described
# ...", "The staff survey shows ..."): said as it stands beside the other side's.
SOURCED = re.compile(
    r"\b(?:said|says|say|told|described|reported|explained|shows?|showed|found|finds|"
    r"identified|records?|recorded|grades?|rated|confirmed)\b"
)
# A note's finding that is a noun and a clause, no main verb ("National policy that the
# FCA keeps the case"): not said after "shows that".
NOUN_THAT = re.compile(r"^(?:[\w’'-]+\s+){1,3}that\s", re.IGNORECASE)
# The inspectors as a note's "we", where what follows is what inspectors do ("later
# reports we read were better"); any other "we" may be whoever spoke.
_WE_READ = re.compile(r"\bwe (read|saw|sampled|looked at|reviewed|observed|examined|checked)\b")
_OWN_WORDS = re.compile(r"[‘“\"]|\b(?:I|we|my|our)\b")
_DIGIT_START = re.compile(r"(?<=\.)\s+(?=\d)")  # a note's next sentence opening on a digit


def reported(d: DataLike, text: str, person: bool) -> str:
    """The first sentence of a note, for a claim said as what its one source said where
    the note holds no finding that reads on its own: a stakeholder's only where it
    reports what they told inspectors ("HHJ said reports come in late"); other evidence
    where it is a plain sentence (6 to 40 words, no label, question or quotation, not
    what the inspector did: "Read ten reviews ...") and not a working note
    (`standalone.as_said`: no shorthand, a verb, no telegraphic tail), or shorthand
    missing only its "are" said with it (`telegraphic.expanded`)."""
    first = split_sentences(text)[:1]
    if not first:
        return ""
    sentence = _DIGIT_START.split(first[0], maxsplit=1)[0]  # "... cases. 3 vacancies"
    if not person:  # "later reports we read": the inspectors, in the report's voice
        sentence = _WE_READ.sub(r"inspectors \1", sentence)
    words = len(sentence.split())
    if _OWN_WORDS.search(sentence) or not 6 <= words <= 40 or sentence.endswith("?"):
        return ""
    if person and not _REPORTED.match(sentence):
        return ""
    if ":" in sentence[:40] or not sentence[:1].isupper() or _DID.match(sentence):
        return ""
    w = d.words
    known = w.known_capitals | {d.inspection.organisation}
    if person:  # who spoke and what they said, not the note's shorthand after it (voice17)
        return without_shorthand(
            sentence, lambda part: bool(as_said(w.standalone, part, known, w.bare_noun_starts))
        )
    sentence = for_inspectors(sentence) or ""  # "Staff told us ...": told inspectors
    if not sentence:
        return ""
    said = as_said(w.standalone, sentence, known, w.bare_noun_starts)
    if said:
        return said

    def ok(part: str) -> bool:
        return bool(as_said(w.standalone, capitalise(part), known, w.bare_noun_starts))

    # Shorthand missing only its "are" ("waiting times monitored and falling"): said
    # with it, rather than left to a wording the note does not make (`telegraphic`).
    full = telegraphic.expanded(sentence, ok)
    return as_said(w.standalone, full, known, w.bare_noun_starts) if full else ""


def with_its_source(d: DataLike, text: str, source: str, cues: Sequence[str]) -> str:
    """A note whose first sentence is a label naming its own source and the figures it
    found ("Area staff survey: 78% of 36 respondents say they feel supported by their
    manager; 65% say ..."), said after its source as `rests.toml` [figures] `frames`
    says a figure ("In the staff survey, 78% of 36 respondents say ..."; tester 22's
    A7: six areas' survey notes were drafted in six wordings of "Staff survey results
    show strengths in the support and challenge staff receive", none with its figures).
    Its parts (at semicolons, and at commas before a figure: "91% feel supported, 88%
    say ...") are read in turn while each holds a figure and reads as a clause, and
    those speaking of the claim (one of `cues`: "feel supported" for the support staff
    receive, never "79% are proud to work here" for their workloads) are said; "" where
    the label does not name the source (the last word of its evidence noun: "survey",
    "audit"), the first part is no such clause ("1,412 responses (68%)"), or no part
    speaks of the claim."""
    first = split_sentences(text)[:1]
    noun = d.words.evidence_nouns.get(source, "")
    if not first or not noun or "{" in noun:
        return ""
    label, colon, rest = first[0].partition(":")
    kind = noun.split()[-1].lower().removesuffix("s")
    named = {w.lower().removesuffix("s") for w in re.findall(r"[A-Za-z]+", label)}
    if not colon or len(label.split()) > 4 or kind not in named:
        return ""
    kept: list[str] = []
    known = d.words.known_capitals | {d.inspection.organisation}
    for part in _LISTED.split(rest.strip().rstrip(".")):
        # The inspectors' shorthand written out ("mgrs", "&"), never said as it stands
        # (tester 29's F6); a part still holding some is left off, with what follows.
        part = telegraphic.written_out(part.strip())
        if has_shorthand(d.words.standalone, part, known):
            break
        if not _FIGURE.search(part) or not is_clause_loose(
            d.words.standalone, part, d.words.bare_noun_starts
        ):
            break  # what follows a fragment leans on it: left off with it
        if has_any_words(part, tuple(cues)):
            kept.append(part)
    if not kept:
        return ""
    said = join_list(kept) if len(kept) > 2 else " and ".join(kept)
    frame = str(wording_table("rests.toml")["figures"]["frames"][0])
    return frame.format(source=noun, clause=said)


# Where a note's figures part: a semicolon, or a comma before a figure ("..., 81% feel").
_LISTED = re.compile(r";|,\s+(?=\d[\d.,]*\s*%)")


def with_article(d: DataLike, sentence: str) -> str:
    """ "The" before a note's bare opening noun ("Service manager has capped ..."), or
    before a subject with no determiner whose head needs one, as an example's gets it
    (`mainclause.with_article`: "Diversity lead described ..." -> "The diversity lead
    described ...", tester 22's A6)."""
    low = sentence.lower()
    # An area's name opening the note keeps its capital ("The Heronsgate service manager
    # ...", never "The heronsgate ...": kf34).
    keep = d.words.known_capitals | {d.inspection.organisation} | area_words(d)
    for noun in d.words.bare_noun_starts:
        n = noun.lower()
        if low.startswith(n) and (len(low) == len(n) or not low[len(n)].isalnum()):
            return "The " + lower_first(sentence, keep)  # "The FCA ...", never "The fCA"
    lowered = lower_first(sentence, keep)  # a name keeps its capital ("Cafcass lead ...")
    said = mainclause.with_article(d.words.standalone, lowered, frozenset(keep))
    return capitalise(said) if said != lowered else sentence


def said_sentence(
    ctx: claims.Context, claim: Claim, said: str, evs: Sequence[int], why: str
) -> Sentence:
    """A claim about the service said as `said`, traced to `evs` with `why` in its
    comment; a small sample flagged, the claim's criterion stated."""
    said = casepractice.one_case_marked(ctx.data, said, evs)
    ctx.ends[claim.criterion] = claim.lean
    ctx.stated.add(claim.criterion)
    flags: list[Flag] = list(ctx.flags)
    if len(evs) < ctx.data.rules.min_cases:
        flags.append("small sample")
    return traced(
        said, list(evs), ctx.data, role="claim", criteria=[claim.criterion],
        basis=f"{claim.tally.line(False)}; {why}", flags=flags, direction=claim.direction,
        by_cases=False,
    )  # fmt: skip


def area_words(d: DataLike) -> frozenset[str]:
    """The first word of each area's name ("Heronsgate", "North"): a name, kept capitalised
    where a note opens on it."""
    return frozenset(w for a in d.areas if (w := a.name.split(" ", 1)[0] if a.name else ""))
