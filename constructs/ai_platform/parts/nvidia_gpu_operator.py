"""NVIDIA GPU Operator by its pinned Helm chart, with typed values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from constructs import Construct

from ..gpu_models import GPU_TAINT_KEY
from ..profile import MigStrategy, NodePool
from .base import HelmInstall, PlatformPart, Stage

COMPONENT = "nvidia-gpu-operator"
NAMESPACE = "gpu-operator"


@dataclass(frozen=True)
class GpuOperatorValues:
    """The chart switches the platform sets; everything else keeps the chart default."""

    driver: bool = True
    toolkit: bool = True
    device_plugin: bool = True
    dcgm_exporter: bool = True
    mig_manager: bool = False
    mig_strategy: MigStrategy = MigStrategy.NONE

    def to_values(self) -> dict[str, Any]:
        gpu_toleration = {"key": GPU_TAINT_KEY, "operator": "Exists", "effect": "NoSchedule"}
        values: dict[str, Any] = {
            "operator": {"defaultRuntime": "containerd"},
            "daemonsets": {"tolerations": [gpu_toleration]},
            "driver": {"enabled": self.driver},
            "toolkit": {"enabled": self.toolkit},
            "devicePlugin": {"enabled": self.device_plugin},
            "dcgmExporter": {"enabled": self.dcgm_exporter},
            "migManager": {"enabled": self.mig_manager},
            "validator": {"plugin": {"env": [{"name": "WITH_WORKLOAD", "value": "false"}]}},
        }
        if self.mig_strategy is not MigStrategy.NONE:
            values["mig"] = {"strategy": self.mig_strategy.value}
        return values

    @classmethod
    def for_pools(cls, pools: list[NodePool]) -> GpuOperatorValues:
        strategies = {p.sharing.mig_strategy for p in pools} - {MigStrategy.NONE}
        strategy = MigStrategy.MIXED if MigStrategy.MIXED in strategies else next(iter(strategies), MigStrategy.NONE)
        return cls(mig_manager=bool(strategies), mig_strategy=strategy)


class NvidiaGpuOperatorPart(PlatformPart):
    """Installs the GPU Operator chart; its validator checks driver and toolkit on each node."""

    def __init__(self, scope: Construct, pools: list[NodePool]) -> None:
        super().__init__(scope, COMPONENT, Stage.OPERATORS)
        self.add_namespace(NAMESPACE, {"pod-security.kubernetes.io/enforce": "privileged"})
        self.add_helm_install(
            HelmInstall(
                release="gpu-operator",
                namespace=NAMESPACE,
                component=COMPONENT,
                stage=Stage.OPERATORS,
                values=GpuOperatorValues.for_pools(pools).to_values(),
            )
        )
