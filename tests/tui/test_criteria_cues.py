"""The criteria search finds a criterion by the words inspectors use for it, not only
its framework wording (tester 14 typed "voice" in the 2021 framework's editor and was
told "No criterion has those words").  Words in a criterion's wording still rank before
words only its cues hold."""

from __future__ import annotations

from store.framework import CriterionDef, load_framework
from tui.matching import CriteriaIndex


def _ids(framework: str, query: str) -> list[str]:
    return [c.id for c in CriteriaIndex(load_framework(framework).criteria).match(query)]


def test_voice_finds_wishes_and_feelings_and_being_heard() -> None:
    for framework in ("cafcass-2018", "cafcass-2021"):
        found = _ids(framework, "voice")
        assert {"QP3", "QP9"} <= set(found), (framework, found)
        assert _ids(framework, "voi")[: len(found)] == found  # while it is being typed


def test_the_wording_ranks_before_a_cue() -> None:
    own = CriterionDef(id="ZZ1", group="g", text="The child's voice is heard", judgements=["j"])
    cued = CriterionDef(id="ZZ2", group="g", text="Wishes and feelings", judgements=["j"])
    index = CriteriaIndex([cued, own], cues={"ZZ2": ("voice", "views")})
    assert [c.id for c in index.match("voice")] == ["ZZ1", "ZZ2"]
    assert [c.id for c in index.match("views")] == ["ZZ2"]
    assert index.match("zebra") == []


def test_everyday_words_find_letters_and_audits() -> None:
    """Tester 18, F6: "letters" (to children) found nothing; tester 17, F4: "audit" did
    not offer performance management and evaluation (LG3), where audits are filed."""
    for framework in ("cafcass-2018", "cafcass-2021"):
        assert _ids(framework, "letters")[:1] == ["SW4"], framework
        assert "LG3" in _ids(framework, "audit")[:3], framework
        assert _ids(framework, "self-assessment")[:1] == ["LG3"], framework
