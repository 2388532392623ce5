"""The test bed build tells the user what it does, how long it takes and how far it is,
and says why it failed (with a stand-in ``go`` command on PATH: no Go build needed)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from testbed import apiserver
from ai_platform.errors import PlatformError

FAKE_GO = """#!/bin/sh
# stand-in for "go build -v -trimpath -o OUTPUT .": prints package names, then writes OUTPUT
echo "go: downloading example.com/module v1.0.0"
for i in 1 2 3 4 5 6; do echo "example.com/module/pkg$i"; sleep 0.1; done
[ -n "$FAIL" ] && { echo "pkg6.go:1: undefined: something"; exit 1; }
out=""; while [ $# -gt 0 ]; do [ "$1" = "-o" ] && out="$2"; shift; done
printf 'binary' > "$out"
"""


@pytest.fixture
def fake_go(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    go = bin_dir / "go"
    go.write_text(FAKE_GO)
    go.chmod(go.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(apiserver, "CACHE_DIR", tmp_path / "cache")
    monkeypatch.setattr(apiserver, "PROGRESS_EVERY", 0.15)
    return tmp_path / "cache"


def test_build_announces_itself_reports_progress_and_caches(fake_go):
    messages: list[str] = []
    binary = apiserver.build_binary(messages.append)
    assert binary.read_text() == "binary" and binary.parent.parent == fake_go / "testbed"
    assert messages[0].startswith("building the API server test bed from Go modules (first time: about 8 minutes")
    assert f"cached afterwards in {binary.parent}/" in messages[0]
    progress = [m for m in messages if m.startswith("  test bed build: ")]
    assert progress, messages
    assert "packages compiled, 1 modules downloaded; last: example.com/module/pkg" in progress[-1]
    assert messages[-1].startswith("built the API server test bed in ")
    messages.clear()
    assert apiserver.build_binary(messages.append) == binary
    assert messages == []  # cached: nothing to say


def test_failed_build_shows_the_go_output(fake_go, monkeypatch):
    monkeypatch.setenv("FAIL", "1")
    messages: list[str] = []
    with pytest.raises(PlatformError, match="(?s)building the test bed failed.*pkg6.go:1: undefined: something"):
        apiserver.build_binary(messages.append)
    assert not [p for p in fake_go.rglob("testbed*") if p.is_file()]  # neither the binary nor a partial one
