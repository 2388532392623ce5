"""Container images as OCI image-layout archives, written here without a registry or a builder:
one gzip layer from a folder of files, a config, a manifest and an ``index.json`` that names the
image with containerd's ``io.containerd.image.name`` annotation (``ctr images import`` takes the
name from it). Reproducible: sorted entries, fixed times and owners."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import tarfile
from dataclasses import dataclass
from pathlib import Path

LAYER = "application/vnd.oci.image.layer.v1.tar+gzip"
CONFIG = "application/vnd.oci.image.config.v1+json"
MANIFEST = "application/vnd.oci.image.manifest.v1+json"
INDEX = "application/vnd.oci.image.index.v1+json"
NAME_ANNOTATION = "io.containerd.image.name"
REF_ANNOTATION = "org.opencontainers.image.ref.name"
PATH_ENV = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


@dataclass(frozen=True)
class Entry:
    """A file, symlink or directory of the image's root file system."""

    path: str
    data: bytes = b""
    mode: int = 0o644
    link: str = ""
    directory: bool = False


@dataclass(frozen=True)
class Image:
    name: str
    """Fully qualified, as the CRI looks it up (``docker.io/library/ubuntu:22.04``)."""
    entries: tuple[Entry, ...]
    entrypoint: tuple[str, ...] = ()
    cmd: tuple[str, ...] = ()


def normalized(reference: str) -> str:
    """``ubuntu:22.04`` -> ``docker.io/library/ubuntu:22.04`` (the Docker reference rules the kubelet uses)."""
    name = reference
    first = name.split("/", 1)[0]
    if "/" not in name or not ("." in first or ":" in first or first == "localhost"):
        name = f"docker.io/{name}" if "/" in name else f"docker.io/library/{name}"
    if ":" not in name.rsplit("/", 1)[-1] and "@" not in name:
        name += ":latest"
    return name


def _tar(entries: tuple[Entry, ...]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for entry in sorted(entries, key=lambda e: e.path):
            info = tarfile.TarInfo(entry.path.lstrip("/"))
            info.mtime, info.uid, info.gid, info.uname, info.gname = 0, 0, 0, "", ""
            if entry.directory:
                info.type, info.mode = tarfile.DIRTYPE, 0o755
                tar.addfile(info)
            elif entry.link:
                info.type, info.linkname, info.mode = tarfile.SYMTYPE, entry.link, 0o777
                tar.addfile(info)
            else:
                info.size, info.mode = len(entry.data), entry.mode
                tar.addfile(info, io.BytesIO(entry.data))
    return buffer.getvalue()


def _descriptor(media_type: str, blob: bytes, **extra: object) -> dict[str, object]:
    return {"mediaType": media_type, "digest": "sha256:" + hashlib.sha256(blob).hexdigest(), "size": len(blob), **extra}


def _json(document: object) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":")).encode()


def write_archive(image: Image, target: Path) -> Path:
    """The image as an OCI image-layout tar at ``target``."""
    layer_tar = _tar(image.entries)
    layer = gzip.compress(layer_tar, compresslevel=9, mtime=0)
    config = _json({
        "architecture": "amd64", "os": "linux",
        "config": {"Env": [PATH_ENV], **({"Entrypoint": list(image.entrypoint)} if image.entrypoint else {}),
                   **({"Cmd": list(image.cmd)} if image.cmd else {})},
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + hashlib.sha256(layer_tar).hexdigest()]},
    })
    manifest = _json({"schemaVersion": 2, "mediaType": MANIFEST, "config": _descriptor(CONFIG, config), "layers": [_descriptor(LAYER, layer)]})
    tag = image.name.rsplit(":", 1)[-1]
    index = _json({"schemaVersion": 2, "mediaType": INDEX, "manifests": [_descriptor(
        MANIFEST, manifest, annotations={NAME_ANNOTATION: image.name, REF_ANNOTATION: tag},
        platform={"architecture": "amd64", "os": "linux"},
    )]})
    files = {"oci-layout": _json({"imageLayoutVersion": "1.0.0"}), "index.json": index}
    for blob in (layer, config, manifest):
        files["blobs/sha256/" + hashlib.sha256(blob).hexdigest()] = blob
    target.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(target, "w", format=tarfile.PAX_FORMAT) as tar:
        for directory in ("blobs", "blobs/sha256"):
            info = tarfile.TarInfo(directory)
            info.type, info.mode, info.mtime = tarfile.DIRTYPE, 0o755, 0
            tar.addfile(info)
        for path, blob in sorted(files.items()):
            info = tarfile.TarInfo(path)
            info.size, info.mode, info.mtime = len(blob), 0o644, 0
            tar.addfile(info, io.BytesIO(blob))
    return target


def read_archive(archive: Path) -> dict[str, object]:
    """name, manifest, config and layer file names of an archive written by ``write_archive``."""
    with tarfile.open(archive) as tar:
        def blob(digest: str) -> bytes:
            member = tar.extractfile("blobs/sha256/" + digest.split(":", 1)[1])
            assert member is not None
            return member.read()

        index_file = tar.extractfile("index.json")
        assert index_file is not None
        index = json.loads(index_file.read())
        descriptor = index["manifests"][0]
        manifest = json.loads(blob(descriptor["digest"]))
        config = json.loads(blob(manifest["config"]["digest"]))
        with tarfile.open(fileobj=io.BytesIO(gzip.decompress(blob(manifest["layers"][0]["digest"])))) as layer:
            names = sorted(layer.getnames())
    return {"name": descriptor["annotations"][NAME_ANNOTATION], "manifest": manifest, "config": config, "files": names}
