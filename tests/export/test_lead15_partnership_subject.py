"""What stakeholders criticised is what their notes name, not the body their criterion
names (issue 15, tester 14's N3: "criticised the service's part in the local
safeguarding board" from a note that the service "rarely attends partnership
sub-groups", tagged with the criterion on Local Safeguarding Children Boards).

A note naming a partnership's own meetings or sub-groups is about the partnership; a
note naming the board is about the board; a bare "board" on that criterion is still
the board its criterion names.  Notes written here, in words of our own.
"""

from __future__ import annotations

import pytest

from exporters.draft import load
from exporters.draft.tallies import Pool
from exporters.draft.viewabout import record_view
from tests.export.small import Small

BOARD = "the service's part in the local safeguarding board"
PARTNERSHIP = "the service's part in the local safeguarding partnership"
NOTES = {
    "School nurses say the service seldom comes to the partnership's sub-groups.": PARTNERSHIP,
    "Health colleagues said Cafcass has missed the last three partnership meetings.": PARTNERSHIP,
    "The safeguarding board's chair says the service missed two board meetings.": BOARD,
    "The chair said the service sends nobody to the board's subgroup.": BOARD,
}


@pytest.fixture(scope="module")
def about(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, ...]]:
    s = Small(tmp_path_factory.mktemp("part") / "p.db", framework="cafcass-2021",
              areas=[("2", "Fenland", True)])  # fmt: skip
    for text in NOTES:
        s.national(["LGN5"], "development", text, "INT_PARTNER")
    data = load(s.store)
    pool = Pool(data, set(), data.national, "national")
    out = {data.text(i): record_view(pool, i).about for i in data.national}
    s.close()
    return out


@pytest.mark.parametrize("text", sorted(NOTES))
def test_the_subject_is_the_body_the_note_names(
    about: dict[str, tuple[str, ...]], text: str
) -> None:
    assert about[text][:1] == (NOTES[text],), (text, about[text])
