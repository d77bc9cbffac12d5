"""A hand-written 2018-framework inspection for voice22's findings (issue 15).  None of
the text is the demo's, a tester's or the real report's, and no name below is a real
person's.

Three visited areas of clearly different quality (Wrenfield outstanding, Ashcombe good,
Marrow Dale requiring improvement), ten to thirteen cases each with one note per practice
criterion of `small.STRONG`, and:

- Ashcombe's judges (`TWO_WAYS_JUDGES`): three notes praising both how good the reports
  are and that they come on time in one clause joined by "and", one criticising a final
  analysis and two the timeliness of addendum reports.  The reports' quality is praised
  three times and criticised once: never said as criticised only (tester 20's key
  finding said judges were "criticising the quality of reports").
- Wrenfield's two judges (`EVEN_JUDGES`): the timeliness held both ways, the quality only
  praised: never "praised and criticised the quality and timeliness of reports".
- Marrow Dale's private law cases on domestic abuse (`build_abuse`): five whose only
  note on it says a screening checklist was completed (practice on every case, no
  concern), four where the guardian worked on a history of abuse and two where the
  report passed over a father's controlling behaviour: six cases carry the concern.
- Marrow Dale's practice split nearly in half on three criteria (`build_split`): a
  side said as a minority, nearly half the cases, is never set apart as "except in a
  minority".
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import STRONG, WEAK, Small

AREAS = [
    ("81", "Wrenfield", True),  # outstanding
    ("82", "Ashcombe", True),  # good
    ("83", "Marrow Dale", True),  # requires improvement
]
GRADES = {"81": "outstanding", "82": "good", "83": "requires-improvement"}
WEAKNESSES: dict[str, list[tuple[int, set[str]]]] = {
    "81": [(10, set())],
    "82": [(7, set()), (3, {"QP11"})],
    "83": [(4, set()), (6, {"QP3", "QP11"})],
}

# (criteria, polarity, text): Ashcombe's judges.
TWO_WAYS_JUDGES = [
    (["QP7"], "strength",
     "District judge: Ashcombe's section 7 reports are well reasoned and always arrive on "
     "time."),
    (["QP7"], "strength",
     "Legal adviser to the bench: the safeguarding letters are of a high standard and are "
     "filed on time."),
    (["QP7"], "strength",
     "Recorder: the reports are thorough and reach the court on time."),
    (["QP7"], "development",
     "Circuit judge: one final analysis said nothing useful about the father's history."),
    (["QP1"], "development", "DFJ: addendum reports from Ashcombe are often filed late."),
    (["QP1"], "development",
     "Magistrates: two addendum reports arrived late this term and a hearing was lost."),
]  # fmt: skip

# Wrenfield's two judges: one praises both how good its reports are and that they come
# on time, the other criticises their timeliness.  The timeliness is held both ways, the
# quality only praised: never said as "praised and criticised the quality and timeliness".
EVEN_JUDGES = [
    (["QP7"], "strength",
     "Legal adviser: reports from Wrenfield are of good quality and nearly always arrive "
     "on time."),
    (["QP1"], "development", "DJ: the last two addendum reports from Wrenfield came in late."),
]  # fmt: skip

# A partner's account of one case, and a judge's praise of leaders at a board.
CALL_ABOUT_A_CASE = (
    "School nurse said the FCA called back within the hour about a toddler on a child "
    "protection plan. Because of that, the nurse's worries reached the court in time."
)
LEADERS_AT_THE_BOARD = (
    "Designated family judge said the service's senior leaders listen and follow up "
    "whatever is raised at the local family justice board."
)


def _base(path: Path) -> Small:
    s = Small(path, areas=AREAS)
    for code, batches in WEAKNESSES.items():
        for n, weak in batches:
            s.cases_noted(code, n, weak)
        s.judge("J18-4A", GRADES[code], area=code)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    return s


def build(path: Path) -> Small:
    """The inspection with Ashcombe's judges' views (`TWO_WAYS_JUDGES`), written to
    `path`, open (close it when done)."""
    s = _base(path)
    for crits, polarity, text in TWO_WAYS_JUDGES:
        s.about_area("82", crits, polarity, text, "INT_JUDICIARY")
    for crits, polarity, text in EVEN_JUDGES:
        s.about_area("81", crits, polarity, text, "INT_JUDICIARY")
    s.about_area("83", ["LGN5"], "strength", CALL_ABOUT_A_CASE, "INT_PARTNER")
    s.national(["LG2"], "strength", LEADERS_AT_THE_BOARD, "INT_JUDICIARY")
    return s


SCREENED = "The domestic abuse screening checklist was completed with each parent and scored."
ABUSE_WORKED = (
    "The guardian explored the history of domestic abuse with the mother and set out what "
    "it means for the child."
)
ABUSE_MISSED = "The report passes over the father's controlling behaviour towards the mother."


def build_abuse(path: Path) -> Small:
    """The inspection (`build`) with Marrow Dale's private law cases on domestic abuse:
    five screened only (`SCREENED`), four worked well (`ABUSE_WORKED`) and two passed
    over (`ABUSE_MISSED`), each on the analysis (QP7) beside `small.STRONG` notes on the
    others; written to `path`, open."""
    s = build(path)
    for n, polarity, text in ((5, "strength", SCREENED), (4, "strength", ABUSE_WORKED),
                              (2, "development", ABUSE_MISSED)):  # fmt: skip
        for _ in range(n):
            case = s.case(area="83")
            s.ev(case, ["QP7"], polarity, text)
            for crit in ("QP3", "QP5", "QP11"):
                s.ev(case, [crit], "strength", STRONG[crit])
    return s


def build_split(path: Path) -> Small:
    """The inspection (`_base`) with Marrow Dale's and Ashcombe's cases split nearly in
    half: in each, 13 more cases, seven weak and six strong on the wishes and feelings
    (QP3), direct work (QP5) and the analysis (QP7) in turn, so that the smaller side is
    a minority (six of 13 or so, nearly half); written to `path`, open."""
    s = _base(path)
    for area in ("82", "83"):
        for k in range(13):
            case = s.case(area=area)
            for n, crit in enumerate(("QP3", "QP5", "QP7")):
                weak = (k + n) % 13 < 7
                s.ev(case, [crit], "development" if weak else "strength",
                     (WEAK if weak else STRONG)[crit])  # fmt: skip
    return s
