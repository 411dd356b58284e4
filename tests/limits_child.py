"""Run one generated hostile message through the whole pipeline in a child process; print JSON.

`python tests/limits_child.py write CASE PATH [ARG]` builds the input (see hostile_inputs) into
PATH; `python tests/limits_child.py run PATH` loads it, analyses it, renders the safe view and
exports every report format, timing each step. Peak memory is the max RSS of the `run` process,
which starts fresh, and an address-space limit turns a runaway into a MemoryError, not an OOM.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import hostile_inputs as hostile

from inspector.analysis import analyse
from inspector.parsing import LoadError, load
from inspector.render import safe_document
from inspector.report.csv_report import csv_rows
from inspector.report.html_report import render_html
from inspector.report.record import ok_record
from inspector.report.stix import stix_bundle


def build(case: str, arg: str | None) -> bytes:
    if case == "ooxml_bomb":
        return hostile.with_attachment(hostile.ooxml_bomb(), "bomb.docx", "application/octet-stream")
    builder = getattr(hostile, case)
    return builder(int(arg)) if arg else builder()


def _rss_mb() -> float:
    """Peak resident memory of this process. VmHWM, because ru_maxrss survives exec: a child of
    pytest would start with pytest's own peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


ADDRESS_SPACE_LIMIT = 6 * 1024**3


def run(path: Path) -> dict:
    hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    limit = ADDRESS_SPACE_LIMIT if hard == resource.RLIM_INFINITY else min(hard, ADDRESS_SPACE_LIMIT)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    out: dict = {"input_mb": round(path.stat().st_size / 1e6, 2), "rss_before_mb": round(_rss_mb(), 1)}
    steps = out["seconds"] = {}
    start = time.perf_counter()
    try:
        message = load(path)
    except LoadError as exc:
        out["load_error"] = exc.code
        steps["load"] = round(time.perf_counter() - start, 2)
        out["rss_peak_mb"] = round(_rss_mb(), 1)
        return out
    steps["load"] = round(time.perf_counter() - start, 2)
    mark = time.perf_counter()
    report = analyse(message)
    steps["analyse"] = round(time.perf_counter() - mark, 2)
    mark = time.perf_counter()
    safe = safe_document(message, report)
    steps["safe_view"] = round(time.perf_counter() - mark, 2)
    mark = time.perf_counter()
    record = ok_record("case.eml", message.raw or b"", report)
    render_html(record)
    csv_rows(record)
    stix_bundle([record])
    steps["exports"] = round(time.perf_counter() - mark, 2)
    steps["total"] = round(time.perf_counter() - start, 2)
    out["rss_peak_mb"] = round(_rss_mb(), 1)
    out["findings"] = sorted({f.code for f in report.findings})
    parse = [f for f in report.findings if f.category.value == "parse"]
    out["parse_details"] = sorted({str(f.evidence.get("detail", ""))[:100] for f in parse})[:12]
    out["safe_fail_closed"] = len(safe.fail_closed)
    out["safe_html_chars"] = len(safe.html)
    return out


if __name__ == "__main__":
    if sys.argv[1] == "write":
        Path(sys.argv[3]).write_bytes(build(sys.argv[2], sys.argv[4] if len(sys.argv) > 4 else None))
    else:
        print(json.dumps(run(Path(sys.argv[2]))))
