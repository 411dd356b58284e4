"""Print the case report of the demo and of three corpus messages to PDF, count pages, render PNGs.

    PYTHONPATH=$PWD .venv/bin/python scripts/report_pictures.py OUT [--lang fr] [--paper letter] [--docs]

Writes OUT/<name>.pdf and OUT/<name>-page<N>.png (poppler's pdftoppm, when installed) and prints the page
count of each; `--docs` also copies page 1 of the demo to docs/screenshots/report-page1.png. The
corpus messages are skipped when ../shared/corpus is absent. Nothing is contacted.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
MESSAGES = {
    "demo": ROOT / "resources" / "demo" / "demo-phish.eml",
    "phishing-landing": CORPUS / "phishing_pot" / "sample-220.eml",
    "newsletter": CORPUS / "unspy_newsletters" / "mailchimp__2023-01-17-schreibsuchti.u1.eml",
    "newsletter-large": CORPUS / "unspy_newsletters" / "elaine__2023-01-15-rewe.u1.eml",
    "outlook-msg": CORPUS / "msgreader" / "HtmlSampleEmailWithAttachment.msg",
}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--paper", default="a4")
    parser.add_argument("--docs", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from inspector.gui.export import ensure_app, thumbnail_png, write_case_pdf  # noqa: PLC0415
    from inspector.pipeline import scan  # noqa: PLC0415
    from inspector.sources import iter_sources  # noqa: PLC0415

    ensure_app()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, path in MESSAGES.items():
        if not path.exists():
            print(f"{name}: {path} absent, skipped")
            continue
        scanned = scan(next(iter(iter_sources([str(path)]))))
        picture = thumbnail_png(scanned.message, scanned.report) if scanned.report else None
        pdf = args.out / f"{name}-{args.lang}.pdf"
        write_case_pdf(scanned.record(), pdf, thumbnail_png=picture, lang=args.lang, paper=args.paper)
        pages = render_pages(pdf, args.out / f"{name}-{args.lang}")
        print(f"{name}: {pages} pages ({pdf})")
    if args.docs:
        target = ROOT / "docs" / "screenshots" / "report-page1.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(args.out / f"demo-{args.lang}-page1.png", target)
        print(f"copied to {target}")
    return 0


def render_pages(pdf: Path, stem: Path, *, dpi: int = 100) -> int:
    """Every page of `pdf` to `stem`-page<N>.png with poppler's pdftoppm (when installed); the page count."""
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), f"{stem}-page"], check=True)
        for png in stem.parent.glob(f"{stem.name}-page-*.png"):  # pdftoppm writes -page-1 or -page-01
            png.rename(png.with_name(f"{stem.name}-page{int(png.stem.rsplit('-', 1)[1])}.png"))
    return pages


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
