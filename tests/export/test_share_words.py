"""Which cases a share is of, and how the two sides of a balanced sentence are worded
(issue #15; reader report 1, findings 3 and 10; report 2, finding 2), on small
inspections written by hand in each test, not the demo's.

- A share of some of the sampled cases says which cases it is of, in every frame: "in
  all cases" is never said of six of 12 sampled cases, nor "in most cases" of three of
  five; the key findings likewise.
- The two proportion words of a balanced sentence add up ("most ... some", never "most
  ... many", which an inspector reads as more than every case).
- A balanced claim says the side it leans to last, so that the example after it, which
  may only illustrate the side said last, can be placed.
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_area, draft_report, load
from exporters.draft.evenword import minority_word
from exporters.draft.tables import drafting_table
from exporters.draft.tallies import balanced_words
from exporters.draft.words import proportion_word, words
from exporters.model import ReportModel, Sentence
from store.framework import load_framework
from store.store import Store
from tests.export.small import Small, counted_pattern

RULES = words().rules(load_framework("cafcass-2018"))
MAJORITY = {b.word for b in RULES.proportion_bands if b.at_least >= 0.5}
# A share standing bare: "in all cases", "In most cases,", "the vast majority of cases".
_WORDS = "|".join(re.escape(b.word) for b in RULES.proportion_bands)
BARE = re.compile(rf"\b(?:{_WORDS}) cases\b", re.IGNORECASE)


def _claims(report: ReportModel) -> list[tuple[str, Sentence]]:
    """Each claim with the theme of its paragraph."""
    return [(p.theme, s) for sec in report.sections for p in sec.paragraphs
            for s in p.sentences if s.role == "claim"]  # fmt: skip


# Notes in an inspector's words, one per case: (criterion, polarity, text).
STRONG = {
    "QP3": "The report explains what the girl wants, and why, in the light of what she has lived through.",
    "QP7": "The analysis weighs each parent's proposal against the risks and the recommendation follows from it.",
    "QP2": "Screening before the first hearing picked up the police call-outs and the school's concerns.",
    "QP1": "The case was allocated the day the order arrived and the report was filed a week before the hearing.",
    "QP5": "The FCA used a drawing exercise to help the boy talk about the two homes.",
}
# Another area's inspectors' words for the same strengths (a note's text is quoted
# once in a report, so two areas with the same text could not both illustrate it).
OTHER = {
    "QP3": "The report sets out, in the boy's own words, why he wants to live with his father.",
    "QP7": "The guardian weighs each option for the child, and the recommendation follows.",
    "QP2": "The safeguarding letter named the risks from the police check and the GP.",
    "QP1": "The report was filed on time and the case moved on without any drift.",
    "QP5": "The guardian used a feelings chart to help the girl talk about contact.",
}
WEAK = {
    "QP3": "The report does not say what the child wants or why her view was set aside.",
    "QP7": "The guardian's analysis lists events at length but does not say what they mean for the child.",
    "QP2": "Screening missed the mother's new partner; no police check was asked for.",
    "QP1": "The case waited five weeks for allocation and the report was filed late.",
    "QP5": "No direct work with the child is recorded before the report was written.",
}


def _area(
    s: Small, area: str, plan: dict[str, tuple[int, int]], size: int = 12,
    strong: dict[str, str] = STRONG,
) -> None:  # fmt: skip
    """`size` sampled cases in `area`, each read (a note on keeping the child's needs
    central, QP4); on each criterion in `plan`, the first (for, against) of them hold a
    note for and against (`strong`, `WEAK`): the rest have no view on it."""
    cases = [s.case(area=area, law="PRIVATE" if k % 2 else "PUBLIC") for k in range(size)]
    for k, c in enumerate(cases):
        s.ev(c, ["QP4"], "strength", f"The plan keeps the child's needs central (file {area}-{k}).")
    for crit, (pos, neg) in plan.items():
        for k in range(pos):
            s.ev(cases[k], [crit], "strength", strong[crit])
        for k in range(pos, pos + neg):
            s.ev(cases[k], [crit], "development", WEAK[crit])


def _two_areas(path: Path) -> Store:
    s = Small(path, areas=[("4", "Tyne Vale", True), ("9", "Marches", True)])
    # Area 4: six of 12 on wishes and feelings, all for; five on reports, all for;
    # five on early risk, four for; seven on timeliness, five for and two against.
    _area(s, "4", {"QP3": (6, 0), "QP7": (5, 0), "QP2": (4, 1), "QP1": (5, 2), "QP5": (6, 1)})
    # Area 9: three of five delayed; most of seven reports weak; risk mostly missed.
    _area(s, "9", {"QP1": (2, 3), "QP7": (2, 5), "QP2": (1, 5), "QP3": (5, 2), "QP5": (2, 4)},
          strong=OTHER)  # fmt: skip
    s.judge("J18-4A", "outstanding", area="4")
    s.judge("J18-4A", "good", area="9")
    s.judge("J18-1", "good")
    s.judge("J18-2", "good")
    s.judge("J18-3", "good")
    return s.store


def test_every_share_of_some_sampled_cases_says_which_cases(tmp_path: Path) -> None:
    """Two areas of 12 sampled cases each, no criterion but one with a view in every case: no
    claim about cases anywhere in the report (key findings included) states a bare
    share, and each names the cases it is of (the criterion's noun)."""
    store = _two_areas(tmp_path / "t.db")
    report = draft_report(load(store))
    fw = load_framework("cafcass-2018")
    checked = 0
    for _theme, s in _claims(report):
        if not s.by_cases or s.criteria == ["QP4"]:  # QP4: a view in every case
            continue
        noun = words().criterion(fw, s.criteria[0]).noun
        assert not BARE.search(s.text), s.text
        assert re.search(r"cases " + counted_pattern(noun), s.text), s.text
        checked += 1
    store.close()
    assert checked >= 10


def test_a_share_of_every_sampled_case_may_stand_bare(tmp_path: Path) -> None:
    """Where every sampled case has a view on a criterion, "most cases" is true of the
    sample and may be said; the draft says "sampled" or a share, never "with evidence
    on" (which would suggest some cases had none)."""
    s = Small(tmp_path / "t.db")
    _area(s, "6", {"QP7": (8, 0)}, size=8)
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    [(_, claim)] = [(t, c) for t, c in _claims(report) if "QP7" in c.criteria]
    assert not re.search(counted_pattern(), claim.text), claim.text


def test_a_balanced_sentence_s_words_add_up() -> None:
    """Every split of up to 40 cases with a view: where one side's word says a majority,
    the other's band lies wholly below half (never "most ... many"), the two words'
    floors add up to no more than all the cases, and neither side's word is stepped
    up."""
    bands = RULES.proportion_bands
    top = {b.word: (bands[k - 1].at_least if k else 1.0) for k, b in enumerate(bands)}
    # "a minority of" (beside a majority, where the table's word for the smaller side
    # reaches half: `evenword.minority_word`) is below half, and at least the floor of
    # the table's band that reaches half ("many"): never a word below its share.
    reach = next(b for k, b in enumerate(bands) if top[b.word] > 0.5 and b.at_least < 0.5)
    top[minority_word()] = 0.5
    floor = {b.word: b.at_least for b in bands} | {minority_word(): reach.at_least}
    # "about half of the" (each side of an even split with mixed cases, where the table's
    # word reaches half: `evenword.even_word`) lies within [near_even] of a half.
    within = float(drafting_table("near_even")["about_half_within"])
    about_half = str(drafting_table("even_split")["about_half"])
    top[about_half], floor[about_half] = 0.5, 0.5 - within
    minorities = 0
    for total in range(RULES.min_cases, 41):
        for pos in range(1, total):
            for neg in range(1, total - pos + 1):
                p, n = balanced_words(RULES, pos, neg, total)
                major, minor = (p, n) if pos >= neg else (n, p)
                if major in MAJORITY and pos != neg:
                    assert top[minor] <= 0.5, (pos, neg, p, n)
                assert floor[p] + floor[n] <= 1 + 1e-9, (pos, neg)
                assert floor[p] <= pos / total, (pos, neg, total, p)
                assert floor[n] <= neg / total, (pos, neg, total, n)
                if minor == minority_word():
                    minorities += 1
                    assert min(pos, neg) / total < 0.5, (pos, neg, total)
                    # Said only where the table's own word would reach half.
                    assert proportion_word(RULES, min(pos, neg), total) == reach.word
    assert minorities


def test_no_most_although_many_in_the_draft(tmp_path: Path) -> None:
    """Ten sampled cases on analysis in reports, six for and four against: the balanced
    sentence may say "most" and "some", never "most" (or "the majority") with "many"."""
    s = Small(tmp_path / "t.db")
    _area(s, "6", {"QP7": (6, 4), "QP3": (4, 6)}, size=10)
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    balanced = [c for _t, c in _claims(report) if c.direction == "balanced"]
    assert len(balanced) == 2
    for c in balanced:
        assert re.search(r"\b(?:most|the majority)\b", c.text, re.I), c.text
        assert not re.search(r"\bmany\b", c.text), c.text


def _side_said_last(claim: Sentence) -> str:
    """Which side a balanced claim's sentence ends on, by the hand-written notes' own
    words as the criterion's wordings say them (criteria.toml)."""
    cw = words().criterion(load_framework("cafcass-2018"), claim.criteria[0])
    low = claim.text.lower()
    at_s = max((low.rfind(x.lower()) for x in cw.strength), default=-1)
    at_w = max((low.rfind(x.lower()) for x in cw.weakness), default=-1)
    return "against" if at_w > at_s else "for"


def test_a_balanced_claim_ends_on_the_side_it_leans_to(tmp_path: Path) -> None:
    """A balanced claim followed by an example ends on its paragraph's side (the
    weakness in the paragraph on weaknesses, the strength in a paragraph on strengths),
    the side the example illustrates, so that it never sits beside the clause it
    contradicts; at least one balanced claim in each is illustrated.  (A balanced claim
    with no example after it may say its larger side first and end on the smaller:
    "Most of the cases ... show that ..., although in some, ...": tests/export/
    test_vary_shapes.py.)"""
    store = _two_areas(tmp_path / "t.db")
    report = draft_report(load(store))
    store.close()
    seen: set[str] = set()
    for sec in report.sections:
        for p in sec.paragraphs:
            for k, s in enumerate(p.sentences):
                if s.role != "claim" or s.direction != "balanced" or not s.by_cases:
                    continue
                if sec.kind != "area":
                    continue
                want = "against" if p.theme == "development" else "for"
                nxt = p.sentences[k + 1] if k + 1 < len(p.sentences) else None
                if nxt is not None and nxt.role == "example":
                    assert _side_said_last(s) == want, (p.theme, s.text)
                    seen.add(want)
    assert seen == {"for", "against"}, seen  # an example after each kind
