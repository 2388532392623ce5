"""Workload posture: the rules every pod template in dist/ follows, the exemptions (each with
its reason, recorded on the object), and the annotations a third-party scanner reads.

A workload either follows a rule or carries ``posture.ai-platform.dev/<rule>: <reason>``.
Components write that annotation on their own objects; their rendered charts get it from the
component's ``POSTURE`` (``charts/hydrate.py``), whose reasons share the wording below. Platform-wide decisions
(``PLATFORM_POLICY``, e.g. no CPU limits) are written on every workload the same way. The last
synth step (``scanner_annotations``) turns each recorded reason into the skip annotations of
the scanner run on dist/ (checkov: ``checkov.io/skip<n>: <check id>=<reason>``), so both say
the same thing and neither can drift from the other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .conventions import POSTURE_EXEMPTION_PREFIX as EXEMPTION_PREFIX
from .conventions import SCANNER_SKIP_PREFIX
from .errors import PlatformError

HIGH_UID = 10000
"""UIDs above this do not collide with host users (checkov CKV_K8S_40 wants > 10000)."""

WORKLOAD_KINDS = frozenset({"Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob"})


Container = dict[str, Any]
PodSpec = dict[str, Any]


@dataclass(frozen=True)
class Rule:
    name: str
    summary: str
    scanner_checks: tuple[str, ...]
    """The checkov checks that test the same thing (skipped with the rule's reason)."""
    holds: Callable[[PodSpec, list[Container]], bool] | None = None
    """Our own check on a pod spec and its containers (None: scanner-only)."""


def _ctx(spec: PodSpec, container: Container, key: str) -> Any:
    """A container's securityContext field, else the pod's."""
    value = (container.get("securityContext") or {}).get(key)
    return value if value is not None else (spec.get("securityContext") or {}).get(key)


def _probes(spec: PodSpec, containers: list[Container]) -> bool:
    return all("livenessProbe" in c and "readinessProbe" in c for c in spec.get("containers", []))


def _no_token(spec: PodSpec, containers: list[Container]) -> bool:
    return spec.get("automountServiceAccountToken") is False


def _seccomp(spec: PodSpec, containers: list[Container]) -> bool:
    pod = ((spec.get("securityContext") or {}).get("seccompProfile") or {}).get("type")
    return bool(spec.get("securityContext")) and all(bool(c.get("securityContext")) for c in containers) and all((((c.get("securityContext") or {}).get("seccompProfile") or {}).get("type") or pod) == "RuntimeDefault"
               for c in containers)


def _non_root(spec: PodSpec, containers: list[Container]) -> bool:
    return all(_ctx(spec, c, "runAsNonRoot") is True and _ctx(spec, c, "runAsUser") != 0 for c in containers)


def _high_uid(spec: PodSpec, containers: list[Container]) -> bool:
    return all(int(_ctx(spec, c, "runAsUser") or 0) > HIGH_UID for c in containers)


def _read_only(spec: PodSpec, containers: list[Container]) -> bool:
    return all((c.get("securityContext") or {}).get("readOnlyRootFilesystem") is True for c in containers)


def _capabilities(spec: PodSpec, containers: list[Container]) -> bool:
    def ok(c: Container) -> bool:
        caps = (c.get("securityContext") or {}).get("capabilities") or {}
        return "ALL" in (caps.get("drop") or []) and not caps.get("add")

    return all(ok(c) for c in containers)


def _no_sys_admin(spec: PodSpec, containers: list[Container]) -> bool:
    added = {a.removeprefix("CAP_") for c in containers for a in ((c.get("securityContext") or {}).get("capabilities") or {}).get("add") or []}
    return not added & {"SYS_ADMIN", "ALL"}


def _unprivileged(spec: PodSpec, containers: list[Container]) -> bool:
    return all((c.get("securityContext") or {}).get("privileged") is not True
               and (c.get("securityContext") or {}).get("allowPrivilegeEscalation") is False for c in containers)


def _host_namespaces(spec: PodSpec, containers: list[Container]) -> bool:
    return not any(spec.get(k) for k in ("hostNetwork", "hostPID", "hostIPC"))


def _requests(spec: PodSpec, containers: list[Container]) -> bool:
    return all({"cpu", "memory"} <= set((c.get("resources") or {}).get("requests") or {}) for c in containers)


def _memory_limits(spec: PodSpec, containers: list[Container]) -> bool:
    return all("memory" in ((c.get("resources") or {}).get("limits") or {}) for c in containers)


def _secrets_as_files(spec: PodSpec, containers: list[Container]) -> bool:
    return not any("secretKeyRef" in (e.get("valueFrom") or {}) for c in containers for e in c.get("env") or [])


def _no_cpu_limits(spec: PodSpec, containers: list[Container]) -> bool:
    return False  # the platform never sets CPU limits on its own: always recorded (PLATFORM_POLICY)


# Reasons the components give for their rendered upstream workloads, in shared words.
IMAGE_USER = (
    "runs as the non-root user its image defines (runAsNonRoot is enforced by the kubelet), not a UID above "
    "10000; the chart sets none and the platform keeps the image's user rather than guess one its files may not allow"
)
NO_MEMORY_LIMIT = (
    "upstream controller with the CPU and memory requests of its chart values; no memory limit until its "
    "peak use on a production cluster is measured, since a limit set too low OOM-kills the controller"
)
NO_PROBE = (
    "the chart defines no probe for this container and has no value to add one; the platform does not "
    "invent a health endpoint the upstream image does not document"
)
JOB = "a run-to-completion Job: liveness and readiness probes have no meaning for it"
CHART_FILESYSTEM = (
    "the chart sets no read-only root filesystem and the image's writable paths are not documented; "
    "a read-only root would break it at run time, where nothing here can test it"
)
NODE_AGENT = "node agent: "


RULES: tuple[Rule, ...] = (
    Rule("probes", "liveness and readiness probes on every container", ("CKV_K8S_8", "CKV_K8S_9"), _probes),
    Rule("service-account-token", "no service account token mounted (automountServiceAccountToken: false)",
         ("CKV_K8S_38",), _no_token),
    Rule("seccomp", "seccomp profile RuntimeDefault (pod and container security contexts set)",
         ("CKV_K8S_31", "CKV_K8S_29", "CKV_K8S_30"), _seccomp),
    Rule("non-root", "runAsNonRoot, not UID 0", ("CKV_K8S_23",), _non_root),
    Rule("high-uid", f"a UID above {HIGH_UID} (runAsUser)", ("CKV_K8S_40",), _high_uid),
    Rule("read-only-root-filesystem", "readOnlyRootFilesystem, writable paths as explicit volumes", ("CKV_K8S_22",), _read_only),
    Rule("capabilities", "every capability dropped, none added",
         ("CKV_K8S_25", "CKV_K8S_28", "CKV_K8S_37"), _capabilities),
    Rule("sys-admin", "no CAP_SYS_ADMIN", ("CKV_K8S_39",), _no_sys_admin),
    Rule("privileged", "not privileged, no privilege escalation", ("CKV_K8S_16", "CKV_K8S_20"), _unprivileged),
    Rule("host-namespaces", "no host network, PID or IPC namespace", ("CKV_K8S_17", "CKV_K8S_18", "CKV_K8S_19"),
         _host_namespaces),
    Rule("requests", "CPU and memory requests", ("CKV_K8S_10", "CKV_K8S_12"), _requests),
    Rule("memory-limits", "memory limits", ("CKV_K8S_13",), _memory_limits),
    Rule("cpu-limits", "CPU limits (platform policy: none, see PLATFORM_POLICY)", ("CKV_K8S_11",), _no_cpu_limits),
    Rule("secrets-as-files", "secrets mounted as files, not environment variables", ("CKV_K8S_35",), _secrets_as_files),
    Rule("image-digest", "images referenced by digest", ("CKV_K8S_43",)),
    Rule("image-pull-policy", "imagePullPolicy Always", ("CKV_K8S_15",)),
)
RBAC_RULE = Rule(
    "rbac", "RBAC without wildcards, escalate/bind/impersonate, webhook or CSR control, secrets or pod exec",
    ("CKV_K8S_49", "CKV_K8S_155", "CKV_K8S_156", "CKV_K8S_157", "CKV_K8S_158",
     "CKV2_K8S_1", "CKV2_K8S_2", "CKV2_K8S_3", "CKV2_K8S_4", "CKV2_K8S_5"),
)
"""On Roles, ClusterRoles and their bindings (checked by the scanner; exemptions name why)."""
ALL_RULES = (*RULES, RBAC_RULE)
RULE_NAMES = frozenset(r.name for r in ALL_RULES)

PLATFORM_POLICY: Mapping[str, str] = {
    "cpu-limits": (
        "platform policy: CPU requests on every container and no CPU limits. A CPU limit throttles a "
        "container in every CFS period even on an idle node; for inference servers that shows up as "
        "tail latency and for operators as slow reconciles. Requests give each container its share "
        "under contention and tenant ResourceQuotas cap the total (docs/security-posture.md)"
    ),
    "image-digest": (
        "platform policy: dist/ references image:tag@digest wherever upstream.lock.yaml pins a digest "
        "(python main.py pin-images resolves them online); images without one are pinned by tag in the "
        "lock and mirrored by tag (docs/security-posture.md)"
    ),
    "image-pull-policy": (
        "platform policy: IfNotPresent, so nodes of an air-gapped cluster start from the mirrored images "
        "and the pin (tag in the lock, digest where pinned) decides what runs, not a pull on every start"
    ),
}
"""Rules the platform decides not to follow everywhere, with the reason written on every workload."""


def policy_rule_applies(rule: str, obj: Mapping[str, Any]) -> bool:
    """Whether a platform-wide decision is in effect for this object (otherwise the rule holds)."""
    if rule == "image-digest":
        return any("@sha256:" not in c.get("image", "@sha256:") for c in containers_of(obj))
    if rule == "image-pull-policy":
        return any(c.get("imagePullPolicy") != "Always" for c in containers_of(obj))
    return True


def pod_spec_of(obj: Mapping[str, Any]) -> PodSpec | None:
    kind, spec = obj.get("kind"), obj.get("spec") or {}
    if kind not in WORKLOAD_KINDS or obj.get("apiVersion") not in ("v1", "apps/v1", "batch/v1"):
        return None
    if kind == "Pod":
        return dict(spec)
    if kind == "CronJob":
        return dict(spec["jobTemplate"]["spec"]["template"]["spec"])
    return dict(spec["template"]["spec"])


def containers_of(obj: Mapping[str, Any]) -> list[Container]:
    spec = pod_spec_of(obj)
    return [] if spec is None else [*spec.get("initContainers", []), *spec.get("containers", [])]


def exemptions_of(obj: Mapping[str, Any]) -> dict[str, str]:
    """Rule -> reason recorded on the object."""
    annotations = (obj.get("metadata") or {}).get("annotations") or {}
    return {k.removeprefix(EXEMPTION_PREFIX): v for k, v in annotations.items() if k.startswith(EXEMPTION_PREFIX)}


def exemption_annotations(reasons: Mapping[str, str]) -> dict[str, str]:
    """The annotations that record ``reasons`` (rule -> reason) on an object."""
    for rule, reason in reasons.items():
        check_reason(rule, reason)
    return {f"{EXEMPTION_PREFIX}{rule}": reason for rule, reason in sorted(reasons.items())}


def check_reason(rule: str, reason: str) -> None:
    if rule not in RULE_NAMES:
        raise PlatformError(f"posture exemption for unknown rule {rule!r}; rules: {sorted(RULE_NAMES)}")
    if len(reason.strip()) < 20:
        raise PlatformError(f"posture exemption {rule!r}: the reason must say why ({reason!r})")
    if "=" in reason:
        raise PlatformError(f"posture exemption {rule!r}: checkov splits its skip annotation at '=', avoid it in {reason!r}")


@dataclass(frozen=True)
class Finding:
    rule: str
    verdict: str
    """passed, failed or exempted."""
    reason: str = ""


def evaluate(obj: Mapping[str, Any]) -> list[Finding]:
    """Every rule with an own check, on one workload (empty for other objects)."""
    spec = pod_spec_of(obj)
    if spec is None:
        return []
    containers = [*spec.get("initContainers", []), *spec.get("containers", [])]
    recorded = exemptions_of(obj)
    findings = []
    for rule in RULES:
        if rule.holds is None:
            holds = not policy_rule_applies(rule.name, obj)
        else:
            holds = rule.holds(spec, containers)
        if holds:
            findings.append(Finding(rule.name, "passed"))
        elif rule.name in recorded:
            findings.append(Finding(rule.name, "exempted", recorded[rule.name]))
        else:
            findings.append(Finding(rule.name, "failed"))
    return findings


def with_platform_policy(obj: dict[str, Any]) -> dict[str, Any]:
    """Records the platform-wide decisions that are in effect for a workload (missing ones only)."""
    if pod_spec_of(obj) is None:
        return obj
    annotations = obj.setdefault("metadata", {}).setdefault("annotations", {})
    for rule, reason in PLATFORM_POLICY.items():
        if policy_rule_applies(rule, obj):
            annotations.setdefault(f"{EXEMPTION_PREFIX}{rule}", reason)
    return obj


def _skips(reasons: Mapping[str, str]) -> Iterator[str]:
    by_rule = {r.name: r for r in ALL_RULES}
    for rule, reason in sorted(reasons.items()):
        check_reason(rule, reason)
        for check in by_rule[rule].scanner_checks:
            yield f"{check}={reason}"


def scanner_annotations(obj: dict[str, Any]) -> dict[str, Any]:
    """The platform policy, then one ``checkov.io/skip<n>`` per scanner check of each recorded
    exemption, with the same reason (replacing any earlier ones: derived, never hand-written)."""
    obj = with_platform_policy(obj)
    reasons = exemptions_of(obj)
    meta = obj.get("metadata") or {}
    annotations = meta.get("annotations")
    if annotations is None:
        return obj
    stale = [k for k in annotations if k.startswith(SCANNER_SKIP_PREFIX)]
    for key in stale:
        del annotations[key]
    skips = {f"{SCANNER_SKIP_PREFIX}{n}": skip for n, skip in enumerate(_skips(reasons), start=1)}
    annotations.update(skips)
    if stale and not annotations:
        del meta["annotations"]
    template = _template_metadata(obj)
    if template is not None:
        # The scanner's graph checks look at the pod the template makes: the same skips there.
        own = template.get("annotations") or {}
        own = {k: v for k, v in own.items() if not k.startswith(SCANNER_SKIP_PREFIX)}
        own.update({k: v for k, v in skips.items() if v.split("=", 1)[0].startswith("CKV2_")})
        if own:
            template["annotations"] = own
        else:
            template.pop("annotations", None)
    return obj


def _template_metadata(obj: Mapping[str, Any]) -> dict[str, Any] | None:
    if pod_spec_of(obj) is None or obj.get("kind") == "Pod":
        return None
    spec = obj["spec"]["jobTemplate"]["spec"] if obj["kind"] == "CronJob" else obj["spec"]
    return spec["template"].setdefault("metadata", {})


def _pod_spec_ref(obj: dict[str, Any]) -> PodSpec | None:
    if pod_spec_of(obj) is None:
        return None
    if obj["kind"] == "Pod":
        return obj["spec"]
    if obj["kind"] == "CronJob":
        return obj["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    return obj["spec"]["template"]["spec"]


def api_identities(objects: list[dict[str, Any]]) -> dict[tuple[str, str], list[str]]:
    """(namespace, ServiceAccount) -> the Roles/ClusterRoles the profile binds to it."""
    bound: dict[tuple[str, str], list[str]] = {}
    for obj in objects:
        if obj.get("kind") not in ("RoleBinding", "ClusterRoleBinding"):
            continue
        role = f"{obj['roleRef']['kind']} {obj['roleRef']['name']}"
        for subject in obj.get("subjects") or []:
            if subject.get("kind") == "ServiceAccount":
                namespace = subject.get("namespace") or obj["metadata"].get("namespace", "")
                bound.setdefault((namespace, subject["name"]), []).append(role)
    return bound


def settle_defaults(obj: dict[str, Any], bound: Mapping[tuple[str, str], list[str]]) -> dict[str, Any]:
    """What every workload gets unless its part or chart says otherwise:

    - no service account token unless RBAC of the profile grants its ServiceAccount something
      (then the token stays and the reason names the bindings: it uses the API);
    - the RuntimeDefault seccomp profile where neither the pod nor its containers name one.
    """
    spec = _pod_spec_ref(obj)
    if spec is None:
        return obj
    meta = obj["metadata"]
    account = spec.get("serviceAccountName") or spec.get("serviceAccount") or "default"
    roles = bound.get((meta.get("namespace", ""), account))
    if roles and spec.get("automountServiceAccountToken") is not False:
        reason = (f"calls the Kubernetes API as ServiceAccount {account}, which this profile binds to "
                  f"{', '.join(sorted(set(roles)))}")
        meta.setdefault("annotations", {}).setdefault(f"{EXEMPTION_PREFIX}service-account-token", reason)
    elif spec.get("automountServiceAccountToken") is None:
        spec["automountServiceAccountToken"] = False
    containers = [*spec.get("initContainers", []), *spec.get("containers", [])]
    pod_context = spec.get("securityContext") or {}
    if "seccompProfile" not in pod_context and not all(
        "seccompProfile" in (c.get("securityContext") or {}) for c in containers
    ):
        spec.setdefault("securityContext", {})["seccompProfile"] = {"type": "RuntimeDefault"}
    return obj
