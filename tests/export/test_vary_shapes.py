"""Varied sentences in the report's voice (issue 15): a balanced claim (material cases on
both sides) is said in one of a family of shapes (`drafting.toml` [frames.cases],
`exporters.draft.shapes`), not the one "Although in some of the cases with evidence on
X, ..., in most of them, ..." again and again.

As a reader sees the draft, on every hand-written inspection of the export tests and on
`vary_inspection` (two areas mixed on almost every criterion):

- most balanced sentences say the larger side first;
- no one opening (`trace.opening`: the first two words, any count standing for any)
  opens more than about a quarter of a section's balanced sentences, and no two
  consecutive sentences of a paragraph open alike;
- no share reads "in some of them" (the second side names its cases by its word
  alone: "..., although in a small number, ...");
- every balanced sentence keeps its tally in its comment.

And every shape is grammatical with every criterion's noun and wordings, in all three
frameworks, with every pair of proportion words a balanced sentence can have.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.shapes import of_the_cases_counted, said_first, said_last
from exporters.draft.tallies import balanced_words
from exporters.draft.trace import opening
from exporters.draft.words import (
    capitalise,
    count_of,
    even_split,
    number_text,
    side_words,
    words,
)
from exporters.model import Paragraph, ReportModel, Section, Sentence
from store.framework import builtin_ids, load_framework
from store.store import Store
from tests.export import vary_inspection

TALLY = re.compile(r"^In (\d+) of (\d+) cases with a view on (\w+); against in (\d+)")
QUARTER = 0.25
"""The issue's bound on how many of a section's balanced sentences one opening opens."""


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    store = vary_inspection.build(tmp_path_factory.mktemp("vary") / "vary.db")
    try:
        return draft_report(load(store))
    finally:
        store.close()


def _balanced(sec: Section) -> list[Sentence]:
    return [s for p in (*sec.intro, *sec.paragraphs) for s in p.sentences
            if s.role == "claim" and s.direction == "balanced" and s.by_cases]  # fmt: skip


def _shape(s: Sentence) -> str:
    """How a sentence opens, less a turn added before it ("However, ...")."""
    return opening(re.sub(r"^(?:However|Nevertheless), ", "", s.text))


def _larger_first(s: Sentence) -> bool | None:
    """Whether a balanced sentence says its larger side's share first (None: an even
    split), read from its words and the tally in its comment."""
    m = TALLY.match(s.basis)
    assert m, s.basis
    pos, views, neg = int(m[1]), int(m[2]), int(m[4])
    if pos == neg:
        return None
    rules = words().rules(load_framework("cafcass-2018"))
    if "(small sample" in s.basis or "(counts" in s.basis or "low coverage" in s.basis:
        big, small = number_text(max(pos, neg)), number_text(min(pos, neg))
    else:
        p, n = balanced_words(rules, pos, neg, views)
        said = side_words(p, n)
        big, small = (said["pos_alone"], said["neg_alone"]) if pos > neg else (
            said["neg_alone"], said["pos_alone"])  # fmt: skip
    low = s.text.lower()

    def at(word: str) -> int:
        found = re.search(rf"\b{re.escape(word)}\b", low)
        return found.start() if found else len(low)

    return at(big) < at(small)


def _reports(
    handwritten_reports: dict[str, ReportModel], mixed: ReportModel
) -> dict[str, ReportModel]:
    return {**handwritten_reports, "vary": mixed}


# As a reader sees the draft -------------------------------------------------------------


def test_most_balanced_sentences_say_the_larger_side_first(
    handwritten_reports: dict[str, ReportModel], mixed: ReportModel
) -> None:
    first = Counter(_larger_first(s) for r in _reports(handwritten_reports, mixed).values()
                    for sec in r.sections for s in _balanced(sec))  # fmt: skip
    assert first[True] + first[False] >= 30, first
    assert first[True] >= 2 * first[False], first  # before: 8 of 24 on the tester's inspection


def test_the_mixed_inspection_says_every_criterion_in_one_balanced_sentence(
    mixed: ReportModel,
) -> None:
    """The hand-written plan: nine criteria mixed in each area, each stated once, in one
    balanced sentence (the rest in the marker for the lead), the larger side first in
    most of them."""
    areas = [s for s in mixed.sections if s.kind == "area"]
    assert [s.area_code for s in areas] == ["4", "9"]
    for sec in areas:
        said = _balanced(sec)
        assert len(said) >= 6, [s.text for s in said]
        assert sum(bool(_larger_first(s)) for s in said) >= 2 * len(said) // 3, [
            s.text for s in said
        ]


def test_no_opening_opens_more_than_a_quarter_of_a_section_s_balanced_sentences(
    handwritten_reports: dict[str, ReportModel], mixed: ReportModel
) -> None:
    """ "About a quarter": with n balanced sentences in a section, no opening opens more
    than a quarter of them, rounded up (two of five, three of nine)."""
    checked = 0
    for name, report in _reports(handwritten_reports, mixed).items():
        for sec in report.sections:
            shapes = Counter(_shape(s) for s in _balanced(sec))
            n = sum(shapes.values())
            if n < 4:
                continue
            checked += 1
            assert max(shapes.values()) <= math.ceil(QUARTER * n), (name, sec.heading, shapes)
    assert checked >= 4


def _consecutive(p: Paragraph) -> list[tuple[str, str]]:
    prose = [s for s in p.sentences if s.role not in ("marker", "placeholder")]
    pairs = zip(prose, prose[1:], strict=False)
    return [(a.text, b.text) for a, b in pairs if _shape(a) == _shape(b)]


def test_no_two_consecutive_claims_open_alike(
    handwritten_reports: dict[str, ReportModel], mixed: ReportModel
) -> None:
    """No sentence of the draft's claims (shares of cases, their examples and impact)
    opens as the one before it does."""
    for name, report in _reports(handwritten_reports, mixed).items():
        for sec in report.sections:
            for p in (*sec.intro, *sec.paragraphs):
                pairs = [(a, b) for a, b in _consecutive(p)
                         if any(s.role == "claim" and s.by_cases and s.text in (a, b)
                                for s in p.sentences)]  # fmt: skip
                assert pairs == [], (name, sec.heading, pairs)


def test_no_share_reads_of_them(
    handwritten_reports: dict[str, ReportModel], mixed: ReportModel
) -> None:
    """The second side of a balanced sentence is "in a small number", not "in a small
    number of them" (the clumsy back-reference)."""
    bands = words().rules(load_framework("cafcass-2018")).proportion_bands
    share = "|".join(re.escape(b.word.removesuffix(" of")) for b in bands)
    of_them = re.compile(rf"\b(?:{share}|half|the other half|as many) of them\b", re.IGNORECASE)
    said = [s.text for r in _reports(handwritten_reports, mixed).values() for sec in r.sections
            for s in _balanced(sec) if of_them.search(s.text)]  # fmt: skip
    assert said == []


def test_every_balanced_sentence_keeps_its_tally_in_its_comment(
    handwritten_reports: dict[str, ReportModel], mixed: ReportModel
) -> None:
    """Each balanced sentence's comment gives its tally on the criterion it states, with
    cases on both sides, and the mixed-evidence flag."""
    checked = 0
    for report in _reports(handwritten_reports, mixed).values():
        for sec in report.sections:
            for s in _balanced(sec):
                m = TALLY.match(s.basis)
                assert m and m[3] == s.criteria[0], (s.text, s.basis)
                assert int(m[1]) > 0 and int(m[4]) > 0, s.basis
                assert "mixed evidence" in s.flags
                checked += 1
    assert checked >= 30


# Every shape, every criterion, every pair of words ---------------------------------------


_FRAME_KEYS = re.compile(r"^(?:small_)?(?:balanced|folded)|^(?:for|against)$")


def _pairs() -> list[tuple[int, int, int]]:
    """(for, against, with a view) for every balance a sentence can be asked to say."""
    return [(p, n, v) for v in (5, 9, 12, 20, 40) for p in range(1, v)
            for n in range(1, v - p + 1)]  # fmt: skip


@pytest.mark.parametrize("framework_id", builtin_ids())
def test_every_shape_reads_with_every_criterion_and_every_pair_of_words(framework_id: str) -> None:
    """Each balanced frame, as the draft turns it for some of the sampled cases (`of_the
    _cases_counted`) and for all of them, with each criterion's first strength and
    weakness and noun, and each pair of proportion words (or counts) a balanced claim
    can have: no placeholder left, no word said twice running, no "many ... many", no
    empty clause; and each frame says the side it ends on last (`said_last`)."""
    fw = load_framework(framework_id)
    w = words()
    rules = w.rules(fw)
    frames = w.frames["cases"]
    kinds = [k for k in frames if _FRAME_KEYS.match(k)]
    assert {"balanced_for", "balanced_against", "folded_for", "folded_against"} <= set(kinds)
    fills: set[tuple[tuple[str, str], ...]] = set()
    for pos_n, neg_n, views in _pairs():
        pos, neg = balanced_words(rules, pos_n, neg_n, views)
        fills.add(tuple(side_words(pos, neg).items()))
    wrong: list[str] = []
    checked = 0
    every = tuple(sorted(fills))
    for c in fw.criteria:
        cw = w.criterion(fw, c.id)
        if cw.about != "cases":
            continue
        counted = ("sampled", f"with evidence on {cw.noun}")
        for kind in kinds:
            for raw in frames[kind]:
                for said in counted:
                    n, bad = _filled(kind, raw, said, every, cw.strength[0], cw.weakness[0])
                    checked += n
                    wrong += bad
                last = "for" if raw.rstrip(".").endswith("{strength}") else "against"
                if raw.rstrip(".").endswith(("{strength}", "{weakness}")):
                    assert said_last(raw) == last, raw
                assert said_first(raw) in ("for", "against")
    assert checked > 1000
    assert wrong == [], wrong[:5]


Fills = tuple[tuple[tuple[str, str], ...], ...]


@cache
def _filled(
    kind: str, raw: str, said: str, fills: Fills, s: str, x: str
) -> tuple[int, tuple[str, ...]]:
    """How many texts one frame makes, turned for `said`, with a criterion's strength
    `s` and weakness `x` and each pair of proportion words in `fills` (and two even
    splits), and those of them that read wrongly (`_bad`), labelled with the frame's
    kind.  The same frame, words and fills make the same texts whichever framework asks
    (the three built-in ones share them), so each is worked out once a process."""
    w = words()
    small = kind.startswith("small_")
    frame = raw if said == "sampled" else of_the_cases_counted(raw)
    sides = [dict(f) for f in fills] if not small else [{}]
    texts = [_format(frame, fill, s, x, said, 3, 2, 5)
             for fill in sides if small or fill["pos"] != fill["neg"]]  # fmt: skip
    n = len(texts)
    if not small:  # an even split: "half ... the other half"
        for pos_n, views in ((4, 8), (3, 9)):
            even = even_split(w, frame, "some", "some", pos_n, views)
            texts.append(_format(frame, even, s, x, said, pos_n, pos_n, views))
    bad = {text for text in set(texts) if _bad(text)}  # each text read once
    return n, tuple(f"{kind}: {text}" for text in texts if text in bad)


def _format(frame: str, fill: dict[str, str], s: str, x: str, counted: str,
            pos_n: int, neg_n: int, views: int) -> str:  # fmt: skip
    return capitalise(frame.format(
        **fill, **_numbers(pos_n, neg_n, views), strength=s, Strength=capitalise(s),
        weakness=x, Weakness=capitalise(x), counted=counted,
    ))  # fmt: skip


@cache
def _numbers(pos_n: int, neg_n: int, views: int) -> dict[str, str]:
    """The fills that depend only on the counts (and the place and sources)."""
    return {
        "place": "Wessex", "area": "Area 6", "src": "case files",
        "for_n": number_text(pos_n), "against_n": number_text(neg_n), "n": number_text(views),
        "for_of": count_of(pos_n, views), "against_of": count_of(neg_n, views),
        "For_of": capitalise(count_of(pos_n, views)),
        "Against_of": capitalise(count_of(neg_n, views)),
        "shows": "shows" if pos_n == 1 else "show",
        "shows_against": "shows" if neg_n == 1 else "show",
    }  # fmt: skip


_BAD = re.compile(
    r"\{|\}|\b(\w+) \1\b|,\s*,|\s{2}|\bmany\b.*\bmany\b|\bof them\b|\bthe the\b|, \.|;\s*\.|\b(?:in|of|that) [,.;]"
)


def _bad(text: str) -> bool:
    """Whether a filled frame reads wrongly (see `_BAD`), or does not open with a capital
    and end with a full stop."""
    return bool(_BAD.search(text)) or not text[:1].isupper() or not text.endswith(".")


def test_the_shapes_are_data() -> None:
    """The family is the wording data's, not the code's: each balanced kind offers
    several shapes, most of which say the larger side first."""
    frames = words().frames["cases"]
    for kind in ("balanced_for", "balanced_against"):
        lean = kind.removeprefix("balanced_")
        shapes = frames[kind]
        assert len(shapes) >= 6
        assert sum(said_first(f) == lean for f in shapes) > len(shapes) / 2, kind
        assert len({opening(f.replace("{", "").replace("}", "")) for f in shapes}) >= 4


COUNTED_EXCEPTION = re.compile(
    r"\b(?:\w+ of the \w+|both|all \w+) cases\b[^.;]*?,\s*(?:except|though not in)\b"
)
"""An exception taken out of a side already counted ("In two of the three cases ...,
except one in which ..." counts the one twice; a reader of the export fixture's draft)."""


def test_no_exception_is_taken_out_of_a_counted_side(
    handwritten_reports: dict[str, ReportModel], mixed: ReportModel, fx_db: Path
) -> None:
    with Store.open(fx_db) as store:
        fixture = draft_report(load(store))
    said = [s.text for r in (*_reports(handwritten_reports, mixed).values(), fixture)
            for sec in r.sections for p in (*sec.intro, *sec.paragraphs) for s in p.sentences
            if COUNTED_EXCEPTION.search(s.text)]  # fmt: skip
    assert said == []
