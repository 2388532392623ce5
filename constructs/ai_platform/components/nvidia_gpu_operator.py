"""NVIDIA GPU Operator by its pinned Helm chart, with typed values.

The operator runs the device plugin and the DCGM exporter itself (at the images the lock pins for
them); the platform gives its exporter the counter set of ``dcgm_exporter`` (a ConfigMap wired
through the operator's values) and scrapes it with a ServiceMonitor of its own."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from cdk8s_plus_34 import k8s

from constructs import Construct

from ..conventions import PSA_ENFORCE, Stage
from ..live_checks import ApiResource, Listed, LiveCheck
from ..posture import CHART_FILESYSTEM, IMAGE_USER
from ..profile import GpuEnablement, MigStrategy, PoolManagement, Profile
from ..requirement import Requirement
from ..upstream import lock
from .base import Component, Install, Workload, daemonset, deployment, gpu_toleration, standard_labels
from .dcgm_exporter import COUNTERS_CONFIG_MAP, COUNTERS_FILE, counters_config_map, service_monitor
from .nvidia_device_plugin import DevicePluginConfig

COMPONENT = "nvidia-gpu-operator"
NAMESPACE = "gpu-operator"
DEVICE_PLUGIN_CONFIG_MAP = "device-plugin-config"
DEFAULT_CONFIG_KEY = "default"
NODE_CONFIG_LABEL = "nvidia.com/device-plugin.config"
"""Node label the operator's device plugin reads to pick its entry of the config map."""


COMPUTE_DOMAIN_CRDS = ("computedomains.resource.nvidia.com", "computedomaincliques.resource.nvidia.com")
"""Bundled by the GPU Operator chart too; with DRA pools the DRA driver chart owns them."""
SANDBOX_COMPONENTS = ("kataSandboxDevicePlugin", "vfioManager", "vgpuDeviceManager", "ccManager")
"""ClusterPolicy components that serve only VM/sandbox workloads, which the platform does not
offer. (``sandboxDevicePlugin`` is not listed: the chart writes its ``enabled`` only when
true, so ``false`` would be ignored; it runs only with ``sandboxWorkloads``, which stays off,
and its image is pinned like every other.)"""


OPERATOR_EXPORTER_LABELS = {"app": "nvidia-dcgm-exporter"}
"""The labels of the Service the operator makes for its DCGM exporter."""
OPERATOR_EXPORTER_PORT = "gpu-metrics"


def operator_exporter_values() -> dict[str, object]:
    """GPU Operator values that make its exporter read our counters."""
    return {
        "config": {"name": COUNTERS_CONFIG_MAP},
        "env": [{"name": "DCGM_EXPORTER_COLLECTORS", "value": f"/etc/dcgm-exporter/{COUNTERS_FILE}"}],
    }


def operand_image(reference: str) -> dict[str, str]:
    """A pinned image as the ClusterPolicy's repository / image / version fields."""
    path, version = reference.rsplit(":", 1)
    repository, image = path.rsplit("/", 1)
    return {"repository": repository, "image": image, "version": version}


def operand_images() -> dict[str, dict[str, Any]]:
    """Every image the operator deploys, from upstream.lock.yaml (never the chart's defaults):
    the device plugin and DCGM exporter at the versions the rest of the platform pins."""
    operator = lock().component(COMPONENT)
    device_plugin = lock().component("nvidia-device-plugin").image("device-plugin")
    nfd_repository, nfd_tag = operator.image("node-feature-discovery").rsplit(":", 1)
    return {
        "operator": operand_image(operator.image("operator")),
        "validator": operand_image(operator.image("operator")),
        "driver": {**operand_image(operator.image("driver")), "manager": operand_image(operator.image("driver-manager"))},
        "toolkit": operand_image(operator.image("container-toolkit")),
        "devicePlugin": operand_image(device_plugin),
        "gfd": operand_image(device_plugin),
        "dcgmExporter": operand_image(lock().component("dcgm-exporter").image("exporter")),
        "migManager": operand_image(operator.image("mig-manager")),
        "sandboxDevicePlugin": operand_image(operator.image("sandbox-device-plugin")),
        "node-feature-discovery": {"image": {"repository": nfd_repository, "tag": nfd_tag}},
    }


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        merged[key] = _merge(merged[key], value) if isinstance(value, dict) and isinstance(merged.get(key), dict) else value
    return merged


@dataclass(frozen=True)
class GpuOperatorValues:
    """The chart switches the platform sets; everything else keeps the chart default."""

    driver: bool = True
    toolkit: bool = True
    device_plugin: bool = True
    dcgm_exporter: bool = True
    mig_manager: bool = False
    mig_strategy: MigStrategy = MigStrategy.NONE
    device_plugin_configs: dict[str, DevicePluginConfig] = field(default_factory=dict)
    """Config map key -> device plugin config (one per pool that shares GPUs, plus default)."""

    def to_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "daemonsets": {"tolerations": [gpu_toleration()]},
            "driver": {"enabled": self.driver},
            # Devices reach containers only as the device plugin's volume mounts; a pod that
            # sets NVIDIA_VISIBLE_DEVICES itself gets nothing (docs/gpu-enablement.md).
            "toolkit": {
                "enabled": self.toolkit,
                "env": [
                    {"name": "ACCEPT_NVIDIA_VISIBLE_DEVICES_ENVVAR_WHEN_UNPRIVILEGED", "value": "false"},
                    {"name": "ACCEPT_NVIDIA_VISIBLE_DEVICES_AS_VOLUME_MOUNTS", "value": "true"},
                ],
            },
            "devicePlugin": {
                "enabled": self.device_plugin,
                "env": [
                    {"name": "DEVICE_LIST_STRATEGY", "value": "volume-mounts"},
                    {"name": "DEVICE_ID_STRATEGY", "value": "uuid"},
                    {"name": "PASS_DEVICE_SPECS", "value": "true"},
                    {"name": "FAIL_ON_INIT_ERROR", "value": "true"},
                ],
            },
            # Our ServiceMonitor (gpu-metrics) scrapes the exporter: the chart's own is off so
            # that every series is scraped once.
            "dcgmExporter": {
                "enabled": self.dcgm_exporter,
                "serviceMonitor": {"enabled": False},
                **(operator_exporter_values() if self.dcgm_exporter else {}),
            },
            "migManager": {"enabled": self.mig_manager},
            "validator": {"plugin": {"env": [{"name": "WITH_WORKLOAD", "value": "false"}]}},
        }
        # CRDs come from the CRD unit (rendered from the chart's crds/); the chart's
        # pre-upgrade Job that re-applies them is not needed.
        values["operator"] = {"upgradeCRD": False}
        for component in SANDBOX_COMPONENTS:
            values[component] = {"enabled": False}
        values = _merge(values, operand_images())
        seccomp = {"podSecurityContext": {"seccompProfile": {"type": "RuntimeDefault"}}}
        values["node-feature-discovery"] = _merge(values["node-feature-discovery"], {"master": seccomp, "worker": seccomp, "gc": seccomp})
        if self.mig_strategy is not MigStrategy.NONE:
            values["mig"] = {"strategy": self.mig_strategy.value}
        if self.device_plugin_configs:
            values["devicePlugin"]["config"] = {"name": DEVICE_PLUGIN_CONFIG_MAP, "default": DEFAULT_CONFIG_KEY}
        return values

    @classmethod
    def for_profile(cls, profile: Profile) -> GpuOperatorValues:
        """MIG manager when any pool partitions with MIG (DRA pools too); the device plugin's
        MIG strategy from the device-plugin pools."""
        plugin_pools = profile.pools_managed_by(PoolManagement.DEVICE_PLUGIN)
        strategies = {p.sharing.mig_strategy for p in plugin_pools} - {MigStrategy.NONE}
        strategy = MigStrategy.MIXED if MigStrategy.MIXED in strategies else next(iter(strategies), MigStrategy.NONE)
        any_mig = any(p.sharing.mig_strategy is not MigStrategy.NONE for p in profile.node_pools)
        configs = {pool.name: DevicePluginConfig.for_pool(pool) for pool in plugin_pools}
        plain = DevicePluginConfig(mig_strategy=strategy, time_slicing_replicas=1)
        sharing = {key: config for key, config in configs.items() if config != plain}
        if sharing:
            sharing = {DEFAULT_CONFIG_KEY: plain, **sharing}
        return cls(
            device_plugin=bool(plugin_pools),
            mig_manager=any_mig,
            mig_strategy=strategy,
            device_plugin_configs=sharing,
        )


SERVICE_MONITORS = ApiResource("monitoring.coreos.com", "v1", "servicemonitors")
NFD_WORKER = "gpu-operator-node-feature-discovery-worker"


class NvidiaGpuOperator(Component):
    """Installs the GPU Operator chart; its validator checks driver and toolkit on each node.

    On DRA pools the operator's device plugin must stay off: those nodes carry the label
    ``nvidia.com/gpu.deploy.device-plugin=false`` (see docs/gpu-enablement.md), so each
    pool is managed by the device plugin or by DRA, never both. Pools that share GPUs get
    their own entry of the device plugin config map, picked by the node label
    ``nvidia.com/device-plugin.config=<pool>``.
    """

    NAME = COMPONENT
    LOCK = COMPONENT
    STAGE = Stage.OPERATORS
    REQUIREMENTS = frozenset({Requirement.DRIVER_RUNTIME_MANAGEMENT, Requirement.GPU_SHARING, Requirement.ACCELERATOR_METRICS})
    IMAGES = ("nvidia-device-plugin", "dcgm-exporter")
    """The operator runs the device plugin and DCGM exporter images the lock pins for them."""
    POSTURE = {
        "Deployment/gpu-operator": {
            "non-root": "the chart sets no runAsNonRoot for the operator and its image's user is not documented; "
            "enforcing one the image may not satisfy would keep the operator from starting",
            "high-uid": IMAGE_USER,
            "read-only-root-filesystem": CHART_FILESYSTEM,
        },
        "Deployment/gpu-operator-node-feature-discovery-master": {"high-uid": IMAGE_USER},
        "Deployment/gpu-operator-node-feature-discovery-gc": {"high-uid": IMAGE_USER},
        f"DaemonSet/{NFD_WORKER}": {"high-uid": IMAGE_USER},
    }
    SETTLED = {
        # The operator is a controller: it needs no capability and never escalates (the chart's
        # operator container has no security context at all).
        "Deployment/gpu-operator": {
            "containerSecurityContext": {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}},
        },
    }

    @classmethod
    def enabled(cls, profile: Profile) -> bool:
        return profile.components.gpu_enablement is GpuEnablement.GPU_OPERATOR

    @classmethod
    def workloads(cls, profile: Profile) -> tuple[Workload, ...]:
        # node-feature-discovery's worker labels every node (it tolerates the GPU taint). The
        # operator's own node agents (driver, toolkit, device plugin, DCGM exporter) are made by
        # the operator from its ClusterPolicy at run time; they are not in dist/.
        return (
            deployment(NAMESPACE, "gpu-operator"),
            deployment(NAMESPACE, "gpu-operator-node-feature-discovery-gc"),
            deployment(NAMESPACE, "gpu-operator-node-feature-discovery-master"),
            daemonset(NAMESPACE, NFD_WORKER, None),
        )

    @classmethod
    def live_checks(cls, profile: Profile) -> tuple[LiveCheck, ...]:
        return (LiveCheck(Requirement.ACCELERATOR_METRICS, "DCGM ServiceMonitor", Listed(SERVICE_MONITORS, "ServiceMonitors"),
                          "the operator's DCGM exporter is scraped"),)

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        self.add_namespace(NAMESPACE, {PSA_ENFORCE: "privileged"})
        values = GpuOperatorValues.for_profile(profile)
        if values.device_plugin_configs:
            k8s.KubeConfigMap(
                self,
                DEVICE_PLUGIN_CONFIG_MAP,
                metadata=k8s.ObjectMeta(
                    name=DEVICE_PLUGIN_CONFIG_MAP,
                    namespace=NAMESPACE,
                    labels=standard_labels(DEVICE_PLUGIN_CONFIG_MAP, "device-plugin"),
                ),
                data={
                    key: yaml.safe_dump(config.to_dict(), sort_keys=False)
                    for key, config in sorted(values.device_plugin_configs.items())
                },
            )
        # The operator's exporter reads our counters and is scraped by our ServiceMonitor.
        counters_config_map(self, NAMESPACE)
        service_monitor(self, NAMESPACE, OPERATOR_EXPORTER_LABELS, OPERATOR_EXPORTER_PORT)
        self.install(
            Install.helm(
                COMPONENT, "gpu-operator", NAMESPACE, Stage.OPERATORS, values.to_values(),
                security_exemptions={
                    "Deployment/gpu-operator": (
                        "the chart gives the operator no security context and has no value for one; it runs "
                        "in the privileged gpu-operator namespace next to the node agents it manages"
                    ),
                },
                crds_owned_elsewhere=frozenset(COMPUTE_DOMAIN_CRDS) if profile.dra_pools else frozenset(),
            )
        )
