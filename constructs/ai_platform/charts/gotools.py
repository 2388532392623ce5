"""Command-line tools built from their pinned Go modules (``tools/<name>/go.mod``).

Each tool is built once per content of its go.mod/go.sum, the Go version and the link
flags, into ``.cache/tools/<name>/<key>/<name>``; a synth or test run that finds it there
needs no Go at all. A cold build says what it is doing and roughly how long it takes.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import PlatformError
from ..gocmd import go_version
from ..paths import CACHE_DIR, REPO_ROOT
from ..upstream import lock

TOOLS_DIR = REPO_ROOT / "tools"


@dataclass(frozen=True)
class GoTool:
    name: str
    """Lock component and folder under tools/."""
    package: str
    module: str
    """The Go module whose version the lock pins (``require`` line of tools/<name>/go.mod)."""
    version_ldflags: tuple[str, ...] = ()
    """``-X`` flags; ``{version}`` is replaced by the lock's version."""
    first_build: str = "about 3 minutes on 2 cores"

    @property
    def module_dir(self) -> Path:
        return TOOLS_DIR / self.name

    @property
    def version(self) -> str:
        return lock().component(self.name).version

    def ldflags(self) -> str:
        return " ".join(["-s", "-w", *(f"-X {flag.format(version=self.version)}" for flag in self.version_ldflags)])

    def check_pin(self) -> None:
        """tools/<name>/go.mod must require the module at the lock's version."""
        go_mod = (self.module_dir / "go.mod").read_text(encoding="utf-8")
        pinned = re.search(rf"^\s*{re.escape(self.module)} (\S+)", go_mod, re.MULTILINE)
        if pinned is None or pinned.group(1) != self.version:
            found = pinned.group(1) if pinned else "no require line"
            raise PlatformError(
                f"tools/{self.name}/go.mod: {self.module} is {found}, upstream.lock.yaml pins {self.version}"
            )

    def cache_key(self) -> str:
        """By the pinned module graph and the build flags (a cached binary needs no Go)."""
        digest = hashlib.sha256()
        for name in ("go.mod", "go.sum"):
            digest.update(name.encode() + b"\0" + (self.module_dir / name).read_bytes())
        digest.update(self.package.encode() + self.ldflags().encode())
        return digest.hexdigest()[:16]


HELM = GoTool(
    "helm",
    "helm.sh/helm/v3/cmd/helm",
    "helm.sh/helm/v3",
    ("helm.sh/helm/v3/internal/version.version={version}", "helm.sh/helm/v3/internal/version.metadata="),
)
KUSTOMIZE = GoTool(
    "kustomize",
    "sigs.k8s.io/kustomize/kustomize/v5",
    "sigs.k8s.io/kustomize/kustomize/v5",
    ("sigs.k8s.io/kustomize/api/provenance.version={version}",),
    first_build="about 1 minute on 2 cores",
)


def built(tool: GoTool) -> Path:
    """The tool's binary, built from its pinned module if the cache does not hold it yet."""
    tool.check_pin()
    target = CACHE_DIR / "tools" / tool.name / tool.cache_key() / tool.name
    if target.is_file():
        return target
    go_version()  # a clear error when Go is missing
    target.parent.mkdir(parents=True, exist_ok=True)
    print(
        f"building {tool.name} {tool.version} from its Go module (tools/{tool.name}; first time: "
        f"{tool.first_build}, cached afterwards in {target.parent.relative_to(REPO_ROOT)})",
        file=sys.stderr,
        flush=True,
    )
    started = time.perf_counter()
    partial = target.with_suffix(".partial")
    done = subprocess.run(
        ["go", "build", "-trimpath", "-ldflags", tool.ldflags(), "-o", str(partial), tool.package],
        cwd=tool.module_dir,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise PlatformError(f"building {tool.name} failed:\n{done.stderr[-4000:]}")
    partial.replace(target)
    print(f"built {tool.name} in {time.perf_counter() - started:.0f}s", file=sys.stderr, flush=True)
    return target
