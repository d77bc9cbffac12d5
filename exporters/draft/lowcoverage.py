"""Shares of the few cases with evidence (tester 28's A2, issue 15's one denominator).

A share is of the cases with a view on its criterion, in both directions, and a case
with no evidence is never counted as read.  But inspectors write some notes mostly
where something is wrong (safeguarding on 29 of 84 sampled cases, 11 of them short),
and "In many of the cases inspectors could assess, safeguarding ..." then reads as a
share of the service's work.  Where fewer than half of the sampled cases in the
section's scope (`Tally.sampled`: `Pool.sample_size`) have a view (`sparse`), the share
is said in counts with its base ("in 11 of the 29 cases with evidence on following up
safeguarding concerns (of the 84 sampled)"), never a proportion word; the comment says
"low coverage: 29 of 84 sampled have evidence" (`coverage`) and the sentence is flagged
"low coverage" for the QA reader.  One rule for the body (`claims`, `shapes.counted`),
the sections' openings (`sectionopening.with_share`) and the key findings
(`concentration.share`, `practicethemes.items`, `safeguardthemes`).

The base says what it counts (tester 30's F12): an area's sample is its "sampled" cases,
a national section's the cases "read" ("(of the 98 read)", where 117 were sampled).  A
section says its base once (`base_once`), and where some of its sampled cases were not
read, one sentence says how many were ("Inspectors read 98 of the 117 private law cases
sampled."), as "Information about this inspection" counts the cases scrutinised.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from exporters.draft.tallies import Tally, share_words
from exporters.draft.wording import wording_table
from exporters.draft.words import count_of, number_text
from exporters.model import Flag, Paragraph, Sentence
from store.framework import DraftingRules

if TYPE_CHECKING:
    from exporters.draft.claims import Context

LOW: Flag = "low coverage"
"""The QA flag, and how the comment's note on a sparse tally begins."""


def sparse(t: Tally) -> bool:
    """Whether fewer than half of the sampled cases in scope have a view on `t`'s
    criterion (none where the scope is unknown: `Tally.sampled` 0)."""
    return 0 < 2 * t.views < t.sampled


def coverage(t: Tally) -> str:
    """The comment's note on a sparse tally ("low coverage: 29 of 84 sampled have
    evidence"); "" otherwise."""
    return f"{LOW}: {t.views} of {t.sampled} {t.base} have evidence" if sparse(t) else ""


def share_of(rules: DraftingRules, t: Tally, count: int) -> str:
    """`share_words` for `count` of the cases with a view on `t`, in counts where `t` is
    sparse ("eight of the 12", "all three", never "the majority of" eight of 12 among 30
    sampled); its base goes with it (`with_base`)."""
    if sparse(t):
        return count_of(count, t.views).removesuffix(" cases")
    return share_words(rules, count, t.views)


ASSESSED = "cases inspectors could assess"
"""How a finding's share names the cases it is of (key_findings.toml, drafting.toml)."""


def with_base(t: Tally, text: str, noun: str = "it", law: str = "", where: str = "") -> str:
    """A drafted share of a sparse tally with its base: the first "{law}cases inspectors
    could assess{where}" (else "{law}cases{where}") of `text` said as "{law}cases{where}
    with evidence on {noun} (of the N sampled{there})" (key_findings.toml [frames]
    `sparse_cases`, or `sparse_cases_within` inside brackets); `text` as it is
    otherwise."""
    if not sparse(t):
        return text
    frames = wording_table("key_findings.toml")["frames"]
    for old in (f"{law}{ASSESSED}{where}", f"{law}cases{where}"):
        at = text.find(old)
        if at < 0:
            continue
        within = text.count("(", 0, at) > text.count(")", 0, at)  # never "((of the 8 ...))"
        frame = str(frames["sparse_cases_within" if within else "sparse_cases"])
        said = frame.format(law=law, in_area=where, noun=noun, sampled=number_text(t.sampled),
                            base=t.base, there=" there" if where else "")  # fmt: skip
        return text[:at] + said + text[at + len(old) :]
    return text


_BASE = re.compile(
    r" \(of the (\w+) (?:sampled|read)( there)?\)|, of the (\w+) (?:sampled|read)( there)?(?=\))"
)


def has_base(text: str) -> bool:
    """Whether a drafted share gives its base ("(of the 13 sampled)", "(of the 98 read)")."""
    return _BASE.search(text) is not None


def base_once(ctx: Context, paras: Sequence[Paragraph]) -> None:
    """Say a section's base once (tester 30's F12: "(of the 23 sampled)" 72 times in 12
    pages).  Where some of the section's sampled cases were not read, one sentence says
    how many were, just before its first share of cases ("Inspectors read 98 of the 117
    private law cases sampled."), and no share repeats the base; otherwise
    only the section's first share with a base keeps it ("Five of the six cases with
    evidence on avoiding delay (of the 13 sampled) ... In five of the six cases with a
    finding on analysis in reports, ...").  Each claim's comment keeps "low coverage"
    and the QA view its flag."""
    claims = [s for p in paras for s in p.sentences if s.role == "claim"]
    based = [s for s in claims if _BASE.search(s.text)]
    read = read_sentence(ctx) if any(s.by_cases for s in claims) else None
    for s in based[0 if read else 1 :]:
        found = _BASE.search(s.text)
        if found and found.group(0).startswith(" ("):  # a base inside brackets stays
            s.text = s.text[: found.start()] + s.text[found.end() :]
    if read is None:
        return
    first = next(s for s in claims if s.by_cases)  # before the section's first share
    for p in paras:
        for k, s in enumerate(p.sentences):
            if s is first:
                p.sentences.insert(k, read)
                return


def read_sentence(ctx: Context) -> Sentence | None:
    """How many of the section's sampled cases inspectors read (with evidence or a
    grade), where some were not ("Inspectors read 20 of the 23 cases sampled in Area
    10."); None where every one was read."""
    pool, d = ctx.pool, ctx.data
    read = pool.case_ids & d.read_cases
    # A national section's sample: its cases in the areas' samples, and those of the
    # national list that were read (drawn for the national sample: the draft does not
    # see which of the list's cases are held but unread).
    drawn = set().union(*d.cases_in_area.values())
    sampled = set(pool.case_ids) if pool.areas else pool.case_ids & drawn | read
    unread = sampled - read
    if not unread:
        return None
    law = d.framework.law_type_label(ctx.law).lower() + " " if ctx.law and not pool.areas else ""
    where = f" in {ctx.area}" if pool.areas else ""
    fill = {"read": number_text(len(read)), "sampled": number_text(len(sampled)), "law": law,
            "in_area": where}  # fmt: skip
    text = d.words.text["read_of_sampled"].format(**fill)
    refs = sorted(d.case_ref[k] for k in unread)
    named = ", ".join(refs[:10]) + (f" and {len(refs) - 10} more" if len(refs) > 10 else "")
    basis = (f"{len(sampled)} {law}cases sampled{where}, {len(read)} of them read (with "
             f"evidence or a grade); not read: {named}")  # fmt: skip
    # No case reference: the sentence rests on no case (an area's jigsaw check counts the
    # cases its sentences rest on), the comment names those not read.
    return Sentence(text=text, role="fixed", basis=basis)
