"""Mailboxes, Maildirs and folders open as a message list: rows, verdicts, sorting, filtering, opening."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from conftest import CORPUS
from gui_support import DEMO, drag_enter, drop, simple_message
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from inspector.gui import list_worker
from inspector.gui.main_window import MainWindow
from inspector.gui.message_list import MessageListTab
from inspector.gui.message_list_model import (
    CAMPAIGN,
    COLUMNS,
    DATE,
    FILTERS,
    SENDER,
    SUBJECT,
    THREAT,
    TRACKING,
    VERDICT,
    MessageListModel,
)
from inspector.gui.message_tab import MessageTab
from inspector.pipeline import scan
from inspector.report import list_rows
from inspector.report.campaigns import group_campaigns
from inspector.sources import Source, iter_sources

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_isolated")]
BROKEN = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def mbox_of(messages: list[bytes]) -> bytes:
    """An mbox (mboxrd quoting) holding `messages` in order."""
    out = []
    for data in messages:
        if data.startswith(b"From "):  # already an mbox entry: its own separator line goes
            data = data.partition(b"\n")[2]
        body = re.sub(rb"(?m)^(>*From )", rb">\1", data)
        out.append(b"From someone@example.org Tue Nov 25 09:00:00 2025\n" + body.rstrip(b"\r\n") + b"\n\n")
    return b"".join(out)


def corpus_mbox(tmp_path: Path) -> Path:
    """A real mbox from the corpus, or one made of corpus messages; skipped where the corpus is absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    found = sorted(p for p in CORPUS.rglob("*mbox*") if p.is_file())
    if found:
        return found[0]
    picks = []
    for folder in ("phishing_pot", "unspy_newsletters", "spamassassin"):
        picks += sorted(p for p in (CORPUS / folder).rglob("*.eml") if p.stat().st_size < 80_000)[:10]
    if not picks:
        pytest.skip("no corpus messages to make an mbox of")
    path = tmp_path / "corpus.mbox"
    path.write_bytes(mbox_of([p.read_bytes() for p in picks]))
    return path


def open_list(qtbot, window: MainWindow, path: Path) -> MessageListTab:
    window.open_paths([str(path)])
    tab = window.current_tab()
    assert isinstance(tab, MessageListTab)
    qtbot.waitUntil(lambda: tab.is_ready, timeout=120_000)
    return tab


def cells(tab: MessageListTab, column: int) -> list[str]:
    """A column as the table shows it (sorted and filtered)."""
    return [tab.proxy.index(row, column).data() for row in range(tab.proxy.rowCount())]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder with a message, a broken file, a Maildir and an mbox of two inside."""
    root = tmp_path / "suspects"
    (root / "inbox" / "cur").mkdir(parents=True)
    (root / "inbox" / "new").mkdir()
    (root / "inbox" / "tmp").mkdir()
    (root / "minutes.eml").write_bytes(simple_message(subject="Minutes of Tuesday"))
    (root / "broken.eml").write_bytes(BROKEN)
    (root / "inbox" / "cur" / "1700000000.1.host:2,S").write_bytes(DEMO.read_bytes())
    (root / "inbox" / "new" / "1700000001.2.host").write_bytes(simple_message(subject="Budget for 2026"))
    (root / "old.mbox").write_bytes(
        mbox_of([simple_message(subject="Archived one"), simple_message(subject="Archived two")])
    )
    return root


def test_corpus_mbox_rows_have_the_verdicts_of_scan(qtbot, window, tmp_path, qtmodeltester):
    path = corpus_mbox(tmp_path)
    tab = open_list(qtbot, window, path)
    sources = [s for s in iter_sources([str(path)]) if isinstance(s, Source)]
    assert len(sources) > 1 and tab.model.rowCount() == len(sources)
    records = [scan(source).record() for source in sources]
    group_campaigns(records)
    for number, (source, record) in enumerate(zip(sources, records, strict=True)):
        row = tab.model.rows[number]
        assert tab.model.sources[number] == source
        if not record["ok"]:
            assert not row.ok and row.error_code == record["error"]["code"]
            continue
        verdict = record["verdict"]
        assert (row.level, row.threat, row.tracking) == (
            verdict["banner"],
            verdict["threat"]["level"],
            verdict["tracking"]["level"],
        )
        assert row.subject == " ".join((record["message"]["subject"] or "").split())[:500]
        campaign = tab.model.campaigns.get(number)
        assert (campaign or {}).get("id") == (record["campaign"] or {}).get("id")
    qtmodeltester.check(tab.model)
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == path.name


def test_a_folder_lists_its_messages_maildir_and_mbox(qtbot, window, folder):
    tab = open_list(qtbot, window, folder)
    subjects = set(cells(tab, SUBJECT))
    assert tab.model.rowCount() == 6
    assert {"Minutes of Tuesday", "Budget for 2026", "Archived one", "Archived two"} <= subjects
    verdicts = dict(zip(cells(tab, SUBJECT), cells(tab, VERDICT), strict=True))
    assert verdicts["Minutes of Tuesday"] == "Clean"
    assert "Dangerous" in verdicts.values() and "Not analysed" in verdicts.values()
    assert "6 messages" in tab.summary.text() and "1 dangerous" in tab.summary.text()
    assert not tab.progress.isVisible()


def test_sorting_and_filtering(qtbot, window, folder):
    tab = open_list(qtbot, window, folder)
    tab.table.selectRow(cells(tab, SUBJECT).index("Budget for 2026"))
    tab.table.sortByColumn(VERDICT, Qt.SortOrder.DescendingOrder)
    assert cells(tab, VERDICT)[0] == "Dangerous" and cells(tab, VERDICT)[-1] == "Not analysed"
    selected = tab.table.selectionModel().selectedRows(SUBJECT)
    assert [index.data() for index in selected] == ["Budget for 2026"]  # the selection follows its message
    tab.table.sortByColumn(SUBJECT, Qt.SortOrder.AscendingOrder)
    shown = [s for s in cells(tab, SUBJECT) if s]
    assert shown == sorted(shown, key=str.casefold)
    tab.filter.setText("archived")
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 2)
    assert cells(tab, SUBJECT) == ["Archived one", "Archived two"]
    assert "2 of 6 messages shown" in tab.summary.text()
    tab.filter.setText("")
    tab.level.setCurrentIndex(FILTERS.index("dangerous"))
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    assert cells(tab, VERDICT) == ["Dangerous"] and cells(tab, TRACKING) == ["Tracked personally"]
    tab.level.setCurrentIndex(FILTERS.index("failed"))
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    assert cells(tab, VERDICT) == ["Not analysed"]
    tab.level.setCurrentIndex(FILTERS.index("clean"))
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 4)
    assert set(cells(tab, THREAT)) == {"None found"} and all(cells(tab, DATE))


def test_enter_on_a_row_opens_that_message_in_its_own_tab(qtbot, window, folder):
    tab = open_list(qtbot, window, folder)
    tab.table.sortByColumn(SUBJECT, Qt.SortOrder.DescendingOrder)  # rows out of file order
    row = cells(tab, SUBJECT).index("Archived two")
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy.index(row, SUBJECT))
    QTest.keyClick(tab.table, Qt.Key.Key_Return)
    opened = window.current_tab()
    assert isinstance(opened, MessageTab) and window.tabs.count() == 2
    qtbot.waitUntil(lambda: opened.is_ready, timeout=10_000)
    assert opened.outcome.report.message.subject == "Archived two"
    assert opened.source.index == 1 and opened.source.label == "old.mbox #2"
    tab.table.doubleClicked.emit(tab.proxy.index(0, SENDER))  # double-click: activated too on most styles


def test_dropping_a_folder_opens_its_list(qtbot, window, folder):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    assert drag_enter(window, mime).isAccepted() and "inspect" in window.drops.overlay.text()
    drop(window, mime)
    tab = window.current_tab()
    assert isinstance(tab, MessageListTab)
    qtbot.waitUntil(lambda: tab.is_ready, timeout=60_000)
    assert tab.model.rowCount() == 6 and window.all_ready()


def test_rows_can_be_opened_before_their_analysis(qtbot, window, tmp_path, monkeypatch):
    """The list shows every row at once and stays usable while the analysis is still running."""
    gate = threading.Event()
    real = list_rows.list_row

    def slow(source: Source):
        gate.wait(30)
        return real(source)

    monkeypatch.setattr(list_rows, "list_row", slow)
    path = tmp_path / "three.mbox"
    path.write_bytes(mbox_of([simple_message(subject=f"Message {n}") for n in range(3)]))
    window.open_paths([str(path)])
    tab = window.current_tab()
    try:
        qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=10_000)
        assert cells(tab, VERDICT) == ["Waiting…"] * 3 and not tab.is_ready and not window.all_ready()
        tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the GUI thread answers meanwhile
        tab.open_requested.emit([tab.source_at(0)])
        opened = window.current_tab()
        qtbot.waitUntil(lambda: opened.is_ready, timeout=10_000)
        assert opened.outcome.report.message.subject == "Message 2"
        assert tab.model.analysed == 0
    finally:
        gate.set()
    qtbot.waitUntil(lambda: tab.is_ready, timeout=60_000)
    assert sorted(cells(tab, SUBJECT)) == ["Message 0", "Message 1", "Message 2"]


def test_closing_the_list_stops_its_analysis(qtbot, window, tmp_path, monkeypatch):
    gate = threading.Event()
    calls = []

    def slow(source: Source):
        calls.append(source.index)
        gate.wait(30)
        return list_rows.ListRow(level="clean", threat="clean", tracking="none"), None

    monkeypatch.setattr(list_rows, "list_row", slow)
    path = tmp_path / "five.mbox"
    path.write_bytes(mbox_of([simple_message(subject=f"Message {n}") for n in range(5)]))
    window.open_paths([str(path)])
    tab = window.current_tab()
    qtbot.waitUntil(lambda: calls == [0], timeout=10_000)
    worker = tab.worker
    window.close_tab(window.tabs.indexOf(tab))
    qtbot.waitUntil(worker._stop.is_set, timeout=5000)  # once the tab is deleted
    gate.set()
    worker.thread.join(10)
    assert not worker.thread.is_alive() and calls == [0]


def test_a_folder_without_messages_says_so(qtbot, window, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("not a message")
    tab = open_list(qtbot, window, tmp_path / "empty")
    assert tab.model.rowCount() == 0 and "no messages here" in tab.notice.text()


def test_worker_processes_give_the_same_rows(qtbot, tmp_path, monkeypatch):
    """A real mailbox is analysed by worker processes (the first rows in the thread meanwhile);
    their rows match the in-thread ones."""
    monkeypatch.setattr(list_worker, "FIRST_IN_THREAD", 1)
    path = tmp_path / "pool.mbox"
    path.write_bytes(mbox_of([simple_message(subject="Plain"), DEMO.read_bytes(), BROKEN]))
    tabs = []
    for jobs in (1, 2):
        tab = MessageListTab(Source(str(path), label=path.name), jobs=jobs)
        qtbot.addWidget(tab)
        tab.start()
        qtbot.waitUntil(lambda t=tab: t.is_ready, timeout=120_000)
        tabs.append(tab)
    assert [r.level for r in tabs[0].model.rows] == ["clean", "dangerous", ""]
    assert tabs[0].model.rows == tabs[1].model.rows
    assert cells(tabs[1], CAMPAIGN) == ["", "", ""]


def test_file_open_folder_chooses_a_folder_and_lists_it(qtbot, window, folder, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(folder)))
    assert window.act_open_folder in window.menu_file.actions() and window.act_open_folder.text()
    window.act_open_folder.trigger()
    tab = window.current_tab()
    assert isinstance(tab, MessageListTab) and tab.source.path == str(folder)
    qtbot.waitUntil(lambda: tab.is_ready, timeout=60_000)
    assert tab.model.rowCount() == 6


def test_the_model_tells_the_view_which_rows_changed(qtmodeltester):
    model = MessageListModel()
    model.add_sources([Source("/mail/a.mbox", index=n, offset=n, length=1) for n in range(5)])
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row(), a.column(), b.column())))
    row = list_rows.ListRow(level="clean", threat="clean", tracking="none")
    model.set_rows([(0, row), (1, row), (3, row)])
    assert changed == [(0, 1, 0, COLUMNS - 1), (3, 3, 0, COLUMNS - 1)]  # one signal per run of rows
    changed.clear()
    campaign = {"id": "C1", "size": 2, "shared": ["origin IP 192.0.2.1"]}
    model.set_campaigns({0: campaign, 3: campaign})
    assert changed == [(0, 4, CAMPAIGN, CAMPAIGN)]
    assert model.index(0, CAMPAIGN).data() == "C1 (2 messages)" and model.analysed == 3
    qtmodeltester.check(model)


def test_a_saved_message_that_looks_like_an_mbox_opens_as_one_message(qtbot, window, tmp_path):
    """Thunderbird saves a message with an mbox `From ` line; a line of its text may start with `From `."""
    text = b"From - Tue Nov 25 09:00:00 2025\n" + simple_message(body="Hello,\n\nFrom Monday on we meet at ten.")
    (tmp_path / "saved.eml").write_bytes(text)
    (tmp_path / "saved").write_bytes(text)
    window.open_paths([str(tmp_path / "saved.eml")])
    assert isinstance(window.current_tab(), MessageTab)
    window.open_paths([str(tmp_path / "saved")])  # no name to go by: the content says mbox, as for `scan`
    assert isinstance(window.current_tab(), MessageListTab)
    qtbot.waitUntil(lambda: window.all_ready(), timeout=60_000)
