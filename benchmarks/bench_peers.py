"""Our scan against a tool analysts script today, and against the floor, on the same files (issue 26).

    .venv/bin/python benchmarks/bench_peers.py [--rounds N] [--peer-python PATH] [--corpus DIR] [--limit N]

Three whole processes over the corpus's `.eml` files (711), each reading every file and writing its
result to a pipe that is thrown away:

- ours: `python -m inspector scan --format json --jobs 1 FILE...` (every load classified, tokens,
  sender, verdict; the JSON record of each message);
- eml_parser (GOVCERT-LU), with the bodies, href and www extraction on (`EmlParser(include_raw_body=True,
  include_href=True, include_www=True)`), one JSON document per message. It is never a dependency of
  ours: install it in a venv of its own (`python3 -m venv /work/peer-venv && /work/peer-venv/bin/pip install
  eml_parser`) and pass that venv's python with `--peer-python` (default: `$PEER_PYTHON`, else
  `../peer-venv/bin/python`); without it the peer is skipped with a message;
- floor: the standard library only: `email.message_from_bytes` (default policy), every part walked and
  decoded, and one `html.parser` pass over each HTML body: what any tool must do at least.

Paired and interleaved: each round runs the three in a rotating order, so a neighbour's load on this
shared 2-core machine falls on all of them alike; the ratios are taken within a round, then the
median over the rounds. Wall time and CPU time (user + system of the child) are both printed: on a
loaded machine the CPU ratio is the steadier of the two. Nothing is fetched; no file is written.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
DEFAULT_PEER = REPO.parent / "peer-venv" / "bin" / "python"

_PEER = r"""
import json, sys
import eml_parser
from eml_parser.decode import json_serial
parser = eml_parser.EmlParser(include_raw_body=True, include_href=True, include_www=True)
out = sys.stdout
for path in open(sys.argv[1], encoding="utf-8").read().splitlines():
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        parsed = parser.decode_email_bytes(data)
    except Exception as exc:  # one bad file must not stop the run (ours answers with an error record)
        parsed = {"error": repr(exc)}
    out.write(json.dumps(parsed, default=json_serial))
    out.write("\n")
"""

_FLOOR = r"""
import email, email.policy, json, sys
from html.parser import HTMLParser
out = sys.stdout
for path in open(sys.argv[1], encoding="utf-8").read().splitlines():
    with open(path, "rb") as handle:
        message = email.message_from_bytes(handle.read(), policy=email.policy.default)
    parts = html = 0
    for part in message.walk():
        if part.is_multipart():
            continue
        parts += 1
        try:
            content = part.get_content()
        except Exception:
            continue
        if part.get_content_type() == "text/html" and isinstance(content, str):
            parser = HTMLParser(convert_charrefs=True)
            parser.feed(content)
            parser.close()
            html += 1
    out.write(json.dumps({"file": path, "subject": str(message.get("subject", "")), "parts": parts, "html": html}))
    out.write("\n")
"""


def corpus_files(corpus: Path, limit: int | None) -> list[str]:
    files = sorted(str(p) for p in corpus.rglob("*.eml") if p.is_file())
    return files[:limit] if limit else files


def commands(files_list: Path, files: list[str], peer: str | None) -> dict[str, list[str]]:
    out = {
        "ours (scan --jobs 1)": [sys.executable, "-m", "inspector", "scan", "--format", "json", "--jobs", "1", *files]
    }
    if peer:
        out["eml_parser"] = [peer, "-c", _PEER, str(files_list)]
    out["floor (stdlib)"] = [sys.executable, "-c", _FLOOR, str(files_list)]
    return out


def run(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system) of the child, and its exit code."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in (0, 1):  # scan exits 1 when some file was not a message: still a full run
        sys.stderr.write(done.stderr.decode("utf-8", "replace")[-2000:])
    return wall, cpu, done.returncode


def peer_python(option: str | None) -> str | None:
    candidate = option or os.environ.get("PEER_PYTHON") or str(DEFAULT_PEER)
    if not Path(candidate).is_file():
        print(f"eml_parser skipped: no python at {candidate} (see --help to install it in a venv of its own)")
        return None
    probe = 'import eml_parser, importlib.metadata as m; print(m.version("eml_parser"))'
    check = subprocess.run([candidate, "-c", probe], capture_output=True)
    if check.returncode != 0:
        print(f"eml_parser skipped: {candidate} cannot import eml_parser")
        return None
    print(f"eml_parser {check.stdout.decode().strip()} from {candidate}")
    return candidate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--peer-python", help="python of a venv where eml_parser is installed")
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--limit", type=int, help="only the first N files (a quick check)")
    args = parser.parse_args()
    files = corpus_files(Path(args.corpus), args.limit)
    if not files:
        print(f"no .eml files under {args.corpus}")
        return 1
    peer = peer_python(args.peer_python)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    with tempfile.TemporaryDirectory() as folder:
        files_list = Path(folder) / "files.txt"
        files_list.write_text("\n".join(files), encoding="utf-8")
        variants = commands(files_list, files, peer)
        names = list(variants)
        rows: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
        print(f"{len(files)} files, {args.rounds} rounds, load average before: {os.getloadavg()[0]:.1f}")
        for round_number in range(args.rounds):
            order = names[round_number % len(names) :] + names[: round_number % len(names)]
            for name in order:
                wall, cpu, _ = run(variants[name], env)
                rows[name].append((wall, cpu))
            print(f"  round {round_number + 1}: " + ", ".join(f"{n} {rows[n][-1][0]:.2f} s" for n in names))
        print_table(rows)
    return 0


def print_table(rows: dict[str, list[tuple[float, float]]]) -> None:
    ours = next(iter(rows))
    print()
    print(f"| {'':22} | wall median (min-max) | CPU median | ours / this, wall | ours / this, CPU |")
    print("|---|---|---|---|---|")
    for name, values in rows.items():
        walls, cpus = [v[0] for v in values], [v[1] for v in values]
        if name == ours:
            ratio_wall = ratio_cpu = "—"
        else:
            pairs = list(zip(rows[ours], values, strict=True))
            wall_ratios = [o[0] / t[0] for o, t in pairs]
            cpu_ratios = [o[1] / t[1] for o, t in pairs]
            ratio_wall = f"**{statistics.median(wall_ratios):.2f}×** ({min(wall_ratios):.2f}–{max(wall_ratios):.2f})"
            ratio_cpu = f"{statistics.median(cpu_ratios):.2f}× ({min(cpu_ratios):.2f}–{max(cpu_ratios):.2f})"
        print(
            f"| {name:22} | {statistics.median(walls):.2f} s ({min(walls):.2f}–{max(walls):.2f}) "
            f"| {statistics.median(cpus):.2f} s | {ratio_wall} | {ratio_cpu} |"
        )
    print()
    print("Goals (issue 26): ours / eml_parser ≤ 1.5×, ours / floor ≤ 2.5× (paired, one run).")


if __name__ == "__main__":
    sys.exit(main())
