"""The one Go builder (``ai_platform.gobuild``): a build tells the user what it does, how long it
takes and how far it is, says why it failed, is keyed by everything it reads, and several builds run
at most ``jobs`` at a time. A stand-in ``go`` command on PATH: no Go build is needed."""

from __future__ import annotations

import os
import stat
import threading
import time
from pathlib import Path

import pytest

from ai_platform import gobuild
from ai_platform.errors import PlatformError
from ai_platform.gobuild import GoProgram, build, build_all

FAKE_GO = """#!/bin/sh
# stand-in for "go env GOVERSION" and "go build -v -trimpath ... -o OUTPUT PACKAGE"
if [ "$1" = env ]; then echo go1.99.0; exit 0; fi
[ -n "$LOG" ] && echo "start $$ $(date +%s.%N)" >> "$LOG"
echo "go: downloading example.com/module v1.0.0"
for i in 1 2 3 4 5 6; do echo "example.com/module/pkg$i"; sleep 0.1; done
[ -n "$FAIL" ] && { echo "pkg6.go:1: undefined: something"; exit 1; }
out=""; while [ $# -gt 0 ]; do [ "$1" = "-o" ] && out="$2"; shift; done
printf 'binary' > "$out"
[ -n "$LOG" ] && echo "end $$ $(date +%s.%N)" >> "$LOG"
exit 0
"""


@pytest.fixture
def fake_go(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    go = bin_dir / "go"
    go.write_text(FAKE_GO)
    go.chmod(go.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(gobuild, "GO_CACHE", tmp_path / "cache")
    version = gobuild.go_version
    version.cache_clear()
    yield tmp_path / "cache"
    version.cache_clear()  # the real Go's version again for later tests


def module(tmp_path: Path, name: str = "mod") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "go.mod").write_text(f"module example.com/{name}\n")
    (folder / "go.sum").write_text("")
    return folder


def program(tmp_path: Path, name: str = "tool", **changes) -> GoProgram:
    return GoProgram(**{"name": name, "title": f"the {name}", "package": ".", "module": module(tmp_path, f"{name}-module"),
                        "estimate": "about 8 minutes on 2 cores", **changes})


def test_build_announces_itself_reports_progress_and_caches(fake_go, tmp_path):
    messages: list[str] = []
    tool = program(tmp_path)
    made = build(tool, messages.append, progress_every=0.15)
    assert made.built and made.path.read_text() == "binary" and made.path.parent.parent == fake_go / "tool"
    assert messages[0].startswith("building the tool from Go modules (first time: about 8 minutes")
    assert f"cached afterwards in {made.path.parent}/" in messages[0]
    progress = [m for m in messages if m.startswith("  tool build: ")]
    assert progress, messages
    assert "packages compiled, 1 modules downloaded; last: example.com/module/pkg" in progress[-1]
    assert messages[-1].startswith("built the tool in ")
    messages.clear()
    again = build(tool, messages.append)
    assert again.path == made.path and not again.built
    assert messages == []  # cached: nothing to say


def test_failed_build_shows_the_go_output(fake_go, tmp_path, monkeypatch):
    monkeypatch.setenv("FAIL", "1")
    with pytest.raises(PlatformError, match="(?s)building the tool failed.*pkg6.go:1: undefined: something"):
        build(program(tmp_path), lambda _: None)
    assert not [p for p in fake_go.rglob("tool*") if p.is_file()]  # neither the binary nor a partial one


def test_the_key_covers_what_the_build_reads(fake_go, tmp_path, monkeypatch):
    tool = program(tmp_path)
    key = tool.key()
    assert key == tool.key()
    for changed in ({"ldflags": ("-X a=b",)}, {"tags": ("kwok",)}, {"env": (("CGO_ENABLED", "0"),)}, {"test": True},
                    {"inputs": ("sha256:tree",)}, {"package": "./cmd"}):
        assert GoProgram(**{**tool.__dict__, **changed}).key() != key, changed
    (tool.module / "main.go").write_text("package main\n")
    assert tool.key() != key
    with_main = tool.key()
    (tool.module / "go.sum").write_text("changed\n")
    assert tool.key() != with_main
    monkeypatch.setattr(gobuild, "go_version", lambda: "go1.0")
    assert tool.key() not in (key, with_main)


def test_builds_run_at_most_jobs_at_a_time(fake_go, tmp_path, monkeypatch):
    log = tmp_path / "log"
    monkeypatch.setenv("LOG", str(log))
    tools = [program(tmp_path, f"tool{i}") for i in range(4)]

    def most_at_once() -> int:
        events = sorted((float(t), kind) for kind, _, t in (line.split() for line in log.read_text().splitlines()))
        running = peak = 0
        for _, kind in events:
            running += 1 if kind == "start" else -1
            peak = max(peak, running)
        return peak

    built = build_all(tools, lambda _: None, jobs=2)
    assert sorted(built) == [t.name for t in tools] and all(b.built for b in built.values())
    assert most_at_once() == 2
    log.unlink()
    for tool in tools:
        tool.target().unlink()
    started = time.monotonic()
    build_all(tools, lambda _: None, jobs=1)
    assert most_at_once() == 1 and time.monotonic() - started >= 4 * 0.6


def test_a_prepare_step_runs_only_before_a_build(fake_go, tmp_path):
    calls = threading.Event()
    tool = program(tmp_path, prepare=calls.set)
    build(tool, lambda _: None)
    assert calls.is_set()
    calls.clear()
    build(tool, lambda _: None)
    assert not calls.is_set()


def test_two_builds_of_one_key_build_once(fake_go, tmp_path, monkeypatch):
    """A build started ahead of time and a fixture asking for the same binary: the second waits
    for the first (a lock next to the binary) and reuses its binary."""
    log = tmp_path / "log"
    monkeypatch.setenv("LOG", str(log))
    tool = program(tmp_path)
    results = []
    threads = [threading.Thread(target=lambda: results.append(build(tool, lambda _: None))) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r.built for r in results) == [False, True]
    assert len({r.path for r in results}) == 1
    assert sum(line.startswith("start") for line in log.read_text().splitlines()) == 1
