"""Issue 15, tester 12 (claims 5 and 8): a judge's note "guardians in this area are
'reliable and thorough in care cases'; private law reports more variable" was counted as
judges' praise in the private law section, and "reports generally good; occasional late
filing in public law" was said in the public law section as "judges praised the
quality of reports", the public-law criticism dropped.

The rule (`viewparts.law_view`): in a section on one law type, a stakeholder's note
about an area or the organisation is read by its clauses: a clause naming another law
type only is left out; the clauses naming this law type say which way the note goes
there (else its general clauses); a note whose words there go neither way counts for
neither side; and where its general clauses go the other way from its clauses on this
law type it is a mixed view there, said with its reservation, never as plain praise.

Notes written here, in several inspectors' styles; the tester's, the hand-written and
the demo inspections in `test_views12_drafts.py`.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from store.store import Store
from tests.export.small import STRONG, Small

PRAISE = ("praised", "spoke well", "positive", "valued", "spoke highly", "full of praise")
CRITICISM = ("critical", "concerns", "fault", "less favourable", "criticis")


def _inspection(path: Path, notes: list[tuple[str, str, str, str]]) -> ReportModel:
    """Two areas with private and public law cases, and the stakeholders' `notes`
    (area, criteria, polarity, text), each from the judiciary."""
    s = Small(path, areas=[("6", "Wessex", True), ("7", "Mercia", True)])
    for area in ("6", "7"):
        for law in ("PRIVATE", "PUBLIC"):
            for _k in range(4):
                case = s.case(area, law)
                for crit, text in STRONG.items():
                    s.ev(case, [crit], "strength", text)
    for area, crit, polarity, text in notes:
        s.about_area(area, [crit], polarity, text, "INT_JUDICIARY")
    for area in ("6", "7"):
        s.judge("J18-4A", "good", area=area)
    for jid in ("J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    s.close()
    with Store.open(path) as store:
        return draft_report(load(store))


def _judges(report: ReportModel, law: str) -> str:
    """The judges' clause of the views sentence in the section on `law` ("" if none)."""
    for section in report.sections:
        if law not in section.heading.lower():
            continue
        for p in (*section.intro, *section.paragraphs):
            for x in p.sentences:
                if x.role == "views":
                    return next((c for c in x.text.split(";") if "judges" in c), "")
    return ""


def test_a_note_praising_one_law_type_is_no_praise_of_the_other(tmp_path: Path) -> None:
    report = _inspection(tmp_path / "parts.db", [
        ("6", "LGN4", "strength", "DJ (Wessex): guardians in care work are dependable and "
         "thorough; private law section 7s are patchy."),
        ("7", "LGN4", "strength", "Judge said public law guardians are excellent and well "
         "prepared, but private law reports vary a lot in quality."),
        ("7", "LGN4", "strength", "Met the DFJ. Private law reporting has improved and is "
         "now timely."),
    ])  # fmt: skip
    private, public = _judges(report, "private law"), _judges(report, "public law")
    assert public and any(w in public for w in PRAISE), public
    assert private, "the private law section says the judges' view"
    # In private law: one note praising, two criticising: never plain praise.
    assert any(w in private for w in CRITICISM), private
    assert "care" not in private, private


def test_a_law_types_criticism_is_said_beside_general_praise(tmp_path: Path) -> None:
    report = _inspection(tmp_path / "mixed.db", [
        ("6", "LGN4", "strength", "Judiciary: reports mostly good; late filing in public "
         "law cases too common this year."),
        ("7", "LGN4", "strength", "DJ: the guardians' analysis in care proceedings is "
         "thorough."),
    ])  # fmt: skip
    public = _judges(report, "public law")
    assert public, "the public law section says the judges' view"
    assert "timeliness" in public, public  # the reservation, not dropped
    assert any(w in public for w in ("reservations", "shortcomings", "concerns")), public


def test_a_note_silent_on_a_law_type_counts_for_neither_side_there(tmp_path: Path) -> None:
    """ "On the ball" is no word the draft weighs: the note says nothing of public law
    either way, so its criticism of private law is not said of public law."""
    report = _inspection(tmp_path / "silent.db", [
        ("6", "LGN4", "development", "Designated family judge: public law guardians are on "
         "the ball, but private law work is slow and reports are late."),
        ("7", "LGN4", "strength", "District judge: guardians in care proceedings are "
         "reliable."),
    ])  # fmt: skip
    public = _judges(report, "public law")
    assert not any(w in public for w in CRITICISM), public
