"""Accelerator metrics: the NVIDIA DCGM exporter on every GPU node, scraped by Prometheus.

The exporter is ours (DaemonSet, Service, counters ConfigMap, ServiceMonitor) where the profile
enables GPUs with the device plugin. With the GPU Operator the operator runs the exporter, with
this module's counter set (``nvidia_gpu_operator``).
"""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_34 import k8s

from constructs import Construct
from imports.com.coreos import monitoring

from ..conventions import (
    GPU_PRESENT_LABEL,
    INSTANCE_LABEL,
    NAME_LABEL,
    NVIDIA_RUNTIME_CLASS,
    PSA_ENFORCE,
    SECURITY_EXEMPTION_ANNOTATION,
)
from ..live_checks import ApiResource, Listed, LiveCheck
from ..posture import exemption_annotations
from ..profile import GpuEnablement, Profile
from ..requirement import Requirement
from ..upstream import lock
from .base import Component, Workload, custom_resource_metadata, daemonset, gpu_tolerations, standard_labels

COMPONENT = "dcgm-exporter"
NAMESPACE = "gpu-monitoring"
COUNTERS_CONFIG_MAP = "dcgm-exporter-counters"
COUNTERS_FILE = "dcgm-metrics.csv"
COUNTERS_DIR = "/etc/dcgm-exporter/custom"
METRICS_PORT = 9400
ALL_GPUS_MOUNT = "/var/run/nvidia-container-devices/all"
"""The toolkit's device-list root (``DeviceListAsVolumeMountsRoot``) plus ``all``."""
POSTURE_EXEMPTIONS = {
    "non-root": (
        "DCGM profiling counters need CAP_SYS_ADMIN, which the runtime grants to UID 0 only; the container "
        "is unprivileged, drops every other capability and has a read-only root filesystem"
    ),
    "high-uid": "runs as root (UID 0) for the reason under non-root",
    "capabilities": "adds only SYS_ADMIN: DCGM's profiling counters (DCGM_FI_PROF_*) cannot be read without it",
    "sys-admin": "DCGM's profiling counters (DCGM_FI_PROF_*) need CAP_SYS_ADMIN; it replaces the privileged mode upstream examples use",
}
"""Rules of posture.py the exporter cannot follow, with the reasons written on its DaemonSet."""
SERVICE_MONITORS = ApiResource("monitoring.coreos.com", "v1", "servicemonitors")


@dataclass(frozen=True)
class Counter:
    field: str
    kind: str
    help: str


# Per-GPU utilisation and memory (the conformance core set), then temperature, power,
# clocks, errors and interconnect throughput.
COUNTERS: tuple[Counter, ...] = (
    Counter("DCGM_FI_DEV_GPU_UTIL", "gauge", "GPU utilization (in %)."),
    Counter("DCGM_FI_DEV_MEM_COPY_UTIL", "gauge", "Memory utilization (in %)."),
    Counter("DCGM_FI_DEV_FB_USED", "gauge", "Framebuffer memory used (in MiB)."),
    Counter("DCGM_FI_DEV_FB_FREE", "gauge", "Framebuffer memory free (in MiB)."),
    Counter("DCGM_FI_PROF_GR_ENGINE_ACTIVE", "gauge", "Ratio of time the graphics engine is active."),
    Counter("DCGM_FI_PROF_SM_ACTIVE", "gauge", "Ratio of cycles an SM has at least one warp assigned."),
    Counter("DCGM_FI_DEV_GPU_TEMP", "gauge", "GPU temperature (in C)."),
    Counter("DCGM_FI_DEV_MEMORY_TEMP", "gauge", "Memory temperature (in C)."),
    Counter("DCGM_FI_DEV_POWER_USAGE", "gauge", "Power draw (in W)."),
    Counter("DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION", "counter", "Total energy consumption since boot (in mJ)."),
    Counter("DCGM_FI_DEV_SM_CLOCK", "gauge", "SM clock frequency (in MHz)."),
    Counter("DCGM_FI_DEV_MEM_CLOCK", "gauge", "Memory clock frequency (in MHz)."),
    Counter("DCGM_FI_DEV_XID_ERRORS", "gauge", "Value of the last XID error encountered."),
    Counter("DCGM_FI_PROF_PCIE_TX_BYTES", "gauge", "Rate of data transmitted over PCIe (in B/s)."),
    Counter("DCGM_FI_PROF_PCIE_RX_BYTES", "gauge", "Rate of data received over PCIe (in B/s)."),
    Counter("DCGM_FI_PROF_NVLINK_TX_BYTES", "gauge", "Rate of data transmitted over NVLink (in B/s)."),
    Counter("DCGM_FI_PROF_NVLINK_RX_BYTES", "gauge", "Rate of data received over NVLink (in B/s)."),
)


def counters_csv() -> str:
    lines = ["# Format: DCGM field, Prometheus metric type, help message"]
    lines += [f"{c.field}, {c.kind}, {c.help}" for c in COUNTERS]
    return "\n".join(lines) + "\n"


def counters_config_map(scope: Construct, namespace: str) -> None:
    """The exporter's counter set (ours, or the GPU Operator's exporter's)."""
    k8s.KubeConfigMap(
        scope,
        "counters",
        metadata=k8s.ObjectMeta(name=COUNTERS_CONFIG_MAP, namespace=namespace, labels=standard_labels(COUNTERS_CONFIG_MAP, "gpu-metrics")),
        data={COUNTERS_FILE: counters_csv()},
    )


def service_monitor(scope: Construct, namespace: str, service_labels: dict[str, str], port: str) -> None:
    """The ServiceMonitor of a DCGM exporter's Service (ours, or the GPU Operator's)."""
    monitoring.ServiceMonitor(
        scope,
        "service-monitor",
        metadata=custom_resource_metadata(COMPONENT, "gpu-metrics", namespace),
        spec=monitoring.ServiceMonitorSpec(
            selector=monitoring.ServiceMonitorSpecSelector(match_labels=service_labels),
            # honorLabels keeps the namespace/pod of the workload that holds the GPU
            # (DCGM_EXPORTER_KUBERNETES) instead of renaming them exported_*.
            endpoints=[monitoring.ServiceMonitorSpecEndpoints(port=port, interval="15s", path="/metrics", honor_labels=True)],
        ),
    )


class DcgmExporter(Component):
    NAME = "gpu-metrics"
    LOCK = COMPONENT
    REQUIREMENTS = frozenset({Requirement.ACCELERATOR_METRICS})

    @classmethod
    def enabled(cls, profile: Profile) -> bool:
        return profile.components.gpu_enablement is GpuEnablement.DEVICE_PLUGIN

    @classmethod
    def workloads(cls, profile: Profile) -> tuple[Workload, ...]:
        # Every GPU node: the exporter reads whatever manages the GPUs (device plugin or DRA).
        return (daemonset(NAMESPACE, COMPONENT, [p.name for p in profile.node_pools]),)

    @classmethod
    def live_checks(cls, profile: Profile) -> tuple[LiveCheck, ...]:
        return (LiveCheck(Requirement.ACCELERATOR_METRICS, "DCGM ServiceMonitor", Listed(SERVICE_MONITORS, "ServiceMonitors"),
                          "the DCGM exporter is scraped"),)

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        self.add_namespace(NAMESPACE, {PSA_ENFORCE: "privileged"})
        counters_config_map(self, NAMESPACE)
        selector = {NAME_LABEL: COMPONENT, INSTANCE_LABEL: COMPONENT}
        self._exporter(selector)
        service_monitor(self, NAMESPACE, selector, "metrics")

    def _exporter(self, selector: dict[str, str]) -> None:
        component = lock().component(COMPONENT)
        labels = {**standard_labels(COMPONENT, "gpu-metrics", component.version), **selector}
        k8s.KubeDaemonSet(
            self,
            "daemonset",
            metadata=k8s.ObjectMeta(
                name=COMPONENT,
                namespace=NAMESPACE,
                labels=labels,
                annotations={
                    SECURITY_EXEMPTION_ANNOTATION: (
                        "node agent: reads every GPU of its node through DCGM and maps GPUs to pods "
                        "through the kubelet pod-resources socket"
                    ),
                    **exemption_annotations(POSTURE_EXEMPTIONS),
                },
            ),
            spec=k8s.DaemonSetSpec(
                selector=k8s.LabelSelector(match_labels=selector),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=labels),
                    spec=k8s.PodSpec(
                        runtime_class_name=NVIDIA_RUNTIME_CLASS,
                        priority_class_name="system-node-critical",
                        node_selector={GPU_PRESENT_LABEL: "true"},
                        tolerations=gpu_tolerations(),
                        # Pods come from the kubelet's pod-resources socket, not the API.
                        automount_service_account_token=False,
                        security_context=k8s.PodSecurityContext(seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault")),
                        containers=[
                            k8s.Container(
                                name=COMPONENT,
                                image=component.image("exporter"),
                                ports=[k8s.ContainerPort(name="metrics", container_port=METRICS_PORT)],
                                env=[
                                    k8s.EnvVar(name="DCGM_EXPORTER_LISTEN", value=f":{METRICS_PORT}"),
                                    k8s.EnvVar(name="DCGM_EXPORTER_KUBERNETES", value="true"),
                                    k8s.EnvVar(name="DCGM_EXPORTER_COLLECTORS", value=f"{COUNTERS_DIR}/{COUNTERS_FILE}"),
                                ],
                                resources=k8s.ResourceRequirements(
                                    requests={"cpu": k8s.Quantity.from_string("100m"), "memory": k8s.Quantity.from_string("256Mi")},
                                    limits={"memory": k8s.Quantity.from_string("1Gi")},
                                ),
                                # Not privileged: every GPU through the device-list mount below, and
                                # CAP_SYS_ADMIN alone for DCGM's profiling counters (DCGM_FI_PROF_*).
                                security_context=k8s.SecurityContext(
                                    run_as_user=0,
                                    allow_privilege_escalation=False,
                                    read_only_root_filesystem=True,
                                    capabilities=k8s.Capabilities(drop=["ALL"], add=["SYS_ADMIN"]),
                                ),
                                readiness_probe=k8s.Probe(
                                    http_get=k8s.HttpGetAction(path="/health", port=k8s.IntOrString.from_number(METRICS_PORT)),
                                    initial_delay_seconds=15,
                                ),
                                liveness_probe=k8s.Probe(
                                    http_get=k8s.HttpGetAction(path="/health", port=k8s.IntOrString.from_number(METRICS_PORT)),
                                    initial_delay_seconds=45,
                                    period_seconds=30,
                                ),
                                volume_mounts=[
                                    k8s.VolumeMount(name="counters", mount_path=COUNTERS_DIR, read_only=True),
                                    k8s.VolumeMount(name="pod-resources", mount_path="/var/lib/kubelet/pod-resources", read_only=True),
                                    k8s.VolumeMount(name="all-gpus", mount_path=ALL_GPUS_MOUNT, read_only=True),
                                    k8s.VolumeMount(name="tmp", mount_path="/tmp"),
                                ],
                            )
                        ],
                        volumes=[
                            k8s.Volume(name="counters", config_map=k8s.ConfigMapVolumeSource(name=COUNTERS_CONFIG_MAP)),
                            # /dev/null at <device-list root>/all: the NVIDIA Container Toolkit reads the
                            # devices of an unprivileged container from such mounts
                            # (accept-nvidia-visible-devices-as-volume-mounts, docs/isolation.md).
                            k8s.Volume(name="all-gpus", host_path=k8s.HostPathVolumeSource(path="/dev/null", type="CharDevice")),
                            k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource(size_limit=k8s.Quantity.from_string("64Mi"))),
                            k8s.Volume(
                                name="pod-resources",
                                host_path=k8s.HostPathVolumeSource(path="/var/lib/kubelet/pod-resources", type="Directory"),
                            ),
                        ],
                    ),
                ),
            ),
        )
        k8s.KubeService(
            self,
            "service",
            metadata=k8s.ObjectMeta(name=COMPONENT, namespace=NAMESPACE, labels=labels),
            spec=k8s.ServiceSpec(
                selector=selector,
                ports=[k8s.ServicePort(name="metrics", port=METRICS_PORT, target_port=k8s.IntOrString.from_string("metrics"))],
            ),
        )
