"""Well-known locations inside the repository."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
CLUSTERS_DIR = REPO_ROOT / "clusters"
DIST_DIR = REPO_ROOT / "dist"
IMPORTS_DIR = REPO_ROOT / "imports"
LOCK_FILE = REPO_ROOT / "upstream.lock.yaml"
CACHE_DIR = REPO_ROOT / ".cache"
UPSTREAM_CACHE_DIR = CACHE_DIR / "upstream"
