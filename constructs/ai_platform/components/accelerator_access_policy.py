"""Admission policy that keeps accelerator access mediated by Kubernetes.

A ValidatingAdmissionPolicy (CEL, evaluated by the API server itself) rejects pods outside
the platform's system namespaces that would reach GPUs, the host or GPU nodes around the
device plugin or DRA. The paths it closes are those of the NVIDIA container toolkit v1.19.1
(the version the DRA driver v0.4.1 builds against; docs/threat-model.md cites the source):

  device-env         environment the toolkit reads to hand out devices (``NVIDIA_*`` but the
                     driver-capability and requirement checks), and ``envFrom`` prefixes that
                     would spell such a name
  device-mounts      mounts into /var/run/nvidia-container-devices, the device plugin's
                     hand-off the toolkit reads as a device request (``requestsFromMounts``)
  cdi-annotations    pod annotations with the toolkit's CDI annotation prefix (``cdi.k8s.io/``)
  host-path-spelling hostPath paths that are not normalised (``//``, ``/./``, ``/../``), which
                     the kubelet resolves but a prefix comparison cannot
  host-devices       hostPath volumes that expose GPU device nodes, driver files, CDI specs,
                     GPU sysfs or the kubelet's device sockets (or any parent folder), in every
                     spelling the usual symlinks give (/var/run = /run, /lib = /usr/lib)
  privileged         privileged containers (they see every device on the node)
  capabilities       added capabilities that grant device or host access, in any letter case
                     (the runtime upper-cases them)
  host-namespaces    hostPID, hostIPC, hostNetwork
  gpu-namespace      GPU requests (``nvidia.com/*`` resources or ResourceClaims) from a
                     namespace without the ``ai-platform.dev/gpu-access=true`` label
  gpu-runtime-class  the NVIDIA runtime classes without a GPU request
  gpu-toleration     tolerating the GPU taint (or every taint) without a GPU request
  node-name          choosing the node at creation (``spec.nodeName`` skips the scheduler,
                     taints and quotas' placement)

System namespaces (labelled ``ai-platform.dev/system=true``, exactly ``true``, plus kube-system,
kube-public and kube-node-lease) are exempt: node agents there need host access by design.
"""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_34 import k8s

from constructs import Construct

from ..conventions import (
    GPU_ACCESS_LABEL,
    GPU_TAINT_KEY,
    NAMESPACE_NAME_LABEL,
    NVIDIA_RUNTIME_CLASS,
    SYSTEM_NAMESPACE_LABEL,
)
from ..live_checks import ApiResource, FieldHolds, LiveCheck, Present
from ..profile import Profile
from ..requirement import Requirement
from .base import Component, standard_labels

POLICY_NAME = "accelerator-access-mediated"
POLICIES = ApiResource("admissionregistration.k8s.io", "v1", "validatingadmissionpolicies", namespaced=False)
BINDINGS = ApiResource("admissionregistration.k8s.io", "v1", "validatingadmissionpolicybindings", namespaced=False)
KUBERNETES_SYSTEM_NAMESPACES = ("kube-system", "kube-public", "kube-node-lease")
SYSTEM_LABEL_VALUE = "true"
"""Only this value of the system label exempts a namespace (``false`` or ``yes`` do not)."""

TOOLKIT_ENV_PREFIX = "NVIDIA_"
"""The toolkit's environment (internal/config/image/envvars.go, internal/modifier/cdi.go)."""
DEVICE_NEUTRAL_VARIABLES = ("NVIDIA_DRIVER_CAPABILITIES", "NVIDIA_DISABLE_REQUIRE")
"""Toolkit variables that select driver libraries or disable version checks, never devices."""
DEVICE_NEUTRAL_PREFIXES = ("NVIDIA_REQUIRE_",)
"""``NVIDIA_REQUIRE_*``: constraints the toolkit checks (CUDA version, architecture)."""
DEVICE_SELECTION_VARIABLES = (
    "NVIDIA_VISIBLE_DEVICES",
    "NVIDIA_MIG_CONFIG_DEVICES",
    "NVIDIA_MIG_MONITOR_DEVICES",
    "NVIDIA_IMEX_CHANNELS",
    "NVIDIA_GDS",
    "NVIDIA_MOFED",
    "NVIDIA_GDRCOPY",
    "NVIDIA_NVSWITCH",
)
"""What the toolkit reads to add devices; the last four add them whatever the
``accept-nvidia-visible-devices-envvar-when-unprivileged`` setting says (gated devices,
internal/modifier/cdi.go). Listed for the docs and tests: the rule refuses every ``NVIDIA_*``
name but the device-neutral ones, so a variable a later toolkit adds is refused too."""
DEVICE_LIST_MOUNT_ROOT = "/var/run/nvidia-container-devices"
"""internal/config/image/cuda_image.go ``DeviceListAsVolumeMountsRoot``: a ``/dev/null`` mount
below it is a device request."""
DEVICE_LIST_MOUNT_MARK = "nvidia-container-devices"
"""Any mount path containing this is refused: the toolkit cleans the destination
(``filepath.Clean``) before comparing, so ``/var//run/./nvidia-container-devices/all`` counts."""
CDI_ANNOTATION_PREFIX = "cdi.k8s.io/"
"""The toolkit's default ``nvidia-container-runtime.modes.cdi.annotation-prefixes``."""
GPU_RUNTIME_CLASS_PREFIX = f"{NVIDIA_RUNTIME_CLASS}-"
"""Runtime classes named after the toolkit's handler: ``nvidia`` and any ``nvidia-*`` variant."""

PROTECTED_HOST_PATHS = (
    "/dev/nvidia",
    "/dev/dri",
    "/dev/vfio",
    "/dev/infiniband",
    "/dev/gdrdrv",
    "/proc/driver/nvidia",
    "/sys/bus/pci/devices",
    "/sys/class/drm",
    "/sys/module/nvidia",
    "/run/nvidia",
    "/usr/local/nvidia",
    "/usr/lib/x86_64-linux-gnu/libnvidia",
    "/usr/lib/aarch64-linux-gnu/libnvidia",
    "/usr/lib64/libnvidia",
    "/run/nvidia-container-devices",
    "/var/lib/kubelet/device-plugins",
    "/var/lib/kubelet/plugins",
    "/var/lib/kubelet/pod-resources",
    "/run/cdi",
    "/etc/cdi",
)
HOST_PATH_ALIASES = (("/run/", "/var/run/"), ("/usr/lib/", "/lib/"), ("/usr/lib64/", "/lib64/"))
"""Symlinks of current distributions (/var/run -> /run; merged /usr): each protected path is
also refused in its other spelling."""
DEVICE_CAPABILITIES = ("SYS_ADMIN", "SYS_RAWIO", "MKNOD", "SYS_MODULE", "DAC_READ_SEARCH", "ALL")
"""DAC_READ_SEARCH: ``open_by_handle_at`` reaches host files outside the container's mounts."""


def spellings(paths: tuple[str, ...]) -> tuple[str, ...]:
    """Every protected path and its aliases' spellings."""
    out: list[str] = []
    for path in paths:
        out.append(path)
        for real, alias in HOST_PATH_ALIASES:
            if path.startswith(real):
                out.append(alias + path[len(real):])
    return tuple(dict.fromkeys(out))


def _cel_list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(f'"{v}"' for v in values) + "]"


def _capability_spellings() -> tuple[str, ...]:
    return tuple(name for cap in DEVICE_CAPABILITIES for name in (cap, f"CAP_{cap}"))


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
    CelVariable("protectedHostPaths", _cel_list(spellings(PROTECTED_HOST_PATHS))),
    CelVariable(
        "requestsGpu",
        "(has(object.spec.resourceClaims) && size(object.spec.resourceClaims) > 0)\n"
        "|| variables.containers.exists(c, has(c.resources) && (\n"
        '  (has(c.resources.limits) && c.resources.limits.exists(r, r.startsWith("nvidia.com/")))\n'
        '  || (has(c.resources.requests) && c.resources.requests.exists(r, r.startsWith("nvidia.com/")))))',
    ),
    CelVariable(
        "hostPaths",
        "has(object.spec.volumes)\n"
        "? object.spec.volumes.filter(v, has(v.hostPath)).map(v, v.hostPath.path)\n"
        ": []",
    ),
)

RULES: tuple[CelRule, ...] = (
    CelRule(
        "device-env",
        "variables.containers.all(c, (!has(c.env)\n"
        f'  || c.env.all(e, !e.name.startsWith("{TOOLKIT_ENV_PREFIX}")\n'
        f"    || e.name in {_cel_list(DEVICE_NEUTRAL_VARIABLES)}\n"
        f"    || {_cel_list(DEVICE_NEUTRAL_PREFIXES)}.exists(p, e.name.startsWith(p))))\n"
        "  && (!has(c.envFrom) || c.envFrom.all(f, !has(f.prefix)\n"
        f'    || !(f.prefix.startsWith("{TOOLKIT_ENV_PREFIX}") || "{TOOLKIT_ENV_PREFIX}".startsWith(f.prefix)))))',
        "containers must not set the NVIDIA container toolkit's device variables (NVIDIA_VISIBLE_DEVICES, "
        "NVIDIA_GDS, NVIDIA_IMEX_CHANNELS, ...; only NVIDIA_DRIVER_CAPABILITIES, NVIDIA_DISABLE_REQUIRE and "
        "NVIDIA_REQUIRE_*), directly or through an envFrom prefix: request GPUs through resources "
        "(nvidia.com/gpu) or a ResourceClaim",
    ),
    CelRule(
        "device-mounts",
        "variables.containers.all(c, !has(c.volumeMounts)\n"
        f'  || c.volumeMounts.all(m, !m.mountPath.contains("{DEVICE_LIST_MOUNT_MARK}")))',
        f"mounts into {DEVICE_LIST_MOUNT_ROOT} are the device plugin's hand-off to the NVIDIA runtime "
        "and cannot be set by a pod",
    ),
    CelRule(
        "cdi-annotations",
        "!has(object.metadata.annotations)\n"
        f'|| object.metadata.annotations.all(k, !k.startsWith("{CDI_ANNOTATION_PREFIX}"))',
        f"pod annotations with the CDI prefix {CDI_ANNOTATION_PREFIX} inject devices and cannot be set by a pod",
    ),
    CelRule(
        "host-path-spelling",
        "variables.hostPaths.all(p, p.startsWith(\"/\")\n"
        '  && !p.contains("//") && !p.contains("/./") && !p.contains("/../")\n'
        '  && !p.endsWith("/.") && !p.endsWith("/.."))',
        "hostPath paths must be absolute and normalised (no //, /./ or /../)",
    ),
    CelRule(
        "host-devices",
        "variables.hostPaths.all(h, !variables.protectedHostPaths.exists(p,\n"
        "  h.startsWith(p)\n"
        '  || p.startsWith(h.endsWith("/") ? h : h + "/")))',
        "hostPath volumes must not expose GPU device nodes, driver files, GPU sysfs, CDI specs or kubelet device sockets",
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
        f"    !(a.upperAscii() in {_cel_list(_capability_spellings())})))",
        "capabilities that grant device or host access (SYS_ADMIN, SYS_RAWIO, MKNOD, SYS_MODULE, DAC_READ_SEARCH, ALL; "
        "any letter case, with or without CAP_) are not allowed",
    ),
    CelRule(
        "host-namespaces",
        "!(has(object.spec.hostPID) && object.spec.hostPID)\n"
        "&& !(has(object.spec.hostIPC) && object.spec.hostIPC)\n"
        "&& !(has(object.spec.hostNetwork) && object.spec.hostNetwork)",
        "hostPID, hostIPC and hostNetwork share the node's processes, IPC (CUDA IPC handles) and network and are not allowed here",
    ),
    CelRule(
        "gpu-namespace",
        "!variables.requestsGpu\n"
        "|| (has(namespaceObject.metadata.labels)\n"
        f'    && "{GPU_ACCESS_LABEL}" in namespaceObject.metadata.labels\n'
        f'    && namespaceObject.metadata.labels["{GPU_ACCESS_LABEL}"] == "true")',
        f"GPUs may only be requested from namespaces labelled {GPU_ACCESS_LABEL}=true",
    ),
    CelRule(
        "gpu-runtime-class",
        "variables.requestsGpu || !has(object.spec.runtimeClassName)\n"
        f'|| !(object.spec.runtimeClassName == "{NVIDIA_RUNTIME_CLASS}"\n'
        f'    || object.spec.runtimeClassName.startsWith("{GPU_RUNTIME_CLASS_PREFIX}"))',
        f"the NVIDIA runtime classes ({NVIDIA_RUNTIME_CLASS}, {GPU_RUNTIME_CLASS_PREFIX}*) are only for pods that "
        "request a GPU through resources or a ResourceClaim",
    ),
    CelRule(
        "gpu-toleration",
        "variables.requestsGpu || !has(object.spec.tolerations)\n"
        "|| object.spec.tolerations.all(t, has(t.key) && t.key != \"\"\n"
        f'  ? t.key != "{GPU_TAINT_KEY}"\n'
        '  : !(has(t.operator) && t.operator == "Exists"))',
        f"only pods that request a GPU may tolerate the GPU nodes' taint {GPU_TAINT_KEY} (or every taint)",
    ),
    CelRule(
        "node-name",
        'request.operation != "CREATE" || !has(object.spec.nodeName) || object.spec.nodeName == ""',
        "pods are placed by the scheduler: spec.nodeName cannot be set when a pod is created here",
    ),
)


def outside_system_namespaces() -> k8s.LabelSelector:
    """Every namespace but the system ones: not labelled ``ai-platform.dev/system=true`` (exactly
    ``true``), and none of Kubernetes' own."""
    return k8s.LabelSelector(
        match_expressions=[
            k8s.LabelSelectorRequirement(key=SYSTEM_NAMESPACE_LABEL, operator="NotIn", values=[SYSTEM_LABEL_VALUE]),
            k8s.LabelSelectorRequirement(key=NAMESPACE_NAME_LABEL, operator="NotIn", values=list(KUBERNETES_SYSTEM_NAMESPACES)),
        ]
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
        denying_policy(
            self,
            POLICY_NAME,
            k8s.NamedRuleWithOperations(
                api_groups=[""],
                api_versions=["v1"],
                operations=["CREATE", "UPDATE"],
                resources=["pods", "pods/ephemeralcontainers"],
            ),
            [k8s.Validation(expression=rule.expression, message=f"[{rule.name}] {rule.message}", reason="Forbidden") for rule in RULES],
            variables=[k8s.Variable(name=v.name, expression=v.expression) for v in VARIABLES],
        )


def denying_policy(scope: Construct, name: str, rule: k8s.NamedRuleWithOperations, validations: list[k8s.Validation],
                   variables: list[k8s.Variable] | None = None) -> None:
    """A ValidatingAdmissionPolicy (``failurePolicy: Fail``) for one resource rule and its Binding
    (action ``Deny``) in every namespace but the system ones: the shape of the platform's
    tenant policies."""
    labels = standard_labels(name, "admission-policy")
    k8s.KubeValidatingAdmissionPolicy(
        scope,
        "policy",
        metadata=k8s.ObjectMeta(name=name, labels=labels),
        spec=k8s.ValidatingAdmissionPolicySpec(
            failure_policy="Fail",
            match_constraints=k8s.MatchResources(resource_rules=[rule]),
            variables=variables,
            validations=validations,
        ),
    )
    k8s.KubeValidatingAdmissionPolicyBinding(
        scope,
        "binding",
        metadata=k8s.ObjectMeta(name=name, labels=labels),
        spec=k8s.ValidatingAdmissionPolicyBindingSpec(
            policy_name=name,
            validation_actions=["Deny"],
            match_resources=k8s.MatchResources(namespace_selector=outside_system_namespaces()),
        ),
    )
