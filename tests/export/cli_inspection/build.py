"""Build the hand-written inspection of this folder through the command line: each line
of `script.txt` is one `fieldwork` command, run as a user would type it."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

from click.testing import CliRunner

from cli.root import cli

FOLDER = Path(__file__).parent
_REF = re.compile(r"\{([A-Z]{2}-\d{4})\}")


def _with_refs(arg: str, refs: dict[str, str]) -> str:
    """The argument with each {case number} replaced by the case's reference."""
    return _REF.sub(lambda m: refs[m.group(1)], arg)


def build(db: Path) -> None:
    """Run script.txt against `db` (created by its first line)."""
    runner = CliRunner()
    refs: dict[str, str] = {}
    for line in (FOLDER / "script.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        args = [
            str(db) if a == "DB" else str(FOLDER / a) if a == "cases.csv" else a
            for a in shlex.split(line)
        ]
        if not refs and any(_REF.search(a) for a in args):
            listed = runner.invoke(cli, ["cases", "match", str(db), str(FOLDER / "cases.csv"),
                                         "--json"])  # fmt: skip
            assert listed.exit_code == 0, listed.output
            refs = {r["case_number"]: r["ref"] for r in json.loads(listed.output)}
        args = [_with_refs(a, refs) for a in args]
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, (line, result.output)
