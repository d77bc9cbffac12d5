"""The leaders' central message in the key findings (issue 15, tester 14: leaders knew
the private law weaknesses and had a credible plan that had not yet worked, and their
key finding said "progress with improvement", which a note denied: "Plan not yet
showing impact").

What a leadership judgement rests on is rarely one criterion: it is whether leaders
know the service's weaknesses, whether they have a plan to tackle them, and whether the
plan has yet made a difference.  `message` reads the leadership judgement's own records
about the service (national notes: never one area's, never a case's) for each of the
three, by the cues of `key_findings.toml` [leaders_message]:

- **knows**: a strength note saying leaders know, understand or recognise the
  weaknesses (`knows`); a development note saying they do not (`knows_not`); each
  about leaders or managers (`who`) and what is weak (`weak`): the larger side is
  said, none where they are level;
- **plans**: a strength note about a plan or strategy (`plans`, never a child's care
  plan), outnumbering the development notes saying there is none (`plans_none`);
- **impact**: a development note about a plan or improvement (`about_impact`) that says
  it has not yet made a difference (`not_yet`), or a strength note saying it has
  (`shown`): "not yet" wins, since a key finding never claims progress a note denies.

The message names the weaknesses as those of a law type whose judgement is below good
where the notes on knowing or planning name that law type ("the weaknesses in private
law practice"), else as the service's weaknesses.  A strength a key finding names by a
noun that claims progress (`progress_nouns`: "progress with improvement") is never said
where the impact is "not yet" (`denies_progress`).  Wording: [leaders_message].
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from exporters.draft.casethemes import Scene, choose_text, grade_rank, wording
from exporters.draft.sections import recorded_grade
from exporters.draft.trace import traced
from exporters.draft.words import has_words
from exporters.model import Sentence


@dataclass
class Message:
    """What the leadership's notes say of leaders' grip on the weaknesses: each facet
    with the records it rests on ("" for a facet the notes do not speak of)."""

    knows: str = ""  # "yes" or "no"
    plans: str = ""  # "yes"
    impact: str = ""  # "not_yet" or "shown"
    records: dict[str, list[int]] = field(default_factory=dict)

    @property
    def said(self) -> bool:
        return bool(self.knows or self.plans)


def _cues(key: str) -> list[str]:
    return [str(c) for c in wording()["leaders_message"][key]]


def _any(text: str, key: str) -> bool:
    return any(has_words(text, c) for c in _cues(key))


def read(sc: Scene, jid: str) -> Message:
    """The facets the leadership judgement `jid`'s national notes speak of."""
    d = sc.data
    crits = {c.id for c in d.framework.criteria if jid in c.judgements}
    mine = [i for i in d.national if crits & set(d.crits[i])]
    texts = d.texts(mine)
    keys = ("knows", "knows_not", "plans", "plans_none", "not_yet", "shown")
    got: dict[str, list[int]] = {k: [] for k in keys}
    for i in mine:
        text, pol = texts[i].text, d.polarity[i]
        about = _any(text, "who") and _any(text, "weak")
        if pol == "strength" and about and _any(text, "knows") and not _any(text, "knows_not"):
            got["knows"].append(i)
        if pol == "development" and about and _any(text, "knows_not"):
            got["knows_not"].append(i)
        if pol == "strength" and _any(text, "plans") and not _any(text, "plans_not"):
            got["plans"].append(i)
        if pol == "development" and _any(text, "plans_none"):
            got["plans_none"].append(i)
        if _any(text, "about_impact"):
            if pol == "development" and _any(text, "not_yet"):
                got["not_yet"].append(i)
            elif pol == "strength" and _any(text, "shown") and not _any(text, "not_yet"):
                got["shown"].append(i)
    m = Message(records=got)
    if len(got["knows"]) != len(got["knows_not"]):
        m.knows = "yes" if len(got["knows"]) > len(got["knows_not"]) else "no"
    m.plans = "yes" if len(got["plans"]) > len(got["plans_none"]) else ""
    m.impact = "not_yet" if got["not_yet"] else "shown" if got["shown"] else ""
    return m


def _weaknesses(sc: Scene, m: Message) -> str:
    """What leaders know (or plan to tackle): a law type below good that the notes on
    knowing or planning name, else the service's weaknesses ([leaders_message] `what`)."""
    d, w = sc.data, wording()["leaders_message"]
    said = {"knows": m.knows == "yes", "knows_not": m.knows == "no", "plans": bool(m.plans)}
    recs = [i for k, on in said.items() if on for i in m.records[k]]
    texts = d.texts(recs)
    for law, jid in sc.body.laws.items():
        grade, provisional = recorded_grade(d, d.judgement(jid))
        rank = None if provisional else grade_rank(d, grade)
        label = d.framework.law_type_label(law).lower()
        if rank is not None and rank >= 3 and any(has_words(texts[i].text, label) for i in recs):
            return str(w["what_law"]).format(law=label)
    return str(w["what"])


def frame_key(m: Message) -> str:
    """The frame for the facets the notes speak of ([leaders_message] frames): what
    leaders know, their plan, and its impact, in that order."""
    knows = {"yes": "knows", "no": "knows_not"}.get(m.knows, "")
    plans = "plans" if m.plans else ""
    impact = m.impact if (plans or knows == "knows") else ""
    return "_".join(p for p in (knows, plans, impact) if p)


def message(sc: Scene, jid: str) -> tuple[Message, Sentence | None]:
    """The leaders' central message as a key finding's sentence (None where the notes
    speak neither of knowing the weaknesses nor of a plan), traced to its notes."""
    m = read(sc, jid)
    if not m.said:
        return m, None
    frames = wording()["leaders_message"]["frames"]
    key = frame_key(m)
    if key not in frames:
        return m, None
    options = [str(f) for f in frames[key]]
    text = choose_text(sc, options, f"key|leaders_message|{key}", weak=_weaknesses(sc, m))
    used = {"knows": m.knows == "yes", "knows_not": m.knows == "no", "plans": bool(m.plans),
            "not_yet": m.impact == "not_yet", "shown": m.impact == "shown"}  # fmt: skip
    evs = [i for k, on in used.items() if on for i in m.records[k]]
    basis = "Leadership notes about the service: " + "; ".join(
        f"{k.replace('_', ' ')}: {len(m.records[k])}" for k, on in used.items() if on
    )
    direction = "against" if m.knows == "no" or m.impact == "not_yet" else "for"
    s = traced(text, list(dict.fromkeys(evs)), sc.data, role="claim", basis=basis,
               direction=direction if m.knows != "yes" or m.impact != "not_yet" else "balanced",
               criteria=[])  # fmt: skip
    return m, s


def denies_progress(m: Message, nouns: Sequence[str]) -> list[bool]:
    """For each noun, whether it claims a progress the leadership's notes deny (the
    impact is "not yet" and the noun names progress or impact: `progress_nouns`)."""
    if m.impact != "not_yet":
        return [False for _n in nouns]
    return [_any(n, "progress_nouns") for n in nouns]
