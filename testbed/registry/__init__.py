"""The CNCF distribution registry (``github.com/distribution/distribution/v3``), built from its
own Go module graph (``testbed/registry/go.mod``) and cached by a hash of go.mod/go.sum, run on
loopback with in-memory storage: the OCI registry the digest resolver is tested against."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ai_platform.errors import PlatformError
from ai_platform.gobuild import GoProgram, Report, build, to_stderr

REGISTRY_SOURCE = Path(__file__).resolve().parent
REGISTRY_PACKAGE = "github.com/distribution/distribution/v3/cmd/registry"


PROGRAM = GoProgram(name="registry", title="the CNCF distribution registry", module=REGISTRY_SOURCE,
                    package=REGISTRY_PACKAGE, estimate="about 2 minutes on 2 cores")


def build_registry(report: Report = to_stderr) -> Path:
    """The registry binary at the version testbed/registry/go.mod pins (built once, then cached)."""
    return build(PROGRAM, report).path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# The registry's configuration file (keys as in distribution v3's configuration package):
# in-memory storage, plain HTTP on loopback, deletes allowed, no auth unless asked.
_CONFIG = """version: 0.1
log:
  level: warn
storage:
  inmemory: {{}}
  delete:
    enabled: true
http:
  addr: 127.0.0.1:{port}
{auth}"""

@contextmanager
def running_registry(binary: Path, workdir: Path, auth: str = "") -> Iterator[str]:
    """``http://127.0.0.1:<port>`` of a registry started from ``binary``; stopped on exit.
    ``auth`` is an extra top-level ``auth:`` block of the configuration (empty: anonymous)."""
    port = _free_port()
    config = workdir / "config.yml"
    config.write_text(_CONFIG.format(port=port, auth=auth), encoding="utf-8")
    log = (workdir / "registry.log").open("wb")
    process = subprocess.Popen([str(binary), "serve", str(config)], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise PlatformError(f"the registry exited ({process.returncode}):\n"
                                    + (workdir / "registry.log").read_text(errors="replace")[-3000:])
            try:
                urllib.request.urlopen(f"{url}/v2/", timeout=2).close()
                break
            except urllib.error.HTTPError:
                break  # 401 with token auth: it answers
            except OSError:
                if time.monotonic() > deadline:
                    raise PlatformError(f"the registry did not answer on {url} in 60 s") from None
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
