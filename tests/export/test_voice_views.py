"""What the draft says stakeholders told inspectors (issue 15, independent readers on a
lead's own inspection): every stakeholder sentence says what the view is about ("raised
a concern about ...", never "A representative of a partner agency raised a concern with
inspectors."); strong praise or criticism is said strongly ("spoke highly of", "were
strongly critical of"), never flattened to "spoke positively"; each group's view is
said of that group only and once in a section; a child's words quoted as a sentence of
their own start with a capital.

Each test builds a small inspection by hand (`tests/export/small.py`) with notes written
for it, and reads the drafted area section.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from exporters.draft import draft_area, load
from exporters.draft.regard import subjects, weigh
from exporters.draft.words import wording_dir
from exporters.model import ReportModel, Sentence
from store.store import Store
from tests.export.conftest import inspection_copy
from tests.export.small import Small

STRONG_PRAISE = re.compile(r"\b(?:spoke highly|full of praise|strong praise)\b")
STRONG_CRITICISM = re.compile(r"\b(?:strongly critical|serious concerns|highly critical)\b")
FLAT = re.compile(r"\b(?:spoke positively|a positive view)\b")
BARE = re.compile(r"(?:raised a concern|spoke positively|a positive view|a critical view)"
                  r"(?: with| to)? inspectors\.")  # fmt: skip


def _draft(s: Small, area: str = "6") -> list[Sentence]:
    s.judge("J18-4A", "good", area=area)
    report: ReportModel = draft_area(load(s.store), area)
    s.close()
    return [x for p in report.paragraphs() for x in p.sentences]


def _views(sentences: list[Sentence]) -> list[Sentence]:
    return [x for x in sentences if x.role == "views"]


# A group as a views sentence names it, or the one person its one note is from
# (`viewabout.one_voice`: "the designated family judge", "one local authority manager").
NAMED = {"judges": ("judges", "judge"), "magistrates": ("magistrates", "magistrate"),
         "local authority staff": ("local authority", "reviewing officer", "social worker"), "partner agencies": ("partner agenc", "health visitor")}  # fmt: skip
# (A partner agency's one note is said by the agency kind it names: "a health visitor".)


def _clause(text: str, group: str) -> str:
    """The clause of a views sentence that names `group` (or its one voice)."""
    for clause in re.split(r"; |, while |: ", text):
        if any(n in clause.lower() for n in NAMED.get(group, (group,))):
            return clause
    raise AssertionError(f"{group!r} is not named in {text!r}")


def test_strong_praise_and_strong_criticism_keep_their_strength(tmp_path: Path) -> None:
    s = Small(tmp_path / "strong.db")
    s.about_area("6", ["LG2"], "strength", "The designated family judge said the service is "
                 "the most reliable part of the system here and reports always arrive on time.",
                 "INT_JUDICIARY")  # fmt: skip
    s.about_area("6", ["LGN4"], "development", "A local authority head of service said it is "
                 "unacceptable that guardians ignore the children's religion and culture in "
                 "their analysis.", "INT_LA")  # fmt: skip
    (views,) = _views(_draft(s))
    judges = _clause(views.text, "judges")
    assert STRONG_PRAISE.search(judges) and not FLAT.search(judges), views.text
    assert re.search(r"timeliness (?:and \w+ )?of reports", judges), views.text
    la = _clause(views.text, "local authority staff")
    assert STRONG_CRITICISM.search(la), views.text
    assert "culture and identity" in la, views.text
    assert "strong praise" in views.basis and "strong criticism" in views.basis, views.basis


def test_hedged_and_negated_views_are_not_said_strongly(tmp_path: Path) -> None:
    s = Small(tmp_path / "hedged.db")
    s.about_area("6", ["LG2"], "strength", "A district judge said reports are generally "
                 "good, with occasional lateness.", "INT_JUDICIARY")  # fmt: skip
    s.about_area("6", ["LG2"], "development", "A circuit judge said the guardians were not "
                 "the most helpful when the court asked for an addendum.",
                 "INT_JUDICIARY")  # fmt: skip
    s.about_area("6", ["LGN4"], "development", "The IRO said emails to the guardian could be "
                 "answered more quickly and sometimes go unanswered.", "INT_LA")  # fmt: skip
    (views,) = _views(_draft(s))
    assert not STRONG_PRAISE.search(views.text) and not STRONG_CRITICISM.search(views.text)
    judges = _clause(views.text, "judges")
    assert re.search(r"equal measure|as much praise as criticism", judges), views.text
    la = _clause(views.text, "local authority staff")
    assert "how quickly practitioners respond" in la, views.text


def test_a_partner_s_lone_concern_says_what_it_is_about(tmp_path: Path) -> None:
    """One partner agency's note, the only stakeholder record: no group view, and the
    sentence that says it names the point of the note (before: "A representative of a
    partner agency raised a concern with inspectors.")."""
    s = Small(tmp_path / "partner.db")
    s.about_area("6", ["LGN4"], "development", "LFJB chair: Cafcass attendance at the LFJB "
                 "patchy, no senior rep at the last two meetings.", "INT_PARTNER")  # fmt: skip
    sentences = _draft(s)
    said = [x.text for x in sentences if "INT_PARTNER" in x.sources]
    assert said, [x.text for x in sentences]
    assert not [t for t in said if BARE.search(t)], said
    assert any("local family justice board" in t for t in said), said


def test_a_view_about_nothing_the_draft_can_name_is_not_written(tmp_path: Path) -> None:
    s = Small(tmp_path / "nothing.db")
    s.about_area("6", ["LG4"], "development", "Partner agency rep: unhappy, see notes.",
                 "INT_PARTNER")  # fmt: skip
    sentences = _draft(s)
    assert not [x.text for x in sentences if "INT_PARTNER" in x.sources and x.role != "fixed"]


def test_each_group_is_said_with_its_own_subjects(tmp_path: Path) -> None:
    """Judges praise the timeliness of reports, local authority staff criticise how hard
    guardians are to reach, partner agencies praise joint working: no group is said to
    hold another's view."""
    s = Small(tmp_path / "groups.db")
    for k in range(3):
        s.about_area("6", ["LG2"], "strength", f"District judge {k + 1} said reports are "
                     "filed on time and hearings are rarely adjourned.",
                     "INT_JUDICIARY")  # fmt: skip
    for k in range(2):
        s.about_area("6", ["LGN4"], "development", f"Social work manager {k + 1} said the "
                     "guardian was hard to reach and emails went unanswered for weeks.",
                     "INT_LA")  # fmt: skip
    s.about_area("6", ["LGN4"], "strength", "The health visiting lead said joint training "
                 "with the service has worked well.", "INT_PARTNER")  # fmt: skip
    (views,) = _views(_draft(s))
    judges = _clause(views.text, "judges")
    la = _clause(views.text, "local authority staff")
    partners = _clause(views.text, "partner agencies")
    assert re.search(r"timeliness (?:and \w+ )?of reports", judges), views.text
    assert "respond" not in judges, views.text
    assert "how quickly practitioners respond" in la and "reports" not in la, views.text
    assert "joint working" in partners and "reports" not in partners, views.text
    assert views.text.lower().count("judges") == 1


def test_a_group_s_view_is_not_said_again_by_one_of_them(tmp_path: Path) -> None:
    """The judges' view is in the section's views sentence: one judge's note on work
    with the courts is not said again as "One judge raised a concern with inspectors
    about work with the courts" (counted twice)."""
    s = Small(tmp_path / "twice.db")
    s.about_area("6", ["LGN4"], "development", "A district judge said reports are regularly "
                 "late and hearings are adjourned.", "INT_JUDICIARY")  # fmt: skip
    s.about_area("6", ["LG2"], "development", "The DFJ raised a concern about late filing.",
                 "INT_JUDICIARY")  # fmt: skip
    s.about_area("6", ["LGN4"], "development", "A local authority manager said guardians "
                 "are slow to respond to emails.", "INT_LA")  # fmt: skip
    sentences = _draft(s)
    (views,) = _views(sentences)
    again = [x.text for x in sentences if x is not views and "INT_JUDICIARY" in x.sources
             and x.role == "claim"]  # fmt: skip
    assert not [t for t in again if not re.search(r"told inspectors that|said that", t)], again


def test_a_child_s_words_quoted_as_a_sentence_start_with_a_capital(tmp_path: Path) -> None:
    s = Small(tmp_path / "quote.db")
    for k in range(5):
        case = s.case(age="14-15")
        s.ev(case, ["QP5"], "strength", f"Direct work in case {k + 1}: the guardian saw the "
             "young person alone twice and used a timeline to help him talk about home.",
             child_words="she didn't talk down to me and she listened" if k == 0 else "")  # fmt: skip
    sentences = _draft(s)
    quotes = [x.text for x in sentences if x.quote]
    assert quotes, [x.text for x in sentences]
    for q in quotes:
        inside = q.split("‘", 1)[1]
        assert inside.startswith("She didn't talk down to me and she listened"), q


# On the hand-written inspections: no group is said to hold another's view -------------

SUBJECTS = [str(s["about"]) for s in tomllib.loads(
    (wording_dir() / "voices.toml").read_text(encoding="utf-8"))["view_subject"]]  # fmt: skip


def _mentions(clause: str, subject: str) -> bool:
    """Whether a clause names a subject, whole or factored with another ("the quality and
    timeliness of reports" names "the timeliness of reports")."""
    if subject in clause:
        return True
    m = re.fullmatch(r"the (.+?) of (.+)", subject)
    if m is None:
        return False
    return bool(re.search(rf"\b{re.escape(m[1])}\b[^;]*? of {re.escape(m[2])}", clause))


@pytest.mark.parametrize("name", ["voice", "handwritten", "claims", "support", "heldout"])
def test_no_group_is_said_to_hold_another_s_view(
    handwritten_reports: dict[str, ReportModel], tmp_path_factory: pytest.TempPathFactory,
    name: str,
) -> None:  # fmt: skip
    """Every subject a views sentence gives a group is one that group's own records
    name (`regard.weigh`), on the hand-written inspections (none written for this test)."""
    with Store.open(inspection_copy(tmp_path_factory, name)) as store:
        d = load(store)
        checked = 0
        for sec in handwritten_reports[name].sections:
            for p in (*sec.intro, *sec.paragraphs):
                for s in p.sentences:
                    if s.role != "views":
                        continue
                    evs = [d.index_of[e] for e in s.evidence_ids]
                    texts = d.texts(evs)
                    # A group's clause, whether after a semicolon or opening a sentence
                    # of its own (a long views sentence is split: voice31).
                    for clause in re.split(r"; |, while |, and |: |\. ", s.text):
                        for source, groups in d.words.stakeholder_groups.items():
                            if not any(g in clause.lower() for g in groups):
                                continue
                            own: set[str] = set()
                            for i in evs:
                                if d.source[i] == source:
                                    w = weigh(texts[i].text)
                                    own |= {*w.pos_about, *w.neg_about, *subjects(texts[i].text)}
                            for subject in SUBJECTS:
                                if _mentions(clause, subject):
                                    checked += 1
                                    assert subject in own, (name, s.text, clause, subject)
        assert checked, f"no views sentence in {name} names a subject"


@pytest.mark.parametrize("name", ["voice", "handwritten", "claims", "support", "heldout"])
def test_a_stakeholder_is_quoted_only_from_their_own_recorded_words(
    handwritten_reports: dict[str, ReportModel], tmp_path_factory: pytest.TempPathFactory,
    name: str,
) -> None:  # fmt: skip
    """Every quotation of someone's words rests on one record, whose text (or child's
    words) holds the quoted words as they stand, but for a first capital where they stand
    as a sentence of their own; a stakeholder's from an interview with that stakeholder;
    and short (at most 40 words)."""
    with Store.open(inspection_copy(tmp_path_factory, name)) as store:
        d = load(store)
        people = d.words.partner_quotes | d.words.family_quotes
        for sec in handwritten_reports[name].sections:
            for p in (*sec.intro, *sec.paragraphs):
                for s in p.sentences:
                    if not s.quote:
                        continue
                    (i,) = [d.index_of[e] for e in s.evidence_ids]
                    said = re.search(r"‘(.+)’", s.text)
                    assert said, s.text
                    words = said[1].rstrip(".")
                    record = d.texts([i])[i]
                    held = f"{record.text} {record.child_words}"
                    assert words in held or words[:1].lower() + words[1:] in held, (s.text, held)
                    assert len(words.split()) <= 40, s.text
                    if d.source[i] in people:
                        assert d.source[i] in s.sources
