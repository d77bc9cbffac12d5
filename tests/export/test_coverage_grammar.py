"""The grammar of what coverage.py drafts (issue 15, "the report's voice"): the
escalation marker agrees in number with what it counts, no criterion noun holds a comma
(it is slotted into sentences), and nouns sharing a head are listed without repeating it.

Each inspection here is written by hand in the test (`tests.export.small`).
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_report, load
from exporters.draft.coverage import join_nouns
from exporters.draft.words import words
from exporters.model import ReportModel, Sentence
from store.framework import builtin_dir, load_framework
from store.models import Evidence
from tests.export.small import Small, counted_pattern


def _sentences(report: ReportModel, code: str) -> list[Sentence]:
    sec = next(s for s in report.sections if s.kind == "area" and s.area_code == code)
    return [x for p in sec.paragraphs for x in p.sentences]


def _concern(s: Small, case: str, crit: str, text: str) -> None:
    s.store.put_evidence(Evidence(
        case_id=case, criteria=[crit], source="CASE_FILE", polarity="development",
        text=text, escalation="needs-escalation", safeguarding=text,
    ))  # fmt: skip


def _marker(tmp_path: Path, open_cases: int) -> str:
    """The escalation marker of an area of four cases, `open_cases` of them holding a
    safeguarding concern recorded as needing escalation and not yet escalated."""
    s = Small(tmp_path / "t.db")
    cases = s.cases_noted("6", n=4, weak={"QP11"})
    notes = ["The police log of a new incident was not followed up for nine days",
             "A disclosure at school was not passed to the local authority",
             "The new partner's history was not checked with the police"]  # fmt: skip
    for case, note in zip(cases[:open_cases], notes, strict=False):
        _concern(s, case, "SW1", f"{note}.")
    s.judge("J18-4A", "requires-improvement", area="6")
    report = draft_report(load(s.store))
    s.close()
    found = [x.text for x in _sentences(report, "6") if "not yet recorded as escalated" in x.text]
    assert len(found) == 1, [x.text for x in _sentences(report, "6")]
    return found[0]


def test_one_open_escalation_is_marked_in_the_singular(tmp_path: Path) -> None:
    """One case with a concern not yet escalated: "this concern is ... Escalate it,
    record it", never "one of these" after a sentence about one case."""
    text = _marker(tmp_path, 1)
    assert "this concern is not yet recorded" in text, text
    assert "Escalate it, record it," in text, text
    assert "of these" not in text, text


def test_several_open_escalations_are_marked_in_the_plural(tmp_path: Path) -> None:
    """Three cases with concerns not yet escalated: "three of these are ... Escalate
    them, record them", never "record it" for three."""
    text = _marker(tmp_path, 3)
    assert "three of these are not yet recorded" in text, text
    assert "Escalate them, record them," in text, text
    assert " it," not in text, text


def test_no_criterion_noun_or_topic_holds_a_comma() -> None:
    """A noun is slotted into sentences ("Eight of the nine cases with evidence on
    {noun} show ..."): a comma in it breaks the sentence, in every shipped framework."""
    w = words()
    bad = []
    for path in sorted(builtin_dir().glob("*.toml")):
        fw = load_framework(path.stem)
        for c in fw.criteria:
            cw = w.criterion(fw, c.id)
            bad += [(path.stem, c.id, x) for x in (cw.noun, cw.topic) if "," in x]
    assert not bad, bad


def test_a_share_on_seeing_children_reads_as_one_sentence(tmp_path: Path) -> None:
    """Eight of nine cases strong on seeing children (QP8): the sentence stating it
    holds the noun whole, with no comma breaking the clause."""
    s = Small(tmp_path / "t.db")
    for _ in range(3):  # cases with no evidence on QP8: the share is of those with some
        s.ev(
            s.case(), ["QP11"], "strength", "Every visit is written up on the file within two days."
        )
    for k in range(9):
        case = s.case()
        good = k < 8
        s.ev(case, ["QP8"], "strength" if good else "development",
             f"The child was seen alone at school and at home (case {k + 1})." if good
             else "The child was not seen alone and the file gives no reason why.")  # fmt: skip
    s.judge("J18-4A", "good", area="6")
    report = draft_report(load(s.store))
    s.close()
    noun = words().criterion(load_framework("cafcass-2018"), "QP8").noun
    said = [x.text for x in _sentences(report, "6") if "QP8" in x.criteria and x.role == "claim"]
    assert said, [x.text for x in _sentences(report, "6")]
    # The noun whole where the phrase for the cases names it (else the wording names it:
    # `saidonce`).
    assert any(noun in t or re.search(counted_pattern(), t) for t in said), said
    assert not any("seeing children," in t for t in said), said


def test_nouns_sharing_a_head_are_listed_without_repeating_it() -> None:
    assert (
        join_nouns(
            [
                "learning from feedback and complaints",
                "case recording",
                "learning from audits and reviews",
            ]
        )  # fmt: skip
        == "learning from feedback and complaints and from audits and reviews "
        "and case recording"
    )
    assert join_nouns(["case planning", "case recording"]) == "case planning and case recording"
    assert join_nouns(["work with the judiciary", "leaders' priorities"]) == (
        "work with the judiciary and leaders' priorities"
    )


def test_two_learning_weaknesses_named_together_read_well(tmp_path: Path) -> None:
    """An area with five leadership weaknesses and no strength: three get a sentence
    each; learning from feedback and complaints (LG6) and from audits and reviews (LG7),
    one note each, are named together without "learning from" twice."""
    s = Small(tmp_path / "t.db")
    s.cases_noted("6", n=4, weak={"QP11"})
    notes = {
        "LG3": ["Managers could not say how many cases were waiting to be allocated.",
                "The performance report has not been discussed at any team meeting.",
                "Nobody checks the data on how long reports take to file."],
        "LG4": ["Managers sign off reports without reading the case files.",
                "Supervision records list deadlines and say nothing about children.",
                "Poor reports were filed with no manager challenging them."],
        "LG9": ["Reports seldom consider the child's faith, culture or identity.",
                "Managers have not asked whether practice meets the needs of minority families."],
        "LG6": ["Complaints from parents are closed without any change to practice."],
        "LG7": ["Findings from last year's audit were never shared with practitioners."],
    }  # fmt: skip
    for crit, texts in notes.items():
        for text in texts:
            s.about_area("6", [crit], "development", text, "INT_MANAGER")
    s.judge("J18-4A", "requires-improvement", area="6")
    report = draft_report(load(s.store))
    s.close()
    both = [x.text for x in _sentences(report, "6") if {"LG6", "LG7"} <= set(x.criteria)]
    assert both, [x.text for x in _sentences(report, "6")]
    for text in both:
        assert text.count("learning from") == 1, text
        assert "learning from feedback and complaints and from audits and reviews" in text, text


def test_the_sentence_on_one_open_case_agrees_with_its_plural_concerns(tmp_path: Path) -> None:
    """Every frame speaks of "the safeguarding concerns" in the one case, so what is still
    open is "they", never "it" ("the safeguarding concerns ... and it had not yet been
    escalated", read on an independent lead's inspection).  The concern is one of two
    cases against its criterion, and its note no sentence that reads alone, so it is
    counted rather than said as what happened (`concerns.tell`)."""
    s = Small(tmp_path / "t.db")
    case, other = s.cases_noted("6", n=2, weak={"QP11"})
    _concern(s, case, "SW1", "Bruising at contact; no referral.")
    s.ev(other, ["SW1"], "development", "Police checks were not chased before the hearing.")
    s.judge("J18-4A", "requires-improvement", area="6")
    report = draft_report(load(s.store))
    s.close()
    said = [
        x.text for x in _sentences(report, "6") if "escalated" in x.text and x.role != "placeholder"
    ]
    assert said, [x.text for x in _sentences(report, "6")]
    assert all("they had not yet been escalated" in t for t in said), said
    assert not any(" it had not yet" in t for t in said), said
