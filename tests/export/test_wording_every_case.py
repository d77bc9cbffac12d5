"""A wording that names a particular failure (or success) is used only where every case
it counts bears it out in its own notes; otherwise the criterion's general wording,
true of any failure on it, which still names what it is about (issue 15; reader 5's
third report, "New problems 2": "children are not seen alone when they should be"
said of five cases of which two were not seen alone; "an older child's wish to
instruct a solicitor is not considered" of a guardian who took five weeks to contact
the child's solicitor).

Small inspections written by hand in each test, in an inspector's own words.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_area, load
from exporters.draft.relevance import borne_out_each
from exporters.draft.words import words
from exporters.model import ReportModel, Sentence
from store.framework import builtin_ids, load_framework
from tests.export.small import Small

# Five children seen in five different wrong ways: only two were seen, but not alone.
SEEN_BADLY = [
    "The girl was seen once, with her mother in the room, and the letter does not say why "
    "she was not seen on her own.",
    "The boy was not seen alone and the report gives no reason why that was not possible.",
    "The toddler was never observed with either parent; the report relies on what the "
    "adults said about him.",
    "The child was not visited at all before the safeguarding letter went to court.",
    "One visit at the start of the proceedings, then nothing for seven months.",
]
NOT_ALONE = [
    "The girl was seen with her father present throughout, and never seen alone.",
    "The boy was not seen alone; his mother sat in on both visits.",
    "Both visits took place with the grandmother present, so the child was never seen alone.",
    "The child was seen at the contact centre with the father there, not alone.",
    "The teenager was only ever seen with his mother present, never alone.",
]
SPECIFIC = "children are not seen alone when they should be"


def _claims(report: ReportModel, criterion: str) -> list[Sentence]:
    return [s for sec in report.sections for p in sec.paragraphs for s in p.sentences
            if s.role == "claim" and criterion in s.criteria]  # fmt: skip


def _seen(tmp_path: Path, notes: list[str]) -> tuple[Small, list[str]]:
    s = Small(tmp_path / "t.db")
    cases = [s.case() for _ in notes]
    for k, text in zip(cases, notes, strict=True):
        s.ev(k, ["QP8"], "development", text)
    s.judge("J18-4A", "requires-improvement", area="6")
    return s, cases


def test_a_particular_failure_is_said_only_where_every_case_shows_it(tmp_path: Path) -> None:
    """Five cases seen badly in five ways: "not seen alone when they should be" is not
    borne out by them all, and the sentence says the general weakness instead."""
    s, _ = _seen(tmp_path, SEEN_BADLY)
    data = load(s.store)
    recs = list(range(len(data.ids)))
    assert not borne_out_each(data, SPECIFIC, recs, set(data.case) - {0})
    report = draft_area(data, "6")
    s.close()
    (claim,) = _claims(report, "QP8")
    cw = words().criterion(load_framework("cafcass-2018"), "QP8")
    low = claim.text.lower()
    # Every case against: "none of the five cases ... shows that" the general strength
    # wording (`wholeside`), else the general weakness wording.
    assert any(g.lower() in low for g in (*cw.weakness_general, *cw.strength_general)), claim.text
    specific = [x for x in cw.weakness if x not in cw.weakness_general]
    assert not any(x.lower() in low for x in specific), claim.text


def test_a_particular_failure_every_case_shows_may_be_said(tmp_path: Path) -> None:
    """Five children each seen only with a parent present: the particular wording is
    borne out by every case, and is one of the sentence's options."""
    s, _ = _seen(tmp_path, NOT_ALONE)
    data = load(s.store)
    recs = list(range(len(data.ids)))
    assert borne_out_each(data, SPECIFIC, recs, set(data.case) - {0})
    # One case among them with no note of its own: not every counted case bears it out.
    assert not borne_out_each(data, SPECIFIC, recs[1:], set(data.case) - {0})
    s.close()


def test_a_note_on_one_thing_does_not_bear_out_another_that_shares_a_word(
    tmp_path: Path,
) -> None:
    """A guardian slow to contact the child's solicitor is no child whose wish to
    instruct a solicitor was not considered; a local authority check never requested is
    no information shared late with the local authority."""
    s = Small(tmp_path / "t.db")
    k = s.case(law="PUBLIC", age="14-15")
    s.ev(k, ["SW3"], "development", "After the girl was made a party the guardian took five "
         "weeks to make first contact with her solicitor.")  # fmt: skip
    j = s.case()
    s.ev(j, ["QP12"], "development", "The local authority check was never requested although "
         "the family was known to children's services.")  # fmt: skip
    s.judge("J18-4A", "requires-improvement", area="6")
    data = load(s.store)
    report = draft_area(data, "6")
    s.close()
    by_case = {data.case[i]: [i] for i in range(len(data.ids))}
    sw3, qp12 = (by_case[c] for c in sorted(by_case))
    wish = "an older child's wish to instruct a solicitor is not considered"
    assert not borne_out_each(data, wish, sw3)
    assert not borne_out_each(data, "information is shared late with the local authority", qp12)
    said = " ".join(x.text for c in ("SW3", "QP12") for x in _claims(report, c))
    assert "solicitor" not in said and "shared late" not in said, said


# Words any criterion's wording may hold: they name no subject.
_ANY = frozenset(("practitioners", "children", "child", "work", "well", "good", "cases", "case",
                  "enough", "their", "with", "that", "does", "there"))  # fmt: skip


def _stems(text: str) -> set[str]:
    return {w[:4] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3 and w not in _ANY}


@pytest.mark.parametrize("framework_id", builtin_ids())
def test_every_criterion_has_general_wordings_that_name_their_subject(framework_id: str) -> None:
    """Each direction of every criterion has general wordings (several, so that areas
    need not repeat one), none of a practice criterion's repeating its noun word for
    word (the sentence names it already: "with evidence on case recording"), each sharing a word
    with what the criterion is about (never "the work inspectors saw is not good
    enough")."""
    fw = load_framework(framework_id)
    for c in fw.criteria:
        cw = words().criterion(fw, c.id)
        subject = _stems(" ".join([cw.noun, cw.about_what, c.text]))
        for side in (cw.strength_general, cw.weakness_general):
            least = 2 if cw.about == "service" or c.id not in words().criteria else 5
            least = 1 if c.id not in words().criteria else least
            assert len(side) >= least, (c.id, side)
            for g in side:
                if cw.about == "cases" and c.id in words().criteria:
                    assert cw.noun.lower() not in g.lower(), g
                assert _stems(g) & subject, (c.id, g)
                assert "work inspectors saw" not in g
