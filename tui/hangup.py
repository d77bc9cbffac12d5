"""Keep every draft when the terminal goes away.

Drafts are written on a timer (`Settings.autosave_seconds`), so a process killed
outright loses what was typed since the last tick.  A closed terminal window, a dropped
SSH session or a shutdown is gentler: the process is sent SIGHUP or SIGTERM first.
Textual's Linux driver leaves both at their default action, which ends the process at
once; here the app catches them on its event loop, writes every open form's draft on the
spot, and then ends at once, as the signal's default action would.  Nothing is lost of what
reached the screen.

Forms that keep drafts (the evidence editor, `tui.drafting.DraftKeeper`) `hold()`
themselves while open and `release()` themselves when saved or abandoned.
"""

from __future__ import annotations

import asyncio
import os
import signal
import weakref
from typing import Protocol

HANGUP_SIGNALS = (signal.SIGHUP, signal.SIGTERM)
"""The signals a closing terminal or a shutdown sends before it kills."""


class DraftHolder(Protocol):
    """A form that can write its unsaved text as a draft, synchronously."""

    def write_draft_now(self) -> None:
        """Write the draft of what the form holds now, if it differs from what is saved."""


_holders: weakref.WeakSet[DraftHolder] = weakref.WeakSet()


def hold(holder: DraftHolder) -> None:
    """`holder` has a form open whose text must survive a hangup."""
    _holders.add(holder)


def release(holder: DraftHolder) -> None:
    """`holder`'s form is saved or abandoned: nothing of it to keep any more."""
    _holders.discard(holder)


def write_all_now() -> int:
    """Write every open form's draft; returns how many forms were asked.

    One form failing to write (a full disk) does not stop the others."""
    holders = list(_holders)
    for holder in holders:
        try:
            holder.write_draft_now()
        except Exception:  # noqa: BLE001 - the process is going away; save what can be saved
            continue
    return len(holders)


def install() -> None:
    """Catch SIGHUP and SIGTERM on the running event loop (the app's): write the
    drafts, then die of the signal as before.

    Call from the app's `on_mount` in a real terminal (not under Pilot, where the test
    process owns the signals)."""
    loop = asyncio.get_running_loop()

    def hangup(signum: int) -> None:
        write_all_now()
        # Then end at once, as the signal's default action would have: an orderly exit
        # could wait on a terminal that is gone, or on a worker, and leave the process
        # running unseen.  Every write so far is committed, so SQLite loses nothing.
        os._exit(128 + signum)

    for signum in HANGUP_SIGNALS:
        loop.add_signal_handler(signum, hangup, signum)
