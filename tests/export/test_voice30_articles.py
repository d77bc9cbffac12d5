"""A subject taken from a note's words has the article English needs where it opens a
clause of the report (tester 29's A12: "Local authority had not been told in four of
the 13 cases sampled in Area 9", from notes saying "LA not told of ...").  On a corpus of
subject phrases written here, and a small inspection whose weak area's notes say, in
their shorthand, that the local authority was not told.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.glossary import working_terms
from exporters.draft.mainclause import articled_subject
from exporters.draft.words import words
from exporters.model import ReportModel
from tests.export.small import Small

SUBJECTS = [
    # Singular count nouns and bodies: "the".
    ("local authority", "the local authority"),
    ("police", "the police"),
    ("court", "the court"),
    ("guardian", "the guardian"),
    ("social worker", "the social worker"),
    ("health visitor", "the health visitor"),
    ("head of service", "the head of service"),
    ("safeguarding letter", "the safeguarding letter"),
    ("risk assessment", "the risk assessment"),
    ("chronology", "the chronology"),
    ("placing agency", "the placing agency"),
    ("school", "the school"),
    ("mother's partner", "the mother's partner"),
    # Abbreviations: of a common noun "the", a plural none, a name none.
    ("LA", "the LA"),
    ("FCA", "the FCA"),
    ("IRO", "the IRO"),
    ("DFJ", "the DFJ"),
    ("IROs", "IROs"),
    ("FCAs", "FCAs"),
    ("Cafcass", "Cafcass"),
    # Determiners and numbers kept; plurals, uncountables and names bare.
    ("the court", "the court"),
    ("a referral", "a referral"),
    ("his father", "his father"),
    ("three visits", "three visits"),
    ("police checks", "police checks"),
    ("local authorities", "local authorities"),
    ("domestic abuse", "domestic abuse"),
    ("supervision", "supervision"),
    ("information", "information"),
    ("Leeds City Council", "Leeds City Council"),
]


@pytest.mark.parametrize(("phrase", "said"), SUBJECTS, ids=[p for p, _s in SUBJECTS])
def test_a_subject_from_the_notes_has_its_article(phrase: str, said: str) -> None:
    w = words()
    names = frozenset({"Cafcass", *w.known_capitals})
    assert articled_subject(w.standalone, phrase, names, (*w.terms, *working_terms())) == said


AREAS = [("91", "Ashdale", True), ("92", "Brackwater", True), ("93", "Cressley", True)]


def _report(path: Path) -> ReportModel:
    """Area 93 is weak: in four of its eight cases the notes say, each in its own words,
    that the local authority was not told of something."""
    s = Small(path, areas=AREAS, framework="cafcass-2013")
    for area, _name, _visited in AREAS[:2]:
        s.cases_noted(area, 8, set())
    told = [
        "LA not told of the new incident for 2 wks.",
        "LA not told of the father moving back in.",
        "LA not told of the school's concerns before the hearing.",
        "LA not told of the police call-out until the next visit.",
    ]
    for k, case in enumerate(s.cases_noted("93", 8, {"QP3", "QP5", "QP7", "QP11"})):
        if k < len(told):
            s.ev(case, ["QP12"], "development", told[k])
    for jid, grade in (("J13-0", "good"), ("J13-1", "requires-improvement"), ("J13-2", "good"),
                       ("J13-3", "good")):  # fmt: skip
        s.judge(jid, grade)
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def test_the_area_failure_names_the_local_authority_with_its_article(tmp_path: Path) -> None:
    report = _report(tmp_path / "told.db")
    [sec] = [x for x in report.sections if x.area_code == "93"]
    text = " ".join(s.text for p in (*sec.intro, *sec.paragraphs) for s in p.sentences)
    assert "the local authority had not been told" in text.lower(), text
    assert "Local authority had not been told" not in text
    assert ", local authority had not been told" not in text
