"""What failed in the work on a subject a national law type's section names (issue 15,
kf18's left point; tester 17 wanted "allegations not explored, screening tools not used,
contact recommended without a risk analysis", where the section said only how many
cases fell short on domestic abuse).

Read from the notes' structure, as an area's main failure is (`undone.said_undone`): a
thing a development note says was not done ("risk not assessed in time", "no screening
tool used"), in the inspectors' own development notes naming the subject on the cases
counting against it (`lawsubjects.Subject.neg`).  Each thing counts by cases; a phrase
that opens or ends with another, with the same participle, counts for it ("domestic
abuse allegations not explored" for "domestic abuse not explored").  The things said
in at least the framework's `material_cases` cases against are named, the most cases
first, at most [failed] `most`, in one sentence after the subject's (`lawsubjects.toml`
[failed]), traced to the notes saying them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from exporters.draft.claims import Context
from exporters.draft.glossary import working_terms
from exporters.draft.mainclause import with_article
from exporters.draft.trace import traced
from exporters.draft.undone import said_undone
from exporters.draft.undone import wording as failures
from exporters.draft.words import number_text
from exporters.model import Sentence


@dataclass(frozen=True)
class Failed:
    """A thing the notes say was not done: its words, participle, shape ("not", "no"),
    the cases against whose notes say it, and those notes."""

    what: str
    verb: str
    shape: str
    cases: frozenset[int]
    records: tuple[int, ...]


def failed(ctx: Context, records: tuple[int, ...], against: frozenset[int]) -> list[Failed]:
    """The things the development notes among `records` on the cases `against` say were
    not done, the most cases first (then the shorter phrase), merged as the module
    docstring says."""
    d = ctx.data
    abbr: dict[str, str] = {}
    for t in [*d.words.terms, *working_terms()]:
        if t.short:
            abbr[t.short] = t.long
        if t.short_plural:
            abbr[t.short_plural] = t.long_plural or t.long
    states = frozenset(str(w).lower() for w in failures()["states"])
    mine = [i for i in records if d.polarity[i] == "development" and d.case[i] in against]
    texts = d.texts(mine)
    said: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    for i in mine:
        for thing, verb, shape in said_undone(texts[i].text, d.words.standalone, abbr, states):
            said[_unowned(thing), verb, shape].add(i)
    merged = {k: set(v) for k, v in said.items()}
    for a in said:
        for b in said:
            if (
                a[1:] == b[1:]
                and a != b
                and (a[0].startswith(b[0] + " ") or a[0].endswith(" " + b[0]))
            ):
                merged[b] |= said[a]
    out = [Failed(t, v, s, frozenset(d.case[i] for i in rs), tuple(sorted(rs)))
           for (t, v, s), rs in merged.items()]  # fmt: skip
    out.sort(key=lambda f: (-len(f.cases), len(f.what.split()), f.what, f.verb))
    # A phrase counted for a shorter one is not named beside it.
    kept: list[Failed] = []
    for f in out:
        if not any(f.verb == k.verb and f.cases <= k.cases and f.what != k.what
                   and (f.what.startswith(k.what + " ") or f.what.endswith(" " + k.what)
                        or k.what.startswith(f.what + " ") or k.what.endswith(" " + f.what))
                   for k in kept):  # fmt: skip
            kept.append(f)
    return kept


def _unowned(thing: str) -> str:
    """The thing without its owner ("mother's mental health" is "mental health"): one
    parent's and the other's are one failure of the work."""
    first, _sep, rest = thing.partition(" ")
    owned = first.endswith(("'s", "’s", "s'", "s’"))
    return rest if owned and rest else thing


def sentence(ctx: Context, name: str, records: tuple[int, ...], against: frozenset[int],
             table: dict[str, Any], most: int) -> Sentence | None:  # fmt: skip
    """The sentence naming what failed in the work on the subject `name` (see the module
    docstring), or None where no thing is said in `material_cases` cases against.  The
    subject itself, or the words it ends with, is "it" ("parental mental health": "it
    had not been assessed" for "the mother's mental health was not assessed")."""
    d = ctx.data
    found = [f for f in failed(ctx, records, against) if len(f.cases) >= d.rules.material_cases]
    found = found[:most]
    if not found:
        return None
    words = failures()["sentences"]
    n = len(against)

    def undone(f: Failed) -> str:
        # The subject itself is "it" ("it had not been assessed"), never named twice.
        what = (
            "it" if f.shape == "not" and (name == f.what or name.endswith(" " + f.what)) else f.what
        )
        said = str(words[f"undone_{f.shape}"]).format(what=what, verb=f.verb)
        # "the" before a thing that needs one ("the court had not been told ...",
        # tester 21's A3: "recommendation had not been reconciled" read as a note).
        return with_article(d.words.standalone, said) if f.shape == "not" else said

    def count(f: Failed, first: bool) -> str:
        k = len(f.cases)
        if not first:
            return number_text(k)
        if k == n:
            return str(table["all"]).format(n=number_text(n))
        return str(table["some"]).format(k=number_text(k), n=number_text(n))

    parts = [str(table["part"]).format(undone=undone(f), count=count(f, k == 0))
             for k, f in enumerate(found)]  # fmt: skip
    # The form used least in the report so far: two law types' sentences on one subject
    # say different findings, never in the same words.
    frames = list(table["sentences"])
    forms = tuple(f"failed form {k}" for k in range(len(frames)))
    k = forms.index(ctx.voice.frame(forms, ctx.key, "failed", name))
    text = str(frames[k]).format(name=name, parts=str(table["join"]).join(parts))
    evs = sorted({i for f in found for i in f.records})
    basis = f"Of the {n} cases against {name}, their development notes naming it say: " + "; ".join(
        f"{'no ' if f.shape == 'no' else ''}{f.what} {'' if f.shape == 'no' else 'not '}{f.verb} "
        f"({len(f.cases)} cases)" for f in found)  # fmt: skip
    return traced(text, evs, d, role="claim", basis=basis, direction="against", criteria=[],
                  case_refs=sorted({d.case_ref[k] for f in found for k in f.cases}))  # fmt: skip
