"""A small team written by hand for the session-10 merge tests: a master led by Helen
Marsh, one visited area with two cases, and files issued to Aisha Bello and Rajesh
Patel.  Everything after is done as a lead and inspectors would, through the CLI.

The three files are written once per test process and copied for each test (as
`tests/merge/files.py` does), so each test starts from the same fresh inspection."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from store.framework import load_framework
from store.models import Area, CaseFile, Inspector
from store.store import Store
from tests.merge.files import fieldwork

CASE = "C-2201-KM"
OTHER_CASE = "C-2202-RT"


@dataclass(frozen=True)
class Team10:
    master: Path
    aisha: Path
    rajesh: Path


def ok(*args: str | Path) -> str:
    """Run the CLI; it must succeed without a traceback.  Returns what it printed."""
    code, out = fieldwork(*(str(a) for a in args))
    assert code == 0, out
    assert "Traceback" not in out
    return out


def refused(*args: str | Path) -> str:
    """Run a command that must be refused: exit 2, one sentence, no traceback."""
    code, out = fieldwork(*(str(a) for a in args))
    assert code == 2, out
    assert "Traceback" not in out and out.count("\n") == 1, out
    return out


def note(db: Path, text: str, *extra: str, case: str = CASE) -> str:
    """`fieldwork evidence add` on a case: the new note's id."""
    out = ok("evidence", "add", db, "--case", case, "--criteria", "QP7", "--source",
             "CASE_FILE", "--polarity", "strength", "--text", text, *extra)  # fmt: skip
    return out.split()[0]  # the id; a warning about an identifying detail may follow


def edit(db: Path, eid: str, *args: str) -> None:
    """`fieldwork evidence edit`."""
    ok("evidence", "edit", db, eid, *args)


def merge(target: Path, *sources: Path) -> str:
    """`fieldwork merge TARGET SOURCE...`: what it printed."""
    return ok("merge", target, *sources)


def make_team10(root: Path) -> Team10:
    """Copies of the hand-written team in `root`."""
    global _MADE
    if _MADE is None:
        folder = Path(tempfile.mkdtemp(prefix="fw-team10-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _MADE = _write(folder)
    out = []
    for source in (_MADE.master, _MADE.aisha, _MADE.rajesh):
        shutil.copy2(source, root / source.name)
        out.append(root / source.name)
    return Team10(*out)


_MADE: Team10 | None = None


def _write(root: Path) -> Team10:
    master = root / "lead.db"
    with Store.create(master, load_framework("cafcass-2018"), title="Northern region visit",
                      lead="Helen Marsh", start_date="2026-02-02") as m:  # fmt: skip
        m.put_area(Area(code="12", name="Tyne Estuary", visited=True))
        for ref, stage in ((CASE, "WTFH"), (OTHER_CASE, "FHDRA")):
            m.put_case(CaseFile(ref=ref, area_code="12", law_type="PRIVATE", case_type="CAO",
                                stage=stage))  # fmt: skip
        aisha = m.issue(root / "AB.db", m.put_inspector(Inspector(name="Aisha Bello",
                                                                  initials="AB")))  # fmt: skip
        rajesh = m.issue(root / "RP.db", m.put_inspector(Inspector(name="Rajesh Patel",
                                                                   initials="RP")))  # fmt: skip
    return Team10(master, aisha, rajesh)
