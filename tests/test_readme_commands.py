"""The README's command tables and the CLI agree: every command and option the README
names exists, and every command the CLI has is in a README table (docs as tests, as
sqlite-utils does for its own docs)."""

from __future__ import annotations

import re
from pathlib import Path

import click

from cli.root import cli

README = Path(__file__).resolve().parent.parent / "README.md"
SPAN = re.compile(r"`(fieldwork(?: [^`]*)?)`")
OPTION = re.compile(r"(?<![\w-])(--?[a-zA-Z][\w-]*)")


def _sub(group: click.Group, name: str) -> click.Command | None:
    return group.get_command(click.Context(group), name)


def _resolve(words: list[str]) -> tuple[tuple[str, ...], click.Command, list[str]]:
    """The command a README span names (`fieldwork cases import DB FILE.csv`), its path
    and the words after it.  A lower-case word where a sub-command must be is an error."""
    command: click.Command = cli
    path: list[str] = []
    rest = list(words)
    while isinstance(command, click.Group) and rest:
        word = rest[0].strip("[]()")
        found = _sub(command, word)
        if found is None:
            bare = word.isalpha() and word.islower()
            assert not (bare and command is not cli), f"no command {' '.join([*path, word])}"
            assert not (bare and command is cli), f"no command {word!r} (README: {words})"
            break
        command, path = found, [*path, word]
        rest = rest[1:]
    if command is cli:  # `fieldwork [DB] [--as NAME]` is `fieldwork open`
        command = _sub(cli, "open")  # type: ignore[assignment]
    return tuple(path), command, rest


def _option_names(command: click.Command) -> set[str]:
    names = {"--help", "-h", "--version"}
    for param in command.params:
        if isinstance(param, click.Option):
            names.update(param.opts + param.secondary_opts)
    return names


def readme_rows() -> list[tuple[str, list[str]]]:
    """(command span, every option named in the row) for each table row whose first
    cell is a `fieldwork ...` command."""
    rows = []
    for line in README.read_text(encoding="utf-8").splitlines():
        cells = re.split(r"(?<!\\)\|", line)
        if not line.startswith("| `fieldwork") or len(cells) < 3:
            continue
        span = SPAN.search(cells[1])
        assert span, line
        options = [o for code in re.findall(r"`([^`]*)`", line) for o in OPTION.findall(code)]
        rows.append((span.group(1), options))
    return rows


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command path the CLI has (groups and their sub-commands)."""
    found = []
    for name in group.list_commands(click.Context(group)):
        command = _sub(group, name)
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found += all_commands(command, (*prefix, name))
    return found


def test_the_readme_has_command_tables() -> None:
    assert len(readme_rows()) >= 20


def test_every_command_and_option_in_the_readme_exists() -> None:
    for span, options in readme_rows():
        _, command, _ = _resolve(span.split()[1:])
        unknown = sorted(set(options) - _option_names(command))
        assert not unknown, f"README `{span}` names options the command lacks: {unknown}"


def test_every_option_anywhere_in_the_readme_belongs_to_a_command() -> None:
    """Spans in the prose (`fieldwork merge inspector.db master.db`) name real commands
    and options too."""
    text = README.read_text(encoding="utf-8")
    for span in SPAN.findall(text):
        _, command, rest = _resolve(span.split()[1:])
        unknown = {o for o in OPTION.findall(" ".join(rest))} - _option_names(command)
        assert not unknown, f"README `{span}`: {sorted(unknown)}"


def test_every_cli_command_is_in_a_readme_table() -> None:
    documented = {_resolve(span.split()[1:])[0] for span, _ in readme_rows()}
    documented |= {path[:n] for path in documented for n in range(1, len(path))}
    missing = [" ".join(p) for p in all_commands(cli) if p not in documented]
    assert not missing, f"commands missing from the README's tables: {missing}"
