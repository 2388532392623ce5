"""Built-in Kubernetes kinds, checked against kubernetes-validate's strict schemas.

kubernetes-validate's ``validate()`` re-reads the shared definitions and rebuilds its
validator for every object (~20 ms each); here one validator per (Kubernetes version,
apiVersion, kind) is built from the same packaged schemas and reused.
"""

from __future__ import annotations

import functools
import re

import jsonschema
import kubernetes_validate
from kubernetes_validate.utils import schema_contents
from referencing import Registry, Resource

from .documents import Document, field_path


def _schema_dir(kubernetes_version: str) -> str:
    return f"kubernetes-json-schema/v{kubernetes_version}-local-strict"


@functools.cache
def _definitions(kubernetes_version: str) -> Resource:
    return Resource.from_contents(schema_contents(f"{_schema_dir(kubernetes_version)}/_definitions.json", kubernetes_version))


@functools.cache
def _validator(kubernetes_version: str, api_version: str, kind: str) -> jsonschema.Draft202012Validator | None:
    # Schema files are named <kind>-<first label of the group>-<version>.json, e.g.
    # validatingadmissionpolicy-admissionregistration-v1.json; the core group is just <version>.
    group_version = re.sub(r"^([^./]*)(?:\.[^/]*)?/", r"\1-", api_version)
    try:
        schema = schema_contents(f"{_schema_dir(kubernetes_version)}/{kind.lower()}-{group_version}.json", kubernetes_version)
    except FileNotFoundError:
        return None
    registry = Resource.from_contents(schema) @ (_definitions(kubernetes_version) @ Registry())
    return jsonschema.Draft202012Validator(schema, registry=registry)


def validate_builtin(doc: Document, kubernetes_version: str) -> list[str]:
    """Problems of one built-in object at ``kubernetes_version`` (x.y.z), empty when valid."""
    try:
        validator = _validator(kubernetes_version, doc.api_version, doc.kind)
    except kubernetes_validate.utils.VersionNotSupportedError:
        return [f"kubernetes-validate has no schemas for Kubernetes {kubernetes_version}"]
    if validator is None:
        return [f"apiVersion {doc.api_version} kind {doc.kind} is not served by Kubernetes {kubernetes_version}"]
    return [
        f"{field_path(error.absolute_path)}: {error.message}"
        for error in sorted(validator.iter_errors(doc.obj), key=lambda e: list(map(str, e.absolute_path)))
    ]
