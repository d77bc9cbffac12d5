"""The leaders' central message in the key findings (issue 15, tester 14: leaders knew
the private law weaknesses and had a credible plan that had not yet worked, and their
key finding said "progress with improvement", which a note denied: "Plan not yet
showing impact").

What a leadership judgement rests on is rarely one criterion: it is whether leaders
know the service's weaknesses, whether they have a plan to tackle them, and whether the
plan has yet made a difference.  `message` reads the leadership judgement's own records
about the service (national notes: never one area's, never a case's) as the leadership
section reads its notes (`leadersrest.answers` and `key`, cues in `rests.toml`), so the
key finding says what the section says, and only where the section would: the larger
of knowing and not knowing (none where they are level), a plan where a note names one,
said as its notes scope it (`planscope`: "a plan to improve private law practice, not
public law practice"), and "not yet" over "already" (a key finding never claims
progress a note denies).  Where a note says the plan leaves out the weaknesses found, the
message says so in place of the plan and its progress, and where the service's own view
is more positive than the inspectors' findings on [rosier] `min_notes` notes (`ownview.rosy`:
its self-assessment and audits rating practice good), it says that is why leaders do
not know the weaknesses (tester 17's F14 (c); wording: `rests.toml` [misses_message]).

The message names the weaknesses as those of a law type whose judgement is below good
where the notes on knowing or planning name that law type ("the weaknesses in private
law practice"), else as the service's weaknesses.  A strength a key finding names by a
noun that claims progress (`progress_nouns`: "progress with improvement") is never said
where the impact is "not yet" (`denies_progress`).  Wording: [leaders_message].
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from exporters.draft import ownview, planscope
from exporters.draft.casethemes import Scene, choose_text, grade_rank, wording
from exporters.draft.leadersrest import answers, key
from exporters.draft.leadersrest import wording as rests
from exporters.draft.sections import recorded_grade
from exporters.draft.trace import traced
from exporters.draft.words import has_words
from exporters.model import Sentence


@dataclass
class Message:
    """What the leadership's notes say of leaders' grip on the weaknesses: each facet
    with the records it rests on ("" for a facet the notes do not speak of)."""

    knows: str = ""  # "yes" or "no"
    plans: str = ""  # "yes", or "misses": a plan that leaves out the weaknesses found
    rosier: bool = False  # the service's own view more positive than the inspectors'
    impact: str = ""  # "not_yet", "early" or "shown"
    late: bool = False  # a note says leaders were slow to act on a weakness they know
    records: dict[str, list[int]] = field(default_factory=dict)
    plan: planscope.Scope = field(default_factory=planscope.Scope)  # what the plan covers

    @property
    def said(self) -> bool:
        return bool(self.knows or self.plans)


def _any(text: str, key: str) -> bool:
    return any(has_words(text, str(c)) for c in wording()["leaders_message"][key])


def read(sc: Scene, jid: str) -> Message:
    """The facets the leadership judgement `jid`'s national notes speak of, read as the
    leadership section reads them (`leadersrest.answers`, cues in `rests.toml`: the key
    finding and the section say the same): k leaders know, u they do not, p a plan,
    n not yet a difference, e beginning to make one, w already one."""
    d = sc.data
    crits = {c.id for c in d.framework.criteria if jid in c.judgements}
    mine = [i for i in d.national if crits & set(d.crits[i])]
    found = answers(d, mine)
    # Said only where the leadership section would say it (`leadersrest.key`: two
    # questions answered, or leaders not knowing on enough notes; two notes at least).
    if not key(found) or len({i for v in found.values() for i in v}) < 2:
        found = {x: [] for x in found}
    got = {"knows": found["k"], "knows_not": found["u"], "plans": found["p"],
           "not_yet": found["n"], "early": found["e"], "shown": found["w"],
           "misses": found["m"], "late": found["l"]}  # fmt: skip
    texts = d.texts(mine)
    m = Message(records=got, plan=planscope.scope(rests(), [texts[i].text for i in mine]))
    if len(got["knows"]) != len(got["knows_not"]):
        m.knows = "yes" if len(got["knows"]) > len(got["knows_not"]) else "no"
    # A plan that leaves out the weaknesses found is said so, never its progress
    # (tester 17's F14 (c); `leadersrest.key`).
    m.plans = "misses" if got["misses"] else "yes" if got["plans"] else ""
    m.impact = (
        "" if got["misses"] else next((k for k in ("not_yet", "early", "shown") if got[k]), "")
    )
    m.late = m.knows == "yes" and bool(got["late"])
    rosy = set(ownview.rosy(d, mine))
    m.rosier = m.knows == "no" and len(rosy) >= int(rests()["rosier"]["min_notes"])
    return m


def _weaknesses(sc: Scene, m: Message) -> str:
    """What leaders know or do not know, in words (`_named`)."""
    return _named(sc, m)[0]


def _named(sc: Scene, m: Message) -> tuple[str, int]:
    """What leaders know (or plan to tackle): a law type below good that the notes on
    knowing or planning name, else the service's weaknesses ([leaders_message] `what`).
    What leaders do not know is named by the notes saying so alone: a plan for private
    law does not make "they do not know the weaknesses in private law practice".  With
    the grade rank of the law type named (0 for the service's weaknesses)."""
    d, w = sc.data, wording()["leaders_message"]
    said = {"knows": m.knows == "yes", "knows_not": m.knows == "no",
            "plans": bool(m.plans) and m.knows != "no"}  # fmt: skip
    recs = [i for k, on in said.items() if on for i in m.records[k]]
    texts = d.texts(recs)
    for law, jid in sc.body.laws.items():
        grade, provisional = recorded_grade(d, d.judgement(jid))
        rank = None if provisional else grade_rank(d, grade)
        label = d.framework.law_type_label(law).lower()
        if rank is not None and rank >= 3 and any(has_words(texts[i].text, label) for i in recs):
            return str(w["what_law"]).format(law=label), rank
    return str(w["what"]), 0


def frame_key(m: Message) -> str:
    """The frame for the facets the notes speak of ([leaders_message] frames): what
    leaders know, their plan, and its impact, in that order."""
    knows = {"yes": "knows", "no": "rosier" if m.rosier else "knows_not"}.get(m.knows, "")
    plans = {"yes": "plans", "misses": "misses"}.get(m.plans, "")
    impact = m.impact if (plans or knows == "knows") else ""
    return "_".join(p for p in (knows, plans, impact) if p)


def message(sc: Scene, jid: str) -> tuple[Message, Sentence | None]:
    """The leaders' central message as a key finding's sentence (None where the notes
    speak neither of knowing the weaknesses nor of a plan), traced to its notes."""
    m = read(sc, jid)
    if not m.said:
        return m, None
    # A plan beginning to make a difference: rests.toml [early_message] (leadersrest "e").
    # A plan that misses the weaknesses, a rosier own view: [misses_message].
    frames = {**wording()["leaders_message"]["frames"], **rests()["early_message"],
              **rests()["misses_message"]}  # fmt: skip
    # A leadership judged outstanding: what is not yet seen of the plan's effect is said
    # in the grade's terms, never "not yet had enough impact", a grade below good's
    # words ([leaders_message.frames_outstanding]).
    grade, provisional = recorded_grade(sc.data, sc.data.judgement(jid))
    if not provisional and grade_rank(sc.data, grade) == 1:
        frames.update(wording()["leaders_message"].get("frames_outstanding", {}))
    key = frame_key(m)
    # Leaders know, but were slow to act on a weakness: never "well" (tester 24's A8).
    late = m.late and key in rests()["late_message"]
    if late:
        frames[key] = rests()["late_message"][key]
    if key not in frames and key.startswith("rosier"):  # as not knowing, where no frame
        key = key.replace("rosier", "knows_not", 1)
    if key not in frames:
        return m, None
    options = [str(f) for f in frames[key]]
    scoped = rests()["message"].get(key) if m.plans == "yes" and planscope.scoped(m.plan) else None
    if scoped:  # the plan as its notes scope it (rests.toml [scope], [message])
        options = [str(scoped).replace("{plan}", planscope.phrase(rests(), m.plan))]
    weak, rank = _named(sc, m)
    if m.knows == "no" and rank == INADEQUATE:
        options = _unaware(key, m) or options
    text = choose_text(sc, options, f"key|leaders_message|{key}", weak=weak)
    used = {"knows": m.knows == "yes", "knows_not": m.knows == "no", "plans": m.plans == "yes",
            "not_yet": m.impact == "not_yet", "early": m.impact == "early",
            "shown": m.impact == "shown", "misses": m.plans == "misses", "late": late}  # fmt: skip
    evs = [i for k, on in used.items() if on for i in m.records[k]]
    basis = "Leadership notes about the service: " + "; ".join(
        f"{k.replace('_', ' ')}: {len(m.records[k])}" for k, on in used.items() if on
    )
    against = m.knows == "no" or m.impact == "not_yet" or m.plans == "misses"
    direction = "against" if against else "for"
    if m.knows == "yes" and (m.impact == "not_yet" or late):
        direction = "balanced"
    s = traced(text, list(dict.fromkeys(evs)), sc.data, role="claim", basis=basis,
               direction=direction, criteria=[])  # fmt: skip
    return m, s


INADEQUATE = 4  # the grade rank of inadequate


def _unaware(key: str, m: Message) -> list[str]:
    """The message where leaders do not know the weaknesses of a law type judged
    inadequate ([leaders_message.frames_inadequate], kf30): said first, as not knowing
    them at all, and any plan after it ("although they have a plan to improve private law
    practice"), never "Leaders have a plan ..., but they do not know ... well enough",
    which leads an inadequate service's leaders' finding on a strength; [] where no
    frame is there for `key`."""
    frames = wording()["leaders_message"].get("frames_inadequate", {})
    if key not in frames:
        return []
    plan = planscope.phrase(rests(), m.plan) if planscope.scoped(m.plan) else ""
    plan = plan or str(wording()["leaders_message"]["a_plan"])
    return [str(f).replace("{plan}", plan) for f in frames[key]]


def denies_progress(m: Message, nouns: Sequence[str]) -> list[bool]:
    """For each noun, whether it claims a progress the leadership's notes deny (the
    impact is "not yet" and the noun names progress or impact: `progress_nouns`)."""
    if m.impact != "not_yet":
        return [False for _n in nouns]
    return [_any(n, "progress_nouns") for n in nouns]
