"""The previous inspection in the draft: the "Previous inspections" section (when it
was, its overall judgement, and each recommendation with how far it was acted on and
what inspectors found), and a key finding on the recommendations.

Everything here is the lead's record (`fieldwork previous`, `store.previous`), said as
recorded: no sentence claims more than the progress the lead set, a recommendation
whose progress is not decided is marked for the lead, and one in conflict is marked
until it is settled.  A file with nothing recorded keeps the section's placeholder.
"""

from __future__ import annotations

from datetime import date

from exporters.draft.data import DraftData
from exporters.draft.previouslinks import beside_findings, checked_finding
from exporters.draft.wording import wording_table
from exporters.draft.words import number_text
from exporters.model import Paragraph, Section, Sentence
from store.models import StoredRecommendation

BASIS = "Previous inspection, as the lead recorded it"


def previous_section(data: DraftData, improve: Section | None = None) -> Section | None:
    """The "Previous inspections" section, or None when nothing of it is recorded; each
    recommendation linked to criteria is set beside this draft's points to improve
    (`improve`) and its tallies (`previouslinks`)."""
    info = data.inspection
    recs = recommendations(data)
    if not (info.previous_date or info.previous_grade or recs):
        return None
    w = wording_table("previous.toml")["section"]
    paras: list[Paragraph] = []
    opening = _opening(data, w)
    if opening is not None:
        paras.append(Paragraph(kind="plain", sentences=[opening]))
    if recs:
        made = _counted(recs, w)
        if opening is None:  # no "That inspection" without the inspection said first
            made[0].text = made[0].text.replace("That inspection", "The previous inspection", 1)
        paras.append(Paragraph(kind="plain", sentences=made))
        paras += [
            Paragraph(kind="bullet", theme="previous", sentences=_one(data, r, w, improve))
            for r in recs
        ]
    return Section(kind="previous", heading="Previous inspections", paragraphs=paras)


def key_finding(data: DraftData, grade: str | None = None) -> list[Sentence]:
    """The key finding on the previous inspection, as recorded: how the overall
    judgement (`grade`, this inspection's) has moved since it (tester 36's F9: a service
    that fell from outstanding never said so), how many of its recommendations were
    acted on, and the one not fully acted on by its words ([] when nothing is to say)."""
    moved = _moved(data, grade)
    return moved + _acted_on(data)


def _moved(data: DraftData, grade: str | None) -> list[Sentence]:
    """ "The overall judgement has fallen from outstanding at the last inspection, in
    November 2022, to requires improvement to be good." ([] for the same grade, or
    either not recorded)."""
    before = data.inspection.previous_grade
    fw = data.framework
    try:
        then, now = fw.grade(before or ""), fw.grade(grade or "")
    except KeyError:
        return []
    if then.rank == now.rank or not (then.rank and now.rank):  # the same, or "n/a"
        return []
    k = wording_table("previous.toml")["key_finding"]
    when = month(data.inspection.previous_date)
    at = f" at the last inspection, in {when}," if when else " at the last inspection"
    text = k["fallen" if now.rank > then.rank else "risen"].format(
        then=then.heading, now=now.heading, at=at
    )
    basis = "Overall judgement, and the previous inspection's as the lead recorded it"
    return [Sentence(text=text, role="claim", basis=basis)]


def _acted_on(data: DraftData) -> list[Sentence]:
    """How many recommendations were acted on, and the one not fully acted on."""
    recs = recommendations(data)
    decided = [r for r in recs if r.progress and not r.meta.conflict]
    if not decided or len(decided) < len(recs):
        return []  # the section marks what is undecided; no finding on part of them
    k = wording_table("previous.toml")["key_finding"]
    org = data.inspection.organisation
    when = month(data.inspection.previous_date)
    since = f"Since the last inspection in {when}" if when else "Since the last inspection"
    met = [r for r in decided if r.progress == "met"]
    n = number_text(len(decided))
    ids = [r.id for r in decided]
    if len(decided) == 1:  # "acted on all one of the recommendations" reads badly
        one = k[f"one_{decided[0].progress}"].format(what=_as_clause(decided[0].text))
        return [Sentence(text=f"{since}, {one}", role="claim", basis=BASIS, evidence_ids=ids)]
    if len(met) == len(decided):
        text = k["all"].format(since=since, org=org, n=n)
    elif met:
        text = k["some"].format(since=since, org=org, met=number_text(len(met)), n=n)
    else:
        text = k["none_two" if len(decided) == 2 else "none"].format(since=since, org=org, n=n)
    out = [Sentence(text=text, role="claim", basis=BASIS, evidence_ids=ids)]
    for progress in ("not-met", "partly-met"):
        left = [r for r in decided if r.progress == progress]
        if len(left) == 1:
            key = "not_one" if progress == "not-met" else "partly_one"
            said = k[key].format(what=_as_clause(left[0].text))
        elif left:
            key = "not_many" if progress == "not-met" else "partly_many"
            said = k[key].format(n=number_text(len(left)).capitalize())
        else:
            continue
        out.append(
            Sentence(text=said, role="claim", basis=BASIS, evidence_ids=[r.id for r in left])
        )
    return out


def recommendations(data: DraftData) -> list[StoredRecommendation]:
    """The recommendations recorded in the file the draft is made from."""
    return data.store.recommendations() if data.store is not None else []


def month(iso: str | None) -> str:
    """'March 2023' from '2023-03' or '2023-03-10'; "" for none."""
    if not iso:
        return ""
    year, mon = int(iso[:4]), int(iso[5:7])
    return date(year, mon, 1).strftime("%B %Y")


def _opening(data: DraftData, w: dict[str, str]) -> Sentence | None:
    info = data.inspection
    org = info.organisation
    when = month(info.previous_date)
    grade = data.framework.grade(info.previous_grade).heading if info.previous_grade else ""
    if when and grade:
        return Sentence(
            text=w["done"].format(org=org, when=when, grade=grade), role="fixed", basis=BASIS
        )
    if when:
        return Sentence(
            text=w["no_grade"].format(org=org, when=when), role="placeholder", basis=BASIS
        )
    if grade:
        return Sentence(
            text=w["no_date"].format(org=org, grade=grade), role="placeholder", basis=BASIS
        )
    return None


def _counted(recs: list[StoredRecommendation], w: dict[str, str]) -> list[Sentence]:
    """ "That inspection made four recommendations. Inspectors found that three have been
    acted on and one has been acted on only in part." (the second only where every
    recommendation's progress is recorded)."""
    n = len(recs)
    made = w["made"].format(
        n=number_text(n), recommendations="recommendation" if n == 1 else "recommendations"
    )
    out = [Sentence(text=made, role="fixed", basis=BASIS, evidence_ids=[r.id for r in recs])]
    if any(r.progress is None or r.meta.conflict for r in recs):
        return out
    c = wording_table("previous.toml")["counted"]
    by = {p: [r for r in recs if r.progress == p] for p in ("met", "partly-met", "not-met")}
    if len(by["met"]) == n and n > 1:
        parts = [c["all-met"].format(n=number_text(n))]
    elif len(by["not-met"]) == n and n > 1:
        parts = [c["all-not-met"]]
    else:
        parts = [c[p].format(n=number_text(len(rs)), have="has" if len(rs) == 1 else "have")
                 for p, rs in by.items() if rs]  # fmt: skip
    found = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    out.append(Sentence(text=w["found"].format(found=found), role="claim", basis=BASIS,
                        evidence_ids=[r.id for r in recs]))  # fmt: skip
    return out


def _one(
    data: DraftData, rec: StoredRecommendation, w: dict[str, str], improve: Section | None
) -> list[Sentence]:
    """A recommendation's words, how far it was acted on (beside this inspection's
    findings on its criteria), and what inspectors found (checked against the tally)."""
    words = rec.text.strip()
    words = words if words[-1:] in ".!?" else words + "."
    out = [
        Sentence(
            text=words, role="fixed", basis=f"Recommendation {rec.number}", evidence_ids=[rec.id]
        )
    ]
    if rec.meta.conflict:
        out.append(
            Sentence(text=w["conflict"], role="marker", conflicts=[rec.id], evidence_ids=[rec.id])
        )
        return out
    if rec.progress is None:
        out.append(Sentence(text=w["undecided"].format(number=rec.number), role="marker"))
        return out
    said = wording_table("previous.toml")["progress"][rec.progress]
    out.append(Sentence(text=said, role="claim", basis=BASIS, evidence_ids=[rec.id]))
    finding = " ".join(rec.finding.split())
    if finding:
        finding = finding if finding[-1:] in ".!?" else finding + "."
        found = Sentence(text=finding[0].upper() + finding[1:], role="fixed", basis=BASIS,
                         evidence_ids=[rec.id])  # fmt: skip
        out += checked_finding(data, rec, found)
    return out + beside_findings(data, rec, improve)


def _as_clause(text: str) -> str:
    """A recommendation's words after "The recommendation": "to ensure that ..." from
    "Ensure that ...", quoted where it does not open on a verb a lead would write."""
    words = " ".join(text.split()).rstrip(".")
    first, _, rest = words.partition(" ")
    if first.istitle() and first.lower() in _IMPERATIVES:
        return f"to {first.lower()} {rest}".rstrip()
    return f"‘{words}’"


_IMPERATIVES = frozenset(
    [
        "ensure",
        "improve",
        "make",
        "review",
        "strengthen",
        "develop",
        "increase",
        "reduce",
        "continue",
        "establish",
        "provide",
        "embed",
        "extend",
        "monitor",
        "secure",
        "introduce",
        "implement",
        "consider",
        "take",
        "address",
        "evaluate",
        "use",
        "reinforce",
        "prioritise",
        "prioritize",
        "promote",
        "enable",
        "support",
        "record",
        "build",
        "share",
    ]
)
