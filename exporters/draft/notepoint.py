"""Which part of a note holds its point (issue 15, tester 34's A13).

A note may hold its finding in a part that cannot be said as written ("Seen w/ Cantonese
interpreter (booked by FCA, good).") beside a sentence that reads on its own but says
only the family's background ("Family attend the church every Sunday, pastor support
noted.").  The sentence that reads on its own is then no example of the claim (the
service's attention to children's identity), and says more about the family than the
report needs: where the part picked says nothing of the claim's topic and another part
of the same note does (`relevance.on_topic_note`: the criterion's cues and the words of
its framework text), nothing is said in the note's words (`onesource.one_said`,
`examples`).
"""

from __future__ import annotations

from exporters.draft.data import DraftData
from exporters.draft.fitting import is_stakeholder
from exporters.draft.relevance import on_topic_note
from exporters.draft.trace import normal


def point_elsewhere(d: DraftData, criterion: str, source: str, text: str, part: str) -> bool:
    """Whether `part`, picked from the inspectors' own note `text` for a claim about the
    service, says nothing of the criterion's topic while another sentence of the note
    does (module docstring).  A stakeholder's words are their view, whatever part of it
    is said, and a share of cases is illustrated by what a case shows."""
    from exporters.draft.examples import split_sentences  # examples imports this module

    if (
        is_stakeholder(d.words, source)
        or d.words.criterion(d.framework, criterion).about != "service"
    ):
        return False
    if on_topic_note(d, criterion, part):
        return False
    rest = [x for x in split_sentences(text) if normal(x) != normal(part)]
    return any(on_topic_note(d, criterion, x) for x in rest)
