"""How strongly a stakeholder's note praises or criticises the service, and what about
(issue 15: "the most reliable part of the system here" is not "spoke positively").

`grade` reads a note's own words against the word lists in `voices.toml` [regard]
(strong praise, praise, criticism, strong criticism; negations, hedges, minimisers and
intensifiers) and says which of `GRADES` it is.  The note's recorded polarity says which
way it goes; its words say how strongly, and whether it also says the other thing
("some guardians great, some we never hear from": mixed).  `subjects` says what the
note is about in the draft's words (`voices.toml` [[view_subject]]).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from exporters.draft.regardlists import Lists as _Lists
from exporters.draft.regardlists import matches as _matches
from exporters.draft.regardlists import word_lists as _lists
from exporters.draft.saidof import fitted as fitted
from exporters.draft.saidof import said_of as said_of
from exporters.draft.saidof import service as service
from exporters.draft.viewcues import (
    boards_placed,
    carried,
    case_told,
    coordinated,
    cues_at,
    follows,
    named_before,
    of_what_said,
    tie,
    until_effect,
)
from exporters.draft.whospoke import HEAD as _HEAD
from exporters.draft.whospoke import heading as heading
from exporters.draft.wording import wording_table

GRADES = ("strong_for", "for", "mixed", "against", "strong_against")
"""strong praise, praise, mixed, criticism, strong criticism."""

# A note's clauses: a view after "but" or a comma is weighed on its own.
_CLAUSE = re.compile(
    r"[.;:!?,()\[\]]|(?<!nothing )(?<!anything )\bbut\b|\balthough\b|\bthough\b|\bhowever\b"
    r"|\bwhereas\b|\bwhile\b"
)
_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
# A note that sets one view against another ("good, but often late"; "some ..., some
# ..."; "... Otherwise positive."): only then are its words the other way a reservation.
_CONTRAST = re.compile(
    r"\b(?:but|although|though|however|whereas|while|otherwise|yet|except|apart from)\b"
    r"|\bsome\b.*\bsome\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[.!?]+(?:\s|$)")
# Who or where the speaker is, in brackets in a note's heading ("DJ (Medway):", "Senior
# judge (national board member):"): never what the note is about.
_BRACKETS = re.compile(r"\([^)]*\)")


def _scrutinised(lists: _Lists, words: list[str]) -> list[int]:
    """Where a clause says the service picks a problem up ("guardians spot drift in our
    plans", "FCAs challenge us when planning drifts"): the last word of each verb of
    [view_scrutiny] that the speaker's own words ("we flag drift") do not come just
    before."""
    out = []
    for i in range(len(words)):
        n = lists.scrutiny.longest(words, i)
        if n and lists.speaker.isdisjoint(words[max(0, i - 4) : i]):
            out.append(i + n - 1)
    return out


def _picked_up(lists: _Lists, at: list[int], i: int) -> bool:
    """Whether word `i` names a problem the service is said to pick up (`_scrutinised`)."""
    return any(0 < i - k <= lists.window for k in at)


def _words(text: str) -> list[str]:
    low = text.lower().replace("’", "'").replace("‘", "'")
    out: list[str] = []
    for w in _WORD.findall(low):
        if w.endswith("n't") and len(w) > 3:  # "didn't": a negation
            out.append(w)
        else:
            out.append(w.strip("'"))
    return out


def _at(lists: _Lists, words: list[str], i: int) -> tuple[str, int]:
    """The longest cue starting at word i: its kind and length ("", 1 for none)."""
    found = [p for p in (*lists.by_first.get(words[i], ()), *lists.starred.get(words[i][:3], ()))
             if _matches(p, words, i)]  # fmt: skip
    if found:
        best = max(found, key=len)
        return lists.kinds[best], len(best)
    if words[i].endswith("n't"):
        return "neg", 1
    return "", 1


@dataclass
class Weighed:
    """A note's praise and criticism, weighed: `pos` and `neg` their weights, `strong_pos`
    and `strong_neg` whether one of them was said strongly (and not hedged), `pos_about`
    and `neg_about` what each side is about (`subjects` of the clauses that say it)."""

    pos: float = 0.0
    neg: float = 0.0
    strong_pos: bool = False
    strong_neg: bool = False
    pos_about: list[str] = field(default_factory=list)
    neg_about: list[str] = field(default_factory=list)


def _clause(lists: _Lists, words: list[str], out: Weighed) -> None:
    """Weigh one clause's cues into `out`."""
    hedged = minimised = intense = -99  # where each last applied
    negated = -1
    picked = _scrutinised(lists, words)
    i = 0
    while i < len(words):
        kind, n = _at(lists, words, i)
        if kind in ("c", "sc") and _picked_up(lists, picked, i):
            kind = ""  # "spot drift": the service's challenge, not a fault of its own
        if kind in ("sp", "p", "c", "sc"):
            sign = 1 if kind in ("sp", "p") else -1
            strong = kind in ("sp", "sc") or i - intense <= 2
            weight = 2.0 if strong else 1.0  # "the most reliable" outweighs "some problems"
            if negated >= 0 and i - negated <= lists.window:
                sign, strong, weight = -sign, False, 1.0  # "not the most helpful", "never late"
                negated = -1
            if i - minimised <= lists.window:
                weight, strong = 0.25, False
            elif i - hedged <= lists.window:
                weight, strong = 0.5, False
            if sign > 0:
                out.pos += weight
                out.strong_pos |= strong
            else:
                out.neg += weight
                out.strong_neg |= strong
        elif kind == "neg":  # each counted from the cue's last word
            negated = i + n - 1
        elif kind == "hedge":
            hedged = i + n - 1
        elif kind == "min":
            minimised = i + n - 1
        elif kind == "int":
            intense = i + n - 1
        i += n


@lru_cache(maxsize=4096)
def weigh(text: str, board: str = "", groups: tuple[str, ...] = ()) -> Weighed:
    """(Cached by text: do not change what it returns.)  A note's praise and criticism
    by its own words (see the module docstring), each side with what its clauses are
    about; with `groups` (who spoke: "partner agencies"), each clause's subject is the
    first it names that fits them (`fitted`: "Partnership reports Cafcass contributes
    well to multi-agency audits" is about multi-agency work, not about reports)."""
    lists = _lists()
    out = Weighed()
    # Who spoke, heading the note ("LFJB chair: ..."), says what it is about only where
    # the rest names nothing (and never by who or where they are, in brackets).
    head = _HEAD.match(text)
    whole = tuple(_words(text))  # the board a bare "board" is: the one the note names
    note = text
    text = text[head.end() :] if head else text
    named = list(_subjects_of(_BRACKETS.sub(" ", head.group(0)))) if head else []
    clauses: list[tuple[list[str], float, float, int]] = []  # subjects, praise, criticism, sentence
    for n, sentence in enumerate(_SENTENCE.split(text.lower().replace("’", "'"))):
        followed = follows(_words(sentence))
        parts = _CLAUSE.split(sentence)
        for words in (w for part in parts for w in _views(lists, _words(part), whole, board)):
            pos, neg = out.pos, out.neg
            _clause(lists, words, out)
            said = _subjects(lists, until_effect(lists, words), whole, board)
            said = fitted(said, list(groups), note) if groups else said
            # "This means children wait too long": what followed, not what the view is
            # about, where the note said that before (`viewcues.named_before`).
            if followed and named_before(clauses, out.pos > pos, out.neg > neg):
                said = []
            clauses.append((said, out.pos - pos, out.neg - neg, n))
    # A clause naming nothing is about what the clause before it named ("challenges us
    # but always constructively"), else what the note's other clauses on the same side
    # name, else what the rest of its sentence names ("helpful when you reach them, but
    # emails go unanswered") where that says nothing the other way, never another
    # sentence's other side ("thorough & easy to
    # reach. Position statements sometimes late." praises nothing about lateness), else
    # who spoke.
    side_named = (
        [a for c in clauses if c[1] for a in c[0]],
        [a for c in clauses if c[2] for a in c[0]],
    )
    # Never what a later clause the other way names (issue 15, tester 11: "engagement is
    # good at a senior level but local judges' concerns are not acted on" praised nothing
    # about acting on concerns): the rest of a sentence lends a clause its subject only
    # where it says nothing the other way; the clause before lends its own ("attendance
    # at the board has improved but is still patchy").
    in_sentence: dict[tuple[int, int], list[str]] = {}  # by sentence and side
    for c in clauses:
        for side, other in ((0, c[2]), (1, c[1])):
            if not other:
                in_sentence.setdefault((c[3], side), []).extend(c[0])
    last: list[str] = []  # what the clause before named: its subject carried on
    last_side = (0.0, 0.0)  # ... and its praise and criticism
    for subjects_named, pos, neg, n in clauses:
        if pos:
            rest = in_sentence.get((n, 0), [])[:1] or named[:1]
            lent = carried(lists, last, bool(last_side[1] and not last_side[0]))
            about = subjects_named[:1] or lent or side_named[0][:1] or rest
            out.pos_about += [a for a in about if a not in out.pos_about]
        if neg:
            rest = in_sentence.get((n, 1), [])[:1] or named[:1]
            lent = carried(lists, last, bool(last_side[0] and not last_side[1]))
            about = subjects_named[:1] or lent or side_named[1][:1] or rest
            out.neg_about += [a for a in about if a not in out.neg_about]
        if subjects_named:
            last, last_side = subjects_named, (pos, neg)
    return out


def _views(lists: _Lists, words: list[str], whole: Sequence[str], board: str) -> list[list[str]]:
    """A clause's views joined by "and", each weighed with what it names
    (`viewcues.coordinated`)."""

    def weighs(part: list[str]) -> bool:
        w = Weighed()
        _clause(lists, part, w)
        return bool(w.pos or w.neg)

    general = _general()
    return coordinated(words, weighs, lambda part: [
        s for s in _subjects(lists, until_effect(lists, part), whole, board)
        if s != general])  # fmt: skip


def grade(text: str, polarity: str) -> str:
    """Which of `GRADES` a stakeholder's note is: its recorded `polarity` ("strength" or
    "development") says which way it goes, its words how strongly; a note that sets a
    view against its own (`_CONTRAST`: "good, but often late"; "some ..., some ...";
    "... Otherwise positive.") with words the other way at least half as heavy as its own
    way is "mixed".  Words the other way set against nothing name what the view is about
    ("joint work on delays", "drives the delay work", "rewrote the letters we said were
    confusing"): no reservation (where unsure, the recorded side, plainly), but they keep
    the note from being a strong one."""
    return _grade(weigh(text), text, polarity)


def _grade(w: Weighed, text: str, polarity: str) -> str:
    own, other = (w.pos, w.neg) if polarity == "strength" else (w.neg, w.pos)
    strong = (w.strong_pos if polarity == "strength" else w.strong_neg) and not other
    if other and _CONTRAST.search(text) and other * 2 >= own:
        return "mixed"
    side = "for" if polarity == "strength" else "against"
    return f"strong_{side}" if strong else side


def about(text: str, polarity: str) -> list[str]:
    """What a note's view on its recorded side is about: the subjects of the clauses that
    say it (`weigh`), or, where no clause says it in words the lists know, what the note
    names most (`subjects`); [] where the clauses that say it name nothing (their subject
    is not taken from the note's other side)."""
    return _about(weigh(text), text, polarity)


def _about(
    w: Weighed, text: str, polarity: str, board: str = "", groups: tuple[str, ...] = ()
) -> list[str]:
    said, weight = (w.pos_about, w.pos) if polarity == "strength" else (w.neg_about, w.neg)
    if weight:
        return list(said)
    named = first_named(text, board)
    return (fitted(named, list(groups), text) if groups else named)[:1]


# A note's statements: what it says, one after another ("guardians and IROs meet before
# the IRH; this has cut last-minute changes to care plans").
_STATEMENT = re.compile(r"[.;:!?]+(?:\s|$)")
# A statement saying whom inspectors spoke to ("Phone call with the IRO."): who spoke,
# never what the note is about, where a statement after it names something.
_MET = re.compile(
    r"^\s*(?:(?:phone|telephone|video|online)\s+)?(?:call|interview|meeting|discussion|"
    r"conversation|chat)\s+with\b",
    re.IGNORECASE,
)


def first_named(text: str, board: str = "") -> list[str]:
    """What a note whose words neither praise nor criticise in words the lists know is
    about (issue 15, tester 15 D3: "guardians and IROs meet before the IRH as a matter of
    course; this has cut last-minute changes to care plans", a local authority's praise
    of joint meetings with IROs, was said as praise of "the timeliness of reports"): the
    subjects of its first statement that names one more particular than the
    practitioners' work in general (`voices.toml` [view_about] `general`), the rest of
    the note naming what followed from it or why ("This means the court had a full
    picture of the risks"); a statement saying whom inspectors spoke to ("Phone call
    with the IRO.") names who spoke, not what about; else what the whole note names
    most (`subjects`)."""
    head = _HEAD.match(text)
    body = text[head.end() :] if head else text
    general = _general()
    for statement in _STATEMENT.split(body):
        if not statement.strip() or _MET.match(statement):
            continue
        named = list(_subjects_of(statement, text, board))
        if any(s != general for s in named):
            return named
    return subjects(text, board)


@dataclass(frozen=True)
class Read:
    """A note read once (`read`): its `grade`, what its view on its recorded side is
    about (`about`) and what its words the other way are about (`other`)."""

    grade: str
    about: tuple[str, ...]
    other: tuple[str, ...]


def read(text: str, polarity: str, board: str = "", groups: tuple[str, ...] = ()) -> Read:
    """`grade` and `about` of a note, and the subjects of its words the other way, from
    one weighing (`weigh`); `board`: the board a bare "board" in it is where it names
    none (`criteria_board`); `groups`: who spoke (`weigh`)."""
    w = weigh(text, board, groups)
    other = w.neg_about if polarity == "strength" else w.pos_about
    return Read(
        _grade(w, text, polarity), tuple(_about(w, text, polarity, board, groups)), tuple(other)
    )


@lru_cache(maxsize=4096)
def _subjects_of(text: str, context: str = "", board: str = "") -> tuple[str, ...]:
    return tuple(_subjects(_lists(), _words(text), tuple(_words(context or text)), board))


def subjects(text: str, board: str = "") -> list[str]:
    """What a note is about in the draft's words (`voices.toml` [[view_subject]]), the
    one whose cues it uses most (by words matched) first; [] when it uses none.  Who
    spoke, heading the note ("IRO: ..."), is what it is about only where the rest names
    nothing."""
    head = _HEAD.match(text)
    if head is None:
        return list(_subjects_of(text, "", board))
    return list(
        _subjects_of(text[head.end() :], text, board)
        or _subjects_of(_BRACKETS.sub(" ", head.group(0)), "", board)
    )


def _subjects(
    lists: _Lists, words: list[str], context: Sequence[str] = (), board: str = "",
    resolve: bool = True,
) -> list[str]:  # fmt: skip
    """The subjects `words` name (`_named`), but only those named before a case the
    words tell of ("rang back the same day about a baby on a child protection plan":
    `viewcues.case_told`) and with no board named as a place ("act on what they raise
    at the family justice board": `viewcues.placed`), where those name any."""
    told = case_told(lists, words)
    if told is not None and (before := _named(lists, words[:told], context, board, resolve)):
        return before
    placed = boards_placed(lists, words)
    if placed is not None and (elsewhere := _named(lists, placed, context, board, resolve)):
        return elsewhere
    return _named(lists, words, context, board, resolve)


def _named(
    lists: _Lists, words: list[str], context: Sequence[str] = (), board: str = "",
    resolve: bool = True,
) -> list[str]:  # fmt: skip
    """The subjects `words` name, by words matched (see `subjects`), each word counted
    once, for the longest cue said there; among as many words, the one named first.  The name of something the service writes
    ("the safeguarding letters") counts once for the quality of its reports, and its
    words for nothing else, where no longer cue starts there ([view_products]); a
    problem the service is said to pick up ("spot drift") counts for the challenge it
    brings ([view_scrutiny]).  A board named by a bare word ("the board's subgroup"),
    and a member's part in a board ("attends", "contributed") where the note names one,
    count for the board the note names (`_board`); a board of another kind ("the
    corporate parenting board") for none ([view_boards])."""
    scores: dict[int, int] = {}
    named = 0  # the next word not inside the name of a product
    covered = 0  # the next word not inside any cue
    bare_boards = 0  # words naming a board with no word of which ("the board's subgroup")
    parts: dict[int, int] = {}  # a member's part in a board, by what it names otherwise
    first: dict[int, int] = {}  # where each subject is first named
    picked = _scrutinised(lists, words)
    products = 0  # things the service writes, named
    for i in range(len(words)):
        if i < named or i < covered:
            continue
        found = cues_at(lists, words, i)
        of_what = of_what_said(lists, words, i)
        if of_what is not None:  # "the quality of guardians' advocacy": advocacy
            found = {of_what: 1}
        longest = max(found.values(), default=0)
        other = lists.other_boards.longest(words, i)
        bare = lists.board_words.longest(words, i)
        if other and other >= longest:  # another kind of board: no subject of ours
            covered = i + other
            continue
        if bare and bare >= longest:
            bare_boards += 1
            covered = i + bare
            continue
        product = lists.products.longest(words, i)
        if product > longest:
            scores[lists.product] = scores.get(lists.product, 0) + 1
            products += 1
            named = i + product
            continue
        part = lists.board_parts.longest(words, i)
        for order, n in found.items():  # each word counted once, in the longest cue
            if n < longest:
                continue
            said = lists.challenge if order in lists.problems and _picked_up(
                lists, picked, i) else order  # fmt: skip
            first.setdefault(said, i)
            if part >= n:
                parts[said] = parts.get(said, 0) + n
            else:
                scores[said] = scores.get(said, 0) + n
        if part > longest:
            parts[-1] = parts.get(-1, 0) + part
        covered = i + max(longest, part)
    # (`resolve` False: which board the note names by a cue of its own, no bare word.)
    said_board = _board(lists, scores, context, board) if resolve and (
        bare_boards or parts) else None  # fmt: skip
    if said_board is not None and (bare_boards or said_board in scores or _names_board(
            lists, context)):  # fmt: skip
        scores[said_board] = scores.get(said_board, 0) + bare_boards + sum(parts.values())
    else:  # no board named: a member's part is what its words name ("attends": attendance)
        for order, n in parts.items():
            if order >= 0:
                scores[order] = scores.get(order, 0) + n
    for o in lists.aspects & scores.keys() if products else ():  # what is said of them
        scores[o] += products  # ("letters are late"), the letters' own quality after it
    ranked = sorted(scores, key=tie(lists, words, scores, first))
    return [lists.subjects[o][0] for o in ranked]


def _board(lists: _Lists, scores: dict[int, int], context: Sequence[str], board: str) -> int:
    """The board a bare word for one is: the one the words name most, else the one the
    whole note names (`context`), else `board` (the one the note's criteria name,
    `criteria_board`), else [view_boards] `default`."""
    named = max((b for b in lists.boards if b in scores), key=scores.__getitem__, default=None)
    if named is None and context:
        named = _named_board(lists, list(context))
    if named is None and board:
        named = next((b for b in lists.boards if lists.subjects[b][0] == board), None)
    return lists.board if named is None else named


def _names_board(lists: _Lists, context: Sequence[str]) -> bool:
    """Whether a note's words (`context`) name a board by a cue of its own."""
    return bool(context) and _named_board(lists, list(context)) is not None


def criteria_board(texts: Sequence[str]) -> str:
    """The board a note's criteria name ("... as a statutory member of Local
    Safeguarding Children Boards"): the board a bare "board" in the note is where the
    note names none; "" where they name none."""
    lists = _lists()
    for text in texts:
        found = _named_board(lists, _words(text))
        if found is not None:
            return lists.subjects[found][0]
    return ""


def _named_board(lists: _Lists, words: list[str]) -> int | None:
    """The board a note's words name by a cue of its own ("the safeguarding partnership"),
    the most named first; None where they name none."""
    named = _subjects(lists, words, resolve=False)
    return next((lists.boards[k] for s in named for k, b in enumerate(lists.boards)
                 if lists.subjects[b][0] == s), None)  # fmt: skip


@cache
def _general() -> str:
    """`voices.toml` [view_about] `general`: the subject a note naming nothing more
    particular is about (the practitioners' work)."""
    return str(wording_table("voices.toml")["view_about"]["general"])
