"""A hand-written inspection for voice26's findings (issue 15; tester 25's A6, A7, A8,
A9).  Every note was written for these tests, in words of their own: none comes from the
demo generator, a tester's database or the real report, and no name below is a real
place's or person's.

`build`: the 2018 framework, four visited areas of twelve private law cases each, every
area uneven on most points of practice (a majority one way and some the other), so that
many balanced sentences are drafted (A8: none may set "some" or "many" apart as the
exception, "Across the majority of cases, except some, ...").

- Ashwell (96), good: strong on most points; its designated family judge praised the
  reports in words of his own about "the area" (`DFJ`: A7, the national section that
  quotes him must say which area he spoke of).
- Bramford (97), good; Corfe (98), good.
- Dunmere (99), requires improvement: weak on seeing children and on listening to
  them.  One girl there, counted against on seeing children, told an inspector that she
  was seen once, at the office (`SEEN_ONCE`): her words follow the weakness in seeing
  children, after its example, never between the sentence and its "For example" (A9);
  another's words are about her file's wording (`WROTE`), which is not about being seen
  or heard: they follow no sentence on seeing or listening to children.

National leadership (J18-3): managers' notes on oversight (LG4).  Two say managers
challenge practitioners' work in supervision (`CHALLENGE`); one says a director knew of
an area's weaknesses and set up a board (`KNEW`): no example of a sentence saying that
managers challenge practitioners (A6).
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [("96", "Ashwell", True), ("97", "Bramford", True), ("98", "Corfe", True),
         ("99", "Dunmere", True)]  # fmt: skip
GRADES = {"96": "good", "97": "good", "98": "good", "99": "requires-improvement"}

# (criterion): the strength and the development note, varied by case with `_nth`.
STRONG = {
    "SW1": "The worker rang the school the day the bruise was mentioned and logged the reply",
    "QP3": "The letter sets out in the boy's own terms why he wants weekends at his father's",
    "QP7": "The recommendation weighs each parent's plan against what the girl needs now",
    "QP8": "The worker saw the child alone twice, once at school and once at home",
    "QP9": "The child's account of the arguments at home is carried into the report",
    "QPN4": "The team manager's note on the file redirects the plan after the police check",
}
WEAK = {
    "SW1": "The police information arrived after the hearing and nobody read it",
    "QP3": "The report gives the mother's account and nothing of what the boy hopes for",
    "QP7": "The report lists the history but gives no weighing of the risks",
    "QP8": "The child was not seen alone by the worker before the report went to court",
    "QP9": "What the girl said about the shouting is not taken into the report",
    "QPN4": "No manager has looked at the file since the case was allocated",
}
# How many of each area's twelve cases are weak on each point (the rest strong).
WEAK_IN = {
    "96": {"SW1": 3, "QP3": 4, "QP7": 3, "QP8": 4, "QP9": 3, "QPN4": 4},
    "97": {"SW1": 4, "QP3": 3, "QP7": 4, "QP8": 3, "QP9": 4, "QPN4": 3},
    "98": {"SW1": 3, "QP3": 5, "QP7": 3, "QP8": 4, "QP9": 5, "QPN4": 3},
    "99": {"SW1": 4, "QP3": 4, "QP7": 4, "QP8": 9, "QP9": 8, "QPN4": 5},
}
PLACES = ("at the first appointment", "before the first hearing", "in the second month",
          "after the referral", "during the review", "at allocation", "before the report",
          "after the court's directions", "in the final weeks", "at the hand-over",
          "in the first weeks", "before the final hearing")  # fmt: skip

# Dunmere's children not seen as they needed to be, each case in its own words.
UNSEEN = (
    "The boy was never seen away from his stepfather, so the worker met him only in the "
    "family kitchen.",
    "The worker cancelled two home visits and wrote the letter to court from the "
    "mother's phone call.",
    "The only meeting with the girl was a twenty-minute chat in a corridor at court.",
    "Nobody visited the foster home, and the carers heard about the report from the "
    "local authority.",
    "The worker saw the twins together in the waiting room and never asked to see "
    "either of them alone.",
)

DFJ = ("The designated family judge said the area's reports are 'the most careful I "
       "have read on this circuit' and the guardians come to court prepared.")  # fmt: skip
SEEN_ONCE = "She only saw me once and it was at the office with my mum sitting there."
WROTE = "They wrote down stuff I never said to them."

CHALLENGE = (
    "Supervision records show the team manager challenging a practitioner to redo an "
    "analysis that did not weigh the risks, and the report improving as a result.",
    "Practice managers challenge practitioners in monthly supervision to raise the "
    "quality of their recommendations, and the audits that followed show the change.",
)
KNEW = ("The director of operations knew of the weaknesses in Dunmere and had set up a "
        "monthly improvement board before the inspection.")  # fmt: skip
ELSE_LG4 = ("Audits by heads of practice pick out weak reports and the managers act on "
            "them within the month.")  # fmt: skip


def _nth(text: str, k: int) -> str:
    return f"{text} {PLACES[k % len(PLACES)]}."


def build(path: Path) -> Small:
    """The inspection the module docstring describes, written to `path`, open."""
    s = Small(path, areas=AREAS)
    for code, weak_in in WEAK_IN.items():
        for k in range(12):
            case = s.case(area=code, age=("10-13", "14-15")[k % 2])
            for crit, strong in STRONG.items():
                weak = k < weak_in[crit] if k % 2 else k >= 12 - weak_in[crit]
                if weak and code == "99" and crit == "QP8" and k // 2 < len(UNSEEN):
                    s.ev(case, [crit], "development", UNSEEN[k // 2])
                elif weak:
                    s.ev(case, [crit], "development", _nth(WEAK[crit], k))
                else:
                    s.ev(case, [crit], "strength", _nth(strong, k))
            if code == "99" and k == 1:  # weak on seeing children: k odd, k < 9
                s.ev(case, ["QP8"], "development", _nth("The girl was seen once only", k),
                     source="INT_CHILD", child_words=SEEN_ONCE)  # fmt: skip
            if code == "99" and k == 3:
                s.ev(case, ["QP8"], "development", _nth("The girl was not seen at home", k),
                     source="INT_CHILD", child_words=WROTE)  # fmt: skip
        s.judge("J18-4A", GRADES[code], area=code)
    s.about_area("96", ["LGN4"], "strength", DFJ, "INT_JUDICIARY")
    for code in ("97", "98"):
        s.about_area(code, ["LGN4"], "strength",
                     "The district judge said the reports are clear and arrive on time.",
                     "INT_JUDICIARY")  # fmt: skip
    for text in CHALLENGE:
        s.national(["LG4"], "strength", text, "INT_MANAGER")
    s.national(["LG4"], "strength", KNEW, "INT_MANAGER")
    s.national(["LG4"], "strength", ELSE_LG4, "QA_AUDIT")
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    return s
