"""Save docs/screenshots/message-list.png: the message list over an mbox of real corpus messages.

    .venv/bin/python scripts/message_list_screenshot.py [--out PNG] [--engine textbrowser|webengine|auto]

The mbox is made in a temporary folder (scripts/make_mbox.py) from ../shared/corpus: phishing
samples, newsletters sent to two readers (they group into campaigns) and ordinary mail, taken in
turn. The window opens it exactly as a user's `email-inspector MBOX --screenshot PNG` would and
saves the picture once every message is analysed.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from pathlib import Path

from make_mbox import write_mbox
from screenshots import ROOT, shoot

CORPUS = ROOT.parent / "shared" / "corpus"
PICKS = (("phishing_pot", 12), ("unspy_newsletters", 10), ("spamassassin/nice", 5), ("spamassassin/spam", 5))


def corpus_files() -> list[Path]:
    groups = [sorted((CORPUS / folder).glob("*.eml"))[:count] for folder, count in PICKS]
    return [p for p in itertools.chain.from_iterable(itertools.zip_longest(*groups)) if p is not None]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "message-list.png")
    parser.add_argument("--engine", default="textbrowser", choices=("auto", "textbrowser", "webengine"))
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 1
    files = corpus_files()
    with tempfile.TemporaryDirectory() as folder:
        mbox = Path(folder) / "suspects.mbox"
        write_mbox(mbox, files, len(files))
        args.out.parent.mkdir(parents=True, exist_ok=True)
        code, _path = shoot(args.out.stem, [mbox], args.out.parent, engine=args.engine)
    print(f"{'ok ' if code == 0 else 'BAD'} {args.out} (exit {code})")
    return code


if __name__ == "__main__":
    sys.exit(main())
