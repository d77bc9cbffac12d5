"""What a stakeholder group's view is said to be about, per subject and direction
(issue 15, an independent lead auditing the draft of their own inspection: all five
stakeholder sentences unsupported).  The failure shapes, each on notes written here:

- a subject said as praised "more often than not" where that group's own notes on it
  were one praise against two criticisms (the group leaning one way is not the subject
  leaning that way);
- "while noting some shortcomings in the service's work to tackle delay" where no note
  criticised anything: a note praising the work on delay ("leads the delay work") is
  no criticism of it;
- "not without reservations" of partners whose notes were wholly positive (a problem
  the service put right, "rewrote the leaflets we said were confusing", is no
  reservation);
- praise said to be about what another sentence of the note criticises ("easy to get
  hold of. ... statements sometimes filed late": no praise of timeliness), or about a
  passing word ("attends looked-after reviews": not the family justice board);
- the national family justice board said as the local one.

Each test builds a small inspection by hand and reads the drafted area section's views
sentence clause by clause, as a reader does.
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_area, load
from exporters.draft.regard import about, grade
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

TIMELINESS = "the timeliness of reports"
# Where a clause turns from its main side to its other side ("..., though some were
# critical of X"; "..., but also had reservations about X").
TURN = re.compile(r",? (?:though|although|but|while)\b")
RESERVATION = re.compile(
    r"\b(?:reservations?|shortcomings?|concerns?|critical|criticis\w*|fault)\b"
)


def _views(s: Small) -> Sentence:
    s.judge("J18-4A", "good", area="6")
    report: ReportModel = draft_area(load(s.store), "6")
    s.close()
    found = [x for p in report.paragraphs() for x in p.sentences if x.role == "views"]
    assert len(found) == 1, [x.text for x in found]
    return found[0]


def _clause(text: str, group: str) -> str:
    """The clause of a views sentence that names `group` (each test's notes are one
    group's: the clause runs to the end, its other side included)."""
    for clause in re.split(r"; |: ", text):
        if group in clause.lower():
            return clause
    raise AssertionError(f"{group!r} is not named in {text!r}")


def test_a_subject_is_praised_only_where_the_group_s_notes_on_it_praise_it(
    tmp_path: Path,
) -> None:
    """Judges lean to praise overall (4 for, 2 against: a clear margin), but on
    timeliness one judge praised and two criticised: timeliness is said as their
    criticism, never as what they praised "more often than not"."""
    s = Small(tmp_path / "per_subject.db")
    for text in (
        "District judge: the guardian's analysis is careful and the recommendations follow "
        "from it.",
        "Deputy district judge: the FCA's analysis was thorough and balanced.",
        "Circuit judge said the reports are well reasoned and centred on the child.",
        "Recorder: section 7 reports now reach the court on time.",
    ):
        s.about_area("6", ["LG2"], "strength", text, "INT_JUDICIARY")
    for text in (
        "District judge: two addendum reports were filed late this term.",
        "Circuit judge said hearings have had to be adjourned because reports were overdue.",
    ):
        s.about_area("6", ["LG2"], "development", text, "INT_JUDICIARY")
    views = _views(s)
    judges = _clause(views.text, "judges")
    praised, _turn, criticised = _split(judges)
    assert TIMELINESS not in praised, views.text
    assert "quality of reports" in praised, views.text
    assert TIMELINESS in criticised and RESERVATION.search(criticised), views.text


def _split(clause: str) -> tuple[str, str, str]:
    m = TURN.search(clause)
    assert m is not None, clause
    return clause[: m.start()], m.group(0), clause[m.end() :]


def test_praise_of_the_work_on_a_problem_is_no_criticism_of_it(tmp_path: Path) -> None:
    """Every judge's note praises: the one on delay praises the work to tackle it.  No
    shortcoming, reservation or concern is said of judges."""
    s = Small(tmp_path / "no_invented.db")
    s.about_area("6", ["LGN4"], "strength", "Chair of the local family justice board (a "
                 "circuit judge): the service manager leads the delay work across the courts "
                 "and sets the standard for other areas.", "INT_JUDICIARY")  # fmt: skip
    s.about_area("6", ["LG2"], "strength", "Designated family judge: reports are excellent "
                 "and always filed on time.", "INT_JUDICIARY")  # fmt: skip
    s.about_area("6", ["LG2"], "strength", "Legal adviser to the magistrates: the duty "
                 "officer is always available and the advice is sound.", "INT_JUDICIARY")  # fmt: skip
    judges = _clause(_views(s).text, "judges")
    assert not RESERVATION.search(judges), judges
    assert not TURN.search(judges), judges


def test_a_problem_put_right_is_no_reservation(tmp_path: Path) -> None:
    """Both partners' notes are wholly positive, one naming the waiting times the joint
    work is on, one the confusing letters the service rewrote: partners are said to
    praise, with no reservation."""
    s = Small(tmp_path / "put_right.db")
    s.about_area("6", ["LGN4"], "strength", "Court service manager: helpful engagement, "
                 "shares its data, joint work on waiting times at first hearings.",
                 "INT_PARTNER")  # fmt: skip
    s.about_area("6", ["LG6"], "strength", "Young people's panel: the service listened "
                 "and rewrote the letters we told them were confusing.", "INT_PARTNER")  # fmt: skip
    partners = _clause(_views(s).text, "partner")
    assert not RESERVATION.search(partners), partners
    assert grade("Young people's panel: the service listened and rewrote the letters we "
                 "told them were confusing.", "strength") == "for"  # fmt: skip


def test_a_real_reservation_is_still_said(tmp_path: Path) -> None:
    """The other side of the same rule: praise set against a problem ("but ...") is a
    reservation, and a note that names the problem only in passing does not hide it."""
    assert grade("Court service manager: joint work is good, but waiting times at first "
                 "hearings are still too long.", "strength") == "mixed"  # fmt: skip
    assert grade("Head of service: guardians are responsive. Otherwise we have seen "
                 "delays.", "strength") != "strong_for"  # fmt: skip


def test_praise_is_not_said_about_what_another_sentence_criticises(tmp_path: Path) -> None:
    """Local authority notes all praise; one also reports, in a sentence of its own,
    that statements are sometimes late: the praise is never said to be of timeliness,
    and a passing "attends reviews" is never the family justice board."""
    s = Small(tmp_path / "other_sentence.db")
    note = ("LA team manager: the guardian is very thorough and easy to get on with. "
            "Their lawyer added that statements are sometimes filed late.")  # fmt: skip
    s.about_area("6", ["LGN4"], "strength", note, "INT_LA")
    s.about_area("6", ["LGN4"], "strength", "Head of service: joint working with the "
                 "guardians' team is strong.", "INT_LA")  # fmt: skip
    s.about_area("6", ["LGN4"], "strength", "Social worker said the guardian attends "
                 "looked-after reviews and challenges the care plan well.", "INT_LA")  # fmt: skip
    la = _clause(_views(s).text, "local authority")
    assert TIMELINESS not in la, la
    assert "family justice board" not in la, la
    assert TIMELINESS not in about(note, "strength")


def test_the_national_board_is_never_said_as_the_local_one(tmp_path: Path) -> None:
    """A judge who sits on the national board (said in brackets, as who they are)
    praising the service as a partner: no board is said; a note about the national
    board's work says the national board."""
    s = Small(tmp_path / "national_board.db")
    s.about_area("6", ["LG2"], "strength", "Senior judge (member of the national family "
                 "justice board): the service is a trusted partner in piloting the new "
                 "court pathway.", "INT_JUDICIARY")  # fmt: skip
    s.about_area("6", ["LG2"], "strength", "Circuit judge: the service's contribution "
                 "to the national family justice board has been excellent.",
                 "INT_JUDICIARY")  # fmt: skip
    views = _views(s)
    assert "local family justice board" not in views.text, views.text
    assert "national family justice board" in _clause(views.text, "judges"), views.text
