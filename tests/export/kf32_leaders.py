"""Leadership notes each saying something narrower than its criterion (issue 15, kf32;
tester 31's A10: "CEO and board set out a regional plan but it is not yet translated into
area targets; priorities in the plan are generic." became "Managers' accounts show that
the board does not hold leaders to account well enough").  Written by kf32 in its own
words for `kf32_inspection.build(leaders=...)`.

Each note is about one thing a criterion covers (a plan's targets, two vacant posts, one
audit's actions, a complaints log's backlog), never the criterion's whole verdict: no
drafted sentence may say, from it, that the board does not hold leaders to account, that
leaders do not plan the workforce, that the service does not learn from audits, and so on.
One note a criterion, so that each claim rests on that note alone.
"""

from __future__ import annotations

# (area code or None for the national organisation, criteria, polarity, text, source)
Note = tuple[str | None, list[str], str, str, str]

NARROW: tuple[Note, ...] = (
    (None, ["LG1"], "development",
     "The chief executive and the board agreed a regional plan in May, but its aims have "
     "not been broken down into targets for each area.", "INT_MANAGER"),
    (None, ["LG3"], "development",
     "The monthly dashboard counts reports filed on time but says nothing about their quality.",
     "PERF_DATA"),
    (None, ["LG6"], "development",
     "Nine complaints from March are still waiting for a first reply.", "COMPLAINTS"),
    (None, ["LG7"], "development",
     "Actions from the summer audit of private law files have not yet been given owners.",
     "QA_AUDIT"),
    (None, ["LG9"], "development",
     "The diversity training for new starters was postponed twice this year.", "INT_MANAGER"),
    (None, ["LG2"], "development",
     "Board minutes record that the judiciary liaison meeting in June was cancelled.",
     "BOARD_PAPERS"),
    ("43", ["LG8"], "development",
     "Two family court adviser posts in Cotton have been empty since June.", "PERF_DATA"),
    ("43", ["LG4"], "development",
     "The Cotton team manager has not held a supervision session with the newest adviser "
     "since she started in August.", "INT_MANAGER"),
    ("42", ["LG5"], "development",
     "Two advisers in Brill said their team meeting had not met since the summer.",
     "INT_PRACTITIONER"),
    ("41", ["LG4"], "strength",
     "The Ashby manager signs off every public law report before it goes to court.",
     "INT_MANAGER"),
)  # fmt: skip

# The same kind of notes as inspectors type them: shorthand, no verb, "&", "w/".
TERSE: tuple[Note, ...] = (
    (None, ["LG1"], "development",
     "CEO & board agreed regional plan in May; aims not yet broken into area targets.",
     "INT_MANAGER"),
    (None, ["LG3"], "development",
     "Dashboard: counts reports on time only, nothing on quality.", "PERF_DATA"),
    (None, ["LG6"], "development", "9 complaints from March still awaiting first reply.",
     "COMPLAINTS"),
    (None, ["LG7"], "development", "Summer PL audit actions - no owners yet.", "QA_AUDIT"),
    (None, ["LG9"], "development", "Diversity training for new starters postponed x2 this yr.",
     "INT_MANAGER"),
    (None, ["LG5"], "development", "Supervision in north team monthly not fortnightly.",
     "INT_PRACTITIONER"),
    ("43", ["LG8"], "development", "2 FCA posts vacant since June.", "PERF_DATA"),
    ("43", ["LG4"], "development",
     "TM no supervision w/ newest FCA since Aug start.", "INT_MANAGER"),
    ("42", ["LG2"], "development", "Judiciary liaison mtg June cancelled, not rearranged.",
     "BOARD_PAPERS"),
    ("41", ["LG4"], "strength", "Ashby mgr signs off every PL report pre-filing.", "INT_MANAGER"),
)  # fmt: skip

# The verdicts a note does say, in other words (hand-read): a dashboard that counts
# timeliness and nothing of quality tells leaders too little about the quality of practice.
SAYS: dict[str, tuple[str, ...]] = {
    NARROW[1][3]: ("performance information tells leaders too little about the quality of practice",),
    TERSE[1][3]: ("performance information tells leaders too little about the quality of practice",),
}  # fmt: skip

# National leadership on thin evidence (tester 31's A17 shape): four aspects on five
# notes, three of them strengths and one a weakness, with the grade requiring improvement.
THIN: tuple[Note, ...] = (
    (None, ["LG6"], "development",
     "Complaints about late reports are answered one by one; nobody looks for patterns.",
     "COMPLAINTS"),
    (None, ["LG6"], "development",
     "The complaints log has no field for what was learned or changed.", "COMPLAINTS"),
    (None, ["LG7"], "strength",
     "The spring audit of public law files led to a new checklist that teams now use.",
     "QA_AUDIT"),
    (None, ["LG9"], "strength",
     "Managers showed how interpreters are booked for every first meeting with a family.",
     "INT_MANAGER"),
    (None, ["LG2"], "strength",
     "The designated family judge praised the quality of the service's reports.",
     "INT_JUDICIARY"),
)  # fmt: skip

# National leadership on firm evidence, all of it strengths: six aspects, three notes each
# from three kinds of source, with the grade requiring improvement.
_FIRM_TOPICS = {
    "LG1": ("the plan for the year", "the plan's priorities", "the priorities for each team"),
    "LG3": ("the quality dashboard", "the monthly figures", "the audit figures"),
    "LG5": ("supervision", "reflective group sessions", "the support for new staff"),
    "LG6": ("learning from complaints", "the complaints review", "parents' feedback"),
    "LG7": ("the audit programme", "learning from reviews", "the audit actions"),
    "LG9": ("work on identity", "interpreters for families", "the diversity training"),
}
_FIRM_SOURCES = ("INT_MANAGER", "BOARD_PAPERS", "INT_PRACTITIONER")
FIRM: tuple[Note, ...] = tuple(
    (None, [crit], "strength",
     f"Leaders and staff described {topic} in detail, and the records bear it out ({crit}, {k}).",
     _FIRM_SOURCES[k])
    for crit, topics in _FIRM_TOPICS.items() for k, topic in enumerate(topics)
)  # fmt: skip

# Each visited area's own notes about how it is led, as inspectors type them: Cotton's
# (inadequate) head of practice on audits and an empty post; Ashby's (good) service
# manager's grip and its mentoring; Brill's service manager, written in full but for the
# role's article; a figure and a judge's view, which other sentences say.
AREA_OWN: tuple[Note, ...] = (
    ("43", ["LG4"], "development",
     "HoP admitted no file audits in Cotton since March; team manager post vacant 5 months, "
     "cover from Brill two days a wk.", "INT_MANAGER"),
    ("43", ["LG8"], "development", "Caseloads avg 29 per FCA, 2 of 7 agency.", "PERF_DATA"),
    ("43", ["LGN4"], "development", "Local judge said Cotton reports arrive late.",
     "INT_JUDICIARY"),
    ("41", ["LG4"], "strength",
     "Ashby SM has a firm grip on practice: fortnightly file audits, findings discussed with "
     "each adviser within days.", "INT_MANAGER"),
    ("41", ["LG5"], "strength",
     "New advisers in Ashby are mentored by an experienced colleague for their first six "
     "months.", "INT_PRACTITIONER"),
    ("42", ["LG4", "QPN4"], "development",
     "Service manager admitted that no supervision audits have been done in Brill since the "
     "summer; the practice manager post has been unfilled for four months, covered two days "
     "a week.", "INT_MANAGER"),
)  # fmt: skip
