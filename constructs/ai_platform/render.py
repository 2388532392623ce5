"""Turns charts into files: one YAML file per object, a kustomization.yaml per folder."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import cdk8s
import yaml

from .conventions import CACHE_DIR
from .errors import PlatformError
from .images import image_inventory, with_digests
from .platform import BuiltPlatform
from .posture import api_identities, scanner_annotations, settle_defaults
from .upstream import lock

KUSTOMIZATION = "kustomization.yaml"
IMAGE_INVENTORY = "images.txt"


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Block style, keys in the order cdk8s emits them, multi-line strings as | blocks
    (libyaml's emitter when available: rendered CRDs are megabytes of YAML)."""


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


def _object_folder(folder: str, objects: Iterable[dict[str, Any]], per_namespace_folders: bool = False) -> dict[str, str]:
    files: dict[str, str] = {}
    for obj in objects:
        path = f"{folder}/{object_file_name(obj, per_namespace_folders)}"
        if path in files:
            raise PlatformError(f"two objects would write {path}: {obj['kind']} {obj['metadata']['name']}")
        files[path] = dump_yaml(obj)
    resources = sorted(name[len(folder) + 1 :] for name in files)
    files[f"{folder}/{KUSTOMIZATION}"] = dump_yaml(
        {"apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization", "resources": resources}
    )
    return files


DUMP_CACHE = CACHE_DIR / "render" / "files"
_CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
"""The dump cache is keyed by this module's code too (the dumper and file naming live here)."""


def _cached_object_folder(folder: str, objects: Sequence[dict[str, Any]]) -> dict[str, str]:
    """``_object_folder`` for large rendered folders, cached by the objects' content (the YAML
    emitter is the slow part of a synth that renders nothing)."""
    digest = hashlib.sha256(json.dumps([folder, yaml.__version__, _CODE, objects]).encode()).hexdigest()[:24]
    path = DUMP_CACHE / f"{digest}.json"
    if path.is_file():
        return dict(json.loads(path.read_text(encoding="utf-8")))
    files = _object_folder(folder, objects)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps(files), encoding="utf-8")
    partial.replace(path)
    return files


def _chart_objects(charts: Iterable[cdk8s.Chart]) -> list[dict[str, Any]]:
    return [obj for chart in charts for obj in chart.to_json()]


def finish(objects: list[dict[str, Any]], bound: dict[tuple[str, str], list[str]]) -> list[dict[str, Any]]:
    """The last step of every deployed object: images by digest where the lock pins one, the
    posture defaults (token only for API clients, RuntimeDefault seccomp) and the scanner's
    skip annotations for each posture exemption the object records (posture.py)."""
    digests = lock().image_digests()
    return [scanner_annotations(settle_defaults(with_digests(obj, digests), bound)) for obj in objects]


def unit_files(built: BuiltPlatform, unit: str) -> list[str]:
    """The object files of one unit of dist/<profile>/ (paths inside it), as render writes them."""
    for component in built.components:
        if component.NAME == unit and component.api_objects:
            return sorted(f"{unit}/{object_file_name(o, component.PER_NAMESPACE_FOLDERS)}" for o in component.to_json())
    for rendered in built.rendered:
        if rendered.name == unit:
            return sorted(f"{unit}/{object_file_name(o)}" for o in rendered.objects)
    return []


def deployed_objects(built: BuiltPlatform) -> list[tuple[str, bool, list[dict[str, Any]]]]:
    """(folder, per-namespace folders, finished objects) of every unit the platform deploys: the
    components' own objects and the rendered installs, as ``dist/`` holds them (GitOps folders
    not included)."""
    own = [(component, _chart_objects([component])) for component in built.components if component.api_objects]
    bound = api_identities([o for _, objects in own for o in objects] + [o for u in built.rendered for o in u.objects])
    folders = [(component.NAME, component.PER_NAMESPACE_FOLDERS, finish(objects, bound)) for component, objects in own]
    folders += [(unit.name, False, finish(json.loads(json.dumps(unit.objects)), bound)) for unit in built.rendered]
    return folders


def render_platform(built: BuiltPlatform) -> dict[str, str]:
    """Relative path (inside dist/<profile>/) -> file content."""
    files: dict[str, str] = {}
    deployed: list[dict[str, Any]] = []
    rendered = {unit.name for unit in built.rendered}
    for folder, per_namespace, objects in deployed_objects(built):
        deployed.extend(objects)
        files.update(_cached_object_folder(folder, objects) if folder in rendered else _object_folder(folder, objects, per_namespace))
    for folder, charts in built.gitops.items():
        files.update(_object_folder(folder, _chart_objects(charts)))
    files[IMAGE_INVENTORY] = image_inventory(deployed)
    return dict(sorted(files.items()))
