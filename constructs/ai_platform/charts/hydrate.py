"""Hydration: every upstream install of a profile rendered into plain objects, post-rendered
and split into deploy units, so that ``dist/<profile>/`` holds the whole platform.

Post-render steps, the same for every install and nothing else:

1. ``Namespace`` objects are dropped (the platform's namespaces unit owns every namespace), and so are
   Helm hooks that run only on uninstall (``pre-delete``/``post-delete``).
2. Namespaced objects without a namespace get the install's namespace (``helm template``
   leaves it to ``helm install``); the scope comes from the built-in kinds and the CRDs
   the platform installs.
3. Missing recommended labels are added (``app.kubernetes.io/name`` = release name,
   ``part-of`` = ai-platform, ``managed-by`` = the rendering tool); existing ones stay.
4. Workloads the component names as ``restricted_pods`` (the chart has no value for a security
   context, the namespace enforces Pod Security ``restricted``) get the restricted settings
   they lack; containers named in ``container_requests`` (no chart value reaches them) get
   those requests where they have none.
5. Workloads the component exempts from the restricted security context get the exemption
   annotation with its reason; an exemption that matches no rendered object is an error (so
   reasons never outlive their objects). The component's posture reasons (``POSTURE``) and
   settled fields (``SETTLED``) are applied to the rendered objects they name (a profile may
   leave a chart's optional workloads out).

CRDs of an install go to a unit ``<release>-crds`` of the CRDS stage, the rest to the unit
``<release>``; Helm hooks stay as rendered (see docs/architecture.md for what Argo CD and
Flux do with them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..components.base import Component, Install, InstallKind
from ..conventions import MANAGED_BY_LABEL, NAME_LABEL, PART_OF, PART_OF_LABEL, SECURITY_EXEMPTION_ANNOTATION, UPSTREAM_FIX_ANNOTATION, Stage
from ..errors import PlatformError
from ..kinds import is_builtin
from ..posture import exemption_annotations
from ..profile import Profile
from ..requirement import Requirement
from ..upstream import UpstreamCache, lock
from ..validation.crd_schema import crd_documents
from ..validation.hygiene import CLUSTER_SCOPED_BUILTINS, pod_specs
from .rendering import HelmRender, KustomizeRender, Renderer

CRD = "CustomResourceDefinition"


@dataclass(frozen=True)
class RenderedUnit:
    """A folder of dist/<profile>/ holding rendered upstream objects."""

    name: str
    stage: Stage
    objects: tuple[dict[str, Any], ...]
    source: Install
    crds: bool
    """This unit holds the CRDs of ``source`` (their one owner; never pruned)."""
    requirements: frozenset[Requirement] = frozenset()
    """Conformance requirements the install serves (its own, else its component's)."""


def kubernetes_version(profile: Profile) -> str:
    """The patch version charts are rendered for: the lock's for its minor, else x.y.0."""
    pinned = lock().component("kubernetes").version.removeprefix("v")
    return pinned if pinned.rsplit(".", 1)[0] == profile.kubernetes.version else f"{profile.kubernetes.version}.0"


AGGREGATED_API_VERSIONS = ("apiextensions.k8s.io/v1", "apiregistration.k8s.io/v1")
"""Served by every supported API server, but not in Helm's built-in list (client-go's scheme)."""


def _crd_api_versions(crds: Iterable[Mapping[str, Any]]) -> set[str]:
    versions = set()
    for crd in crds:
        spec = crd["spec"]
        for version in spec["versions"]:
            if version.get("served", True):
                versions.add(f"{spec['group']}/{version['name']}")
                versions.add(f"{spec['group']}/{version['name']}/{spec['names']['kind']}")
    return versions


def _scopes(crds: Iterable[Mapping[str, Any]]) -> dict[tuple[str, str], bool]:
    return {(c["spec"]["group"], c["spec"]["names"]["kind"]): c["spec"]["scope"] == "Namespaced" for c in crds}


def namespaced(obj: Mapping[str, Any], scopes: Mapping[tuple[str, str], bool]) -> bool:
    api_version, kind = obj["apiVersion"], obj["kind"]
    if is_builtin(api_version):
        return kind not in CLUSTER_SCOPED_BUILTINS
    group = api_version.rsplit("/", 1)[0]
    try:
        return scopes[(group, kind)]
    except KeyError:
        raise PlatformError(f"{api_version} {kind} {obj['metadata'].get('name')}: no CRD the platform installs defines it") from None


UNINSTALL_HOOKS = frozenset({"pre-delete", "post-delete"})
HOOK_ANNOTATION = "helm.sh/hook"


def uninstall_hook(obj: Mapping[str, Any]) -> bool:
    """A Helm hook that runs only when the release is deleted: GitOps has no such moment
    (Argo CD never runs it; Flux would apply it, and run the cleanup, at once)."""
    value = ((obj.get("metadata") or {}).get("annotations") or {}).get(HOOK_ANNOTATION)
    if not value:
        return False
    types = {t.strip() for t in value.split(",")}
    return types <= UNINSTALL_HOOKS


def _identity(obj: Mapping[str, Any]) -> str:
    return f"{obj['kind']}/{obj['metadata']['name']}"


def post_render(objects: Sequence[dict[str, Any]], install: Install, scopes: Mapping[tuple[str, str], bool]) -> list[dict[str, Any]]:
    namespace = install.namespace
    tool = install.kind.value
    exemptions = dict(install.security_exemptions)
    dropped_crds = set(install.crds_owned_elsewhere)
    restricted = set(install.restricted_pods)
    container_requests = dict(install.container_requests)
    # The component's posture reasons and settled fields: only for objects this render has (a
    # profile may leave a chart's optional workloads out).
    rendered = {_identity(o) for o in objects if o.get("metadata")}
    release = install.release or install.component
    posture = {identity.format(release=release): dict(rules) for identity, rules in install.posture.items()}
    posture = {identity: rules for identity, rules in posture.items() if identity in rendered}
    settings = {identity: dict(wanted) for identity, wanted in install.settled.items() if identity in rendered}
    fixes = {fix.identity.format(release=release): fix for fix in install.upstream_fixes}
    out = []
    for original in objects:
        if original.get("kind") == "Namespace" or uninstall_hook(original):
            continue
        if original.get("kind") == CRD and original["metadata"]["name"] in dropped_crds:
            dropped_crds.discard(original["metadata"]["name"])
            continue
        obj = json.loads(json.dumps(original))
        meta = obj.setdefault("metadata", {})
        if namespaced(obj, scopes):
            if not meta.get("namespace"):
                if namespace is None:
                    raise PlatformError(f"{_identity(obj)} of {install.component}: namespaced, but the install has no namespace")
                meta["namespace"] = namespace
        else:
            meta.pop("namespace", None)
        labels = meta.setdefault("labels", {})
        labels.setdefault(NAME_LABEL, install.release or install.component)
        labels.setdefault(PART_OF_LABEL, PART_OF)
        labels.setdefault(MANAGED_BY_LABEL, tool)
        if _identity(obj) in restricted:
            restricted.discard(_identity(obj))
            restrict(obj)
        for container in _pod_containers(obj):
            wanted = container_requests.pop(f"{_identity(obj)}/{container['name']}", None)
            if wanted is not None:
                container.setdefault("resources", {}).setdefault("requests", dict(wanted))
        wanted_settings = settings.pop(_identity(obj), None)
        if wanted_settings is not None:
            settle(obj, wanted_settings)
        reasons = posture.pop(_identity(obj), None)
        if reasons is not None:
            meta.setdefault("annotations", {}).update(exemption_annotations(reasons))
        reason = exemptions.pop(_identity(obj), None)
        if reason is not None:
            meta.setdefault("annotations", {})[SECURITY_EXEMPTION_ANNOTATION] = reason
        fix = fixes.pop(_identity(obj), None)
        if fix is not None:
            fix.correct(obj, objects, meta.get("namespace") or namespace or "")
            meta.setdefault("annotations", {})[UPSTREAM_FIX_ANNOTATION] = f"{fix.upstream}: {fix.what}"
        out.append(obj)
    stale = {
        "security exemptions": sorted(exemptions),
        "CRDs owned elsewhere": sorted(dropped_crds),
        "restricted pods": sorted(restricted),
        "container requests": sorted(container_requests),
        "upstream fixes": sorted(fixes),
    }
    stale = {what: names for what, names in stale.items() if names}
    if stale:
        raise PlatformError(f"{install.component}: the render does not contain the objects named in {stale}")
    return out


def _pod_containers(obj: dict[str, Any]) -> list[dict[str, Any]]:
    for _, spec in pod_specs(obj):
        return [*spec.get("initContainers", []), *spec.get("containers", [])]
    return []


def restrict(obj: dict[str, Any]) -> None:
    """The restricted Pod Security settings on a workload's pod template (missing ones only)."""
    spec = obj["spec"]["template"]["spec"]
    pod = spec.setdefault("securityContext", {})
    pod.setdefault("runAsNonRoot", True)
    pod.setdefault("seccompProfile", {"type": "RuntimeDefault"})
    for container in [*spec.get("initContainers", []), *spec["containers"]]:
        context = container.setdefault("securityContext", {})
        context.setdefault("allowPrivilegeEscalation", False)
        context.setdefault("capabilities", {}).setdefault("drop", ["ALL"])


def settle(obj: dict[str, Any], wanted: Mapping[str, Any]) -> None:
    """Pod spec fields the chart has no value for: ``automountServiceAccountToken`` and the
    pod ``securityContext`` keys are set where missing; ``containerSecurityContext`` keys on
    every container (init containers too) where missing."""
    spec = obj["spec"]["template"]["spec"]
    for key, value in wanted.items():
        if key == "containerSecurityContext":
            for container in [*spec.get("initContainers", []), *spec["containers"]]:
                context = container.setdefault("securityContext", {})
                for name, setting in value.items():
                    context.setdefault(name, json.loads(json.dumps(setting)))
        elif key == "securityContext":
            pod = spec.setdefault("securityContext", {})
            for name, setting in value.items():
                pod.setdefault(name, json.loads(json.dumps(setting)))
        elif key == "automountServiceAccountToken":
            spec.setdefault(key, value)
        else:
            raise PlatformError(f"posture setting {key!r} is not supported on {_identity(obj)}")


def _manifest_objects(component: str, cache: UpstreamCache) -> list[dict[str, Any]]:
    manifests = lock().component(component).manifests
    if manifests is None:
        raise PlatformError(f"upstream.lock.yaml: component {component!r} has no manifests folder")
    objects: list[dict[str, Any]] = []
    for pinned in lock().component(component).files:
        if manifests.contains(pinned):
            objects.extend(doc for doc in crd_documents(cache.ensure(pinned)) if doc)
    if not objects:
        raise PlatformError(f"upstream.lock.yaml: component {component!r} pins no file under {manifests.path}")
    return objects


def _render(install: Install, renderer: Renderer, kube_version: str, api_versions: tuple[str, ...]) -> list[dict[str, Any]]:
    if install.kind is InstallKind.HELM:
        assert install.namespace is not None
        return renderer.helm(
            HelmRender(install.component, install.release, install.namespace, install.config, kube_version, api_versions)
        )
    if install.kind is InstallKind.KUSTOMIZE:
        assert install.namespace is not None
        return renderer.kustomize(KustomizeRender(install.component, install.namespace, install.config))
    return renderer.manifests(install.component, lambda: _manifest_objects(install.component, renderer.cache))


def installs_of(components: Iterable[Component]) -> list[tuple[Component, Install]]:
    return [(component, install) for component in components for install in component.installs]


def hydrate(components: Sequence[Component], profile: Profile, renderer: Renderer | None = None) -> list[RenderedUnit]:
    """Every install of the components, rendered for the profile's Kubernetes version with the API
    versions of every CRD the platform installs (a second pass adds the CRDs the first found).
    The scope of a custom kind comes from the same CRDs: a kind no install defines is an error."""
    renderer = renderer or Renderer()
    kube_version = kubernetes_version(profile)
    installs = installs_of(components)
    api_versions: set[str] = set(AGGREGATED_API_VERSIONS)
    raw: list[list[dict[str, Any]]] = []
    for _ in range(3):
        raw = [_render(i, renderer, kube_version, tuple(sorted(api_versions))) for _, i in installs]
        rendered_crds = [o for objects in raw for o in objects if o.get("kind") == CRD]
        found = _crd_api_versions(rendered_crds)
        if found <= api_versions:
            break
        api_versions |= found
    else:
        raise PlatformError("the API versions of the rendered CRDs did not settle after three renders")
    scopes = _scopes(rendered_crds)
    units: list[RenderedUnit] = []
    folders = {c.NAME for c in components if c.api_objects}
    for (component, install), objects in zip(installs, raw):
        served = component.requirements_of(install)
        done = post_render(objects, install, scopes)
        crds = tuple(o for o in done if o["kind"] == CRD)
        rest = tuple(o for o in done if o["kind"] != CRD)
        name = install.unit
        if install.kind is InstallKind.MANIFESTS:
            units.append(RenderedUnit(name, install.stage, tuple(done), install, crds=bool(crds), requirements=served))
            continue
        if crds:
            units.append(RenderedUnit(f"{name}-crds", Stage.CRDS, crds, install, crds=True, requirements=served))
        if rest:
            units.append(RenderedUnit(name, install.stage, rest, install, crds=False, requirements=served))
    owners: dict[str, str] = {}
    for unit in units:
        for obj in unit.objects:
            if obj["kind"] == CRD:
                name = obj["metadata"]["name"]
                if name in owners:
                    raise PlatformError(f"CRD {name} is rendered by both {owners[name]} and {unit.name}: give it one owner")
                owners[name] = unit.name
    names = [u.name for u in units]
    clashes = sorted({n for n in names if names.count(n) > 1 or n in folders})
    if clashes:
        raise PlatformError(f"rendered units would share a folder with another unit or a component's own objects: {clashes}")
    return units
