"""A stakeholder's own words follow only what they bear out (issue 15, an independent
tester: "judges were less positive ..., though they praised ...", then a judge's words
of praise, from the older quotation path used where the views sentence found none).

A quotation after a views sentence is that sentence's own (`viewquote`: a record behind
a clause, on the clause's side and subject); a clause giving both sides equally, or
leaning against, is never followed by words of praise.  Where there is no views
sentence, words of praise follow only a strength they are about (a record on the
claim's criterion), never a weakness.

Every note below is written here, in inspectors' shorthand.
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_area, draft_report, load
from exporters.model import ReportModel, Sentence
from store.store import Store
from tests.export.small import Small

STAKEHOLDERS = {"INT_JUDICIARY", "INT_LA", "INT_PARTNER"}
FOR = ("strong for", "for", "qualified for", "mostly for", "more positive")
AGAINST = ("strong against", "against", "qualified against", "mostly against", "less positive")
SAID_AS = re.compile(r"([a-z ]+?): \d+ strength and \d+ development records \([a-z ]+; "
                     r"said as ([a-z ]+):")  # fmt: skip
GROUP_SOURCE = {"judges": "INT_JUDICIARY", "magistrates": "INT_JUDICIARY",
                "local authority staff": "INT_LA", "partner agencies": "INT_PARTNER"}  # fmt: skip


def _side(said: str) -> str:
    return "for" if said in FOR else "against" if said in AGAINST else "neither"


def mismatched(report: ReportModel, polarity: dict[str, str]) -> list[str]:
    """Stakeholders' quotations whose side differs from the clause (after a views
    sentence: its group's clause; else the claim before it) they follow."""
    out = []
    for section in report.sections:
        views: Sentence | None = None
        last: Sentence | None = None
        for p in [*section.intro, *section.paragraphs]:
            for s in p.sentences:
                if s.role == "views":
                    views = s
                elif s.quote and STAKEHOLDERS & set(s.sources):
                    side = {"strength": "for", "development": "against"}.get(
                        polarity[s.evidence_ids[0]], "neither")  # fmt: skip
                    if views is not None:
                        sides = {GROUP_SOURCE[n.strip()]: _side(said)
                                 for names, said in SAID_AS.findall(views.basis)
                                 for n in re.split(r",| and ", names) if n.strip()}  # fmt: skip
                        clause = sides.get(s.sources[0], "none")
                    else:
                        clause = last.direction if last is not None else "none"
                    if clause != side:
                        out.append(f"{side} quote after {clause}: {s.text}")
                if s.direction:
                    last = s
    return out


def _polarities(path: Path) -> dict[str, str]:
    import sqlite3

    with sqlite3.connect(path) as con:
        return dict(con.execute("select id, polarity from evidence"))


def test_praise_is_not_quoted_after_an_even_or_critical_national_view(tmp_path: Path) -> None:
    path = tmp_path / "national.db"
    s = Small(path, areas=[("6", "Wessex", True)])
    s.cases_noted("6", 3, weak=set())
    s.national(["LG2"], "strength", "Senior judge (national board) said: 'The national team "
               "listens and changes course when the judiciary raises a problem.'",
               "INT_JUDICIARY")  # fmt: skip
    s.national(["LG2"], "development", "Family division liaison judge: national leaders took "
               "months to act on the failing area, nothing changed till the summer.",
               "INT_JUDICIARY")  # fmt: skip
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "requires-improvement")
    s.judge("J18-4A", "requires-improvement", area="6")
    s.close()
    with Store.open(path) as store:
        report = draft_report(load(store))
    views = [x for p in report.paragraphs() for x in p.sentences if x.role == "views"]
    assert views, "the judges' two national notes make a views sentence"
    assert mismatched(report, _polarities(path)) == []


def test_praise_is_not_quoted_after_a_weakness(tmp_path: Path) -> None:
    """One local authority note of praise (no views sentence: a single record makes no
    claim about a group) beside managers' and board papers' weaknesses on the same
    partnership criterion: the words of praise do not follow the weakness."""
    path = tmp_path / "weak.db"
    s = Small(path)
    s.cases_noted("6", 3, weak=set())
    s.about_area("6", ["LGN4"], "strength", "LA head of service said: 'The guardians here "
                 "are the steadiest partners we have in court.'", "INT_LA")  # fmt: skip
    for text in (
        "Service manager has not attended the family justice board since the spring.",
        "No Cafcass representative at the last three board sub-group meetings.",
        "Board minutes: actions for Cafcass on the delay protocol carried over twice.",
        "Team manager could not say who covers the board when the service manager is away.",
    ):
        s.about_area("6", ["LGN4"], "development", text, "INT_MANAGER")
    s.judge("J18-4A", "requires-improvement", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    assert mismatched(report, _polarities(path)) == []
