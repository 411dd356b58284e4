"""The message list over a big mailbox, offscreen: how soon rows show, how soon all are analysed, memory, stalls.

    .venv/bin/python benchmarks/bench_message_list.py [--count 5000] [--mbox PATH] [--jobs N]

Without --mbox, an mbox of COUNT corpus messages (../shared/corpus, each up to 200 KB, repeated
as needed) is written to the temporary folder first and removed afterwards; it holds live URLs,
so it never goes near the repository. The real window opens it (`open_paths`, as File › Open
does) and we measure, from that call:

- first row: the first row is in the table (listed, not yet analysed: it can be opened);
- all listed: every message has its row;
- first analysed / all analysed: the first verdict is in; every verdict and the campaigns are in;
- stall: the longest the event loop went without running a 10 ms timer (how frozen the window felt)
  while listing and analysing; stall_busy: the most processor time the GUI thread itself spent
  between two ticks (our own cost; on a loaded machine `stall` is mostly waiting for a core:
  BENCH_DEBUG=1 prints every gap over 50 ms with both); then the time to sort by verdict and to
  filter by a word over all rows;
- memory: the window process's resident size before opening and once done, and its peak; the
  worker processes' together (sampled every second; they end with the analysis).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
sys.path.insert(0, str(REPO / "scripts"))


def rss_mb(pid: int | str = "self") -> float:
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:  # gone meanwhile
        return 0.0


def workers_mb() -> float:
    """The resident size of the worker processes now (each imports the whole analysis)."""
    return sum(rss_mb(child.pid) for child in multiprocessing.active_children())


def run(mbox: Path, jobs: int | None) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("EMAIL_INSPECTOR_ENGINE", "textbrowser")
    from PySide6.QtCore import QCoreApplication, Qt, QTimer  # noqa: PLC0415 - after the environment is set
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    from inspector.gui import list_worker, message_list_model  # noqa: PLC0415 - after QApplication
    from inspector.gui.main_window import MainWindow  # noqa: PLC0415

    window = MainWindow()
    window.show()
    app.processEvents()
    if jobs is not None:  # the tab's own choice otherwise: processes for a real mailbox
        list_worker._default_jobs = lambda: jobs
    # The window imports these after its first paint (app.prewarm); not timed here either.
    import inspector.gui.message_tab  # noqa: PLC0415
    import inspector.report.list_rows  # noqa: F401, PLC0415

    marks: dict[str, float] = {"rss_before": rss_mb()}
    stall = {"max": 0.0, "last": time.perf_counter(), "cpu": time.thread_time(), "process": time.process_time()}

    def tick() -> None:
        now = time.perf_counter()
        cpu = time.thread_time()
        stall["max"] = max(stall["max"], now - stall["last"])
        stall["busy"] = max(stall.get("busy", 0.0), cpu - stall["cpu"])
        if os.environ.get("BENCH_DEBUG") and now - stall["last"] > 0.05:
            gap, busy = 1000 * (now - stall["last"]), 1000 * (cpu - stall["cpu"])
            others = 1000 * (time.process_time() - stall["process"]) - busy
            print(
                f"gap {gap:.0f} ms (GUI thread busy {busy:.0f} ms, other threads {others:.0f}) at {now - start:.2f} s"
            )
        stall["cpu"], stall["process"] = cpu, time.process_time()
        stall["last"] = now

    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(tick)
    start = time.perf_counter()
    ticker.start()
    window.open_paths([str(mbox)])
    marks["open_call"] = time.perf_counter() - start
    tab = window.current_tab()
    model = tab.model

    def watch() -> None:
        now = time.perf_counter() - start
        marks.setdefault("first_row", now)
        marks["all_listed"] = now  # the last insertion wins
        if model.analysed:
            marks.setdefault("first_analysed", now)

    model.rowsInserted.connect(lambda *_: watch())
    model.dataChanged.connect(lambda *_: marks.setdefault("first_analysed", time.perf_counter() - start))
    sampled = 0.0
    while not tab.is_ready:
        app.processEvents()
        time.sleep(0.002)
        if time.perf_counter() - sampled > 1:
            if int(sampled) // 30 != int(time.perf_counter()) // 30:  # now and then, how far it got
                print(
                    f"{time.perf_counter() - start:6.0f} s: {model.analysed} of {model.rowCount()} analysed", flush=True
                )
            sampled = time.perf_counter()
            marks["workers_peak"] = max(marks.get("workers_peak", 0.0), workers_mb())
            marks["rss_peak_sampled"] = max(marks.get("rss_peak_sampled", 0.0), rss_mb())
        if time.perf_counter() - start > 3600:
            raise SystemExit("gave up after an hour")
    marks["all_analysed"] = time.perf_counter() - start
    app.processEvents()
    marks["stall"] = stall["max"]
    marks["stall_busy"] = stall["busy"]
    marks["rows"] = model.rowCount()
    marks["failed"] = model.counts()["failed"]
    t = time.perf_counter()
    tab.table.sortByColumn(message_list_model.VERDICT, Qt.SortOrder.DescendingOrder)
    app.processEvents()
    marks["sort"] = time.perf_counter() - t
    t = time.perf_counter()
    tab.filter.setText("newsletter")
    tab._apply_filter()
    app.processEvents()
    marks["filter"] = time.perf_counter() - t
    marks["shown"] = tab.proxy.rowCount()
    marks["rss_after"] = rss_mb()
    marks["rss_peak"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    ticker.stop()
    QCoreApplication.processEvents()
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--mbox", type=Path, help="an existing mbox (default: one made from the corpus)")
    parser.add_argument("--jobs", type=int, help="worker processes (default: the window's own choice)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-list-") as folder:
        mbox = args.mbox
        if mbox is None:
            from make_mbox import eml_files, write_mbox  # noqa: PLC0415 - scripts/ is on the path now

            mbox = Path(folder) / "big.mbox"
            size = write_mbox(mbox, eml_files([CORPUS], 200_000), args.count)
            print(f"{mbox}: {args.count} corpus messages, {size / 1e6:.0f} MB")
        marks = run(mbox, args.jobs)
    print(f"rows: {marks['rows']:.0f} ({marks['failed']:.0f} not analysed), jobs: {args.jobs or 'default'}")
    timed = ("open_call", "first_row", "all_listed", "first_analysed", "all_analysed", "stall", "stall_busy")
    for key in (*timed, "sort", "filter"):
        print(f"{key:>15}: {marks[key] * 1000:9.0f} ms")
    print(f"{'filter shows':>15}: {marks['shown']:.0f} rows")
    for key in ("rss_before", "rss_after", "rss_peak", "workers_peak"):
        print(f"{key:>15}: {marks.get(key, 0.0):9.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
