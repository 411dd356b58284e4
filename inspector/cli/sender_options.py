"""`scan` options for the sender analysis: own domains, trusted authserv-ids, the local sender history.

They are written into the environment variables the analysis reads (inspector/analysis/sender/settings.py),
so worker processes started afterwards see them too. An option wins over the variable it replaces.
"""

from __future__ import annotations

import argparse
import os

from ..analysis.sender.settings import ENV_HISTORY_DIR, ENV_OWN_DOMAINS, ENV_TRUSTED_AUTHSERV


def add_sender_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("sender checks (each wins over its environment variable)")
    group.add_argument(
        "--own-domain",
        action="append",
        metavar="DOMAIN",
        help=f"your organisation's mail domain; repeat or separate with commas (instead of ${ENV_OWN_DOMAINS})",
    )
    group.add_argument(
        "--trusted-authserv-id",
        action="append",
        metavar="ID",
        help="whose Authentication-Results to believe, e.g. mx.example.org; repeat or separate with commas "
        f"(instead of ${ENV_TRUSTED_AUTHSERV}; default: inferred from the Received lines)",
    )
    group.add_argument(
        "--history",
        metavar="DIR|off",
        help="keep a local sender history in DIR to warn about first-time senders, or 'off' "
        f"(instead of ${ENV_HISTORY_DIR}; only addresses and counts are stored)",
    )


def apply_sender_options(args: argparse.Namespace, environ: os._Environ[str] | dict[str, str] = os.environ) -> None:
    """Write the given options into the environment the analysis (and its worker processes) read."""
    if args.own_domain:
        environ[ENV_OWN_DOMAINS] = ",".join(args.own_domain)
    if args.trusted_authserv_id:
        environ[ENV_TRUSTED_AUTHSERV] = ",".join(args.trusted_authserv_id)
    if args.history is not None:
        environ[ENV_HISTORY_DIR] = "" if args.history.strip().lower() in ("off", "no", "") else args.history
