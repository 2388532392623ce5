"""Turns charts into files: one YAML file per object, a kustomization.yaml per folder."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import cdk8s
import yaml

from .errors import PlatformError
from .platform import BuiltPlatform

KUSTOMIZATION = "kustomization.yaml"


class _Dumper(yaml.SafeDumper):
    """Block style, keys in the order cdk8s emits them, multi-line strings as | blocks."""


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)


def dump_yaml(document: Any) -> str:
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, default_flow_style=False, width=120, allow_unicode=True)


def object_file_name(obj: dict[str, Any], per_namespace_folders: bool = False) -> str:
    """``<kind>-<name>.yaml`` (under ``<namespace>/`` if asked); sharing a file is an error."""
    name = f"{obj['kind'].lower()}-{obj['metadata']['name']}.yaml"
    namespace = obj["metadata"].get("namespace")
    return f"{namespace}/{name}" if per_namespace_folders and namespace else name


def _folder_files(folder: str, charts: Iterable[cdk8s.Chart], per_namespace_folders: bool = False) -> dict[str, str]:
    files: dict[str, str] = {}
    for chart in charts:
        for obj in chart.to_json():
            file_name = object_file_name(obj, per_namespace_folders)
            path = f"{folder}/{file_name}"
            if path in files:
                raise PlatformError(f"two objects would write {path}: {obj['kind']} {obj['metadata']['name']}")
            files[path] = dump_yaml(obj)
    resources = sorted(name[len(folder) + 1 :] for name in files)
    files[f"{folder}/{KUSTOMIZATION}"] = dump_yaml(
        {"apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization", "resources": resources}
    )
    return files


def render_platform(built: BuiltPlatform) -> dict[str, str]:
    """Relative path (inside dist/<profile>/) -> file content."""
    files: dict[str, str] = {}
    for part in built.parts:
        if part.api_objects:
            files.update(_folder_files(part.part_name, [part], part.per_namespace_folders))
    for folder, charts in built.gitops.items():
        files.update(_folder_files(folder, charts))
    return dict(sorted(files.items()))
