"""One way from a source to a report: read, parse, analyse; on request, the safe document.

The CLI commands, the batch runner (local processes or Dask) and the window all call `scan`, so a
message is loaded and analysed the same way wherever it is opened, and the JSON record, the window and
the exports can never disagree. `scan` never raises for anything a message contains: a message that
cannot be read or analysed comes back with an error code and a plain sentence.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .analysis import analyse
from .analysis.common.context import MessageContext
from .analysis.sender.settings import use_settings
from .model import Report
from .parsing import MAX_INPUT_BYTES, LoadError, Message, load_bytes
from .report.record import error_record, message_indicators, ok_record
from .sources import Source


@dataclass
class Scanned:
    """What `scan` made of one source: the bytes, the parsed message and the report, or the error."""

    source: Source
    data: bytes | None = None
    message: Message | None = None
    report: Report | None = None
    error_code: str = ""
    error_message: str = ""
    details: str = ""  # the traceback of an unexpected failure, for a bug report
    seconds: float = 0.0
    indicators: list[dict[str, Any]] | None = None  # the record's indicators, worked out with the analysis

    @property
    def ok(self) -> bool:
        return self.report is not None

    def record(self) -> dict[str, Any]:
        """The JSON record of `scan --format json` (docs/report-schema.md)."""
        file = self.source.path or self.source.name
        if self.report is None:
            return error_record(file, self.data, self.error_code, self.error_message, source=self.source)
        return ok_record(
            file, self.data, self.report, source=self.source, message=self.message, indicators=self.indicators
        )


def scan(source: Source, *, online: bool = False, indicators: bool = True) -> Scanned:
    """Read, parse and analyse one message; `online=True` allows DKIM key lookups in DNS (off by default).

    `indicators=False`: no indicator list now (about 8 % of a scan); the window and the message list show
    none, and `record()` works it out from the message if an export asks for it."""
    started = time.perf_counter()
    out = Scanned(source)
    try:
        if source.message is not None:
            out.message = source.message
        else:
            out.data = source.read(MAX_INPUT_BYTES)
            out.message = load_bytes(out.data)
        context = MessageContext(out.message)
        with use_settings(online=online):
            out.report = analyse(out.message, context)
            if indicators:
                out.indicators = message_indicators(out.message, out.report, context)
        context.hand_over()  # after the last reader: the sanitiser of the safe view reuses the trees
    except LoadError as exc:
        out.error_code, out.error_message = exc.code, exc.message
    except Exception as exc:  # noqa: BLE001 - the promise: an answer, never a traceback
        out.error_code, out.error_message = "ANALYSIS_FAILED", f"{type(exc).__name__}: {exc}"
        out.details = "".join(traceback.format_exception(exc))
    out.seconds = time.perf_counter() - started
    return out


def scan_record(source: Source, *, online: bool = False) -> dict[str, Any]:
    """`scan(source).record()`: a pure, picklable function for process pools and Dask workers."""
    return scan(source, online=online).record()


def scan_bytes(data: bytes, *, online: bool = False) -> Report:
    """The whole analysis as a pure function of the message bytes. Raises LoadError only."""
    with use_settings(online=online):
        return analyse(load_bytes(data))


def safe_document(
    message: Message, report: Report, *, words: Callable[[str], str] = str, highlight: bool | None = None
) -> tuple[Any, str]:
    """The safe document of a scanned message, or (None, why) when it cannot be made; never raises."""
    from .render import safe_document as make  # noqa: PLC0415 - only the commands that show the body need it

    try:
        return make(message, report, words=words, highlight=highlight), ""
    except Exception as exc:  # noqa: BLE001 - the rest of the report is still worth showing
        return None, f"the message body could not be made safe to show ({type(exc).__name__})"
