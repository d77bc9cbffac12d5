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
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from exporters.draft.tallies import Tally, share_words
from exporters.draft.wording import wording_table
from exporters.draft.words import count_of, number_text
from exporters.model import Flag, Paragraph
from store.framework import DraftingRules

LOW: Flag = "low coverage"
"""The QA flag, and how the comment's note on a sparse tally begins."""


def sparse(t: Tally) -> bool:
    """Whether fewer than half of the sampled cases in scope have a view on `t`'s
    criterion (none where the scope is unknown: `Tally.sampled` 0)."""
    return 0 < 2 * t.views < t.sampled


def coverage(t: Tally) -> str:
    """The comment's note on a sparse tally ("low coverage: 29 of 84 sampled have
    evidence"); "" otherwise."""
    return f"{LOW}: {t.views} of {t.sampled} sampled have evidence" if sparse(t) else ""


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
                            there=" there" if where else "")  # fmt: skip
        return text[:at] + said + text[at + len(old) :]
    return text


_BASE = re.compile(r" \(of the (\w+) sampled( there)?\)")


def base_once(paras: Sequence[Paragraph]) -> None:
    """Say a sparse share's base once in a run of claims (case30, tester 29's note on
    A15): where a claim gives the same "(of the 13 sampled)" as the claim before it in
    its paragraph (an example, an impact or a quotation between them), the bracket is
    left out ("Five of the six cases with evidence on avoiding delay (of the 13 sampled)
    ... In five of the six cases with a finding on analysis in reports, ..."); its
    comment keeps "low coverage" and the QA view its flag."""
    for p in paras:
        last = ""
        for s in p.sentences:
            if s.role in ("example", "impact", "quote"):
                continue
            found = _BASE.search(s.text) if s.role == "claim" else None
            base = found.group(0) if found else ""
            if found and base == last:
                s.text = s.text[: found.start()] + s.text[found.end() :]
            last = base
