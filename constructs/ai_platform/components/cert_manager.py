"""cert-manager by its pinned chart: the serving certificates of operator webhooks (KubeRay's, and
the Prometheus Operator's admission webhook). Its CRDs render as templates into their own unit."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from ..conventions import Stage
from ..posture import IMAGE_USER, NO_MEMORY_LIMIT, NO_PROBE
from ..profile import Profile
from ..requirement import Requirement
from .base import Component, Install, Workload, deployment, requests

COMPONENT = "cert-manager"
NAMESPACE = "cert-manager"
CONTROLLER = deployment(NAMESPACE, "cert-manager")
CAINJECTOR = deployment(NAMESPACE, "cert-manager-cainjector")
WEBHOOK = deployment(NAMESPACE, "cert-manager-webhook")


def cert_manager_values() -> dict[str, Any]:
    """CRDs as templates (so they render into the CRD unit); no post-install check Job."""
    return {
        "crds": {"enabled": True},
        "startupapicheck": {"enabled": False},
        "resources": requests("50m", "128Mi"),
        "webhook": {"resources": requests("20m", "64Mi")},
        "cainjector": {"resources": requests("50m", "128Mi")},
    }


class CertManager(Component):
    NAME = COMPONENT
    LOCK = COMPONENT
    STAGE = Stage.OPERATORS
    REQUIREMENTS = frozenset({Requirement.ROBUST_CONTROLLER})
    POSTURE = {
        CONTROLLER.identity: {"probes": NO_PROBE, "high-uid": IMAGE_USER, "memory-limits": NO_MEMORY_LIMIT},
        CAINJECTOR.identity: {"probes": NO_PROBE, "high-uid": IMAGE_USER, "memory-limits": NO_MEMORY_LIMIT},
        WEBHOOK.identity: {"high-uid": IMAGE_USER, "memory-limits": NO_MEMORY_LIMIT},
        "ClusterRole/cert-manager-cainjector": {
            "rbac": "the cainjector writes CA bundles into webhook configurations, CRDs and API services: that is its job",
        },
    }

    @classmethod
    def workloads(cls, profile: Profile) -> tuple[Workload, ...]:
        return (CONTROLLER, CAINJECTOR, WEBHOOK)

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        self.install(Install.helm(COMPONENT, COMPONENT, NAMESPACE, Stage.OPERATORS, cert_manager_values()))
