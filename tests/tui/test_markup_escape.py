"""Text from the user's data shown inside Textual markup is shown as it is (case17,
session 17: a warning quoting "[One…" opened a tag that ran on to the "[/b]" after it,
and the export dialog failed; rich's `escape` left it, as it is no rich tag).  Every
TUI screen that puts a note, a name or a warning into markup escapes it with
`tui.markup.escape`."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.markup import to_content

from tui.markup import escape

TEXTS = [
    "Weaknesses in case recording were seen in [One…",
    "Mum said [sic] she would not attend",
    "[Check before use: five of these are not yet escalated]",
    "[b]not bold[/b]",
    "[/b] closing first",
    "path C:\\temp\\",
    "two \\[ backslashes",
    "[@click=app.quit]quit[/]",
]


@pytest.mark.parametrize("text", TEXTS)
def test_text_inside_markup_is_shown_as_it_is(text: str) -> None:
    shown = to_content(f"[b]Warning:[/b] {escape(text)} [i]end[/i]")
    assert shown.plain == f"Warning: {text} end"


def test_no_tui_module_escapes_with_rich() -> None:
    tui = Path(__file__).resolve().parents[2] / "tui"
    uses = [p.name for p in tui.rglob("*.py") if "from rich.markup import escape" in p.read_text()]
    assert uses == []
