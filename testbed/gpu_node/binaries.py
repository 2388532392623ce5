"""The GPU node's programs, each built from its own pinned Go module under ``testbed/gpu_node/``
(go.mod + go.sum) and cached by the one Go builder at ``.cache/go/gpu-node-<name>/<key>/<binary>``
(key: go.mod, go.sum and the build flags). Stripped (``-s -w``); static except where cgo is needed at run time:

- ``node/``: one ``gpunode`` binary with etcd, kube-apiserver, kube-controller-manager,
  kube-scheduler, kubelet and kubectl of k8s.io/kubernetes v1.34.2 (the test bed's versions; one
  binary links the shared packages once). cgo on, as the test bed's build (glibc only).
- ``runtime/``: containerd, ctr and containerd-shim-runc-v2 v2.2.9 (static).
- ``runc/``: runc v1.3.7 with the ``seccomp`` build tag (containerd gives every CRI sandbox the
  RuntimeDefault profile; a runc without the tag refuses it: "seccomp: config provided but seccomp
  not supported"), static: cgo for its nsenter and libseccomp-golang, linked against libseccomp.a
  (Debian ``libseccomp-dev``). A module of its own because containerd v2.2.9 requires runtime-spec
  v1.3.0, whose types runc v1.3.7 does not build with.
- ``cni/``: containernetworking/plugins bridge, host-local, loopback, portmap (static).
- ``dra/``: the NVIDIA DRA driver's gpu-kubelet-plugin v0.4.1 (cgo: go-nvml loads
  libnvidia-ml.so.1 at run time, so it links glibc dynamically) and nvidia-cdi-hook of the
  nvidia-container-toolkit version the driver's go.mod requires (cgo as well: go-nvml and dxcore).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ai_platform.conventions import CACHE_DIR
from ai_platform.errors import PlatformError
from ai_platform.gobuild import STRIP, GoProgram, Report, to_stderr
from ai_platform.gobuild import build as go_build

from testbed.apiserver import VERSION_LDFLAGS

SOURCE = Path(__file__).resolve().parent
CACHE = CACHE_DIR / "gpu-node"
STATIC = (("CGO_ENABLED", "0"),)


@dataclass(frozen=True)
class Program:
    name: str
    """The file name in the bundle's bin/ (``cni/bridge`` for a CNI plugin)."""
    module: str
    """The folder under testbed/gpu_node/ holding its go.mod."""
    package: str
    ldflags: tuple[str, ...] = STRIP
    env: tuple[tuple[str, str], ...] = STATIC
    tags: tuple[str, ...] = ()
    estimate: str = "first time: a few minutes on 2 cores"
    needs: tuple[str, ...] = ()
    """pkg-config packages the cgo build links (checked before building, with the Debian package named)."""

    def go_program(self) -> GoProgram:
        """The program for the one Go builder (cached at ``.cache/go/gpu-node-<name>/<key>/``)."""
        # -ldflags is one argument: "-extldflags -static" must reach the linker as a pair
        ldflags = tuple(" ".join(self.ldflags).replace("-extldflags -static", "-extldflags=-static").split(" ")) if self.ldflags else ()
        return GoProgram(name=f"gpu-node-{self.name.replace('/', '-')}", title=self.name, binary=Path(self.name).name,
                         module=SOURCE / self.module, package=self.package, ldflags=ldflags, env=self.env, tags=self.tags,
                         estimate=self.estimate)

    def key(self) -> str:
        return self.go_program().key()

    def target(self) -> Path:
        return self.go_program().target()


CNI_PLUGINS = {"bridge": "main/bridge", "host-local": "ipam/host-local", "loopback": "main/loopback", "portmap": "meta/portmap"}
PROGRAMS: tuple[Program, ...] = (
    Program("gpunode", "node", ".", ldflags=(*STRIP, *VERSION_LDFLAGS), env=(),
            estimate="first time: about 5 minutes on 2 cores with the test bed's build cache warm"),
    Program("containerd", "runtime", "github.com/containerd/containerd/v2/cmd/containerd"),
    Program("ctr", "runtime", "github.com/containerd/containerd/v2/cmd/ctr"),
    Program("containerd-shim-runc-v2", "runtime", "github.com/containerd/containerd/v2/cmd/containerd-shim-runc-v2"),
    Program("runc", "runc", "github.com/opencontainers/runc", ldflags=(*STRIP, "-extldflags", "-static"),
            env=(("CGO_ENABLED", "1"),), tags=("netgo", "osusergo", "seccomp"), needs=("libseccomp",)),
    *(Program(f"cni/{name}", "cni", f"github.com/containernetworking/plugins/plugins/{path}") for name, path in CNI_PLUGINS.items()),
    Program("gpu-kubelet-plugin", "dra", "sigs.k8s.io/dra-driver-nvidia-gpu/cmd/gpu-kubelet-plugin", env=(("CGO_ENABLED", "1"),)),
    Program("nvidia-cdi-hook", "dra", "github.com/NVIDIA/nvidia-container-toolkit/cmd/nvidia-cdi-hook", env=(("CGO_ENABLED", "1"),)),
)


def _to_stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


DEBIAN_PACKAGES = {"libseccomp": "libseccomp-dev"}


def missing_libraries(program: Program) -> list[str]:
    """The pkg-config packages of ``program.needs`` that this machine lacks: no .pc file, or no static
    archive (``<libdir>/<name>.a``) to link into the static binary."""
    missing = []
    for name in program.needs:
        found = subprocess.run(["pkg-config", "--variable=libdir", name], capture_output=True, text=True)
        if found.returncode != 0 or not (Path(found.stdout.strip()) / f"{name}.a").is_file():
            missing.append(name)
    return missing


def build(program: Program, report: Report = to_stderr) -> Path:
    missing = [] if program.target().is_file() else missing_libraries(program)
    if missing:
        packages = " ".join(DEBIAN_PACKAGES.get(name, name) for name in missing)
        raise PlatformError(f"building {program.name} needs {', '.join(missing)} (apt-get install {packages})")
    return go_build(program.go_program(), report).path


def build_all(report: Callable[[str], None] = _to_stderr) -> dict[str, Path]:
    """Every program, one at a time (the build machine is small)."""
    return {program.name: build(program, report) for program in PROGRAMS}
