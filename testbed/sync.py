"""Applying a profile's hydrated ``dist/`` to a test-bed control plane, as a GitOps sync
would (shared by the API server tests and the simulated cluster).

Order: CRDs (the platform's, then the pinned CRDs of what it does not install: the GitOps
tools' own); bootstrap namespaces; the platform's namespaces; everything else (dry run, then
for real, then optionally once more to record what a second apply changes); webhook
configurations last, since their backends cannot run here and nothing they intercept is
written after them. They are then removed again so that only the API server's own
admission (and the platform's ValidatingAdmissionPolicies) stays live."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from typing import Any

from ai_platform.kubeclient import ApiError, KubeClient
from ai_platform.upstream import UpstreamCache, lock
from ai_platform.validation.crd_schema import crd_documents

BOOTSTRAP_NAMESPACES = ("argocd", "flux-system")
"""Namespaces the GitOps tools themselves live in: installed before the platform is synced."""

WEBHOOK_KINDS = ("ValidatingWebhookConfiguration", "MutatingWebhookConfiguration")

Key = tuple[str, str, "str | None", str]


def install_crds(client: KubeClient, cache: UpstreamCache, docs: Iterable[Any]) -> int:
    """The CRDs of dist/ (what the platform installs), then the pinned CRDs of what it does
    not install (the GitOps tools' own: Argo CD, Flux)."""
    crds = [d.obj for d in docs if d.kind == "CustomResourceDefinition"]
    owned = {c["metadata"]["name"] for c in crds}
    for pinned in lock().all_files():
        if pinned.role == "crd":
            crds.extend(c for c in crd_documents(cache.cached(pinned)) if c["metadata"]["name"] not in owned)
    for crd in crds:
        client.apply(crd)
    client.wait_established([c["metadata"]["name"] for c in crds])
    return len(crds)


def ordered(docs: Sequence[Any]) -> tuple[list[Any], list[Any], list[Any]]:
    """Namespaces; then everything but CRDs (installed first) and webhook configurations."""
    namespaces = [d for d in docs if d.kind == "Namespace"]
    webhooks = [d for d in docs if d.kind in WEBHOOK_KINDS]
    others = [d for d in docs if d.kind not in ("Namespace", "CustomResourceDefinition", *WEBHOOK_KINDS)]
    return namespaces, others, webhooks


def key(doc: Any) -> Key:
    return (doc.api_version, doc.kind, doc.namespace, doc.name)


def content(obj: dict[str, Any]) -> dict[str, Any]:
    """An object without the bookkeeping the server may rewrite on any write, and without
    the status that the server's own controllers write (e.g. an APIService's availability)."""
    obj = copy.deepcopy(obj)
    obj["metadata"].pop("resourceVersion", None)
    obj.pop("status", None)
    obj["metadata"]["managedFields"] = [
        {k: v for k, v in entry.items() if k != "time"}
        for entry in obj["metadata"].get("managedFields", [])
        if entry.get("subresource") != "status"
    ]
    return obj


def apply_all(client: KubeClient, docs: Sequence[Any], rejected: list[str], applied: dict[Key, Any]) -> None:
    """A dry run of every object, then (when none is rejected) the real apply."""
    for doc in docs:
        try:
            client.apply(doc.obj, dry_run=True)
        except ApiError as exc:
            rejected.append(f"dry run {doc.where()}: {exc}")
    if rejected:
        return
    for doc in docs:
        try:
            applied[key(doc)] = client.apply(doc.obj)
        except ApiError as exc:
            rejected.append(f"apply {doc.where()}: {exc}")


def reapply(client: KubeClient, docs: Sequence[Any], applied: dict[Key, Any]) -> list[str]:
    """What a second apply changes: content, generation or field managers."""
    changed = []
    for doc in docs:
        before = applied[key(doc)]
        after = client.apply(doc.obj)
        managers = {e["manager"] for e in after["metadata"].get("managedFields", []) if e.get("subresource") != "status"}
        if content(after) != content(before) or managers != {"ai-platform"}:
            changed.append(f"{doc.where()}: managers {sorted(managers)}")
    return changed


def sync(client: KubeClient, cache: UpstreamCache, docs: Sequence[Any], check_reapply: bool = True,
         apply_webhooks: bool = True) -> dict[str, Any]:
    """Applies ``docs`` in the order above; returns what happened: ``crds`` (count),
    ``rejected`` and ``changed`` (messages), ``applied`` (server objects by key), ``webhooks``.
    Without ``apply_webhooks`` the webhook configurations are not applied at all (the simulated
    cluster applies them itself, pointed at the operators it runs on the host)."""
    crds = install_crds(client, cache, docs)
    for name in BOOTSTRAP_NAMESPACES:
        client.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}})
    namespaces, others, webhooks = ordered(docs)
    rejected: list[str] = []
    applied: dict[Key, Any] = {}
    for doc in namespaces:
        applied[key(doc)] = client.apply(doc.obj)
    apply_all(client, others, rejected, applied)
    changed = reapply(client, others, applied) if check_reapply and not rejected else []
    if not rejected and apply_webhooks:
        apply_all(client, webhooks, rejected, applied)
        changed += reapply(client, webhooks, applied) if check_reapply and not rejected else []
        for doc in webhooks:
            client.delete(doc.obj)
    return {"crds": crds, "rejected": rejected, "applied": applied, "changed": changed, "webhooks": len(webhooks)}
