"""Reading the objects of ``dist/<profile>/`` back, with where each came from."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..conventions import PARSED_CACHE_DIR

KUSTOMIZATION_FILE = "kustomization.yaml"


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml when available (CRDs are large); a bare ``=`` is a string, not YAML 1.1's value tag."""


_Loader.add_constructor("tag:yaml.org,2002:value", lambda loader, node: loader.construct_scalar(node))


def yaml_documents(text: str) -> list[dict[str, Any]]:
    """The non-empty mapping documents of a YAML stream (safe loading), parsed once per content:
    libyaml scans in C but builds the objects in Python, and dist/'s CRDs take seconds, so a JSON
    copy is kept in ``.cache/parsed/`` under the text's sha256 (only when JSON holds exactly what
    YAML gave: no timestamps, no non-string keys). Deleting the folder is always safe."""
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    cached = PARSED_CACHE_DIR / key[:2] / f"{key}.json"
    try:
        return list(json.loads(cached.read_bytes()))
    except (OSError, ValueError):
        pass
    documents = [d for d in yaml.load_all(text, Loader=_Loader) if isinstance(d, dict) and d]
    try:
        encoded = json.dumps(documents, separators=(",", ":"))
    except (TypeError, ValueError):
        return documents
    if json.loads(encoded) == documents:
        _write_atomically(cached, encoded)
    return documents


def _write_atomically(path: Path, text: str) -> None:
    """Readers see the whole file or none (test shards parse the same files at once)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp") as handle:
            handle.write(text)
        os.replace(handle.name, path)
    except OSError:
        pass  # a read-only checkout parses every time


@dataclass(frozen=True)
class Document:
    path: Path
    obj: dict[str, Any]

    @property
    def kind(self) -> str:
        return str(self.obj.get("kind", "?"))

    @property
    def api_version(self) -> str:
        return str(self.obj.get("apiVersion", "?"))

    @property
    def name(self) -> str:
        return str(self.obj.get("metadata", {}).get("name", "?"))

    @property
    def namespace(self) -> str | None:
        return self.obj.get("metadata", {}).get("namespace")

    def where(self, root: Path | None = None) -> str:
        shown = self.path.relative_to(root) if root is not None else self.path
        ns = f"{self.namespace}/" if self.namespace else ""
        return f"{shown}: {self.kind} {ns}{self.name}"


def field_path(parts: Any) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "<object>"


def load_documents(folder: Path) -> list[Document]:
    docs = []
    for path in sorted(folder.rglob("*.yaml")):
        if path.name == KUSTOMIZATION_FILE:
            continue
        docs.extend(Document(path, obj) for obj in yaml_documents(path.read_text(encoding="utf-8")))
    return docs
