"""Each criterion has wordings enough that a report does not read alike from section to
section (issue 15, points 1 and 2): areas with the same tallies do not share their
sentences, and a criterion's wording said in one section is not said again in another
while a wording not yet said fits the evidence (the reader found "practitioners find out
what matters to each child and explain it to the court" four times in one report).

On the hand-written inspections (none made by the demo generator), and on one of them
with an area written twice more under other names: three areas with the same evidence,
so the same tallies.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.trace import Voice
from exporters.draft.words import words
from exporters.model import ReportModel
from store.store import Store
from tests.fixtures.handwritten import HANDWRITTEN, build

FOLDERS = ("voice", "handwritten", "claims", "support", "heldout")
"""Which of the hand-written inspections (`tests/export/conftest.py`) these tests read."""


@pytest.fixture(scope="module")
def reports(handwritten_reports: dict[str, ReportModel]) -> dict[str, ReportModel]:
    return {name: handwritten_reports[name] for name in FOLDERS}


def test_three_areas_with_the_same_tallies_do_not_read_alike(tmp_path: Path) -> None:
    """Pennine Valleys (area 3 of the hand-written inspection) written twice more as
    areas 1 and 2: the same notes, gradings and judgement, so the same tallies; at most
    a tenth of their sentences are near-verbatim to another area's (drafting.toml's
    `counted` phrases and each criterion's several general wordings give each area its
    own)."""
    folder = tmp_path / "twins"
    shutil.copytree(HANDWRITTEN, folder)
    text = (HANDWRITTEN / "area-03.toml").read_text(encoding="utf-8")
    for code, prefix, name in (("1", "TA", "Tarn and Wold"), ("2", "TB", "Brook and Fell")):
        twin = text.replace('code = "3"', f'code = "{code}"')
        twin = twin.replace('name = "Pennine Valleys"', f'name = "{name}"')
        twin = re.sub(r'ref = "PV-', f'ref = "{prefix}-', twin)
        (folder / f"area-0{code}.toml").write_text(twin, encoding="utf-8")
    build(tmp_path / "twins.db", folder)
    with Store.open(tmp_path / "twins.db") as store:
        report = draft_report(load(store))
    twins = [s for s in report.sections if s.kind == "area" and s.area_code in ("1", "2", "3")]
    assert len(twins) == 3
    assert report.repeated_share <= 0.10


def _wordings_said(report: ReportModel) -> Counter[str]:
    """How many sentences of the report say each criterion wording (criteria.toml)."""
    w = words()
    wordings = {x.lower() for c in w.criteria.values() for x in (*c.strength, *c.weakness)}
    said: Counter[str] = Counter()
    for sec in report.sections:
        for p in (*sec.intro, *sec.paragraphs):
            for s in p.sentences:
                low = s.text.lower()
                said.update(x for x in wordings if x in low)
    return said


@pytest.mark.parametrize("name", list(FOLDERS))
def test_a_criterion_s_wording_seldom_recurs_in_a_report(
    reports: dict[str, ReportModel], name: str
) -> None:
    said = _wordings_said(reports[name])
    assert said, "the report states no criterion in its own words"
    assert max(said.values()) <= 2, said.most_common(3)
    again = [x for x, n in said.items() if n > 1]
    assert len(again) <= 0.15 * len(said), again


def test_a_wording_said_in_one_section_gives_way_in_the_next() -> None:
    """The key findings and the national sections choose a wording after the areas:
    one an area has said is the last choice, whatever order the options come in."""
    clause = "practitioners find out what matters to each child and explain it to the court"
    other = "the court is told clearly what children want and why it matters to them"
    options = [f"Inspectors found that, in the vast majority of cases, {clause}.",
               f"In the vast majority of cases, {other}."]  # fmt: skip
    for key in ("summary", "judgement|J18-1", "judgement|J18-2", "area|9"):
        for order in (options, options[::-1]):
            voice = Voice()
            assert voice.choose([f"In most cases, {clause}."], "area|4", "QP3") is not None
            assert voice.choose(order, key, "QP3") == options[1], (key, order)
