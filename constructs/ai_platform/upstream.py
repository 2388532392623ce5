"""Pinned upstream sources (``upstream.lock.yaml``) and the cache they are fetched into.

A file is identified by its URL at a release tag; its bytes are verified against the
pinned sha256. An offline mirror is a directory laid out like the URLs
(``<owner>/<repo>/<ref>/<path>`` for raw GitHub files), so air-gapped users point the
project at a copy of those files instead of the internet.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import sys
import tarfile
import tempfile
import urllib.request
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlparse

import yaml
from pydantic import BaseModel, ConfigDict, Field

from .conventions import LOCK_FILE, UPSTREAM_CACHE_DIR
from .errors import UpstreamError

MIRROR_ENV = "AI_PLATFORM_MIRROR"
"""Environment variable naming the offline mirror directory (same as ``--mirror``)."""

RAW_GITHUB_HOST = "raw.githubusercontent.com"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


GITHUB = "https://github.com/"


class SourceTree(_Strict):
    """A folder of a GitHub repository at a release tag, pinned by a digest over its files.

    The digest is ``sha256:`` + the sha256 of the lines ``<sha256 of file>  <path>`` (path
    relative to the folder, ``/``-separated, sorted), i.e. of what ``sha256sum`` prints for
    every file of the folder in path order; see :func:`tree_digest`.
    """

    repository: str = Field(pattern=r"^https://github\.com/[\w.-]+/[\w.-]+$")
    ref: str
    path: str
    digest: str = Field(pattern=r"^sha256:[0-9a-f]{64}$")

    @property
    def owner_repo(self) -> str:
        return self.repository.removeprefix(GITHUB)

    @property
    def relative_path(self) -> Path:
        """Where the folder lies inside a mirror or the cache (``<owner>/<repo>/<ref>/<path>``)."""
        return Path(self.owner_repo) / self.ref / self.path

    @property
    def archive_url(self) -> str:
        return f"{self.repository}/archive/refs/tags/{self.ref}.tar.gz"

    def describe(self) -> str:
        return f"{self.repository}@{self.ref}:{self.path}"


class ChartPackaging(_Strict):
    """Steps a chart's own release process performs on its Git source before publishing it.

    They are applied to a copy of the verified source, in this order, and nothing else is
    changed: ``chart_fields`` are set in Chart.yaml (the version and appVersion that the
    release tooling stamps), and ``values_template`` is rendered into values.yaml with
    ``${NAME}`` replaced by ``values_template_vars`` (what the release Makefile does with
    envsubst).
    """

    chart_fields: dict[str, str] = Field(default_factory=dict)
    values_template: str | None = None
    values_template_vars: dict[str, str] = Field(default_factory=dict)


class SubChart(_Strict):
    """A chart dependency the release process vendors into ``charts/<name>``."""

    name: str
    source: SourceTree
    packaging: ChartPackaging = ChartPackaging()


class HelmChart(_Strict):
    repository: str = Field(description="where upstream publishes the packaged chart (https:// or oci://)")
    name: str
    version: str
    source: SourceTree
    """The chart's source at its release tag: what synth renders (``helm template``)."""
    packaging: ChartPackaging = ChartPackaging()
    subcharts: list[SubChart] = Field(default_factory=list)

    @property
    def is_oci(self) -> bool:
        return self.repository.startswith("oci://")

    def trees(self) -> list[SourceTree]:
        return [self.source, *(s.source for s in self.subcharts)]


class KustomizeConfig(_Strict):
    """Upstream manifests published only as a kustomize configuration (``entry`` inside ``source``)."""

    source: SourceTree
    entry: str


class GitManifests(_Strict):
    """A folder of manifests at a release tag whose pinned files (``files``) synth writes into
    a unit of their own in dist/: CRD bundles that need exactly one owner, instead of letting
    several charts bundle them."""

    repository: str = Field(pattern=r"^https://\S+\.git$")
    ref: str
    path: str

    def contains(self, pinned: PinnedFile) -> bool:
        """Whether a pinned file is this folder's content at this ref (raw GitHub URLs)."""
        owner_repo = self.repository.removeprefix("https://github.com/").removesuffix(".git")
        return pinned.url.startswith(f"https://{RAW_GITHUB_HOST}/{owner_repo}/{self.ref}/{self.path}/")


class PinnedFile(_Strict):
    url: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    role: Literal["crd", "manifest", "checklist", "tool-source"]
    """crd/manifest: read by validation and the GitOps output; checklist: a CNCF template;
    tool-source: Go source of an upstream tool the project builds (e.g. the CNCF validator)."""

    @property
    def relative_path(self) -> Path:
        """Path of the file inside a mirror or the cache, derived from its URL."""
        parsed = urlparse(self.url)
        path = parsed.path.lstrip("/")
        if parsed.netloc == RAW_GITHUB_HOST:
            return Path(path)
        return Path(parsed.netloc) / path


IMAGE_PIN = r"^[^\s@]+:[\w][\w.-]{0,127}(@sha256:[0-9a-f]{64})?$"
"""A lock image: ``<registry>/<repository>:<tag>``, optionally ``@sha256:<digest>`` of its
manifest (written by ``python main.py pin-images``; synth then deploys ``tag@digest``)."""


class Component(_Strict):
    version: str
    homepage: str
    description: str
    images: dict[str, Annotated[str, Field(pattern=IMAGE_PIN)]] = Field(default_factory=dict)
    chart: HelmChart | None = None
    kustomize: KustomizeConfig | None = None
    files: list[PinnedFile] = Field(default_factory=list)
    manifests: GitManifests | None = None
    device_classes: list[str] = Field(default_factory=list)
    """DRA DeviceClasses the component's chart creates (their one owner)."""
    build_sources: list[SourceTree] = Field(default_factory=list)
    """Go source folders the simulated cluster builds the component's binaries from (targets
    of a ``replace`` in ``testbed/<name>/go.mod``, where the Go proxy does not serve them)."""

    def image(self, role: str) -> str:
        """The image by tag (parts and charts use this; synth adds the digest, see images.py)."""
        try:
            return self.images[role].split("@", 1)[0]
        except KeyError:
            raise UpstreamError(f"upstream.lock.yaml: no image {role!r}; have {sorted(self.images)}") from None

    def tagged_images(self) -> dict[str, str]:
        """Role -> image by tag (without the digest)."""
        return {role: pin.split("@", 1)[0] for role, pin in self.images.items()}

    def tool_sources(self) -> dict[str, PinnedFile]:
        """The pinned Go sources of the component's tool (role ``tool-source``) by path inside the
        upstream repository (raw GitHub URLs: ``/<owner>/<repo>/<commit>/<path>``)."""
        return {"/".join(urlparse(f.url).path.split("/")[4:]): f for f in self.files if f.role == "tool-source"}


class UpstreamLock(_Strict):
    schema_: int = Field(alias="schema")
    components: dict[str, Component]

    def component(self, name: str) -> Component:
        try:
            return self.components[name]
        except KeyError:
            raise UpstreamError(
                f"upstream.lock.yaml: no component {name!r}; have {sorted(self.components)}"
            ) from None

    def image_digests(self) -> dict[str, str]:
        """Image by tag -> the ``sha256:`` digest the lock pins for it (images that have one)."""
        digests: dict[str, str] = {}
        for component in self.components.values():
            for pin in component.images.values():
                tagged, _, digest = pin.partition("@")
                if digest:
                    digests[tagged] = digest
        return digests

    def all_files(self) -> list[PinnedFile]:
        return [f for c in self.components.values() for f in c.files]

    def all_trees(self) -> list[SourceTree]:
        trees: list[SourceTree] = []
        for component in self.components.values():
            if component.chart is not None:
                trees.extend(component.chart.trees())
            if component.kustomize is not None:
                trees.append(component.kustomize.source)
            trees.extend(component.build_sources)
        return trees

    def file_by_url(self, url: str) -> PinnedFile:
        for pinned in self.all_files():
            if pinned.url == url:
                return pinned
        raise UpstreamError(f"{url} is not pinned in upstream.lock.yaml")


def load_lock(path: Path = LOCK_FILE) -> UpstreamLock:
    with path.open(encoding="utf-8") as handle:
        return UpstreamLock.model_validate(yaml.safe_load(handle))


@functools.cache
def lock() -> UpstreamLock:
    """The repository's lock file, parsed once per process."""
    return load_lock()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def resolve_mirror(mirror: str | os.PathLike[str] | None) -> Path | None:
    """The mirror directory from the argument, else from ``$AI_PLATFORM_MIRROR``."""
    value = mirror if mirror is not None else os.environ.get(MIRROR_ENV)
    if not value:
        return None
    path = Path(value).expanduser().resolve()
    if not path.is_dir():
        raise UpstreamError(f"offline mirror {path} is not a directory (from --mirror or ${MIRROR_ENV})")
    return path


def tree_digest(folder: Path) -> str:
    """The digest of every file under ``folder`` (see :class:`SourceTree`)."""
    lines = [
        f"{sha256_of(path)}  {path.relative_to(folder).as_posix()}\n"
        for path in sorted(p for p in folder.rglob("*") if p.is_file())
    ]
    return "sha256:" + hashlib.sha256("".join(lines).encode()).hexdigest()


class UpstreamCache:
    """Verified copies of pinned files under ``.cache/upstream`` (or another root)."""

    def __init__(self, root: Path = UPSTREAM_CACHE_DIR) -> None:
        self.root = root

    def path_for(self, pinned: PinnedFile) -> Path:
        return self.root / pinned.relative_path

    def cached(self, pinned: PinnedFile) -> Path:
        """The verified cached file; raises with the fix when it is missing or altered."""
        path = self.path_for(pinned)
        if not path.is_file():
            raise UpstreamError(
                f"{pinned.url} is not in the cache {self.root}; run "
                f"`python main.py fetch --mirror <dir>` (or set ${MIRROR_ENV})"
            )
        actual = sha256_of(path)
        if actual != pinned.sha256:
            raise UpstreamError(f"cached {path} has sha256 {actual}, lock pins {pinned.sha256}")
        return path

    def fetch(self, pinned: PinnedFile, mirror: Path | None) -> tuple[Path, str]:
        """Copies one file into the cache; returns (path, how) where how is cached/mirror/network."""
        target = self.path_for(pinned)
        if target.is_file() and sha256_of(target) == pinned.sha256:
            return target, "cached"
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, suffix=".part") as tmp:
            tmp_path = Path(tmp.name)
        try:
            if mirror is not None:
                source = mirror / pinned.relative_path
                if not source.is_file():
                    raise UpstreamError(f"{pinned.url}: not found in mirror as {source}")
                shutil.copyfile(source, tmp_path)
                how = "mirror"
            else:
                try:
                    with urllib.request.urlopen(pinned.url, timeout=60) as response, tmp_path.open("wb") as out:
                        shutil.copyfileobj(response, out)
                except OSError as exc:
                    raise UpstreamError(
                        f"{pinned.url}: download failed ({exc}); offline, pass --mirror or set ${MIRROR_ENV}"
                    ) from exc
                how = "network"
            actual = sha256_of(tmp_path)
            if actual != pinned.sha256:
                raise UpstreamError(f"{pinned.url}: sha256 {actual} does not match the pinned {pinned.sha256}")
            os.replace(tmp_path, target)
        finally:
            tmp_path.unlink(missing_ok=True)
        return target, how


    def tree_path(self, source: SourceTree) -> Path:
        return self.root / source.relative_path

    def tree(self, source: SourceTree) -> Path:
        """The verified cached folder; raises with the fix when it is missing or altered."""
        path = self.tree_path(source)
        if not path.is_dir():
            raise UpstreamError(
                f"{source.describe()} is not in the cache {self.root}; run "
                f"`python main.py fetch --mirror <dir>` (or set ${MIRROR_ENV})"
            )
        return _verified_tree(path, source.digest, source.describe())

    def ensure_tree(self, source: SourceTree) -> Path:
        """The verified folder, fetched first (from ``$AI_PLATFORM_MIRROR`` or the network) if
        the cache does not hold it yet, so that a fresh checkout synthesizes in one command."""
        path = self.tree_path(source)
        # A folder can be there but incomplete: pinned single files (a CRD bundle) may lie inside it.
        if not path.is_dir() or tree_digest(path) != source.digest:
            mirror = resolve_mirror(None)
            print(f"fetching {source.describe()} from {mirror or 'the network'}", file=sys.stderr, flush=True)
            self.fetch_tree(source, mirror)
        return self.tree(source)

    def ensure(self, pinned: PinnedFile) -> Path:
        """The verified file, fetched first if the cache does not hold it yet (see ensure_tree)."""
        if not self.path_for(pinned).is_file():
            self.fetch(pinned, resolve_mirror(None))
        return self.cached(pinned)

    def fetch_tree(self, source: SourceTree, mirror: Path | None) -> str:
        """Copies one pinned folder into the cache; returns how: cached/mirror/network."""
        target = self.tree_path(source)
        if target.is_dir() and tree_digest(target) == source.digest:
            return "cached"
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".tree-", dir=target.parent))
        try:
            if mirror is not None:
                origin = mirror / source.relative_path
                if not origin.is_dir():
                    raise UpstreamError(f"{source.describe()}: not found in mirror as {origin}")
                shutil.copytree(origin, staging / "tree")
                how = "mirror"
            else:
                _download_tree(source, staging / "tree")
                how = "network"
            actual = tree_digest(staging / "tree")
            if actual != source.digest:
                raise UpstreamError(f"{source.describe()}: digest {actual} does not match the pinned {source.digest}")
            if target.exists():
                shutil.rmtree(target)
            os.replace(staging / "tree", target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        _verified_tree.cache_clear()
        return how


@functools.cache
def _verified_tree(path: Path, digest: str, what: str) -> Path:
    actual = tree_digest(path)
    if actual != digest:
        raise UpstreamError(f"cached {what} at {path} has digest {actual}, lock pins {digest}")
    return path


def _download_tree(source: SourceTree, target: Path) -> None:
    """The folder out of the tag's source archive (online only)."""
    try:
        with urllib.request.urlopen(source.archive_url, timeout=120) as response, tempfile.TemporaryFile() as archive:
            shutil.copyfileobj(response, archive)
            archive.seek(0)
            with tarfile.open(fileobj=archive, mode="r:gz") as tar:
                members = [m for m in tar.getmembers() if m.isfile()]
                top = members[0].name.split("/", 1)[0] if members else ""
                prefix = f"{top}/{source.path.strip('/')}/"
                for member in members:
                    if member.name.startswith(prefix):
                        relative = member.name[len(prefix):]
                        extracted = tar.extractfile(member)
                        assert extracted is not None
                        destination = target / relative
                        destination.parent.mkdir(parents=True, exist_ok=True)
                        destination.write_bytes(extracted.read())
    except (OSError, tarfile.TarError) as exc:
        raise UpstreamError(
            f"{source.archive_url}: download failed ({exc}); offline, pass --mirror or set ${MIRROR_ENV}"
        ) from exc


def fetch_all(mirror: Path | None, cache: UpstreamCache | None = None) -> dict[str, int]:
    """Fetches every pinned file and folder; returns counts per source (cached / mirror / network)."""
    cache = cache or UpstreamCache()
    counts: dict[str, int] = {"cached": 0, "mirror": 0, "network": 0}
    for pinned in lock().all_files():
        _, how = cache.fetch(pinned, mirror)
        counts[how] += 1
    for source in lock().all_trees():
        counts[cache.fetch_tree(source, mirror)] += 1
    return counts
