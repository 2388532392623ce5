"""How the platform meets each requirement: proving tests, the steps a reviewer can take by hand,
and a status decided from the profile (never a fixed answer). Which deploy units implement a
requirement, which pinned components they run and what a live cluster shows (the live checks
``verify`` runs) is declared by the components (``Component.REQUIREMENTS``, ``live_checks``); see
``implementing_units``.

Statuses are the checklist's: Implemented, Partially Implemented, Not Implemented, N/A.
Following the program's FAQ, a MUST whose condition does not apply to the platform (no
cluster autoscaler) is N/A with a justification.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..gitops.units import DeployUnit
from ..profile import ClusterAutoscaler, GpuEnablement, MigStrategy, Profile
from ..requirement import Requirement

IMPLEMENTED = "Implemented"
PARTIAL = "Partially Implemented"
NOT_IMPLEMENTED = "Not Implemented"
NOT_APPLICABLE = "N/A"
STATUSES = (IMPLEMENTED, PARTIAL, NOT_IMPLEMENTED, NOT_APPLICABLE)


@dataclass(frozen=True)
class ByHand:
    """A step a reviewer takes on a live cluster that ``verify`` cannot take for them (it applies an
    example, sends traffic, or reads logs or metrics)."""

    command: str
    expected: str


@dataclass(frozen=True)
class Status:
    status: str
    notes: str


@dataclass(frozen=True)
class RequirementImplementation:
    id: Requirement
    summary: str
    """What the platform does for the requirement, in the project's own words."""
    test_module: str | None
    docs: tuple[str, ...]
    by_hand: tuple[ByHand, ...]
    decide: Callable[[Profile], Status]
    behaviour_modules: tuple[str, ...] = ()
    """Test modules that show the requirement's behaviour on the simulated GPU cluster (the
    KAR's test plan, as far as it goes without real GPUs)."""
    needs_real_gpu: str = ""
    """What only a real GPU node can show (said in the evidence)."""

    @property
    def modules(self) -> tuple[str, ...]:
        """Every test module that proves the requirement: static first, then behaviour."""
        return ((self.test_module,) if self.test_module else ()) + self.behaviour_modules


def _always(notes: str = "") -> Callable[[Profile], Status]:
    return lambda profile: Status(IMPLEMENTED, notes)


def _cluster_autoscaling(profile: Profile) -> Status:
    if profile.components.cluster_autoscaler is ClusterAutoscaler.NONE:
        return Status(
            NOT_APPLICABLE,
            "The platform provides no cluster autoscaler: its GPU node pools have a fixed size "
            "(minNodes = maxNodes), so the requirement's condition does not apply.",
        )
    return Status(IMPLEMENTED, "Cluster Autoscaler with one node group per GPU pool.")


def _pod_autoscaling(profile: Profile) -> Status:
    if profile.inference is None:
        return Status(PARTIAL, "Custom metrics are served, but the profile deploys no GPU workload with an HPA.")
    return Status(IMPLEMENTED, "HPAs scale the GPU model servers on queue depth and GPU utilisation.")


def _dra(profile: Profile) -> Status:
    if not profile.dra_pools:
        return Status(NOT_IMPLEMENTED, "The profile has no node pool managed by DRA.")
    return Status(IMPLEMENTED, f"DRA pools: {', '.join(p.name for p in profile.dra_pools)}.")


def _driver_runtime(profile: Profile) -> Status:
    if profile.components.gpu_enablement is GpuEnablement.GPU_OPERATOR:
        return Status(IMPLEMENTED, "The GPU Operator installs driver and toolkit and validates them on every GPU node.")
    return Status(
        PARTIAL,
        "Drivers and the container toolkit are part of node provisioning; the device plugin fails fast "
        "(failOnInitError) on a node whose driver does not initialise.",
    )


def _gpu_sharing(profile: Profile) -> Status:
    shared = [
        p.name
        for p in profile.node_pools
        if p.sharing.time_slicing_replicas > 1 or p.sharing.mig_strategy is not MigStrategy.NONE
    ]
    if not shared:
        return Status(NOT_IMPLEMENTED, "No node pool enables time-slicing or MIG.")
    return Status(IMPLEMENTED, f"Pools sharing GPUs: {', '.join(shared)}.")


def _advanced_ingress(profile: Profile) -> Status:
    # The profile check refuses inferenceExtension: true (see profile.py), so no profile gets here
    # with pools; the reason is the gateway, stated for reviewers.
    return Status(NOT_IMPLEMENTED, "Not offered: the pinned Envoy Gateway routes to InferencePools only through an "
                                   "extension server (Envoy AI Gateway) that the platform does not pin; model routes "
                                   "use the Services (docs/inference-routing.md).")


def _not_implemented(reason: str) -> Callable[[Profile], Status]:
    return lambda profile: Status(NOT_IMPLEMENTED, reason)


def implementing_units(units: Sequence[DeployUnit], requirement: str) -> tuple[DeployUnit, ...]:
    """The deploy units whose component or install declares that it serves the requirement."""
    return tuple(u for u in units if requirement in u.requirements)


def implementing_components(units: Sequence[DeployUnit], requirement: str) -> tuple[str, ...]:
    return tuple(sorted({c for u in implementing_units(units, requirement) for c in u.components}))


IMPLEMENTATIONS: dict[Requirement, RequirementImplementation] = {
    r.id: r
    for r in (
        RequirementImplementation(
            Requirement.DRA_SUPPORT,
            "GPUs of DRA pools are handed out by the NVIDIA DRA driver through resource.k8s.io/v1: "
            "tenants get ResourceClaimTemplates for one GPU, a GPU of a given model (CEL), several GPUs "
            "and MIG slices; a pool is managed by the device plugin or by DRA, never both.",
            "tests/static/test_dra_support.py",
            ("docs/dra.md",),
            (
                ByHand("kubectl get deviceclasses", "gpu.nvidia.com and mig.nvidia.com"),
                ByHand("kubectl apply -f examples/dra/pod-rtx5090.yaml && kubectl -n ml-team-a get resourceclaims", "a claim allocated to an RTX 5090"),
            ),
            _dra,
            behaviour_modules=("tests/simulated/test_simulated_dra.py",),
            needs_real_gpu="the DRA driver preparing the allocated device for the container (CDI), read from real hardware",
        ),
        RequirementImplementation(
            Requirement.AI_INFERENCE,
            "Envoy Gateway implements the Gateway API (standard channel, one CRD owner). Every model has "
            "an HTTPRoute that routes on the OpenAI model header, pins versions by header and splits "
            "traffic between versions by weight, with timeouts for streaming completions.",
            "tests/static/test_ai_inference.py",
            ("docs/inference-routing.md",),
            (
                ByHand("kubectl get gatewayclass envoy -o jsonpath='{.status.conditions[?(@.type==\"Accepted\")].status}'", "True"),
                ByHand("curl -H 'x-gateway-model-name: qwen3-8b' http://$GW/v1/chat/completions ...", "about 90/10 between stable and canary"),
            ),
            _always(),
            behaviour_modules=("tests/simulated/test_simulated_ai_inference.py",),
        ),
        RequirementImplementation(
            Requirement.GANG_SCHEDULING,
            "Volcano or Kueue, per profile, makes distributed GPU jobs all-or-nothing: Volcano's gang "
            "plugin with per-tenant queues, or Kueue admission with waitForPodsReady and per-tenant "
            "GPU quotas; Ray jobs join the same scheduler.",
            "tests/static/test_gang_scheduling.py",
            ("docs/scheduling.md",),
            (
                ByHand("kubectl apply -f examples/gang-volcano/job-distributed.yaml", "4 pods start together (PodGroup Running)"),
                ByHand("kubectl apply -f examples/gang-volcano/job-too-large.yaml", "no pod is created; the PodGroup stays Pending"),
            ),
            _always(),
            behaviour_modules=("tests/simulated/test_simulated_gang_kueue.py", "tests/simulated/test_simulated_gang_volcano.py"),
            needs_real_gpu="pods actually starting together on GPU nodes (KWOK reports bound pods running)",
        ),
        RequirementImplementation(
            Requirement.CLUSTER_AUTOSCALING,
            "When the profile enables it, the Cluster Autoscaler scales one node group per GPU pool; "
            "node groups advertise GPU labels, taints and capacity so pending GPU pods scale up the "
            "right pool, also from zero.",
            "tests/static/test_cluster_autoscaling.py",
            ("docs/autoscaling.md",),
            (ByHand("kubectl -n kube-system logs deploy/cluster-autoscaler | grep -i scale-up", "a scale-up of the pending pod's GPU pool"),),
            _cluster_autoscaling,
            behaviour_modules=("tests/simulated/test_simulated_cluster_autoscaling.py",),
            needs_real_gpu="a cloud provider creating real GPU machines; a DRA pool growing from zero nodes (the pinned providers' templates carry no ResourceSlices, so autoscaled DRA pools keep minNodes >= 1)",
        ),
        RequirementImplementation(
            Requirement.POD_AUTOSCALING,
            "prometheus-adapter serves per-pod GPU utilisation and inference queue depth as custom "
            "metrics; autoscaling/v2 HPAs scale the GPU model servers on them.",
            "tests/static/test_pod_autoscaling.py",
            ("docs/autoscaling.md",),
            (
                ByHand("kubectl get --raw /apis/custom.metrics.k8s.io/v1beta1 | jq '.resources[].name'", "pods/gpu_utilization, pods/vllm_requests_waiting"),
            ),
            _pod_autoscaling,
            behaviour_modules=("tests/simulated/test_simulated_pod_autoscaling.py",),
            needs_real_gpu="the metrics of a real vLLM server under real load (the simulated exporter serves the test's values)",
        ),
        RequirementImplementation(
            Requirement.ACCELERATOR_METRICS,
            "The NVIDIA DCGM exporter runs on every GPU node with a counter set covering utilisation, "
            "framebuffer, temperature, power, clocks, XID errors and PCIe/NVLink throughput, scraped by "
            "Prometheus through a ServiceMonitor.",
            "tests/static/test_accelerator_metrics.py",
            ("docs/observability.md",),
            (ByHand("curl -s 'localhost:9090/api/v1/query?query=DCGM_FI_DEV_GPU_UTIL'", "one series per GPU"),),
            _always(),
            behaviour_modules=("tests/simulated/test_simulated_pod_autoscaling.py",),
            needs_real_gpu="DCGM reading real GPUs and mapping them to pods through the kubelet",
        ),
        RequirementImplementation(
            Requirement.AI_SERVICE_METRICS,
            "kube-prometheus-stack selects every ServiceMonitor, PodMonitor and rule in every "
            "namespace; PodMonitors discover OpenAI-compatible model servers, labelled workloads and "
            "Ray pods; recording rules and GPU fault alerts are validated PromQL.",
            "tests/static/test_ai_service_metrics.py",
            ("docs/observability.md",),
            (ByHand("curl -s localhost:9090/api/v1/targets | jq '[.data.activeTargets[].labels.job]|unique'", "includes the model servers and Ray pods"),),
            _always(),
            behaviour_modules=("tests/simulated/test_simulated_pod_autoscaling.py",),
            needs_real_gpu="a real vLLM server's metrics (the simulated exporter serves vLLM-format series with the test's values)",
        ),
        RequirementImplementation(
            Requirement.SECURE_ACCELERATOR_ACCESS,
            "GPUs reach containers only through the device plugin or DRA: devices are passed as mounts "
            "(the toolkit ignores NVIDIA_VISIBLE_DEVICES from unprivileged pods), a "
            "ValidatingAdmissionPolicy rejects the toolkit's device variables, forged device-list mounts "
            "and CDI annotations, host device, driver and sysfs paths in any spelling, privileged pods, "
            "device capabilities in any case, host namespaces, GPU requests from unlabelled namespaces, "
            "and GPU nodes (runtime class, toleration, nodeName) for pods without a GPU request; tenants "
            "run under Pod Security restricted with GPU quotas and default-deny networking, as a Role that "
            "cannot change those guardrails or name a PriorityClass that outranks the model servers.",
            "tests/static/test_secure_accelerator_access.py",
            ("docs/isolation.md",),
            (
                ByHand("kubectl -n ml-team-a run t --image=busybox:1.37 --env=NVIDIA_VISIBLE_DEVICES=all --dry-run=server", "denied: [device-env]"),
            ),
            _always(),
            behaviour_modules=(
                "tests/simulated/test_simulated_secure_access.py",
                "tests/simulated/test_simulated_attack_gpu_nodes.py",
                "tests/simulated/test_simulated_attack_device_handoff.py",
                "tests/simulated/test_simulated_attack_host_access.py",
                "tests/simulated/test_simulated_attack_priority.py",
            ),
            needs_real_gpu="what a container sees of /dev/nvidia* with and without an allocated device (KAR 0049's probes)",
        ),
        RequirementImplementation(
            Requirement.ROBUST_CONTROLLER,
            "KubeRay is rendered from its pinned kustomize configuration with its admission webhook "
            "(serving certificate from cert-manager); a RayCluster, a gang-scheduled RayJob and a "
            "RayService are reconciled in a tenant namespace.",
            "tests/static/test_robust_controller.py",
            ("docs/scheduling.md",),
            (
                ByHand("kubectl get validatingwebhookconfigurations kuberay-validating-webhook-configuration", "present"),
                ByHand("kubectl -n ml-team-b get rayclusters,rayjobs,rayservices", "ready / Complete / Running"),
            ),
            _always(),
            behaviour_modules=("tests/simulated/test_simulated_robust_controller.py",),
            needs_real_gpu="a Ray head and workers actually running jobs (a RayJob reaching SUCCEEDED, a RayService serving)",
        ),
        RequirementImplementation(
            Requirement.DRIVER_RUNTIME_MANAGEMENT,
            "With the GPU Operator, drivers and the container toolkit are installed per node and "
            "verified by the operator's validator before GPUs are advertised.",
            "tests/static/test_driver_runtime_management.py",
            ("docs/gpu-enablement.md",),
            (ByHand("kubectl -n gpu-operator get pods -l app=nvidia-operator-validator", "Completed on every GPU node"),),
            _driver_runtime,
        ),
        RequirementImplementation(
            Requirement.GPU_SHARING,
            "Time-slicing (replicas per GPU) and MIG strategies per node pool reach the device plugin "
            "configuration; MIG slices are claimable through DRA.",
            "tests/static/test_gpu_sharing.py",
            ("docs/gpu-enablement.md", "docs/dra.md"),
            (ByHand("kubectl get node <rtx4090-node> -o jsonpath='{.status.allocatable.nvidia\\.com/gpu}'", "twice the physical GPUs"),),
            _gpu_sharing,
        ),
        RequirementImplementation(
            Requirement.ADVANCED_INFERENCE_INGRESS,
            "Not offered yet: the Inference Extension's InferencePools need a gateway that routes to them, "
            "and the pinned Envoy Gateway does not without Envoy AI Gateway (not pinned).",
            "tests/static/test_advanced_inference_ingress.py",
            ("docs/inference-routing.md",),
            (),
            _advanced_ingress,
        ),
        RequirementImplementation(
            Requirement.VIRTUALIZED_ACCELERATOR, "Not offered: the platform has no vGPU or other virtualized accelerator option.",
            None, (), (), _not_implemented("No virtualized accelerator (vGPU) support in any profile."),
        ),
        RequirementImplementation(
            Requirement.HIGH_PERFORMANCE_NETWORKING, "Not offered: no RDMA / high-performance network attachment.",
            None, (), (), _not_implemented("No RDMA or high-performance network attachment is provided."),
        ),
        RequirementImplementation(
            Requirement.DISAGGREGATED_INFERENCE, "Not offered: model servers run prefill and decode together.",
            None, (), (), _not_implemented("Prefill/decode disaggregation is not provided."),
        ),
        RequirementImplementation(
            Requirement.WORKLOAD_SANDBOXING, "Not offered: no sandboxed runtime (e.g. gVisor, Kata) is installed.",
            None, (), (), _not_implemented("No sandboxed container runtime is provided."),
        ),
    )
}
