"""Batch triage: mbox/Maildir sources, parallel runs, exit codes, CSV, summary and campaigns."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO
from hostile_inputs import INJECTING_MESSAGE, INJECTING_SUBJECT, formula_cells

from inspector.batch import DASK_CHUNK, run_dask, run_local
from inspector.cli import main
from inspector.report.campaigns import group_campaigns
from inspector.sources import Source, iter_sources, mbox_messages

TREE = FIXTURES / "parsing" / "mime_tree_nested.eml"


def make_message(subject: str, body: str, sender: str = "news@example.com") -> bytes:
    return (
        f"From: News <{sender}>\r\nTo: reader@example.org\r\nSubject: {subject}\r\n"
        f"Date: Tue, 3 Nov 2026 10:00:00 +0000\r\n"
        f"Message-ID: <{abs(hash(subject + body))}@example.com>\r\n\r\n{body}\r\n"
    ).encode()


@pytest.fixture
def mbox(tmp_path: Path) -> Path:
    path = tmp_path / "archive.mbox"
    messages = [make_message(f"Issue {i}", f"Hello reader {i}\nFrom the team") for i in range(3)]
    path.write_bytes(b"".join(b"From sender@example.com Tue Nov  3 10:00:00 2026\n" + m + b"\n" for m in messages))
    return path


def records_of(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict]]:
    status = main(["scan", "--format", "json", *args])
    return status, [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_mbox_is_split_with_positions(capsys: pytest.CaptureFixture[str], mbox: Path) -> None:
    status, records = records_of(capsys, "--jobs", "1", str(mbox))
    assert status == 0
    assert [r["message"]["subject"] for r in records] == ["Issue 0", "Issue 1", "Issue 2"]
    data = mbox.read_bytes()
    for index, record in enumerate(records):
        position = record["source"]
        assert position["mbox_index"] == index
        chunk = data[position["offset"] : position["offset"] + position["length"]]
        assert chunk.startswith(b"From sender@example.com") and f"Issue {index}".encode() in chunk
    # "From the team" inside a body is not a message boundary (no blank line before it)
    assert len(records) == 3


def test_mbox_entries_starting_with_a_bom_or_blank_lines_are_messages(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Issue 26: files that scan fine alone were NOT_A_MESSAGE once in an mbox (or lost their headers)."""
    leads = [b"", b"\xef\xbb\xbf", b"\r\n\n", b"\n\xef\xbb\xbf \r\n"]
    entries = [lead + make_message(f"Lead {i}", f"Hello {i}") for i, lead in enumerate(leads)]
    path = tmp_path / "leads.mbox"
    path.write_bytes(b"".join(b"From sender@example.com Tue Nov  3 10:00:00 2026\n" + e + b"\n" for e in entries))
    status, records = records_of(capsys, "--jobs", "1", str(path))
    assert status == 0
    assert [r["message"]["subject"] for r in records] == [f"Lead {i}" for i in range(len(leads))]
    assert all("news@example.com" in r["message"]["from"] for r in records)


def test_mbox_streaming_reads_in_chunks(tmp_path: Path) -> None:
    """Many messages across several 1 MB chunks: every boundary found, none split wrongly."""
    path = tmp_path / "big.mbox"
    one = b"From x@example.com Tue Nov  3 10:00:00 2026\n" + make_message("S", "b" * 5000) + b"\n"
    path.write_bytes(one * 700)  # about 3.6 MB
    sources = list(iter_sources([str(path)]))
    assert len(sources) == 700
    assert all(isinstance(s, Source) and s.length == len(one) for s in sources)


def test_maildir_is_read(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "cur" / "1700000000.M1P1.host:2,S").write_bytes(make_message("Seen", "read one"))
    (maildir / "new" / "1700000001.M2P2.host").write_bytes(make_message("New", "unread one"))
    (maildir / "tmp" / "partial").write_bytes(b"half a mess")
    status, records = records_of(capsys, "--jobs", "1", str(maildir))
    assert status == 0
    assert sorted(r["message"]["subject"] for r in records) == ["New", "Seen"]


def test_parallel_run_gives_the_same_records_in_order(tmp_path: Path) -> None:
    shutil.copy(TREE, tmp_path / "a.eml")
    shutil.copy(FIXTURES / "parsing" / "charset_mess.eml", tmp_path / "b.eml")
    shutil.copy(FIXTURES / "msg" / "quick.msg", tmp_path / "c.msg")
    (tmp_path / "d.eml").write_bytes(b"")
    items = list(iter_sources([str(tmp_path)]))
    one = list(run_local(items, jobs=1))
    two = list(run_local(items, jobs=2))
    assert (
        [r["file"] for r in one]
        == [r["file"] for r in two]
        == [str(tmp_path / n) for n in ["a.eml", "b.eml", "c.msg", "d.eml"]]
    )
    assert one == two


def test_fail_on_sets_exit_status(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    caution = tmp_path / "broken.eml"  # a multipart that never closes: a low MIME defect, caution
    caution.write_bytes(
        b"From: a@example.com\r\nSubject: cut\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n"
        b"--zz\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
    )
    status, records = records_of(capsys, "--jobs", "1", "--fail-on", "caution", str(caution))
    assert records[0]["verdict"]["level"] != "clean" and status == 3
    clean = tmp_path / "clean.eml"
    clean.write_bytes(make_message("Hello", "Just a plain note between friends."))
    status, records = records_of(capsys, "--jobs", "1", "--fail-on", "suspicious", str(clean))
    assert records[0]["verdict"]["level"] == "clean" and status == 0


def test_csv_has_one_row_per_finding_and_defuses_formulas(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    evil = tmp_path / "evil.eml"
    evil.write_bytes(make_message('=HYPERLINK("http://x")', "body"))
    assert (
        main(["scan", "--format", "csv", "--jobs", "1", str(evil), str(FIXTURES / "parsing" / "charset_mess.eml")]) == 0
    )
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["subject"].startswith("'=")
    charset_rows = [r for r in rows if r["file"].endswith("charset_mess.eml")]
    parse_rows = [r for r in charset_rows if r["category"] == "parse"]
    assert len(parse_rows) >= 2 and {r["code"] for r in parse_rows} == {"CHARSET_FALLBACK"}


def test_text_summary_counts_verdicts(capsys: pytest.CaptureFixture[str], mbox: Path) -> None:
    assert main(["scan", "--jobs", "1", str(mbox)]) == 0
    out = capsys.readouterr().out
    assert "Summary: 3 messages analysed\n" in out
    assert "clean: 3" in out


def test_campaigns_group_near_identical_bodies(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = (
        "Dear {name}, the parliamentary press office invites you to review the attached briefing on the "
        "upcoming committee hearing about foreign interference and media freedom. Please confirm your "
        "attendance by replying to this message before Friday. Kind regards, the press team."
    )
    for name in ("Alice", "Bob"):
        (tmp_path / f"{name}.eml").write_bytes(make_message("Briefing", text.format(name=name)))
    (tmp_path / "other.eml").write_bytes(
        make_message("Lunch", "Are we still on for lunch tomorrow at the usual place near the station?")
    )
    status, records = records_of(capsys, "--jobs", "1", "--campaigns", str(tmp_path))
    assert status == 0
    by_name = {Path(r["file"]).stem: r["campaign"] for r in records}
    assert by_name["Alice"] is not None and by_name["Alice"] == by_name["Bob"]
    assert by_name["Alice"]["size"] == 2 and "near-identical body" in by_name["Alice"]["shared"]
    assert by_name["other"] is None


def test_campaigns_group_shared_tracking_host() -> None:
    def record(name: str, host: str) -> dict:
        return {"ok": True, "file": name, "fingerprints": {}, "sender": {},
                "findings": [{"category": "beacon", "host": host}]}  # fmt: skip

    records = [record("a", "t.evil.example"), record("b", "x.other.example"), record("c", "t.evil.example")]
    groups = group_campaigns(records)
    assert groups == [{"id": "C1", "size": 2, "shared": ["tracking host t.evil.example"], "files": ["a", "c"]}]
    assert records[1].get("campaign") is None


@pytest.fixture(scope="module")
def dask_cluster() -> Iterator[object]:
    """One local worker process for the Dask tests (started once: a cluster takes seconds)."""
    pytest.importorskip("dask.distributed")
    from inspector.batch import local_cluster

    cluster = local_cluster(1)
    yield cluster
    cluster.close()


def test_local_dask_workers_keep_glibcs_malloc_defaults(dask_cluster) -> None:
    """The nanny's MALLOC_TRIM_THRESHOLD_=65536 made local Dask 2.3-3.6x slower than --jobs 2 (issue 26)."""
    from dask.distributed import Client

    with Client(dask_cluster) as client:
        seen = client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_"))
    assert list(seen.values()) == [os.environ.get("MALLOC_TRIM_THRESHOLD_")]


def test_local_dask_workers_run_no_sampling_profiler(dask_cluster) -> None:
    """The dashboard's profiler and tick wake a thread every 10-20 ms that takes the GIL from the analysis."""
    from dask.distributed import Client

    def settings() -> tuple[object, object]:
        import dask

        return dask.config.get("distributed.worker.profile.enabled"), dask.config.get("distributed.admin.tick.interval")

    with Client(dask_cluster) as client:
        seen = client.run(settings)
    assert list(seen.values()) == [(False, "1s")]


def _dask_inputs(tmp_path: Path, mbox: Path) -> list[str]:
    for i in range(DASK_CHUNK + 3):  # more than one task's worth
        (tmp_path / f"m{i:02}.eml").write_bytes(make_message(f"Loose {i}", "Hello"))
    return [*(f"m{i:02}.eml" for i in range(DASK_CHUNK + 3)), "missing.eml", os.path.relpath(mbox, tmp_path)]


@pytest.mark.parametrize("send_bytes", [False, True])
def test_dask_cluster_finds_relative_paths_and_keeps_order(
    dask_cluster, tmp_path: Path, mbox: Path, monkeypatch: pytest.MonkeyPatch, send_bytes: bool
) -> None:
    """The worker was started elsewhere (its folder is not ours): sources go as absolute paths or as bytes,
    and the records name them as given, in input order, problems in place."""
    paths = _dask_inputs(tmp_path, mbox)
    monkeypatch.chdir(tmp_path)
    local = list(run_local(iter_sources(paths), jobs=1))
    remote = list(run_dask(iter_sources(paths), address=dask_cluster.scheduler_address, send_bytes=send_bytes))
    assert [r["file"] for r in remote] == paths[:-1] + [paths[-1]] * 3
    assert [r["ok"] for r in remote] == [True] * (DASK_CHUNK + 3) + [False] + [True] * 3
    assert remote == local


def test_dask_send_bytes_does_not_need_the_files_on_the_worker(dask_cluster, tmp_path: Path) -> None:
    """With --send-bytes this process reads each message; here each file is gone once it was read."""
    paths = [tmp_path / f"gone{i}.eml" for i in range(DASK_CHUNK + 2)]
    for i, path in enumerate(paths):
        path.write_bytes(make_message(f"Gone {i}", "Hello"))

    def vanishing() -> Iterator[Source]:
        for path in paths:
            yield Source(str(path))
            path.unlink()  # the runner has read it (or, without bytes, handed the worker a dead path)

    records = list(run_dask(vanishing(), address=dask_cluster.scheduler_address, send_bytes=True))
    assert [r["message"]["subject"] for r in records] == [f"Gone {i}" for i in range(len(paths))]


@pytest.mark.corpus
def test_dask_local_cluster_gives_the_same_records(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    pytest.importorskip("dask.distributed")
    folder = corpus / "nodemailer_mailparser"
    _, local = records_of(capsys, "--jobs", "1", str(folder))
    _, dask = records_of(capsys, "--dask", "local", str(folder))
    assert len(dask) == len(local) > 0
    assert dask == local


def test_text_summary_of_one_message_is_singular(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "one.eml"
    path.write_bytes(b"From: a@example.org\r\nTo: b@example.org\r\nSubject: hi\r\n\r\nHello\r\n")
    assert main(["scan", str(path)]) == 0
    assert "Summary: 1 message analysed\n" in capsys.readouterr().out


def test_csv_cells_start_no_formula_with_any_list_separator(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """OWASP CSV injection: a `;`-separated reading must not find `=HYPERLINK(` after `Invoice;`."""
    evil = tmp_path / "x;=1+1.eml"
    evil.write_bytes(INJECTING_MESSAGE)
    assert main(["scan", "--format", "csv", "--jobs", "1", str(evil)]) == 0
    out = capsys.readouterr().out
    assert formula_cells(out) == []
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    # Only apostrophes were added (the subject has none of its own): the text is all there.
    assert rows and all(r["subject"].replace("'", "") == INJECTING_SUBJECT for r in rows)
    assert "Invoice;'=HYPERLINK(" in rows[0]["subject"] and "d; \"'=3" in rows[0]["subject"]
    assert any(r["url"] == "https://t.example/a;'=1+2/p.gif" for r in rows)
    assert all(line.startswith('"') for line in out.splitlines())  # every field quoted


LIST_SOURCES = """
import json, sys
from inspector.sources import Source, iter_sources
for item in iter_sources(sys.argv[1:]):
    print(json.dumps([item.path, getattr(item, "index", None)] if isinstance(item, Source) else item.code), flush=True)
"""


def listed_sources(*paths: Path) -> list:
    """The sources of a folder walk, in a process that is killed if the walk does not end (a bound, not a timing)."""
    done = subprocess.run(
        [sys.executable, "-c", LIST_SOURCES, *map(str, paths)],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_folder_walk_follows_no_folder_link_and_never_leaves_the_root(tmp_path: Path) -> None:
    """Two links to the folder itself gave 2^40 paths (21,915 records in 30 s); `..` left the folder."""
    (tmp_path / "outside.eml").write_bytes(make_message("Outside", "not in the folder given"))
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "a.eml").write_bytes(make_message("A", "one"))
    (root / "sub" / "b.eml").write_bytes(make_message("B", "two"))
    (root / "loop").symlink_to(".")
    (root / "sub" / "again").symlink_to("..")
    (root / "up").symlink_to("..", target_is_directory=True)
    (root / "away.eml").symlink_to(tmp_path / "outside.eml")  # a file link out of the folder
    (root / "same.eml").symlink_to(root / "sub" / "b.eml")  # a file link inside it is read
    (root / "dangling.eml").symlink_to(tmp_path / "nothing.eml")
    (root / "self.eml").symlink_to("self.eml")  # a link loop named like a message
    assert listed_sources(root) == [[str(root / "a.eml"), None], [str(root / "same.eml"), None],
                                    [str(root / "sub" / "b.eml"), None]]  # fmt: skip
    # A given folder that is itself a link is walked (the user named it); its links are not.
    (tmp_path / "alias").symlink_to(root)
    assert [p for p, _ in listed_sources(tmp_path / "alias")] == [
        str(tmp_path / "alias" / n) for n in ("a.eml", "same.eml", "sub/b.eml")
    ]


def test_mbox_or_message_named_fifo_in_a_folder_is_skipped(tmp_path: Path) -> None:
    """Opening a FIFO blocks until someone writes: the walk takes regular files only."""
    os.mkfifo(tmp_path / "mbox")
    os.mkfifo(tmp_path / "pipe.eml")
    (tmp_path / "a.eml").write_bytes(make_message("A", "one"))
    assert listed_sources(tmp_path) == [[str(tmp_path / "a.eml"), None]]


def test_mbox_that_grows_while_it_is_split_ends_where_it_was_opened(tmp_path: Path) -> None:
    """A mail program still appending (or `cat /dev/zero >>`) must not keep the split going for ever."""
    path = tmp_path / "growing.mbox"
    one = b"From x@example.com Tue Nov  3 10:00:00 2026\n" + make_message("S", "b" * 5000) + b"\n"
    path.write_bytes(one * 700)  # several 1 MB chunks: the split has read only the first when it yields
    split = mbox_messages(path)
    first = next(split)
    with path.open("ab") as handle:
        handle.write(one * 300)
    rest = list(split)
    assert len(rest) + 1 == 700 and all(s.length == len(one) for s in [first, *rest])


def test_mbox_line_without_end_is_not_held_in_memory(tmp_path: Path) -> None:
    """A 32 MB line was carried whole (and copied each 1 MB): memory grew with the file, without bound."""
    path = tmp_path / "one-line.mbox"
    size = 32 * 1024 * 1024
    with path.open("wb") as handle:  # sparse: a 32 MB line of NULs, nothing on disk
        handle.write(b"From x@example.com Tue Nov  3 10:00:00 2026\nSubject: long\n\n")
        handle.truncate(size)
        handle.seek(size)
        handle.write(b"\n\n" + (last := b"From y@example.com Tue Nov  3 10:00:00 2026\nSubject: next\n\nhi\n"))
    tracemalloc.start()
    try:
        sources = list(mbox_messages(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [(s.offset, s.length) for s in sources] == [(0, size + 2), (size + 2, len(last))]
    assert peak < 8 * 1024 * 1024  # two 1 MB chunks and their split, not the line


def test_jobs_defaults_to_one_below_a_small_batch_and_loses_nothing_it_peeked(
    capsys: pytest.CaptureFixture[str], mbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 26: starting processes costs ~1 s; below SMALL_BATCH messages one process is faster."""
    from inspector import batch
    from inspector.cli import scan

    asked: list[int] = []

    def inline(items, *, jobs: int):  # records as run_local gives them, without starting processes
        asked.append(jobs)
        return run_local(items, jobs=1)

    monkeypatch.setattr(batch, "run_local", inline)
    monkeypatch.setattr(batch, "default_jobs", lambda: 7)
    _, small = records_of(capsys, str(mbox), str(TREE))
    monkeypatch.setattr(scan, "SMALL_BATCH", 2)
    _, large = records_of(capsys, str(mbox), str(TREE))
    _, chosen = records_of(capsys, "--jobs", "3", str(mbox))
    assert asked == [1, 7, 3]
    assert [r["message"]["subject"] for r in large] == [r["message"]["subject"] for r in small]
    assert len(small) == 4 and len(chosen) == 3


def test_send_bytes_goes_with_dask(capsys: pytest.CaptureFixture[str], mbox: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["scan", "--send-bytes", str(mbox)])
    assert exit_info.value.code == 2
    assert "--send-bytes goes with --dask" in capsys.readouterr().err
