"""The previous inspection: when it was, its overall judgement, and its recommendations
with what this inspection found of each.

The date and judgement are fields of the inspection record; each recommendation is a
record of its own (`Recommendation`), known by its number, so that the lead and a
deputy who both enter recommendation 2 meet as one record (a conflict to settle), not
as two.  Both are the lead's decisions (`store.roles.LEAD_KINDS`), merged like a
judgement: a recommendation's progress and the finding behind it merge as one unit.
"""

from __future__ import annotations

import datetime
import re

from pydantic import ValidationError

from store.connection import locked, reading
from store.errors import InvalidInputError, NotFoundError
from store.framework import Framework
from store.ids import natural_id
from store.models import PROGRESS_LABELS, InspectionInfo, Recommendation, StoredRecommendation
from store.records import RecordsMixin, _stored

KEEP = "keep"
"""`change_recommendation`'s progress when it is to stay as it is."""
_WHEN = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


class PreviousMixin(RecordsMixin):
    """Reads and writes of the previous inspection and its recommendations."""

    framework: Framework

    def recommendation_id(self, number: int) -> str:
        return natural_id("recommendation", self.inspection_id, str(number))

    @reading
    def recommendations(self) -> list[StoredRecommendation]:
        """The previous inspection's recommendations, by their number."""
        rows = self._rows("SELECT * FROM recommendations ORDER BY number")
        return [_stored(StoredRecommendation, r, self) for r in rows]

    @reading
    def recommendation(self, number: int) -> StoredRecommendation:
        rows = self._rows(
            "SELECT * FROM recommendations WHERE id = ?", (self.recommendation_id(number),)
        )
        if not rows:
            known = [str(r.number) for r in self.recommendations()]
            have = f"the recommendations are {', '.join(known)}" if known else (
                "none is recorded yet ('fieldwork previous add')")  # fmt: skip
            raise NotFoundError(f"There is no recommendation {number}; {have}.")
        return _stored(StoredRecommendation, rows[0], self)

    @locked
    def set_recommendation(self, rec: Recommendation, author: str | None = None) -> str:
        """Record a recommendation (or change it): its number is its identity."""
        return self._write(rec, self.recommendation_id(rec.number), author)

    @locked
    def add_recommendation(
        self,
        text: str,
        number: int | None = None,
        author: str | None = None,
        criteria: list[str] | None = None,
    ) -> int:
        """Record one more recommendation, numbered `number` or the next, about these
        criteria of the framework; its number."""
        taken = {r.number for r in self.recommendations()}
        n = number if number is not None else max(taken, default=0) + 1
        if n in taken:
            raise InvalidInputError(f"Recommendation {n} is already recorded: change its words instead, or give the new one another number.")  # fmt: skip
        about = self._criteria_of(criteria or [])
        self.set_recommendation(_made(number=n, text=" ".join(text.split()), criteria=about), author)  # fmt: skip
        return n

    @locked
    def change_recommendation(
        self,
        number: int,
        *,
        text: str | None = None,
        progress: str | None = KEEP,
        finding: str | None = None,
        author: str | None = None,
        criteria: list[str] | None = None,
    ) -> StoredRecommendation:
        """Change a recommendation's words, progress (None: not yet decided), finding or
        criteria, each left as it is when not given; the recommendation as it now is."""
        data = self.recommendation(number).model_dump(exclude={"meta"})
        if text is not None:
            data["text"] = " ".join(text.split())
        if progress != KEEP:
            data["progress"] = progress or None
        if finding is not None:
            data["finding"] = " ".join(finding.split())
        if criteria is not None:
            data["criteria"] = self._criteria_of(criteria)
        self.set_recommendation(_made(**data), author)
        return self.recommendation(number)

    def _criteria_of(self, criteria: list[str]) -> list[str]:
        """The framework's criteria (ids in any case), each once, in the framework's
        order; an id it does not have is refused in one sentence."""
        ids = [c.id for c in self.framework.criteria]
        by_fold = {i.casefold(): i for i in ids}
        unknown = [c for c in criteria if c.strip().casefold() not in by_fold]
        if unknown:
            raise InvalidInputError(
                f"Unknown criterion {', '.join(unknown)}: a recommendation is linked to the "
                "framework's criteria by id ('fieldwork framework show' lists them)."
            )
        chosen = {by_fold[c.strip().casefold()] for c in criteria}
        return [i for i in ids if i in chosen]

    @locked
    def remove_recommendation(self, number: int, author: str | None = None) -> None:
        self.recommendation(number)  # says which there are
        self._delete("recommendation", self.recommendation_id(number), author)

    @locked
    def set_previous_inspection(
        self, when: str | None, grade: str | None, author: str | None = None
    ) -> None:
        """The previous inspection's date (YYYY-MM or YYYY-MM-DD) and overall judgement
        (one of the framework's grades), either left as it is when None; "" clears it."""
        info = self.inspection()
        data = info.model_dump(include=set(InspectionInfo.model_fields))
        if when is not None:
            data["previous_date"] = previous_date(when) if when else None
        if grade is not None:
            if grade:
                self._validate_grade(grade, self.framework.grade_codes())
            data["previous_grade"] = grade or None
        self.update_inspection(InspectionInfo.model_validate(data), author)


def _made(**data: object) -> Recommendation:
    """The recommendation, or one sentence saying what is wrong with it."""
    try:
        return Recommendation.model_validate(data)
    except ValidationError as exc:
        field = str(exc.errors()[0]["loc"][0])
        raise InvalidInputError(
            _WRONG.get(field, f"The recommendation's {field} is not valid.")
        ) from None


_WRONG = {
    "number": "A recommendation's number is 1 to 99.",
    "text": "A recommendation needs its words (three letters at least).",
    "progress": f"A recommendation's progress is one of {', '.join(PROGRESS_LABELS.values())}.",
}


def previous_date(text: str) -> str:
    """A previous inspection's date as given, YYYY-MM or YYYY-MM-DD, checked."""
    m = _WHEN.match(text.strip())
    month = int(m.group(2)) if m else 0
    if not m or not 1 <= month <= 12 or (m.group(3) and not 1 <= int(m.group(3)) <= 31):
        raise InvalidInputError(
            f"{text!r} is not a date: give the previous inspection's month as YYYY-MM "
            "(2023-03) or its day as YYYY-MM-DD."
        )
    if m.group(3):
        try:
            datetime.date.fromisoformat(text.strip())
        except ValueError:
            raise InvalidInputError(f"{text!r} is not a day of the calendar.") from None
    return text.strip()
