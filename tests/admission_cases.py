"""Pods the accelerator access policy must reject or admit, as plain data. Every pod is a
valid Pod for the API server (the test bed creates them with a server-side dry run).

Each case names the namespace labels, the pod, and the rule expected to deny it (None to
admit). The CEL unit test evaluates the policy's expressions on them; the real API server
test bed can create the same pods and expect the same verdicts.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import celpy

GPU_NAMESPACE = {"kubernetes.io/metadata.name": "ml-team-a", "ai-platform.dev/gpu-access": "true"}
NO_GPU_NAMESPACE = {"kubernetes.io/metadata.name": "web-apps", "ai-platform.dev/gpu-access": "false"}
UNLABELLED_NAMESPACE = {"kubernetes.io/metadata.name": "scratch"}


def gpu_pod(**changes: Any) -> dict[str, Any]:
    """A well-behaved pod asking for one GPU through the device plugin."""
    pod: dict[str, Any] = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "case", "namespace": "ml-team-a"},
        "spec": {
            "containers": [
                {
                    "name": "main",
                    "image": "nvcr.io/nvidia/cuda:12.9.1-base-ubuntu24.04",
                    "resources": {"limits": {"nvidia.com/gpu": "1"}},
                }
            ]
        },
    }
    for path, value in changes.items():
        node = pod
        keys = path.split("__")
        for key in keys[:-1]:
            node = node[int(key)] if key.isdigit() else node.setdefault(key, {})
        node[keys[-1]] = copy.deepcopy(value)
    return pod


def cpu_pod() -> dict[str, Any]:
    pod = gpu_pod()
    pod["spec"]["containers"][0]["resources"] = {"requests": {"cpu": "100m"}}
    return pod


def _cpu(**changes: Any) -> dict[str, Any]:
    """A pod without a GPU request (in ``web-apps``), with ``changes`` as for ``gpu_pod``."""
    pod = gpu_pod(spec__containers__0__resources={"requests": {"cpu": "100m"}}, metadata__namespace="web-apps", **changes)
    return pod


GPU_TOLERATION = {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}


@dataclass(frozen=True)
class AdmissionCase:
    name: str
    namespace_labels: dict[str, str]
    pod: dict[str, Any]
    denied_by: str | None


def _with_volume(path: str) -> dict[str, Any]:
    return gpu_pod(spec__volumes=[{"name": "host", "hostPath": {"path": path}}])


CASES: tuple[AdmissionCase, ...] = (
    AdmissionCase("gpu pod in a GPU namespace", GPU_NAMESPACE, gpu_pod(), None),
    AdmissionCase(
        "DRA claim pod in a GPU namespace",
        GPU_NAMESPACE,
        gpu_pod(
            spec__resourceClaims=[{"name": "gpu", "resourceClaimTemplateName": "gpu"}],
            spec__containers__0__resources={"claims": [{"name": "gpu"}]},
        ),
        None,
    ),
    AdmissionCase("cpu pod in a namespace without GPU access", NO_GPU_NAMESPACE, cpu_pod(), None),
    AdmissionCase("harmless hostPath", GPU_NAMESPACE, _with_volume("/data/datasets"), None),
    AdmissionCase("harmless capability", GPU_NAMESPACE, gpu_pod(spec__containers__0__securityContext={"capabilities": {"add": ["NET_BIND_SERVICE"]}}), None),
    AdmissionCase(
        "NVIDIA_VISIBLE_DEVICES set by the pod",
        GPU_NAMESPACE,
        gpu_pod(spec__containers__0__env=[{"name": "NVIDIA_VISIBLE_DEVICES", "value": "all"}]),
        "device-env",
    ),
    AdmissionCase(
        "NVIDIA_VISIBLE_DEVICES in an init container of a CPU pod",
        GPU_NAMESPACE,
        gpu_pod(spec__initContainers=[{"name": "init", "image": "busybox:1.37", "env": [{"name": "NVIDIA_VISIBLE_DEVICES", "value": "0"}]}]),
        "device-env",
    ),
    AdmissionCase(
        "NVIDIA_MIG_CONFIG_DEVICES",
        GPU_NAMESPACE,
        gpu_pod(spec__containers__0__env=[{"name": "NVIDIA_MIG_CONFIG_DEVICES", "value": "all"}]),
        "device-env",
    ),
    AdmissionCase("hostPath /dev/nvidia0", GPU_NAMESPACE, _with_volume("/dev/nvidia0"), "host-devices"),
    AdmissionCase("hostPath /dev", GPU_NAMESPACE, _with_volume("/dev"), "host-devices"),
    AdmissionCase("hostPath / (root)", GPU_NAMESPACE, _with_volume("/"), "host-devices"),
    AdmissionCase("hostPath driver root /run/nvidia/driver", GPU_NAMESPACE, _with_volume("/run/nvidia/driver"), "host-devices"),
    AdmissionCase("hostPath driver libraries", GPU_NAMESPACE, _with_volume("/usr/lib/x86_64-linux-gnu"), "host-devices"),
    AdmissionCase("hostPath device-plugin sockets", GPU_NAMESPACE, _with_volume("/var/lib/kubelet/device-plugins"), "host-devices"),
    AdmissionCase("hostPath CDI specs", GPU_NAMESPACE, _with_volume("/var/run/cdi/"), "host-devices"),
    AdmissionCase(
        "privileged container",
        GPU_NAMESPACE,
        gpu_pod(spec__containers__0__securityContext={"privileged": True}),
        "privileged",
    ),
    AdmissionCase(
        "privileged init container",
        GPU_NAMESPACE,
        gpu_pod(spec__initContainers=[{"name": "setup", "image": "busybox:1.37", "securityContext": {"privileged": True}}]),
        "privileged",
    ),
    AdmissionCase(
        "SYS_ADMIN capability",
        GPU_NAMESPACE,
        gpu_pod(spec__containers__0__securityContext={"capabilities": {"add": ["SYS_ADMIN"]}}),
        "capabilities",
    ),
    AdmissionCase(
        "CAP_MKNOD capability",
        GPU_NAMESPACE,
        gpu_pod(spec__containers__0__securityContext={"capabilities": {"add": ["CAP_MKNOD"]}}),
        "capabilities",
    ),
    AdmissionCase("NVIDIA_GDS=enabled (a gated device, whatever the envvar setting)", GPU_NAMESPACE,
                  gpu_pod(spec__containers__0__env=[{"name": "NVIDIA_GDS", "value": "enabled"}]), "device-env"),
    AdmissionCase("NVIDIA_NVSWITCH=enabled", GPU_NAMESPACE,
                  gpu_pod(spec__containers__0__env=[{"name": "NVIDIA_NVSWITCH", "value": "enabled"}]), "device-env"),
    AdmissionCase("a toolkit variable no list names yet", GPU_NAMESPACE,
                  gpu_pod(spec__containers__0__env=[{"name": "NVIDIA_SOMETHING_NEW", "value": "all"}]), "device-env"),
    AdmissionCase("envFrom prefix spelling NVIDIA_", GPU_NAMESPACE,
                  gpu_pod(spec__containers__0__envFrom=[{"prefix": "NVIDIA_", "configMapRef": {"name": "devices"}}]), "device-env"),
    AdmissionCase("envFrom prefix NVIDIA (the key supplies _VISIBLE_DEVICES)", GPU_NAMESPACE,
                  gpu_pod(spec__containers__0__envFrom=[{"prefix": "NVIDIA", "configMapRef": {"name": "devices"}}]), "device-env"),
    AdmissionCase("device-neutral toolkit variables", GPU_NAMESPACE,
                  gpu_pod(spec__containers__0__env=[{"name": "NVIDIA_DRIVER_CAPABILITIES", "value": "compute,utility"},
                                                    {"name": "NVIDIA_REQUIRE_CUDA", "value": "cuda>=12.0"},
                                                    {"name": "NVIDIA_DISABLE_REQUIRE", "value": "true"}],
                          spec__containers__0__envFrom=[{"prefix": "APP_", "configMapRef": {"name": "settings"}}]), None),
    AdmissionCase("forged device-list mount /var/run/nvidia-container-devices/all", GPU_NAMESPACE,
                  gpu_pod(spec__volumes=[{"name": "list", "emptyDir": {}}],
                          spec__containers__0__volumeMounts=[{"name": "list", "mountPath": "/var/run/nvidia-container-devices/all"}]),
                  "device-mounts"),
    AdmissionCase("forged device-list mount, unclean spelling", GPU_NAMESPACE,
                  gpu_pod(spec__volumes=[{"name": "list", "emptyDir": {}}],
                          spec__containers__0__volumeMounts=[{"name": "list", "mountPath": "/var//run/./nvidia-container-devices/cdi/nvidia.com/gpu/all"}]),
                  "device-mounts"),
    AdmissionCase("CDI annotation", GPU_NAMESPACE,
                  gpu_pod(metadata__annotations={"cdi.k8s.io/gpu": "nvidia.com/gpu=all"}), "cdi-annotations"),
    AdmissionCase("hostPath /dev//nvidia0", GPU_NAMESPACE, _with_volume("/dev//nvidia0"), "host-path-spelling"),
    AdmissionCase("hostPath /dev/./nvidia0", GPU_NAMESPACE, _with_volume("/dev/./nvidia0"), "host-path-spelling"),
    # ("/tmp/../dev/nvidia0" is no case: the API server refuses a hostPath with ".." itself.)
    AdmissionCase("hostPath /run/cdi (the /var/run spelling is listed)", GPU_NAMESPACE, _with_volume("/run/cdi"), "host-devices"),
    AdmissionCase("hostPath /var/run/nvidia/driver", GPU_NAMESPACE, _with_volume("/var/run/nvidia/driver"), "host-devices"),
    AdmissionCase("hostPath /lib/x86_64-linux-gnu (merged /usr)", GPU_NAMESPACE, _with_volume("/lib/x86_64-linux-gnu"), "host-devices"),
    AdmissionCase("hostPath /dev/null (the device-list mount source)", GPU_NAMESPACE, _with_volume("/dev/null"), None),
    AdmissionCase("hostPath GPU sysfs", GPU_NAMESPACE, _with_volume("/sys"), "host-devices"),
    AdmissionCase(
        "sys_admin capability in lower case",
        GPU_NAMESPACE,
        gpu_pod(spec__containers__0__securityContext={"capabilities": {"add": ["sys_admin"]}}),
        "capabilities",
    ),
    AdmissionCase(
        "Cap_Sys_Rawio capability in mixed case",
        GPU_NAMESPACE,
        gpu_pod(spec__containers__0__securityContext={"capabilities": {"add": ["Cap_Sys_Rawio"]}}),
        "capabilities",
    ),
    AdmissionCase("hostPID", GPU_NAMESPACE, gpu_pod(spec__hostPID=True), "host-namespaces"),
    AdmissionCase("hostIPC", GPU_NAMESPACE, gpu_pod(spec__hostIPC=True), "host-namespaces"),
    AdmissionCase("hostNetwork", GPU_NAMESPACE, gpu_pod(spec__hostNetwork=True), "host-namespaces"),
    AdmissionCase("GPU runtime class with a GPU request", GPU_NAMESPACE, gpu_pod(spec__runtimeClassName="nvidia"), None),
    AdmissionCase("GPU runtime class without a GPU request", NO_GPU_NAMESPACE,
                  _cpu(spec__runtimeClassName="nvidia"), "gpu-runtime-class"),
    AdmissionCase("GPU runtime class variant without a GPU request", GPU_NAMESPACE,
                  _cpu(spec__runtimeClassName="nvidia-cdi"), "gpu-runtime-class"),
    AdmissionCase("another runtime class without a GPU request", NO_GPU_NAMESPACE, _cpu(spec__runtimeClassName="gvisor"), None),
    AdmissionCase("GPU toleration with a GPU request", GPU_NAMESPACE, gpu_pod(spec__tolerations=[GPU_TOLERATION]), None),
    AdmissionCase("GPU toleration without a GPU request", NO_GPU_NAMESPACE,
                  _cpu(spec__tolerations=[GPU_TOLERATION]), "gpu-toleration"),
    AdmissionCase("toleration of every taint without a GPU request", GPU_NAMESPACE,
                  _cpu(spec__tolerations=[{"operator": "Exists"}]), "gpu-toleration"),
    AdmissionCase("another toleration without a GPU request", NO_GPU_NAMESPACE,
                  _cpu(spec__tolerations=[{"key": "example.com/spot", "operator": "Exists", "effect": "NoSchedule"}]), None),
    AdmissionCase("nodeName at creation", NO_GPU_NAMESPACE, _cpu(spec__nodeName="gpu-node-0"), "node-name"),
    AdmissionCase("nodeName at creation with a GPU request", GPU_NAMESPACE, gpu_pod(spec__nodeName="gpu-node-0"), "node-name"),
    AdmissionCase("GPU request without GPU access", NO_GPU_NAMESPACE, gpu_pod(), "gpu-namespace"),
    AdmissionCase("GPU request from an unlabelled namespace", UNLABELLED_NAMESPACE, gpu_pod(), "gpu-namespace"),
    AdmissionCase(
        "MIG resource without GPU access",
        NO_GPU_NAMESPACE,
        gpu_pod(spec__containers__0__resources={"requests": {"nvidia.com/mig-1g.10gb": "1"}, "limits": {"nvidia.com/mig-1g.10gb": "1"}}),
        "gpu-namespace",
    ),
    AdmissionCase(
        "DRA claim without GPU access",
        NO_GPU_NAMESPACE,
        gpu_pod(
            spec__resourceClaims=[{"name": "gpu", "resourceClaimTemplateName": "gpu"}],
            spec__containers__0__resources={"claims": [{"name": "gpu"}]},
        ),
        "gpu-namespace",
    ),
)


KUBERNETES_STRING_FUNCTIONS = {
    "upperAscii": lambda s: celpy.celtypes.StringType(s.upper()),
    "lowerAscii": lambda s: celpy.celtypes.StringType(s.lower()),
    "split": lambda s, separator: celpy.celtypes.ListType([celpy.celtypes.StringType(p) for p in s.split(separator)]),
}
"""The functions of cel-go's strings extension that the policy uses and celpy lacks (the API
server's CEL environment has them; ASCII-only there, which the policy's names are)."""


class CompiledPolicy:
    """The policy's variables and validations, compiled with a CEL implementation."""

    def __init__(self, policy: dict[str, Any]) -> None:
        env = celpy.Environment()
        spec = policy["spec"]

        def program(expression: str) -> Any:
            return env.program(env.compile(expression), functions=KUBERNETES_STRING_FUNCTIONS)

        self.variables = [(v["name"], program(v["expression"])) for v in spec.get("variables") or []]
        self.validations = [(v["message"].split("]")[0].lstrip("["), program(v["expression"])) for v in spec["validations"]]

    def denied_by(self, pod: dict[str, Any], namespace_labels: dict[str, str], operation: str = "CREATE",
                  namespace_annotations: dict[str, str] | None = None) -> list[str]:
        namespace: dict[str, Any] = {"name": "ns", "labels": namespace_labels}
        if namespace_annotations is not None:
            namespace["annotations"] = namespace_annotations
        activation: dict[str, Any] = {
            "object": celpy.json_to_cel(pod),
            "namespaceObject": celpy.json_to_cel({"metadata": namespace}),
            "request": celpy.json_to_cel({"operation": operation}),
        }
        values: dict[str, Any] = {}
        for name, program in self.variables:
            activation["variables"] = celpy.json_to_cel({}) if not values else celpy.celtypes.MapType(values)
            values[celpy.celtypes.StringType(name)] = program.evaluate(activation)
        activation["variables"] = celpy.celtypes.MapType(values)
        return [rule for rule, program in self.validations if not bool(program.evaluate(activation))]
