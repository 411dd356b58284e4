"""The faithful engine: Qt WebEngine, locked down so that a document can load nothing at all.

One off-the-record profile per application: no disk cache, no cookies or storage on disk,
JavaScript off for pages, no DNS prefetch, no plugins, no favicon loads, no hyperlink pings.
A request interceptor blocks every request that is not `data:` or our internal scheme, and the
documents themselves are served by an internal scheme handler (no 2 MB `setHtml` limit).
Importing this module fails where PySide6-WebEngine is not installed; `safe_view` falls back.
"""

from __future__ import annotations

import atexit
import itertools
import json
import os
import weakref
from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPoint, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from ..render import INTERNAL_SCHEME, link_target

if hasattr(os, "geteuid") and os.geteuid() == 0:
    # Chromium refuses to start as root with its sandbox on; only then do we turn it off.
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
_FLAGS = ("--dns-prefetch-disable", "--disable-background-networking", "--no-pings")
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join([os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""), *_FLAGS]).strip()

from PySide6.QtWebEngineCore import QWebEnginePage as _Page  # noqa: E402
from PySide6.QtWebEngineCore import (  # noqa: E402 - the environment above must be set first
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402

from .safe_view_base import SafeView  # noqa: E402
from .widgets import PlainToolTips  # noqa: E402

ALLOWED_SCHEMES = frozenset({"data", INTERNAL_SCHEME})
_OFF = (
    "JavascriptEnabled", "JavascriptCanOpenWindows", "JavascriptCanAccessClipboard", "JavascriptCanPaste",
    "LocalContentCanAccessRemoteUrls", "LocalContentCanAccessFileUrls", "LocalStorageEnabled",
    "PluginsEnabled", "AutoLoadIconsForPage", "HyperlinkAuditingEnabled", "DnsPrefetchEnabled",
    "ErrorPageEnabled", "PdfViewerEnabled", "WebGLEnabled", "Accelerated2dCanvasEnabled",
    "ScreenCaptureEnabled", "AllowRunningInsecureContent", "AllowGeolocationOnInsecureOrigins",
    "NavigateOnDropEnabled", "ReadingFromCanvasEnabled", "FullScreenSupportEnabled", "WebRTCPublicInterfacesOnly",
    "XSSAuditingEnabled", "SpatialNavigationEnabled", "TouchIconsEnabled", "FocusOnNavigationEnabled",
)  # fmt: skip
_SCROLL_JS = """(function (id) {
  for (const old of document.querySelectorAll('[data-ei-outlined]')) {
    old.style.outline = old.getAttribute('data-ei-outlined'); old.removeAttribute('data-ei-outlined');
  }
  const all = document.querySelectorAll('[data-ei-refs]');
  const el = Array.from(all).find(e => e.getAttribute('data-ei-refs').split(' ').includes(id));
  if (!el || el.closest('head')) return false;
  el.setAttribute('data-ei-outlined', el.style.outline || '');
  el.style.outline = '3px solid %s'; el.style.outlineOffset = '2px';
  el.scrollIntoView({block: 'center', inline: 'nearest'});
  return true;
})(%s)"""


def register_scheme() -> None:
    """Register the internal scheme; must run before the first WebEngine object exists."""
    name = INTERNAL_SCHEME.encode()
    if QWebEngineUrlScheme.schemeByName(QByteArray(name)).name() == QByteArray(name):
        return
    scheme = QWebEngineUrlScheme(name)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Path)
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme | QWebEngineUrlScheme.Flag.LocalScheme)
    QWebEngineUrlScheme.registerScheme(scheme)


class Blocker(QWebEngineUrlRequestInterceptor):
    """Second guard: the sanitiser leaves nothing to fetch, and this refuses whatever it missed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []

    def interceptRequest(self, info: object) -> None:
        url = info.requestUrl()
        if url.scheme().lower() not in ALLOWED_SCHEMES:
            self.blocked.append(url.toString()[:200])
            info.block(True)


class DocumentStore(QWebEngineUrlSchemeHandler):
    """Serves `inspector:doc/N` from memory; every other internal URL fails."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.documents: dict[str, bytes] = {}
        self._numbers = itertools.count(1)

    def add(self, html: str, replaces: str = "") -> QUrl:
        """A new address for `html`, dropping the document it replaces (each view shows one at a time).

        Shared by every view: keeping only the newest document made a view that had not yet fetched
        its own (a tab opened just before another) fail to load and stay blank.
        """
        self.discard(replaces)
        url = f"{INTERNAL_SCHEME}:doc/{next(self._numbers)}"
        self.documents[url] = html.encode("utf-8")
        return QUrl(url)

    def discard(self, url: str) -> None:
        self.documents.pop(url, None)

    def requestStarted(self, job: object) -> None:
        data = self.documents.get(job.requestUrl().toString())
        if data is None:
            job.fail(job.Error.UrlNotFound)
            return
        buffer = QBuffer(job)
        buffer.setData(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(b"text/html", buffer)


def locked_profile() -> QWebEngineProfile:
    """The application's one locked-down, off-the-record profile (created on first use)."""
    app = QApplication.instance()
    profile = getattr(app, "_ei_safe_profile", None)
    if profile is not None:
        return profile
    register_scheme()
    profile = QWebEngineProfile(app)  # no storage name: off the record, nothing written to disk
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.NoCache)
    profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
    profile.setSpellCheckEnabled(False)
    settings = profile.settings()
    for name in _OFF:
        attribute = getattr(QWebEngineSettings.WebAttribute, name, None)
        if attribute is not None:
            settings.setAttribute(attribute, False)
    settings.setAttribute(QWebEngineSettings.WebAttribute.AutoLoadImages, True)  # data: only
    profile._ei_blocker = Blocker(profile)  # keep Python references alive with the profile
    profile._ei_store = DocumentStore(profile)
    profile.setUrlRequestInterceptor(profile._ei_blocker)
    profile.installUrlSchemeHandler(INTERNAL_SCHEME.encode(), profile._ei_store)
    app._ei_safe_profile = profile
    return profile


_PAGES: weakref.WeakSet = weakref.WeakSet()


@atexit.register
def _delete_pages() -> None:
    """Pages must go before the profile (owned by the application), or Chromium complains at exit."""
    for page in list(_PAGES):
        if shiboken6.isValid(page):
            shiboken6.delete(page)


class LockedPage(_Page):
    """Navigates only to the document it was given; a link click becomes a signal instead."""

    def __init__(self, profile: QWebEngineProfile, view: WebEngineView) -> None:
        super().__init__(profile, view)
        self._view = view
        self.expected = QUrl()
        _PAGES.add(self)

    def acceptNavigationRequest(self, url: QUrl, kind: object, main_frame: bool) -> bool:
        if main_frame and url == self.expected and kind != _Page.NavigationType.NavigationTypeLinkClicked:
            return True
        if kind == _Page.NavigationType.NavigationTypeLinkClicked:
            self._view._emit_link(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return False

    def createWindow(self, _kind: object) -> None:
        return None


def _forget_document(store: DocumentStore, shown: list[str], *_args: object) -> None:
    """A closed tab's document leaves the store with it."""
    store.discard(shown[0])


class WebEngineView(SafeView):
    engine_name = "webengine"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = locked_profile()
        self.view = QWebEngineView(self)
        self.page = LockedPage(self.profile, self)
        self.view.setPage(self.page)
        self._tooltips = PlainToolTips(self.view)  # a page's title= is the sender's text, never markup
        self.view.setAcceptDrops(False)  # a dropped file belongs to the window, not the view
        self.view.setContextMenuPolicy(self.view.contextMenuPolicy().CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.page.loadFinished.connect(self._loaded)
        self.page.renderProcessTerminated.connect(self._crashed)
        self._pending = False
        self.layout().addWidget(self.view)
        self._shown = [""]  # the address of the document shown; a list, shared with the clean-up
        self.destroyed.connect(partial(_forget_document, self.profile._ei_store, self._shown))

    @property
    def blocked_requests(self) -> list[str]:
        return self.profile._ei_blocker.blocked

    def set_html(self, html: str) -> None:
        url = self.profile._ei_store.add(html, replaces=self._shown[0])
        self._shown[0] = url.toString()
        self.page.expected = url
        self._pending = True
        self.page.load(url)

    def _loaded(self, ok: bool) -> None:
        if self._pending and self.page.url() == self.page.expected:
            self._pending = False
            self.load_finished.emit(ok)

    def _crashed(self, *_args: object) -> None:
        if self._pending:
            self._pending = False
            self.load_finished.emit(False)

    def scroll_to_element(self, element_id: str) -> None:
        script = _SCROLL_JS % ("#1a73e8", json.dumps(element_id))
        # Page JavaScript is off; the application world still runs our own script.
        self.page.runJavaScript(script, QWebEngineScript.ScriptWorldId.ApplicationWorld)

    def selected_text(self) -> str:
        return self.page.selectedText()

    def select_all(self) -> None:
        self.page.triggerAction(_Page.WebAction.SelectAll)

    def copy(self) -> None:
        self.page.triggerAction(_Page.WebAction.Copy)

    def find_text(self, text: str, *, backward: bool = False, again: bool = False, done: Callable) -> None:
        """Chromium finds, highlights every match and counts; the same text again steps to the next."""
        flags = _Page.FindFlag.FindBackward if backward else _Page.FindFlag(0)
        self.page.findText(text, flags, lambda result: done(result.activeMatch(), result.numberOfMatches()))

    def content_height(self, callback: object) -> None:
        QTimer.singleShot(0, lambda: callback(int(self.page.contentsSize().height())))

    def _context_menu(self, pos: QPoint) -> None:
        request = self.view.lastContextMenuRequest()
        menu = QMenu(self)
        if self.selected_text():
            menu.addAction(self.tr("Copy"), self.copy)
        link = request.linkUrl().toString(QUrl.ComponentFormattingOption.FullyEncoded) if request else ""
        target = link_target(link) if link else None
        if target:
            menu.addAction(self.tr("Copy link address"), lambda: QApplication.clipboard().setText(target))
        menu.addAction(self.tr("Select all"), self.select_all)
        menu.exec(self.view.mapToGlobal(pos))
