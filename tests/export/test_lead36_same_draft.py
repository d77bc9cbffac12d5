"""The key findings of a service with two inadequate law types are the same on every run
(case36: the safeguarding finding was re-said of a law type picked from a set, so a new
process could say it of private law and the next of public law): drafted twice, under two
hash seeds, from case35's hand-written inspection."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_DRAFT = """
import sys
from pathlib import Path
from tests.export.case35_inspection import build
from exporters.draft import draft_report, load
from store.store import Store
from tests.export.small import body
path = Path(sys.argv[1])
if not path.exists():
    build(path).close()
with Store.open(path) as st:
    print(body(draft_report(load(st))))
"""


def test_the_draft_is_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    db = tmp_path / "case35.db"
    texts = []
    for seed in ("1", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": os.getcwd()}
        done = subprocess.run([sys.executable, "-c", _DRAFT, str(db)], env=env,
                              capture_output=True, text=True, timeout=600, check=True)  # fmt: skip
        texts.append(done.stdout)
    assert texts[0] == texts[1]
