"""Stakeholders' own words (issue 15, an independent tester: the notes held judges'
words in quotation marks, "a lottery depending on who you get", "the backbone of our
public law work", and the draft quoted none).

After what a group told inspectors, the draft quotes one short phrase from one of the
group's own interview notes that bears the clause out (its side and its subject),
exactly as written, by role; never words the note gives to someone else, never words
the other way, never a name; at most one stakeholder quotation a section.  The notes
are written here by hand, in inspectors' shorthand.
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_area, draft_report, load
from exporters.model import ReportModel, Sentence
from store.store import Store
from tests.export.small import Small

QUOTED = re.compile(r"‘([^’]+)’")
PARTNER_SOURCES = {"INT_JUDICIARY", "INT_LA", "INT_PARTNER"}


def _area(s: Small, area: str = "6") -> list[Sentence]:
    s.judge("J18-4A", "requires-improvement", area=area)
    report: ReportModel = draft_area(load(s.store), area)
    s.close()
    return [x for p in report.paragraphs() for x in p.sentences]


def _quotes(sentences: list[Sentence]) -> list[Sentence]:
    return [x for x in sentences if x.quote and PARTNER_SOURCES & set(x.sources)]


def test_a_judge_s_words_bear_out_the_judges_criticism(tmp_path: Path) -> None:
    s = Small(tmp_path / "lottery.db")
    s.cases_noted("6", 3, weak={"QP7"})
    for text in (
        "DJ (Northgate): quality of s.7 reports 'a lottery depending on who you get'.",
        "Circuit judge: analysis in reports thin, recommendations not reasoned.",
        "Lay bench chair: reports on time but quality of analysis weak.",
    ):
        s.about_area("6", ["LGN4"], "development", text, "INT_JUDICIARY")
    s.about_area("6", ["LGN4"], "strength", "HHJ: duty FCA always available at court.",
                 "INT_JUDICIARY")  # fmt: skip
    sentences = _area(s)
    (views,) = [x for x in sentences if x.role == "views"]
    assert "quality of reports" in views.text, views.text
    (quote,) = _quotes(sentences)
    assert "‘a lottery depending on who you get’" in quote.text, quote.text
    assert quote.text.startswith("One judge") or "one judge" in quote.text, quote.text
    # Straight after the sentence it bears out.
    assert sentences.index(quote) == sentences.index(views) + 1


def test_words_given_to_someone_else_or_the_other_way_are_never_quoted(tmp_path: Path) -> None:
    s = Small(tmp_path / "others.db")
    s.cases_noted("6", 3, weak=set())
    for text in (
        "LA SW: the mother said the guardian was 'kinder than anyone else we met'.",
        "LA team manager: guardians 'excellent, but not the norm here'.",
        "IRO: guardian 'always on time and thorough'; Jo Peters 'the best guardian we have'.",
        "LA SW: 'Brenda Hale would be proud of this guardian'.",
        "LA head of service: joint working 'better than it has ever been'.",
    ):
        s.about_area("6", ["LGN4"], "strength", text, "INT_LA")
    s.about_area("6", ["LGN4"], "development", "LA legal: reports sometimes late.", "INT_LA")
    sentences = _area(s)
    quoted = [q for x in _quotes(sentences) for q in QUOTED.findall(x.text)]
    for never in ("kinder than anyone", "excellent, but", "the best guardian", "Brenda"):
        assert not any(never in q for q in quoted), quoted
    assert quoted, [x.text for x in sentences]  # the speakers' own words are quoted


def test_quotes_are_exact_one_a_section_and_from_the_group_s_own_notes(
    tmp_path: Path,
) -> None:
    """A whole inspection with quotable notes from every group in two areas and about
    the organisation: each section quotes at most one stakeholder, each quotation's
    words stand in its note as written, and the note is from an interview with that
    stakeholder."""
    s = Small(tmp_path / "all.db", areas=[("3", "Fenland", True), ("9", "Moorside", True)])
    for area, weak in (("3", set()), ("9", {"QP3", "QP7"})):
        s.cases_noted(area, 3, weak=weak)
    notes = [
        ("3", "strength", "INT_JUDICIARY", "DFJ: guardians 'the backbone of our public law work'."),
        ("3", "strength", "INT_JUDICIARY", "DJ: reports 'clear, balanced and on time'."),
        ("3", "strength", "INT_LA", "LA AD: joint protocol 'a model of how to work together'."),
        ("3", "strength", "INT_PARTNER", "Refuge manager: FCA 'rings us before every hearing'."),
        ("9", "development", "INT_JUDICIARY", "DJ: reports 'late more often than not'."),
        ("9", "development", "INT_JUDICIARY", "HHJ: analysis 'thin and generic'."),
        ("9", "development", "INT_LA", "LA SW mgr: 'we've given up chasing the guardian'."),
        ("9", "development", "INT_PARTNER", "Police DA lead: referrals 'slow and patchy'."),
    ]
    ids = {}
    for area, pol, src, text in notes:
        ids[s.about_area(area, ["LGN4"], pol, text, src)] = text
    s.national(["LG2"], "strength", "Senior judge: national leaders 'listen and act'.",
               "INT_JUDICIARY")  # fmt: skip
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    s.judge("J18-4A", "good", area="3")
    s.judge("J18-4A", "inadequate", area="9")
    s.close()
    with Store.open(tmp_path / "all.db") as store:
        report = draft_report(load(store))
        texts = {e.id: e.text for e in store.all_evidence()}
        sources = {e.id: e.source for e in store.all_evidence()}
    total = 0
    for section in report.sections:
        said = [x for p in section.paragraphs for x in p.sentences]
        quotes = _quotes(said)
        assert len(quotes) <= 1, [q.text for q in quotes]
        for q in quotes:
            total += 1
            (words,) = QUOTED.findall(q.text)
            (rid,) = q.evidence_ids
            assert f"'{words}'" in texts[rid], (q.text, texts[rid])
            assert sources[rid] in PARTNER_SOURCES
    assert total >= 2, total
    # "listen and act" needs the leaders outside the quotation: never quoted.
    assert not any("listen and act" in x.text for p in report.paragraphs() for x in p.sentences)


def test_a_capital_opening_the_words_is_kept_as_written(tmp_path: Path) -> None:
    s = Small(tmp_path / "capital.db")
    s.cases_noted("6", 3, weak=set())
    s.about_area("6", ["LGN4"], "strength", "DFJ: reports 'Brilliant, every single time'.",
                 "INT_JUDICIARY")  # fmt: skip
    s.about_area("6", ["LGN4"], "strength", "Magistrates' chair: reports clear and on time.",
                 "INT_JUDICIARY")  # fmt: skip
    quoted = [q for x in _quotes(_area(s)) for q in QUOTED.findall(x.text)]
    assert quoted == ["Brilliant, every single time"], quoted
