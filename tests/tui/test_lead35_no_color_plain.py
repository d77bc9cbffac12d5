"""An inspector who works with colour off (NO_COLOR) and plain mode on, at 80x24 in a
real terminal (tester 35, F8: every screen was drawn black on black: Textual had chosen
to draw colours as greys, then plain mode's terminal colours became black).  With
NO_COLOR nothing is drawn in a colour, plain mode or not, and what a key acts on is
still marked in reverse video.  The hand-written inspection, in tmux."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.tui.tmux import needs_tmux, tmux_session

COLOUR = re.compile(r"\x1b\[([0-9;]*)m")


def colours(styled: str) -> set[str]:
    """The colour codes in a captured pane: every SGR parameter that sets a foreground
    or background colour (30-37, 38;..., 40-47, 48;..., 90-97, 100-107)."""
    found = set()
    for m in COLOUR.finditer(styled):
        params = m.group(1).split(";")
        i = 0
        while i < len(params):
            p = params[i]
            if p in ("38", "48"):
                found.add(";".join(params[i : i + (5 if params[i + 1 : i + 2] == ["2"] else 3)]))
                i += 5 if params[i + 1 : i + 2] == ["2"] else 3
                continue
            if p.isdigit() and (30 <= int(p) <= 37 or 40 <= int(p) <= 47 or 90 <= int(p) <= 107):
                found.add(p)
            i += 1
    return found


@needs_tmux
@pytest.mark.parametrize("plain", [True, False])
def test_no_colour_at_all_and_the_cursor_in_reverse_video(
    handwritten_db: Path, tmp_path: Path, plain: bool
) -> None:
    (tmp_path / "config.toml").write_text(f"plain = {'true' if plain else 'false'}\n")
    env = {"NO_COLOR": "1", "TERM": "xterm-256color"}
    with tmux_session(handwritten_db, tmp_path, env=env, size=(80, 24)) as tmux:
        tmux.wait_for("Fieldwork")
        tmux.send("c")  # the case list
        tmux.wait_for("Area")
        tmux.wait_still()
        styled = tmux.styled()
        assert colours(styled) == set(), styled
        assert "\x1b[7m" in styled or ";7m" in styled or "[7;" in styled  # reverse video
