"""``python main.py pin-images``: the manifest digest of every image in upstream.lock.yaml,
resolved from its registry (online), written next to its tag (``<image>:<tag>@sha256:...``).

The lock is edited as text, one image line at a time, so comments and layout stay; only
the ``images:`` entries change. A digest already pinned is checked against the registry
and reported when the tag has moved (``--update`` re-pins it)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..conventions import LOCK_FILE
from ..errors import PlatformError
from ..upstream import load_lock
from .oci import RegistryClient


@dataclass(frozen=True)
class Pinned:
    component: str
    role: str
    tagged: str
    digest: str
    before: str | None
    """The digest the lock had (None: newly pinned)."""


def resolve_all(lock_path: Path, client: RegistryClient, only: Callable[[str], bool] = lambda _: True) -> list[Pinned]:
    found = []
    for name, component in load_lock(lock_path).components.items():
        for role, pin in component.images.items():
            tagged, _, before = pin.partition("@")
            if only(tagged):
                found.append(Pinned(name, role, tagged, client.digest(tagged), before or None))
    return found


def write_digests(lock_path: Path, pins: list[Pinned], update: bool) -> list[str]:
    """Rewrites the image lines of ``lock_path``; returns what changed (one line each)."""
    text = lock_path.read_text(encoding="utf-8")
    changes = []
    for pin in pins:
        if pin.before == pin.digest:
            continue
        if pin.before and not update:
            raise PlatformError(f"{pin.tagged}: the lock pins {pin.before}, the registry now serves {pin.digest} "
                                "(the tag moved; check why, then run with --update)")
        current = f"{pin.tagged}@{pin.before}" if pin.before else pin.tagged
        line = re.compile(rf"^(\s+{re.escape(pin.role)}:\s+){re.escape(current)}\s*$", re.MULTILINE)
        text, count = line.subn(lambda m: f"{m.group(1)}{pin.tagged}@{pin.digest}", text)
        if count == 0:
            raise PlatformError(f"upstream.lock.yaml: no line '{pin.role}: {current}' to pin")
        changes.append(f"{pin.component}/{pin.role}: {pin.tagged}@{pin.digest}")
    if changes:
        lock_path.write_text(text, encoding="utf-8")
        load_lock(lock_path)  # still a valid lock
    return changes


def pin_images(lock_path: Path = LOCK_FILE, client: RegistryClient | None = None, update: bool = False,
               only: Callable[[str], bool] = lambda _: True) -> list[str]:
    return write_digests(lock_path, resolve_all(lock_path, client or RegistryClient(), only), update)
