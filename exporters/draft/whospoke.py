"""Who spoke, heading a stakeholder's note, as the note writes it (issue 15): "IRO:
helpful when you reach them", "DFJ Norwich: ...", "The domestic abuse service said
that ...", "Interview with the safeguarding partnership business manager.".  Read by
`regard` (a heading is never what a view is about) and by `Words.speaker` (a partner
agency is named by the kind of agency its heading names: "Health visitor: ..." is "a
health visitor", never the police a note's view is about).

No import from the rest of the draft: `words` and `regard` both read it.
"""

from __future__ import annotations

import re

# Up to six words before a colon, or up to eight before "said"; or a sentence saying
# whom inspectors spoke to.
HEAD = re.compile(
    r"^\s*(?:[^\s:.;!?]+\s+){0,5}[^\s:.;!?]+\s*:\s"
    r"|^\s*(?:[^\s:.;!?]+\s+){1,8}?(?:said|says|told inspectors|reported|explained|"
    r"commented|described)(?:\s+that)?\s"
    r"|^\s*(?i:interview|meeting|discussion|spoke|met|call)\s+with\s+[^.:;!?]{3,80}[.:]\s"
)


# Who spoke, as `Words.speaker` reads it: a heading, or the words before "told us" ("The
# safeguarding partnership told us ...").
_SPEAKER = re.compile(
    r"^\s*(?:[^\s:.;!?]+\s+){1,8}?(?:told|tells)\s+(?:us|me|the inspectors?|inspectors)\b"
)


def speaker(text: str) -> str:
    """Who spoke, as a note writes it: its heading (`heading`), else the words before
    "told us" ("The safeguarding partnership told us ..."); "" where it names no one."""
    said = heading(text)
    if said:
        return said
    m = _SPEAKER.match(text)
    return m.group(0) if m else ""


def heading(text: str) -> str:
    """Who spoke, heading a note ("DFJ Norwich: "), as the note writes it; "" where no
    one does."""
    head = HEAD.match(text)
    return head.group(0) if head else ""
