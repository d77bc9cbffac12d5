"""What the lead reads above a judgement's grade on the Judgements screen: which
judgement it is, the evidence behind it, the lead's note and who set it last, and the
case gradings behind it (for information only: a judgement is judged, never
averaged, so nothing here suggests a grade), and a line when the grade chosen
disagrees with the evidence (`tui/screens/judgement_hint.py`)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from tui.markup import escape


class JudgementPanel(Vertical):
    """The judgement being edited, in words; `describe` fills it in."""

    DEFAULT_CSS = """
    JudgementPanel { height: auto; }
    JudgementPanel #judgements-heading { height: auto; text-style: bold; }
    JudgementPanel #judgements-balance { height: auto; }
    JudgementPanel #judgements-gradings { height: auto; color: $text-muted; }
    JudgementPanel #judgements-hint { height: auto; color: $warning; }
    """

    def compose(self) -> ComposeResult:
        yield Static("Loading…", id="judgements-heading")
        yield Static("", id="judgements-balance")
        yield Static("", id="judgements-gradings")
        yield Static("", id="judgements-hint")

    def describe(
        self, heading: str, balance: str, note: str = "", set_by: str = "", gradings: str = ""
    ) -> None:
        """Show a judgement: its `heading` (plain text), the evidence behind it (`balance`,
        markup), the lead's `note` and who set it last (plain text, left out if empty),
        and the case gradings behind it (`gradings`, a plain sentence)."""
        self.query_one("#judgements-heading", Static).update(Text(heading))
        if note:
            balance += f"\n[i]{escape(note)}[/i]"
        if set_by:
            balance += f"\nLast set by {escape(set_by)}."
        self.query_one("#judgements-balance", Static).update(balance)
        self.query_one("#judgements-gradings", Static).update(Text(gradings))
