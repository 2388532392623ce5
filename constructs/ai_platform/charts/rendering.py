"""Rendering pinned upstream installs into plain objects: ``helm template`` for charts,
``kustomize build`` for kustomize configurations, both with the pinned tools.

A render is cached by its content (source digests, packaging steps, values, Kubernetes
version, API versions, tool version, release and namespace) under ``.cache/render/``, so
a synth where nothing changed runs no tool. Output is parsed in document order; the same
inputs always give the same bytes (checked by the tests).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..conventions import CACHE_DIR
from ..errors import PlatformError
from ..upstream import HelmChart, KustomizeConfig, UpstreamCache, lock
from ..validation.documents import yaml_documents
from .gotools import HELM, KUSTOMIZE, built
from .package import copy_tree, package_chart
from .values import ChartValues, check_values

RENDER_CACHE = CACHE_DIR / "render"
_CODE = hashlib.sha256(b"".join(Path(__file__).with_name(n).read_bytes() for n in ("package.py", "rendering.py"))).hexdigest()
"""Renders are keyed by the code that packages and runs them too: a change here re-renders."""


@dataclass(frozen=True)
class HelmRender:
    component: str
    release: str
    namespace: str
    values: Mapping[str, Any]
    kube_version: str
    api_versions: tuple[str, ...]

    @property
    def chart(self) -> HelmChart:
        chart = lock().component(self.component).chart
        if chart is None:
            raise PlatformError(f"upstream.lock.yaml: component {self.component!r} has no chart")
        return chart

    def key(self) -> str:
        chart = self.chart
        return _digest(
            "helm",
            _CODE,
            HELM.version,
            chart.model_dump_json(),
            self.release,
            self.namespace,
            json.dumps(self.values, sort_keys=True),
            self.kube_version,
            *self.api_versions,
        )


@dataclass(frozen=True)
class KustomizeRender:
    component: str
    namespace: str
    overlay: Mapping[str, Any]
    """The kustomization.yaml laid over the upstream entry (its ``resources`` is filled in)."""

    @property
    def config(self) -> KustomizeConfig:
        config = lock().component(self.component).kustomize
        if config is None:
            raise PlatformError(f"upstream.lock.yaml: component {self.component!r} has no kustomize configuration")
        return config

    def key(self) -> str:
        return _digest("kustomize", _CODE, KUSTOMIZE.version, self.config.model_dump_json(), json.dumps(self.overlay, sort_keys=True))


@dataclass
class Renderer:
    cache: UpstreamCache = field(default_factory=UpstreamCache)
    cache_dir: Path = RENDER_CACHE
    runs: int = 0
    """Tool runs (cache misses) of this renderer, for tests and timings."""
    _parsed: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def helm(self, request: HelmRender) -> list[dict[str, Any]]:
        return self._cached(request.key(), lambda: self._helm(request))

    def kustomize(self, request: KustomizeRender) -> list[dict[str, Any]]:
        return self._cached(request.key(), lambda: self._kustomize(request))

    def manifests(self, component: str, parse: Any) -> list[dict[str, Any]]:
        """Pinned manifest files of a component, parsed once (cached by their checksums)."""
        files = [f.sha256 for f in lock().component(component).files]
        return self._cached(_digest("manifests", component, *files), lambda: None, parse)

    def _cached(self, key: str, produce: Any, parse: Any = None) -> list[dict[str, Any]]:
        """The render's objects (shared: callers must not change them)."""
        if key not in self._parsed:
            self._parsed[key] = self._load(key, produce, parse)
        return self._parsed[key]

    def _load(self, key: str, produce: Any, parse: Any = None) -> list[dict[str, Any]]:
        """Parsed once when rendered, stored as JSON (parsing YAML again costs seconds)."""
        path = self.cache_dir / f"{key}.json"
        if path.is_file():
            return list(json.loads(path.read_text(encoding="utf-8")))
        if parse is not None:
            objects = parse()
        else:
            objects = yaml_documents(produce())
            self.runs += 1
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.write_text(json.dumps(objects), encoding="utf-8")
        partial.replace(path)
        return objects

    def _helm(self, request: HelmRender) -> str:
        chart = request.chart
        with tempfile.TemporaryDirectory(prefix="ai-platform-chart-") as work:
            folder = package_chart(chart, self.cache, Path(work))
            check_values(chart.name, ChartValues.load(folder), request.values)
            values_file = Path(work) / "values.json"
            values_file.write_text(json.dumps(request.values, sort_keys=True), encoding="utf-8")
            command = [
                str(built(HELM)), "template", request.release, str(folder),
                "--namespace", request.namespace,
                "--kube-version", request.kube_version,
                "--include-crds", "--skip-tests",
                "--values", str(values_file),
            ]
            for api_version in request.api_versions:
                command += ["--api-versions", api_version]
            return _run(command, f"helm template {chart.name} {chart.version} (release {request.release})", Path(work))

    def _kustomize(self, request: KustomizeRender) -> str:
        config = request.config
        with tempfile.TemporaryDirectory(prefix="ai-platform-kustomize-") as work:
            source = Path(work) / "source"
            copy_tree(self.cache, config.source, source)
            overlay_dir = Path(work) / "overlay"
            overlay_dir.mkdir()
            overlay = {
                "apiVersion": "kustomize.config.k8s.io/v1beta1",
                "kind": "Kustomization",
                "resources": [f"../source/{config.entry}"],
                **request.overlay,
            }
            (overlay_dir / "kustomization.yaml").write_text(yaml.safe_dump(overlay, sort_keys=False), encoding="utf-8")
            return _run([str(built(KUSTOMIZE)), "build", str(overlay_dir)], f"kustomize build {config.source.describe()}/{config.entry}", Path(work))


def _run(command: Sequence[str], what: str, cwd: Path) -> str:
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=cwd, env=_tool_env(cwd))
    if done.returncode != 0:
        raise PlatformError(f"{what} failed:\n{done.stderr.strip()[-4000:]}")
    return done.stdout


def _tool_env(work: Path) -> dict[str, str]:
    """Helm with no repositories, registries or plugins of the user's: only what we pass."""
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith(("HELM_", "KUBECONFIG"))}
    for name in ("HELM_CACHE_HOME", "HELM_CONFIG_HOME", "HELM_DATA_HOME"):
        env[name] = str(work / ".helm" / name.lower())
    return env


def _digest(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()[:24]
