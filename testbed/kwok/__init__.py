"""KWOK v0.8.0 (kubernetes-sigs/kwok): fakes the kubelet of the simulated cluster's nodes
and pods. Built from its own Go module graph (``testbed/kwok/go.mod``: KWOK needs newer
Kubernetes libraries than the test bed's v1.34.2) and cached by a hash of go.mod/go.sum.
Its stages (node-initialize, pod-ready, pod-complete, pod-delete) are the pinned upstream
files of component ``kwok``, read from the verified cache: they are never copied here."""

from __future__ import annotations

from pathlib import Path

from ai_platform.gobuild import GoProgram, Report, build, to_stderr
from ai_platform.upstream import UpstreamCache, lock

KWOK_SOURCE = Path(__file__).resolve().parent
KWOK_PACKAGE = "sigs.k8s.io/kwok/cmd/kwok"
STAGES = ("node-initialize", "pod-ready", "pod-complete", "pod-delete")
NODE_LEASE_SECONDS = 40
"""As the kubelet's default (and KWOK's own default configuration)."""
FAKE_NODE_ANNOTATION = "kwok.x-k8s.io/node"
"""Nodes annotated ``kwok.x-k8s.io/node=fake`` are the ones KWOK manages."""


PROGRAM = GoProgram(name="kwok", title="KWOK", module=KWOK_SOURCE, package=KWOK_PACKAGE, estimate="about 2 minutes on 2 cores")


def build_kwok(report: Report = to_stderr) -> Path:
    """The kwok binary at the version testbed/kwok/go.mod pins (built once, then cached)."""
    return build(PROGRAM, report).path


def stage_files(cache: UpstreamCache | None = None) -> list[Path]:
    """The pinned KWOK stages, verified, in the order of ``STAGES``."""
    cache = cache or UpstreamCache()
    pinned = {Path(f.url).stem: f for f in lock().component("kwok").files if f.role == "manifest" and f.url.endswith(".yaml")}
    return [cache.cached(pinned[name]) for name in STAGES]


def kwok_args(kubeconfig: Path, stages: list[Path]) -> list[str]:
    """Flags (names as in kwok v0.8.0's pkg/kwok/cmd/root.go and pkg/config/flags.go)."""
    return [
        f"--kubeconfig={kubeconfig}",
        "--manage-all-nodes=false",
        f"--manage-nodes-with-annotation-selector={FAKE_NODE_ANNOTATION}=fake",
        # Node leases are the fake kubelets' heartbeat. Without them (kwok leaves them off when
        # no KwokConfiguration is given) the stages update a node only while it is not Ready,
        # so the node lifecycle controller finds every node unhealthy 50 s after its last
        # update, taints it unreachable and marks its pods not ready, and nodes flap.
        f"--node-lease-duration-seconds={NODE_LEASE_SECONDS}",
        *(f"--config={path}" for path in stages),
    ]
