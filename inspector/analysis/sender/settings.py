"""Sender-analysis settings: the recipient's own domains, trusted authserv-ids, history, online mode.

Read from environment variables by default. The window puts what its Settings dialog set (stored
with QSettings) over them with `inspector.overrides.set_overrides`, so it wins over the environment for
what it sets; `scan` turns its options into the environment variables, so worker processes see them too. A caller can
override them for one analysis with `use_settings(...)`, which is how `scan --online` reaches the
analyser without changing the analyser signature shared by every check.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ...overrides import sender_overrides

ENV_OWN_DOMAINS = "EMAIL_INSPECTOR_OWN_DOMAINS"
ENV_TRUSTED_AUTHSERV = "EMAIL_INSPECTOR_TRUSTED_AUTHSERV_IDS"
ENV_HISTORY_DIR = "EMAIL_INSPECTOR_SENDER_HISTORY_DIR"
ENV_EXACT = "EMAIL_INSPECTOR_OWN_DOMAINS_EXACT"


@dataclass(frozen=True)
class SenderSettings:
    """`own_domains`: the recipient organisation's mail domains; `trusted_authserv_ids`: whose
    Authentication-Results to believe (empty: infer from the Received chain); `history_dir`: where
    the opt-in local sender history lives (None: off); `online`: allow DNS lookups for DKIM keys;
    `exact_own_domains`: own domains and trusted authserv-ids name those very servers only (no
    subdomains, nothing inferred from the recipients) instead of matching by suffix."""

    own_domains: tuple[str, ...] = ()
    trusted_authserv_ids: tuple[str, ...] = ()
    history_dir: Path | None = None
    online: bool = False
    exact_own_domains: bool = False

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> SenderSettings:
        env = os.environ if environ is None else environ
        history = env.get(ENV_HISTORY_DIR, "").strip()
        return cls(
            own_domains=_split(env.get(ENV_OWN_DOMAINS, "")),
            trusted_authserv_ids=_split(env.get(ENV_TRUSTED_AUTHSERV, "")),
            history_dir=Path(history) if history else None,
            exact_own_domains=env.get(ENV_EXACT, "").strip().lower() in ("1", "true", "yes", "on"),
        )


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip().lower().rstrip(".") for v in value.replace(";", ",").split(",") if v.strip())


_current: contextvars.ContextVar[SenderSettings | None] = contextvars.ContextVar("sender_settings", default=None)


def current_settings() -> SenderSettings:
    chosen = _current.get()
    if chosen is not None:
        return chosen
    changes = sender_overrides()
    return replace(SenderSettings.from_env(), **changes) if changes else SenderSettings.from_env()  # type: ignore[arg-type]


@contextlib.contextmanager
def use_settings(settings: SenderSettings | None = None, **overrides: object) -> Iterator[SenderSettings]:
    """Analyse with these settings (e.g. `use_settings(online=True)`) for the duration of the block."""
    chosen = replace(settings or current_settings(), **overrides)  # type: ignore[arg-type]
    token = _current.set(chosen)
    try:
        yield chosen
    finally:
        _current.reset(token)
