"""The safe view widget in both engines: links never navigate, selection and copy work, scrolling to ids."""

from __future__ import annotations

import base64
import json
import sys

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector.gui.safe_view import EngineUnavailable, TextBrowserView, create_safe_view
from inspector.render.links import link_href

pytestmark = pytest.mark.gui

TARGET = "https://click.example/c?u=alice%40example.org&x=1"
PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:8px;font:16px sans-serif">
<p id="top">Hello reader, select me.</p>
<p><a href="{link_href(TARGET)}" style="font-size:40px">a tracked link</a></p>
{"<p>spacer</p>" * 150}
<p data-ei-refs="ei-ref-1-7"><img data-ei-refs="ei-ref-1-8" width="20" height="20"
 src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==">far below</p>
</body></html>"""


def _engines() -> list[str]:
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        return ["textbrowser"]
    return ["textbrowser", "webengine"]


@pytest.fixture(params=_engines())
def view(request, qtbot):
    safe = create_safe_view(engine=request.param)
    qtbot.addWidget(safe)
    safe.resize(700, 500)
    safe.show()
    with qtbot.waitSignal(safe.load_finished, timeout=20_000) as loaded:
        safe.set_html(PAGE)
    assert loaded.args == [True]
    assert safe.engine_name == request.param
    return safe


def _link_point(view) -> QPoint:
    if view.engine_name == "textbrowser":
        browser = view.browser
        cursor = browser.document().find("a tracked link")
        cursor.setPosition(cursor.selectionStart() + 3)
        return browser.cursorRect(cursor).center()
    from PySide6.QtWebEngineCore import QWebEngineScript

    box: list = []
    view.page.runJavaScript(
        "JSON.stringify(document.querySelector('a').getBoundingClientRect())",
        QWebEngineScript.ScriptWorldId.ApplicationWorld,
        box.append,
    )
    _wait(lambda: bool(box))
    rect = json.loads(box[0])  # arrays do not cross runJavaScript; JSON text does
    return QPoint(int(rect["x"] + rect["width"] / 2), int(rect["y"] + rect["height"] / 2))


def _wait(condition, timeout_ms: int = 5000) -> None:
    for _ in range(timeout_ms // 20):
        if condition():
            return
        QTest.qWait(20)
    raise AssertionError("condition not met in time")


def _click_target(view):
    return view.browser.viewport() if view.engine_name == "textbrowser" else view.view.focusProxy()


def test_link_click_emits_the_real_target_and_does_not_navigate(view, qtbot) -> None:
    point = _link_point(view)
    with qtbot.waitSignal(view.link_activated, timeout=5000) as clicked:
        QTest.mouseClick(_click_target(view), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert clicked.args == [TARGET]
    QTest.qWait(200)
    if view.engine_name == "webengine":
        assert view.page.url().toString().startswith("inspector:doc/")
        assert view.blocked_requests == []
    else:
        assert "Hello reader" in view.browser.toPlainText()


def test_select_all_and_copy(view, qtbot) -> None:
    view.select_all()
    _wait(lambda: "Hello reader" in view.selected_text())
    QApplication.clipboard().clear()
    view.copy()
    _wait(lambda: "Hello reader, select me." in QApplication.clipboard().text())
    assert "far below" in QApplication.clipboard().text()


def test_scroll_to_element(view, qtbot) -> None:
    view.scroll_to_element("ei-ref-1-8")
    if view.engine_name == "textbrowser":
        _wait(lambda: view.browser.verticalScrollBar().value() > 1000)
        assert view.browser.extraSelections()
        return
    from PySide6.QtWebEngineCore import QWebEngineScript

    state: list = []
    _wait(lambda: view.page.scrollPosition().y() > 1000)
    view.page.runJavaScript(
        "document.querySelector('img').style.outline",
        QWebEngineScript.ScriptWorldId.ApplicationWorld,
        state.append,
    )
    _wait(lambda: bool(state))
    assert "3px" in state[0] and "solid" in state[0]


def test_textbrowser_loads_data_images_only(qtbot) -> None:
    view = TextBrowserView()
    qtbot.addWidget(view)
    image = QTextDocument.ResourceType.ImageResource.value
    browser = view.browser
    assert browser.loadResource(image, QUrl("file:///etc/hostname")).isNull()
    assert browser.loadResource(image, QUrl("http://127.0.0.1:9/x.png")).isNull()
    assert browser.loadResource(image, QUrl("cid:logo@x")).isNull()
    gif = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
    assert not browser.loadResource(image, QUrl(gif)).isNull()


def test_textbrowser_reads_no_local_file_the_document_names(qtbot, tmp_path) -> None:
    """The view holds on its own: Qt reads file: images itself when loadResource answers None."""
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
    names = ("img.gif", "css.gif", "cell.gif")
    for name in names:
        (tmp_path / name).write_bytes(gif)
    url = {name: QUrl.fromLocalFile(str(tmp_path / name)) for name in names}
    view = TextBrowserView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    with qtbot.waitSignal(view.load_finished):
        view.set_html(
            f'<p><img src="{url["img.gif"].toString()}" width="20" height="20"></p>'
            f'<p style="background-image:url({url["css.gif"].toString()})">text</p>'
            f'<table background="{url["cell.gif"].toString()}"><tr><td>cell</td></tr></table>'
        )
    view.browser.viewport().grab()  # paint: images are asked for while laying out and drawing
    document = view.browser.document()
    image = QTextDocument.ResourceType.ImageResource.value
    for name in names:
        loaded = document.resource(image, url[name])
        assert loaded is None or loaded.isNull(), name


def test_engine_choice_and_fallback(qtbot, monkeypatch) -> None:
    monkeypatch.setenv("EMAIL_INSPECTOR_ENGINE", "textbrowser")
    forced = create_safe_view()
    qtbot.addWidget(forced)
    assert forced.engine_name == "textbrowser" and forced.fallback_reason == ""
    monkeypatch.delenv("EMAIL_INSPECTOR_ENGINE")
    monkeypatch.setitem(sys.modules, "inspector.gui.webengine_view", None)  # as if not installed
    fallback = create_safe_view()
    qtbot.addWidget(fallback)
    assert fallback.engine_name == "textbrowser" and "webengine_view" in fallback.fallback_reason
    with pytest.raises(EngineUnavailable):
        create_safe_view(engine="webengine")
    with pytest.raises(ValueError):
        create_safe_view(engine="gecko")


@pytest.mark.skipif("webengine" not in _engines(), reason="PySide6-WebEngine not installed")
def test_webengine_serves_large_documents(qtbot) -> None:
    """setHtml fails above 2 MB; the internal scheme handler does not."""
    view = create_safe_view(engine="webengine")
    qtbot.addWidget(view)
    big = "<p>" + ("lorem ipsum dolor sit amet " * 120_000) + "</p><p>the end</p>"
    assert len(big) > 3_000_000
    with qtbot.waitSignal(view.load_finished, timeout=30_000) as loaded:
        view.set_html(big)
    assert loaded.args == [True]


@pytest.mark.skipif("webengine" not in _engines(), reason="PySide6-WebEngine not installed")
def test_webengine_views_given_documents_at_once_each_show_their_own(qtbot) -> None:
    """The document store is shared: a view that had not fetched its document yet (a tab opened just
    before another) used to find it replaced, and stayed blank and never ready."""
    from PySide6.QtWebEngineCore import QWebEngineScript

    views = [create_safe_view(engine="webengine") for _ in range(3)]
    finished: list[tuple[int, bool]] = []
    for number, view in enumerate(views):
        if number < 2:
            qtbot.addWidget(view)  # the third is deleted by the test itself
        view.show()
        view.load_finished.connect(lambda ok, n=number: finished.append((n, ok)))
    for number, view in enumerate(views):
        view.set_html(f"<p>document {number}</p>")
    qtbot.waitUntil(lambda: len(finished) == 3, timeout=30_000)
    assert sorted(finished) == [(0, True), (1, True), (2, True)]
    for number, view in enumerate(views):
        text: list = []
        view.page.runJavaScript("document.body.innerText", QWebEngineScript.ScriptWorldId.ApplicationWorld, text.append)
        _wait(lambda t=text: bool(t))
        assert text[0].strip() == f"document {number}"
    store = views[0].profile._ei_store
    shown = set(store.documents)
    views[1].set_html("<p>replaced</p>")  # a view keeps only the document it shows
    qtbot.waitUntil(lambda: len(finished) == 4, timeout=30_000)
    assert len(store.documents) == len(shown)
    views[2].deleteLater()  # a closed tab's document goes with it
    qtbot.waitUntil(lambda: len(store.documents) == len(shown) - 1, timeout=5000)
