"""Build once, before the first message, what every analysis shares (issue 26, "warm start").

The first analysis of a process used to pay 0.3-0.45 s of lazy set-up that later ones do not: the
public suffix list, the tracker index, the brand name patterns (two alternations of a thousand
names), the domain lists, about 700 regular expressions and the modules the analysers import on first
use. Everything here is cached per process (`functools.cache`) by the modules that own it, so
`prewarm()` only asks for each table once; then it analyses the bundled demo message, which reaches
the lazy imports and compiled patterns the tables do not name. No Qt: the window calls it on a
thread after its first paint. Batch workers do not: each pays the set-up once either way, and the
demo would only add to it. Offline like every analysis.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
import time
from collections.abc import Callable, Iterable

_started = threading.Event()
_done = threading.Event()
_lock = threading.Lock()
_count = threading.Lock()
_waiting: list[int] = [0]  # analyses waiting for the prewarm: the optional parts give way to them


def _tables() -> list[Callable[[], object]]:
    from .analysis.common import brands, domains, lookalike, trackers  # noqa: PLC0415 - import is the work
    from .analysis.sender import lookalike_checks  # noqa: PLC0415
    from .analysis.traps import brand_links  # noqa: PLC0415

    return [
        lambda: importlib.import_module("dkim.canonicalization"),  # DKIM body hashes: dkim and dnspython, ~0.1 s
        lambda: domains.suffix_extractor()("www.example.co.uk"),  # the suffix trie is built on first use
        trackers.index,
        brands.brands,
        brands._matchers,
        brands.brand_domains,
        lambda: [domains.org_label(d) for d in brands.brand_domains()],  # what every cousin-domain check reads
        brands.embeddable_domains,
        brands.ordinary_domains,
        domains.freemail_domains,
        domains.disposable_domains,
        domains.providers,
        domains.sending_services,
        lookalike._latin_map,
        brand_links._targets,
        brand_links._index,  # the look-alike indexes of the brand targets (issue 26: ~7 ms)
        lookalike_checks._brand_targets,
    ]


def _sample() -> tuple[bytes, object] | None:
    """Analyse the bundled demo message: the lazy imports and the patterns compiled on first use that
    no table names. Returns the bytes and report for `_render_sample`."""
    from .pipeline import scan_bytes  # noqa: PLC0415
    from .resources import resource_path  # noqa: PLC0415

    data = resource_path("demo/demo-phish.eml").read_bytes()
    return data, scan_bytes(data)


def _render_sample(sample: tuple[bytes, object] | None) -> None:
    """The demo's safe document: the sanitiser's and the CSS reader's first-use set-up."""
    if sample is None:
        return
    from .parsing import load_bytes  # noqa: PLC0415
    from .pipeline import safe_document  # noqa: PLC0415

    data, report = sample
    safe_document(load_bytes(data), report)  # type: ignore[arg-type]


def prewarm(modules: Iterable[str] = (), *, window: bool = False) -> float:
    """Import `modules` (the window's panels), then build the shared tables once per process; returns
    the seconds it took (0 when already done). With `window`, also what the window needs after the
    verdict: the safe document's set-up and the `.msg` reader (extract-msg, ~0.3 s of imports).

    An analysis waiting in `wait_for_prewarm` goes on as soon as the analysis part is done; the
    window's part comes after. Safe to call from any thread and more than once; a failure is left for
    the real analysis to report."""
    _started.set()
    with _lock:
        if _done.is_set():
            return 0.0
        started = time.perf_counter()
        sample = None
        with contextlib.suppress(Exception):
            for name in modules:
                with contextlib.suppress(Exception):
                    importlib.import_module(name)
            for build in _tables():
                with contextlib.suppress(Exception):
                    build()
            if not _waiting[0]:  # a message waits (a file named at start): it reaches what it needs itself
                sample = _sample()
        waited = _waiting[0] > 0  # read before the waiters are let go
        _done.set()
        if window and not waited:
            with contextlib.suppress(Exception):
                _render_sample(sample)
            with contextlib.suppress(Exception):
                importlib.import_module("extract_msg")
        return time.perf_counter() - started


def prewarm_in_background(modules: Iterable[str] = (), *, window: bool = False) -> threading.Thread:
    """`prewarm()` on a daemon thread (the window: right after its first paint)."""
    _started.set()  # an analysis starting now waits for it rather than building the same tables twice
    kwargs = {"modules": tuple(modules), "window": window}
    thread = threading.Thread(target=prewarm, kwargs=kwargs, name="prewarm", daemon=True)
    thread.start()
    return thread


def wait_for_prewarm(timeout: float = 10.0) -> None:
    """An analysis calls this first: if a prewarm is under way, let it finish (it is building what the
    analysis needs; doing it twice at once under one GIL is slower for both). Never starts one."""
    if _started.is_set() and not _done.is_set():
        with _count:
            _waiting[0] += 1
        try:
            _done.wait(timeout)
        finally:
            with _count:
                _waiting[0] -= 1
