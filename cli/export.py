"""`fieldwork export area|report|qa|csv`: the draft in Word, its QA view, or CSV for
the analyst.

Before a Word file is written, the draft is checked for records in conflict and for
anything that could identify a child or family; either stops the export (exit code 2)
and lists what it found, unless a lead accepted that identifying hit (`fieldwork
identify accept`).  The CSV export checks its free text the same way and stops the
same way (`--omit-text` writes it without free text).  `--allow-identifying` writes
anyway and is recorded in the audit trail.  Evidence that disagrees with a grade is
printed as a warning (and marked in the draft)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from cli import values
from cli.common import CONTEXT, DB, F, fail, opened, stop_on_hits, version_option
from store.models import counted
from store.paths import remember_folder


def _print_hits(lines: list[str]) -> None:
    for line in lines:
        click.echo(f"  - {line}", err=True)


_allow_conflicts = click.option(
    "--allow-conflicts", is_flag=True,
    help="Write the file even when the draft uses records in conflict, marking each "
    "sentence that does.",
)  # fmt: skip


def _output_kind(*suffixes: str) -> Callable[[click.Context, click.Parameter, Path], Path]:
    """An -o callback: the file's extension must say what it is, or Word (or a reader)
    would open a Word file named .txt as text."""

    def check(ctx: click.Context, param: click.Parameter, path: Path) -> Path:
        if path.suffix.lower() not in suffixes:
            kinds = " or ".join(suffixes)
            fail(f"{path} does not end in {kinds}, but that is what this export writes; "
                 f"give -o a name ending in {kinds}.")  # fmt: skip
        return path

    return check


def _word_options(f: F) -> F:
    options = [
        click.option(
            "-o", "--output", "output", required=True,
            type=click.Path(path_type=Path, dir_okay=False), metavar="FILE.docx",
            help="Where to write the Word file.", callback=_output_kind(".docx"),
        ),
        click.option(
            "--start-number", default=1, show_default=True, type=click.IntRange(1, 9999),
            help="Number of the first numbered paragraph.",
        ),
        click.option(
            "--template", type=click.Path(path_type=Path, dir_okay=False), metavar="FILE.docx",
            help="A Word file carrying the Fieldwork style names (default: the built-in one).",
        ),
        click.option(
            "--no-comments", is_flag=True,
            help="Leave out the comments that trace each paragraph to its evidence.",
        ),
        click.option(
            "--allow-identifying", is_flag=True,
            help="Write the file even when the check finds identifying details.",
        ),
        _allow_conflicts,
    ]  # fmt: skip
    for option in reversed(options):
        f = option(f)
    return f


Say = Callable[[str, float], None]


@contextlib.contextmanager
def _status() -> Iterator[Say | None]:
    """On a terminal, one line on stderr saying what the export is doing (drafting,
    checking, writing section 3 of 9), rewritten in place and cleared at the end: an
    export of a large inspection takes seconds, and a silent prompt reads as a hang.
    Not on a pipe or file, so scripts read only the result."""
    if not sys.stderr.isatty():
        yield None
        return
    shown = 0

    def say(message: str, fraction: float) -> None:
        nonlocal shown
        line = f"{message}... {round(100 * fraction)}%"
        click.echo("\r" + line.ljust(shown), err=True, nl=False)
        shown = len(line)

    try:
        yield say
    finally:
        if shown:
            click.echo("\r" + " " * shown + "\r", err=True, nl=False)


def _run(fn: Callable[[Say | None], Any], numbers: bool = True, db: Path | None = None,
         output: Path | None = None) -> None:  # fmt: skip
    """Run one export, saying what it is doing on a terminal (`_status`); records in
    conflict or identifying details stop it with exit code 2.  Evidence that disagrees
    with a grade is a warning; the rest are notes.  Written, its folder is where the
    export dialog offers to save this inspection's next export
    (`store.paths.remember_folder`)."""
    from exporters.draft.document import lead_notes
    from exporters.errors import ConflictsError, IdentifyingDetailsError

    try:
        with _status() as say:
            result = fn(say)
    except ConflictsError as exc:
        click.echo(f"fieldwork: {exc}", err=True)
        for record in exc.records:
            click.echo(f"  - {record}", err=True)
        sys.exit(2)
    except IdentifyingDetailsError as exc:
        stop_on_hits(exc)
    if db is not None and output is not None:
        remember_folder(db, output.parent)
    _report_passed(result)
    if result.conflicts:
        click.echo(f"Written with {len(result.conflicts)} records in conflict marked "
                   "(--allow-conflicts).", err=True)  # fmt: skip
    for w in result.disagreements:
        click.echo(f"warning: {w}", err=True)
    for w in lead_notes(result.warnings):
        if w not in result.disagreements:
            click.echo(f"note: {w}", err=True)
    shared = result.report.repeated_share
    if any(s.kind == "area" for s in result.report.sections):
        click.echo(f"Sentences said (word for word or nearly) in another area's section: "
                   f"{round(100 * shared)}%.", err=True)  # fmt: skip
    numbered = result.report.numbered()
    span = (f", paragraphs {numbered[0].number}-{numbered[-1].number}"
            if numbers and numbered else "")  # fmt: skip
    click.echo(f"Wrote {result.path}{span}.")


def _report_passed(result: Any) -> None:
    """What an export wrote despite hits, and the hits a lead's decisions let pass."""
    if result.hits:
        click.echo(
            f"Written despite {len(result.hits)} identifying details (--allow-identifying, "
            "recorded in the audit trail):",
            err=True,
        )
        _print_hits([h.message() for h in result.hits])
    if result.accepted:
        click.echo(
            f"note: {counted(len(result.accepted), 'hit')} passed because a lead accepted "
            f"{'it' if len(result.accepted) == 1 else 'them'} "
            "('fieldwork identify decisions' lists why).",
            err=True,
        )


@click.group("export", context_settings=CONTEXT)
@version_option
def export_group() -> None:
    """Draft the report or one area's findings in Word, or export CSV for analysis.

    Before a Word file is written, the draft is checked for anything that could
    identify a child or family; a hit stops the export (exit code 2) and lists where
    it came from."""


@export_group.command("area", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option(
    "--area", "area_code", required=True, metavar="CODE",
    help="The visited area: its code (6, 15a), or its name as 'areas visit' reads it.",
)  # fmt: skip
@_word_options
@version_option
def export_area_cmd(
    db: Path,
    area_code: str,
    output: Path,
    start_number: int,
    template: Path | None,
    no_comments: bool,
    allow_identifying: bool,
    allow_conflicts: bool,
) -> None:
    """Write one visited area's findings section (heading and 3 to 6 numbered
    paragraphs, a comment on each claim with its tally and evidence) to a Word file:
    the same text as the area has in the whole report.  An area the inspection did not
    visit has no section and is refused."""
    from exporters.export import export_area

    with opened(db) as store:
        area_code = values.area(store, area_code)  # as `areas visit` reads it (tester 22, F11)
        _run(
            lambda say: export_area(
                store, area_code, output, template=template, start_number=start_number,
                comments=not no_comments, allow_identifying=allow_identifying,
                allow_conflicts=allow_conflicts, progress=say,
            ), db=db, output=output,
        )  # fmt: skip


@export_group.command("report", context_settings=CONTEXT)
@click.argument("db", type=DB)
@_word_options
@version_option
def export_report_cmd(
    db: Path,
    output: Path,
    start_number: int,
    template: Path | None,
    no_comments: bool,
    allow_identifying: bool,
    allow_conflicts: bool,
) -> None:
    """Write the whole draft report to a Word file: judgements, summary, improvements,
    a section per judgement and per visited area, and information about the inspection."""
    from exporters.export import export_report

    with opened(db) as store:
        _run(
            lambda say: export_report(
                store, output, template=template, start_number=start_number,
                comments=not no_comments, allow_identifying=allow_identifying,
                allow_conflicts=allow_conflicts, progress=say,
            ), db=db, output=output,
        )  # fmt: skip


@export_group.command("qa", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option(
    "-o", "--output", "output", required=True, type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE.docx|FILE.csv", help="Where to write the QA view (Word or CSV, by extension).",
    callback=_output_kind(".docx", ".csv"),
)  # fmt: skip
@click.option(
    "--allow-identifying", is_flag=True,
    help="Write the file even when the check finds identifying details.",
)  # fmt: skip
@_allow_conflicts
@version_option
def export_qa_cmd(db: Path, output: Path, allow_identifying: bool, allow_conflicts: bool) -> None:
    """Write the QA reader's view of the whole draft: every drafted sentence with its
    tally, its evidence excerpts (with case references) and its flags (small sample,
    mixed evidence, disagrees with the grade, example from another criterion, in
    conflict), as a Word table per section or one CSV file."""
    from exporters.qa import export_qa

    with opened(db) as store:
        _run(
            lambda say: export_qa(
                store, output, allow_identifying=allow_identifying,
                allow_conflicts=allow_conflicts, progress=say,
            ),
            numbers=False, db=db, output=output,
        )  # fmt: skip


@export_group.command("csv", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option(
    "-o", "--output", "output", required=True,
    type=click.Path(path_type=Path, file_okay=False), metavar="DIR",
    help="Folder for the CSV files.",
)  # fmt: skip
@click.option(
    "--omit-text", is_flag=True,
    help="Leave out the free-text columns (evidence, the child's words, rationales, the "
    "draft's sentences).",
)  # fmt: skip
@click.option(
    "--allow-identifying", is_flag=True,
    help="Write the files even when the check finds identifying details (recorded).",
)  # fmt: skip
@version_option
def export_csv_cmd(db: Path, output: Path, omit_text: bool, allow_identifying: bool) -> None:
    """Write the analyst's CSV files: cases, inspectors, evidence (and one row per
    evidence x criterion), gradings, judgements, and the draft's sentences and evidence
    trace.  Free text is checked first: an identifying detail stops the export (exit
    code 2) and nothing is written, unless a lead accepted that hit; --omit-text
    leaves the free-text columns out."""
    from exporters.csv_export import export_csv
    from exporters.draft import load
    from exporters.errors import IdentifyingDetailsError
    from exporters.export import scanner_for

    with opened(db) as store:
        data = load(store)
        try:
            result = export_csv(data, output, scanner_for(store, data), omit_text=omit_text,
                                allow_identifying=allow_identifying)  # fmt: skip
        except IdentifyingDetailsError as exc:
            stop_on_hits(exc)
    remember_folder(db, output.parent)
    for p in result.paths:
        click.echo(f"Wrote {p}")
    _report_passed(result)
