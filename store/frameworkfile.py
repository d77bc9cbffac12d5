"""Reading a framework file (`store.framework.load_framework`): its text, parsed by
its extension, each problem said in one sentence naming the file."""

import functools
import json
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
