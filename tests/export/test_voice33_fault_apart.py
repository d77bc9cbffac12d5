"""A claim's sentence over 40 words that ends on the fault most of its cases share says
the fault as a sentence of its own (issue 15; voice32's "Left": a 64-word balanced claim
closing on "(in four of them, the child is not seen, or ...)"; the 2018 report's longest
sentences run to about 40 words).

The sentences are written here.  On the drafts (the demo, the hand-written inspections,
testers 31's and 32's masters) three sentences change: "... is not good enough (in three
of them, the report does not say what the child wants or why)." (44 words) -> "... is
not good enough. In three of them, the report does not say what the child wants or
why."; a hand-built inspection could not be made to end a long balanced sentence on
the bracket (the frame is the voice's choice), so the rule is tested on the sentence.
"""

from __future__ import annotations

from exporters.draft.splitting import fault_apart


def test_a_long_sentence_ending_on_its_fault_says_it_apart_and_one_inside_keeps_it() -> None:
    """Over the limit, the closing bracket becomes a sentence; within it, or inside the
    sentence before its other side (moved after it, "them" would name the wrong
    cases), it stays."""
    inside = ("In three of the seven cases with evidence on direct work with children, the "
              "work is weak (in two of them, no direct work is recorded at all before the "
              "report was filed), but in the other four, practitioners use direct work well.")  # fmt: skip
    assert fault_apart(inside, 20) == inside
    last = ("Of the cases with evidence on direct work with children, most show that the "
            "work is weak (in two of them, no direct work is recorded before the report).")  # fmt: skip
    assert fault_apart(last, 20) == (
        "Of the cases with evidence on direct work with children, most show that the work "
        "is weak. In two of them, no direct work is recorded before the report."
    )
    assert fault_apart(last, 40) == last
