"""Whether a record's text suits the case it is on (`fits`): its law type and its child's
age.  An example (`examples.example`) and a child's words (`childwords`) are taken only
from a record that suits its case."""

from __future__ import annotations

from exporters.draft.fitting import has_any_words
from exporters.draft.tallies import Pool


def fits(pool: Pool, i: int, text: str, law: str = "") -> bool:
    """Whether record i's text suits its case: nothing in it belongs to another law
    type (a letter to an independent reviewing officer in a private law case; an
    enforcement application in a public law case), or to a child of another age (a baby
    in a teenager's case).  `law`: the section's law type, for records about the service
    (a note about the service naming another law type, "Private law: ...", never
    illustrates a public law sentence)."""
    d = pool.data
    k = d.case[i]
    if k and law and d.case_law[k] != law:
        return False  # a case of another law type than the sentence's
    law = d.case_law[k] if k else law
    w = d.words
    if law:
        for other, cues in w.law_cues.items():
            if other != law and has_any_words(text, cues):
                return False
    if k:
        age = d.case_age[k]
        for cue in w.age_cues:
            if age not in cue.bands and has_any_words(text, cue.words):
                return False
    return True
