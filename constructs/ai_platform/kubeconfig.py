"""Which kubeconfig files and which context a command uses, resolved as kubectl does.

- ``--kubeconfig FILE`` wins; else ``$KUBECONFIG`` (files separated by ``:``; missing files
  are skipped, as kubectl does); else ``~/.kube/config``.
- Several files are merged: the first file that defines a cluster, user or context name
  wins, and so does the first file that sets ``current-context``.
- ``--context NAME`` picks a context other than the current one.

Only names are read here (to resolve the context and give clear errors); loading the
credentials (client certificates, tokens, exec plugins, CA files) is the Kubernetes client
library's work (``kubeclient.py``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import PlatformError

DEFAULT_KUBECONFIG = Path("~/.kube/config")


class KubeconfigError(PlatformError):
    """The kubeconfig cannot be used: missing, unreadable, or no such context (bad usage)."""


@dataclass(frozen=True)
class Kubeconfig:
    """The merged view of one or more kubeconfig files, and the context to use."""

    paths: tuple[Path, ...]
    context: str
    cluster: str
    user: str
    server: str
    proxy_url: str | None

    @property
    def where(self) -> str:
        """For messages: the files and the context."""
        return f"kubeconfig {os.pathsep.join(str(p) for p in self.paths)}, context {self.context!r}"


def kubeconfig_paths(explicit: str | None, environ: Mapping[str, str], home: Path) -> tuple[Path, ...]:
    """The files to merge, in order (see the module docstring)."""
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise KubeconfigError(f"kubeconfig {path} (from --kubeconfig) does not exist or is not a file")
        return (path,)
    listed = environ.get("KUBECONFIG", "")
    if listed:
        entries = [Path(entry).expanduser() for entry in listed.split(os.pathsep) if entry]
        found = tuple(path for path in entries if path.is_file())
        if not found:
            raise KubeconfigError(f"none of the files in $KUBECONFIG exists: {listed}")
        return found
    default = Path(str(DEFAULT_KUBECONFIG).replace("~", str(home), 1))
    if not default.is_file():
        raise KubeconfigError(f"no kubeconfig: --kubeconfig not given, $KUBECONFIG not set, and {default} does not exist")
    return (default,)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KubeconfigError(f"kubeconfig {path} cannot be read: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise KubeconfigError(f"kubeconfig {path} is not a mapping (kind: Config)")
    return data


def _named(data: dict[str, Any], key: str, path: Path) -> list[tuple[str, dict[str, Any]]]:
    entries = data.get(key) or []
    if not isinstance(entries, list):
        raise KubeconfigError(f"kubeconfig {path}: {key} must be a list")
    named = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise KubeconfigError(f"kubeconfig {path}: {key}[{i}] has no name")
        named.append((entry["name"], entry))
    return named


def resolve(paths: tuple[Path, ...], context: str | None) -> Kubeconfig:
    """Merge ``paths`` (first definition of a name wins) and pick the context."""
    merged: dict[str, dict[str, dict[str, Any]]] = {"clusters": {}, "users": {}, "contexts": {}}
    current = ""
    for path in paths:
        data = _read(path)
        for key, entries in merged.items():
            for name, entry in _named(data, key, path):
                entries.setdefault(name, entry)
        current = current or str(data.get("current-context") or "")
    chosen = context or current
    where = os.pathsep.join(str(p) for p in paths)
    available = ", ".join(sorted(merged["contexts"])) or "none"
    if not chosen:
        raise KubeconfigError(f"kubeconfig {where} sets no current-context; pass --context (contexts: {available})")
    if chosen not in merged["contexts"]:
        raise KubeconfigError(f"kubeconfig {where} has no context {chosen!r} (contexts: {available})")
    spec = merged["contexts"][chosen].get("context") or {}
    cluster_name, user_name = str(spec.get("cluster") or ""), str(spec.get("user") or "")
    if cluster_name not in merged["clusters"]:
        raise KubeconfigError(f"kubeconfig {where}: context {chosen!r} names cluster {cluster_name!r}, which is not defined "
                              f"(clusters: {', '.join(sorted(merged['clusters'])) or 'none'})")
    if user_name and user_name not in merged["users"]:
        raise KubeconfigError(f"kubeconfig {where}: context {chosen!r} names user {user_name!r}, which is not defined "
                              f"(users: {', '.join(sorted(merged['users'])) or 'none'})")
    cluster = merged["clusters"][cluster_name].get("cluster") or {}
    server = str(cluster.get("server") or "")
    if not server:
        raise KubeconfigError(f"kubeconfig {where}: cluster {cluster_name!r} has no server")
    proxy = cluster.get("proxy-url")
    return Kubeconfig(paths, chosen, cluster_name, user_name, server, str(proxy) if proxy else None)


def select(explicit: str | None, context: str | None, environ: Mapping[str, str] | None = None, home: Path | None = None) -> Kubeconfig:
    """The kubeconfig and context a command uses (``--kubeconfig``, ``--context``, environment)."""
    env = os.environ if environ is None else environ
    return resolve(kubeconfig_paths(explicit, env, home or Path.home()), context)


_FILE_KEYS = ("certificate-authority", "client-certificate", "client-key", "tokenFile")


def single_file_kubeconfig(selected: Kubeconfig, folder: Path) -> Path:
    """The selected context as one kubeconfig file (for tools that read one file and its
    current context, like the upstream conformance suite): its cluster, user and context
    entries, relative file paths made absolute against the file that defined them."""
    entries: dict[str, tuple[dict[str, Any], Path]] = {}
    for path in selected.paths:
        data = _read(path)
        for key, wanted in (("contexts", selected.context), ("clusters", selected.cluster), ("users", selected.user)):
            for name, entry in _named(data, key, path):
                if name == wanted and key not in entries:
                    entries[key] = (entry, path)
    config: dict[str, Any] = {"apiVersion": "v1", "kind": "Config", "current-context": selected.context}
    for key, single, name in (("contexts", "context", selected.context), ("clusters", "cluster", selected.cluster), ("users", "user", selected.user)):
        entry, origin = entries[key]
        body = dict(entry.get(single) or {})
        for file_key in _FILE_KEYS:
            value = body.get(file_key)
            if isinstance(value, str) and value and not Path(value).is_absolute():
                body[file_key] = str((origin.parent / value).resolve())
        config[key] = [{"name": name, single: body}]
    target = folder / "kubeconfig"
    target.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    target.chmod(0o600)
    return target
