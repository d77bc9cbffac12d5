"""A claim about leaders, partners or the workforce is about what its notes speak of,
on notes written independently of the demo and of the cue lists (issue 15, "every
sentence true to its evidence"; tester 11's claim 13: "What audits and reviews show is
a strength" from an audit that found weak analysis, which the area then learned from).

`tests/fixtures/corpora/service_notes.toml` holds 156 notes on every leadership,
partnership and workforce criterion of the frameworks, in several inspectors' styles,
each labelled by hand with the subject a lead would write (a key of the corpus's own
vocabulary) and its direction, and a few groups of notes behind one claim;
`service_notes_heldout.toml` 53 more, written after the cue lists and measured once
before any cue was changed.  The drafted subject (`subjects.choose`, as the draft
calls it) must be the labelled one or a true broader one, never a different one; the
few known misses are listed here with the subject they get, so that a fix shows as an
unexpected pass and a new miss as a failure (one held-out miss, an audit's finding said
as "the service's audits and reviews", was fixed after the first measure).  End to end,
on small inspections built from corpus notes, the drafted sentence names the subject
and says the labelled side.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from exporters.draft import draft_report, load
from exporters.draft.subjects import JOINED, NEUTRAL, USUAL, Subject, Subjects, choose, subjects
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

CORPORA = Path(__file__).resolve().parents[1] / "fixtures" / "corpora"
BASE = tomllib.loads((CORPORA / "service_notes.toml").read_text(encoding="utf-8"))
HELDOUT = tomllib.loads((CORPORA / "service_notes_heldout.toml").read_text(encoding="utf-8"))

# The product's subjects (criteria.toml [subjects]: "usual", "neutral" or an other's
# topic) as the corpus's keys: what each says, in the corpus's vocabulary.
AS_KEY: dict[str, dict[str, str]] = {
    "LG1": {USUAL: "priorities", NEUTRAL: "broad",
            "the progress of leaders' improvement work": "progress",
            "the board's oversight of leaders": "governance"},
    "LG2": {USUAL: "engagement", NEUTRAL: "broad",
            "the timeliness of reports to court": "timeliness",
            "the quality of reports and advice to court": "quality"},
    "LG3": {USUAL: "use", NEUTRAL: "info", "the timeliness of the work": "timeliness",
            "the service's performance against its targets": "targets",
            "how accurately performance information shows the quality of practice": "accuracy",
            # What the figures cover (lead16, measures.toml): the information itself.
            "performance information on the quality of practice": "info"},
    "LG4": {USUAL: "oversight", NEUTRAL: "broad", "the allocation of work": "allocation",
            "the capacity and stability of management": "capacity"},
    "LG5": {USUAL: "culture", NEUTRAL: "broad", "supervision": "supervision",
            # What about supervision (lead17): how often, how well it helps reflection.
            "how often supervision takes place": "supervision",
            "how well supervision helps practitioners think about their work": "supervision",
            "the opportunities staff have to learn": "learning",
            "staff morale and wellbeing": "morale", "practitioners' workloads": "workload"},
    "LG6": {USUAL: "learning", NEUTRAL: "broad", "how complaints are handled": "handling",
            "how feedback is gathered from children and families": "gathering"},
    "LG7": {USUAL: "learning", NEUTRAL: "broad", "the audit programme": "programme",
            "the quality of the service's audits": "audits",
            "the practice the service's own audits looked at": "findings"},
    "LG8": {USUAL: "planning", NEUTRAL: "broad", "practitioners' workloads": "workloads",
            "staffing levels": "staffing",
            "the training and development of staff": "development"},
    "LG9": {USUAL: "attention", NEUTRAL: "broad",
            "equality and diversity in the workforce": "workforce",
            "access to interpreters and accessible information": "access"},
    "LGN1": {USUAL: "consistency", NEUTRAL: "broad",
             "the quality of assessment and advice": "quality"},
    "LGN2": {USUAL: "continuity", NEUTRAL: "broad",
             "children's relationships with people important to them": "relationships"},
    "LGN3": {USUAL: "use", NEUTRAL: "broad",
             "the quality and availability of commissioned services": "availability",
             "how commissioned services are monitored": "contracts",
             "how services are commissioned to meet need": "planning"},
    "LGN4": {USUAL: "partnership", NEUTRAL: "broad", "work with local authorities": "la"},
    "LGN5": {USUAL: "contribution", NEUTRAL: "broad"},
}  # fmt: skip

# Known misses: note text (its start) -> the key it gets instead of the labelled one.
MISSES = {
    "Team managers get the weekly dashboard": "info",  # use: "could say what it told them"
    "NQSWs have a protected caseload": "planning",  # development (a usual cue: "protected")
    "not yet able to recruit to the two vacant": "planning",  # staffing ("recruit")
    "Practitioners have had no training on unconscious bias": "access",  # broad
    "not yet a consistent standard": "consistency",  # broad: consistency and quality
    # held out, at the first measure
    "Only 58% of children seen within 10 working days": "timeliness",  # targets
    "Managers talked confidently about what the data shows": "info",  # use
    "Guardians routinely hold 20+ care cases": "planning",  # workloads ("cover")
    "Contract manager reviews each provider's attendance": "availability",  # contracts
    # session 14's accuracy notes: a usual cue ("analysis") wins over the other subjects
    "Regional dashboard: 91% of s7 reports": "use",  # accuracy
}


def _key(crit: str, subject: Subject, found: tuple[Subject, ...]) -> str:
    """The drafted subject in the corpus's vocabulary ("a+b" for two joined)."""
    names = [x.name if x.name == USUAL else x.topic for x in found] if (
        subject.name == JOINED) else [subject.name if subject.name in (USUAL, NEUTRAL) else subject.topic]  # fmt: skip
    return "+".join(AS_KEY[crit][n] for n in names)


def drafted_key(crit: str, texts: list[str]) -> str:
    subs: Subjects = subjects()[crit]
    return _key(crit, *choose(subs, [texts]))


def accepted(note: dict[str, Any]) -> set[str]:
    """The labelled key, the keys the corpus says are true broader subjects of it, and
    the criterion's broad subject unless the note says it is not true of it."""
    crit, key = note["crit"], note["key"]
    out = {key, *BASE.get("broader", {}).get(crit, {}).get(key, [])}
    return out | ({"broad"} if note.get("broad", True) else set())


def _miss(text: str) -> str | None:
    return next((v for k, v in MISSES.items() if text.startswith(k)), None)


NOTES = [*BASE["note"], *HELDOUT["note"]]


def test_the_corpus_covers_every_service_criterion_of_the_frameworks() -> None:
    """Every leadership, partnership and workforce criterion has subjects, and notes."""
    frameworks = Path(__file__).resolve().parents[2] / "templates" / "frameworks"
    ids = {
        c["id"] for f in frameworks.glob("*.toml")
        for c in tomllib.loads(f.read_text(encoding="utf-8")).get("criteria", [])
        if c["id"].startswith(("LG", "LGN")) and not c["id"].startswith("LGS")
    }  # fmt: skip
    assert ids and ids <= set(subjects()), sorted(ids - set(subjects()))
    assert ids <= {n["crit"] for n in BASE["note"]}
    assert len(BASE["note"]) >= 120


@pytest.mark.parametrize("note", NOTES, ids=lambda n: f"{n['crit']}-{n['text'][:30]}")
def test_a_note_is_said_with_its_subject_or_a_true_broader_one(note: dict[str, Any]) -> None:
    crit, text = note["crit"], note["text"]
    got = drafted_key(crit, [text])
    known = _miss(text)
    if known is not None:  # a known miss: still this one (fixed: take it off the list)
        assert got == known, f"{text!r} now gets {got}: take it off MISSES if right"
        return
    assert got in accepted(note), (text, note["subject"], got)


@pytest.mark.parametrize("group", BASE["group"], ids=lambda g: f"{g['crit']}-{g['texts'][0][:30]}")
def test_notes_behind_one_claim_are_said_with_a_subject_they_share(group: dict[str, Any]) -> None:
    got = drafted_key(group["crit"], list(group["texts"]))
    assert got in group["accept"], (group["texts"], got)


def test_the_hit_rate_is_the_one_reported() -> None:
    """The share of notes said with their subject or a true broader one: 96% of the
    notes the cues were drawn from and 92% of the held-out ones (91% at their first
    measure; 67% and 64% before every criterion had subjects)."""
    for notes, floor in ((BASE["note"], 0.95), (HELDOUT["note"], 0.88)):
        hits = sum(drafted_key(n["crit"], [n["text"]]) in accepted(n) for n in notes)
        assert hits / len(notes) >= floor, (hits, len(notes))


# End to end: notes from the corpus behind one claim in an area of a small inspection;
# the sentence on the criterion names the subject (words of its topic or wordings), not
# the criterion's usual phrase, and says the notes' side.
CASES = [
    # tester 11's claim 13: an audit found weak analysis, and the area learned from it
    ("LG7", "strength", "learning", ("learns", "learning"), ("audits show", "what audits")),
    ("LG7", "development", "audits", ("accurate picture", "quality of", "audits"), ("learn",)),
    (
        "LG2",
        "development",
        "timeliness",
        ("on time", "timeliness", "arrive", "late"),
        ("work with the judiciary",),
    ),
    ("LG5", "development", "supervision", ("supervision",), ("culture",)),
    ("LGN4", "development", "la", ("local authorit",), ("family justice",)),
    ("LG8", "strength", "development", ("training",), ("plan the workforce",)),
    ("LG1", "development", "progress", ("improvement", "progress"), ("priorities",)),
]
SOURCES = {"strength": "INT_MANAGER", "development": "QA_AUDIT"}
SIDE = {
    "strength": ("strength", "good", "well", "positive", "effective", "is a strength"),
    "development": ("weakness", "shortfall", "concern", "poor", "not ", "too ", "falls short"),
}


def _notes(crit: str, polarity: str, key: str) -> list[dict[str, Any]]:
    return [n for n in NOTES if n["crit"] == crit and n["polarity"] == polarity
            and n["key"] == key and _miss(n["text"]) is None]  # fmt: skip


@pytest.fixture(scope="module")
def areas(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    """One area per case above, each with its corpus notes and a few practice cases."""
    codes = [str(k + 1) for k in range(len(CASES))]
    s = Small(tmp_path_factory.mktemp("cues") / "c.db",
              areas=[(c, f"Area {c}", True) for c in codes])  # fmt: skip
    for code, (crit, polarity, key, _must, _never) in zip(codes, CASES, strict=True):
        for note in _notes(crit, polarity, key):
            s.about_area(code, [crit], polarity, note["text"], note["source"])
        for _ in range(3):
            s.ev(s.case(area=code), ["QP3"], "strength", "The report sets out what the girl wants.")
        s.judge("J18-4A", "requires-improvement", area=code)
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _said(report: ReportModel, area: str, crit: str) -> list[Sentence]:
    sec = next(x for x in report.sections if x.kind == "area" and x.area_code == area)
    return [x for p in [*sec.intro, *sec.paragraphs] for x in p.sentences
            if x.role in ("claim", "headline") and crit in x.criteria and not x.by_cases]  # fmt: skip


@pytest.mark.parametrize("k", range(len(CASES)), ids=lambda k: f"{CASES[k][0]}-{CASES[k][2]}")
def test_the_drafted_sentence_names_the_notes_subject_on_their_side(
    areas: ReportModel, k: int
) -> None:
    crit, polarity, key, must, never = CASES[k]
    assert len(_notes(crit, polarity, key)) >= 2
    said = [x for x in _said(areas, str(k + 1), crit) if x.role == "claim"]
    assert said, f"nothing said on {crit} in area {k + 1}"
    for x in said:
        low = x.text.lower()
        assert any(m in low for m in must), (key, x.text)
        assert not any(n in low for n in never), (key, x.text)
        own = any(" ".join(n["text"].lower().split()[-6:]).rstrip(".") in low
                  for n in _notes(crit, polarity, key))  # fmt: skip
        assert own or any(w in low for w in SIDE[polarity]), (polarity, x.text)


@pytest.fixture(scope="module")
def every_side(tmp_path_factory: pytest.TempPathFactory) -> tuple[ReportModel, dict[str, Any]]:
    """One area for each side of each criterion, holding all the corpus notes on that
    side (graded good for strengths, inadequate for weaknesses); the evidence ids of the
    notes."""
    crits = sorted({n["crit"] for n in BASE["note"]})
    sides = [(c, p) for c in crits for p in ("strength", "development")]
    codes = [str(k + 1) for k in range(len(sides))]
    s = Small(tmp_path_factory.mktemp("sides") / "s.db",
              areas=[(c, f"Area {c}", True) for c in codes])  # fmt: skip
    ids: dict[str, Any] = {}
    for code, (crit, polarity) in zip(codes, sides, strict=True):
        for note in BASE["note"]:
            if note["crit"] == crit and note["polarity"] == polarity:
                ids[s.about_area(code, [crit], polarity, note["text"], note["source"])] = note
        for _ in range(3):
            s.ev(s.case(area=code), ["QP3"], "strength", "The report sets out what the girl wants.")
        s.judge("J18-4A", "good" if polarity == "strength" else "inadequate", area=code)
    try:
        return draft_report(load(s.store)), ids
    finally:
        s.close()


def test_an_example_speaks_of_what_its_sentence_is_about(
    every_side: tuple[ReportModel, dict[str, Any]],
) -> None:
    """An example after a claim about the service is a note on a subject the claim
    names, or one narrower (by the corpus's labels): never another ("workforce broadly
    reflects the local population" after the attention given to children's identity; the
    family justice board after work with local authorities)."""
    report, ids = every_side
    checked = 0
    for sec in report.sections:
        for p in [*sec.intro, *sec.paragraphs]:
            for k, x in enumerate(p.sentences):
                notes = [ids[e] for e in x.evidence_ids if e in ids]
                if x.role != "example" or not notes:
                    continue
                [note] = notes
                crit = note["crit"]
                side = [n["text"] for n in BASE["note"]
                        if n["crit"] == crit and n["polarity"] == note["polarity"]]  # fmt: skip
                claim = drafted_key(crit, side).split("+")
                if claim[0] in ("broad", "info"):
                    continue  # the neutral subject: any note on the criterion
                checked += 1
                assert accepted(note) & set(claim), (note["text"], claim, p.sentences[k - 1].text)
    assert checked >= 5
