"""GPU models a node pool can declare, and the node label values they map to.

The product label is the one NVIDIA GPU Feature Discovery publishes on GPU nodes
(``nvidia.com/gpu.product``, ``conventions.GPU_PRODUCT_LABEL``), so workloads can target a model with a plain nodeSelector
whether the pool is provisioned with the label or GFD discovers it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class GpuModel(StrEnum):
    RTX_4090 = "rtx-4090"
    RTX_5090 = "rtx-5090"
    L4 = "l4"
    L40S = "l40s"
    A100_80GB = "a100-80gb"
    H100_80GB = "h100-80gb"
    H200 = "h200"


@dataclass(frozen=True)
class GpuModelInfo:
    product_label: str
    """Value of the ``nvidia.com/gpu.product`` node label (GPU Feature Discovery)."""
    product_name: str
    """NVML device name, which the NVIDIA DRA driver publishes as the ``productName`` attribute."""
    memory_gib: int
    mig_capable: bool


GPU_MODELS: dict[GpuModel, GpuModelInfo] = {
    GpuModel.RTX_4090: GpuModelInfo("NVIDIA-GeForce-RTX-4090", "NVIDIA GeForce RTX 4090", 24, False),
    GpuModel.RTX_5090: GpuModelInfo("NVIDIA-GeForce-RTX-5090", "NVIDIA GeForce RTX 5090", 32, False),
    GpuModel.L4: GpuModelInfo("NVIDIA-L4", "NVIDIA L4", 24, False),
    GpuModel.L40S: GpuModelInfo("NVIDIA-L40S", "NVIDIA L40S", 48, False),
    GpuModel.A100_80GB: GpuModelInfo("NVIDIA-A100-SXM4-80GB", "NVIDIA A100-SXM4-80GB", 80, True),
    GpuModel.H100_80GB: GpuModelInfo("NVIDIA-H100-80GB-HBM3", "NVIDIA H100 80GB HBM3", 80, True),
    GpuModel.H200: GpuModelInfo("NVIDIA-H200", "NVIDIA H200", 141, True),
}
