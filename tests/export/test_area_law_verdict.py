"""Issue 15, case16 (tester 15's claim 14; session 15's "still open"): a 2021 area section
opened "Practice is strong in the majority of cases" on analysis where all four of its
public law cases fell short, the law-type sentence after it saying so.  Where a claim's
law types lean apart, its sentence now uses no frame giving a verdict on the area's
practice as a whole (`exporters.draft.arealaw.plain_frames`, `drafting.toml` [law_split]
`verdicts`).

On the hand-written inspection `case16_inspection.law_apart`: three areas, each with
three public law cases weak on analysis and five private law cases strong.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.draft.arealaw import plain_frames, rules
from exporters.draft.claims import Context
from exporters.draft.data import DraftData
from exporters.draft.fitting import has_any_words
from exporters.draft.tallies import Pool
from exporters.draft.trace import Used, Voice
from exporters.model import ReportModel
from tests.export.case16_inspection import law_apart


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DraftData, ReportModel]]:
    s = law_apart(tmp_path_factory.mktemp("lawapart") / "l.db")
    try:
        data = load(s.store)
        yield data, draft_report(data)
    finally:
        s.close()


def test_no_area_gives_a_verdict_on_its_practice_where_its_law_types_lean_apart(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    _data, report = drafted
    areas = [s for s in report.sections if s.kind == "area"]
    assert len(areas) == 3
    for sec in areas:
        said = [x for p in sec.paragraphs for x in p.sentences]
        claim = next(x for x in said if x.role == "claim" and x.criteria == ["QP7"])
        split = next(x for x in said[said.index(claim) + 1 :]
                     if x.role not in ("example", "quote", "impact"))  # fmt: skip
        # The law types' sentence follows, and the claim says no verdict on the whole.
        assert split.basis.startswith("By law type:"), split.text
        assert "public law" in split.text and "three" in split.text, split.text
        assert not has_any_words(claim.text, rules().verdicts), claim.text
        assert "five" in claim.text.lower() and "three" in claim.text, claim.text


def test_the_frames_left_give_no_verdict_and_other_claims_keep_theirs(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    data, _report = drafted
    family = data.words.frames["cases"]
    every = tuple(f for kind in ("folded_for", "small_folded_for", "balanced_for")
                  for f in family.get(kind, ()))  # fmt: skip
    assert any(has_any_words(f, rules().verdicts) for f in every)  # there is something to drop
    pool = Pool(data, data.cases_in_area["2"], [], "t", areas=("2",))
    ctx = Context(
        pool=pool,
        voice=Voice(),
        used=Used(data.rules.near_same_share),
        key="t",
        area="Area 2",
        place="Weald",
    )
    claim = pool.claim("QP7")
    assert claim is not None and claim.direction == "balanced"
    kept = plain_frames(ctx, claim, every)
    assert kept and not any(has_any_words(f, rules().verdicts) for f in kept)
    # A national section (no area).
    national = Pool(data, set().union(*data.cases_in_area.values()), [], "n")
    nclaim = national.claim("QP7")
    assert nclaim is not None
    nctx = Context(
        pool=national,
        voice=Voice(),
        used=Used(data.rules.near_same_share),
        key="n",
        area="Cafcass",
        place="Cafcass",
    )
    # It drops no frame for its law types; its share is of every case sampled here, so
    # each verdict frame names the point instead (tester 23's A6), as an area's do.
    assert nclaim.tally.views >= national.sample_size
    nkept = plain_frames(nctx, nclaim, every)
    assert len(nkept) == len(every) and nkept != every
    assert not [f for f in nkept if has_any_words(f, rules().verdicts) and "{noun}" not in f]


def test_no_law_split_frame_puts_a_verb_after_the_better_law_s_share() -> None:
    """Tester 24's A11: "Six of the eight private law cases show weaknesses in children's
    wishes and feelings, while one of the four public law cases do."  {better} may be one
    case, so a frame ends its clause there: no verb after it agrees with both."""
    for frame in rules().frames:
        after = frame.split("{better} {better_law} cases", 1)[1]
        assert after.strip() in (".", ""), frame
        said = frame.format(worse="six of the eight", Worse="Six of the eight",
                            worse_law="private law", better="one of the four",
                            better_law="public law", noun="wishes and feelings")  # fmt: skip
        assert "one of the four public law cases do" not in said
