"""A team's own criterion in its framework file (tester 36's F8): with a `phrase`, the
draft names its practice by the phrase wherever a noun phrase goes; its whole text (a
clause) is never pasted into a sentence.  The framework is the built-in 2018 file with one
criterion added here; the inspection (two areas, 24 cases) is written here by hand."""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from store.framework import builtin_dir, load_framework
from store.store import Store
from tests.export.small import Small, body

TEXT = "children's heritage, faith and language are understood and shape the work with them"
PHRASE = "work on children's heritage and faith"
CRITERION = f"""
[[criteria]]
id = "NE1"
group = "QP"
text = "{TEXT}"
judgements = ["J18-1", "J18-2"]
phrase = "{PHRASE}"
"""
STRONG = "The report explains what her faith means to her and how contact plans respect it."
WEAK = "Nothing on the file about the family's language or faith; the report is silent on both."


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("own")
    fw_file = folder / "north_east.toml"
    text = (builtin_dir() / "cafcass-2018.toml").read_text(encoding="utf-8")
    fw_file.write_text(text.replace('id = "cafcass-2018"', 'id = "north-east-2018"', 1) + CRITERION,
                       encoding="utf-8")  # fmt: skip
    s = Small(folder / "m.db", areas=[("1", "Tyneside", True), ("2", "Wearside", True)],
              framework=load_framework(fw_file))  # fmt: skip
    for n in range(24):
        case = s.case(area=("1", "2")[n % 2])
        s.ev(case, ["NE1"], *(("development", WEAK) if n < 15 else ("strength", STRONG)))
        s.ev(
            case, ["SW1"], "strength", "Concerns were shared with the local authority the same day."
        )
    for jid, grade in {"J18-0": "requires-improvement", "J18-1": "requires-improvement"}.items():
        s.judge(jid, grade)
    s.close()
    with Store.open(folder / "m.db") as st:
        return body(draft_report(load(st)))


def test_the_phrase_names_the_practice(drafted: str) -> None:
    assert PHRASE in drafted


def test_the_criterion_s_clause_is_never_pasted_into_a_sentence(drafted: str) -> None:
    assert TEXT not in drafted
