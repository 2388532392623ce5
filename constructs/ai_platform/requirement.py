"""The requirement ids of the CNCF Kubernetes AI Conformance checklists (every pinned version):
the vocabulary components declare what they serve in, and the keys of the conformance mapping.
``tests/static/test_requirement_ids.py`` holds the enum against the pinned checklists."""

from __future__ import annotations

from enum import StrEnum


class Requirement(StrEnum):
    DRA_SUPPORT = "dra_support"
    AI_INFERENCE = "ai_inference"
    GANG_SCHEDULING = "gang_scheduling"
    CLUSTER_AUTOSCALING = "cluster_autoscaling"
    POD_AUTOSCALING = "pod_autoscaling"
    ACCELERATOR_METRICS = "accelerator_metrics"
    AI_SERVICE_METRICS = "ai_service_metrics"
    SECURE_ACCELERATOR_ACCESS = "secure_accelerator_access"
    ROBUST_CONTROLLER = "robust_controller"
    DRIVER_RUNTIME_MANAGEMENT = "driver_runtime_management"
    GPU_SHARING = "gpu_sharing"
    VIRTUALIZED_ACCELERATOR = "virtualized_accelerator"
    ADVANCED_INFERENCE_INGRESS = "advanced_inference_ingress"
    HIGH_PERFORMANCE_NETWORKING = "high_performance_networking"
    DISAGGREGATED_INFERENCE = "disaggregated_inference"
    WORKLOAD_SANDBOXING = "workload_sandboxing"
