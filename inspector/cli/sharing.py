"""The options of exports that leave the house: redaction of the reader, TLP, indicator roles.

Light on purpose (no analysis imported): `scan --help` loads it.
"""

from __future__ import annotations

import argparse
from typing import Any

TLP_CHOICES = ("clear", "green", "amber", "amber+strict", "red")


def add_sharing_options(parser: argparse.ArgumentParser, *, indicators: bool = True) -> None:
    """The options every export that leaves the house shares (iocs, bundle; scan has --redact-recipient)."""
    parser.add_argument(
        "--redact-recipient",
        action="store_true",
        help="replace the reader's address, name and the tokens that name them with [recipient]",
    )
    if indicators:
        parser.add_argument(
            "--all-roles",
            action="store_true",
            help="also the impersonated, recipient-side and benign indicators, labelled (default: the attacker's)",
        )
        parser.add_argument("--tlp", choices=TLP_CHOICES, default="amber", help="TLP marking of STIX and MISP")


def shared_record(record: dict[str, Any], *, redact: bool) -> dict[str, Any]:
    if not redact or not record.get("ok"):
        return record
    from ..report.redact import redact_record  # noqa: PLC0415

    return redact_record(record)
