"""KubeRay (ray-project/kuberay): the operator with its admission webhook, from upstream's kustomize
configuration ``default-with-webhooks`` (the Helm chart has no webhook), its serving certificate
from cert-manager, wired to the gang scheduler. The Ray workloads are ``ray``'s."""

from __future__ import annotations

from typing import Any

import yaml

from constructs import Construct

from ..conventions import Stage
from ..live_checks import LiveCheck, crd
from ..posture import IMAGE_USER
from ..profile import GangScheduler, Profile
from ..requirement import Requirement
from ..upstream import lock
from .base import Component, Install, Workload, deployment

COMPONENT = "kuberay"
RELEASE = "kuberay-operator"
NAMESPACE = "ray-system"
"""Upstream's namespace: the webhook configuration derives its certificate names from it."""
OPERATOR = deployment(NAMESPACE, "kuberay-operator")
RAY_API_VERSION = "ray.io/v1"
SCHEDULER_LABEL = "ray.io/scheduler-name"
"""The label that hands a Ray workload to a batch scheduler (``volcano``)."""


WEBHOOK_CONFIGURATION_NAMES = {
    "ValidatingWebhookConfiguration": ("validating-webhook-configuration", "kuberay-validating-webhook-configuration"),
}
"""Upstream's generic kubebuilder names would collide with other operators' configurations."""


VOLCANO_PODGROUP_RULE = {
    "apiGroups": ["scheduling.volcano.sh"],
    "resources": ["podgroups"],
    "verbs": ["create", "delete", "get", "list", "update", "watch"],
}
"""What KubeRay's Helm chart (v1.7.0, ``_helpers.tpl``) grants the operator for Volcano."""


def kuberay_overlay(scheduler: GangScheduler) -> dict[str, Any]:
    """Our kustomize overlay on upstream's ``default-with-webhooks``: the lock's image, the
    webhook configurations renamed, and the batch scheduler flag for Volcano."""
    repository, tag = lock().component(COMPONENT).image("operator").rsplit(":", 1)
    patches: list[dict[str, Any]] = [
        {
            "target": {"kind": kind, "name": old},
            "patch": f"- op: replace\n  path: /metadata/name\n  value: {new}\n",
            "options": {"allowNameChange": True},
        }
        for kind, (old, new) in WEBHOOK_CONFIGURATION_NAMES.items()
    ]
    if scheduler is GangScheduler.VOLCANO:
        patches.append(
            {
                "target": {"kind": "Deployment", "name": "kuberay-operator"},
                "patch": "- op: add\n  path: /spec/template/spec/containers/0/args/-\n  value: --batch-scheduler=volcano\n",
            }
        )
        # With Volcano as its batch scheduler KubeRay creates and watches PodGroups; upstream's
        # kustomize role has no rule for them (its Helm chart adds this one for volcano). Without
        # it the operator's PodGroup informer never syncs and no RayCluster is reconciled.
        patches.append(
            {
                "target": {"kind": "ClusterRole", "name": "kuberay-operator"},
                "patch": yaml.safe_dump([{"op": "add", "path": "/rules/-", "value": VOLCANO_PODGROUP_RULE}], sort_keys=False),
            }
        )
    return {"images": [{"name": "kuberay/operator", "newName": repository, "newTag": tag}], "patches": patches}


class Kuberay(Component):
    NAME = COMPONENT
    LOCK = COMPONENT
    REQUIREMENTS = frozenset({Requirement.ROBUST_CONTROLLER})
    POSTURE = {OPERATOR.identity: {"high-uid": IMAGE_USER}}

    @classmethod
    def workloads(cls, profile: Profile) -> tuple[Workload, ...]:
        return (OPERATOR,)

    @classmethod
    def live_checks(cls, profile: Profile) -> tuple[LiveCheck, ...]:
        return (LiveCheck(Requirement.ROBUST_CONTROLLER, "Ray CRDs", crd("rayclusters.ray.io"), "present"),)

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        self.install(Install.kustomize(COMPONENT, RELEASE, NAMESPACE, Stage.CONFIGURATION,
                                       kuberay_overlay(profile.components.gang_scheduler)))
