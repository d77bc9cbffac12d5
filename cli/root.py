"""The `fieldwork` group.

`fieldwork [DB]` opens the workbench; the sub-commands work headless (no terminal
needed), calling `store/` and `exporters/` directly.  Each sub-command lives in its own
module here, imported only when it runs (`COMMANDS`; add a new command there and to the
README's tables, which `tests/test_readme_commands.py` checks).
"""

from __future__ import annotations

import click

from cli.common import CONTEXT, version_option
from cli.lazy import FieldworkGroup

COMMANDS = {
    "areas": "cli.areas.areas_group",
    "assign": "cli.assign.assign_cmd",
    "case": "cli.case.case_group",
    "cases": "cli.cases.cases_group",
    "check": "cli.check.check_cmd",
    "conflicts": "cli.conflicts.conflicts_cmd",
    "demo": "cli.demo.demo_cmd",
    "dump": "cli.dump.dump_cmd",
    "evidence": "cli.evidence.evidence_group",
    "export": "cli.export.export_group",
    "framework": "cli.framework.framework_group",
    "frameworks": "cli.frameworks.frameworks_cmd",
    "grade": "cli.grade.grade_cmd",
    "identify": "cli.identify.identify_group",
    "inspection": "cli.inspection.inspection_group",
    "issue": "cli.issue.issue_cmd",
    "judge": "cli.judge.judge_cmd",
    "judgements": "cli.judgements.judgements_cmd",
    "locate": "cli.locate.locate_cmd",
    "merge": "cli.merge.merge_cmd",
    "new": "cli.new.new_cmd",
    "previous": "cli.previous.previous_group",
    "open": "cli.workbench.open_cmd",
    "redact": "cli.identify.redact_cmd",
    "resolve": "cli.resolve.resolve_cmd",
    "restore": "cli.restore.restore_cmd",
    "sample": "cli.sample.sample_cmd",
    "team": "cli.team.team_group",
}
"""Each sub-command's name and where it is defined."""


@click.group(
    "fieldwork",
    cls=FieldworkGroup,
    lazy_subcommands=COMMANDS,
    invoke_without_command=True,
    context_settings=CONTEXT,
    epilog="Run 'fieldwork COMMAND --help' for one command's options.",
)
@version_option
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Fieldwork: record inspection evidence offline, merge the team's databases, and
    draft the report.

    With no command, opens the inspection in your data folder (creating a demo
    inspection there the first time); 'fieldwork DB' opens DB."""
    if ctx.invoked_subcommand is None:
        from cli.workbench import open_workbench

        open_workbench(None, None)


def main() -> None:
    """Run `fieldwork` with the process's arguments."""
    cli(prog_name="fieldwork")
