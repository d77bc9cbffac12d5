"""What someone told inspectors, written in note form, is said after "told inspectors
that" as a clause with its verb, or not in a that-clause at all (issue 15, tester 31's
A8 and A9: "The designated family judge told inspectors that the local Cafcass team is
reliable and reports timely.", "Managers told inspectors that bilingual family court
advisers (FCAs) in 3 of 5 areas, children can choose ...", "The failure inspectors found
most often in Area 4 was that no record child had been seen alone").  The notes are
voice32's own (`tests/export/voice32_notes.py`), in the shapes inspectors type them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.mainclause import has_main_verb
from exporters.draft.thatclause import that_clause
from exporters.draft.words import words
from tests.export.small import Small
from tests.export.voice23_inspection import AREAS, GRADES
from tests.export.voice32_notes import NOTES

CRITERIA = ["LGN1", "LGN2", "LGN3", "LGN4", "LGN5", "LG1", "LG2", "LG3", "LG4", "LG5", "LG6", "LG7"]
NOT_SEEN = "No record child seen alone before the s7 report was filed."


@pytest.mark.parametrize(("clause", "said"), [(n[2], n[3]) for n in NOTES],
                         ids=[n[2][:40] for n in NOTES])  # fmt: skip
def test_a_note_clause_is_said_with_its_verb_or_not_at_all(clause: str, said: str | None) -> None:
    assert that_clause(words().standalone, clause) == said


def _sentences(tmp_path: Path) -> list[str]:
    """Every drafted sentence of three areas whose stakeholders' and managers' notes are
    the corpus, and whose weakest area's cases say `NOT_SEEN`."""
    s = Small(tmp_path / "n.db", areas=AREAS)
    try:
        for code in ("91", "92", "93"):
            cases = s.cases_noted(code, 6, set() if code != "93" else {"QP3"})
            s.judge("J18-4A", GRADES[code], area=code)
            if code == "93":
                for case in cases[:4]:
                    s.ev(case, ["QP8"], "development", NOT_SEEN)
        for k, (source, who, clause, _said) in enumerate(NOTES):
            polarity = "strength" if k % 2 else "development"
            area = ("91", "92", "93")[k % 3]
            s.about_area(area, [CRITERIA[k // 3]], polarity, f"{who} {clause}.", source)
        for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
            s.judge(jid, "good")
        report = draft_report(load(s.store))
    finally:
        s.close()
    return [x.text for sec in report.sections for p in (*sec.intro, *sec.paragraphs)
            for x in p.sentences]  # fmt: skip


# What a sentence reports someone as saying: after "that", or after "According to X,".
_REPORTED = re.compile(
    r"\b(?:told inspectors|said|commented|made it clear|gave the view|added|was) that (.+)$"
    r"|^(?:According to|In the view of) [^,]+, (.+)$"
)
_QUOTED = re.compile(r"(?<![\w’'])['‘](?=\w).*?['’](?!\w)")
_PARTS = re.compile(r"\s*[,;]\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+")
_HANGS = frozenset({"which", "who", "so", "that", "before", "after", "when", "since", "while",
                    "although", "because", "including", "with", "as", "in", "on", "at", "for"})  # fmt: skip


_OBJECT_AFTER = frozenset({"to", "the", "their", "them", "a", "an", "his", "her", "it", "its"})


def _verbless_parts(clause: str) -> list[str]:
    """The parts of a reported clause that open on a subject of their own and have no
    verb (`mainclause.has_main_verb`); someone's own words in quotation marks, a part
    hanging on the one before ("which ...", "before ...") and a verb continuing the same
    subject ("... and listen to the bench") are not looked at."""
    rules = words().standalone
    out = []
    for part in _PARTS.split(_QUOTED.sub("", clause.rstrip("."))):
        low = part.lower().split()
        if not low or low[0] in _HANGS or low[0] in rules.auxiliaries:
            continue
        if low[0] in rules.finite_verbs or low[0].endswith("ed") and len(low[0]) > 3:
            continue
        if len(low) > 1 and low[1] in _OBJECT_AFTER:
            continue  # "... and listen to the bench": a verb and what it takes
        if not has_main_verb(rules, part) and not has_main_verb(rules, f"it {part}"):
            out.append(part)
    return out


def test_every_reported_clause_has_its_verb(tmp_path: Path) -> None:
    sentences = _sentences(tmp_path)
    reported = [(x, next(g for g in m.groups() if g)) for x in sentences
                if (m := _REPORTED.search(x))]  # fmt: skip
    assert len(reported) >= 12, sentences  # the notes are said
    for x, clause in reported:
        assert not _verbless_parts(clause), x
    text = " ".join(sentences)
    for _source, _who, clause, said in NOTES:
        if said != clause:  # the shorthand as written is never said
            assert f"that {clause}" not in text and f", {clause}" not in text, clause
    # The tester's shapes: a noun and how it was found, "is" dropped, after "and".
    assert "morale is low" in text and "updates are regular" in text
    # The note's straight marks are the report's curly ones (voice36, tester 35's F2).
    assert "reports are too long and ‘they never get to the point’" in text


def test_a_failure_noted_as_no_record_says_there_was_no_record(tmp_path: Path) -> None:
    text = " ".join(_sentences(tmp_path))
    assert "no record child" not in text.lower()
    assert "there was no record that the child had been seen alone" in text.lower(), text
