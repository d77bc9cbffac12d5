"""A stakeholder's words said as reported speech only where they make a clause: "The
judge said reports are late" becomes "One judge told inspectors that reports are late",
but "A judge described the advice as consistently high" holds no clause once the judge
and the verb are taken off, and "told inspectors that the advice as consistently high"
is not English (the 600-case demo's Area 15a, found by a reader of the draft).  The
same holds for the other verbs that take an object: praised, commented on, noted,
reported, welcomed, confirmed.

Each test builds a small inspection by hand (`tests/export/small.py`) with notes written
for it, and reads the drafted area section.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_area, load
from tests.export.small import Small

# A judge's note whose verb takes an object, and the words left after "<who> <verb>".
OBJECT_NOTES = [
    (
        "A designated family judge described the quality of advice from the team as "
        "consistently high and well reasoned.",
        "the quality of advice from the team as",
    ),
    (
        "The district judge praised the timeliness of the team's section 7 reports this year.",
        "the timeliness of the team's section 7 reports",
    ),
    (
        "A circuit judge commented on the length of the analysis in several recent reports.",
        "on the length of the analysis",
    ),
    (
        "The family court legal adviser noted improvements in how quickly safeguarding "
        "letters now reach the court.",
        "improvements in how quickly",
    ),
]


@pytest.mark.parametrize(("note", "left"), OBJECT_NOTES)
def test_a_view_whose_verb_takes_an_object_is_never_said_as_a_that_clause(
    tmp_path: Path, note: str, left: str
) -> None:
    s = Small(tmp_path / "object.db")
    polarity = "development" if "length" in note else "strength"
    s.about_area("6", ["LG2"], polarity, note, "INT_JUDICIARY")
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    body = " ".join(x.text for p in report.paragraphs() for x in p.sentences)
    assert f"that {left}" not in body, body
    assert f"that {left[0].upper()}{left[1:]}" not in body, body


def test_a_view_said_with_a_clause_is_still_reported(tmp_path: Path) -> None:
    s = Small(tmp_path / "clause.db")
    s.about_area("6", ["LG2"], "strength", "The designated family judge said that the "
                 "team's reports now reach the court on time and answer the questions "
                 "asked.", "INT_JUDICIARY")  # fmt: skip
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    body = " ".join(x.text for p in report.paragraphs() for x in p.sentences)
    assert "reach the court on time" in body or "timeliness of reports" in body, body
