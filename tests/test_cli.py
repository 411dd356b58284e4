"""The `scan` command: records for good and bad input, exit codes, and the file left untouched."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO

from inspector import __version__
from inspector.cli import main

TREE = FIXTURES / "parsing" / "mime_tree_nested.eml"


def run_scan(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict], str]:
    status = main(["scan", "--format", "json", *args])
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines() if line.strip()], err


def test_scan_json_record(capsys: pytest.CaptureFixture[str]) -> None:
    status, records, _ = run_scan(capsys, str(TREE))
    assert status == 0
    (record,) = records
    assert record["ok"] is True and record["error"] is None
    assert record["file"] == str(TREE)
    assert record["message"]["subject"] == "Café crème and plain"
    assert record["message"]["date"] == "2026-11-03T10:00:00+00:00"
    assert record["verdict"]["level"] in {"clean", "caution", "suspicious", "dangerous"}
    assert {a["part"] for a in record["attachments"]} == {"1.2.2", "2", "3", "3.2"}


@pytest.fixture
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": tmp_path / "empty.eml",
        "jpeg": tmp_path / "photo.eml",
        "truncated_msg": tmp_path / "truncated.msg",
        "huge": tmp_path / "huge.eml",
    }
    files["empty"].write_bytes(b"")
    files["jpeg"].write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 20)
    files["truncated_msg"].write_bytes((FIXTURES / "msg" / "quick.msg").read_bytes()[:3000])
    with files["huge"].open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    return files


def test_bad_inputs_get_clear_errors_and_the_rest_is_analysed(
    capsys: pytest.CaptureFixture[str], bad_inputs: dict[str, Path], tmp_path: Path
) -> None:
    empty_dir = tmp_path / "nothing-here"
    empty_dir.mkdir()
    args = [str(p) for p in bad_inputs.values()] + [str(tmp_path / "missing.eml"), str(empty_dir), str(TREE)]
    status, records, err = run_scan(capsys, *args)
    assert status == 1
    codes = {Path(r["file"]).name: (r["error"] or {}).get("code") for r in records}
    assert codes == {
        "empty.eml": "EMPTY",
        "photo.eml": "NOT_A_MESSAGE",
        "truncated.msg": "MSG_UNREADABLE",
        "huge.eml": "TOO_LARGE",
        "missing.eml": "NOT_FOUND",
        "nothing-here": "NO_MESSAGES",
        "mime_tree_nested.eml": None,
    }
    assert records[-1]["ok"] is True
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 6  # one line per failed input


def test_input_file_is_never_modified(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    copy = tmp_path / "copy.eml"
    copy.write_bytes(TREE.read_bytes())
    os.utime(copy, (1_600_000_000, 1_600_000_000))
    before = (copy.read_bytes(), copy.stat().st_mtime_ns)
    run_scan(capsys, str(copy))
    main(["scan", str(copy)])
    assert (copy.read_bytes(), copy.stat().st_mtime_ns) == before


def test_folders_are_searched_recursively(capsys: pytest.CaptureFixture[str]) -> None:
    status, records, _ = run_scan(capsys, str(FIXTURES))
    found = {Path(r["file"]).name for r in records}
    assert {"mime_tree_nested.eml", "charset_mess.eml", "quick.msg"} <= found
    assert status == 0


def test_text_format_is_grouped_and_plain_when_piped(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", str(FIXTURES / "parsing" / "charset_mess.eml")]) == 0
    out = capsys.readouterr().out
    assert "Verdict:" in out and "Message structure" in out and "CHARSET_FALLBACK" in out
    assert "\x1b[" not in out


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["scan", "--format", "xml", str(TREE)])
    assert exc.value.code == 2


def test_version_from_a_real_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "inspector", "--version"], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert done.stdout.strip() == f"email-inspector {__version__}"
    scan = subprocess.run(
        [sys.executable, "-m", "inspector", "scan", "--format", "json", str(TREE)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert scan.returncode == 0 and json.loads(scan.stdout)["ok"] is True


def test_render_writes_placeholders_for_what_it_blocks(tmp_path: Path) -> None:
    """`render --html` on every vector: the pipeline passed `words=None` to the renderer, which failed on the
    first placeholder (TypeError) and exited 1 (found by mypy)."""
    out = tmp_path / "safe.html"
    assert main(["render", str(FIXTURES / "render" / "all_vectors.eml"), "--html", str(out)]) == 0
    assert "not loaded" in out.read_text(encoding="utf-8")


def test_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    from inspector.cli import COMMANDS

    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    for name in ("scan", "iocs", "bundle", "render"):
        assert name in COMMANDS
        assert f"  {name}  " in out or f"  {name} " in out  # one line each, in the epilog
    with pytest.raises(SystemExit):
        main(["help", "bundle"])
    assert "email-inspector bundle" in capsys.readouterr().out


def test_a_mistyped_command_is_a_usage_error_not_a_window(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scna", "x.eml"]) == 2
    err = capsys.readouterr().err
    assert "'scna' is not a command" in err and "did you mean 'scan'" in err


def test_summary_says_why_nothing_was_analysed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["scan", str(tmp_path / "missing.eml")]) != 0
    out = capsys.readouterr().out
    assert "Summary: 0 messages analysed; 1 not analysed (1 no such file)" in out
    assert "clean: 0" not in out  # no empty verdict counts when nothing was analysed
