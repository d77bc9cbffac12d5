"""Issue 15, the session-9 tester's draft: Area 14's paragraph 25 ran to 200 words and
ended with the stakeholders.  A findings paragraph of more than `LONG_WORDS` words is
split in two where the section has room for another paragraph, at a theme boundary (the
stakeholders' views apart from the weaknesses) where there is one: the 2018 report's
paragraphs run about 60 to 150 words.

An inadequate area written by hand here (`tests.export.small`), and the hand-written
inspections.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.draft.paragraphs import LONG_WORDS
from exporters.draft.sections import MAX_PARAGRAPHS
from exporters.model import Paragraph, ReportModel
from tests.export.small import Small

# Each weakness in the inspector's words, four cases each: (criterion, note).
WEAK = (
    ("SW1", "The school's report of a bruise was not passed to children's services for a week"),
    ("QP2", "The first screening missed two police call-outs, so the risk was not assessed"),
    ("QP1", "The report was filed a month late and the hearing had to be put back"),
    ("QP8", "The child was seen once, at the office, with the mother in the room"),
    ("QP3", "The report gives the parents' accounts and nothing of what the child wants"),
    ("QP7", "The report retells the history but does not weigh the risks to the child"),
    ("QP11", "Nothing has been written on the file since the case was allocated in May"),
)
VIEWS = (
    (
        "INT_JUDICIARY",
        "LG2",
        "The judge said the safeguarding letters cannot be relied on and "
        "extra reports are now ordered to be safe.",
    ),
    (
        "INT_LA",
        "LGN4",
        "The local authority manager said weeks go by without word from the "
        "guardian and escalations go unanswered.",
    ),
    (
        "INT_PARTNER",
        "LGN4",
        "The domestic abuse service said referrals from the team are "
        "patchy and nobody tells them the outcome.",
    ),
)


def _area(path: Path) -> list[Paragraph]:
    """One area judged inadequate: five weaknesses in four of six cases each, the
    stakeholders critical."""
    s = Small(path)
    cases = [s.case() for _ in range(6)]
    for crit, note in WEAK:
        for k, case in enumerate(cases[:4]):
            s.ev(case, [crit], "development", f"{note} (case {k + 1}, {crit}).")
    for source, crit, text in VIEWS:
        s.about_area("6", [crit], "development", text, source)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "inadequate")
    s.judge("J18-4A", "inadequate", area="6")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    return next(sec for sec in report.sections if sec.kind == "area").paragraphs


def _words(p: Paragraph) -> int:
    return len(p.text.split())


def test_a_long_paragraph_of_weaknesses_is_split(tmp_path: Path) -> None:
    """Five weaknesses, each in four cases, and three critical stakeholders: no
    paragraph runs past `LONG_WORDS` words (with a bracketed note for the lead at most
    twenty more), and the stakeholders' views never close a paragraph that opens on
    the weaknesses' long list."""
    paras = _area(tmp_path / "a.db")
    sizes = [_words(p) for p in paras]
    assert len(paras) <= MAX_PARAGRAPHS, sizes
    assert sum(sizes) > LONG_WORDS + 100, sizes  # enough for an overlong paragraph
    assert all(n <= LONG_WORDS + 20 for n in sizes), sizes
    for p in paras:
        roles = [x.role for x in p.sentences]
        if "views" in roles and _words(p) > LONG_WORDS:
            raise AssertionError((p.text, sizes))


def test_the_hand_written_inspections_have_no_overlong_paragraph_with_room_left(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    """In every hand-written inspection, a findings section with room for another
    paragraph has none longer than twice `LONG_WORDS` words (a split that left a half
    this long would have found a better place)."""
    for name, report in handwritten_reports.items():
        for sec in report.sections:
            if sec.kind not in ("judgement", "area") or len(sec.paragraphs) >= MAX_PARAGRAPHS:
                continue
            for p in sec.paragraphs:
                assert _words(p) <= 2 * LONG_WORDS, (name, sec.heading, _words(p), p.text)
