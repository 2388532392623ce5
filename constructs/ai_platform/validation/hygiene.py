"""Hygiene rules every object of ``dist/`` follows, beyond what schemas can say."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from ..conventions import MANAGED_BY_LABEL, NAME_LABEL, PART_OF_LABEL, SECURITY_EXEMPTION_ANNOTATION
from .documents import Document

REQUIRED_LABELS = (NAME_LABEL, PART_OF_LABEL, MANAGED_BY_LABEL)
CLUSTER_SCOPED_BUILTINS = frozenset(
    {
        "Namespace", "Node", "PersistentVolume", "ClusterRole", "ClusterRoleBinding", "StorageClass",
        "RuntimeClass", "PriorityClass", "CustomResourceDefinition", "DeviceClass", "IngressClass",
        "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "MutatingAdmissionPolicy",
        "MutatingAdmissionPolicyBinding", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration",
        "APIService", "CSIDriver", "VolumeAttachment", "FlowSchema", "PriorityLevelConfiguration",
    }
)
_TAGGED_IMAGE = re.compile(r"^(?P<repo>[^@\s]+?)(:(?P<tag>[\w][\w.-]{0,127}))?(@sha256:[0-9a-f]{64})?$")

POD_TEMPLATE_PATHS: dict[str, tuple[str, ...]] = {
    "Pod": ("spec",),
    "Deployment": ("spec", "template", "spec"),
    "StatefulSet": ("spec", "template", "spec"),
    "DaemonSet": ("spec", "template", "spec"),
    "ReplicaSet": ("spec", "template", "spec"),
    "Job": ("spec", "template", "spec"),
    "CronJob": ("spec", "jobTemplate", "spec", "template", "spec"),
}


def image_problem(image: str) -> str | None:
    match = _TAGGED_IMAGE.match(image)
    if match is None:
        return f"image {image!r} is not a valid reference"
    tag = match.group("tag")
    digest = "@sha256:" in image
    if tag is None and not digest:
        return f"image {image!r} is not pinned to a tag or digest"
    if tag == "latest":
        return f"image {image!r} uses the floating tag 'latest'"
    return None


def pod_specs(obj: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every pod spec an object carries, with its field path (built-in workload kinds)."""
    path = POD_TEMPLATE_PATHS.get(obj.get("kind", ""))
    if path is None:
        return
    node: Any = obj
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
    if isinstance(node, dict):
        yield ".".join(path), node


def _containers(spec: dict[str, Any], base: str) -> Iterator[tuple[str, dict[str, Any]]]:
    for key in ("initContainers", "containers"):
        for i, container in enumerate(spec.get(key) or []):
            yield f"{base}.{key}[{i}]", container


def _restricted_problems(spec: dict[str, Any], base: str) -> list[str]:
    pod_sc = spec.get("securityContext") or {}
    problems = []
    for where, container in _containers(spec, base):
        sc = container.get("securityContext") or {}
        if sc.get("allowPrivilegeEscalation") is not False:
            problems.append(f"{where}.securityContext.allowPrivilegeEscalation: must be false")
        if "ALL" not in ((sc.get("capabilities") or {}).get("drop") or []):
            problems.append(f"{where}.securityContext.capabilities.drop: must include ALL")
        if sc.get("runAsNonRoot", pod_sc.get("runAsNonRoot")) is not True:
            problems.append(f"{where}.securityContext.runAsNonRoot: must be true (pod or container)")
        seccomp = (sc.get("seccompProfile") or pod_sc.get("seccompProfile") or {}).get("type")
        if seccomp not in ("RuntimeDefault", "Localhost"):
            problems.append(f"{where}.securityContext.seccompProfile.type: must be RuntimeDefault or Localhost")
    return problems


def object_problems(doc: Document, custom_kinds_namespaced: bool | None) -> list[str]:
    """Problems of one object; ``custom_kinds_namespaced`` is the CRD scope (None for built-ins)."""
    obj = doc.obj
    meta = obj.get("metadata") or {}
    problems = []
    labels = meta.get("labels") or {}
    missing = [label for label in REQUIRED_LABELS if label not in labels]
    if missing:
        problems.append(f"metadata.labels: missing {', '.join(missing)}")
    namespaced = custom_kinds_namespaced if custom_kinds_namespaced is not None else doc.kind not in CLUSTER_SCOPED_BUILTINS
    if namespaced and not meta.get("namespace"):
        problems.append("metadata.namespace: a namespaced object must name its namespace")
    if not namespaced and "namespace" in meta:
        problems.append("metadata.namespace: a cluster-scoped object must not set a namespace")
    exempt = SECURITY_EXEMPTION_ANNOTATION in (meta.get("annotations") or {})
    for base, spec in pod_specs(obj):
        for where, container in _containers(spec, base):
            problem = image_problem(str(container.get("image", "")))
            if problem:
                problems.append(f"{where}.image: {problem}")
            requests = (container.get("resources") or {}).get("requests") or {}
            if not {"cpu", "memory"} <= set(requests):
                problems.append(f"{where}.resources.requests: must set cpu and memory")
        if not exempt:
            problems.extend(_restricted_problems(spec, base))
    return problems


def duplicate_identities(docs: Iterable[Document]) -> list[str]:
    keys = Counter((d.api_version, d.kind, d.namespace or "", d.name) for d in docs)
    return [
        f"{kind} {ns + '/' if ns else ''}{name} ({api}) is defined {count} times"
        for (api, kind, ns, name), count in sorted(keys.items())
        if count > 1
    ]
