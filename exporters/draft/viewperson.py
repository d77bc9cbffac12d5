"""One stakeholder's view said on its own, by role (split from `stakeholders.py`): where
a claim about the service rests on one person's interview, or a few people's, whose
notes hold no sentence that reads on its own (`service.cautious`), their view is said
as strongly as their own words put it and about what their notes name
(`voices.toml` [person_view], [[view_subject]])."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from exporters.draft import regard
from exporters.draft.relevance import borne_out
from exporters.draft.stakeholders import subjects_said
from exporters.draft.tallies import Pool
from exporters.draft.viewabout import record_view
from exporters.draft.viewgroup import Group
from exporters.draft.viewquote import own_words
from exporters.draft.wording import wording_table
from exporters.draft.words import capitalise


def person_view(
    pool: Pool, lean: str, side: Sequence[int], topic: str, who: str, said: Collection[str] = ()
) -> list[str]:
    """The ways of saying one stakeholder's view (or a few's: `side`, their records on the
    `lean` side of a claim on `topic`) where the note holds no sentence that reads on its
    own (`voices.toml` [person_view]): as strongly as their own words put it, and about
    what their notes name ([[view_subject]]), else `topic` where the notes bear it out.
    Where they name nothing the draft can say, one person's view is said in their own
    quoted words (`viewquote.own_words`; none a sentence of `said` holds), else praise
    as their view of the service: one interview is normal on an inspection, and an
    area's only judge is never left out (tester 35's F10).  A concern naming nothing
    ("unhappy, see notes") is not written: [] (the sentence would say nothing)."""
    d = pool.data
    group = Group([who], [i for i in side if lean == "for"], [i for i in side if lean != "for"])
    group.grades = {i: record_view(pool, i).grade for i in side}
    about: Counter[str] = Counter()
    for i in side:
        about.update(dict.fromkeys(record_view(pool, i).named, 1))
    named = [a for a, _n in about.most_common(2)]
    if not named and borne_out(d, topic, side):
        named = [topic]
    if not named and len(side) == 1:
        own = own_words(pool, side[0], "for" if lean == "for" else "against", who, said)
        if own:
            return own
    if not named and lean != "for":
        return []  # a concern about nothing it names says nothing ("unhappy, see notes")
    named = named or [regard.service()]
    kind = group.said_as
    if len(side) == 1 and group.grades[side[0]] == "mixed":
        kind = "mixed"
    frames = wording_table("voices.toml")["person_view"][kind]
    return [f.format(Who=capitalise(who), about=subjects_said(named)) for f in frames]
