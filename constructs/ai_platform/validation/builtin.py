"""Built-in Kubernetes kinds, checked with kubernetes-validate in strict mode."""

from __future__ import annotations

import kubernetes_validate

from .documents import Document, field_path


def validate_builtin(doc: Document, kubernetes_version: str) -> list[str]:
    """Problems of one built-in object at ``kubernetes_version`` (x.y.z), empty when valid."""
    try:
        kubernetes_validate.validate(doc.obj, kubernetes_version, strict=True)
    except kubernetes_validate.ValidationError as exc:
        return [f"{field_path(exc.path)}: {exc.message}"]
    except kubernetes_validate.SchemaNotFoundError:
        return [f"apiVersion {doc.api_version} kind {doc.kind} is not served by Kubernetes {kubernetes_version}"]
    return []
