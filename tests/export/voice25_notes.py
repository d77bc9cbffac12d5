"""Inspector notes written by hand for voice25 (issue 15, tester 24's A10), as they are
typed between file reads and interviews: a finding with no main verb whose only verb is
in a "while" or "until" clause, a sentence leaning on the one before through "their" or
"they", a list of the note's own shorthand in brackets.  None of the text
is the demo's, a tester's or the real report's; no name below is a real person's.
"""

from __future__ import annotations

# (what the note says first, the sentence no example may print): its only verb is inside
# a clause of its own, or it leans on the sentence before it for whom "their" or "they"
# means.
NO_EXAMPLE = [
    ("Case sat in the duty tray for six weeks.",
     "No home visit or call to the mother while it waited for a worker."),
    ("Allocated late.",
     "No interim safety checks with the police until the hearing was almost due."),
    ("Referral sent on day two.",
     "No follow-up calls to the school after the head raised it."),
    ("Three older brothers placed together with foster carers.",
     "Analysis sets out why their hope of going back to mum cannot be met for now and how "
     "it was explained to them."),
    ("Twins seen at nursery by the FCA.",
     "Report explains that their routine is settled and their needs are met at the "
     "placement."),
    ("The boys were visited twice at the contact centre.",
     "Plan records what they want from contact and why the court should hear it."),
    ("", "No written agreement or review date while the family stayed at the refuge."),
    ("Case waited five weeks for a worker.",
     "No safety checks or home visits while the case waited for allocation."),
    ("The two older sisters live with foster carers.",
     "The analysis explains why their wish to live with their father cannot be met yet and "
     "how this was shared."),
    ("Long gap in the file.",
     "No contact with dad or any checks since the order was made."),
]  # fmt: skip

# (note, what the example must say in place of the note's words): a list in brackets said
# as the sentence's end.
MENDED = [
    ("The area manager listed the changes made after the families' feedback (the shorter "
     "letter, the text reminders, the new leaflet).",
     "after the families' feedback: the shorter letter, the text reminders and the new "
     "leaflet."),
    ("The head of practice described two new checks on allocation (the weekly duty "
     "review, the manager's sign-off).",
     "on allocation: the weekly duty review and the manager's sign-off."),
    ("Young people on the participation panel named the changes leaders had made for "
     "them (the new consent leaflet, the video call option).",
     "made for them: the new consent leaflet and the video call option."),
]  # fmt: skip

# Notes whose first sentence is a report sentence as written (controls: the rules above
# must not leave them out).
AS_WRITTEN = [
    "The guardian visited the girl at her foster home and recorded her wishes in her own words.",
    "The guardian recorded the mother's account of the last incident and checked it with "
    "the police.",
    "Managers checked the safeguarding letter before it was filed and added the police "
    "information.",
    "The FCA explained the recommendation to both children at school in words they could follow.",
    "The children told the guardian they wanted to stay with their grandmother.",
    "The guardian spoke to the two boys together and then to each on his own.",
]
