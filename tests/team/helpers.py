"""What the team tests share: run a command through click's runner and check the
outcome, and a fresh inspection made through the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from click.testing import CliRunner, Result

from cli.root import cli


def run(*args: str | Path, code: int = 0) -> Result:
    """Run `fieldwork ARGS`; assert the exit code and that no traceback was printed."""
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    return result


def refused(*args: str | Path) -> str:
    """Run a command that must be refused: exit 2, one line, no traceback; its text."""
    result = run(*args, code=2)
    assert result.output.count("\n") == 1, result.output
    assert result.output.startswith("fieldwork: ")
    return result.output


def dump(db: Path) -> str:
    """The database's canonical content (it changes with any write; free text as
    digests, so a file holding a child's name can be compared too)."""
    return run("dump", db, "--omit-text").output


@contextmanager
def unchanged(db: Path) -> Iterator[None]:
    """Assert that the body leaves the database's content as it was."""
    before = dump(db)
    yield
    assert dump(db) == before


def new_inspection(path: Path, start: str = "2026-03-02", end: str = "2026-03-27") -> Path:
    """`fieldwork new` with the 2018 framework, led by Ruth Okafor."""
    run(
        "new", path, "--framework", "cafcass-2018", "--title", "National inspection 2026",
        "--lead", "Ruth Okafor", "--start", start, "--end", end,
    )  # fmt: skip
    return path


def empty_file(path: Path, framework: str = "cafcass-2018", title: str = "Pennine visit") -> Path:
    """An empty inspection file, led by Grace Whitfield from 30 November 2026: what
    `fieldwork new` writes, made through the Store."""
    from store.framework import load_framework
    from store.store import Store

    Store.create(path, load_framework(framework), title=title, lead="Grace Whitfield",
                 start_date="2026-11-30").close()  # fmt: skip
    return path


def listed_file(folder: Path, case_list: str, framework: str = "cafcass-2018",
                title: str = "Pennine visit") -> Path:  # fmt: skip
    """`empty_file` in `folder` with `case_list` (CSV text written by hand) imported."""
    path = empty_file(folder / "lead.db", framework, title)
    (folder / "caselist.csv").write_text(case_list, encoding="utf-8")
    run("cases", "import", path, folder / "caselist.csv")
    return path
