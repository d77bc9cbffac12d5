"""Tester 20's late-report key finding (issue 15): judges whose notes were divided, four
praising the timeliness of reports, two criticising it and one how quickly cases are
allocated, were said to be "praising the timeliness of reports but criticising how
quickly cases are allocated": the lateness two of them criticised went unsaid, and one
judge's point stood for the group's criticism.  A subject `material_cases` records take
the weaker way is said on that side too (`viewabout.said_about`), and the side is said
apart (`viewgroup.weigh`: "..., though some criticised the timeliness of reports", or
"gave mixed views of the timeliness of reports, praising it more often than criticising
it").  On judges' notes written here, in words of their own.
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_report, load
from tests.export.small import Small

PRAISE = (
    "District judge: the section 7 reports are thorough and arrive on time.",
    "Recorder: reports reach the court on time and the analysis is careful.",
    "Circuit judge: the reports are well reasoned and filed before the deadline.",
    "Legal adviser: reports are balanced and always on time for the hearing.",
)
LATE = (
    "District judge: addendum reports are often late and two hearings were adjourned.",
    "Magistrates' chair: reports came in late twice this term and the hearing was lost.",
)
ALLOCATION = "Circuit judge: some cases wait weeks to be allocated to a guardian."
# The criticism side names the lateness, as criticised: "criticised the timeliness of
# reports", "concerns about the timeliness of reports", "... praising it more often than
# criticising it".
LATENESS_CRITICISED = re.compile(
    r"(?:criticis\w*|critical of|concerns about) the (?:quality and )?timeliness of reports"
    r"|timeliness of reports, praising it more often than criticising it"
)


def _views(tmp_path: Path) -> list[str]:
    s = Small(tmp_path / "j.db")
    for k in range(6):
        s.ev(
            s.case(),
            ["QP8"],
            "strength",
            f"The worker saw the boy alone at school in week {k + 2}.",
        )
    for text in PRAISE:
        s.about_area("6", ["QP7"], "strength", text, "INT_JUDICIARY")
    for text in (*LATE, ALLOCATION):
        s.about_area("6", ["QP1"], "development", text, "INT_JUDICIARY")
    s.judge("J18-4A", "good", area="6")
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    report = draft_report(load(s.store))
    s.close()
    return [x.text for sec in report.sections for p in (*sec.intro, *sec.paragraphs)
            for x in p.sentences if x.role == "views" and "judges" in x.text]  # fmt: skip


def test_the_judges_criticism_of_late_reports_is_said(tmp_path: Path) -> None:
    """Wherever their view is said of what they spoke about (the key findings, after the
    body has said it, say only "divided about the service": tester 18's rule)."""
    said = [text for text in _views(tmp_path) if "reports" in text]
    assert len(said) >= 2  # the area's views, and the national ones
    for text in said:
        assert LATENESS_CRITICISED.search(text), text


def test_one_judge_s_other_point_never_stands_for_the_group(tmp_path: Path) -> None:
    """Before: "praising the timeliness of reports but criticising how quickly cases are
    allocated"."""
    for text in _views(tmp_path):
        assert not re.search(r"(?:criticis\w*|critical of|concerns about) how quickly", text), text
