"""Screenshots of the safe view for a few real newsletters and phishing messages, in each engine.

    .venv/bin/python scripts/render_screenshots.py [MESSAGE ...] [--out out/screens] [--engine E ...]

Each message is rendered by `python -m inspector render --png` in its own process (offscreen), so
what you see is exactly what the command produces. Without arguments it uses a fixed sample of the
shared corpus (`../shared/corpus`). Output goes to `out/` (gitignored). Nothing is fetched.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
SAMPLE = [
    "unspy_newsletters/mailchimp__2023-01-17-schreibsuchti.u1.eml",
    "unspy_newsletters/klaviyo__2023-01-25-katjes-u1.eml",
    "unspy_newsletters/cleverreach__2023-01-02-oekumenisches-asylforum.u1.eml",
    "unspy_newsletters/optimizely__2023-01-04-wwf.u1.eml",
    "unspy_newsletters/elaine__2023-01-15-rewe.u1.eml",
    "phishing_pot/sample-1325.eml",
    "phishing_pot/sample-1834.eml",
    "phishing_pot/sample-1676.eml",
    "phishing_pot/sample-1913.eml",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("messages", nargs="*", help="message files (default: a corpus sample)")
    parser.add_argument("--out", default=str(REPO / "out" / "screens"), help="output folder")
    parser.add_argument("--engine", action="append", choices=("webengine", "textbrowser"), help="repeatable")
    args = parser.parse_args(argv)
    paths = [Path(m) for m in args.messages] or [CORPUS / s for s in SAMPLE]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    status = 0
    for path in paths:
        if not path.is_file():
            print(f"skip (absent): {path}")
            continue
        stem = path.name.removesuffix(".eml").removesuffix(".msg")
        for engine in args.engine or ["webengine", "textbrowser"]:
            png = out / f"{stem}.{engine}.png"
            command = [sys.executable, "-m", "inspector", "render", str(path), "--html", str(out / f"{stem}.html")]
            started = time.perf_counter()
            done = subprocess.run(
                [*command, "--png", str(png), "--engine", engine],
                cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
            )  # fmt: skip
            took = time.perf_counter() - started
            print(f"{'ok ' if done.returncode == 0 else 'ERR'} {took:5.2f}s {png.relative_to(REPO)}")
            status |= done.returncode
            if done.returncode:
                print(done.stderr[-2000:], file=sys.stderr)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
