"""A stakeholder's words that open with an adverb and then a verb ("never comes to
reviews") have their subject outside the quotation: never quoted as what something is
(independent tester, session 10: "an independent reviewing officer told inspectors that
a guardian is ‘never comes to reviews’").  The notes are written here by hand."""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_area, load
from tests.export.small import Small

QUOTED = re.compile(r"‘([^’]+)’")


def test_an_adverb_then_a_verb_is_not_quoted_as_a_description(tmp_path: Path) -> None:
    s = Small(tmp_path / "iro.db")
    s.cases_noted("6", 3, weak={"QP7"})
    for text in (
        "IRO (Harrogate): guardian 'never comes to reviews'; no contact since allocation.",
        "LA team manager: guardians 'always rings back late', plans drift as a result.",
        "LA legal: position statements late twice this quarter.",
    ):
        s.about_area("6", ["LGN4"], "development", text, "INT_LA")
    s.judge("J18-4A", "requires-improvement", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    said = " ".join(x.text for p in report.paragraphs() for x in p.sentences)
    quoted = QUOTED.findall(said)
    assert "never comes to reviews" not in quoted, said
    assert "always rings back late" not in quoted, said
    assert "local authority" in said.lower(), said  # their view is still said
