"""Find and analyse the messages of a mailbox or folder for the message list, never on the GUI thread.

A plain thread lists the messages first (`sources.iter_sources`, the CLI's own splitting: cheap, so
every row is there, and can be opened, within a moment), then has them analysed: by a pool of
worker processes for a real mailbox, so the analysis neither holds the window's interpreter lock
nor waits for one core; in the thread itself for a few messages, where starting processes would
cost more than it saves, and for the first screenful of a big one while the processes start (each
spends one or two seconds importing the analysis, several on a busy machine). Results come back
to the GUI thread in batches, a few times a second, through queued signals; only small rows cross
(`report.list_rows.ListRow`), never whole reports. At the end the rows are grouped into campaigns,
as `scan --campaigns` does.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from PySide6.QtCore import QObject, Signal

from inspector.sources import Source, SourceProblem

SMALL_LIST = 40  # below this, analyse in the thread: a spawned worker needs ~1-2 s just to import
FIRST_IN_THREAD = 24  # about a screenful, analysed in the thread while the worker processes start
IN_FLIGHT_PER_WORKER = 4
WORKER_NICENESS = 5  # a third of a normal process's share when both want a core
FLUSH_SECONDS = 0.1  # how often rows reach the window: often enough to look live, rarely enough to stay cheap
TOP_LEVEL_PROBLEMS = ("NO_MESSAGES", "NOT_FOUND")


class ListSignals(QObject):
    """Owned by the list tab (GUI thread); the thread emits, Qt queues the calls to the GUI thread."""

    sources_found = Signal(object)  # list[Source], in the order of the mailbox or folder
    rows_ready = Signal(object)  # list[tuple[int, ListRow]]: row index and its analysis
    campaigns_ready = Signal(object)  # row index -> {"id", "size", "shared"}
    finished = Signal(str)  # "" when done, or the code of a problem with the whole path (TOP_LEVEL_PROBLEMS)


class _Stopped(Exception):
    """The tab was closed (its signals object is gone) or `stop()` was called."""


class _Batch:
    """Collects items and emits them together, at most every FLUSH_SECONDS (the first one at once)."""

    def __init__(self, emit: Callable[[list], None], stop: threading.Event) -> None:
        self.emit = emit
        self.stop = stop
        self.items: list[Any] = []
        self.last = 0.0

    def add(self, item: Any) -> None:
        self.items.append(item)
        self.tick()

    def tick(self) -> None:
        """Send what was collected if the last batch went out long enough ago; stop if asked to."""
        if self.stop.is_set():
            raise _Stopped
        if self.items and time.monotonic() - self.last >= FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if self.stop.is_set():
            raise _Stopped
        if self.items:
            items, self.items = self.items, []
            try:
                self.emit(items)
            except RuntimeError as exc:  # the signals object was deleted with its tab
                self.stop.set()
                raise _Stopped from exc
        self.last = time.monotonic()


class ListWorker:
    """One mailbox or folder being listed; `start()` once, `stop()` whenever (closing the tab)."""

    def __init__(self, path: str, signals: ListSignals, *, jobs: int | None = None) -> None:
        self.path = path
        self.signals = signals
        self.jobs = jobs
        self._stop = threading.Event()
        self._pool: ProcessPoolExecutor | None = None
        self._failed: set[int] = set()  # rows already answered while listing (an unreadable mbox)
        self.thread = threading.Thread(target=self._run, name="message-list", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._drop_pool()

    def _run(self) -> None:
        try:
            sources, problem = self._find()
            if problem:
                self.signals.finished.emit(problem)
                return
            stubs = self._analyse(sources)
            from inspector.report.list_rows import group_stubs  # noqa: PLC0415 - loaded off the GUI thread

            campaigns = group_stubs(stubs)
            if self._stop.is_set():
                return
            self.signals.campaigns_ready.emit(campaigns)
            self.signals.finished.emit("")
        except _Stopped:
            self.stop()
        except Exception:  # noqa: BLE001 - a bug here must not leave the list waiting forever
            if not self._stop.is_set():  # otherwise: closed meanwhile (a cancelled future, a deleted object)
                traceback.print_exc()
                with contextlib.suppress(RuntimeError):
                    self.signals.finished.emit("LIST_FAILED")
            self.stop()

    def _find(self) -> tuple[list[Source], str]:
        """Every message of the path, sent to the list as found; a problem with the whole path instead."""
        from inspector.report.list_rows import ListRow  # noqa: PLC0415
        from inspector.sources import iter_sources  # noqa: PLC0415

        sources: list[Source] = []
        failed: list[tuple[int, ListRow]] = []
        batch = _Batch(self.signals.sources_found.emit, self._stop)
        for item in iter_sources([self.path]):
            if isinstance(item, SourceProblem):
                if item.code in TOP_LEVEL_PROBLEMS and not sources:
                    return [], item.code
                failed.append((len(sources), ListRow(reason=item.message, error_code=item.code)))
                item = Source(item.path)  # an unreadable mbox in a folder: a row that says so
            sources.append(item)
            batch.add(item)
        batch.flush()
        if failed:
            self.signals.rows_ready.emit(failed)
        self._failed = {index for index, _row in failed}
        return sources, ""

    def _analyse(self, sources: list[Source]) -> list[Any]:
        """Analyse every source, rows sent as they finish; the campaign stubs, by row index."""
        stubs: list[Any] = [None] * len(sources)
        todo = [(index, source) for index, source in enumerate(sources) if index not in self._failed]
        batch = _Batch(self.signals.rows_ready.emit, self._stop)
        jobs = self.jobs if self.jobs is not None else (1 if len(todo) < SMALL_LIST else _default_jobs())
        if jobs <= 1:
            self._analyse_here(todo, batch, stubs)
        else:
            self._analyse_in_pool(todo[FIRST_IN_THREAD:], jobs, batch, stubs, first=todo[:FIRST_IN_THREAD])
        batch.flush()
        return stubs

    def _analyse_here(self, todo: list[tuple[int, Source]], batch: _Batch, stubs: list[Any]) -> None:
        from inspector.report.list_rows import list_row  # noqa: PLC0415

        for index, source in todo:
            row, stubs[index] = list_row(source)
            batch.add((index, row))

    def _analyse_in_pool(
        self, todo: list[tuple[int, Source]], jobs: int, batch: _Batch, stubs: list[Any], *, first: list
    ) -> None:
        """`todo` in worker processes; `first` in this thread meanwhile, while the workers start up."""
        from inspector.report.list_rows import ListRow, list_row  # noqa: PLC0415

        waiting = iter(todo)
        pending: dict[Future, int] = {}
        while True:
            if self._stop.is_set():  # before a pool is made again: `stop()` may just have dropped it
                raise _Stopped
            pool = self._pool
            if pool is None:  # at the start, and again after a worker process died
                context = multiprocessing.get_context("spawn")
                self._pool = pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_started)
            for index, source in waiting:
                pending[pool.submit(list_row, source)] = index
                if len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                    break
            if first:
                self._analyse_here(first, batch, stubs)
                first = []
            if not pending:
                break
            done, _ = wait(pending, timeout=FLUSH_SECONDS, return_when=FIRST_COMPLETED)
            try:
                for future in done:
                    row, stubs[pending[future]] = future.result()
                    batch.add((pending.pop(future), row))
            except BrokenProcessPool:  # a message crashed its worker process, and the pool went with it
                # Which message did it is unknown: every one in flight is marked, the rest go to a new pool.
                broken = ListRow(reason="the analysis process stopped unexpectedly", error_code="ANALYSIS_FAILED")
                for index in pending.values():
                    batch.add((index, broken))
                pending.clear()
                self._drop_pool()
            batch.tick()
        self._drop_pool()

    def _drop_pool(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def _worker_started() -> None:
    """In each worker process, first: yield the processor to the window when both want it (a busy
    machine otherwise leaves the window's event loop waiting for a core), at no cost when it is idle;
    and end with the window. Killed or crashed, it leaves its workers waiting forever on the task
    queue, which they hold open themselves: a thread here waits for the parent's end instead."""
    if hasattr(os, "nice"):  # not on Windows, where the workers keep the normal priority
        with contextlib.suppress(OSError):
            os.nice(WORKER_NICENESS)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), name="parent-watch", daemon=True).start()


def _exit_with(parent: Any) -> None:
    parent.join()  # returns when the parent process has ended, however it ended
    os._exit(0)


def _default_jobs() -> int:
    from inspector.batch import default_jobs  # noqa: PLC0415

    return max(1, default_jobs())
