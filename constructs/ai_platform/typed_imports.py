"""Regenerates ``imports/`` with ``cdk8s import`` from the verified upstream cache.

cdk8s writes one Python module per API group and a later run for the same group replaces
the module, so the CRDs listed in ``cdk8s.yaml`` are grouped by ``spec.group`` and each
group is imported in one run from one multi-document file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

from .conventions import IMPORTS_DIR, REPO_ROOT
from .errors import PlatformError
from .upstream import UpstreamCache, lock
from .validation.crd_schema import crd_documents

CDK8S_CONFIG = REPO_ROOT / "cdk8s.yaml"
CDK8S_BIN = REPO_ROOT / "node_modules" / ".bin" / "cdk8s"


def configured_import_urls(config: Path = CDK8S_CONFIG) -> list[str]:
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    return list(data.get("imports", []))


def crds_by_group(urls: list[str], cache: UpstreamCache) -> dict[str, list[Path]]:
    groups: dict[str, list[Path]] = defaultdict(list)
    for url in urls:
        path = cache.cached(lock().file_by_url(url))
        for doc in crd_documents(path):
            if doc.get("kind") == "CustomResourceDefinition":
                groups[doc["spec"]["group"]].append(path)
                break
        else:
            raise PlatformError(f"{url}: no CustomResourceDefinition in the file")
    return dict(groups)


def _written_module(out: Path) -> Path | None:
    """The package one ``cdk8s import`` run wrote: the folder holding its ``_jsii`` assembly."""
    assemblies = sorted(out.rglob("_jsii/__init__.py"))
    return assemblies[0].parent.parent if len(assemblies) == 1 else None


def assembly_name(group: str) -> str:
    """cdk8s names a group's jsii assembly after the reversed group without its dots
    (argoproj.io -> ioargoproj, kueue.x-k8s.io -> iox-k8skueue)."""
    return "".join(reversed(group.lower().split(".")))


def module_dir_for_group(group: str, output: Path = IMPORTS_DIR) -> Path | None:
    """Where the generated module of an API group lives, found by its jsii assembly name
    (the folder path alone is not enough: cdk8s rewrites some labels, e.g. x-k8s)."""
    wanted = f'"{assembly_name(group)}"'
    for init in sorted(output.rglob("_jsii/__init__.py")):
        if wanted in init.read_text(encoding="utf-8"):
            return init.parent.parent
    return None


def run_imports(output: Path = IMPORTS_DIR, cache: UpstreamCache | None = None) -> dict[str, int]:
    cache = cache or UpstreamCache()
    if not CDK8S_BIN.exists():
        raise PlatformError(f"{CDK8S_BIN} is missing; run scripts/setup")
    groups = crds_by_group(configured_import_urls(), cache)
    env = {**os.environ, "PATH": f"{REPO_ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}
    written: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="cdk8s-import-") as scratch:
        for group, paths in sorted(groups.items()):
            combined = Path(scratch) / f"{group}.yaml"
            combined.write_text(
                "".join(f"---\n{p.read_text(encoding='utf-8')}\n" for p in paths), encoding="utf-8"
            )
            out = Path(scratch) / "out" / group
            # cdk8s import tries the network for version hints and may print an error offline;
            # success is judged by the module it writes, not by its exit status or messages.
            subprocess.run(
                [str(CDK8S_BIN), "import", str(combined), "--language", "python", "--output", str(out)],
                cwd=scratch, env=env, capture_output=True, text=True, check=False,
            )
            produced = _written_module(out)
            if produced is None:
                raise PlatformError(f"cdk8s import wrote no module for {group} (in {out})")
            target = output / produced.relative_to(out)
            shutil.rmtree(target, ignore_errors=True)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(produced, target)
            written[group] = len(paths)
    return written
