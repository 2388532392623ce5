"""Volcano (volcano-sh/volcano) by its pinned chart: the scheduler runs with the ``gang`` plugin (a
job's pods are placed all together or not at all), ``binpack`` on ``nvidia.com/gpu`` (fill GPU
nodes before opening new ones), ``proportion`` (queues share the cluster by weight) and
``priority``. The tenants' queues are ``gang_scheduling``'s."""

from __future__ import annotations

from typing import Any

import yaml

from constructs import Construct

from ..conventions import GPU_RESOURCE, Stage
from ..posture import CHART_FILESYSTEM, JOB, NO_MEMORY_LIMIT, NO_PROBE
from ..profile import GangScheduler, Profile
from ..requirement import Requirement
from .base import Component, Install, Workload, deployment, requests

COMPONENT = "volcano"
NAMESPACE = "volcano-system"
SCHEDULER_NAME = "volcano"
"""The scheduler name the Volcano scheduler serves (its ``--scheduler-name`` default) and that
Volcano Jobs and gang pods carry in ``spec.schedulerName``."""
QUEUE_LABEL = "volcano.sh/queue-name"
"""The label that puts a pod group into a Queue (KubeRay sets the RayCluster's on its PodGroup)."""
SCHEDULER = deployment(NAMESPACE, "volcano-scheduler")
CONTROLLERS = deployment(NAMESPACE, "volcano-controllers")
ADMISSION = deployment(NAMESPACE, "volcano-admission")
UID_1000 = "runs as UID 1000, the chart's runAsUser for the Volcano images"
DAC_OVERRIDE = "adds only DAC_OVERRIDE, as the chart ships it (Volcano reads files its image owns as another user)"

VOLCANO_SCHEDULER_CONFIG: dict[str, Any] = {
    "actions": "enqueue, allocate, backfill",
    "tiers": [
        {"plugins": [{"name": "priority"}, {"name": "gang", "enablePreemptable": False}, {"name": "conformance"}]},
        {
            "plugins": [
                {"name": "overcommit"},
                {"name": "drf", "enablePreemptable": False},
                {"name": "predicates"},
                {"name": "proportion"},
                {"name": "nodeorder"},
                {
                    "name": "binpack",
                    "arguments": {
                        "binpack.weight": 10,
                        "binpack.resources": GPU_RESOURCE,
                        f"binpack.resources.{GPU_RESOURCE}": 10,
                    },
                },
            ]
        },
    ],
}


class Volcano(Component):
    NAME = COMPONENT
    LOCK = COMPONENT
    STAGE = Stage.OPERATORS
    REQUIREMENTS = frozenset({Requirement.GANG_SCHEDULING})
    POSTURE = {
        **{
            workload.identity: {
                "probes": NO_PROBE,
                "high-uid": UID_1000,
                "read-only-root-filesystem": CHART_FILESYSTEM,
                "capabilities": DAC_OVERRIDE,
                "memory-limits": NO_MEMORY_LIMIT,
            }
            for workload in (ADMISSION, CONTROLLERS, SCHEDULER)
        },
        "Job/volcano-admission-init": {
            "probes": JOB,
            "high-uid": UID_1000,
            "read-only-root-filesystem": "writes the webhook's certificate files before storing them in a Secret; " + CHART_FILESYSTEM,
            "capabilities": DAC_OVERRIDE,
            "memory-limits": NO_MEMORY_LIMIT,
        },
        "ClusterRole/volcano-admission": {
            "rbac": "Volcano's admission registers and patches its own webhook configurations",
        },
        "RoleBinding/volcano-admission-init-role": {
            "rbac": "binds the init Job that writes the admission webhook's certificate Secret",
        },
    }

    @classmethod
    def enabled(cls, profile: Profile) -> bool:
        return profile.components.gang_scheduler is GangScheduler.VOLCANO

    @classmethod
    def workloads(cls, profile: Profile) -> tuple[Workload, ...]:
        return (ADMISSION, CONTROLLERS, SCHEDULER)

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        self.install(Install.helm(COMPONENT, COMPONENT, NAMESPACE, Stage.OPERATORS, volcano_values()))


def volcano_values() -> dict[str, Any]:
    return {
        "custom": {
            "scheduler_config_override": yaml.safe_dump(VOLCANO_SCHEDULER_CONFIG, sort_keys=False),
            "admission_resources": requests("100m", "128Mi"),
            "scheduler_resources": requests("200m", "256Mi"),
            "controller_resources": requests("100m", "256Mi"),
        }
    }
