"""Where Fieldwork keeps its files: found with platformdirs, overridable for tests."""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs

APP = "fieldwork"


def data_dir() -> Path:
    """User data folder: the default inspection and its backups.
    FIELDWORK_DATA_DIR overrides it (tests point it at a temporary folder)."""
    override = os.environ.get("FIELDWORK_DATA_DIR")
    return Path(override) if override else platformdirs.user_data_path(APP, appauthor=False)


def config_file() -> Path:
    """Settings file; FIELDWORK_CONFIG_FILE overrides its location."""
    override = os.environ.get("FIELDWORK_CONFIG_FILE")
    if override:
        return Path(override)
    return platformdirs.user_config_path(APP, appauthor=False) / "config.toml"


def default_database() -> Path:
    return data_dir() / "inspection.db"


def ensure_private_dir(path: Path) -> Path:
    """Create a folder readable by its owner only (0700) if it is missing."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    old = os.umask(0o077)  # elsewhere: set and restore at once
    os.umask(old)
    return old


def export_mode() -> int:
    """Permission bits for a file written from an inspection (a Word draft, a CSV):
    the owner's read and write at most, like the database itself, less whatever the
    user's umask takes away."""
    return 0o600 & ~current_umask()


def _folders_file() -> Path:
    return data_dir() / "export-folders.json"


def default_folder(db: Path) -> Path:
    """Where an export of the inspection in `db` goes unless the lead says otherwise:
    the folder they last exported it to (while it exists), else the folder holding the
    database, as a lead expects of a file they opened."""
    db = db.expanduser().resolve()
    try:
        folders = json.loads(_folders_file().read_text(encoding="utf-8"))
        last = Path(folders[str(db)])
    except (OSError, ValueError, KeyError, TypeError):
        return db.parent
    return last if last.is_dir() else db.parent


def remember_folder(db: Path, folder: Path) -> None:
    """Keep `folder` as where the inspection in `db` was last exported to (in the data
    folder, readable by the user only), by the export dialog or `fieldwork export`; a
    file that cannot be written is not an error."""
    db = db.expanduser().resolve()
    try:
        folders = json.loads(_folders_file().read_text(encoding="utf-8"))
        if not isinstance(folders, dict):
            folders = {}
    except (OSError, ValueError):
        folders = {}
    folders[str(db)] = str(folder.expanduser().resolve())
    try:
        ensure_private_dir(data_dir())
        path = _folders_file()
        # Readable by the user only: it names where each inspection is kept.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(json.dumps(folders, indent=1))
        os.chmod(path, 0o600)  # a file an earlier version wrote with the umask's mode
    except OSError:
        pass
