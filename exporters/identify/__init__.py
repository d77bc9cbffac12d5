"""The identifiability check: find anything that could identify a child or family in
text that rests in the inspection file or leaves the laptop.

`Scanner` (in `scanner.py`) finds, in any text, protected names and their short forms,
nicknames and misspellings; names of people no list knows; schools and nurseries;
street addresses; dates of birth and other dates about a person; phone numbers;
emails; postcodes; NHS numbers; court and case numbers; our own case references
(allowed in comments only); and sentences that single a child out by a rare
characteristic with a place, a school or an age (jigsaw identification).
`scan` (in `report.py`) runs it over a drafted report.  The word lists are data files
in `data/`.
"""

from __future__ import annotations

from exporters.identify.report import MIN_CHILDREN_PER_AREA, scan
from exporters.identify.scanner import ALLOWED_IN_COMMENTS, KINDS, Hit, Scanner, text_digest

__all__ = [
    "ALLOWED_IN_COMMENTS",
    "KINDS",
    "MIN_CHILDREN_PER_AREA",
    "Hit",
    "Scanner",
    "scan",
    "text_digest",
]
