"""The workbench loads the identifiability scanner's vocabulary in a thread worker once
an inspection is open, so a session's first export does not wait for it; an export
started while that load is still running waits for it (never loading it twice) and
writes its file as before."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

import tui.app
from exporters.identify import vocabulary
from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle
from tui.modals.export import ExportRequest
from tui.modals.export_progress import ExportProgressScreen


@pytest.mark.asyncio
async def test_the_vocabulary_is_loaded_in_a_worker_thread_once_the_app_is_open(
    make_small: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tui.app, "PRELOAD_AFTER", 0.05)
    threads: list[str] = []
    real = vocabulary._load

    def load() -> vocabulary.Vocabulary:
        threads.append(threading.current_thread().name)
        return real()

    monkeypatch.setattr(vocabulary, "_load", load)
    app = make_small()
    async with app.run_test() as pilot:
        await pilot.pause(0.1)
        await settle(pilot)
        assert len(threads) == 1 and threads[0] != threading.main_thread().name
    assert real.cache_info().currsize == 1


@pytest.mark.asyncio
async def test_an_export_started_while_the_vocabulary_loads_waits_for_it_and_writes(
    make_small: AppFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(tui.app, "PRELOAD_AFTER", 0.01)
    spans: list[tuple[str, float, float]] = []
    real = vocabulary._load
    started = threading.Event()

    def slow_load() -> vocabulary.Vocabulary:
        """The real load, made to take a noticeable time."""
        start = time.monotonic()
        started.set()
        time.sleep(0.5)
        result = real()
        spans.append((threading.current_thread().name, start, time.monotonic()))
        return result

    monkeypatch.setattr(vocabulary, "_load", slow_load)
    out = tmp_path / "draft.docx"
    app = make_small()
    async with app.run_test() as pilot:
        for _ in range(1000):  # the preload has begun (at most 10 s)
            if started.is_set():
                break
            await pilot.pause(0.01)
        assert started.is_set()
        # (the tiny inspection has too few children an area: written with its hits allowed)
        request = ExportRequest(kind="report", path=out, allow_identifying=True)
        screen = ExportProgressScreen(request)
        await app.push_screen(screen)
        await settle(pilot)
        assert screen.written == out and out.stat().st_size > 0, (screen.error, screen.hits)
        assert screen.error is None
    # The preload ran first; any load the export asked for began after it had ended.
    assert spans and spans[0][0] != threading.main_thread().name
    assert all(later[1] >= spans[0][2] for later in spans[1:])
