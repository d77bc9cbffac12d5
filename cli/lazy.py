"""`LazyGroup`: a click group that imports a sub-command's module only when the command
is run, from click's documentation ("Lazily Loading Subcommands"), with two additions
for `fieldwork`: a first argument that names a file opens it in the workbench, and any
usage error is one line on stderr."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click


class LazyGroup(click.Group):
    """A group whose sub-commands are named `{name: "module.attribute"}` and imported
    on first use.  `fieldwork --help` imports them all (it shows each one's summary);
    running one command imports only that command's module."""

    def __init__(self, *args: Any, lazy_subcommands: dict[str, str] | None = None, **kw: Any):
        super().__init__(*args, **kw)
        self.lazy_subcommands = dict(lazy_subcommands or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_subcommands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy_subcommands:
            return self.load(cmd_name)
        return super().get_command(ctx, cmd_name)

    def module_of(self, cmd_name: str) -> str | None:
        """The module that holds `cmd_name` (None for an unknown name)."""
        path = self.lazy_subcommands.get(cmd_name)
        return path.rsplit(".", 1)[0] if path else None

    def load(self, cmd_name: str) -> click.Command:
        """Import the command's module and return the command."""
        module_name, attribute = self.lazy_subcommands[cmd_name].rsplit(".", 1)
        command = getattr(importlib.import_module(module_name), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{module_name}.{attribute} is not a click command")
        return command


class FieldworkGroup(LazyGroup):
    """The `fieldwork` group: `fieldwork FILE` opens FILE in the workbench, a mistyped
    command is reported as one (with click's "did you mean"), and usage errors are one
    line."""

    def is_database(self, name: str) -> bool:
        """Whether a first argument that is not a command names a database: a file
        that exists, or a path with a folder or a suffix (`m.db`, `~/x/inspection`).
        A bare word such as `chek` is a command, mistyped."""
        if not name or name.startswith("-") or name in self.list_commands(click.Context(self)):
            return False
        path = Path(name)
        return path.exists() or bool(path.suffix) or len(path.parts) > 1

    def opens_workbench(self, args: Sequence[str]) -> bool:
        """Whether these arguments open the TUI (`fieldwork [open] [DB] [--as NAME]`)."""
        return not args or args[0] == "open" or self.is_database(args[0])

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and self.is_database(args[0]):
            return "open", self.load("open"), args
        if args and not args[0].startswith("-") and args[0] not in self.list_commands(ctx):
            raise click.exceptions.NoSuchCommand(
                args[0], possibilities=self.list_commands(ctx), ctx=ctx
            )
        return super().resolve_command(ctx, args)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """As click's, but a usage error is one line: what is wrong, and where help is."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx else (prog_name or "fieldwork")
            message = exc.format_message()
            message += "" if message.endswith((".", "?")) else "."
            print(f"fieldwork: {message} See '{where} --help'.", file=sys.stderr, flush=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            print(f"fieldwork: {exc.format_message()}", file=sys.stderr, flush=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            print("fieldwork: interrupted.", file=sys.stderr, flush=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)
