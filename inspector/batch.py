"""Run the per-message analysis over many sources: inline, on local cores, or on Dask.

Records come back in input order. At most a few tasks per worker are in flight, so memory
stays bounded however many messages the sources hold.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from .pipeline import scan_record
from .report.record import error_record
from .sources import Source, SourceProblem

Record = dict[str, Any]
IN_FLIGHT_PER_WORKER = 4


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


def run_dask(items: Iterable[Source | SourceProblem], *, address: str) -> Iterator[Record]:
    """The same analysis on a Dask cluster (`address`, or `local` for a local 2-worker cluster).

    Dask does the distribution; we only submit `scan_record` per message with a bounded window.
    """
    try:
        from dask.distributed import Client, LocalCluster  # noqa: PLC0415 - optional extra
    except ImportError as exc:
        raise SystemExit("email-inspector: --dask needs the 'dask' extra: pip install 'email-inspector[dask]'") from exc
    cluster = None
    if address == "local":
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(address)
    try:
        window = max(8, IN_FLIGHT_PER_WORKER * len(client.scheduler_info().get("workers", {}) or [1]))
        pending: deque[Any] = deque()
        for item in items:
            if isinstance(item, SourceProblem):
                pending.append(problem_record(item))
            else:
                pending.append(client.submit(scan_record, item, pure=False))
            while len(pending) > window:
                yield _dask_result(pending.popleft())
        while pending:
            yield _dask_result(pending.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_result(entry: Any) -> Record:
    return entry if isinstance(entry, dict) else entry.result()
