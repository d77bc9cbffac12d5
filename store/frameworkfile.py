"""Reading a framework file (`store.framework.load_framework`): its text, parsed by
its extension, each problem said in one sentence naming the file."""

import functools
import json
import re
import tomllib
from pathlib import Path
from typing import Any

from store.errors import FrameworkError


def parse_file(path: Path) -> Any:
    """A framework file's data (TOML, JSON or YAML by its extension), parsed once a
    process for each version of the file (its size and time of change): drafting reads
    the built-in framework's rules at every draft, and parsing the TOML was most of a
    load (3 ms).  Only `framework.framework_from_data` reads it: the model it validates
    shares no list or dict with the data.  Raises FrameworkError in one sentence."""
    stat = path.stat()  # the caller has checked that the file is there
    return _parsed(path.resolve(), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=16)
def _parsed(path: Path, mtime_ns: int, size: int) -> Any:
    text = _read_text(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".toml":
            return tomllib.loads(text)
        if suffix == ".json":
            return json.loads(text)
        if suffix in (".yaml", ".yml"):
            return _parse_yaml(path, text)
    except tomllib.TOMLDecodeError as exc:
        raise FrameworkError(
            f"Framework file {path} is not valid TOML ({exc}); correct that line and try again."
        ) from None
    except json.JSONDecodeError as exc:
        raise FrameworkError(
            f"Framework file {path} is not valid JSON: {exc.msg} at line {exc.lineno}, "
            f"column {exc.colno}; correct that line and try again."
        ) from None
    raise FrameworkError(
        f"Framework file {path} has an unknown extension; use .toml, .json or .yaml."
    )


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise FrameworkError(
            f"Framework file {path} is not UTF-8 text; save it as UTF-8 and try again."
        ) from None
    except OSError as exc:
        raise FrameworkError(f"Cannot read framework file {path}: {exc.strerror}.") from None


def _parse_yaml(path: Path, text: str) -> Any:
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise FrameworkError(
            f"Framework file {path} is not valid YAML{where}; correct it and try again."
        ) from None


def problem(errors: list[Any], data: Any, text: str | None) -> str:
    """The first of a framework file's problems, in a user's terms: items counted from 1
    and named by their id ("criteria no. 41 (YH1)"), the TOML line where it can be found,
    a misspelt key named ("unknown key 'at_leats' (did you mean 'at_least'?)"), and a
    share written as a percentage told how to write it (tester 36's F2)."""
    misspelt = [e for e in errors if e["type"] == "extra_forbidden"]
    first = misspelt[0] if misspelt else errors[0]
    loc = tuple(first["loc"])
    if first["type"] == "extra_forbidden":
        near = [e["loc"][-1] for e in errors
                if e["type"] == "missing" and tuple(e["loc"][:-1]) == loc[:-1]]  # fmt: skip
        said = f"unknown key {loc[-1]!r}" + (f" (did you mean {near[0]!r}?)" if near else "")
    else:
        said = str(first["msg"]).removeprefix("Value error, ")
        if loc and loc[-1] == "at_least" and first["type"] == "less_than_equal":
            said += " (a share is written as a fraction: 30% is 0.30)"
    where = _named(loc, data)
    line = _line(loc, text) if text is not None else None
    at = f" (line {line})" if line else ""
    more = len(errors) - 1 - (1 if misspelt and len(errors) > 1 else 0)
    tail = f" (and {more} more {'problem' if more == 1 else 'problems'})" if more > 0 else ""
    return (f"{where}{at}: " if where else "") + said + tail


def _named(loc: tuple[Any, ...], data: Any) -> str:
    """'criteria no. 41 (YH1).text' for ('criteria', 40, 'text')."""
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int):
            item = node[key] if isinstance(node, list) and key < len(node) else None
            ident = next((item[k] for k in ("id", "code", "word") if isinstance(item, dict)
                          and isinstance(item.get(k), str) and item.get(k)), "")  # fmt: skip
            parts[-1] += f" no. {key + 1}" + (f" ({ident})" if ident else "")
            node = item
        else:
            parts.append(str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return ".".join(parts)


def _line(loc: tuple[Any, ...], text: str) -> int | None:
    """The line of a TOML file where the item at `loc` is: the header of its table in an
    array of tables ([[criteria]], the 41st), and the key's own line inside it."""
    keys = [k for k in loc if isinstance(k, str)]
    at = next((i for i, k in enumerate(loc) if isinstance(k, int)), None)
    if at is None:
        return None
    header = re.compile(rf"^\s*\[\[\s*{re.escape('.'.join(map(str, loc[:at])))}\s*\]\]")
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if header.match(line)]
    if loc[at] >= len(starts):
        return None
    start = starts[loc[at]]
    field = keys[-1] if len(loc) > at + 1 and isinstance(loc[-1], str) else None
    for i in range(start + 1, len(lines)):
        if lines[i].lstrip().startswith("["):
            break
        if field and re.match(rf"\s*{re.escape(field)}\s*=", lines[i]):
            return i + 1
    return start + 1 if isinstance(start, int) else None
