"""An inspection under the 2013 framework written before session 14 holds a copy of the
framework in which late checks (QP2), seeing children (QP8) and information sharing
(QP12) inform the quality of practice only.  Opened now (schema step 0013), its copy
links them to the safeguarding judgement first, so that its safeguarding section speaks
of them (tester 13's F14); a link a team changed, and a framework of a team's own, are
left as they are.  The inspection is written by hand in the test, with the framework as
it was stored then, and the file is made as a Fieldwork without step 0013 left it."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from exporters.draft import draft_report, load
from store.framework import Framework, load_framework
from store.migrations import schema_version
from store.store import Store
from tests.export.small import Small

STEP = "0013_shared_criteria_linked"
SHARED = ("QP2", "QP8", "QP12")


def _as_shipped_before(relink: dict[str, list[str]] | None = None, fid: str = "") -> Framework:
    """The 2013 framework as Fieldwork shipped it before (each of `SHARED` informing the
    quality of practice only), with `relink`'s criteria linked as a team chose, and
    under id `fid` when given (a framework of a team's own)."""
    fw = load_framework("cafcass-2013")
    links = {c: ["J13-2"] for c in SHARED} | (relink or {})
    criteria = [c.model_copy(update={"judgements": links.get(c.id, c.judgements)})
                for c in fw.criteria]  # fmt: skip
    return fw.model_copy(update={"criteria": criteria, **({"id": fid} if fid else {})})


def _written_before_the_step(path: Path, fw: Framework) -> Path:
    """Eight cases in which children were not seen and two in which they were, under
    `fw`, as a Fieldwork before step 0013 wrote the file."""
    s = Small(path, framework=fw)
    for k in range(8):
        s.ev(s.case(), ["QP8"], "development",
             ["The girl was never seen on her own before the report went in.",
              "No visit to the boy; the report relies on what his father said.",
              "The twins were seen once at the office with their mother present."][k % 3]
             + f" (file {k + 1})")  # fmt: skip
    for k in range(2):
        s.ev(s.case(), ["QP8"], "strength",
             f"The FCA saw the child alone at school and again at home (file {k + 1}).")  # fmt: skip
    s.judge("J13-1", "requires-improvement")
    s.judge("J13-2", "good")
    s.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", (STEP,))
        conn.execute(f"PRAGMA user_version = {schema_version() - 1}")
    conn.close()
    return path


def _links(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    body = json.loads(conn.execute("SELECT body FROM framework").fetchone()[0])
    conn.close()
    return {c["id"]: c["judgements"] for c in body["criteria"] if c["id"] in SHARED}


def _safeguarding_claims(store: Store) -> list[str]:
    report = draft_report(load(store))
    sec = next(x for x in report.sections if x.judgement_id == "J13-1")
    return [s.text for p in sec.paragraphs for s in p.sentences
            if s.role == "claim" and "QP8" in s.criteria]  # fmt: skip


def test_a_2013_inspection_written_before_links_them_to_safeguarding(tmp_path: Path) -> None:
    db = _written_before_the_step(tmp_path / "old.db", _as_shipped_before())
    assert _links(db) == {c: ["J13-2"] for c in SHARED}
    with Store.open(db) as store:
        claims = _safeguarding_claims(store)
    assert _links(db) == {c: ["J13-1", "J13-2"] for c in SHARED}
    assert claims and re.search(r"\b(?:seen|see)\b", claims[0]), claims  # a wording on seeing


def test_a_link_the_team_changed_is_kept(tmp_path: Path) -> None:
    mine = {"QP8": ["J13-2", "J13-3"]}
    db = _written_before_the_step(tmp_path / "team.db", _as_shipped_before(mine))
    with Store.open(db):
        pass
    assert _links(db) == {"QP2": ["J13-1", "J13-2"], "QP8": ["J13-2", "J13-3"],
                          "QP12": ["J13-1", "J13-2"]}  # fmt: skip


def test_a_framework_of_a_teams_own_is_left_alone(tmp_path: Path) -> None:
    db = _written_before_the_step(tmp_path / "own.db", _as_shipped_before(fid="our-2013"))
    with Store.open(db) as store:
        claims = _safeguarding_claims(store)
    assert _links(db) == {c: ["J13-2"] for c in SHARED}
    assert not claims, claims
