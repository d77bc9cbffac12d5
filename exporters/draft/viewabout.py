"""What a stakeholder's record is about, in the draft's words, as its speaker may say it
(issue 15): the subjects its words name (`regard.about`), fitted to the speaker's
relation to the service (`regard.fitted`: a partner agency is sent no reports, so its
complaint about requests reaching it "at the last minute" is never about "the
timeliness of reports"); else its criteria's topics that it bears out; else the
service.  `said_about` says which of a group's subjects a side of its view is said
about.
"""

from __future__ import annotations

from collections import Counter

from exporters.draft import regard
from exporters.draft.relevance import borne_out
from exporters.draft.tallies import Pool


def speakers(pool: Pool, i: int) -> list[str]:
    """The group names of record `i`'s source ("judges", "magistrates"); [] for a source
    that is no stakeholder group."""
    return list(pool.data.words.stakeholder_groups.get(pool.data.source[i], ()))


def record_about(pool: Pool, i: int, text: str) -> list[str]:
    """What a stakeholder's record `i` (its words `text`) is about on its recorded side:
    the subjects its words name (`regard.about`) that fit its speaker (`regard.fitted`),
    else its criteria's topics it bears out, else the service."""
    named = regard.about(text, pool.data.polarity[i])
    return regard.fitted(named, speakers(pool, i)) or _topics(pool, i)


def _topics(pool: Pool, i: int) -> list[str]:
    """What a record naming none of the view subjects is about: its criteria's topics
    that it bears out, else the service."""
    d = pool.data
    topics = [d.words.criterion(d.framework, c).about_what for c in d.crits[i]]
    borne = [t for t in dict.fromkeys(topics) if borne_out(d, t, (i,))]
    return borne[:1] or [regard.service()]


def said_about(
    ranked: Counter[str],
    this: Counter[str],
    that: Counter[str],
    main: bool,
    even: bool,
    service: str,
) -> list[str]:
    """The subjects a side of a group's view is said about, commonest first: on the side
    its records lean (`main`), only subjects more of its records take that way than the
    other ("spoke well of the timeliness of reports more often than not" never where
    one judge praised it and two criticised it), else the service (a group and a
    direction, no subject); on the other side, only subjects some of its records take
    that way ("while noting some shortcomings in X" only where one criticises X); where
    the records are even, subjects taken that way at least as often as the other."""
    said = [a for a, _n in ranked.most_common() if this[a]]
    if main:
        said = [a for a in said if this[a] > that[a]]
        return said or [service]
    if even:
        said = [a for a in said if this[a] >= that[a]]
        return said or [service]
    return said
