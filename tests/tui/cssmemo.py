"""One parse of each piece of Textual CSS per test process, for the TUI tests.

Each `App` a test builds parses its stylesheet again: Textual's own CSS, every widget's
DEFAULT_CSS and ours, about 30 ms of CPU an app and about 300 apps a run (9 CPU-s of the
suite).  Textual keeps a parse cache, but one per stylesheet instance, so a new app
starts from an empty one (docs/performance.md: the fix belongs upstream, a cache shared
between the apps of a process).  This module is that shared cache for the tests only:
the rule sets `textual.css.parse.parse` yields are remembered by every argument it is
given (the CSS, where it was read from, its scope, default or not, tie breaker and the
variables' tokens, so a theme's variables parse its own), and given again to the next
stylesheet that asks.  Textual never changes a rule set once parsed (its own cache hands
the same ones to every parse of a stylesheet); nothing in the product uses this.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from textual.css import stylesheet

_Parse = Callable[..., Iterable[Any]]
_RULES: dict[tuple[Any, ...], list[Any]] = {}
_VARIABLES: dict[tuple[Any, ...], int] = {}
_TOKENS: dict[int, tuple[object, int]] = {}


def _variables(tokens: dict[str, list[Any]] | None) -> int:
    """A number for the variables' tokens, the same for equal tokens: worked out once
    for each stylesheet's dict of them (a key of every token would be hashed again at
    each look-up)."""
    if not tokens:
        return -1
    known = _TOKENS.get(id(tokens))
    if known is not None and known[0] is tokens:
        return known[1]
    key = tuple(sorted((name, tuple(value)) for name, value in tokens.items()))
    number = _VARIABLES.setdefault(key, len(_VARIABLES))
    if len(_TOKENS) > 64:  # a stylesheet's dict lives as long as its app: keep the last few
        _TOKENS.clear()
    _TOKENS[id(tokens)] = (tokens, number)
    return number


def _remembered(parse: _Parse) -> _Parse:
    def remembered(
        scope: str,
        css: str,
        read_from: tuple[str, str],
        variables: dict[str, str] | None = None,
        variable_tokens: dict[str, list[Any]] | None = None,
        is_default_rules: bool = False,
        tie_breaker: int = 0,
    ) -> list[Any]:
        if variables is not None:  # not how a stylesheet calls it: parse as asked
            return list(parse(scope, css, read_from, variables, variable_tokens,
                              is_default_rules, tie_breaker))  # fmt: skip
        key = (scope, css, read_from, _variables(variable_tokens), is_default_rules,
               tie_breaker)  # fmt: skip
        rules = _RULES.get(key)
        if rules is None:
            rules = _RULES[key] = list(
                parse(scope, css, read_from, variable_tokens=variable_tokens,
                      is_default_rules=is_default_rules, tie_breaker=tie_breaker)
            )  # fmt: skip
        return rules

    remembered.__wrapped__ = parse  # type: ignore[attr-defined]
    return remembered


def install() -> None:
    """Share parsed CSS between the apps of this process (once)."""
    names = vars(stylesheet)  # the name the stylesheet module calls `parse` by
    if not installed():
        names["parse"] = _remembered(names["parse"])


def installed() -> bool:
    """Whether this process's stylesheets use the shared parse."""
    return hasattr(vars(stylesheet)["parse"], "__wrapped__")


def textual_parse() -> _Parse:
    """Textual's own parse, which the shared one calls."""
    parse: _Parse = vars(stylesheet)["parse"]
    return getattr(parse, "__wrapped__", parse)
