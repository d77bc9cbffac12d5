"""Small inspections built inside a test, through the public Store API.

`Small(path)` creates an inspection; each call adds a case, evidence, a grading or a
judgement, written by hand in the test that needs it, so a draft test states exactly
the evidence it rests on.

A case is written when it is added.  The notes after it are kept and written together,
in the order they were added, through the Store's `bulk_create` (one transaction for
them all, not one a note: each transaction costs about as much CPU as three notes) as
soon as the test adds a case, asks for `store`, grades, judges or closes: whatever
reads the inspection through `Small` reads it whole.  The records are the ones `put_case` and `put_evidence` write
(`tests/export/test_suite24_small_bulk.py`); a note the framework would refuse goes
through `put_evidence` at once, and is refused as before.  A test that reads the file
elsewhere (another `Store.open`, a command, a copy) closes its `Small` first, and one
that keeps `store` in a name of its own reads it through `Small.store` after adding
notes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from exporters.model import ReportModel
from store.framework import Framework, load_framework
from store.ids import uuid7
from store.models import Area, CaseFile, Evidence, Grading, Judgement, Record
from store.store import Store
from tests.conftest import created

# One strength and one area for development, in an inspector's words, for each of four
# practice criteria (`Small.cases_noted`).
STRONG = {
    "QP3": "The report sets out what the girl wants, in her words, and why it matters to her.",
    "QP5": "Direct work used a feelings chart and a walk to the shops to help the boy talk.",
    "QP7": "The analysis weighs each option for the child and the recommendation follows.",
    "QP11": "The file is up to date and every visit is written up within two days.",
}
WEAK = {
    "QP3": "The report gives the father's account and nothing of what the child wants.",
    "QP5": "No direct work with the child is recorded before the report was written.",
    "QP7": "The report retells the history but does not analyse the risks to the child.",
    "QP11": "Nothing has been written on the file since the allocation eleven weeks ago.",
}


class Small:
    """A hand-built inspection, open for writing."""

    def __init__(
        self,
        path: Path,
        areas: list[tuple[str, str, bool]] | None = None,
        framework: Framework | str = "cafcass-2018",
    ) -> None:
        fw = load_framework(framework) if isinstance(framework, str) else framework
        self._store = created(path, fw, title="Small inspection", lead="Ruth Okafor",
                              start_date="2026-03-02", end_date="2026-03-20")  # fmt: skip
        self._areas = set()
        for code, name, visited in areas or [("6", "Wessex", True)]:
            self._store.put_area(Area(code=code, name=name, visited=visited))
            self._areas.add(code)
        self._n = 0
        self._criteria = {c.id for c in fw.criteria}
        self._sources = {s.code for s in fw.sources}
        self._kinds = (
            {c.code for c in fw.law_types}, {c.code for c in fw.case_types}, {c.code for c in fw.stages}
        )  # fmt: skip
        self._cases: set[str] = set()
        self._pending: list[tuple[str, Record]] = []

    @property
    def store(self) -> Store:
        """The inspection, with every case and note added so far written."""
        self.flush()
        return self._store

    def flush(self) -> None:
        """Write the cases and notes added since the last write, in one transaction."""
        if self._pending:
            pending, self._pending = self._pending, []
            self._store.bulk_create(pending, author=self._store.me_id or "")

    def _add(self, record: Record, valid: bool) -> str:
        """Keep a new record for the next write; one that `put_case` or `put_evidence`
        might refuse (or a note on a case this `Small` did not add) goes through them now."""
        if not valid:
            if isinstance(record, CaseFile):
                return self.store.put_case(record)
            assert isinstance(record, Evidence)
            return self.store.put_evidence(record)
        rid = uuid7()
        self._pending.append((rid, record))
        return rid

    def case(self, area: str = "6", law: str = "PRIVATE", age: str = "10-13") -> str:
        self._n += 1
        ctype = {"PRIVATE": "S7", "PUBLIC": "S31"}.get(law, "OTHER")
        case = CaseFile(
            ref=f"T-{self._n:03d}", area_code=area, law_type=law, case_type=ctype,
            stage="FINAL", age_band=age,  # type: ignore[arg-type]
        )  # fmt: skip
        laws, types, stages = self._kinds
        cid = self._add(case, law in laws and ctype in types and case.stage in stages)
        self._cases.add(cid)
        self.flush()  # a case is there as soon as it is added: a test may use its id at once
        return cid

    def _note(self, evidence: Evidence) -> str:
        valid = (
            all(c in self._criteria for c in evidence.criteria)
            and evidence.source in self._sources
            and (not evidence.case_id or evidence.case_id in self._cases)
            and (not evidence.area_code or evidence.area_code in self._areas)
        )
        return self._add(evidence, valid)

    def ev(
        self, case: str, crits: list[str], polarity: str, text: str, source: str = "CASE_FILE",
        child_words: str = "",
    ) -> str:  # fmt: skip
        return self._note(Evidence(
            case_id=case, criteria=crits, source=source, polarity=polarity,  # type: ignore[arg-type]
            text=text, child_words=child_words,
        ))  # fmt: skip

    def about_area(self, area: str, crits: list[str], polarity: str, text: str, source: str) -> str:
        return self._note(Evidence(
            area_code=area, criteria=crits, source=source, polarity=polarity,  # type: ignore[arg-type]
            text=text,
        ))  # fmt: skip

    def national(self, crits: list[str], polarity: str, text: str, source: str) -> str:
        return self._note(Evidence(
            criteria=crits, source=source, polarity=polarity, text=text,  # type: ignore[arg-type]
        ))  # fmt: skip

    def grade(self, case: str, crit: str, grade: str) -> str:
        return self.store.set_grading(Grading(case_id=case, criterion_id=crit, grade=grade))

    def judge(
        self, jid: str, grade: str | None, area: str | None = None, rationale: str = ""
    ) -> str:
        return self.store.set_judgement(
            Judgement(judgement_id=jid, area_code=area, grade=grade, rationale=rationale)
        )

    def cases_with(
        self, n: int, crit: str, polarity: str, text: str, area: str = "6", law: str = "PRIVATE"
    ) -> list[str]:
        """`n` new cases, each with one record on `crit` of `polarity`; texts vary by case."""
        out = []
        for k in range(n):
            cid = self.case(area, law)
            self.ev(cid, [crit], polarity, f"{text} (case {k + 1} of {n}).")
            out.append(cid)
        return out

    def cases_noted(self, area: str, n: int, weak: set[str]) -> list[str]:
        """`n` new cases in `area`, each with one note per criterion of `STRONG`: an area
        for development (`WEAK`) on the criteria in `weak`, a strength on the others."""
        out = []
        for _ in range(n):
            case = self.case(area=area)
            out.append(case)
            for crit in STRONG:
                bad = crit in weak
                self.ev(case, [crit], "development" if bad else "strength",
                        (WEAK if bad else STRONG)[crit])  # fmt: skip
        return out

    def close(self) -> None:
        self.store.close()  # written first


def counted_pattern(noun: str | None = None) -> str:
    """A regular expression for any of the wording data's phrases saying which cases a
    share is of (drafting.toml's `counted` and `counted_nouns`: "with evidence on case
    recording", "with a finding on case recording"), for `noun` or for any."""
    import re

    from exporters.draft.words import words

    w = words()
    what = re.escape(noun) if noun is not None else r"[^,.;]+?"
    forms = [
        re.escape(f).replace(re.escape("{noun}"), what) for f in (*w.counted, *w.counted_nouns)
    ]
    # The same without naming it, where the sentence's wording names it (`saidonce`).
    forms += [re.escape(f) for f in (*w.counted_unnamed, *w.counted_unnamed_nouns)]
    return "(?:" + "|".join(forms) + ")"


def body(report: ReportModel) -> str:
    """Every drafted sentence of `report`, as one text (what the lead reads)."""
    return " ".join(s.text for p in report.paragraphs() for s in p.sentences)


def margin(report: ReportModel) -> str:
    """Every comment line of `report`'s sentences, as one text (the Word margin)."""
    return " ".join(n for p in report.paragraphs() for s in p.sentences for n in s.notes)


def draft_child_words(
    path: Path, entries: list[dict[str, Any]]
) -> tuple[ReportModel, dict[str, Any]]:
    """Area 6 (good) with each entry of a corpus of children's words (`crit`,
    `polarity`, `note`, `said`, `age`) as a note holding the words on a case of its own,
    and a second note on the same point so that each point has a claim: the whole
    draft, and each words note's id -> its entry."""
    from exporters.draft import draft_report, load

    s = Small(path)
    ids: dict[str, Any] = {}
    for w in entries:
        case = s.case(age=w["age"])
        ev = s.ev(case, [w["crit"]], w["polarity"], w["note"], source="INT_CHILD",
                  child_words=w["said"])  # fmt: skip
        ids[ev] = w
        s.ev(case, [w["crit"]], w["polarity"], w["note"])
    s.judge("J18-4A", "good", area="6")
    try:
        return draft_report(load(s.store)), ids
    finally:
        s.close()


def quoted_words(report: ReportModel, ids: dict[str, Any]) -> list[tuple[dict[str, Any], Any]]:
    """Each quote of a corpus entry's words in the draft (`draft_child_words`'s ids), with
    the claim it follows: (entry, claim sentence)."""
    out = []
    for p in report.paragraphs():
        for k, x in enumerate(p.sentences):
            words = [ids[e] for e in x.evidence_ids if e in ids]
            if x.role != "quote" or not words:
                continue
            [w] = words
            out.append((w, next(y for y in reversed(p.sentences[:k]) if y.role == "claim")))
    return out
