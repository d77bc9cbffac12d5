"""A concern recorded as a note ("Two missing episodes not reported to the guardian") is
said as what happened with a verb that agrees with it: "two missing episodes were not
reported", never "a two missing episodes was not reported" (tester 19, A4); a noun before
"of ..." decides ("a disclosure of threats was"), and a plural noun after another word
("Police checks were").  Written here by hand; read back from the drafted text."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from store.models import Evidence
from tests.export.small import Small

CONCERNS = [
    ("Two missing episodes not reported to the guardian.",
     "two missing episodes were not reported to the guardian"),
    ("Police checks not requested before the first hearing.",
     "police checks were not requested before the first hearing"),
    ("Disclosure of threats to the child not shared with the local authority.",
     "a disclosure of threats to the child was not shared with the local authority"),
]  # fmt: skip


@pytest.mark.parametrize(("concern", "said"), CONCERNS)
def test_the_concern_is_said_with_its_verb_agreeing(
    tmp_path: Path, concern: str, said: str
) -> None:
    s = Small(tmp_path / "t.db")
    s.cases_noted("6", n=6, weak={"QP7"})
    s.store.put_evidence(Evidence(
        case_id=s.case(), criteria=["SW1"], source="CASE_FILE", polarity="development",
        text="The guardian did not follow this up with the local authority.",
        safeguarding=concern, escalation="escalated",
    ))  # fmt: skip
    s.judge("J18-4A", "requires-improvement", area="6")
    report = draft_report(load(s.store))
    s.close()
    area = next(x for x in report.sections if x.kind == "area")
    body = " ".join(x.text for p in area.paragraphs for x in p.sentences).lower()
    assert said in body, body
