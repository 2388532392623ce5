"""Custom resources, checked against the ``openAPIV3Schema`` of the pinned CRD version.

The structural schema is turned into JSON Schema with Kubernetes' pruning semantics:
an object that declares ``properties`` rejects any other field unless it preserves
unknown fields; ``x-kubernetes-int-or-string`` accepts either type; ``nullable`` allows
null. Required fields, enums, patterns, bounds and the int32/int64 formats are checked.
CEL rules (``x-kubernetes-validations``) need a real API server (see the test bed).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema

from .documents import Document, field_path, yaml_documents

INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
OBJECT_META_FIELDS = frozenset(
    {"name", "namespace", "labels", "annotations", "finalizers", "generateName", "ownerReferences"}
)

_formats = jsonschema.FormatChecker()


def crd_documents(path: Path) -> list[dict[str, Any]]:
    return yaml_documents(path.read_text(encoding="utf-8"))


@_formats.checks("int32")
def _is_int32(value: object) -> bool:
    return not isinstance(value, int) or INT32[0] <= value <= INT32[1]


@_formats.checks("int64")
def _is_int64(value: object) -> bool:
    return not isinstance(value, int) or INT64[0] <= value <= INT64[1]


def to_json_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """A copy of a structural OpenAPI v3 schema with Kubernetes pruning made explicit."""
    out = copy.deepcopy(schema)
    _convert(out)
    return out


def _convert(node: Any) -> None:
    if not isinstance(node, dict):
        return
    for key in ("x-kubernetes-validations", "description", "example"):
        node.pop(key, None)
    if node.pop("x-kubernetes-int-or-string", False):
        node.pop("type", None)
        node["anyOf"] = [{"type": "integer"}, {"type": "string"}]
        node.pop("allOf", None)
    if node.pop("nullable", False) and "type" in node:
        node["type"] = [node["type"], "null"]
    preserve = node.pop("x-kubernetes-preserve-unknown-fields", False)
    embedded = node.pop("x-kubernetes-embedded-resource", False)
    node.pop("x-kubernetes-list-type", None)
    node.pop("x-kubernetes-list-map-keys", None)
    node.pop("x-kubernetes-map-type", None)
    if embedded:
        props = node.setdefault("properties", {})
        for field in ("apiVersion", "kind"):
            props.setdefault(field, {"type": "string"})
        props.setdefault("metadata", {"type": "object"})
    if "properties" in node and "additionalProperties" not in node and not preserve:
        node["additionalProperties"] = False
    for key in ("properties", "patternProperties"):
        for child in node.get(key, {}).values():
            _convert(child)
    for key in ("items", "additionalProperties", "not"):
        if isinstance(node.get(key), dict):
            _convert(node[key])
    for key in ("allOf", "anyOf", "oneOf"):
        for child in node.get(key, []) or []:
            _convert(child)


@dataclass(frozen=True)
class CrdVersion:
    group: str
    version: str
    kind: str
    namespaced: bool
    served: bool
    deprecated: bool
    validator: jsonschema.Draft7Validator


def crd_versions(path: Path) -> list[CrdVersion]:
    return versions_of(crd_documents(path))


def versions_of(docs: Iterable[dict[str, Any]]) -> list[CrdVersion]:
    versions: list[CrdVersion] = []
    for doc in docs:
        if doc.get("kind") != "CustomResourceDefinition":
            continue
        spec = doc["spec"]
        for version in spec["versions"]:
            raw = (version.get("schema") or {}).get("openAPIV3Schema") or {"type": "object"}
            schema = to_json_schema(raw)
            # metadata is ObjectMeta, checked by validate_custom, not by the CRD's schema.
            schema.setdefault("properties", {})["metadata"] = {"type": "object"}
            versions.append(
                CrdVersion(
                    group=spec["group"],
                    version=version["name"],
                    kind=spec["names"]["kind"],
                    namespaced=spec["scope"] == "Namespaced",
                    served=bool(version.get("served", False)),
                    deprecated=bool(version.get("deprecated", False)),
                    validator=jsonschema.Draft7Validator(schema, format_checker=_formats),
                )
            )
    return versions


class CrdIndex:
    """Schemas of the pinned CRDs, keyed by (apiVersion, kind).

    A CRD file is parsed only when an object of its API group is looked up: the pinned
    CRDs total ~15 MB of YAML and most runs need a few groups.
    """

    def __init__(self, paths: Iterable[Path], crds: Iterable[dict[str, Any]] = ()) -> None:
        """``crds``: CRD objects (e.g. rendered into dist/) that take precedence over the files."""
        self.paths = tuple(paths)
        self._unparsed = list(self.paths)
        self._by_key: dict[tuple[str, str], CrdVersion] = {}
        self._loaded_groups: set[str] = set()
        self._given: dict[tuple[str, str], CrdVersion] = {
            (f"{v.group}/{v.version}", v.kind): v for v in versions_of(crds)
        }

    def _load_group(self, group: str) -> None:
        if group in self._loaded_groups:
            return
        self._loaded_groups.add(group)
        marker = f"group: {group}\n"
        for path in list(self._unparsed):
            if marker in path.read_text(encoding="utf-8"):
                self._unparsed.remove(path)
                for v in crd_versions(path):
                    self._by_key[(f"{v.group}/{v.version}", v.kind)] = v

    def lookup(self, api_version: str, kind: str) -> CrdVersion | None:
        if (api_version, kind) in self._given:
            return self._given[(api_version, kind)]
        self._load_group(api_version.rsplit("/", 1)[0])
        return self._by_key.get((api_version, kind))


def validate_custom(doc: Document, index: CrdIndex) -> list[str]:
    crd = index.lookup(doc.api_version, doc.kind)
    if crd is None:
        return [f"no pinned CRD serves {doc.api_version} {doc.kind}"]
    problems = []
    if not crd.served:
        problems.append(f"{doc.api_version} is not served by the pinned {doc.kind} CRD")
    if crd.deprecated:
        problems.append(f"{doc.api_version} {doc.kind} is deprecated in the pinned CRD")
    unknown_meta = sorted(set(doc.obj.get("metadata", {})) - OBJECT_META_FIELDS)
    if unknown_meta:
        problems.append(f"metadata: unknown fields {unknown_meta}")
    for error in sorted(crd.validator.iter_errors(doc.obj), key=lambda e: list(map(str, e.absolute_path))):
        problems.append(f"{field_path(error.absolute_path)}: {error.message}")
    return problems
