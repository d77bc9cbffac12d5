"""Voice27's findings (issue 15; tester 26's audit, A2 #7): a note's participle with its
"was" dropped ("Young person seen alone at a place she chose (library); ...", where "she
chose" read as its verb) is said with "was" where a person is its subject, and is no
example where none is; on the inspection written by hand for voice27
(`tests/export/voice27_inspection.py`) and on notes written here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.draft.examples import finding
from exporters.draft.sections import area_pool
from exporters.draft.tallies import Pool
from exporters.model import ReportModel
from store.store import Store
from tests.export import voice27_inspection as fx
from tests.export.small import Small


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    path = tmp_path_factory.mktemp("voice27x") / "voice27.db"
    fx.build(path).close()
    with Store.open(path) as store:
        return draft_report(load(store))


def _examples(report: ReportModel) -> list[str]:
    return [s.text for sec in report.sections for p in (*sec.intro, *sec.paragraphs)
            for s in p.sentences if s.role == "example"]  # fmt: skip


def test_the_dropped_was_is_said_in_the_example(report: ReportModel) -> None:
    """Harrowfield's notes on seeing children read "Teenager seen on his own at ...":
    the example says "was seen", never "one teenager seen ..."."""
    examples = _examples(report)
    assert any(re.search(r"\b(?:teenager|young person|brother) was seen\b", t) for t in examples)
    assert [t for t in examples if re.search(r"\b(?:teenager|person|brother) seen\b", t)] == []


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pool]:
    s = Small(tmp_path_factory.mktemp("voice27n") / "n.db")
    s.ev(s.case(), ["QP8"], "strength", "The worker saw the boy at his school before the hearing.")
    try:
        yield area_pool(load(s.store), ("6",))[0]
    finally:
        s.close()


@pytest.mark.parametrize(
    ("note", "said"),
    [
        (
            "Young person seen on her own at the swimming pool she picked; the worker wrote "
            "to her after the hearing.",
            "the young person was seen on her own at the swimming pool she picked; the worker "
            "wrote to her after the hearing.",
        ),
        (
            "Siblings interviewed separately at the contact centre so each could talk about "
            "home freely.",
            "siblings were interviewed separately at the contact centre so each could talk "
            "about home freely.",
        ),
        (  # "seen at school" describes the boy: the sentence has its own verb
            "The boy seen at school told the worker he wanted to stay with his grandmother.",
            "the boy seen at school told the worker he wanted to stay with his grandmother.",
        ),
    ],
)
def test_a_person_s_dropped_was_is_restored(pool: Pool, note: str, said: str) -> None:
    found = finding(pool, note)
    assert found is not None and found[0] == said, found


@pytest.mark.parametrize(
    "note",
    [
        "Safety plan given to the mother at the first visit and gone through with her slowly.",
        "Chronology written in plain words for the judge and shared with both parents.",
    ],
)
def test_a_dropped_was_after_no_person_is_no_example(pool: Pool, note: str) -> None:
    assert finding(pool, note) is None
