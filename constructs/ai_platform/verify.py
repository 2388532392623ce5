"""``verify``: read-only checks of a live cluster, per conformance requirement.

Each check asks the API what it can answer (CRDs registered, APIs served, policies bound,
gateways, monitors and queues present, operators available) and reports ``pass``, ``fail``
or ``needs-a-GPU-node`` (the check needs GPU nodes the cluster does not have), or
``not-applicable`` where the profile says the requirement's condition does not apply.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .kubeclient import ApiError, KubeClient
from .gpu_models import GPU_TAINT_KEY
from .paths import DIST_DIR
from .profile import ClusterAutoscaler, GangScheduler, Profile

PASS, FAIL, NEEDS_GPU, NOT_APPLICABLE = "pass", "fail", "needs-a-GPU-node", "not-applicable"


@dataclass(frozen=True)
class CheckResult:
    requirement: str
    name: str
    outcome: str
    detail: str


class Verifier:
    def __init__(self, client: KubeClient, profile: Profile, dist_dir: Path = DIST_DIR) -> None:
        """``dist_dir``: the synthesized output whose workloads must be running (the units and
        the requirements they serve come from the profile's parts)."""
        from .platform import build_platform
        from .validation.documents import load_documents

        self.client = client
        self.profile = profile
        self.results: list[CheckResult] = []
        self.units = build_platform(profile, f"dist/{profile.name}").units
        folder = dist_dir / profile.name
        self.objects: dict[str, list[dict[str, Any]]] = {
            unit.name: [d.obj for d in load_documents(folder / unit.name)] for unit in self.units if (folder / unit.name).is_dir()
        }

    def _record(self, requirement: str, name: str, check: Callable[[], tuple[str, str]]) -> None:
        try:
            outcome, detail = check()
        except ApiError as exc:
            outcome, detail = FAIL, str(exc)
        self.results.append(CheckResult(requirement, name, outcome, detail))

    def _get(self, path: str) -> Any:
        return self.client.get_path(path)

    def _exists(self, path: str, what: str) -> tuple[str, str]:
        self._get(path)
        return PASS, f"{what} present"

    def _listed(self, path: str, what: str, minimum: int = 1) -> tuple[str, str]:
        items = self._get(path).get("items", [])
        return (PASS if len(items) >= minimum else FAIL), f"{len(items)} {what}"

    def _crd(self, name: str) -> tuple[str, str]:
        return self._exists(f"/apis/apiextensions.k8s.io/v1/customresourcedefinitions/{name}", f"CRD {name}")

    def _get_optional(self, path: str) -> Any | None:
        try:
            return self._get(path)
        except ApiError as exc:
            if exc.status == 404:
                return None
            raise

    def _deployment_available(self, namespace: str, name: str) -> tuple[str, str]:
        deployment = self._get_optional(f"/apis/apps/v1/namespaces/{namespace}/deployments/{name}")
        if deployment is None:
            return FAIL, f"deployment {namespace}/{name} not installed"
        available = deployment.get("status", {}).get("availableReplicas", 0)
        return (PASS if available else FAIL), f"{namespace}/{name}: {available} available"

    def _gpu_daemonset(self, namespace: str, name: str) -> tuple[str, str]:
        ds = self._get_optional(f"/apis/apps/v1/namespaces/{namespace}/daemonsets/{name}")
        if ds is None:
            return FAIL, f"daemonset {namespace}/{name} missing"
        status = ds.get("status", {})
        if not status.get("desiredNumberScheduled"):
            return NEEDS_GPU, f"{namespace}/{name} scheduled on no node (no GPU node)"
        ready = status.get("numberReady", 0)
        return (PASS if ready == status["desiredNumberScheduled"] else FAIL), f"{ready}/{status['desiredNumberScheduled']} ready"

    def run(self) -> list[CheckResult]:
        profile, r = self.profile, self._record
        r("dra_support", "resource.k8s.io/v1 served", lambda: self._exists("/apis/resource.k8s.io/v1", "API group version"))
        r("dra_support", "claim templates", lambda: self._listed("/apis/resource.k8s.io/v1/resourceclaimtemplates", "ResourceClaimTemplates"))
        r("dra_support", "device slices published", lambda: (
            (PASS, "ResourceSlices present") if self._get("/apis/resource.k8s.io/v1/resourceslices").get("items")
            else (NEEDS_GPU, "no ResourceSlices: no DRA driver on a GPU node")))
        r("secure_accelerator_access", "admission policy", lambda: self._exists(
            "/apis/admissionregistration.k8s.io/v1/validatingadmissionpolicies/accelerator-access-mediated", "policy"))
        r("secure_accelerator_access", "policy binding denies", lambda: (
            (PASS, "binding with action Deny") if "Deny" in self._get(
                "/apis/admissionregistration.k8s.io/v1/validatingadmissionpolicybindings/accelerator-access-mediated")["spec"]["validationActions"]
            else (FAIL, "binding does not deny")))
        r("ai_inference", "Gateway API CRDs", lambda: self._crd("httproutes.gateway.networking.k8s.io"))
        r("ai_inference", "GatewayClass envoy", lambda: self._exists("/apis/gateway.networking.k8s.io/v1/gatewayclasses/envoy", "GatewayClass"))
        r("ai_inference", "Gateway", lambda: self._listed("/apis/gateway.networking.k8s.io/v1/gateways", "Gateways"))
        r("ai_inference", "HTTPRoutes", lambda: self._listed("/apis/gateway.networking.k8s.io/v1/httproutes", "HTTPRoutes"))
        if profile.components.gang_scheduler is GangScheduler.VOLCANO:
            r("gang_scheduling", "Volcano queues", lambda: self._listed("/apis/scheduling.volcano.sh/v1beta1/queues", "Queues"))
        else:
            r("gang_scheduling", "Kueue cluster queues", lambda: self._listed("/apis/kueue.x-k8s.io/v1beta2/clusterqueues", "ClusterQueues"))
        r("robust_controller", "Ray CRDs", lambda: self._crd("rayclusters.ray.io"))
        r("accelerator_metrics", "DCGM ServiceMonitor", lambda: self._listed("/apis/monitoring.coreos.com/v1/servicemonitors", "ServiceMonitors"))
        r("ai_service_metrics", "PodMonitors", lambda: self._listed("/apis/monitoring.coreos.com/v1/podmonitors", "PodMonitors"))
        r("ai_service_metrics", "PrometheusRules", lambda: self._listed("/apis/monitoring.coreos.com/v1/prometheusrules", "PrometheusRules"))
        r("pod_autoscaling", "HPAs", lambda: self._listed("/apis/autoscaling/v2/horizontalpodautoscalers", "HorizontalPodAutoscalers"))
        r("pod_autoscaling", "custom metrics API", lambda: self._exists(
            "/apis/apiregistration.k8s.io/v1/apiservices/v1beta1.custom.metrics.k8s.io", "custom metrics APIService"))
        if profile.components.cluster_autoscaler is ClusterAutoscaler.NONE:
            self.results.append(CheckResult("cluster_autoscaling", "cluster autoscaler", NOT_APPLICABLE, "the profile has no cluster autoscaler"))
        self._workloads(must_requirements(profile))
        return self.results

    def _workloads(self, requirements: set[str]) -> None:
        """Every Deployment the units of a requirement deploy is available, and every GPU node
        agent (a DaemonSet that tolerates the GPU taint) is ready: derived from the units the
        parts declare and the objects in dist/, so no operator name is repeated here."""
        for unit in self.units:
            for rid in sorted(set(unit.requirements) & requirements):
                for obj in self.objects.get(unit.name, ()):
                    namespace, name = obj["metadata"].get("namespace", ""), obj["metadata"]["name"]
                    if obj["kind"] == "Deployment":
                        self._record(rid, f"Deployment {namespace}/{name} available",
                                     lambda n=namespace, m=name: self._deployment_available(n, m))
                    elif obj["kind"] == "DaemonSet" and _gpu_agent(obj):
                        self._record(rid, f"DaemonSet {namespace}/{name} ready on GPU nodes",
                                     lambda n=namespace, m=name: self._gpu_daemonset(n, m))


def must_requirements(profile: Profile) -> set[str]:
    """The MUST ids of the profile's checklist version: what verify reports on."""
    from .conformance.catalogue import checklist

    return {r.id for r in checklist(profile.kubernetes.version).requirements if r.level.upper() == "MUST"}


def _gpu_agent(daemonset: dict[str, Any]) -> bool:
    tolerations = daemonset["spec"]["template"]["spec"].get("tolerations") or []
    return any(t.get("key") == GPU_TAINT_KEY for t in tolerations)


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
