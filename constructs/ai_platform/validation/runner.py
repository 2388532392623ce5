"""Validates every object of every profile in ``dist/`` and reports what is wrong where."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from ..conventions import CLUSTERS_DIR, REPO_ROOT
from ..images import images_of
from ..kinds import is_builtin
from ..profiles import load_profile, profile_path
from ..upstream import UpstreamCache, lock
from .builtin import validate_builtin
from .crd_schema import CrdIndex, validate_custom
from .documents import Document, load_documents
from .hygiene import duplicate_identities, object_problems


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    objects: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        counts = ", ".join(f"{name}: {n}" for name, n in sorted(self.objects.items()))
        verdict = "all valid" if self.ok else f"{len(self.problems)} problem(s)"
        return f"validated {sum(self.objects.values())} objects ({counts}): {verdict}"


@functools.cache
def pinned_crd_index() -> CrdIndex:
    """Every pinned CRD, read from the verified cache (``python main.py fetch`` fills it)."""
    cache = UpstreamCache()
    return CrdIndex(cache.cached(f) for f in lock().all_files() if f.role == "crd")


def pinned_images() -> frozenset[str]:
    """The lock's images as dist/ must reference them: ``<image>:<tag>``, or
    ``<image>:<tag>@<digest>`` where the lock pins a digest."""
    return frozenset(image for component in lock().components.values() for image in component.images.values())


def image_problem(image: str, pinned: frozenset[str]) -> str | None:
    if image in pinned:
        return None
    if any(pin.startswith(image + "@") for pin in pinned):
        return f"image {image} is referenced by tag, but upstream.lock.yaml pins its digest (run synth)"
    return f"image {image} is not pinned in upstream.lock.yaml"


def validate_documents(docs: list[Document], kubernetes_version: str, index: CrdIndex, root: Path) -> list[str]:
    """Schemas, hygiene and image pins of every object; CRDs among ``docs`` serve their kinds."""
    crds = [d.obj for d in docs if d.kind == "CustomResourceDefinition"]
    if crds:
        index = CrdIndex(index.paths, crds)
    pinned = pinned_images()
    problems: list[str] = []
    for doc in docs:
        if is_builtin(doc.api_version):
            found = validate_builtin(doc, kubernetes_version)
            scope = None
        else:
            found = validate_custom(doc, index)
            crd = index.lookup(doc.api_version, doc.kind)
            scope = crd.namespaced if crd is not None else True
        found += object_problems(doc, scope)
        found += [p for p in (image_problem(image, pinned) for image in images_of(doc.obj)) if p]
        problems.extend(f"{doc.where(root)}: {p}" for p in found)
    problems.extend(f"{root}: {p}" for p in duplicate_identities(docs))
    return problems


def validate_dist(dist_dir: Path, profiles: list[str] | None = None, clusters_dir: Path = CLUSTERS_DIR) -> Report:
    names = profiles or sorted(p.name for p in dist_dir.iterdir() if p.is_dir() and not p.name.startswith("."))
    report = Report()
    index = pinned_crd_index()
    shown_root = REPO_ROOT if dist_dir.resolve().is_relative_to(REPO_ROOT) else dist_dir.parent
    for name in names:
        profile = load_profile(profile_path(name, clusters_dir))
        docs = load_documents(dist_dir / name)
        report.objects[name] = len(docs)
        report.problems.extend(validate_documents(docs, profile.kubernetes.patch_version, index, shown_root))
    return report
