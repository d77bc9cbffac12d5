"""A stakeholder's note read by its part about one law type (issue 15, tester 12 claims
5 and 8): "guardians in this area are 'reliable and thorough in care cases'; private law
reports more variable" is praise of public law work and criticism of private law
reports, never a judge's praise in the private law section; "reports generally good;
occasional late filing in public law" says of public law only that filing is late, so
the public law section never says that judges praised the reports without it.

A note about an area or the organisation that names law types (`voices.toml`
[view_law], the framework's law type labels and `drafting.toml` [law_cues]) is read, in
a section on one law type, by its clauses: those naming another law type only are
left out; the clauses naming this law type say which way the note goes there (else its
general clauses, naming no law type; a note whose words go neither way there counts
for neither side: "public law guardians are 'dependable', but private law reports are
late" is no criticism of public law), and where its general clauses go the other way
it is a mixed view there, counted on its recorded side and said with its reservation
(`law_view`).
A note naming no law type, or a case's note (of its case's law type), reads as a whole
(`viewabout.record_view`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from exporters.draft import regard
from exporters.draft.data import DraftData
from exporters.draft.perdata import PerData
from exporters.draft.tallies import Pool
from exporters.draft.viewabout import RecordView, criteria_board, heard_as, record_view
from exporters.draft.wording import wording_table
from exporters.draft.words import has_words

# A note's clauses, as the draft weighs them: sentences, semicolons, commas, and the
# words that set one view against another.
_CLAUSE = re.compile(
    r"[.;!?]+(?:\s|$)|,\s|\s(?=(?:but|although|though|however|whereas|while)\b)", re.IGNORECASE
)


@cache
def _extra() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in wording_table("voices.toml")["view_law"].items()}


def law_words(d: DraftData, law: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words that place a note's clause in law type `law` (its label, "public law",
    `drafting.toml` [law_cues] and `voices.toml` [view_law]), and those placing it in
    another law type."""
    labels = {lt: d.framework.law_type_label(lt).lower() for lt in d.words.law_cues}
    extra = _extra()

    def cues(lt: str) -> tuple[str, ...]:
        return (labels.get(lt, lt.lower()), *d.words.law_cues.get(lt, ()), *extra.get(lt, ()))

    others = tuple(c for lt in labels if lt != law for c in cues(lt))
    return cues(law), others


def names_law(d: DraftData, text: str, law: str) -> bool:
    """Whether a note names law type `law` in any of its clauses."""
    return any(has_words(text, c) for c in law_words(d, law)[0])


@dataclass(frozen=True)
class LawView:
    """A record as a section on one law type counts it: its side there ("strength" or
    "development") and what it says there (`RecordView`)."""

    polarity: str
    view: RecordView


def _lean(text: str) -> str:
    """Which way a stretch of a note's words goes: "for", "against" or "" (neither, or
    as much each way)."""
    if not text:
        return ""
    w = regard.weigh(text)
    return "for" if w.pos > w.neg else "against" if w.neg > w.pos else ""


def law_view(pool: Pool, i: int, law: str) -> LawView:
    """Record `i` as a section on law type `law` counts it (see the module docstring);
    with no `law`, or for a case's record, as it is recorded."""
    d = pool.data
    whole = LawView(d.polarity[i], record_view(pool, i))
    if d.case[i] or d.polarity[i] not in ("strength", "development"):
        return whole
    if not law:
        return _parts_read(pool, i, whole)
    text = d.texts((i,))[i].text
    head = regard.heading(text)
    own, others = law_words(d, law)
    clauses = [c.strip() for c in _CLAUSE.split(text[len(head) :]) if c and c.strip()]
    mine = [c for c in clauses if any(has_words(c, w) for w in own)]
    foreign = [c for c in clauses if c not in mine and any(has_words(c, w) for w in others)]
    general = [c for c in clauses if c not in mine and c not in foreign]
    recorded = "for" if d.polarity[i] == "strength" else "against"
    here, rest = _lean("; ".join(mine)), _lean("; ".join(general))
    if not foreign and here in ("", recorded):
        return whole  # nothing of another law type, nothing here the other way
    if not here and not rest:  # its view is of another law type: none here
        return LawView("neutral", whole.view)
    said = "; ".join([*mine, *general]) or text
    lean = here or rest or recorded
    mixed = bool(here and rest and here != rest)
    polarity = d.polarity[i] if mixed else ("strength" if lean == "for" else "development")
    who = heard_as(pool, i)
    r = regard.read(head + said, polarity, criteria_board(d, i), tuple(who))
    named = tuple(regard.fitted(list(r.about), who, text))
    other = tuple(regard.fitted(list(r.other), who, text))
    if mixed and not other:  # the reservation: what the other way's clauses name
        against = mine if here != recorded else general
        other = tuple(regard.fitted(regard.subjects("; ".join(against)), who, text))[:1]
    grade = "mixed" if mixed else r.grade
    return LawView(polarity, RecordView(grade, named, named or whole.view.about, other))


# Once per draft's data (`perdata.PerData`, as `viewabout.record_view`): each section on no one law type asks about each stakeholder's note again (5,377 times
# a draft of the 600-case demo, 8% of its time, read afresh).
_PARTS: PerData[int, LawView] = PerData()


def _parts_read(pool: Pool, i: int, whole: LawView) -> LawView:
    """`_both_parts`, once per draft's data and record."""
    held = _PARTS.of(pool.data)
    found = held.get(i)
    if found is None:
        found = held[i] = _both_parts(pool, i, whole)
    return found


def _both_parts(pool: Pool, i: int, whole: LawView) -> LawView:
    """Record `i` as a section on no one law type counts it (an area, the whole
    inspection; issue 15, tester 12 N5: Area 2's judge, "reliable and thorough in care
    cases; private law reports more variable", was said in the area's section as praise
    alone): where its clauses about one law type go the other way from its recorded
    side, it is a mixed view, said with its reservation about that law type ("the
    quality of reports in private law cases", `voices.toml` [view_law_parts]), and its
    own side about what its other clauses name (in a law type, where they all name
    one).  A note with no such clause reads as a whole."""
    d = pool.data
    text = d.texts((i,))[i].text
    head = regard.heading(text)
    clauses = [c.strip() for c in _CLAUSE.split(text[len(head) :]) if c and c.strip()]
    recorded = "for" if d.polarity[i] == "strength" else "against"
    cues = {lt: law_words(d, lt)[0] for lt in d.words.law_cues}
    placed = {c: [lt for lt, ws in cues.items() if any(has_words(c, w) for w in ws)]
              for c in clauses}  # fmt: skip
    against = [(c, lts[0]) for c, lts in placed.items()
               if len(lts) == 1 and _lean(c) not in ("", recorded)]  # fmt: skip
    if not against:
        return whole
    rest = [c for c in clauses if c not in {c for c, _lt in against}]
    who = heard_as(pool, i)
    r = regard.read(head + "; ".join(rest), d.polarity[i], criteria_board(d, i), tuple(who))
    named = tuple(regard.fitted(list(r.about), who, text))
    laws = {lt for c in rest for lt in placed[c]}
    if len(laws) == 1 and all(placed[c] for c in rest):
        named = tuple(_in_law(d, a, laws.pop()) for a in named)
    other = []
    for c, lt in against:
        subjects = regard.fitted(regard.subjects(c), who, text)[:1]
        other += [_in_law(d, a, lt) for a in subjects]
    about = named or whole.view.about
    return LawView(d.polarity[i], RecordView("mixed", named, about, tuple(dict.fromkeys(other))))


def _in_law(d: DraftData, about: str, law: str) -> str:
    """A subject said of one law type ("the quality of reports in private law cases")."""
    frame = str(_parts()["in_law"])
    return frame.format(about=about, law=d.framework.law_type_label(law).lower())


@cache
def _parts() -> dict[str, object]:
    return dict(wording_table("voices.toml")["view_law_parts"])
