"""One styling of each node as Textual would style it, shared by the apps of a test
process, for the TUI tests only.

Textual works out a node's styles (`Stylesheet.apply`) by filtering the whole
stylesheet's rules down to those naming the node's type, id or classes and matching
each of their selectors against the path from the app to the node.  It keeps what it
found only for one `update_nodes` (keyed by the node's parent object), so every app a
test builds styles the same screens again: about 144,000 calls over `tests/tui`, a
third of a millisecond each.  The answer depends only on the rules and on what the
selectors look at along that path, so this module remembers it by exactly that:

- the stylesheet's rules (the rule sets themselves: `cssmemo` hands every app that
  parses the same CSS with the same variables the same ones, and Textual never changes
  a rule set once parsed; a theme's variables parse their own);
- for each node from the app to the node: its type (which gives its CSS type names
  and its pseudo-class checks), its id, its classes, and whether it has each of the
  pseudo-classes the rules that may apply to it name (their selectors for ancestors
  too: `RuleSet.pseudo_classes`).

A node whose rules name a pseudo-class that depends on its siblings (first-child, odd,
empty and the like: Textual's own `_EXCLUDE_PSEUDO_CLASSES_FROM_CACHE`) is styled by
Textual every time.  A node is otherwise styled by Textual the first time its key is
met, and the rules it got (or that none applied) are given to the next node with the
same key as Textual gives them: `replace_rules`, then the component classes.  With
`STYLEMEMO_VERIFY=1` every remembered answer is checked against Textual's own
(`tests/tui/test_stylememo.py` does, for a few screens).  Nothing in the product uses
this (docs/performance.md: the fix belongs upstream, a style cache that outlives one
`update_nodes`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from textual.css.stylesheet import Stylesheet
from textual.dom import DOMNode

_Apply = Callable[..., None]
_EXCLUDED = frozenset(Stylesheet._EXCLUDE_PSEUDO_CLASSES_FROM_CACHE)
_NONE = object()  # no rule applied: Textual leaves the node's styles as they are

# id(rules list) -> (the list, its number): a stylesheet's list is replaced, never
# changed, when it parses again; the list is kept so that its id is never reused.
_LISTS: dict[int, tuple[list[Any], int]] = {}
_NUMBERS: dict[tuple[int, ...], int] = {}
# (rules number, the node's selector names) -> the pseudo-classes its rules name
# (sorted), or None where one depends on the node's siblings.
_PSEUDO: dict[tuple[int, frozenset[str]], tuple[str, ...] | None] = {}
# (rules number, pseudo-classes, path) -> (the node's flags, its rules or _NONE).
_MEMO: dict[tuple[Any, ...], tuple[tuple[bool, bool, bool, bool], Any]] = {}
counts = {"hits": 0, "misses": 0, "textual": 0, "checked": 0}
verify = os.environ.get("STYLEMEMO_VERIFY") == "1"
"""Style every node by Textual, and check what was remembered for it against that."""
mismatched: list[tuple[DOMNode, object, object]] = []
"""Where a remembered styling was not Textual's own (checked only while `verify`)."""


def _number(rules: list[Any]) -> int:
    """A number for a stylesheet's rules, the same for the same rule sets in order."""
    known = _LISTS.get(id(rules))
    if known is not None and known[0] is rules:
        return known[1]
    number = _NUMBERS.setdefault(tuple(map(id, rules)), len(_NUMBERS))
    _LISTS[id(rules)] = (rules, number)
    return number


def _pseudo(sheet: Stylesheet, number: int, node: DOMNode) -> tuple[str, ...] | None:
    """The pseudo-classes named by the rules that may apply to `node` (as `apply`
    filters them), or None where one depends on its siblings."""
    names = frozenset(node._selector_names)
    key = (number, names)
    if key not in _PSEUDO:
        rules_map = sheet.rules_map
        pseudo: set[str] = set()
        for name in rules_map.keys() & names:
            for rule in rules_map[name]:
                pseudo |= rule.pseudo_classes
        _PSEUDO[key] = None if pseudo & _EXCLUDED else tuple(sorted(pseudo))
    return _PSEUDO[key]


def _key(sheet: Stylesheet, node: DOMNode) -> tuple[Any, ...] | None:
    """Everything `apply`'s answer for `node` depends on, or None (styled by Textual)."""
    number = _number(sheet.rules)
    pseudo = _pseudo(sheet, number, node)
    if pseudo is None:
        return None
    path = tuple(
        (type(n), n._id, frozenset(n._classes), tuple(n.has_pseudo_class(p) for p in pseudo))
        for n in node.css_path_nodes
    )
    return number, pseudo, path


def _flags(node: DOMNode) -> tuple[bool, bool, bool, bool]:
    return (node._has_hover_style, node._has_focus_within, node._has_order_style,
            node._has_odd_or_even)  # fmt: skip


def _textual_key(node: DOMNode, sheet: Stylesheet) -> tuple[Any, ...]:
    """The key Textual's own `update_nodes` cache keeps the node's rules under."""
    rules_map = sheet.rules_map
    node_id = node._id if node._id is not None and f"#{node._id}" in rules_map else None
    return (node._parent, node_id, node.classes, node._pseudo_classes_cache_key,
            node._css_type_name)  # fmt: skip


def _remembered(apply: _Apply) -> _Apply:
    def remembered(
        self: Stylesheet,
        node: DOMNode,
        *,
        animate: bool = False,
        cache: dict[tuple[Any, ...], Any] | None = None,
    ) -> None:
        key = _key(self, node)
        if key is None:
            counts["textual"] += 1
            apply(self, node, animate=animate, cache=cache)
            return
        known = _MEMO.get(key)
        if known is not None and not verify:
            counts["hits"] += 1
            flags, rules = known
            (node._has_hover_style, node._has_focus_within, node._has_order_style,
             node._has_odd_or_even) = flags  # fmt: skip
            if rules is not _NONE:
                self.replace_rules(node, rules, animate=animate)
            self._process_component_classes(node)
            return
        # Textual styles the node afresh (not from its caller's cache for the update,
        # keyed more loosely), told to keep the rules it found in an empty cache.
        kept: dict[tuple[Any, ...], Any] = {}
        apply(self, node, animate=animate, cache=kept)
        found = (_flags(node), kept.get(_textual_key(node, self), _NONE))
        if known is not None:
            counts["checked"] += 1
            if known != found:
                mismatched.append((node, known, found))
        else:
            counts["misses"] += 1
            _MEMO[key] = found

    remembered.__wrapped__ = apply  # type: ignore[attr-defined]
    return remembered


def install() -> None:
    """Share the styling of nodes between the apps of this process (once)."""
    if not installed():
        Stylesheet.apply = _remembered(Stylesheet.apply)  # type: ignore[method-assign]


def installed() -> bool:
    """Whether this process's stylesheets share their nodes' styling."""
    return hasattr(Stylesheet.apply, "__wrapped__")
