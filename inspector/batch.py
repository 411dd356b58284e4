"""Run the per-message analysis over many sources: inline, on local cores, or on Dask.

Records come back in input order. At most a few tasks per worker are in flight, so memory
stays bounded however many messages the sources hold.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from typing import Any

from .parsing import MAX_INPUT_BYTES, LoadError
from .pipeline import scan_record
from .report.record import error_record
from .sources import Source, SourceProblem

Record = dict[str, Any]
IN_FLIGHT_PER_WORKER = 4
# Messages per Dask task: one task a message spent more in scheduling round trips than a message
# takes to analyse (now ~7 ms); 32 per task took 0.4-0.6 s off the corpus against 8 (local, 2
# workers; the last task keeps one worker busy for ~0.2 s more, the price of fewer round trips).
DASK_CHUNK = 32


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def problem_record(problem: SourceProblem) -> Record:
    return error_record(problem.path, None, problem.code, problem.message)


def run_local(items: Iterable[Source | SourceProblem], *, jobs: int) -> Iterator[Record]:
    if jobs <= 1:
        for item in items:
            yield problem_record(item) if isinstance(item, SourceProblem) else scan_record(item)
        return
    # spawn, not fork: the same on every platform, and safe if the caller has threads.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        pending: deque[Future[Record] | Record] = deque()
        for item in items:
            if isinstance(item, SourceProblem):
                pending.append(problem_record(item))
            else:
                pending.append(pool.submit(scan_record, item))
            while len(pending) > jobs * IN_FLIGHT_PER_WORKER:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())


def _result(entry: Future[Record] | Record) -> Record:
    return entry.result() if isinstance(entry, Future) else entry


def run_dask(
    items: Iterable[Source | SourceProblem], *, address: str, jobs: int = 2, send_bytes: bool = False
) -> Iterator[Record]:
    """The same analysis on a Dask cluster (`address`, or `local` for `jobs` local worker processes).

    Workers read each message by its absolute path, so a cluster whose workers share the
    filesystem (and were started in another folder) finds the files; with `send_bytes` this
    process reads each message and ships its bytes, for workers that do not see our files.
    Records name the source as it was given, as `run_local` does.
    """
    try:
        from dask.distributed import Client  # noqa: PLC0415 - optional extra
    except ImportError as exc:
        if getattr(sys, "frozen", False):  # the packaged app leaves Dask out (build.spec): pip is the way
            raise SystemExit(
                "email-inspector: this packaged app has no Dask; for --dask install Email Inspector with pip: "
                "pip install 'email-inspector[dask]'"
            ) from exc
        raise SystemExit("email-inspector: --dask needs the 'dask' extra: pip install 'email-inspector[dask]'") from exc
    cluster = local_cluster(jobs) if address == "local" else None
    client = Client(cluster if cluster is not None else address)
    try:
        workers = len(client.scheduler_info().get("workers", {})) or 1
        window = 2 * workers + 2  # tasks of DASK_CHUNK messages in flight
        pending: deque[Any] = deque()
        chunk: list[tuple[Source, str]] = []
        for item in items:
            entry = problem_record(item) if isinstance(item, SourceProblem) else _shipped(item, send_bytes)
            if isinstance(entry, dict):
                _submit(client, chunk, pending)  # what came before it goes first
                pending.append(entry)
            else:
                chunk.append((entry, item.path))
                if len(chunk) >= DASK_CHUNK:
                    _submit(client, chunk, pending)
            while len(pending) > window:
                yield from _dask_results(pending.popleft())
        _submit(client, chunk, pending)
        while pending:
            yield from _dask_results(pending.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def local_cluster(jobs: int) -> Any:
    """`jobs` single-threaded worker processes on this machine, as fast as `run_local` with as many jobs.

    Dask's nanny sets MALLOC_TRIM_THRESHOLD_=65536 in its workers, which turns glibc's adaptive
    mmap threshold off: every allocation over 128 KiB is mapped and unmapped, millions of page
    faults a corpus (issue 26: 2.3-3.6x slower than --jobs 2). None leaves glibc's defaults (a
    value the user exported still wins). One thread a worker: the analysis holds the GIL. The
    worker's sampling profiler (every 10 ms) and event-loop health check (every 20 ms) feed only
    the dashboard: each wakes a thread that takes the GIL from the analysis, so they are off here.
    """
    import dask  # noqa: PLC0415 - optional extra
    from dask.distributed import LocalCluster  # noqa: PLC0415

    local = {
        "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
        "distributed.worker.profile.enabled": False,
        "distributed.admin.tick.interval": "1s",
    }
    with dask.config.set(local):
        return LocalCluster(
            n_workers=max(1, jobs),
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",  # a free port: 8787 may be taken (Dask warns), and only here
            scheduler_kwargs={"dashboard": False},
        )


def _shipped(source: Source, send_bytes: bool) -> Source | Record:
    """`source` as a worker elsewhere can read it: its bytes, or its absolute path (or the error record)."""
    if send_bytes:
        try:
            return replace(source, data=source.read(MAX_INPUT_BYTES))
        except LoadError as exc:
            return error_record(source.path, None, exc.code, exc.message, source=source)
    return replace(source, path=os.path.abspath(source.path)) if source.path else source


def _submit(client: Any, chunk: list[tuple[Source, str]], pending: deque[Any]) -> None:
    if chunk:
        pending.append(client.submit(scan_chunk, list(chunk), pure=False))
        chunk.clear()


def scan_chunk(chunk: list[tuple[Source, str]]) -> list[Record]:
    """`scan_record` for each source, naming it `shown` (the path as given, not the absolute one shipped)."""
    records = []
    for source, shown in chunk:
        record = scan_record(source)
        if shown:
            record["file"] = shown
        records.append(record)
    return records


def _dask_results(entry: Any) -> list[Record]:
    return [entry] if isinstance(entry, dict) else entry.result()
