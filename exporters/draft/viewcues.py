"""Where a stakeholder's note says what its view is about, word by word (`regard` reads
notes with these): the subjects whose cues a word starts (`cues_at`); what a word saying
how good something is is of ("the quality of guardians' advocacy": `of_what_said`,
[view_qualities]); and a statement saying what followed from the view before it ("This
means some children wait too long": `follows`, [view_about] `consequences`), which names
no subject of the view where the note named one before it (`named_before`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from exporters.draft.regardlists import Lists, matches
from exporters.draft.wording import wording_table

Clause = tuple[list[str], float, float, int]  # subjects named, praise, criticism, sentence


def cues_at(lists: Lists, words: list[str], i: int) -> dict[int, int]:
    """The subjects whose cues are said at word `i`, each with its longest cue's length."""
    found: dict[int, int] = {}
    for order, cue in (*lists.subject_cues.get(words[i], ()),
                       *lists.starred_cues.get(words[i][:3], ())):  # fmt: skip
        if matches(cue, words, i):
            found[order] = max(found.get(order, 0), len(cue))
    return found


def of_what_said(lists: Lists, words: list[str], i: int) -> int | None:
    """Where word `i` says how good something is and the words after it say of what
    ("the quality of guardians' advocacy", "the standard of joint working":
    [view_qualities]), the subject those words name first (within the [regard] `window`;
    the practitioners' work in general passed over, a thing the service writes counting
    for the quality of reports); else None (the word's own cue counts: "reports of a
    good quality")."""
    if words[i] not in lists.qualities or i + 1 >= len(words) or words[i + 1] not in lists.of_words:
        return None
    general = len(lists.subjects) - 1
    for j in range(i + 2, min(len(words), i + 2 + lists.window)):
        named = cues_at(lists, words, j)
        longest = max(named.values(), default=0)
        if lists.products.longest(words, j) > longest:
            return lists.product
        said = [o for o, n in named.items() if n == longest and o != general]
        if said:
            return min(said)
    return None


def coordinated(
    words: list[str], weighs: Callable[[list[str]], bool], names: Callable[[list[str]], list[str]]
) -> list[list[str]]:
    """A clause's views, each with what it is about: where "and" joins parts that each
    praise or criticise (`weighs`) and each name a subject first (`names`: the
    particular subjects a part names, the practitioners' work in general left out) that
    no other part names first ("reports are of good quality and arrive on time"), each
    part (voice22: a judge's praise of both was counted for timeliness only), the one
    naming the clause's own point first (the subject the whole clause names most); a
    part naming nothing or weighing nothing joins the one before it ("clear and concise
    and arrive on time"), the first the one after; the clause whole where fewer than two
    parts are left ("thorough and easy to reach" names one particular subject) or two
    parts name the same first ("late and poorly argued": the timeliness, said twice)."""
    cuts = [k for k, w in enumerate(words) if w == "and" and 0 < k < len(words) - 1]
    if not cuts:
        return [words]
    parts: list[list[str]] = []
    held: list[str] = []  # words not yet a part of their own
    for a, b in zip([-1, *cuts], [*cuts, len(words)], strict=True):
        held = [*held, *words[max(a, 0) : b]] if held else words[a + 1 : b]
        if weighs(held) and names(held):
            parts.append(held)
            held = []
    if held and parts:
        parts[-1] = [*parts[-1], *held]
    firsts = [names(p)[0] for p in parts]
    if len(parts) < 2 or len(set(firsts)) < len(firsts):
        return [words]
    ranked = names(words)  # the clause's own point first, as the whole clause ranks it
    return sorted(
        parts, key=lambda p: ranked.index(f) if (f := names(p)[0]) in ranked else len(ranked)
    )


def case_told(lists: Lists, words: list[str]) -> int | None:
    """Where a note's words start telling of a case ("about a baby on a child protection
    plan": [view_about] `case_openers`, `case_determiners`, `case_nouns`), else None."""
    for k in range(len(words) - 2):
        if (
            words[k] in lists.case_openers
            and words[k + 1] in lists.case_determiners
            and any(
                lists.case_nouns.longest(words, j) for j in range(k + 2, min(k + 5, len(words)))
            )
        ):
            return k
    return None


def boards_placed(lists: Lists, words: list[str]) -> list[str] | None:
    """`words` with each board named as a place blanked out ("what they raise at the
    family justice board": one of [view_boards] `places` at most three words before
    it), unless a member's part in a board is named before it ("attendance
    at the board" is about the board); None where no board is named so."""
    out, hit = list(words), False
    boards = set(lists.boards)
    for i in range(1, len(words)):
        place = any(w in lists.places for w in words[max(0, i - 3) : i])
        if not place or any(lists.board_parts.longest(words, k) for k in range(i)):
            continue
        n = max([m for o, m in cues_at(lists, words, i).items() if o in boards]
                + [lists.board_words.longest(words, i)])  # fmt: skip
        if n:
            out[i : i + n] = ["-"] * n
            hit = True
    return out if hit else None


def follows(words: list[str]) -> bool:
    """Whether a statement opens by saying what followed from the one before it
    (`voices.toml` [view_about] `consequences`: "This means ...", "As a result, ...")."""
    return any(tuple(words[: len(c)]) == c for c in _consequences())


def named_before(clauses: list[Clause], pos: bool, neg: bool) -> bool:
    """Whether a clause before names a subject and says nothing only the other way from a
    clause saying praise (`pos`) or criticism (`neg`): what the view is about ("She
    raised the uneven quality of the final analyses.  This means ...")."""
    return any(c[0] and not ((pos and c[2] and not c[1]) or (neg and c[1] and not c[2]))
               for c in clauses)  # fmt: skip


@cache
def _consequences() -> tuple[tuple[str, ...], ...]:
    """`voices.toml` [view_about] `consequences`, each as its words."""
    said = wording_table("voices.toml")["view_about"]["consequences"]
    return tuple(tuple(c.lower().split()) for c in said)


def tie(
    lists: Lists, words: list[str], scores: dict[int, int], first: dict[int, int]
) -> Callable[[int], tuple[int, int, int, int]]:
    """How subjects named by as many words rank: the practitioners' work in general
    last; then those first named after how the speaker felt, where a word says what
    about ([shorthand_view]: "positive about", "critical of"), in the order named (what was
    praised: "positive about guardians' challenge in pre-proceedings" praised the
    challenge, in pre-proceedings, tester 17's F14 e); then
    the others in the list's order (who spoke is named before it: "the local authority
    and IROs praised ...")."""
    # A speaker's feeling, where the word after it says what about ("positive about",
    # "critical of"); in "reports are often late" or "letters clear about risk", what is
    # late or clear comes before it.
    feelings, linking = attitudes()
    feeling = next((i for i in range(len(words) - 1)
                    if words[i] in feelings and words[i + 1] in linking), len(words))  # fmt: skip
    general = len(lists.subjects) - 1

    def key(o: int) -> tuple[int, int, int, int]:
        at = first.get(o, -1)
        after = at > feeling
        return (-scores[o], o == general, not after, at if after else o)

    return key


@cache
def attitudes() -> tuple[frozenset[str], frozenset[str]]:
    """`voices.toml` [shorthand_view]: how a speaker felt (`feelings`: "positive",
    "critical"), and the words after it that say what about (`linking`)."""
    t = wording_table("voices.toml")["shorthand_view"]
    return frozenset(t["feelings"]), frozenset(t["linking"])


def until_effect(lists: Lists, words: list[str]) -> list[str]:
    """A clause's words before it says what its matter is doing to something else ("the
    delay is affecting listing": [view_about] `effects`), or all of them."""
    cut = next((k for k in range(len(words)) if lists.effects.longest(words, k)), len(words))
    return words[:cut]


def carried(lists: Lists, named: list[str], turned: bool) -> list[str]:
    """What a later clause naming nothing speaks of, after a clause naming `named`: its
    first subject, but the reports themselves where that is what the clause says of them
    and the later clause goes the other way (`turned`: "the letters are often late;
    'good when they arrive'": the reports are good, not their timeliness;
    [view_products] `aspects`)."""
    product = lists.subjects[lists.product][0]
    aspects = {lists.subjects[o][0] for o in lists.aspects}
    if turned and named and named[0] in aspects and product in named:
        return [product]
    return named[:1]
