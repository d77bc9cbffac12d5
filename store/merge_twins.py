"""The merge report's note on notes that arrive twice in other words: a note a merge
brings in whose words are nearly all the words of a note its author already has on the
same case (or area), under another id.  It happens when a lost laptop is replaced and the
inspector writes up again what the old one held, then the old laptop turns up and is
merged: both notes are kept (nothing is lost, and a merge never decides which of two
texts is right), so the lead is told which to look at."""

from __future__ import annotations

import re
from collections import defaultdict

from store.history import HistoryMixin
from store.minimise import holder
from store.models import counted

SAME_WORDS = 0.8
"""Share of the two notes' distinct words (of the longer note's) they have in common,
at or above which two notes by one author on one case read as one note written twice."""
SAME_POINT_WORDS = 0.7
"""The same share for two notes with the same finding: a note re-typed from memory keeps
its facts and changes its little words ("5 vacancies out of 19 posts, agency churn"
against "has 5 vacancies in 19 posts; high agency turnover", tester 13's F10)."""
SHORTER_WORDS = 0.75
LONGER_WORDS = 0.6
"""A note re-typed from memory leaves details out (or adds them): most of the shorter
note's words in the longer (`SHORTER_WORDS`), and well over half of the longer's
(`LONGER_WORDS`), read as one note written twice, where the finding is the same (tester
19, F8: 13 of a re-typed note's 16 words were in the original, 13 of the original's 21;
tester 32, F13: 6 of 8, and 6 of the original's 10)."""
WHOLE_LONGER_WORDS = 0.5
"""Where every word of the shorter note is in the longer, half of the longer's words
are enough (tester 23, F7: a note re-typed as "not seen; notes say too young to engage;
no direct work" held all its 10 words in the original's 17)."""
MIN_WORDS = 5
"""Notes with fewer words than this (after the little words) are not compared."""
SHOWN = 3

_WORD = re.compile(r"[^\W_]+")
_LITTLE_WORDS = (
    "a an the and or but of in on at to for from by with as is are was were be been has "
    "have had it its this that there their they he she his her them not no than then so "
    "out into about"
)
_LITTLE = frozenset(_LITTLE_WORDS.split())
"""Words that carry no fact of a note, left out of the comparison."""


def _words(text: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD.findall(text)) - _LITTLE


def alike(a: frozenset[str], b: frozenset[str], same_finding: bool = False) -> bool:
    """Whether two notes' word sets read as one note written twice: most words in
    common (fewer where the finding is the same), and the same numbers where both
    give numbers ("5 vacancies" and "3 vacancies" are two facts)."""
    if min(len(a), len(b)) < MIN_WORDS:
        return False
    numbers_a, numbers_b = {w for w in a if w.isdigit()}, {w for w in b if w.isdigit()}
    if numbers_a and numbers_b and numbers_a != numbers_b:
        return False
    share = SAME_POINT_WORDS if same_finding else SAME_WORDS
    common = len(a & b)
    if common >= share * max(len(a), len(b)):
        return True
    longer = LONGER_WORDS if common < min(len(a), len(b)) else WHOLE_LONGER_WORDS
    return same_finding and (
        common >= SHORTER_WORDS * min(len(a), len(b)) and common >= longer * max(len(a), len(b))
    )


def _alike_among(notes: list[tuple[str, frozenset[str], str]]) -> list[tuple[str, str]]:
    """Pairs of notes one merge brought, by one author on one place, that read as one
    note written twice (tester 32, F13: the old laptop's note and the one re-typed from
    memory had met in the new file, and arrived in the master together): the later id
    first."""
    found = []
    for i, (rid, mine, finding) in enumerate(notes):
        for other, theirs, was in notes[:i]:
            if alike(mine, theirs, finding == was):
                found.append((max(rid, other), min(rid, other)))
                break
    return found


def _shown(pairs: list[tuple[str | None, str, str]], refs: dict[str, str]) -> str:
    """The first pairs, by case and ids, and how many more."""
    return "; ".join(
        f"{refs.get(c, 'a case') if c else 'an area note'}: {new_id} beside {old}"
        for c, new_id, old in pairs[:SHOWN]
    ) + (f"; and {len(pairs) - SHOWN} more" if len(pairs) > SHOWN else "")


class MergeTwinsMixin(HistoryMixin):
    """`_twins_note`: the merge report's sentence on notes that arrived twice."""

    def _twins_note(self, merge_id: int | None) -> str | None:
        """One sentence naming the notes this merge brought that are much the same as a
        note their author already had on the same case or area (None when there are
        none).  Reads only the new notes' cases and areas."""
        new = self.conn.execute(
            "SELECT e.id, e.case_id, e.area_code, e.created_by, e.text, e.polarity "
            "FROM main.evidence e "
            "JOIN main.merge_change m ON m.rid = e.id AND m.tbl = 'evidence' "
            "WHERE m.merge_id = ? AND m.what = 'new'",
            (merge_id,),
        ).fetchall()
        Note = tuple[str, frozenset[str], str]  # id, words, finding
        places: dict[tuple[str | None, str | None, str], list[Note]] = defaultdict(list)
        # In a team inspector's file, only their own notes: the lead was told of
        # others' at the merge that brought them (tester 30, F16).
        own = holder(self.conn)
        for rid, case_id, area, author, text, finding in new:
            if own is not None and author != own:
                continue
            places[(case_id, None if case_id else area, author)].append(
                (rid, _words(text or ""), finding)
            )
        fresh = {row[0] for row in new}
        pairs: list[tuple[str | None, str, str]] = []
        together: list[tuple[str | None, str, str]] = []
        for (case_id, area, author), notes in places.items():
            older = [(rid, _words(text or ""), finding)
                     for rid, text, finding in self._notes_at(case_id, area, author)
                     if rid not in fresh]  # fmt: skip
            for rid, mine, finding in notes:
                twin = next((other for other, theirs, was in older
                             if alike(mine, theirs, finding == was)), None)  # fmt: skip
                if twin:
                    pairs.append((case_id, rid, twin))
            together.extend((case_id, *pair) for pair in _alike_among(notes))
        if not pairs and not together:
            return None
        refs = dict(self.conn.execute("SELECT id, ref FROM main.cases"))
        said = []
        if pairs:
            said.append(
                f"{counted(len(pairs), 'note')} merged now "
                f"{'reads' if len(pairs) == 1 else 'read'} much like a note the same inspector "
                f"already had on the same case, perhaps written up twice ({_shown(pairs, refs)})"
            )
        if together:
            said.append(
                f"{counted(len(together), 'pair')} of notes merged now, by one inspector on "
                f"one case, {'reads' if len(together) == 1 else 'read'} much alike, perhaps "
                f"one note written up twice ({_shown(together, refs)})"
            )
        return (
            f"{'; and '.join(said)}: both are kept; read them and delete the copy not "
            f"wanted ('fieldwork evidence delete DB ID')."
        )

    def written_twice(self) -> list[tuple[str, str]]:
        """Every pair of notes by one author on one case (or, with no case, one area),
        from one source and with one finding, that read as one note written twice
        (`alike`): (the later id, the earlier id) in the table's order, each later note
        beside the first such.  The draft counts such a pair once, as the merge's note on
        it asks the lead to delete one (tester 35, A12: one interview entered three times
        counted as three interviews)."""
        rows = self.conn.execute(
            "SELECT id, ifnull(case_id, ''), ifnull(area_code, ''), created_by, polarity, "
            "source, text FROM main.evidence"
        ).fetchall()
        places: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
        for rid, case_id, area, author, finding, source, text in rows:
            places[(case_id, "" if case_id else area, author, finding, source)].append(
                (rid, text or "")
            )
        found = []
        for notes in places.values():
            if len(notes) < 2:
                continue
            seen: list[tuple[str, frozenset[str]]] = []
            for rid, text in notes:
                mine = _words(text)
                first = next((other for other, theirs in seen if alike(mine, theirs, True)), None)
                if first is not None:
                    found.append((rid, first))
                seen.append((rid, mine))
        return found

    def _notes_at(
        self, case_id: str | None, area: str | None, author: str
    ) -> list[tuple[str, str, str]]:
        """(id, text, finding) of `author`'s notes on a case, or (no case) about an area
        or the service (`area` None)."""
        args: tuple[str | None, ...]
        if case_id:
            sql, args = "case_id = ?", (case_id,)
        else:
            sql, args = "case_id IS NULL AND area_code IS ?", (area,)
        rows = self.conn.execute(
            f"SELECT id, text, polarity FROM main.evidence WHERE {sql} AND created_by = ?",
            (*args, author),
        )
        return [(rid, text, finding) for rid, text, finding in rows]
