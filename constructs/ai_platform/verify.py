"""``verify``: read-only checks of a live cluster, per conformance requirement, derived from the
built platform (nothing here names a component, and ``dist/`` is not read back):

- every live check of the components the profile deploys (``Component.live_checks``);
- every Deployment those components run is available, and every DaemonSet that runs on GPU
  nodes is ready there (``Component.workloads``), for the MUST requirements they serve;
- a MUST requirement whose condition the profile does not meet (N/A in the conformance mapping,
  e.g. no cluster autoscaler) is reported ``not-applicable`` with the reason.

Outcomes: ``pass``, ``fail``, ``needs-a-GPU-node`` (the check needs GPU nodes the cluster does
not have) or ``not-applicable``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from .components.base import Workload
from .conformance.catalogue import checklist
from .conformance.requirements import IMPLEMENTATIONS
from .conformance.requirements import NOT_APPLICABLE as NA_STATUS
from .kubeclient import KubeClient
from .live_checks import FAIL, NEEDS_GPU, NOT_APPLICABLE, PASS, DaemonSetReadyOnGpuNodes, DeploymentAvailable, LiveCheck
from .platform import BuiltPlatform
from .profile import Profile

__all__ = ["FAIL", "NEEDS_GPU", "NOT_APPLICABLE", "PASS", "CheckResult", "Verifier", "must_requirements", "write_junit"]


@dataclass(frozen=True)
class CheckResult:
    requirement: str
    name: str
    outcome: str
    detail: str


def must_requirements(profile: Profile) -> set[str]:
    """The MUST ids of the profile's checklist version: what verify reports on."""
    return {r.id for r in checklist(profile.kubernetes.version).requirements if r.level.upper() == "MUST"}


def workload_checks(built: BuiltPlatform, requirements: set[str]) -> list[LiveCheck]:
    """A Deployment available / a GPU node agent ready, for each workload of a component that
    serves one of ``requirements`` (a DaemonSet on the GPU pools is a GPU node agent)."""
    gpu_pools = {p.name for p in built.profile.node_pools}
    checks = []
    for component, workload in built.workloads():
        for rid in sorted(set(component.REQUIREMENTS) & requirements):
            probe = _probe(workload, gpu_pools)
            if probe is not None:
                checks.append(LiveCheck(rid, probe[0], probe[1], probe[2]))
    return checks


def _probe(workload: Workload, gpu_pools: set[str]) -> tuple[str, DeploymentAvailable | DaemonSetReadyOnGpuNodes, str] | None:
    where = f"{workload.namespace}/{workload.name}"
    if workload.kind == "Deployment":
        return f"Deployment {where} available", DeploymentAvailable(workload.namespace, workload.name), "Available"
    if workload.kind == "DaemonSet" and workload.pools is not None and workload.pools <= gpu_pools:
        return f"DaemonSet {where} ready on GPU nodes", DaemonSetReadyOnGpuNodes(workload.namespace, workload.name), "ready on every GPU node"
    return None


class Verifier:
    def __init__(self, client: KubeClient, built: BuiltPlatform) -> None:
        self.client = client
        self.built = built
        self.results: list[CheckResult] = []

    def run(self) -> list[CheckResult]:
        profile = self.built.profile
        musts = must_requirements(profile)
        checks = [c for c in self.built.live_checks() if c.requirement in musts] + workload_checks(self.built, musts)
        for check in checks:
            outcome, detail = check.run(self.client)
            self.results.append(CheckResult(check.requirement, check.name, outcome, detail))
        for rid in sorted(musts):
            status = IMPLEMENTATIONS[rid].decide(profile)
            if status.status == NA_STATUS:
                self.results.append(CheckResult(rid, f"{rid} applies", NOT_APPLICABLE, status.notes))
        return self.results


def write_junit(results: list[CheckResult], path: Path) -> None:
    suite = ET.Element("testsuite", name="ai-platform-verify", tests=str(len(results)),
                       failures=str(sum(r.outcome == FAIL for r in results)),
                       skipped=str(sum(r.outcome in (NEEDS_GPU, NOT_APPLICABLE) for r in results)))
    for result in results:
        case = ET.SubElement(suite, "testcase", classname=result.requirement, name=result.name)
        if result.outcome == FAIL:
            ET.SubElement(case, "failure", message=result.detail)
        elif result.outcome in (NEEDS_GPU, NOT_APPLICABLE):
            ET.SubElement(case, "skipped", message=f"{result.outcome}: {result.detail}")
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(suite).write(path, encoding="utf-8", xml_declaration=True)
