"""Text shown as it is inside Textual markup.

rich's `escape` escapes only what looks like a complete rich tag, and Textual's markup
reads "[" followed by a word as a tag that runs on to the next "]": a note, a warning
or a name holding "[One…" or "[sic" opened a tag that swallowed the markup after it,
and the screen failed with a MarkupError (case17, session 17: the export dialog).  Here
every "[" is escaped.
"""

from __future__ import annotations


def escape(text: str) -> str:
    """`text` to be shown as it is in Textual markup: a backslash before each "[".
    Textual reads a backslash as an escape only before "[", so one elsewhere is shown
    as it is and needs no escape of its own."""
    return text.replace("[", "\\[")
