"""Issue 15 (left by session 13): an escalated safeguarding concern told as what happened
is de-identified in the body ("a disclosure of physical harm was not shared ..."), but
its Word comment still quoted the raw note ("The girl (14) told her teacher that her
mother's partner hit her ...").  The comment now gives the case reference and what the
sentence rests on, never an excerpt of the note.

A small inspection written here (`Small`), read back from the Word comment the writer
builds (`docx_writer.sentence_comment`).
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.docx_writer import sentence_comment
from exporters.draft import draft_report, load
from store.models import Evidence
from tests.export.small import Small

NOTE = (
    "The girl (12) told the guardian that her stepfather locks her in her room; the FCA "
    "did not pass this to the local authority for three weeks."
)
CONCERN = "Disclosure of being locked in not passed to the local authority for three weeks."


def test_a_told_concerns_comment_names_the_case_not_the_note(tmp_path: Path) -> None:
    s = Small(tmp_path / "told.db")
    s.cases_noted("6", n=6, weak={"QP7"})
    s.ev(s.case(), ["QP12"], "strength",
         "The practitioner told the school and the GP what they needed to know.")  # fmt: skip
    case = s.case(age="10-13")
    s.store.put_evidence(Evidence(
        case_id=case, criteria=["QP12", "SW1"], source="CASE_FILE", polarity="development",
        text=NOTE, safeguarding=CONCERN, escalation="escalated",
    ))  # fmt: skip
    s.judge("J18-4A", "inadequate", area="6")
    report = draft_report(load(s.store))
    s.close()
    told = [x for p in report.paragraphs() for x in p.sentences
            if "three weeks" in x.text and x.role == "claim"]  # fmt: skip
    assert len(told) == 1, [x.text for p in report.paragraphs() for x in p.sentences]
    (sentence,) = told
    assert not re.search(r"\b(girl|her|12|stepfather)\b", sentence.text, re.I), sentence.text
    comment = " ".join(part for line in sentence_comment(sentence) for part in line)
    assert sentence.case_refs and sentence.case_refs[0] in comment, comment
    assert not re.search(r"\b(girl|her|12|stepfather)\b", comment, re.I), comment
    assert "locks" not in comment, comment
