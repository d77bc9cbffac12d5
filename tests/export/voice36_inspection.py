"""A hand-written 2018 inspection for voice36's tests (issue 15, session 36), in voice36's
own words (none of it the demo's, a tester's or a real report's): a service judged good,
four visited areas (Ashcombe 21, Brindle 22, Coldharbour 23, Dunmere 24) of twelve
private law cases each, and what judges and local authority staff told inspectors in each area.

- Ashcombe: one recorder's interview typed up twice by the same inspector (`RECORDER`,
  its words in straight quotation marks), and council managers' praise (`COUNCIL`).
- Brindle: the bench's praise for a practitioner who speaks the families' language being
  there for hearings, and for transfers from other areas (`BENCH`): nothing about how
  quickly anyone responds; council reviewing officers' praise (`IROS`).
- Coldharbour: one judge's interview, the area's only stakeholder note (`JUDGE`), whose
  words name no theme of the draft's own; it quotes the judge's words about the service.
- Dunmere: the same, with no words of the judge's quoted (`LONE`).
"""

from __future__ import annotations

from pathlib import Path

from store.store import Store
from tests.export.small import Small

AREAS = [
    ("21", "Ashcombe", True), ("22", "Brindle", True), ("23", "Coldharbour", True),
    ("24", "Dunmere", True),
]  # fmt: skip
RECORDER = (
    "Recorder at Ashcombe said section 7 reports are 'careful and balanced' and guardians "
    "come to court well briefed."
)
COUNCIL = "Council team managers said guardians challenge care plans constructively."
BENCH = (
    "Lay magistrates at Brindle complimentary: Gujarati-speaking adviser available for hearings, "
    "out-of-area transfers run smoothly."
)
IROS = "Brindle reviewing officers said guardians see children before each review."
JUDGE = "Circuit judge in Coldharbour: Cafcass 'dependable and even-handed', few hearings put off."
LONE = "District judge at Dunmere: no complaints about Cafcass at all."
# The practice criteria each area's cases fall short on (`Small.cases_noted`).
WEAK = {"21": {"QP11"}, "22": {"QP5"}, "23": {"QP7"}, "24": {"QP3"}}


def build(path: Path) -> Store:
    """The inspection (see the module docstring), judged good throughout; its store."""
    s = Small(path, areas=AREAS)
    for k in range(12):
        for code, _name, _visited in AREAS:
            s.cases_noted(code, 1, WEAK[code] if k % 4 == 0 else set())
    s.about_area("21", ["LGN4"], "strength", RECORDER, "INT_JUDICIARY")
    s.about_area("21", ["LGN4"], "strength", RECORDER, "INT_JUDICIARY")
    s.about_area("21", ["LGN4"], "strength", COUNCIL, "INT_LA")
    s.about_area("22", ["LGN4"], "strength", BENCH, "INT_JUDICIARY")
    s.about_area("22", ["LGN4"], "strength", IROS, "INT_LA")
    s.about_area("23", ["LGN4"], "strength", JUDGE, "INT_JUDICIARY")
    s.about_area("24", ["LGN4"], "strength", LONE, "INT_JUDICIARY")
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    for code, _name, _visited in AREAS:
        s.judge("J18-4A", "good", area=code)
    return s.store
