"""The placeholder for a theme whose evidence was not drafted names its criteria as
every other list of criterion nouns in the draft does (`coverage.join_nouns`): two
nouns sharing a head and its preposition say it once ("work with local family justice
partners and with the judiciary"), never twice, in the framework's order (issue 15); and one development point is "one of them a development
point", not "one of them development points"."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import load
from exporters.draft.claims import Context
from exporters.draft.sections import theme_placeholder
from exporters.draft.tallies import Pool
from exporters.draft.trace import Used, Voice
from store.store import Store
from tests.export.small import Small


def test_an_undrafted_theme_names_its_criteria_through_the_shared_joiner(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    s = Small(path)
    s.cases_noted("6", 3, set())
    judges = s.about_area("6", ["LG2"], "development",
                          "Two judges said the team's reports often arrive the day before the hearing.",
                          "INT_JUDICIARY")  # fmt: skip
    board = s.about_area("6", ["LGN4"], "strength",
                         "Board minutes show the manager leads the local group on delay.",
                         "BOARD_PAPERS")  # fmt: skip
    s.close()
    with Store.open(path) as store:
        d = load(store)
    wide = [d.index_of[judges], d.index_of[board]]
    pool = Pool(d, set(), wide, "area|6", areas=("6",))
    ctx = Context(pool, Voice(), Used(0.8), "area|6", "Area 6", "Wessex")
    para = theme_placeholder(ctx, "partners")
    text = para.sentences[0].text
    assert para.sentences[0].role == "placeholder"
    # in the framework's order (LGN4 before LG2), whatever order the records were read in
    # (ids are random: the order of reading changed from run to run)
    assert (
        "two records on the work with local family justice partners and with the judiciary" in text
    )
    assert text.count("work with") == 1, text
    assert "(one of them a development point)" in text, text
    assert "LG2" in para.sentences[0].basis and "LGN4" in para.sentences[0].basis
