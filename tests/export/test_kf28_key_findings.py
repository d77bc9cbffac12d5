"""Issue 15, kf28 (tester 27's A15): the key findings of a service below good whose areas
are not graded say that practice is good in the area where its own evidence bears a
good grade out, naming the area as its section's heading does; an area far stronger than
the others whose own safeguarding fails is only said to be stronger.

On a hand-written inspection under the 2021 framework (`kf28_inspection`).
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import Sentence
from store.store import Store
from tests.export.kf28_inspection import one_good_area


def _findings(path: Path) -> list[Sentence]:
    with Store.open(path) as store:
        report = draft_report(load(store))
    sec = next(s for s in report.sections if "key findings" in s.heading)
    return [x for p in sec.paragraphs for x in p.sentences if x.role == "claim"]


def test_the_good_area_is_said_to_be_good(tmp_path: Path) -> None:
    """Dalby (Area 94), none of whose 36 findings go against while half of the others'
    do, is said to be good, by its name and number, with how the other areas fared; the
    inadequate grades still lead the key findings."""
    path = tmp_path / "good.db"
    one_good_area(path).close()
    found = _findings(path)
    good = [x for x in found if "Dalby" in x.text]
    assert len(good) == 1, [x.text for x in found]
    text = good[0].text
    assert text.startswith("Practice is good in Dalby (Area 94)"), text
    assert "other areas visited" in text and "Ashcombe" not in text, text
    assert good[0].direction == "for"
    assert found.index(good[0]) > 0 and found[0].direction == "against", [x.text for x in found]


def test_a_stronger_area_whose_safeguarding_fails_is_not_called_good(tmp_path: Path) -> None:
    """With five of Dalby's six concerns for a child's safety not followed up, Dalby is
    still far stronger than the others, and said so, but not said to be good."""
    path = tmp_path / "unsafe.db"
    one_good_area(path, unsafe=True).close()
    found = [x.text for x in _findings(path) if "Dalby" in x.text]
    assert len(found) == 1, found
    assert found[0].startswith("Practice is stronger in Dalby (Area 94) than in"), found
    assert "good" not in found[0], found
