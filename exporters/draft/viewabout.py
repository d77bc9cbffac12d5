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
from dataclasses import dataclass
from functools import cache

from exporters.draft import regard
from exporters.draft.data import DraftData
from exporters.draft.perdata import PerData
from exporters.draft.relevance import borne_out
from exporters.draft.tallies import Pool
from exporters.draft.whospoke import several
from exporters.draft.wording import wording_table


def speakers(pool: Pool, i: int) -> list[str]:
    """The group names of record `i`'s source ("judges", "magistrates"); [] for a source
    that is no stakeholder group."""
    return list(pool.data.words.stakeholder_groups.get(pool.data.source[i], ()))


def heard_as(pool: Pool, i: int) -> list[str]:
    """The groups whose subjects record `i`'s view may be about (`regard.fitted`): its
    source's (`speakers`), and those its speaker's role stands beside (`voices.toml`
    [heard_as]: a member of the court's staff receives reports as judges do)."""
    d = pool.data
    role = d.words.speaker(d.source[i], d.texts((i,))[i].text)
    return [*speakers(pool, i), *_heard_as().get(role, ())]


@dataclass(frozen=True)
class RecordView:
    """What a stakeholder's record says, read once per draft (`record_view`): its grade
    (`regard.grade`), the subjects its words name on its recorded side that fit its
    speaker (`named`), what it is about (`about`: `named`, else its criteria's topics it
    bears out, else the service) and what its words the other way are about, fitted
    (`other`)."""

    grade: str
    named: tuple[str, ...]
    about: tuple[str, ...]
    other: tuple[str, ...]


# Once per draft's data (`perdata.PerData`): a new draft's data never meets an old
# one's reading.
_READ: PerData[int, RecordView] = PerData()


def record_view(pool: Pool, i: int) -> RecordView:
    """Record `i` read (see `RecordView`), once per draft's data however many sections,
    views sentences and quotations look at it (issue 18: each note was weighed some
    twenty times a draft)."""
    d = pool.data
    held = _READ.of(d)
    found = held.get(i)
    if found is None:
        who = heard_as(pool, i)
        text = d.texts((i,))[i].text
        r = regard.read(text, d.polarity[i], criteria_board(d, i), tuple(who))
        named = tuple(regard.fitted(list(r.about), who, text))
        about = named or tuple(_topics(pool, i))
        found = held[i] = RecordView(r.grade, named, about,
                                        tuple(regard.fitted(list(r.other), who, text)))  # fmt: skip
    return found


@cache
def _heard_as() -> dict[str, tuple[str, ...]]:
    """`voices.toml` [heard_as]: a partner's role whose relation to the service is
    another group's (a member of the court's staff receives reports as judges do)."""
    return {str(k): tuple(v) for k, v in wording_table("voices.toml")["heard_as"].items()}


def criteria_board(d: DraftData, i: int) -> str:
    """The board record `i`'s criteria name ("effectiveness as a statutory member of
    Local Safeguarding Children Boards"): what a bare "board" in the note is where the
    note names none (`regard.criteria_board`)."""
    texts = []
    for c in d.crits[i]:
        try:
            texts.append(d.framework.criterion(c).text)
        except KeyError:
            continue
    return regard.criteria_board(texts)


_ONE = ("one ", "a ", "an ", "the ")


def one_voice(pool: Pool, i: int) -> str:
    """Who gave record `i`'s view, where it is one person's ("one judge", "the designated
    family judge", "a representative of a partner agency": `Words.speaker`), said so
    where a group's view rests on it alone (tester 12: "Only a few stakeholders in Area
    N spoke to inspectors" hedged "judges" for one judge's note in every area); "" where
    the note speaks for several ("Two LAs describe ...", "Magistrates said ...", or,
    naming no role of its own, "President's office and senior judiciary describe ...":
    `whospoke.several`; tester 28's A4 #11), or naming one among others ("Meeting with
    two district judges and the legal adviser.", never "a legal adviser"; "Newcastle CC:
    Head of Service & 2 IROs v positive", never "one local authority representative":
    tester 29's A5)."""
    d = pool.data
    text = d.texts((i,))[i].text
    role = d.words.speaker(d.source[i], text)
    if not role.startswith(_ONE) or role == "one stakeholder":
        return ""
    if several(text):  # a role named among several people or none: never one of them
        return ""
    own = d.words.support.own_speaker(text)
    if own is not None and not own.who.lower().startswith(_ONE):
        return ""
    return role


def record_about(pool: Pool, i: int) -> list[str]:
    """What a stakeholder's record `i` is about on its recorded side: the subjects its
    words name (`regard.about`) that fit its speaker (`regard.fitted`), else its
    criteria's topics it bears out, else the service."""
    return list(record_view(pool, i).about)


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
    other: Counter[str] | None = None,
    material: int = 0,
) -> list[str]:
    """The subjects a side of a group's view is said about, commonest first: on the side
    its records lean (`main`), only subjects more of its records take that way than the
    other ("spoke well of the timeliness of reports more often than not" never where
    one judge praised it and two criticised it), else the service (a group and a
    direction, no subject); on the other side, only subjects some of its records take
    that way ("while noting some shortcomings in X" only where one criticises X); where
    the records are even or divided, subjects more of them take that way than the other,
    after a subject taken as often each way only where it is the commonest on both sides
    (`other`: the other side's `ranked`), so that the clause says it held both ways ("as
    much praise as criticism of the service's leaders") and never one way only (tester
    20, A1: judges "criticising the service's leaders", one praising and one criticising
    them, beside "as much praise as criticism of the service's leaders").  There, a
    subject `material` records or more take this way is said on this side too, where
    more take it the other way, before those fewer records name (tester 20's key
    finding: judges "praising the timeliness of reports but criticising how quickly
    cases are allocated", from four praising the timeliness and two criticising it, one
    the allocation); `viewgroup.weigh` then says this side apart."""
    said = [a for a, _n in ranked.most_common() if this[a]]
    if main:
        said = [a for a in said if this[a] > that[a]]
        return said or [service]
    if even:
        held = [a for a in said if material and material <= this[a] < that[a]]
        more = [a for a in said if this[a] > that[a]]
        more = sorted([*held, *more], key=lambda a: -this[a]) if held else more
        level = [a for a in said if this[a] == that[a]]
        top = [a for a, _n in (other or Counter()).most_common(1)]
        if said and said[0] in level and top == said[:1]:  # the main point, held both ways
            return [said[0], *more]
        return more or level or [service]
    return said
