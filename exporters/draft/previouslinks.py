"""A recommendation of the previous inspection beside what this inspection found on the
criteria the lead linked it to (`Recommendation.criteria`; tester 35's A19).

Two checks, each said to the lead, never decided for them:
- **Progress against the findings.** A recommendation recorded as acted on whose
  practice is still a point in "What does ... need to improve?", or whose cases still
  lean against it, is marked: the report would otherwise say "This has been acted on."
  beside a point to improve the same practice.  One recorded as acted on only in part,
  or not, that is such a point says so ("This remains an area for improvement ...").
  One recorded as not acted on whose cases lean to the strength is marked too.
- **The finding's words against the tally.** A finding the lead typed ("Children are
  now seen alone in most cases") is quoted as written; a proportion word in it that fits
  neither side of inspectors' own tally on the linked criteria (73 of 120 cases is "the
  majority", not "most") is marked with the tally, and flagged for the QA reader.

The tallies are the whole inspection's (`casethemes.everything`), counted by the same
rule as every other sentence; each goes into the sentence's comment.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from exporters.draft.casethemes import everything
from exporters.draft.data import DraftData
from exporters.draft.tallies import Claim, Pool, same_point
from exporters.draft.wording import wording_table
from exporters.draft.words import of_form, proportion_word
from exporters.model import Section, Sentence
from store.framework import DraftingRules
from store.models import StoredRecommendation

# Words a lead writes for a share beside the framework's own band words, each with the
# shares it may stand for (low inclusive, high exclusive; "all" is 1.0 only).  Where a
# band has the word too, the word stands for either span: "most" is the inspectorate's
# 75-89% though a file splits off "the vast majority" at 85%, and "the majority" is
# never wrong of more than half.
_OTHER_WORDS: dict[str, tuple[float, float]] = {
    "every": (1.0, 1.01),
    "nearly all": (0.85, 1.0),
    "virtually all": (0.85, 1.0),
    "a minority": (0.15, 0.5),
    "a few": (0.0, 0.15),
    "few": (0.0, 0.15),
    "half": (0.45, 0.56),
    "most": (0.75, 0.9),
    "majority": (0.5, 1.01),
}
# A finding that says what still falls short ("Some reports are still late") is read
# against the share of cases against; any other against the share for.
_SHORTFALL = re.compile(r"\b(?:not|no|never|still|too|rarely|seldom|late|delay\w*|lack\w*|weak\w*|poor\w*|fail\w*|without|miss\w*|insufficient\w*|inconsistent\w*|limited|gaps?|drift\w*|unclear)\b", re.I)  # fmt: skip
# A share of something other than cases: "most areas", "the majority of teams" (tester 36).
_NOT_CASES = re.compile(
    r"\s+(?:of\s+(?:the\s+)?)?(?:areas?|teams?|regions?|services?|courts?|offices?|"
    r"(?:local\s+)?authorities|boards?|managers?|leaders?)\b",
    re.I,
)
# Where one clause of a finding ends and the next begins.
_CLAUSE = re.compile(
    r"[;:]|,?\s+(?:but|though|although|while|whereas|yet)\b|,\s+(?:and|with)\b", re.I
)
# "most" as a superlative ("the most vulnerable", "at most") is no share.
_NOT_A_SHARE = re.compile(r"(?:\bthe|\bat)\s+most\b|\bmost\s+(?:\w+est|\w+ly|recent|likely|important|vulnerable)\b|\ball\s+but\b|\bat\s+all\b", re.I)  # fmt: skip


def share_words(rules: DraftingRules) -> dict[str, tuple[float, float]]:
    """Every proportion word a finding may use, with the shares it stands for: the
    framework's bands (each up to the next band's floor) and the words above."""
    out: dict[str, tuple[float, float]] = {}
    bands = sorted(rules.proportion_bands, key=lambda b: -b.at_least)
    top = 1.01
    for b in bands:
        word = b.word.removesuffix(" of").removeprefix("the ")
        out.setdefault(word, (b.at_least, top))
        top = b.at_least if b.at_least < 1.0 else 1.0
    for word, (lo, hi) in _OTHER_WORDS.items():
        was = out.get(word, (lo, hi))
        out[word] = (min(lo, was[0]), max(hi, was[1]))
    return out


def said_shares(text: str, rules: DraftingRules) -> list[tuple[str, str, float, float]]:
    """The proportion words in a finding, longest first where they overlap ("almost
    all", not "all"), each with the side its clause speaks of ("against" where the
    clause names a shortfall: "in most files, though not yet in one area" is a strength
    said with a caveat) and the shares it may stand for."""
    plain = _NOT_A_SHARE.sub(lambda m: " " * len(m.group()), text)
    words = share_words(rules)
    found: list[tuple[int, str, str, float, float]] = []
    taken: list[tuple[int, int]] = []
    for word in sorted(words, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(word)}\b", plain, re.I):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if _NOT_CASES.match(plain, m.end()):  # "most areas": a share of areas, not cases
                continue
            taken.append((m.start(), m.end()))
            clause = _clause(text, m.start())
            side = "against" if _SHORTFALL.search(clause) else "for"
            found.append((m.start(), word, side, *words[word]))
    return [f[1:] for f in sorted(found)]


def _clause(text: str, at: int) -> str:
    """The clause of `text` that holds the character at `at`."""
    cuts = [0, *(m.end() for m in _CLAUSE.finditer(text)), len(text) + 1]
    start = max(c for c in cuts if c <= at)
    end = min(c for c in cuts if c > at)
    return text[start:end]


def linked_claims(data: DraftData, rec: StoredRecommendation) -> Iterator[Claim]:
    """What the whole inspection can say on each criterion the recommendation is about."""
    pool: Pool = everything(data, "previous")
    for criterion in rec.criteria:
        claim = pool.claim(criterion)
        if claim is not None:
            yield claim


def improvement_points(rec: StoredRecommendation, improve: Section | None) -> list[Sentence]:
    """The points to improve, in this draft, on the practice the recommendation is about
    (its criteria, and the findings said of the service that make the same point)."""
    if improve is None or not rec.criteria:
        return []
    about = frozenset().union(*(same_point(c) for c in rec.criteria))
    return [s for p in improve.paragraphs if p.theme == "improve"
            for s in p.sentences if about & set(s.criteria)]  # fmt: skip


def beside_findings(
    data: DraftData, rec: StoredRecommendation, improve: Section | None
) -> list[Sentence]:
    """After the recommendation's progress: whether it remains a point for improvement,
    or a mark where the recorded progress and this inspection's findings disagree."""
    if not rec.criteria or rec.progress is None or rec.meta.conflict:
        return []
    w = wording_table("previous.toml")["linked"]
    org = data.inspection.organisation
    points = improvement_points(rec, improve)
    claims = list(linked_claims(data, rec))
    said = ", ".join(rec.criteria)
    tally = "; ".join(c.tally.line(c.by_cases) for c in claims)
    if rec.progress == "met":
        against = [c for c in claims if c.lean == "against" and c.direction != "for"]
        if points or against:
            why = w["met_point"] if points else w["met_against"]
            return [Sentence(text=why.format(org=org, criteria=said), role="marker",
                             criteria=rec.criteria, basis=tally, evidence_ids=[rec.id])]  # fmt: skip
        return []
    if points:
        return [Sentence(text=w["remains"].format(org=org), role="claim", criteria=rec.criteria,
                         direction="against", basis=tally,
                         evidence_ids=[rec.id, *(i for s in points for i in s.evidence_ids)])]  # fmt: skip
    if rec.progress == "not-met" and claims and all(c.direction == "for" for c in claims):
        return [Sentence(text=w["not_met_for"].format(criteria=said), role="marker",
                         criteria=rec.criteria, basis=tally, evidence_ids=[rec.id])]  # fmt: skip
    return []


def checked_finding(
    data: DraftData, rec: StoredRecommendation, finding: Sentence
) -> list[Sentence]:
    """The finding as the lead wrote it, its tallies in the comment, and a mark after
    it where a proportion word in it fits neither side of any linked criterion's tally."""
    claims = [c for c in linked_claims(data, rec) if c.by_cases and c.tally.views]
    if not claims:
        return [finding]
    finding.criteria = list(rec.criteria)
    finding.basis = f"{finding.basis}; " + "; ".join(c.tally.line(True) for c in claims)
    rules = data.rules
    said = said_shares(finding.text, rules)
    if not said or any(_fits(c, side, lo, hi) for c in claims for _w, side, lo, hi in said):
        return [finding]
    if all(c.tally.views < rules.min_cases for c in claims):
        finding.flags = [*finding.flags, "small sample"]
        return [finding]
    finding.flags = [*finding.flags, "disagrees with the tally"]
    c = max(claims, key=lambda c: c.tally.views)
    t = c.tally
    word, side = said[0][0], said[0][1]
    n = len(t.pos) if side == "for" else len(t.neg)
    text = wording_table("previous.toml")["linked"][f"finding_{side}"].format(
        said=word, criterion=c.criterion, n=n, views=t.views,
        word=of_form(proportion_word(rules, n, t.views)),
    )  # fmt: skip
    marker = Sentence(text=text, role="marker", criteria=[c.criterion], basis=t.line(True))
    return [finding, marker]


def _fits(claim: Claim, side: str, lo: float, hi: float) -> bool:
    """Whether the share on the finding's side (for or against) lies in [lo, hi)."""
    t = claim.tally
    share = (len(t.pos) if side == "for" else len(t.neg)) / t.views
    return lo <= share < hi or lo == share == 1.0


def carried_forward(data: DraftData, improve: Section) -> None:
    """A point to improve on the practice of a recommendation the last inspection made,
    recorded as acted on only in part or not at all, says so after it."""
    recs = data.store.recommendations() if data.store is not None else []
    recs = [r for r in recs if r.progress in ("partly-met", "not-met")
            and not r.meta.conflict]  # fmt: skip
    said = str(wording_table("previous.toml")["linked"]["carried"])
    for rec in recs:
        for point in improvement_points(rec, improve):
            for p in improve.paragraphs:
                if point in p.sentences and not any(s.text == said for s in p.sentences):
                    p.sentences.append(Sentence(
                        text=said, role="claim", basis=f"Recommendation {rec.number} of the "
                        "previous inspection, as the lead recorded it", evidence_ids=[rec.id],
                    ))  # fmt: skip
