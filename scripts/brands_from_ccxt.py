"""Refresh the crypto-exchange block of resources/sender/brands.tsv from the ccxt package (MIT).

ccxt (a trading library, updated every week) describes each exchange it supports with its name and
its web address (`urls.www`, `hostname`). Those are the names crypto lures put in display names
("Bitget Rewards") and the domains the exchanges really use. The wheel is read as data, never
imported or run:

    .venv/bin/python -m pip download --no-deps -d /tmp/ccxt ccxt
    .venv/bin/python scripts/brands_from_ccxt.py /tmp/ccxt/ccxt-*.whl

The block between "# BEGIN ccxt" and "# END ccxt" is rewritten; the hand-written lines above it
win: an exchange whose domain they already list is left out (the script says which). Names that are
everyday words (ORDINARY) are written with "~", so they count only alone or beside a lure word.
"""

from __future__ import annotations

import ast
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inspector.analysis.common.domains import org_label, registrable_domain  # noqa: E402

BRANDS = ROOT / "resources" / "sender" / "brands.tsv"
BEGIN, END = "# BEGIN ccxt", "# END ccxt"
# Exchange names that are also words or first names in English, French or Dutch (checked by hand).
# Those few lures use are kept with "~" (context needed); the rest are left out, as a claim to be a
# little-known exchange called "Apex" or "Lighter" is far likelier to be a game or a shop.
ORDINARY = frozenset({"gemini"})
_LEAVE_OUT = "alpaca apex aster backpack bullish delta derive extended gate hibachi lighter luno nado pacifica weex"
_LEAVE_OUT += " zaif"
LEAVE_OUT = frozenset(_LEAVE_OUT.split())
# Qualifiers ccxt adds for a second API of the same exchange ("Binance COIN-M", "Kraken Futures").
_QUALIFIER = re.compile(
    r"\s*\([^)]*\)$|\s+(?:COIN-M|USD\S*-M|Futures|Advanced|Exchange|International|Global|EU|US|Indonesia)$", re.I
)


def clean_name(name: str) -> str:
    """`Kraken Futures` -> `Kraken`; `Delta Exchange` stays whole (`Delta` alone is an airline); '' to leave out."""
    short = _QUALIFIER.sub("", name).strip()
    if short.casefold() in LEAVE_OUT:
        short = name if name != short else ""
    return short if len(short) >= 4 or (short.isupper() and len(short) == 3) else ""


def describe(source: str) -> dict[str, object] | None:
    """The literal fields of an exchange module's `describe()` dict: name, urls, hostname."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and node.name == "describe":
            for inner in ast.walk(node):
                if isinstance(inner, ast.Dict) and any(_key(k) == "name" for k in inner.keys):
                    return {_key(k): v for k, v in zip(inner.keys, inner.values, strict=True) if _key(k)}
    return None


def _key(node: ast.expr | None) -> str:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else ""


def _literal(node: object) -> object:
    try:
        return ast.literal_eval(node)  # type: ignore[arg-type]
    except (ValueError, TypeError, SyntaxError):
        return None


def exchanges(wheel: Path) -> tuple[str, list[tuple[str, list[str]]]]:
    """(ccxt version, [(name, [registrable domains])]) for every exchange module in the wheel."""
    out = []
    version = "?"
    with zipfile.ZipFile(wheel) as archive:
        for info in archive.namelist():
            if re.fullmatch(r"ccxt-[^/]+\.dist-info/METADATA", info):
                meta = archive.read(info).decode("utf-8", "replace")
                version = re.search(r"^Version: (.+)$", meta, re.M).group(1).strip()  # type: ignore[union-attr]
            if not re.fullmatch(r"ccxt/[a-z0-9]+\.py", info) or info.endswith("__init__.py"):
                continue
            fields = describe(archive.read(info).decode("utf-8"))
            if not fields or not isinstance(_literal(fields.get("name")), str):
                continue
            urls = fields.get("urls")
            www = None
            if isinstance(urls, ast.Dict):
                www = _literal(next((v for k, v in zip(urls.keys, urls.values, strict=True) if _key(k) == "www"), None))
            hosts = [h for h in (www if isinstance(www, list) else [www]) if isinstance(h, str)]
            hostname = _literal(fields.get("hostname"))
            domains = [registrable_domain(re.sub(r"^https?://", "", h).split("/")[0]) for h in hosts]
            if domains and isinstance(hostname, str) and org_label(hostname) == org_label(domains[0]):
                domains.append(registrable_domain(hostname))  # bybit.eu beside bybit.com
            if domains:
                out.append((str(_literal(fields["name"])), list(dict.fromkeys(d for d in domains if d))))
    return version, out


def lines(found: list[tuple[str, list[str]]], known: set[str]) -> tuple[list[str], list[str]]:
    """brands.tsv lines, one per organisation (grouped by the name in their main domain), and the skipped."""
    groups: dict[str, tuple[list[str], list[str]]] = {}
    for name, domains in sorted(found):
        names, doms = groups.setdefault(org_label(domains[0]), ([], []))
        clean = clean_name(name)
        if clean:
            names.append(clean)
        doms.extend(domains)
    out, skipped = [], []
    for label, (names, doms) in sorted(groups.items()):
        doms = list(dict.fromkeys(doms))
        if set(doms) & known or not names:
            skipped.append(f"{label} ({', '.join(doms)})" + ("" if names else " everyday word or too short"))
            continue
        names = list(dict.fromkeys(names))
        marked = ["~" + n if n.casefold() in ORDINARY else n for n in names]
        out.append(f"brand\t{'|'.join(marked)}\t{' '.join(doms)}")
    return out, skipped


def main() -> None:
    wheel = Path(sys.argv[1])
    text = BRANDS.read_text(encoding="utf-8")
    head = text.split(BEGIN)[0].rstrip("\n")
    tail = text.split(END, 1)[1].lstrip("\n") if END in text else ""
    known = {d for line in head.splitlines() if line and not line.startswith("#") for d in line.split("\t")[2].split()}
    version, found = exchanges(wheel)
    block, skipped = lines(found, known)
    header = [
        BEGIN,
        f"# Crypto exchanges, generated by scripts/brands_from_ccxt.py from the ccxt package {version} (PyPI),",
        "#   MIT licence, Copyright (c) 2024 Igor Kroitor (notice in NOTICE): each exchange's name and the",
        "#   registrable domain of its web address (urls.www, hostname). Do not edit by hand: re-run the script.",
    ]
    BRANDS.write_text("\n".join([head, "", *header, *block, END, tail]).rstrip("\n") + "\n", encoding="utf-8")
    print(f"ccxt {version}: {len(block)} lines written; left out (hand-written or no usable name):", ", ".join(skipped))


if __name__ == "__main__":
    main()
