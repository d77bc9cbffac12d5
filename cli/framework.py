"""`fieldwork framework show`: one framework's ids, for scripts and for reference."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from cli.common import CONTEXT, echo_json, opened, user_errors, version_option
from store.framework import Framework, load_framework

SQLITE_HEADER = b"SQLite format 3\x00"


@click.group("framework", context_settings=CONTEXT)
@version_option
def framework_group() -> None:
    """One inspection framework in detail (see 'fieldwork frameworks' for the list)."""


@framework_group.command("show", context_settings=CONTEXT)
@click.argument("framework_ref", metavar="ID_FILE_OR_DB", default="cafcass-2018")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@version_option
def framework_show_cmd(framework_ref: str, as_json: bool) -> None:
    """The ids and labels of a framework's judgements, criteria (with the judgements each
    informs, the first the one whose section drafts it), grades, sources, law types, case
    types and stages.  Give a built-in framework's id, a framework file, or an inspection
    database to see the framework it uses."""
    fw = _framework(framework_ref)
    data: dict[str, Any] = {
        "id": fw.id,
        "title": fw.title,
        "judgements": [{"id": j.id, "title": j.title, "scope": j.scope} for j in fw.judgements],
        "criteria": [
            {"id": c.id, "text": c.text, "judgements": c.judgements} for c in fw.criteria
        ],  # fmt: skip
        "grades": [{"code": g.code, "label": g.label} for g in fw.grades]
        + [{"code": o.code, "label": o.label} for o in fw.grading_options],
    }
    for group in ("sources", "law_types", "case_types", "stages"):
        data[group] = [{"code": i.code, "label": i.label} for i in getattr(fw, group)]
    if as_json:
        echo_json(data)
        return
    click.echo(f"{fw.id}  {fw.title}")
    for group, key in (("judgements", "id"), ("criteria", "id"), ("grades", "code"),
                       ("sources", "code"), ("law_types", "code"), ("case_types", "code"),
                       ("stages", "code")):  # fmt: skip
        click.echo(f"\n{group.replace('_', ' ')}:")
        for item in data[group]:
            label = item.get("title") or item.get("text") or item.get("label")
            informs = f"  (informs {', '.join(item['judgements'])})" if group == "criteria" else ""
            click.echo(f"  {item[key]:<24} {label}{informs}")


def _framework(ref: str) -> Framework:
    """The framework `ref` names: an inspection database's own (as stored in it, which
    may be a framework file's), else a built-in id or a framework file."""
    path = Path(ref)
    try:
        with path.open("rb") as f:
            is_db = f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        is_db = False
    if is_db:
        with opened(path) as store:
            return store.framework
    with user_errors():
        return load_framework(ref)
