"""Admission policy that keeps accelerator access mediated by Kubernetes.

A ValidatingAdmissionPolicy (CEL, evaluated by the API server itself) rejects pods outside
the platform's system namespaces that would reach GPUs around the device plugin or DRA:

  device-env        setting NVIDIA_VISIBLE_DEVICES or the related variables that the
                    NVIDIA container runtime reads to choose devices
  host-devices      hostPath volumes that expose GPU device nodes, driver files, CDI specs
                    or the kubelet's device-plugin / DRA sockets (or any parent folder)
  privileged        privileged containers (they see every device on the node)
  capabilities      added capabilities that grant device access
  gpu-namespace     GPU requests (``nvidia.com/*`` resources or ResourceClaims) from a
                    namespace without the ``ai-platform.dev/gpu-access=true`` label

System namespaces (labelled ``ai-platform.dev/system=true``, plus kube-system, kube-public
and kube-node-lease) are exempt: node agents there need host access by design.
"""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_34 import k8s

from constructs import Construct

from ..conventions import GPU_ACCESS_LABEL, NAMESPACE_NAME_LABEL, SYSTEM_NAMESPACE_LABEL
from ..live_checks import ApiResource, FieldHolds, LiveCheck, Present
from ..profile import Profile
from ..requirement import Requirement
from .base import Component, standard_labels

POLICY_NAME = "accelerator-access-mediated"
POLICIES = ApiResource("admissionregistration.k8s.io", "v1", "validatingadmissionpolicies", namespaced=False)
BINDINGS = ApiResource("admissionregistration.k8s.io", "v1", "validatingadmissionpolicybindings", namespaced=False)
KUBERNETES_SYSTEM_NAMESPACES = ("kube-system", "kube-public", "kube-node-lease")

DEVICE_SELECTION_VARIABLES = (
    "NVIDIA_VISIBLE_DEVICES",
    "NVIDIA_MIG_CONFIG_DEVICES",
    "NVIDIA_MIG_MONITOR_DEVICES",
    "NVIDIA_IMEX_CHANNELS",
)
PROTECTED_HOST_PATHS = (
    "/dev/nvidia",
    "/dev/dri",
    "/dev/vfio",
    "/proc/driver/nvidia",
    "/run/nvidia",
    "/usr/local/nvidia",
    "/usr/lib/x86_64-linux-gnu/libnvidia",
    "/usr/lib/aarch64-linux-gnu/libnvidia",
    "/var/run/nvidia-container-devices",
    "/var/lib/kubelet/device-plugins",
    "/var/lib/kubelet/plugins",
    "/var/run/cdi",
    "/etc/cdi",
)
DEVICE_CAPABILITIES = ("SYS_ADMIN", "SYS_RAWIO", "MKNOD", "SYS_MODULE", "ALL")


def _cel_list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(f'"{v}"' for v in values) + "]"


@dataclass(frozen=True)
class CelVariable:
    name: str
    expression: str


@dataclass(frozen=True)
class CelRule:
    name: str
    expression: str
    message: str


# Expressions are written over several lines so that the YAML in dist/ shows them as
# literal blocks a reviewer can read.
VARIABLES: tuple[CelVariable, ...] = (
    CelVariable(
        "containers",
        "object.spec.containers\n"
        "+ (has(object.spec.initContainers) ? object.spec.initContainers : [])\n"
        "+ (has(object.spec.ephemeralContainers) ? object.spec.ephemeralContainers : [])",
    ),
    CelVariable("protectedHostPaths", _cel_list(PROTECTED_HOST_PATHS)),
    CelVariable(
        "requestsGpu",
        "(has(object.spec.resourceClaims) && size(object.spec.resourceClaims) > 0)\n"
        "|| variables.containers.exists(c, has(c.resources) && (\n"
        '  (has(c.resources.limits) && c.resources.limits.exists(r, r.startsWith("nvidia.com/")))\n'
        '  || (has(c.resources.requests) && c.resources.requests.exists(r, r.startsWith("nvidia.com/")))))',
    ),
)

RULES: tuple[CelRule, ...] = (
    CelRule(
        "device-env",
        "variables.containers.all(c, !has(c.env)\n"
        f"  || c.env.all(e, !(e.name in {_cel_list(DEVICE_SELECTION_VARIABLES)})))",
        "containers must not set NVIDIA_VISIBLE_DEVICES or related device-selection variables: "
        "request GPUs through resources (nvidia.com/gpu) or a ResourceClaim",
    ),
    CelRule(
        "host-devices",
        "!has(object.spec.volumes) || object.spec.volumes.all(v, !has(v.hostPath)\n"
        "  || !variables.protectedHostPaths.exists(p,\n"
        "    v.hostPath.path.startsWith(p)\n"
        '    || p.startsWith(v.hostPath.path.endsWith("/") ? v.hostPath.path : v.hostPath.path + "/")))',
        "hostPath volumes must not expose GPU device nodes, driver files, CDI specs or kubelet device sockets",
    ),
    CelRule(
        "privileged",
        "variables.containers.all(c, !has(c.securityContext)\n"
        "  || !has(c.securityContext.privileged)\n"
        "  || c.securityContext.privileged == false)",
        "privileged containers can reach every device on the node and are not allowed here",
    ),
    CelRule(
        "capabilities",
        "variables.containers.all(c, !has(c.securityContext)\n"
        "  || !has(c.securityContext.capabilities)\n"
        "  || !has(c.securityContext.capabilities.add)\n"
        "  || c.securityContext.capabilities.add.all(a,\n"
        f'    !{_cel_list(DEVICE_CAPABILITIES)}.exists(f, a == f || a == "CAP_" + f)))',
        "capabilities that grant device access (SYS_ADMIN, SYS_RAWIO, MKNOD, SYS_MODULE, ALL) are not allowed",
    ),
    CelRule(
        "gpu-namespace",
        "!variables.requestsGpu\n"
        "|| (has(namespaceObject.metadata.labels)\n"
        f'    && "{GPU_ACCESS_LABEL}" in namespaceObject.metadata.labels\n'
        f'    && namespaceObject.metadata.labels["{GPU_ACCESS_LABEL}"] == "true")',
        f"GPUs may only be requested from namespaces labelled {GPU_ACCESS_LABEL}=true",
    ),
)


class AcceleratorAccessPolicy(Component):
    NAME = "accelerator-access-policy"
    REQUIREMENTS = frozenset({Requirement.SECURE_ACCELERATOR_ACCESS})

    @classmethod
    def live_checks(cls, profile: Profile) -> tuple[LiveCheck, ...]:
        access = Requirement.SECURE_ACCELERATOR_ACCESS
        return (
            LiveCheck(access, "admission policy", Present(POLICIES, POLICY_NAME, what="policy"), "present"),
            LiveCheck(access, "policy binding denies",
                      FieldHolds(BINDINGS, POLICY_NAME, ("spec", "validationActions"), "Deny", "binding with action Deny",
                                 "binding does not deny"), "[\"Deny\"]"),
        )

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        labels = standard_labels(POLICY_NAME, "admission-policy")
        k8s.KubeValidatingAdmissionPolicy(
            self,
            "policy",
            metadata=k8s.ObjectMeta(name=POLICY_NAME, labels=labels),
            spec=k8s.ValidatingAdmissionPolicySpec(
                failure_policy="Fail",
                match_constraints=k8s.MatchResources(
                    resource_rules=[
                        k8s.NamedRuleWithOperations(
                            api_groups=[""],
                            api_versions=["v1"],
                            operations=["CREATE", "UPDATE"],
                            resources=["pods", "pods/ephemeralcontainers"],
                        )
                    ]
                ),
                variables=[k8s.Variable(name=v.name, expression=v.expression) for v in VARIABLES],
                validations=[
                    k8s.Validation(expression=rule.expression, message=f"[{rule.name}] {rule.message}", reason="Forbidden")
                    for rule in RULES
                ],
            ),
        )
        k8s.KubeValidatingAdmissionPolicyBinding(
            self,
            "binding",
            metadata=k8s.ObjectMeta(name=POLICY_NAME, labels=labels),
            spec=k8s.ValidatingAdmissionPolicyBindingSpec(
                policy_name=POLICY_NAME,
                validation_actions=["Deny"],
                match_resources=k8s.MatchResources(
                    namespace_selector=k8s.LabelSelector(
                        match_expressions=[
                            k8s.LabelSelectorRequirement(key=SYSTEM_NAMESPACE_LABEL, operator="DoesNotExist"),
                            k8s.LabelSelectorRequirement(
                                key=NAMESPACE_NAME_LABEL,
                                operator="NotIn",
                                values=list(KUBERNETES_SYSTEM_NAMESPACES),
                            ),
                        ]
                    )
                ),
            ),
        )
