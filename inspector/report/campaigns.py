"""Group the messages of a batch into campaigns: one sender operation seen in many mailboxes.

Two messages belong together when they share a tracking host, a sending infrastructure
(origin IP or DKIM signing domain) or a near-identical body (SimHash within a few bits).
Grouping is transitive (union-find), and every group says what its members share.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from ..analysis.fingerprint import hamming

Record = dict[str, Any]
# Short emails: one changed name moves about 6 of 64 bits, so allow 6. Seven bands of 9-10
# bits: two hashes within 6 bits must agree exactly on at least one band (pigeonhole).
SIMHASH_MAX_DISTANCE = 6
_BAND_EDGES = (0, 9, 18, 27, 36, 45, 54, 64)


def campaign_keys(record: Record) -> set[str]:
    """The shared-infrastructure keys of one record, as readable labels."""
    keys: set[str] = set()
    for finding in record.get("findings") or []:
        if finding.get("category") == "beacon" and finding.get("host"):
            keys.add(f"tracking host {finding['host']}")
    sender = record.get("sender") or {}
    origin = sender.get("origin") or {}
    if isinstance(origin, dict) and origin.get("ip"):
        keys.add(f"origin IP {origin['ip']}")
    dkim = sender.get("dkim") or {}
    if isinstance(dkim, dict) and dkim.get("domain"):
        keys.add(f"DKIM domain {dkim['domain']}")
    return keys


def group_campaigns(records: list[Record]) -> list[dict[str, Any]]:
    """Set `record["campaign"]` on every record (null when alone); return the groups, largest first."""
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    shared: dict[tuple[int, ...], set[str]] = defaultdict(set)  # members -> what links them
    by_key: dict[str, list[int]] = defaultdict(list)
    for index, record in enumerate(records):
        if record.get("ok"):
            for key in campaign_keys(record):
                by_key[key].append(index)
    for key, members in by_key.items():
        for other in members[1:]:
            union(members[0], other)
        if len(members) > 1:
            shared[tuple(members)].add(key)
    for i, j in _similar_bodies(records):
        union(i, j)
        shared[(i, j)].add("near-identical body")

    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(records)):
        groups[find(index)].append(index)
    multi = sorted((m for m in groups.values() if len(m) > 1), key=lambda m: (-len(m), m[0]))
    summary = []
    for number, members in enumerate(multi, start=1):
        member_set = set(members)
        reasons = sorted({r for pair, rs in shared.items() if member_set.issuperset(pair) for r in rs})
        campaign = {"id": f"C{number}", "size": len(members), "shared": reasons}
        for index in members:
            records[index]["campaign"] = campaign
        summary.append({**campaign, "files": [_label(records[i]) for i in members]})
    return summary


def _similar_bodies(records: list[Record]) -> Iterable[tuple[int, int]]:
    hashes: list[tuple[int, int]] = []
    for index, record in enumerate(records):
        value = ((record.get("fingerprints") or {}).get("body_simhash")) if record.get("ok") else None
        if value:
            hashes.append((index, int(value, 16)))
    buckets: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for index, value in hashes:
        for band, (low, high) in enumerate(itertools.pairwise(_BAND_EDGES)):
            buckets[(band, value >> low & ((1 << (high - low)) - 1))].append((index, value))
    seen: set[tuple[int, int]] = set()
    for bucket in buckets.values():
        if len(bucket) > 2000:  # a boilerplate-only bucket; pairing it all would be quadratic
            continue
        for a in range(len(bucket)):
            for b in range(a + 1, len(bucket)):
                (i, x), (j, y) = bucket[a], bucket[b]
                if (i, j) not in seen and hamming(x, y) <= SIMHASH_MAX_DISTANCE:
                    seen.add((i, j))
                    yield i, j


def _label(record: Record) -> str:
    position = record.get("source") or {}
    return f"{record['file']}#{position['mbox_index']}" if position else record["file"]
