"""Ray workloads in a tenant namespace (the profile's ``ray`` settings), typed, reconciled by
KubeRay (``kuberay``) and gang-scheduled by the profile's gang scheduler:

- RayCluster ``ray-gpu``: a CPU head and an autoscaled GPU worker group (the Ray autoscaler
  owns the worker count; the manifest sets only its bounds, so GitOps never fights it).
- RayJob ``train-distributed``: a fixed-size GPU worker group, gang-scheduled (Volcano
  PodGroup with minMember = all pods, or Kueue all-or-nothing admission).
- RayService ``llm-serve``: Ray Serve LLM with an OpenAI-compatible API on GPU workers;
  upgrades start a new cluster and switch traffic once it is ready (zero downtime).
"""

from __future__ import annotations

from typing import Any

import cdk8s
import yaml
from cdk8s_plus_34 import k8s

from constructs import Construct

from ..conventions import GPU_PRODUCT_LABEL, GPU_RESOURCE, NVIDIA_RUNTIME_CLASS, Stage
from ..gpu_models import GPU_MODELS
from ..profile import GangScheduler, PoolManagement, Profile, RaySettings
from ..requirement import Requirement
from ..upstream import lock
from .base import Component, ProfileProblem, gpu_tolerations, standard_labels
from .gang_scheduling import KUEUE_LOCAL_QUEUE
from .kuberay import RAY_API_VERSION, SCHEDULER_LABEL
from .kueue import QUEUE_LABEL as KUEUE_QUEUE_LABEL
from .volcano import QUEUE_LABEL as VOLCANO_QUEUE_LABEL
from .volcano import SCHEDULER_NAME as VOLCANO_SCHEDULER_NAME

RAY_METRICS_PORT = 8080
IGNORE_AUTOSCALED_REPLICAS = {"group": "ray.io", "kind": "RayCluster", "jqPathExpressions": [".spec.workerGroupSpecs[].replicas"]}

TRAIN_SCRIPT = """\
import ray
from ray.train import ScalingConfig
from ray.train.torch import TorchTrainer


def train_loop(config):
    import torch
    import ray.train.torch as rt

    model = rt.prepare_model(torch.nn.Linear(1024, 1024))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    for _ in range(config["steps"]):
        x = torch.randn(64, 1024, device=rt.get_device())
        loss = model(x).pow(2).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    ray.train.report({"loss": loss.item()})


ray.init()
workers = int(ray.cluster_resources().get("GPU", 0))
result = TorchTrainer(
    train_loop, train_loop_config={"steps": 100}, scaling_config=ScalingConfig(num_workers=workers, use_gpu=True)
).fit()
print("final loss", result.metrics["loss"])
"""


def ray_object(scope: Construct, kind: str, name: str, namespace: str, component: str,
               spec: dict[str, Any], extra_labels: dict[str, str] | None = None) -> cdk8s.ApiObject:
    """A ``ray.io/v1`` custom resource. Its pod templates are rendered from typed core
    objects; the whole object is checked against the pinned KubeRay CRD by validation
    (no generated classes: that module re-types the Pod API and takes ~16 s to import)."""
    obj = cdk8s.ApiObject(
        scope,
        name,
        api_version=RAY_API_VERSION,
        kind=kind,
        metadata=cdk8s.ApiObjectMetadata(
            name=name, namespace=namespace, labels={**standard_labels(name, component), **(extra_labels or {})}
        ),
    )
    obj.add_json_patch(cdk8s.JsonPatch.add("/spec", spec))
    return obj


def pod_template_json(template: k8s.PodTemplateSpec) -> dict[str, Any]:
    """A typed core pod template rendered to the JSON the Ray CRDs embed."""
    chart = cdk8s.Chart(cdk8s.App(), "render")
    k8s.KubePodTemplate(chart, "template", metadata=k8s.ObjectMeta(name="render"), template=template)
    return dict(chart.to_json()[0]["template"])


def _restricted() -> tuple[k8s.PodSecurityContext, k8s.SecurityContext]:
    return (
        k8s.PodSecurityContext(run_as_non_root=True, run_as_user=1000, fs_group=100, seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault")),
        k8s.SecurityContext(allow_privilege_escalation=False, capabilities=k8s.Capabilities(drop=["ALL"])),
    )


def ray_pod(image: str, gpus: int, settings: RaySettings, extra_ports: dict[str, int] | None = None,
            volumes: list[tuple[k8s.Volume, k8s.VolumeMount]] | None = None) -> dict[str, Any]:
    pod_sc, container_sc = _restricted()
    requests = {"cpu": k8s.Quantity.from_string("4" if gpus else "2"), "memory": k8s.Quantity.from_string("16Gi" if gpus else "8Gi")}
    limits = {"memory": k8s.Quantity.from_string("32Gi" if gpus else "8Gi")}
    if gpus:
        requests[GPU_RESOURCE] = k8s.Quantity.from_number(gpus)
        limits[GPU_RESOURCE] = k8s.Quantity.from_number(gpus)
    ports = {"metrics": RAY_METRICS_PORT, **(extra_ports or {})}
    spec = k8s.PodSpec(
        security_context=pod_sc,
        runtime_class_name=NVIDIA_RUNTIME_CLASS if gpus else None,
        node_selector={GPU_PRODUCT_LABEL: GPU_MODELS[settings.gpu_model].product_label} if gpus else None,
        tolerations=gpu_tolerations() if gpus else None,
        containers=[
            k8s.Container(
                name="ray",
                image=image,
                ports=[k8s.ContainerPort(name=n, container_port=p) for n, p in ports.items()],
                resources=k8s.ResourceRequirements(requests=requests, limits=limits),
                security_context=container_sc,
                volume_mounts=[m for _, m in volumes or []] or None,
            )
        ],
        volumes=[v for v, _ in volumes or []] or None,
    )
    return pod_template_json(k8s.PodTemplateSpec(spec=spec))


class Ray(Component):
    NAME = "ray"
    LOCK = "ray"
    STAGE = Stage.WORKLOADS
    REQUIREMENTS = frozenset({Requirement.ROBUST_CONTROLLER})

    @classmethod
    def enabled(cls, profile: Profile) -> bool:
        return profile.ray is not None

    @classmethod
    def rules(cls, profile: Profile) -> list[ProfileProblem]:
        if profile.ray is None:
            return []
        problems = []
        gpu_tenants = [t.name for t in profile.tenant_namespaces if t.gpu_access]
        if profile.ray.namespace not in gpu_tenants:
            problems.append(ProfileProblem("ray.namespace", (
                f"ray.namespace {profile.ray.namespace!r} must be a tenant namespace with gpuAccess "
                f"(allowed: {', '.join(gpu_tenants) or 'none'})"
            )))
        served = {p.gpu_model for p in profile.pools_managed_by(PoolManagement.DEVICE_PLUGIN)}
        if profile.ray.gpu_model not in served:
            allowed = ", ".join(sorted(m.value for m in served)) or "none"
            problems.append(ProfileProblem("ray.gpuModel", f"ray.gpuModel {profile.ray.gpu_model.value} has no device-plugin pool (allowed: {allowed})"))
        return problems

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        self.argo_ignore_differences = [IGNORE_AUTOSCALED_REPLICAS]
        assert profile.ray is not None
        settings = profile.ray
        self.settings = settings
        self.scheduler = profile.components.gang_scheduler
        self.ray_version = lock().component("ray").version
        gpu_image = lock().component("ray").image("gpu")
        self._cluster(gpu_image)
        self._job(gpu_image)
        self._service(lock().component("ray").image("llm"))

    def _gang_labels(self) -> dict[str, str]:
        if self.scheduler is GangScheduler.VOLCANO:
            return {SCHEDULER_LABEL: VOLCANO_SCHEDULER_NAME, VOLCANO_QUEUE_LABEL: self.settings.namespace}
        return {KUEUE_QUEUE_LABEL: KUEUE_LOCAL_QUEUE}

    def _head(self, image: str, volumes: list[tuple[k8s.Volume, k8s.VolumeMount]] | None = None) -> dict[str, Any]:
        return {
            "rayStartParams": {"num-cpus": "0", "dashboard-host": "0.0.0.0"},
            "template": ray_pod(image, 0, self.settings, {"gcs": 6379, "dashboard": 8265, "client": 10001, "serve": 8000}, volumes),
        }

    def _cluster_spec(self, image: str, workers: dict[str, Any], autoscale: bool,
                      head_volumes: list[tuple[k8s.Volume, k8s.VolumeMount]] | None = None) -> dict[str, Any]:
        head = self._head(image, head_volumes)
        spec: dict[str, Any] = {
            "rayVersion": self.ray_version,
            "headGroupSpec": head,
            "workerGroupSpecs": [workers],
        }
        if autoscale:
            spec["enableInTreeAutoscaling"] = True
            # KubeRay adds the autoscaler as a sidecar of the head pod with no securityContext
            # of its own; the tenant namespaces enforce the restricted Pod Security level, which
            # would refuse the head pod. The sidecar gets the Ray container's restricted context.
            spec["autoscalerOptions"] = {"upscalingMode": "Default", "idleTimeoutSeconds": 300,
                                         "securityContext": head["template"]["spec"]["containers"][0]["securityContext"]}
        return spec

    def _submitter(self, image: str) -> dict[str, Any]:
        """The pod of the RayJob's submitter Job (``ray job submit``; KubeRay fills in the
        command). KubeRay's default submitter pod has no securityContext, which the restricted
        Pod Security level of the tenant namespaces refuses."""
        pod_sc, container_sc = _restricted()
        resources = k8s.ResourceRequirements(
            requests={"cpu": k8s.Quantity.from_string("500m"), "memory": k8s.Quantity.from_string("256Mi")},
            limits={"memory": k8s.Quantity.from_string("1Gi")},
        )
        spec = k8s.PodSpec(
            restart_policy="Never",
            security_context=pod_sc,
            containers=[k8s.Container(name="ray-job-submitter", image=image, resources=resources, security_context=container_sc)],
        )
        return pod_template_json(k8s.PodTemplateSpec(spec=spec))

    def _cluster(self, image: str) -> None:
        workers = {
            "groupName": "gpu-workers",
            "minReplicas": 0,
            "maxReplicas": self.settings.max_workers,
            "rayStartParams": {},
            "template": ray_pod(image, 1, self.settings),
        }
        ray_object(self, "RayCluster", "ray-gpu", self.settings.namespace, "ray-cluster",
                   self._cluster_spec(image, workers, autoscale=True), self._gang_labels())

    def _job(self, image: str) -> None:
        n = self.settings.training_workers
        k8s.KubeConfigMap(
            self,
            "train-script",
            metadata=k8s.ObjectMeta(name="train-distributed", namespace=self.settings.namespace,
                                    labels=standard_labels("train-distributed", "ray-job")),
            data={"train.py": TRAIN_SCRIPT},
        )
        script = (
            k8s.Volume(name="train", config_map=k8s.ConfigMapVolumeSource(name="train-distributed")),
            k8s.VolumeMount(name="train", mount_path="/opt/train", read_only=True),
        )
        workers = {
            "groupName": "gpu-workers",
            "replicas": n,
            "minReplicas": n,
            "maxReplicas": n,
            "rayStartParams": {},
            "template": ray_pod(image, 1, self.settings),
        }
        ray_object(
            self, "RayJob", "train-distributed", self.settings.namespace, "ray-job",
            {
                "entrypoint": "python /opt/train/train.py",
                "shutdownAfterJobFinishes": True,
                "ttlSecondsAfterFinished": 600,
                "submissionMode": "K8sJobMode",
                "submitterPodTemplate": self._submitter(image),
                "rayClusterSpec": self._cluster_spec(image, workers, autoscale=False, head_volumes=[script]),
            },
            self._gang_labels(),
        )

    def _service(self, image: str) -> None:
        serve = {
            "applications": [
                {
                    "name": "llm",
                    "route_prefix": "/",
                    "import_path": "ray.serve.llm:build_openai_app",
                    "args": {
                        "llm_configs": [
                            {
                                "model_loading_config": {"model_id": "qwen3-8b", "model_source": "/models/Qwen/Qwen3-8B"},
                                "deployment_config": {"autoscaling_config": {"min_replicas": 1, "max_replicas": self.settings.max_workers}},
                                "engine_kwargs": {"tensor_parallel_size": 1, "max_model_len": 8192},
                            }
                        ]
                    },
                }
            ]
        }
        workers = {
            "groupName": "gpu-workers",
            "minReplicas": 1,
            "maxReplicas": self.settings.max_workers,
            "rayStartParams": {},
            "template": ray_pod(image, 1, self.settings),
        }
        ray_object(
            self, "RayService", "llm-serve", self.settings.namespace, "ray-service",
            {
                "serveConfigV2": yaml.safe_dump(serve, sort_keys=False),
                # Zero-downtime upgrades: a new cluster comes up, traffic moves when it is ready.
                "upgradeStrategy": {"type": "NewCluster"},
                "rayClusterConfig": self._cluster_spec(image, workers, autoscale=True),
            },
        )
