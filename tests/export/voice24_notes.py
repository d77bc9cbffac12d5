"""Notes written for voice24's tests (issue 15), in my own words: what a note says was
not done, with a phrasal verb ("written up", "set out") or a thing whose head is also a
verb ("visits", "records").  None of the text is the demo's, a tester's or the real
report's."""

from __future__ import annotations

# (note, the thing, the participle with what it keeps): `undone.said_undone`.
PHRASAL = [
    ("Visits in the diary were never written up.", "visits", "written up"),
    ("His wishes are not set out in the analysis.", "wishes", "set out"),
    ("His wishes are not set out anywhere in the report.", "wishes", "set out"),
    ("The diary visits were never written up.", "diary visits", "written up"),
    ("Risk was not followed up with the school.", "risk", "followed up"),
    ("The letter was not signed off by a manager.", "letter", "signed off by a manager"),
    ("The girl's views were not written down at all.", "girl's views", "written down"),
    ("Contact was not set up in time.", "contact", "set up in time"),
    ("Concerns were not acted on until the hearing.", "concerns", "acted on"),
    ("The referral was not passed on to the local authority.", "referral", "passed on"),
    ("Visits to the mother were not recorded.", "visits", "recorded"),
    # A preposition and its object, no particle.
    ("The plan was not recorded on the file.", "plan", "recorded"),
    ("The boy was not taken off the list.", "boy", "taken off the list"),  # case26
    ("The agreement was not reviewed over time.", "agreement", "reviewed"),
    ("The girl was not seen in school.", "girl", "seen"),
]
