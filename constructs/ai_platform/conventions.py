"""The platform's conventions, in one place: the labels, annotations and taints its objects carry
and act on, the deployment stages, and the paths of the repository. Every module names them from
here; none retypes them.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

# --- paths --------------------------------------------------------------------------------

REPO_ROOT = Path(__file__).resolve().parents[2]
CLUSTERS_DIR = REPO_ROOT / "clusters"
DIST_DIR = REPO_ROOT / "dist"
IMPORTS_DIR = REPO_ROOT / "imports"
DOCS_DIR = REPO_ROOT / "docs"
LOCK_FILE = REPO_ROOT / "upstream.lock.yaml"
CACHE_DIR = REPO_ROOT / ".cache"
UPSTREAM_CACHE_DIR = CACHE_DIR / "upstream"
PARSED_CACHE_DIR = CACHE_DIR / "parsed"
"""JSON copies of parsed YAML streams, keyed by the text's sha256 (``validation/documents.py``)."""
BUILD_DIR = REPO_ROOT / "build"
GPU_NODE_RUNS_DIR = REPO_ROOT / "testbed" / "gpu_node" / "results"
"""Committed results of the runs on lent GPU machines, one folder per run (read as evidence)."""


# --- deployment stages --------------------------------------------------------------------


class Stage(IntEnum):
    """Deployment order; Argo CD sync waves and Flux dependsOn follow it."""

    NAMESPACES = 0
    CRDS = 1
    OPERATORS = 2
    CONFIGURATION = 3
    WORKLOADS = 4


# --- labels -------------------------------------------------------------------------------

PART_OF = "ai-platform"
"""``app.kubernetes.io/part-of`` of every object the platform deploys."""
MANAGED_BY = "cdk8s"
"""``app.kubernetes.io/managed-by`` of the objects the components build themselves (rendered
upstream objects say Helm, kustomize or upstream)."""
NAME_LABEL = "app.kubernetes.io/name"
INSTANCE_LABEL = "app.kubernetes.io/instance"
COMPONENT_LABEL = "app.kubernetes.io/component"
PART_OF_LABEL = "app.kubernetes.io/part-of"
MANAGED_BY_LABEL = "app.kubernetes.io/managed-by"
VERSION_LABEL = "app.kubernetes.io/version"
NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name"
"""Set by the API server on every namespace (``NamespaceDefaultLabelName``)."""

NODE_POOL_LABEL = "ai-platform.dev/node-pool"
"""The node pool a node belongs to (set by node provisioning; the cluster autoscaler's templates carry it)."""
TENANT_LABEL = "ai-platform.dev/tenant"
"""Namespaces of tenants (the inference gateway admits routes from them)."""
SYSTEM_NAMESPACE_LABEL = "ai-platform.dev/system"
"""Namespaces of the platform's own components: exempt from the accelerator access policy."""
GPU_ACCESS_LABEL = "ai-platform.dev/gpu-access"
"""Namespace label that admits pods requesting GPUs (device plugin or DRA)."""
METRICS_LABEL = "ai-platform.dev/metrics"
"""Workloads that serve Prometheus metrics on a port named ``metrics`` (scraped in every namespace)."""
OPENAI_SERVER_LABEL = "ai-platform.dev/server"
"""``openai``: OpenAI-compatible model servers (vLLM) that serve /metrics on their API port."""
MODEL_VERSION_LABEL = "ai-platform.dev/model-version"

PSA_ENFORCE = "pod-security.kubernetes.io/enforce"
PSA_AUDIT = "pod-security.kubernetes.io/audit"
PSA_WARN = "pod-security.kubernetes.io/warn"

GPU_PRODUCT_LABEL = "nvidia.com/gpu.product"
"""The label NVIDIA GPU Feature Discovery publishes on GPU nodes (a pool's GPU model)."""
GPU_PRESENT_LABEL = "nvidia.com/gpu.present"
GPU_RESOURCE = "nvidia.com/gpu"
"""The extended resource of the NVIDIA device plugin."""

NVIDIA_RUNTIME_CLASS = "nvidia"
"""The RuntimeClass (and containerd handler) of the NVIDIA container toolkit that GPU workloads run
with: the device plugin's construct creates it, the GPU Operator creates it on its own."""

# --- taints -------------------------------------------------------------------------------

GPU_TAINT_KEY = "nvidia.com/gpu"
"""Every GPU node carries ``nvidia.com/gpu=present:NoSchedule``; only what tolerates it lands there."""
GPU_TAINT_VALUE = "present"
GPU_TAINT_EFFECT = "NoSchedule"

# --- annotations --------------------------------------------------------------------------

PRIORITY_CLASSES_ANNOTATION = "ai-platform.dev/priority-classes"
"""On a tenant Namespace: the PriorityClasses its pods may name, comma-separated (set by the
platform; tenants cannot change a Namespace). The tenant-priority policy reads it."""
SECURITY_EXEMPTION_ANNOTATION = "ai-platform.dev/security-exemption"
"""Set on a workload that cannot run with the restricted securityContext, with the reason."""
UPSTREAM_FIX_ANNOTATION = "ai-platform.dev/upstream-fix"
"""On a rendered object post-render corrected (``UpstreamFix``): the upstream issue and what was wrong."""
POSTURE_EXEMPTION_PREFIX = "posture.ai-platform.dev/"
"""``posture.ai-platform.dev/<rule>: <reason>``: a workload that does not follow a posture rule says why."""
SCANNER_SKIP_PREFIX = "checkov.io/skip"
"""The policy scanner's skip annotations, derived from the posture exemptions (never hand-written)."""
