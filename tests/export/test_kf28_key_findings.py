"""Issue 15, kf28 (tester 27's A15): the key findings of a service below good whose areas
are not graded say that practice is good in the area where its own evidence bears a
good grade out, naming the area as its section's heading does; an area far stronger than
the others whose own safeguarding fails is only said to be stronger.  (Tester 28) An
area's finding on its own cases never takes another finding out of the key findings.

On a hand-written inspection under the 2021 framework (`kf28_inspection`).
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.draft.casethemes import Theme
from exporters.draft.tallies import same_point
from exporters.draft.themes import one_way
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


def _theme(side: str, name: str, weight: int, crits: list[str], kept: bool = True) -> Theme:
    said = Sentence(text=f"A finding on {', '.join(crits)}.", role="claim", criteria=crits)
    return Theme(side, name, weight, [said], kept=kept)  # type: ignore[arg-type]


def test_an_area_finding_leaves_the_leaders_finding_in() -> None:
    """Tester 28: the finding on one area's weak oversight on its own files (QPN4) took
    the finding on outstanding leaders (their oversight of practice, LG4, the same point)
    out of the key findings; an area's finding says its own cases, a contrast, and both
    stay.  Two findings on the service stating one point both ways still keep one."""
    assert "QPN4" in same_point("LG4")
    area = _theme("weakness", "area", 13, ["QPN4", "QP2"])
    leaders = _theme("strength", "leaders", 10, ["LG3", "LG4"])
    assert [t.name for t in one_way([area, leaders])] == ["area", "leaders"]
    strongest = _theme("strength", "strongest", 40, ["QPN4"], kept=False)
    weakest = _theme("weakness", "weakest", 20, ["QPN4"], kept=False)
    assert [t.name for t in one_way([strongest, weakest])] == ["strongest"]
