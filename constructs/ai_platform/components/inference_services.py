"""Inference services behind the gateway: vLLM servers per model version, an HTTPRoute per
model with header-based routing and a weighted canary split, and, with the Inference
Extension, one InferencePool (with its endpoint picker) per version.

Routing, for requests to ``/v1`` (the OpenAI API) on the inference gateway:

  x-gateway-model-name: <model>                      weighted split across the versions
  x-gateway-model-name: <model> + x-model-version: v  only version v (pinning, debugging)

The model header carries the OpenAI ``model`` name (clients or a body-based router set
it). Timeouts allow long streaming completions.
"""

from __future__ import annotations

from cdk8s_plus_34 import k8s

from constructs import Construct
from imports.io.k8s.networking import gateway as gw

from ..conventions import (
    GPU_PRODUCT_LABEL,
    GPU_RESOURCE,
    INSTANCE_LABEL,
    MODEL_VERSION_LABEL,
    NAME_LABEL,
    NVIDIA_RUNTIME_CLASS,
    OPENAI_SERVER_LABEL,
    Stage,
)
from ..gpu_models import GPU_MODELS
from ..live_checks import ApiResource, Listed, LiveCheck
from ..profile import InferenceModel, ModelVersion, PoolManagement, Profile
from ..requirement import Requirement
from ..upstream import lock
from .base import Component, ProfileProblem, Workload, custom_resource_metadata, deployment, gpu_tolerations, standard_labels
from .envoy_gateway import GATEWAY_NAME, GATEWAY_NAMESPACE, HTTP_LISTENER
from .gang_scheduling import INFERENCE_PRIORITY_CLASS
from .inference_extension import POOL_GROUP, SERVER_PORT, server_name

MODEL_HEADER = "x-gateway-model-name"
VERSION_HEADER = "x-model-version"
SERVER_UID = 10001
"""Above the host's UID range (posture.py HIGH_UID); HOME is /tmp, so no user entry is needed."""
MODEL_STORE = "model-store"
MODEL_STORE_PATH = "/models"
REQUEST_TIMEOUT = "300s"
HTTP_ROUTES = ApiResource("gateway.networking.k8s.io", "v1", "httproutes")
HPAS = ApiResource("autoscaling", "v2", "horizontalpodautoscalers")
QUEUE_METRIC, QUEUE_TARGET = "vllm_requests_waiting", "5"
GPU_METRIC, GPU_TARGET = "gpu_utilization", "80"


class InferenceServices(Component):
    NAME = "inference-services"
    LOCK = "vllm"
    STAGE = Stage.WORKLOADS
    REQUIREMENTS = frozenset({Requirement.AI_INFERENCE, Requirement.POD_AUTOSCALING})

    @classmethod
    def enabled(cls, profile: Profile) -> bool:
        return profile.inference is not None

    @classmethod
    def rules(cls, profile: Profile) -> list[ProfileProblem]:
        inference = profile.inference
        if inference is None:
            return []
        problems = []
        gpu_tenants = [t.name for t in profile.tenant_namespaces if t.gpu_access]
        if inference.namespace not in gpu_tenants:
            problems.append(ProfileProblem("inference.namespace", (
                f"inference.namespace {inference.namespace!r} must be a tenant namespace with gpuAccess "
                f"(allowed: {', '.join(gpu_tenants) or 'none'})"
            )))
        served = {p.gpu_model for p in profile.pools_managed_by(PoolManagement.DEVICE_PLUGIN)}
        for index, model in enumerate(inference.models):
            if model.gpu_model not in served:
                allowed = ", ".join(sorted(m.value for m in served)) or "none"
                problems.append(ProfileProblem(f"inference.models[{index}].gpuModel", (
                    f"inference model {model.name!r} needs gpuModel {model.gpu_model.value}, which no device-plugin "
                    f"pool provides (allowed: {allowed})"
                )))
        names = [m.name for m in inference.models]
        if len(set(names)) != len(names):
            problems.append(ProfileProblem("inference.models", "inference.models lists a model twice"))
        return problems

    @classmethod
    def workloads(cls, profile: Profile) -> tuple[Workload, ...]:
        assert profile.inference is not None
        return tuple(deployment(profile.inference.namespace, server_name(m, v)) for m in profile.inference.models for v in m.versions)

    @classmethod
    def live_checks(cls, profile: Profile) -> tuple[LiveCheck, ...]:
        return (
            LiveCheck(Requirement.AI_INFERENCE, "HTTPRoutes", Listed(HTTP_ROUTES, "HTTPRoutes"),
                      f"one route per model, Accepted by {GATEWAY_NAME}"),
            LiveCheck(Requirement.POD_AUTOSCALING, "HPAs", Listed(HPAS, "HorizontalPodAutoscalers"),
                      "one per model server, targets showing current metric values"),
        )

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        assert profile.inference is not None
        self.tenant = profile.inference.namespace
        self.pools = profile.components.inference_extension
        self.image = lock().component("vllm").image("server")
        k8s.KubePersistentVolumeClaim(
            self,
            MODEL_STORE,
            metadata=k8s.ObjectMeta(name=MODEL_STORE, namespace=self.tenant, labels=standard_labels(MODEL_STORE, "model-store")),
            spec=k8s.PersistentVolumeClaimSpec(
                access_modes=["ReadOnlyMany"],
                resources=k8s.VolumeResourceRequirements(requests={"storage": k8s.Quantity.from_string("200Gi")}),
            ),
        )
        for model in profile.inference.models:
            for version in model.versions:
                self._server(model, version)
            self._route(model)

    def _server(self, model: InferenceModel, version: ModelVersion) -> None:
        name = server_name(model, version)
        selector = {NAME_LABEL: model.name, INSTANCE_LABEL: name}
        labels = {
            **standard_labels(model.name, "model-server", lock().component("vllm").version),
            **selector,
            MODEL_VERSION_LABEL: version.name,
            OPENAI_SERVER_LABEL: "openai",
        }
        http = k8s.IntOrString.from_string("http")
        k8s.KubeDeployment(
            self,
            f"{name}-deployment",
            metadata=k8s.ObjectMeta(name=name, namespace=self.tenant, labels=labels),
            # No replicas here: the HPA owns the count, so GitOps never fights it.
            spec=k8s.DeploymentSpec(
                selector=k8s.LabelSelector(match_labels=selector),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=labels),
                    spec=k8s.PodSpec(
                        runtime_class_name=NVIDIA_RUNTIME_CLASS,
                        # Above every class a tenant may name (tenant_priority.py): no tenant preempts them.
                        priority_class_name=INFERENCE_PRIORITY_CLASS,
                        node_selector={GPU_PRODUCT_LABEL: GPU_MODELS[model.gpu_model].product_label},
                        tolerations=gpu_tolerations(),
                        automount_service_account_token=False,  # serves requests, never calls the API
                        security_context=k8s.PodSecurityContext(
                            run_as_non_root=True,
                            run_as_user=SERVER_UID,
                            run_as_group=SERVER_UID,
                            fs_group=SERVER_UID,
                            seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
                        ),
                        containers=[
                            k8s.Container(
                                name="vllm",
                                image=self.image,
                                args=[
                                    "--model", f"{MODEL_STORE_PATH}/{model.model_id}",
                                    "--served-model-name", model.name,
                                    "--port", str(SERVER_PORT),
                                ],
                                env=[
                                    k8s.EnvVar(name="HOME", value="/tmp"),
                                    k8s.EnvVar(name="HF_HUB_OFFLINE", value="1"),
                                ],
                                ports=[k8s.ContainerPort(name="http", container_port=SERVER_PORT)],
                                resources=k8s.ResourceRequirements(
                                    requests={
                                        "cpu": k8s.Quantity.from_string("4"),
                                        "memory": k8s.Quantity.from_string("32Gi"),
                                        GPU_RESOURCE: k8s.Quantity.from_string("1"),
                                    },
                                    limits={"memory": k8s.Quantity.from_string("48Gi"), GPU_RESOURCE: k8s.Quantity.from_string("1")},
                                ),
                                # Writable paths are volumes: /tmp (HOME: caches of vLLM, torch, triton) and /dev/shm.
                                security_context=k8s.SecurityContext(
                                    allow_privilege_escalation=False,
                                    capabilities=k8s.Capabilities(drop=["ALL"]),
                                    read_only_root_filesystem=True,
                                ),
                                startup_probe=k8s.Probe(
                                    http_get=k8s.HttpGetAction(path="/health", port=http), period_seconds=10, failure_threshold=90
                                ),
                                readiness_probe=k8s.Probe(http_get=k8s.HttpGetAction(path="/health", port=http), period_seconds=5),
                                liveness_probe=k8s.Probe(
                                    http_get=k8s.HttpGetAction(path="/health", port=http), period_seconds=15, failure_threshold=4
                                ),
                                volume_mounts=[
                                    k8s.VolumeMount(name="models", mount_path=MODEL_STORE_PATH, read_only=True),
                                    k8s.VolumeMount(name="tmp", mount_path="/tmp"),
                                    k8s.VolumeMount(name="shm", mount_path="/dev/shm"),
                                ],
                            )
                        ],
                        volumes=[
                            k8s.Volume(
                                name="models",
                                persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(claim_name=MODEL_STORE, read_only=True),
                            ),
                            k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource()),
                            k8s.Volume(
                                name="shm",
                                empty_dir=k8s.EmptyDirVolumeSource(medium="Memory", size_limit=k8s.Quantity.from_string("8Gi")),
                            ),
                        ],
                    ),
                ),
            ),
        )
        self._autoscaler(name, labels, version)
        k8s.KubeService(
            self,
            f"{name}-service",
            metadata=k8s.ObjectMeta(name=name, namespace=self.tenant, labels=labels),
            spec=k8s.ServiceSpec(selector=selector, ports=[k8s.ServicePort(name="http", port=SERVER_PORT, target_port=http)]),
        )

    def _autoscaler(self, name: str, labels: dict[str, str], version: ModelVersion) -> None:
        """Scale on queued requests (leading) and GPU utilisation; up fast, down slowly."""

        def pods_metric(metric: str, average: str) -> k8s.MetricSpecV2:
            return k8s.MetricSpecV2(
                type="Pods",
                pods=k8s.PodsMetricSourceV2(
                    metric=k8s.MetricIdentifierV2(name=metric),
                    target=k8s.MetricTargetV2(type="AverageValue", average_value=k8s.Quantity.from_string(average)),
                ),
            )

        k8s.KubeHorizontalPodAutoscalerV2(
            self,
            f"{name}-hpa",
            metadata=k8s.ObjectMeta(name=name, namespace=self.tenant, labels=labels),
            spec=k8s.HorizontalPodAutoscalerSpecV2(
                scale_target_ref=k8s.CrossVersionObjectReferenceV2(api_version="apps/v1", kind="Deployment", name=name),
                min_replicas=version.replicas,
                max_replicas=version.max_replicas,
                metrics=[pods_metric(QUEUE_METRIC, QUEUE_TARGET), pods_metric(GPU_METRIC, GPU_TARGET)],
                behavior=k8s.HorizontalPodAutoscalerBehaviorV2(
                    scale_up=k8s.HpaScalingRulesV2(
                        stabilization_window_seconds=0,
                        select_policy="Max",
                        policies=[k8s.HpaScalingPolicyV2(type="Pods", value=1, period_seconds=60)],
                    ),
                    scale_down=k8s.HpaScalingRulesV2(
                        stabilization_window_seconds=600,
                        select_policy="Min",
                        policies=[k8s.HpaScalingPolicyV2(type="Pods", value=1, period_seconds=300)],
                    ),
                ),
            ),
        )

    def _backend(self, model: InferenceModel, version: ModelVersion, weight: int) -> gw.HttpRouteSpecRulesBackendRefs:
        name = server_name(model, version)
        if self.pools:
            return gw.HttpRouteSpecRulesBackendRefs(group=POOL_GROUP, kind="InferencePool", name=name, weight=weight)
        return gw.HttpRouteSpecRulesBackendRefs(name=name, port=SERVER_PORT, weight=weight)

    def _route(self, model: InferenceModel) -> None:
        api = gw.HttpRouteSpecRulesMatchesPath(type=gw.HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value="/v1")
        model_header = gw.HttpRouteSpecRulesMatchesHeaders(
            name=MODEL_HEADER, value=model.name, type=gw.HttpRouteSpecRulesMatchesHeadersType.EXACT
        )
        timeouts = gw.HttpRouteSpecRulesTimeouts(request=REQUEST_TIMEOUT, backend_request=REQUEST_TIMEOUT)
        rules = [
            gw.HttpRouteSpecRules(
                name=f"pin-{version.name}",
                matches=[
                    gw.HttpRouteSpecRulesMatches(
                        path=api,
                        headers=[
                            model_header,
                            gw.HttpRouteSpecRulesMatchesHeaders(
                                name=VERSION_HEADER, value=version.name, type=gw.HttpRouteSpecRulesMatchesHeadersType.EXACT
                            ),
                        ],
                    )
                ],
                backend_refs=[self._backend(model, version, 1)],
                timeouts=timeouts,
            )
            for version in model.versions
        ]
        rules.append(
            gw.HttpRouteSpecRules(
                name="split",
                matches=[gw.HttpRouteSpecRulesMatches(path=api, headers=[model_header])],
                backend_refs=[self._backend(model, v, v.weight) for v in model.versions],
                timeouts=timeouts,
            )
        )
        gw.HttpRoute(
            self,
            f"{model.name}-route",
            metadata=custom_resource_metadata(model.name, "http-route", self.tenant),
            spec=gw.HttpRouteSpec(
                parent_refs=[gw.HttpRouteSpecParentRefs(name=GATEWAY_NAME, namespace=GATEWAY_NAMESPACE, section_name=HTTP_LISTENER)],
                rules=rules,
            ),
        )
