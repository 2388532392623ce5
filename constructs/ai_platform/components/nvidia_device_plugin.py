"""NVIDIA device plugin, as our own construct: one DaemonSet per device-plugin GPU pool.

Each pool gets its own plugin configuration (time-slicing replicas, MIG strategy), so a
DaemonSet per pool keeps the mapping explicit instead of relying on node relabelling.

Isolation: the plugin hands devices to containers as volume mounts under
``/var/run/nvidia-container-devices`` (``deviceListStrategy: volume-mounts``) instead of
the ``NVIDIA_VISIBLE_DEVICES`` environment variable. Together with the container
toolkit settings ``accept-nvidia-visible-devices-envvar-when-unprivileged = false`` and
``accept-nvidia-visible-devices-as-volume-mounts = true`` on the node, a container that
sets the variable itself gets no GPU: only what the kubelet allocated is mounted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from cdk8s_plus_34 import k8s

from constructs import Construct

from ..conventions import (
    GPU_PRESENT_LABEL,
    GPU_RESOURCE,
    INSTANCE_LABEL,
    NAME_LABEL,
    NODE_POOL_LABEL,
    NVIDIA_RUNTIME_CLASS,
    PSA_ENFORCE,
    SECURITY_EXEMPTION_ANNOTATION,
)
from ..posture import exemption_annotations
from ..profile import GpuEnablement, MigStrategy, NodePool, PoolManagement, Profile
from ..requirement import Requirement
from ..upstream import lock
from .base import Component, Workload, daemonset, gpu_tolerations, standard_labels

COMPONENT = "nvidia-device-plugin"
NAMESPACE = "nvidia-device-plugin"
DEVICE_PLUGIN_DIR = "/var/lib/kubelet/device-plugins"
CONFIG_DIR = "/etc/nvidia-device-plugin"
CONTAINER_DEVICES_DIR = "/var/run/nvidia-container-devices"


@dataclass(frozen=True)
class DevicePluginConfig:
    """The plugin's config file (``version: v1``) for one pool."""

    mig_strategy: MigStrategy
    time_slicing_replicas: int

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] = {
            "version": "v1",
            "flags": {
                "migStrategy": self.mig_strategy.value,
                "failOnInitError": True,
                "plugin": {
                    "passDeviceSpecs": True,
                    "deviceListStrategy": ["volume-mounts"],
                    "deviceIDStrategy": "uuid",
                },
            },
        }
        if self.time_slicing_replicas > 1:
            config["sharing"] = {
                "timeSlicing": {
                    "renameByDefault": False,
                    "failRequestsGreaterThanOne": True,
                    "resources": [{"name": GPU_RESOURCE, "replicas": self.time_slicing_replicas}],
                }
            }
        return config

    @classmethod
    def for_pool(cls, pool: NodePool) -> DevicePluginConfig:
        return cls(mig_strategy=pool.sharing.mig_strategy, time_slicing_replicas=pool.sharing.time_slicing_replicas)


class NvidiaRuntimeClass(Construct):
    """RuntimeClass ``nvidia``: the containerd handler the toolkit installs, GPU nodes only."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        k8s.KubeRuntimeClass(
            self,
            "runtime-class",
            metadata=k8s.ObjectMeta(name=NVIDIA_RUNTIME_CLASS, labels=standard_labels(NVIDIA_RUNTIME_CLASS, "runtime")),
            handler=NVIDIA_RUNTIME_CLASS,
            scheduling=k8s.Scheduling(
                node_selector={GPU_PRESENT_LABEL: "true"},
                tolerations=gpu_tolerations(),
            ),
        )


POSTURE_EXEMPTIONS = {
    "non-root": (
        "node agent: creates its gRPC socket in the kubelet's device-plugins directory on the host, "
        "which only root may write; every capability is dropped and the root filesystem is read-only"
    ),
    "high-uid": "runs as root (UID 0) for the reason under non-root",
    "probes": (
        "serves no HTTP health endpoint: its only server is the gRPC socket the kubelet connects to, and "
        "the kubelet drops its GPUs from the node when that registration fails"
    ),
}
"""Rules of posture.py the device plugin cannot follow, with the reasons written on its DaemonSets."""


def daemonset_name(pool: NodePool) -> str:
    return f"{COMPONENT}-{pool.name}"


class NvidiaDevicePlugin(Component):
    """The device plugin for the pools whose management is ``device-plugin``."""

    NAME = COMPONENT
    LOCK = COMPONENT
    REQUIREMENTS = frozenset({Requirement.SECURE_ACCELERATOR_ACCESS, Requirement.GPU_SHARING, Requirement.DRIVER_RUNTIME_MANAGEMENT})

    @classmethod
    def enabled(cls, profile: Profile) -> bool:
        return profile.components.gpu_enablement is GpuEnablement.DEVICE_PLUGIN and bool(
            profile.pools_managed_by(PoolManagement.DEVICE_PLUGIN)
        )

    @classmethod
    def workloads(cls, profile: Profile) -> tuple[Workload, ...]:
        return tuple(daemonset(NAMESPACE, daemonset_name(pool), {pool.name})
                     for pool in profile.pools_managed_by(PoolManagement.DEVICE_PLUGIN))

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        pools = profile.pools_managed_by(PoolManagement.DEVICE_PLUGIN)
        component = lock().component(COMPONENT)
        self.image = component.image("device-plugin")
        self.version = component.version
        self.add_namespace(NAMESPACE, {PSA_ENFORCE: "privileged"})
        NvidiaRuntimeClass(self, "runtime")
        for pool in pools:
            self._pool_daemonset(pool)

    def _pool_daemonset(self, pool: NodePool) -> None:
        name = daemonset_name(pool)
        labels = standard_labels(COMPONENT, "device-plugin", self.version)
        selector = {NAME_LABEL: COMPONENT, INSTANCE_LABEL: name}
        config = DevicePluginConfig.for_pool(pool)
        k8s.KubeConfigMap(
            self,
            f"{name}-config",
            metadata=k8s.ObjectMeta(name=f"{name}-config", namespace=NAMESPACE, labels=labels),
            data={"config.yaml": yaml.safe_dump(config.to_dict(), sort_keys=False)},
        )
        k8s.KubeDaemonSet(
            self,
            name,
            metadata=k8s.ObjectMeta(
                name=name,
                namespace=NAMESPACE,
                labels={**labels, INSTANCE_LABEL: name, NODE_POOL_LABEL: pool.name},
                annotations={
                    SECURITY_EXEMPTION_ANNOTATION: (
                        "node agent: registers with the kubelet through the host device-plugin socket directory"
                    ),
                    **exemption_annotations(POSTURE_EXEMPTIONS),
                },
            ),
            spec=k8s.DaemonSetSpec(
                selector=k8s.LabelSelector(match_labels=selector),
                update_strategy=k8s.DaemonSetUpdateStrategy(type="RollingUpdate"),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels={**labels, **selector, NODE_POOL_LABEL: pool.name}),
                    spec=self._pod_spec(pool, name),
                ),
            ),
        )

    def _pod_spec(self, pool: NodePool, name: str) -> k8s.PodSpec:
        return k8s.PodSpec(
            priority_class_name="system-node-critical",
            # Reads its configuration from a file and talks only to the kubelet's sockets.
            automount_service_account_token=False,
            security_context=k8s.PodSecurityContext(seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault")),
            node_selector={NODE_POOL_LABEL: pool.name, GPU_PRESENT_LABEL: "true"},
            tolerations=gpu_tolerations(),
            containers=[
                k8s.Container(
                    name="nvidia-device-plugin",
                    image=self.image,
                    env=[
                        k8s.EnvVar(name="CONFIG_FILE", value=f"{CONFIG_DIR}/config.yaml"),
                        k8s.EnvVar(
                            name="NODE_NAME",
                            value_from=k8s.EnvVarSource(field_ref=k8s.ObjectFieldSelector(field_path="spec.nodeName")),
                        ),
                    ],
                    resources=k8s.ResourceRequirements(
                        requests={"cpu": k8s.Quantity.from_string("50m"), "memory": k8s.Quantity.from_string("64Mi")},
                        limits={"memory": k8s.Quantity.from_string("256Mi")},
                    ),
                    security_context=k8s.SecurityContext(
                        allow_privilege_escalation=False,
                        capabilities=k8s.Capabilities(drop=["ALL"]),
                        read_only_root_filesystem=True,
                    ),
                    volume_mounts=[
                        k8s.VolumeMount(name="device-plugins", mount_path=DEVICE_PLUGIN_DIR),
                        k8s.VolumeMount(name="config", mount_path=CONFIG_DIR, read_only=True),
                    ],
                )
            ],
            volumes=[
                k8s.Volume(
                    name="device-plugins",
                    host_path=k8s.HostPathVolumeSource(path=DEVICE_PLUGIN_DIR, type="Directory"),
                ),
                k8s.Volume(name="config", config_map=k8s.ConfigMapVolumeSource(name=f"{name}-config")),
            ],
        )
