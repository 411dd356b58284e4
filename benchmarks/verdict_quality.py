"""Does the verdict separate a newsletter from a phishing attack? Per source, both axes, and the goals.

    .venv/bin/python benchmarks/verdict_quality.py [CORPUS] [--jsonl saved.jsonl] [--save out.jsonl]

Runs `scan --format json --jobs 2` over the corpus once (or reads a saved run), then prints, per
source, how many messages land on each level of the threat axis, the tracking axis and on each banner
(clean/tracked/targeted/caution/suspicious/dangerous), and whether the goals of issues 13 and 20 hold:

- phishing_pot: overall suspicious or dangerous for at least 95 %;
- no newsletter, `spamassassin/nice` or legitimate mailing-list message above caution on the threat
  axis, none suspicious or dangerous overall;
- legitimate person-to-person and list mail (`spamassassin/nice`, `spamassassin/dkim`, and the list
  messages of the other legitimate sources): at least 75 % clean or tracked;
- every newsletter has its tracking reported;
- both copies of each newsletter (two honeypot recipients) get the same levels.

A record of schema 1.0 (before the two axes) is read with its one level as the threat level. This
is a benchmark, not a test: it prints figures, and exits 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
THREAT = ("clean", "caution", "suspicious", "dangerous")
BANNERS = ("clean", "tracked", "targeted", "caution", "suspicious", "dangerous")
TRACKING = ("none", "tracked", "identified")
NEWSLETTERS = "unspy_newsletters"
LEGIT_LISTS = ("spamassassin/nice", "mikel_mail", "mimekit", "nodemailer_mailparser", "php_mime_mail_parser",
               "msgreader", "apache_poi", "msgconvert_perl", "msg_extractor")  # fmt: skip
_TWIN = re.compile(r"[._-]u[12]\.eml$")


def run_scan(corpus: Path) -> list[dict[str, Any]]:
    done = subprocess.run(
        [sys.executable, "-m", "inspector", "scan", "--format", "json", "--quiet", "--jobs", "2", str(corpus)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def axes(record: dict[str, Any]) -> tuple[str, str, str]:
    """(threat, tracking, banner) of one record, for schema 2.x and, read as best we can, 1.0."""
    verdict = record.get("verdict") or {}
    level = verdict.get("banner") or verdict.get("level", "clean")
    if "threat" in verdict:
        return verdict["threat"]["level"], verdict["tracking"]["level"], level
    watching = [f for f in record.get("findings", []) if f["category"] in ("beacon", "read_receipt")]
    watching = [f for f in watching if f["severity"] != "info"]
    identified = any((f.get("recipient_token") or {}).get("kind") in ("identity", "subscriber_id") for f in watching)
    tracking = "identified" if identified else "tracked" if watching else "none"
    return level, tracking, level


def source_of(path: str, corpus: Path) -> str:
    rel = Path(path).resolve().relative_to(corpus.resolve()).parts
    return "/".join(rel[:2]) if rel[0] == "spamassassin" else rel[0]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(REPO.parent / "shared" / "corpus"))
    parser.add_argument("--jsonl", help="read a saved `scan --format json` run instead of scanning")
    parser.add_argument("--save", help="also save the run's JSON Lines here")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if args.jsonl:
        records = [json.loads(line) for line in Path(args.jsonl).read_text().splitlines() if line.strip()]
    else:
        records = run_scan(corpus)
        if args.save:
            Path(args.save).write_text("".join(json.dumps(r) + "\n" for r in records))
    records = [r for r in records if r.get("ok")]
    by_source: dict[str, list[tuple[str, str, str, dict]]] = defaultdict(list)
    for record in records:
        by_source[source_of(record["file"], corpus)].append((*axes(record), record))
    print(
        f"{'source':<28}{'n':>4}  threat {'/'.join(THREAT)}  |  tracking {'/'.join(TRACKING)}  |  "
        f"banner {'/'.join(BANNERS)}"
    )
    for source in sorted(by_source):
        rows = by_source[source]
        threat = Counter(r[0] for r in rows)
        tracking = Counter(r[1] for r in rows)
        overall = Counter(r[2] for r in rows)
        print(
            f"{source:<28}{len(rows):>4}  {'/'.join(str(threat[x]) for x in THREAT):<27}  |  "
            f"{'/'.join(str(tracking[x]) for x in TRACKING):<28}  |  {'/'.join(str(overall[x]) for x in BANNERS)}"
        )
    return 0 if goals(by_source) else 1


def goals(by_source: dict[str, list[tuple[str, str, str, dict]]]) -> bool:
    ok = True

    def report(passed: bool, text: str, offenders: list[str]) -> None:
        nonlocal ok
        ok &= passed
        print(f"[{'ok' if passed else 'MISSED'}] {text}")
        for name in offenders[:15]:
            print(f"         {name}")

    phish = by_source.get("phishing_pot", [])
    caught = [r for r in phish if r[2] in ("suspicious", "dangerous")]
    share = len(caught) / len(phish) if phish else 0.0
    missed = sorted(f"{_name(r[3])} ({r[2]})" for r in phish if r not in caught)
    report(share >= 0.95, f"phishing_pot suspicious/dangerous: {len(caught)}/{len(phish)} = {share:.1%}", missed)

    legit = list(by_source.get(NEWSLETTERS, [])) + list(by_source.get("spamassassin/nice", []))
    legit += [r for s in LEGIT_LISTS[1:] for r in by_source.get(s, []) if _is_list(r[3])]
    high = [f"{_name(r[3])} (threat {r[0]}, overall {r[2]})" for r in legit if r[0] in ("suspicious", "dangerous")]
    report(not high, f"newsletters, spamassassin/nice, list mail ({len(legit)}): none above caution on threat", high)
    alarmed = [f"{_name(r[3])} ({r[2]})" for r in legit if r[2] in ("suspicious", "dangerous")]
    report(not alarmed, "... and none suspicious or dangerous overall", alarmed)

    people = list(by_source.get("spamassassin/nice", [])) + list(by_source.get("spamassassin/dkim", []))
    people += [r for s in LEGIT_LISTS[1:] for r in by_source.get(s, []) if _is_list(r[3])]
    calm = [r for r in people if r[2] in ("clean", "tracked")]
    share = len(calm) / len(people) if people else 0.0
    others = sorted(f"{_name(r[3])} ({r[2]})" for r in people if r not in calm)
    report(share >= 0.75, f"legitimate person and list mail clean or tracked: {len(calm)}/{len(people)} = {share:.1%}",
           others)  # fmt: skip

    letters = by_source.get(NEWSLETTERS, [])
    untracked = [_name(r[3]) for r in letters if r[1] == "none"]
    report(
        not untracked, f"newsletters with tracking reported: {len(letters) - len(untracked)}/{len(letters)}", untracked
    )

    twins: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for r in letters:
        twins[_TWIN.sub("", r[3]["file"])].append(r[:3])
    differ = [f"{Path(k).name}: {v}" for k, v in sorted(twins.items()) if len(set(v)) > 1]
    report(not differ, f"newsletter pairs with the same levels: {len(twins) - len(differ)}/{len(twins)}", differ)
    return ok


def _is_list(record: dict[str, Any]) -> bool:
    return bool(((record.get("sender") or {}).get("list") or {}).get("is_list"))


def _name(record: dict[str, Any]) -> str:
    return "/".join(Path(record["file"]).parts[-2:])


if __name__ == "__main__":
    sys.exit(main())
