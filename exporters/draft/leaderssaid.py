"""Whether one note about the service says what a criterion's wording says, so that a
frame may state it as what it shows ("Managers' accounts show that {wording}.")
(issue 15, tester 31's A10: "CEO and board set out a regional plan but it is not yet
translated into area targets; priorities in the plan are generic." became "Managers'
accounts show that the board does not hold leaders to account well enough": the note
names the board, and says nothing of how it holds leaders to account).

A wording about the service states a verdict on a whole aspect of the work (the board's
oversight, the use of audits, workforce planning).  A note naming the thing the verdict is
about ("board", "audit", "posts") only shares its topic: it bears out a neutral frame
("Managers' accounts point to shortfalls in ..."), or its own words, never the verdict.
Asked of a weakness resting on one note (`fewrecords.side_options`: a strength, or two
notes or more, keep the looser `fewrecords.wording_fits`).  The notes say the wording where they use two thirds of its distinctive words
(`relevance.claim_words`, the words it says in particular, less the words naming whom a
note is about), and at least two of them: a wording with one such word names no more
than its topic ("work with the judiciary is not yet effective enough" from a note that a
liaison meeting was cancelled), unless the note is one of the service's figures (a
measure bears its own verdict: "only six in ten reports were filed on time" says the
work is not timely enough; the subject its words speak of decides, as before).  A wording that says nothing in particular is said.
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft.data import DraftData
from exporters.draft.relevance import WHO, claim_words, stems

LEAST = 2  # distinctive words a verdict's notes must use, beyond its topic's
MEASURES = frozenset({"PERF_DATA", "SURVEY_STAFF", "SURVEY_USER"})  # the service's figures


def stated_wordings(
    d: DraftData, wordings: Sequence[str], side: Sequence[int], lean: str
) -> list[str]:
    """Of a side's `wordings` (those its notes fit), those a "that" frame may state: all of
    them, but for a failing resting on one note, those it says (`says_verdict`)."""
    one = len(side) == 1 and lean != "for"
    return [w for w in wordings if not one or says_verdict(d, w, side)]


def says_verdict(d: DraftData, wording: str, side: Sequence[int]) -> bool:
    """Whether the notes `side` say what `wording` says about the service, not only its
    topic (see the module docstring)."""
    particular, distinctive = claim_words(d, wording)
    wanted = (distinctive or particular) - WHO
    if not wanted:
        return True
    if not side:
        return False
    # A measure's note bears its own verdict ("only six in ten reports were filed on
    # time": the work is not timely enough), as its subject says (`fewrecords.wording_fits`);
    # a person's account of one thing does not.
    if all(d.source[i] in MEASURES for i in side):
        return True
    if len(wanted) < LEAST:
        return False
    texts = d.texts(list(side))
    found = set().union(*(stems(texts[i].text) for i in side))
    need = max(LEAST, -(-2 * len(wanted) // 3))
    return len(wanted & found) >= need
