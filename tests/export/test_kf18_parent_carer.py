"""Issue 15 (voice17's note): who a parent's or carer's note is said by.  Who spoke is
who heads the note (tester 16's D4); with no heading, the note was said by "one parent",
the source's last rule, even where a carer was plainly the one interviewed ("The
kinship carer received the report late." became "one parent ..."), and a grandmother
or an aunt heading the note was "one parent" too.  Now a note names a parent only where
its heading names one, a carer where its heading names a carer (a grandparent, an aunt
or uncle, a kinship carer or special guardian, a foster carer), and otherwise the
source's own words, "one parent or carer".  The texts are written for this test.
"""

from __future__ import annotations

import pytest

from exporters.draft.words import words


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # No heading: the source's own words, whoever the note goes on to name.
        ("The kinship placement has lasted and the report reached the family late.", "one parent or carer"),
        ("Nobody explained the recommendation before the hearing.", "one parent or carer"),
        # A heading naming a carer of any kind.
        ("Interview with the grandmother. She felt the adviser listened to the boy.", "one carer"),
        ("Aunt said the guardian visited the girl at school twice.", "one carer"),
        ("Special guardian: letters from the service came after each hearing.", "one carer"),
        # A heading naming a parent, whatever the note then says of a carer.
        ("Stepfather said the foster carer was told before he was.", "one parent"),
        ("Birth mother: the report set out her view fairly.", "one parent"),
    ],
)  # fmt: skip
def test_a_parent_or_carer_is_said_as_the_heading_names_them(text: str, role: str) -> None:
    assert words().speaker("INT_PARENT_CARER", text) == role
