"""The requirement catalogue, read from the official checklist templates.

The templates are pinned in upstream.lock.yaml (component ``cncf-ai-conformance``) and read
from the verified cache; ids, categories, levels and descriptions are never retyped here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

import yaml

from ..errors import PlatformError
from ..upstream import UpstreamCache, lock

CHECKLIST_COMPONENT = "cncf-ai-conformance"
_VERSION_IN_NAME = re.compile(r"AIConformance-(\d+\.\d+)\.yaml$")


@dataclass(frozen=True)
class Requirement:
    id: str
    category: str
    level: str
    description: str


@dataclass(frozen=True)
class Checklist:
    version: str
    """Kubernetes minor version, e.g. '1.34'."""
    template: dict[str, Any]
    """The template as published (metadata placeholders, spec by category)."""
    source_url: str

    @property
    def requirements(self) -> list[Requirement]:
        return [
            Requirement(item["id"], category, item["level"], item["description"])
            for category, items in self.template["spec"].items()
            for item in items
        ]

    @property
    def ids(self) -> list[str]:
        return [r.id for r in self.requirements]

    def requirement(self, requirement_id: str) -> Requirement:
        for requirement in self.requirements:
            if requirement.id == requirement_id:
                return requirement
        raise KeyError(requirement_id)


def _pinned_checklists() -> dict[str, Any]:
    files = {}
    for pinned in lock().component(CHECKLIST_COMPONENT).files:
        match = _VERSION_IN_NAME.search(pinned.url)
        if match:
            files[match.group(1)] = pinned
    return files


def available_versions() -> list[str]:
    return sorted(_pinned_checklists(), key=lambda v: tuple(int(p) for p in v.split(".")))


@functools.cache
def checklist(version: str, cache_root: str | None = None) -> Checklist:
    pinned = _pinned_checklists().get(version)
    if pinned is None:
        raise PlatformError(f"no official checklist for Kubernetes {version}; available: {', '.join(available_versions())}")
    cache = UpstreamCache() if cache_root is None else UpstreamCache(__import__("pathlib").Path(cache_root))
    template = yaml.safe_load(cache.cached(pinned).read_text(encoding="utf-8"))
    return Checklist(version=version, template=template, source_url=pinned.url)


def all_requirement_ids() -> set[str]:
    return {rid for version in available_versions() for rid in checklist(version).ids}
