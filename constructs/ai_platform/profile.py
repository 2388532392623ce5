"""Cluster profiles: the typed model of one YAML file per cluster under ``clusters/``.

The model checks every key's shape: unknown keys, wrong types, values outside an enum and choices
that contradict each other within the profile. The rules of a component (what the platform can
deploy together) are the component's (``components/``); ``profiles.py`` reads a file and runs both.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.alias_generators import to_camel

from .gpu_models import GPU_MODELS, GpuModel

DNS_LABEL = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
SUPPORTED_KUBERNETES_VERSIONS = ("1.34", "1.35", "1.36", "1.37")


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, alias_generator=to_camel, populate_by_name=False, use_enum_values=False
    )


class GitOpsTool(StrEnum):
    ARGOCD = "argocd"
    FLUX = "flux"


class GpuEnablement(StrEnum):
    DEVICE_PLUGIN = "device-plugin"
    GPU_OPERATOR = "gpu-operator"


class PoolManagement(StrEnum):
    DEVICE_PLUGIN = "device-plugin"
    DRA = "dra"


class GangScheduler(StrEnum):
    VOLCANO = "volcano"
    KUEUE = "kueue"


class ClusterAutoscaler(StrEnum):
    NONE = "none"
    CLUSTER_AUTOSCALER = "cluster-autoscaler"


class MigStrategy(StrEnum):
    NONE = "none"
    SINGLE = "single"
    MIXED = "mixed"


class KubernetesSpec(_Model):
    version: str = Field(description="Kubernetes minor version, e.g. '1.34'")

    @model_validator(mode="after")
    def _supported(self) -> Self:
        if self.version not in SUPPORTED_KUBERNETES_VERSIONS:
            raise ValueError(
                f"unsupported Kubernetes version {self.version!r}; allowed: {', '.join(SUPPORTED_KUBERNETES_VERSIONS)}"
            )
        return self

    @property
    def patch_version(self) -> str:
        """The x.y.0 form the validation schemas are keyed by."""
        return f"{self.version}.0"


class GitOpsSpec(_Model):
    tools: Annotated[list[GitOpsTool], Field(min_length=1)]
    repo_url: str = Field(pattern=r"^(https://|ssh://|git@)\S+$")
    revision: str = "main"

    @model_validator(mode="after")
    def _unique(self) -> Self:
        if len(set(self.tools)) != len(self.tools):
            raise ValueError("gitops.tools lists a tool twice")
        return self


class Sharing(_Model):
    time_slicing_replicas: Annotated[int, Field(ge=1, le=64)] = 1
    mig_strategy: MigStrategy = MigStrategy.NONE


class TenantNamespace(_Model):
    """A namespace for tenant workloads: Pod Security ``restricted``, default-deny network."""

    name: str = Field(pattern=DNS_LABEL, max_length=63)
    gpu_access: bool = True
    gpu_quota: Annotated[int, Field(ge=0, le=1024)] | None = None
    """GPUs (device-plugin GPUs and DRA devices, each) the namespace may request; default 4 with access."""
    groups: tuple[Annotated[str, Field(min_length=1, max_length=256)], ...] = ()
    """Groups (as the cluster's authenticator names them) bound to the namespace's tenant Role."""

    @field_validator("groups")
    @classmethod
    def _groups_are_teams(cls, groups: tuple[str, ...]) -> tuple[str, ...]:
        system = [g for g in groups if g.startswith(SYSTEM_GROUP_PREFIX)]
        if system:
            raise ValueError(
                f"{system} would be bound to the tenant Role: a {SYSTEM_GROUP_PREFIX}* group stands for every user, "
                "service account or node of a kind, not a team (allowed: the names of your identity provider's "
                f"groups, without the {SYSTEM_GROUP_PREFIX} prefix)"
            )
        repeated = sorted({g for g in groups if groups.count(g) > 1})
        if repeated:
            raise ValueError(f"the groups {repeated} are listed more than once (allowed: each group once)")
        return groups

    @model_validator(mode="after")
    def _quota_needs_access(self) -> Self:
        if not self.gpu_access and self.gpu_quota:
            raise ValueError(
                f"tenant {self.name!r} sets gpuQuota {self.gpu_quota} but gpuAccess is false "
                "(allowed: gpuAccess true, or gpuQuota 0 / unset)"
            )
        return self

    @property
    def effective_gpu_quota(self) -> int:
        if not self.gpu_access:
            return 0
        return DEFAULT_TENANT_GPU_QUOTA if self.gpu_quota is None else self.gpu_quota


DEFAULT_TENANT_GPU_QUOTA = 4
SYSTEM_GROUP_PREFIX = "system:"


class NodePool(_Model):
    name: str = Field(pattern=DNS_LABEL, max_length=40)
    gpu_model: GpuModel
    gpus_per_node: Annotated[int, Field(ge=1, le=16)]
    management: PoolManagement = PoolManagement.DEVICE_PLUGIN
    min_nodes: Annotated[int, Field(ge=0)] = 1
    max_nodes: Annotated[int, Field(ge=0)] = 1
    sharing: Sharing = Sharing()

    @model_validator(mode="after")
    def _bounds(self) -> Self:
        if self.max_nodes < self.min_nodes:
            raise ValueError(f"maxNodes ({self.max_nodes}) is below minNodes ({self.min_nodes})")
        if self.sharing.mig_strategy is not MigStrategy.NONE and not GPU_MODELS[self.gpu_model].mig_capable:
            capable = ", ".join(m.value for m, info in GPU_MODELS.items() if info.mig_capable)
            raise ValueError(
                f"sharing.migStrategy {self.sharing.mig_strategy.value!r} needs a MIG-capable GPU; "
                f"{self.gpu_model.value} is not (MIG-capable models: {capable})"
            )
        if self.management is PoolManagement.DRA and self.sharing.time_slicing_replicas > 1:
            raise ValueError(
                "sharing.timeSlicingReplicas applies to device-plugin pools only; a DRA pool shares GPUs "
                "through ResourceClaims (allowed with management 'dra': timeSlicingReplicas 1)"
            )
        return self


class ModelVersion(_Model):
    name: str = Field(pattern=DNS_LABEL, max_length=20)
    weight: Annotated[int, Field(ge=0, le=100)]
    replicas: Annotated[int, Field(ge=1, le=64)] = 1
    """Minimum replicas; the HPA scales between this and maxReplicas."""
    max_replicas: Annotated[int, Field(ge=1, le=64)] = 4

    @model_validator(mode="after")
    def _range(self) -> Self:
        if self.max_replicas < self.replicas:
            raise ValueError(f"version {self.name!r}: maxReplicas ({self.max_replicas}) is below replicas ({self.replicas})")
        return self


class InferenceModel(_Model):
    """A model served behind the inference gateway, in one or more weighted versions."""

    name: str = Field(pattern=DNS_LABEL, max_length=30)
    """Value of the model header clients send; also the name of the route and servers."""
    model_id: str = Field(min_length=1)
    """What the model server loads and reports as its served model."""
    gpu_model: GpuModel
    versions: Annotated[list[ModelVersion], Field(min_length=1, max_length=4)]

    @model_validator(mode="after")
    def _weights(self) -> Self:
        names = [v.name for v in self.versions]
        if len(set(names)) != len(names):
            raise ValueError(f"model {self.name!r} lists a version twice")
        total = sum(v.weight for v in self.versions)
        if total != 100:
            raise ValueError(f"model {self.name!r}: version weights add up to {total}, they must add up to 100")
        return self


class Inference(_Model):
    namespace: str = Field(pattern=DNS_LABEL)
    """Tenant namespace (with GPU access) that runs the model servers."""
    models: Annotated[list[InferenceModel], Field(min_length=1)]


class RaySettings(_Model):
    """Where the example Ray workloads (RayCluster, RayJob, RayService) run."""

    namespace: str = Field(pattern=DNS_LABEL)
    gpu_model: GpuModel
    max_workers: Annotated[int, Field(ge=1, le=64)] = 4
    training_workers: Annotated[int, Field(ge=1, le=64)] = 2
    """GPU workers of the gang-scheduled training RayJob (all start together or none)."""


class AutoscalerCloud(StrEnum):
    AWS = "aws"


class ClusterAutoscalerSettings(_Model):
    """Where the Cluster Autoscaler finds the node groups of the GPU pools."""

    cloud_provider: AutoscalerCloud = AutoscalerCloud.AWS
    region: str = Field(pattern=r"^[a-z]{2}(-[a-z]+)+-\d$")
    node_group_prefix: str = Field(pattern=DNS_LABEL)
    """Each pool's node group (e.g. AWS Auto Scaling group) is named <prefix>-<pool>."""


class Components(_Model):
    gpu_enablement: GpuEnablement = GpuEnablement.DEVICE_PLUGIN
    dra: bool = True
    gang_scheduler: GangScheduler = GangScheduler.VOLCANO
    inference_extension: bool = False
    cluster_autoscaler: ClusterAutoscaler = ClusterAutoscaler.NONE
    grafana: bool = False


K8S_CONFORMANCE_URL = r"^https://github\.com/cncf/k8s-conformance/tree/(master|main)/v\d+\.\d+/[^/]+/?$"
"""The CNCF validator's pattern for metadata.k8sConformanceUrl (scripts/validate.go)."""
K8S_CONFORMANCE_URL_FORMAT = "https://github.com/cncf/k8s-conformance/tree/(master|main)/v<x.y>/<product>"


class Metadata(_Model):
    """Who ships the platform; flows into the CNCF submission."""

    platform_name: str
    platform_version: str
    vendor_name: str
    website_url: str
    documentation_url: str
    contact_email_address: str = Field(pattern=r"^[^@\s]+@[^@\s]+$")
    description: str
    product_logo_url: str = Field(pattern=r"^https://\S+$")
    k8s_conformance_url: str = Field(alias="k8sConformanceUrl")  # to_camel would say k8SConformanceUrl
    """Certified Kubernetes conformance of the underlying distribution, in the format the CNCF
    submission validator requires for every version (K8S_CONFORMANCE_URL)."""

    @model_validator(mode="before")
    @classmethod
    def _k8s_conformance_url_present(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("k8sConformanceUrl") in (None, ""):
            raise ValueError(f"k8sConformanceUrl: missing; required, in the format {K8S_CONFORMANCE_URL_FORMAT}")
        return data

    @field_validator("k8s_conformance_url")
    @classmethod
    def _k8s_conformance_url_format(cls, value: str) -> str:
        if not re.match(K8S_CONFORMANCE_URL, value):
            raise ValueError(f"{value!r} does not match {K8S_CONFORMANCE_URL} ({K8S_CONFORMANCE_URL_FORMAT})")
        return value


class Profile(_Model):
    name: str = Field(pattern=DNS_LABEL, max_length=40)
    description: str
    metadata: Metadata
    kubernetes: KubernetesSpec
    gitops: GitOpsSpec
    node_pools: Annotated[list[NodePool], Field(min_length=1)]
    components: Components = Components()
    tenant_namespaces: list[TenantNamespace] = Field(default_factory=lambda: [TenantNamespace(name="ml-team-a")])
    inference: Inference | None = None
    cluster_autoscaler: ClusterAutoscalerSettings | None = None
    ray: RaySettings | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        names = [pool.name for pool in self.node_pools]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"node pool names must be unique; repeated: {', '.join(duplicates)}")
        tenant_names = [t.name for t in self.tenant_namespaces]
        if len(set(tenant_names)) != len(tenant_names):
            raise ValueError("tenantNamespaces lists a namespace twice")
        return self

    def pools_managed_by(self, management: PoolManagement) -> list[NodePool]:
        return [pool for pool in self.node_pools if pool.management is management]

    @property
    def dra_pools(self) -> list[NodePool]:
        """Pools whose GPUs are handed out by the DRA driver (empty when DRA is off)."""
        return self.pools_managed_by(PoolManagement.DRA) if self.components.dra else []

    def uses(self, tool: GitOpsTool) -> bool:
        return tool in self.gitops.tools
