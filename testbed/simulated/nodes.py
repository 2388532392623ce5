"""The nodes of a simulated cluster, from a profile's node pools.

Each GPU pool becomes nodes that look like the pool's real nodes to the scheduler: the pool
label, the GPU Feature Discovery labels (``nvidia.com/gpu.product``, ``nvidia.com/gpu.present``),
the GPU taint, and for device-plugin pools the device plugin's ``nvidia.com/gpu`` capacity
(GPUs times time-slicing replicas; DRA pools advertise none). Every GPU node can describe its
GPUs as a ResourceSlice shaped like the NVIDIA DRA driver's (driver ``gpu.nvidia.com``, one
pool per node, one device per GPU with the attributes the driver publishes); the simulated
cluster publishes it only where the driver's kubelet plugin from dist/ runs. One untainted system node runs the platform's operators.
Nodes carry the annotation KWOK selects (``kwok.x-k8s.io/node=fake``)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ai_platform.components.nvidia_dra_driver import DRIVER_NAME
from ai_platform.conventions import GPU_PRESENT_LABEL, GPU_PRODUCT_LABEL, GPU_RESOURCE, GPU_TAINT_KEY, NODE_POOL_LABEL
from ai_platform.gpu_models import GPU_MODELS
from ai_platform.profile import NodePool, PoolManagement, Profile

from testbed.kwok import FAKE_NODE_ANNOTATION

SYSTEM_NODE = "system-0"
GPU_TAINT_VALUE = "present"
"""As the pools advertise it to the cluster autoscaler (parts/autoscaling.py)."""
UUID_NAMESPACE = uuid.UUID("5f1c1b5e-8d0a-4c59-9a49-6d4f3f0a7a11")


def nodes_of_pool(pool: NodePool) -> int:
    """How many nodes a pool starts with: its minimum, and at least one so that every pool
    can be scheduled to (pools that scale from zero get one)."""
    return max(pool.min_nodes, 1)


@dataclass(frozen=True)
class SimulatedNode:
    name: str
    pool: NodePool | None
    """None for the system node."""

    @property
    def is_dra(self) -> bool:
        return self.pool is not None and self.pool.management is PoolManagement.DRA

    def node(self) -> dict[str, Any]:
        labels = {"kubernetes.io/hostname": self.name, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
                  "type": "kwok"}
        resources = {"cpu": "64", "memory": "512Gi", "pods": "250", "ephemeral-storage": "1Ti"}
        taints: list[dict[str, str]] = []
        if self.pool is not None:
            info = GPU_MODELS[self.pool.gpu_model]
            labels |= {NODE_POOL_LABEL: self.pool.name, GPU_PRODUCT_LABEL: info.product_label, GPU_PRESENT_LABEL: "true",
                       "nvidia.com/gpu.count": str(self.pool.gpus_per_node)}
            taints.append({"key": GPU_TAINT_KEY, "value": GPU_TAINT_VALUE, "effect": "NoSchedule"})
            if not self.is_dra:
                resources[GPU_RESOURCE] = str(self.pool.gpus_per_node * self.pool.sharing.time_slicing_replicas)
        return {
            "apiVersion": "v1",
            "kind": "Node",
            "metadata": {"name": self.name, "labels": labels, "annotations": {FAKE_NODE_ANNOTATION: "fake"}},
            "spec": {"taints": taints} if taints else {},
            "status": {"capacity": resources, "allocatable": resources},
        }

    def device_names(self) -> list[str]:
        return [f"gpu-{index}" for index in range(self.pool.gpus_per_node)] if self.pool else []

    def resource_slice(self) -> dict[str, Any] | None:
        """The slice the NVIDIA DRA driver's kubelet plugin would publish on this node (None
        for the system node, which has no GPUs)."""
        if self.pool is None:
            return None
        info = GPU_MODELS[self.pool.gpu_model]
        devices = [
            {
                "name": name,
                "attributes": {
                    "type": {"string": "gpu"},
                    "uuid": {"string": f"GPU-{uuid.uuid5(UUID_NAMESPACE, f'{self.name}/{index}')}"},
                    "index": {"int": index},
                    "minor": {"int": index},
                    "productName": {"string": info.product_name},
                    "brand": {"string": "Nvidia"},
                    "architecture": {"string": "simulated"},
                    "driverVersion": {"version": "580.0.0"},
                    "cudaDriverVersion": {"version": "13.0.0"},
                    "cudaComputeCapability": {"version": "9.0.0"},
                    "addressingMode": {"string": "None"},
                },
                "capacity": {"memory": {"value": f"{info.memory_gib}Gi"}},
            }
            for index, name in enumerate(self.device_names())
        ]
        return {
            "apiVersion": "resource.k8s.io/v1",
            "kind": "ResourceSlice",
            "metadata": {"name": f"{self.name}-{DRIVER_NAME}"},
            "spec": {
                "driver": DRIVER_NAME,
                "nodeName": self.name,
                "pool": {"name": self.name, "generation": 1, "resourceSliceCount": 1},
                "devices": devices,
            },
        }


def simulated_nodes(profile: Profile, count: Callable[[NodePool], int] = nodes_of_pool) -> list[SimulatedNode]:
    """The system node, then ``count(pool)`` nodes per pool named ``<pool>-<i>`` (a profile
    with DRA pools has DRA enabled: the profile checks it)."""
    nodes = [SimulatedNode(SYSTEM_NODE, None)]
    for pool in profile.node_pools:
        nodes.extend(SimulatedNode(f"{pool.name}-{i}", pool) for i in range(count(pool)))
    return nodes
