"""The command-line tools synth runs, built from their pinned Go modules (``tools/<name>/go.mod``)
by the one Go builder (``gobuild.py``): a synth or test run that finds them cached runs no build."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..conventions import REPO_ROOT
from ..errors import PlatformError
from ..gobuild import STRIP, GoProgram, build
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

    def check_pin(self) -> None:
        """tools/<name>/go.mod must require the module at the lock's version."""
        go_mod = (self.module_dir / "go.mod").read_text(encoding="utf-8")
        pinned = re.search(rf"^\s*{re.escape(self.module)} (\S+)", go_mod, re.MULTILINE)
        if pinned is None or pinned.group(1) != self.version:
            found = pinned.group(1) if pinned else "no require line"
            raise PlatformError(
                f"tools/{self.name}/go.mod: {self.module} is {found}, upstream.lock.yaml pins {self.version}"
            )

    def program(self) -> GoProgram:
        return GoProgram(
            name=self.name, title=f"{self.name} {self.version}", package=self.package, module=self.module_dir,
            ldflags=(*STRIP, *(f"-X {flag.format(version=self.version)}" for flag in self.version_ldflags)),
            estimate=self.first_build,
        )


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
    return build(tool.program()).path
