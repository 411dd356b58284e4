"""Runs inside a private network namespace (see test_leak_proof_netns.py); prints JSON counts.

The namespace has only a loopback interface, and its resolv.conf names 127.0.0.1, where this
script listens for DNS. Every remote URL of the messages is rewritten to a host name under
`.leak.test` on this script's HTTP port, or to the bare loopback address, so any fetch shows
up as a DNS query or an HTTP request. The messages are rendered in every engine and exported
in every report format; control runs prove both counters see a leak when protections are off.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import itertools
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from file_watch import FileWatch

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

HTTP_PORT = 8080
GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
REMOTE_URL = re.compile(r"(?:https?:)?//(?!www\.w3\.org)[A-Za-z0-9.-]+(?::\d+)?|\\\\[A-Za-z0-9.-]+\\", re.IGNORECASE)
HTTP_HITS: list[str] = []
DNS_QUERIES: list[str] = []
TCP_CONNECTS: list[str] = []  # every accepted connection, with or without a request (preconnect)
PHASE = ["start"]  # what was running when a connection came, for the message
CANARY = Path(tempfile.gettempdir()) / "ei-netns-canary.png"  # the vectors' local file


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        HTTP_HITS.append(f"{self.command} {self.headers.get('Host')}{self.path}")
        self.send_response(200)
        self.send_header("Content-Type", "image/gif")
        self.send_header("Content-Length", str(len(GIF)))
        self.end_headers()
        self.wfile.write(GIF)

    do_POST = do_HEAD = do_GET

    def handle(self) -> None:
        with contextlib.suppress(OSError):
            super().handle()

    def log_message(self, *_args: object) -> None:
        pass


class CountingServer(ThreadingHTTPServer):
    daemon_threads = True

    def get_request(self):
        request = super().get_request()
        TCP_CONNECTS.append(f"{self.server_address[1]} during {PHASE[0]}")
        return request


def serve_tcp(port: int) -> None:
    """Ports 80 and 443: a preconnect or a TLS handshake opens a connection and sends no HTTP."""
    sock = socket.create_server(("127.0.0.1", port))
    while True:
        conn, _peer = sock.accept()
        TCP_CONNECTS.append(f"{port} during {PHASE[0]}")
        conn.close()


def serve_dns() -> None:
    """Count every query; answer each with 127.0.0.1 so a leaking client goes on to HTTP too.

    No name is spared: Chromium's own service traffic is turned off by its flags (test_exports).
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 53))
    while True:
        data, peer = sock.recvfrom(2048)
        name = _qname(data)
        DNS_QUERIES.append(name)
        answer = data[:2] + b"\x81\x80" + data[4:6] + data[4:6] + b"\x00\x00\x00\x00" + data[12:]
        answer += b"\xc0\x0c\x00\x01\x00\x01\x00\x00\x00\x05\x00\x04\x7f\x00\x00\x01"
        with contextlib.suppress(OSError):
            wanted = data[-4:-2] == b"\x00\x01"
            sock.sendto(answer if wanted else data[:2] + b"\x81\x83" + data[4:], peer)


def _qname(data: bytes) -> str:
    labels, i = [], 12
    while i < len(data) and data[i]:
        labels.append(data[i + 1 : i + 1 + data[i]].decode("ascii", "replace"))
        i += data[i] + 1
    return ".".join(labels)


_counter = itertools.count()


def rewrite(html: str) -> str:
    """Alternate between host names (a leak needs DNS first) and the bare loopback address."""

    def target(_match: re.Match[str]) -> str:
        n = next(_counter)
        return f"http://t{n}.leak.test:{HTTP_PORT}" if n % 2 else f"http://127.0.0.1:{HTTP_PORT}"

    return REMOTE_URL.sub(target, html)


def rewritten(path: Path | bytes):
    from inspector.parsing import load, load_bytes

    message = load_bytes(path) if isinstance(path, bytes) else load(path)
    bodies = [dataclasses.replace(b, text=rewrite(b.text)) for b in message.html_bodies]
    texts = [dataclasses.replace(b, text=rewrite(b.text)) for b in message.text_bodies]
    return dataclasses.replace(message, html_bodies=bodies, text_bodies=texts)


def wait(app, seconds: float, until=lambda: False) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end and not until():
        app.processEvents()
        time.sleep(0.01)


def render_all(app, messages, engine: str) -> None:
    from inspector.gui.safe_view import create_safe_view
    from inspector.render import safe_document

    view = create_safe_view(engine=engine)
    view.resize(900, 700)
    view.show()
    loaded = []
    view.load_finished.connect(lambda ok: loaded.append(ok))
    for message, report in messages:
        document = safe_document(message, report, highlight=True)
        for html in (document.html, document.text_html):
            before = len(loaded)
            view.set_html(html)
            wait(app, 20, lambda b=before: len(loaded) > b)
            if engine == "webengine":
                wait(app, 0.15)
    view.close()
    view.deleteLater()
    wait(app, 0.2)


def vector_messages() -> list[bytes]:
    """Each parser-differential vector alone, addressed to a name (DNS first) and to loopback."""
    from mxss_vectors import one_vector, vectors

    out = []
    for host in (f"http://mxss.leak.test:{HTTP_PORT}", f"https://127.0.0.1:{HTTP_PORT}", "https://tls.leak.test"):
        out += [one_vector(html) for _name, html in vectors(str(CANARY), host)]
    return out


def browse_all(documents: list[str], out: Path) -> list[str]:
    """The exported safe HTML and HTML reports opened in headless Chromium with JavaScript on (its
    default), as a user might: `<noscript>` is raw text there and `<option>` keeps its markup."""
    from test_exports import CHROMIUM_FLAGS  # the flags the HTML report's browser test uses

    chromium = shutil.which("chromium")
    if chromium is None:
        return ["chromium not installed"]
    problems = []
    for index, html in enumerate(documents):
        page = out / f"page{index}.html"
        page.write_text(html, encoding="utf-8")
        command = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={out / 'profile'}", f"--screenshot={out / 'p.png'}"]
        done = subprocess.run([*command, page.as_uri()], capture_output=True, timeout=120, check=False)
        if not (out / "p.png").exists():
            problems.append(f"page{index}: chromium rendered nothing ({done.returncode})")
        (out / "p.png").unlink(missing_ok=True)
    return problems


def run_commands(out: Path) -> list[str]:
    """The window (`--screenshot`) and `render --png` in both engines, as a user runs them."""
    from mxss_vectors import vectors_message

    message = out / "vectors.eml"
    message.write_bytes(rewrite(vectors_message(str(CANARY)).decode()).encode())
    commands = [["--screenshot", str(out / "window.png"), str(message)]]
    for engine in ("webengine", "textbrowser"):
        pictures = ["--html", str(out / f"{engine}.html"), "--png", str(out / f"{engine}.png")]
        commands.append(["render", str(message), *pictures, "--engine", engine])
    problems = []
    for args in commands:
        done = subprocess.run([sys.executable, "-m", "inspector", *args], capture_output=True, timeout=180, check=False)
        if done.returncode not in (0, 3):
            problems.append(f"{args[0]} exited {done.returncode}: {done.stderr.decode(errors='replace')[-300:]}")
    return problems


def browser_pages(vectors, messages) -> list[str]:
    """What a user might open in a browser: `render --html` safe documents and HTML reports."""
    from inspector.render import safe_document
    from inspector.report.html_report import render_html
    from inspector.report.record import ok_record

    combined = "".join(safe_document(m, r).html for m, r in vectors)  # one page, every vector
    pages = [combined] + [safe_document(m, r).html for m, r in messages]
    pages += [render_html(ok_record("m.eml", m.raw or b"", r)) for m, r in vectors[:1] + messages[:1]]
    return pages


def export_all(messages, out: Path) -> None:
    from inspector.gui.export import thumbnail_png, write_pdf
    from inspector.report.bundle import write_bundle
    from inspector.report.csv_report import csv_rows
    from inspector.report.html_report import render_html
    from inspector.report.record import ok_record
    from inspector.report.stix import stix_bundle

    records = []
    for index, (message, report) in enumerate(messages):
        record = ok_record(f"m{index}.eml", message.raw or b"", report)
        records.append(record)
        json.dumps(record)
        csv_rows(record)
        html = render_html(record, thumbnail_png=thumbnail_png(message, report))
        (out / f"m{index}.html").write_text(html, encoding="utf-8")
        write_pdf(html, out / f"m{index}.pdf")
        write_bundle(message.raw or b"", record, out / f"m{index}.zip")
    stix_bundle(records)


def control(app) -> dict[str, int]:
    """An unprotected WebEngine page must show up in both counters, or the proof proves nothing."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView

    HTTP_HITS.clear()
    DNS_QUERIES.clear()
    TCP_CONNECTS.clear()
    profile = QWebEngineProfile()
    view = QWebEngineView(profile)
    html = f"<img src='http://control.leak.test:{HTTP_PORT}/dns.gif'><img src='http://127.0.0.1:{HTTP_PORT}/http.gif'>"
    view.setHtml(html, QUrl(f"http://127.0.0.1:{HTTP_PORT}/"))
    # Wait for both images: the assertion needs both, and the second may land after the first.
    wait(app, 15, lambda: all(any(name in h for h in HTTP_HITS) for name in ("dns.gif", "http.gif")) and DNS_QUERIES)
    counts = {"http": len(HTTP_HITS), "dns": len(DNS_QUERIES), "tcp": len(TCP_CONNECTS)}
    view.setPage(None)
    view.deleteLater()
    wait(app, 0.2)
    return counts


# --- Issue 21, item 1: markup in titles, link targets and attachment names, hovered in the window ---


def hover_titles(app, engines: list[str], out: Path) -> dict[str, int]:
    """`hostile_titles.py` names the canary (and, rewritten, hosts of ours) in titles, link targets,
    headers, attachment names and forwarded messages' names; the window opens it in each engine and
    every widget, item, tab and titled element is hovered (Qt reads <img src> in a rich-text tooltip)."""
    from hostile_titles import hostile_message
    from hover import Hover, open_and_hover
    from PySide6.QtCore import QSettings

    from inspector.gui import worker
    from inspector.gui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(out / "settings"))
    counts = {"titled": 0, "hostile_tooltips": 0}
    here, worker.SYNCHRONOUS = os.getcwd(), True
    os.chdir(CANARY.parent)  # a bare name in rich text is read from the working directory
    try:
        for engine in engines:
            os.environ["EMAIL_INSPECTOR_ENGINE"] = engine
            path = out / f'<img src="{CANARY.name}"> {engine}.eml'  # the tab's tooltip is the path
            path.write_bytes(rewrite(hostile_message(str(CANARY), CANARY.name).decode()).encode())
            window, hover = MainWindow(), Hover()
            window.show()
            counts["titled"] += open_and_hover(window, str(path), engine, hover)
            counts["hostile_tooltips"] += len(hover.hostile(CANARY.name))
            window.close()
            window.deleteLater()
            wait(app, 0.2)
    finally:
        os.chdir(here)
        worker.SYNCHRONOUS = False
        os.environ.pop("EMAIL_INSPECTOR_ENGINE", None)
    return counts


FULL = os.environ.get("LEAK_PROOF_SCOPE") == "full"  # the whole corpus in every engine and export, not a sample


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    engines = sys.argv[2].split(",") if len(sys.argv) > 2 else ["textbrowser", "webengine"]
    threading.Thread(target=CountingServer(("127.0.0.1", HTTP_PORT), Handler).serve_forever, daemon=True).start()
    threading.Thread(target=serve_dns, daemon=True).start()
    for port in (80, 443):
        threading.Thread(target=serve_tcp, args=(port,), daemon=True).start()
    CANARY.write_bytes(GIF)

    from inspector.analysis import analyse
    from inspector.gui.export import ensure_app

    app = ensure_app()
    fixtures = Path(__file__).resolve().parent / "fixtures"
    demo = Path(__file__).resolve().parent.parent / "resources" / "demo" / "demo-phish.eml"
    paths = [fixtures / "render" / "all_vectors.eml", demo]
    if corpus and corpus.is_dir():
        # Every other message, whatever its size, and every newsletter (they carry the most
        # trackers). Large newsletters used to be left out: QTextBrowser took minutes on nested
        # tables, until render/simplify.py (docs/performance.md).
        found = sorted(p for p in corpus.rglob("*") if p.suffix in (".eml", ".msg") and p.is_file())
        sample = [p for i, p in enumerate(found) if i % 2 == 0 or p.parent.name == "unspy_newsletters"]
        paths += found if FULL else sample
    messages = []
    for path in paths:
        try:
            message = rewritten(path)
        except Exception:  # noqa: BLE001 - unreadable corpus files are the loader's tests' business
            continue
        if REMOTE_URL.search("".join(b.text for b in message.html_bodies)) or path.parent.name in ("render", "demo"):
            messages.append((message, analyse(message)))
    vectors = [(m, analyse(m)) for m in (rewritten(data) for data in vector_messages())]
    result: dict[str, object] = {"messages": len(messages), "vectors": len(vectors)}
    started = time.monotonic()
    timings: dict[str, float] = {}
    with FileWatch(str(CANARY)) as watch:
        PHASE[0] = "textbrowser"
        render_all(app, vectors + messages, "textbrowser")  # every message with a remote reference
        timings["textbrowser"] = round(time.monotonic() - started, 1)
        if "webengine" in engines:  # WebEngine is slow to load pages: a sample of the corpus, every vector
            PHASE[0] = "webengine"
            # (every vector once in the sample run; to a name, to loopback and over TLS in the full one)
            render_all(app, vectors + messages if FULL else vectors[::3] + messages[::4], "webengine")
            timings["webengine"] = round(time.monotonic() - started - sum(timings.values()), 1)
        with tempfile.TemporaryDirectory() as out:
            PHASE[0] = "hover"  # issue 21: titles and attachment names, hovered in both engines
            result["hover"] = hover_titles(app, engines, Path(out))
            timings["hover"] = round(time.monotonic() - started - sum(timings.values()), 1)
            PHASE[0] = "exports"
            export_all(vectors + messages if FULL else vectors[::3] + messages[:12], Path(out))
            timings["exports"] = round(time.monotonic() - started - sum(timings.values()), 1)
            PHASE[0] = "commands"
            result["commands"] = run_commands(Path(out))
            timings["commands"] = round(time.monotonic() - started - sum(timings.values()), 1)
            PHASE[0] = "browser"
            before = len(DNS_QUERIES)
            result["browser"] = browse_all(browser_pages(vectors, messages[:2]), Path(out))
            PHASE[0] = "browser control"
            hits = len(HTTP_HITS)
            browse_all([f"<img src='http://browser.leak.test:{HTTP_PORT}/browser-control.gif'>"], Path(out))
            result["browser_control"] = HTTP_HITS[hits:]
            del HTTP_HITS[hits:]
            # The control's own name is expected (and its HTTPS record, _8080._https.browser.leak.test);
            # nothing else is filtered: Chromium's service traffic is off (test_exports.CHROMIUM_FLAGS).
            expected = "browser.leak.test"
            DNS_QUERIES[before:] = [q for q in DNS_QUERIES[before:] if expected not in q]
            TCP_CONNECTS[:] = [c for c in TCP_CONNECTS if not c.endswith("during browser control")]
            timings["browser"] = round(time.monotonic() - started - sum(timings.values()), 1)
        wait(app, 0.5)
        result["file_reads"] = watch.events()
    result["timings"] = timings
    result.update(http=list(HTTP_HITS), dns=list(DNS_QUERIES), tcp=list(TCP_CONNECTS))
    result["seconds"] = round(time.monotonic() - started, 1)
    if "webengine" in engines:
        result["control"] = control(app)
    print("RESULT " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
