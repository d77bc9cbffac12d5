"""A claim about the service resting on too few records to be stated as a verdict
(issue 15, tester 11's claim 13: "The service's audit work is a strength." from one
audit).

The rule, one for every claim about the service (leadership, partnership, workforce):
with fewer records on each side than the framework's `min_service_records` (`few`), the
claim is said as what those sources showed, never in the criterion's own words nor as a
bare verdict.  One record is said in its own words where its note holds a sentence that
reads on its own (`service.one_source`); else, and for two, the sources are counted
("The internal audit inspectors read shows strengths in ...": `side_options`).
Where both sides rest on so few records (one strength record and one development), each
side is said as its sources found it, weighed with the section's grade as
`agreement.grade_check` weighs a section's evidence: below good the weakness first, at
good or better the strength first (`weakness_first`), never "the picture is mixed".
The claim about cases keeps its own rule (`onecase`, and the "[One case only]" marker
of `claims`): a count of cases is said as a count, a count of records as a count.

The wording is data (`fewrecords.toml`).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Any

from exporters.draft.data import DraftData
from exporters.draft.proportion import graded_well
from exporters.draft.tallies import majority
from exporters.draft.words import capitalise, join_list, number_text, wording_dir

MAX_KINDS = 2  # kinds of source of one side named in one clause, beyond `few`
MAX_COUNTED = 5  # records of one side counted source by source, beyond `few`


@cache
def wording() -> dict[str, Any]:
    """The wordings of `fewrecords.toml`."""
    with (wording_dir() / "fewrecords.toml").open("rb") as fh:
        return tomllib.load(fh)


def few(d: DraftData, st: Sequence[int], dv: Sequence[int]) -> bool:
    """Whether a claim about the service rests on too few records on each side to be
    stated as a verdict: fewer than the framework's `min_service_records` on both."""
    least = d.rules.min_service_records
    return bool(st or dv) and len(st) < least and len(dv) < least


def even_area(d: DraftData, st: Sequence[int], dv: Sequence[int]) -> bool:
    """Whether a claim's records about the area or the organisation (not a case's)
    split evenly and are few (one and one, two and two), whatever its case files hold:
    said side by side, each as its sources found it, never "mixed" (tester 11's London
    North: one interview with managers each way beside case files leaning against)."""
    pos = [i for i in st if not d.case[i]]
    neg = [i for i in dv if not d.case[i]]
    # Each side's sources few enough to name in one clause ("the four case files
    # inspectors read and the interview with managers").
    kinds = max(len({d.source[i] for i in side}) for side in (st, dv))
    return bool(pos) and len(pos) == len(neg) and few(d, pos, neg) and kinds <= MAX_KINDS


def countable_even(d: DraftData, st: Sequence[int], dv: Sequence[int]) -> bool:
    """Whether a claim's two sides split near evenly (`tallies.majority`: two and three,
    three and three) on records few enough to count source by source (at most
    `MAX_COUNTED` a side, from at most `MAX_KINDS` kinds of source): said side by side
    as each side's sources found it rather than "the picture is mixed"."""
    if not st or not dv or max(len(st), len(dv)) > MAX_COUNTED:
        return False
    kinds = max(len({d.source[i] for i in side}) for side in (st, dv))
    return kinds <= MAX_KINDS and majority(d.rules, len(st), len(dv)) == "even"


def weakness_first(d: DraftData, grade: str | None, st: Sequence[int], dv: Sequence[int]) -> bool:
    """Which side a claim on both sides says first: the weakness in a section graded
    below good, the strength at good or better; ungraded, the larger side (the strength
    on a tie)."""
    if grade:
        return not graded_well(d, grade)
    return len(dv) > len(st)


def counted_sources(d: DraftData, side: Sequence[int], other: Sequence[int] = ()
                    ) -> tuple[str, str]:  # fmt: skip
    """The records of one side as the report counts them ("the internal audit
    inspectors read", "the two interviews with managers and the staff survey"), the
    commonest source first, a source the `other` side's records hold too as another
    ("another interview with managers"), and "s" where the verb after them takes it
    (one record, spoken of in the singular)."""
    table = wording()["sources"]
    nouns = d.words.evidence_nouns
    before = {d.source[i] for i in other}
    # A case's notes count once: two notes on one file are one case file.
    distinct = dict.fromkeys((d.source[i], d.case[i] or f"record {i}") for i in side)
    by = Counter(code for code, _ in distinct).most_common()
    phrases = []
    for code, n in by:
        forms = table.get(code) or {
            k: v.format(noun=nouns.get(code, code.lower().replace("_", " ")))
            for k, v in table["other"].items()
        }
        if code in before:  # who read or saw it is said already: "another case file"
            said = (
                f"another {forms['one']}" if n == 1 else f"{number_text(n)} other {forms['many']}"
            )
            said = f"the {forms['one']}" if code in table["mass"] else said
        elif code in table["mass"]:
            said = f"the {forms['one']}{forms['by']}"
        elif other:  # after the other side, no "the": "..., although one interview with ..."
            said = f"one {forms['one']}" if n == 1 else f"{number_text(n)} {forms['many']}"
            said += forms["by"]
        else:  # one record: the singular says it ("the internal audit inspectors read")
            said = forms["one"] if n == 1 else f"{number_text(n)} {forms['many']}"
            said = "the " + said + forms["by"]
        phrases.append(said)
    # "the internal audit and the two complaints inspectors read": said once.
    for tail in {str(f.get("by", "")) for f in table.values() if isinstance(f, dict)} - {""}:
        if len(phrases) > 1 and all(p.endswith(tail) for p in phrases):
            phrases = [p.removesuffix(tail) for p in phrases[:-1]] + phrases[-1:]
    code, n = by[0]
    single = len(by) == 1 and code not in table["plural"] and (n == 1 or code in table["mass"])
    return join_list(phrases), "s" if single else ""


def side_options(
    d: DraftData, topic: str, lean: str, side: Sequence[int], other: Sequence[int] = ()
) -> list[str]:
    """The ways of saying one side of a claim on `topic` as what its few records show,
    the sources counted (`counted_sources`); after the other side's records (`other`),
    in lower case, without a stop and without the topic said again."""
    src, s = counted_sources(d, side, other)
    topic = unechoed(topic, [src])
    plural = d.words.support.plural(topic)
    fill = {
        "the_src": src, "The_src": capitalise(src), "s": s, "topic": topic,
        "Topic": capitalise(topic), "ts": "" if plural else "s",
    }  # fmt: skip
    key = ("for" if lean == "for" else "against") + ("_after" if other else "")
    return [f.format(**fill) for f in wording()["frames"][key]]


def joined(first: str, second: str) -> list[str]:
    """Two sides in one sentence: `first` a sentence (its stop dropped), `second` to
    follow it in lower case ([each_side] `join`); each to its first semicolon ("...;
    this has fallen since last year" is left to the comment)."""
    head, tail = (t.split("; ", 1)[0].rstrip().rstrip(".") for t in (first, second))
    return [j.format(first=head, second=tail) for j in wording()["each_side"]["join"]]


# A word for people ("managers", "practitioners") in a possessive: "managers' oversight".
_POSSESSIVE = r"\b{}(?:['’]s?|['’])\s"
_INTERVIEWED = re.compile(r"\binterviews? with ((?:[a-z]+ )*?[a-z]+s)\b")


def unechoed(finding: str, sources: Sequence[str]) -> str:
    """What some sources found without naming their own people again as its subject:
    "weaknesses in the oversight of practice" after "in interviews with managers", not
    "... managers' oversight of practice" (tester 11); other words as they are."""
    people = {m.group(1).split()[-1] for src in sources for m in _INTERVIEWED.finditer(src)}
    for word in sorted(people):
        finding = re.sub(_POSSESSIVE.format(re.escape(word)), "the ", finding)
    return re.sub(r"\bthe the\b", "the", finding)
