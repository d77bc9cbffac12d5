"""The seed-2018 demo (150 cases) exports cleanly: every visited area has 3 to 6
numbered paragraphs, the check finds nothing, the body never holds a case ref, and
leadership findings are never shares of cases."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from pathlib import Path

from exporters.draft import draft_area, draft_report, load
from exporters.export import check_report, export_report, scanner_for
from store.store import Store
from tests.export.readback import comments

BANDS = ("all", "almost all", "the vast majority of", "most", "the majority of", "many", "some",
         "a small number of", "a very small number of")  # fmt: skip
SHARE = re.compile(
    r"\b(?:" + "|".join(re.escape(b) for b in BANDS) + r")(?: of)?(?: the)? cases\b", re.I
)


def test_demo_areas_and_report(demo_db: Path) -> None:
    with Store.open(demo_db) as store:
        data = load(store)
        scanner = scanner_for(store, data)
        refs = {c.ref for c in data.cases}
        for area in [a for a in data.areas if a.visited]:
            model = draft_area(data, area.code)
            assert 3 <= len(model.numbered()) <= 6, area.code
            assert check_report(model, scanner) == []
        report = draft_report(data)
    assert check_report(report, scanner) == []
    words = set(
        re.findall(r"[A-Z0-9][A-Z0-9\-]{2,19}", " ".join(p.text for p in report.paragraphs()))
    )
    assert not words & refs


def test_leadership_claims_are_not_shares_of_cases(demo_db: Path) -> None:
    """Findings on leadership criteria are said of the service, never "In many cases,
    senior managers ..."; stakeholder groups are listed, not chained with "and"."""
    with Store.open(demo_db) as store:
        data = load(store)
        report = draft_report(data)
        leadership = {c.id for c in data.framework.criteria if c.group.startswith("L")}
    checked = 0
    for p in report.paragraphs():
        assert " and magistrates and " not in p.text
        for s in p.sentences:
            if s.role == "claim" and s.criteria and set(s.criteria) <= leadership:
                checked += 1
                assert not SHARE.search(s.text), s.text
    assert checked >= 5


def test_demo_voice_and_margin(demo_db: Path, tmp_path: Path) -> None:
    """On the demo too: at most 10% of area sentences shared with another area (it was
    67%), and a median comment under 80 words (it was 318)."""
    out = tmp_path / "report.docx"
    with Store.open(demo_db) as store:
        report = export_report(store, out, allow_identifying=True).report
    texts = [{" ".join(re.findall(r"[a-z0-9]+", s.text.lower())) for p in sec.paragraphs
              for s in p.sentences} for sec in report.sections if sec.kind == "area"]  # fmt: skip
    assert len(texts) >= 2
    where = Counter(t for own in texts for t in own)
    shared = sum(1 for own in texts for t in own if where[t] > 1) / sum(map(len, texts))
    sizes = [len(t.split()) for t in comments(out).values()]
    print(f"demo: {shared:.1%} of area sentences shared; median comment "
          f"{statistics.median(sizes)} words")  # fmt: skip
    assert shared <= 0.10
    assert statistics.median(sizes) < 80
