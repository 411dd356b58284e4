"""Leak proof: a real HTTP server on 127.0.0.1 counts every request while we render hostile mail.

Every remote URL of the beacon-vector fixture and of a sample of real corpus messages is rewritten
to point at the server. Rendered in every engine we ship (offscreen, waiting for the load to
finish) the safe view must cause zero requests. Control runs prove the server would see a leak:
the same pages in an unprotected WebEngine view hit it, and a stock QTextBrowser reads `file:`.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import CORPUS, FIXTURES, corpus_files
from file_watch import FileWatch
from leak_child import REMOTE_URL as _REMOTE
from mxss_vectors import one_vector, vectors
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTextBrowser

from inspector.gui.safe_view import create_safe_view
from inspector.model import MessageSummary, Report
from inspector.parsing import LoadError, load, load_bytes
from inspector.render import safe_document

pytestmark = pytest.mark.gui

GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
# scheme-relative or absolute http(s) URLs, and Windows share paths: all go to the counting server
SETTLE_MS = 200  # after load_finished, time for any late subresource request to show up
SAMPLE_SOURCES = {"unspy_newsletters": 4, "phishing_pot": 4, "spamassassin": 1, "eml_parser": 1}
CORPUS_SAMPLE = sum(SAMPLE_SOURCES.values())


class Counter(BaseHTTPRequestHandler):
    hits: list[str]
    timeout = 2

    def do_GET(self) -> None:
        self._count()
        self.send_response(200)
        self.send_header("Content-Type", "image/gif")
        self.send_header("Content-Length", str(len(GIF)))
        self.end_headers()
        self.wfile.write(GIF)

    def do_POST(self) -> None:
        self._count()
        self.send_response(204)
        self.end_headers()

    do_HEAD = do_GET

    def handle(self) -> None:
        with contextlib.suppress(OSError):  # the control view went away mid-response: counted already
            super().handle()

    def _count(self) -> None:
        if len(self.hits) < 10_000:
            self.hits.append(f"{self.command} {self.path}")

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    handler = type("Handler", (Counter,), {"hits": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd, handler.hits
    httpd.shutdown()
    httpd.server_close()


def rewrite(html: str, port: int) -> str:
    return _REMOTE.sub(f"http://127.0.0.1:{port}", html)


@pytest.fixture(scope="module")
def messages(server) -> list[tuple[str, object]]:
    return rewritten_messages(server[0].server_address[1])


def rewritten_messages(port: int) -> list[tuple[str, object]]:
    """(name, message with every remote URL of its HTML pointing at the server)."""
    paths = [FIXTURES / "render" / "all_vectors.eml", *_corpus_sample()]
    loaded = [(path.name, load(path)) for path in paths]
    host = f"http://127.0.0.1:{port}"
    loaded += [(f"mxss:{name}", load_bytes(one_vector(html))) for name, html in vectors(str(CANARY), host)]
    out = []
    for name, message in loaded:
        bodies = [dataclasses.replace(b, text=rewrite(b.text, port)) for b in message.html_bodies]
        out.append((name, dataclasses.replace(message, html_bodies=bodies)))
    return out


CANARY = Path(tempfile.gettempdir()) / "ei-leak-canary.png"  # named by the vectors' file: references


def _corpus_sample() -> list[Path]:
    """Real messages with remote references: newsletters with pixels and phishing, a few per source."""
    if not CORPUS.is_dir():
        return []
    quota = dict(SAMPLE_SOURCES)
    picked: list[Path] = []
    for path in corpus_files(CORPUS):
        source = path.relative_to(CORPUS).parts[0]
        if quota.get(source, 0) <= 0:
            continue
        try:
            message = load(path)
        except LoadError:
            continue
        html = "".join(b.text for b in message.html_bodies)
        if len(_REMOTE.findall(html)) >= 5 and len(html) < 400_000:
            picked.append(path)
            quota[source] -= 1
    return picked


def _engines() -> list[str]:
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        return ["textbrowser"]
    return ["textbrowser", "webengine"]


def _show(view, qtbot, html: str) -> None:
    with qtbot.waitSignal(view.load_finished, timeout=20_000):
        view.set_html(html)
    if view.engine_name == "webengine":  # QTextBrowser lays out (and asks for resources) synchronously
        QTest.qWait(SETTLE_MS)


@pytest.mark.parametrize("engine", _engines())
def test_safe_view_makes_no_request(engine, server, messages, qtbot, qtlog) -> None:
    httpd, hits = server
    port = httpd.server_address[1]
    view = create_safe_view(engine=engine)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    assert len(messages) >= (1 + CORPUS_SAMPLE if CORPUS.is_dir() else 1) + 40
    hits.clear()
    CANARY.write_bytes(GIF)
    with FileWatch(str(CANARY)) as watch:
        for name, message in messages:
            doc = safe_document(message, Report(message=MessageSummary()), highlight=True)
            text = "".join(b.text for b in message.html_bodies)
            assert f"127.0.0.1:{port}" in text or "base64," in text or "file://" in text, name
            _show(view, qtbot, doc.html)
            _show(view, qtbot, doc.text_html)
            assert hits == [], f"{engine} leaked while showing {name}: {hits[:5]}"
            assert watch.events() == [], f"{engine} read the canary file while showing {name}"
    if engine == "webengine":
        # The engine's locks hold on their own: the *unsanitised* pages, in the locked view, make no
        # request either (the local-scheme rule stops them, the interceptor would be next).
        with qtlog.disabled():  # Chromium logs each load it refuses on these raw pages: the refusal is the point
            for name, message in messages[:3]:
                _show(view, qtbot, message.html_bodies[0].text)
                assert hits == [], f"locked profile leaked on raw {name}: {hits[:5]}"


@pytest.mark.skipif("webengine" not in _engines(), reason="PySide6-WebEngine not installed")
def test_control_unprotected_webengine_hits_the_server(server, messages, qtbot, qtlog) -> None:
    from PySide6.QtWebEngineCore import QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView

    httpd, hits = server
    port = httpd.server_address[1]
    _name, message = messages[0]
    profile = QWebEngineProfile()  # off the record, but no interceptor, JavaScript on: a plain browser
    view = QWebEngineView(profile)
    qtbot.addWidget(view)
    hits.clear()
    with qtlog.disabled():  # a stock browser on hostile markup: its console complaints are Chromium's, not ours
        with qtbot.waitSignal(view.loadFinished, timeout=20_000):
            view.setHtml(message.html_bodies[0].text, QUrl(f"http://127.0.0.1:{port}/"))
        qtbot.waitUntil(lambda: len(hits) >= 5, timeout=10_000)
    assert any("hero.png" in h for h in hits)
    view.setPage(None)
    del view


def test_control_stock_textbrowser_reads_files(qapp, tmp_path) -> None:
    """Why `loadResource` is overridden: the stock widget would read a `file:` image from disk."""
    image = tmp_path / "x.gif"
    image.write_bytes(GIF)
    url = QUrl.fromLocalFile(str(image))
    stock = QTextBrowser()
    stock.setHtml(f'<img src="{url.toString()}">')
    assert stock.document().resource(QTextDocument.ResourceType.ImageResource.value, url) is not None
    locked = create_safe_view(engine="textbrowser")
    image_type = QTextDocument.ResourceType.ImageResource.value
    answer = locked.browser.loadResource(image_type, url)
    assert isinstance(answer, QImage) and answer.isNull()  # an empty image: None would let Qt read the file
    stock.deleteLater()
    locked.deleteLater()
