"""Where a stakeholder's note says what its view is about, word by word (`regard` reads
notes with these): the subjects whose cues a word starts (`cues_at`); what a word saying
how good something is is of ("the quality of guardians' advocacy": `of_what_said`,
[view_qualities]); and a statement saying what followed from the view before it ("This
means some children wait too long": `follows`, [view_about] `consequences`), which names
no subject of the view where the note named one before it (`named_before`)."""

from __future__ import annotations

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
