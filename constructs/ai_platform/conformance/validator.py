"""The official CNCF submission validator, built from the pinned source and run offline.

The source (``scripts/validate.go``, ``go.mod``, ``go.sum`` of cncf/k8s-ai-conformance at the
commit of the checklists) is pinned in upstream.lock.yaml with role ``tool-source`` and read from
the verified cache. It is built unmodified together with ``cncf-validator/offline.go`` of this
repository, which replaces ``http.DefaultTransport`` so that its two network look-ups (CNCF
landscape membership of the vendor, reachability of URLs) are answered on the machine and
announced as not checked. The binary is cached under ``.cache/go/cncf-validator/<key>/`` (the one Go builder) where the
key covers the sha256 of every source file, of the overlay and the Go version.

The validator reads ``docs/AIConformance-<version>.yaml`` relative to its working directory and
the version from a ``v<x.y>/`` folder in the product's path; each run gets a fresh working
directory with the pinned checklists.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from ..conventions import REPO_ROOT
from ..errors import PlatformError
from ..gobuild import GoBinary, GoProgram, build
from ..upstream import PinnedFile, UpstreamCache, lock
from .catalogue import CHECKLIST_COMPONENT, _pinned_checklists

OVERLAY = REPO_ROOT / "cncf-validator" / "offline.go"
MAIN_SOURCE = "scripts/validate.go"
BUILD_TAG = "validate"
NOT_CHECKED_PREFIX = "NOT-CHECKED-OFFLINE "
"""Lines the overlay writes to stderr for every look-up it answered instead of the network."""

FAQ_NA_ON_MUST = re.compile(r"Requirement '(?P<id>[a-z0-9_]+)' is MUST level but status is 'N/A'\. It must be 'Implemented'\.")
"""The validator's finding for N/A on a MUST item, which the program FAQ allows with notes."""


def tool_sources() -> dict[str, PinnedFile]:
    """The pinned validator source files by path inside the upstream repository."""
    files = lock().component(CHECKLIST_COMPONENT).tool_sources()
    if MAIN_SOURCE not in files:
        raise PlatformError(
            f"upstream.lock.yaml: component {CHECKLIST_COMPONENT!r} pins no {MAIN_SOURCE} with role tool-source; "
            f"have {sorted(files)}"
        )
    return files


def source_commit() -> str:
    """The validator's commit (raw GitHub URL: ``/<owner>/<repo>/<commit>/<path>``)."""
    return urlparse(tool_sources()[MAIN_SOURCE].url).path.split("/")[3]


def overlays() -> dict[str, Path]:
    """Our file built into the validator's package (next to validate.go)."""
    return {str(Path(MAIN_SOURCE).parent / "zz_offline.go"): OVERLAY}


def program() -> GoProgram:
    """The validator for the pinned source and our overlay (``go build -tags validate ./scripts``)."""
    return GoProgram(
        name="cncf-validator", title=f"the CNCF submission validator ({source_commit()[:12]})", binary="validate",
        package=f"./{Path(MAIN_SOURCE).parent.as_posix()}", sources=tool_sources(), overlays=overlays(),
        tags=(BUILD_TAG,), estimate="about 40 s on 2 cores",
    )


def build_validator(cache: UpstreamCache | None = None) -> GoBinary:
    """The validator binary (built once per key: sources, overlay, flags, Go version)."""
    return build(program(), cache=cache)


@dataclass(frozen=True)
class ValidatorRun:
    returncode: int
    stdout: str
    stderr: str
    errors: tuple[str, ...]
    """Every finding the validator printed, verbatim (without the leading '  - ')."""
    not_checked: tuple[str, ...]
    """Look-ups answered offline (CNCF membership, then URLs), deduplicated and sorted."""

    @property
    def accepted(self) -> bool:
        return self.returncode == 0 and not self.errors and "Validation successful!" in self.stdout


def parse_output(returncode: int, stdout: str, stderr: str) -> ValidatorRun:
    errors: list[str] = []
    for line in stdout.splitlines():
        if line.startswith("  - "):
            errors.append(line[4:])
        elif line.startswith(("Error", "Usage")):
            errors.append(line)
    not_checked: list[str] = []
    other_stderr: list[str] = []
    for line in stderr.splitlines():
        if line.startswith(NOT_CHECKED_PREFIX):
            entry = line.removeprefix(NOT_CHECKED_PREFIX)
            if entry not in not_checked:
                not_checked.append(entry)
        elif line.strip():
            other_stderr.append(line)
    if returncode != 0 and not errors:
        errors.append(f"validator exited with status {returncode}: {(stdout + chr(10).join(other_stderr)).strip()[-2000:]}")
    if returncode == 0 and "Validation successful!" not in stdout:
        errors.append(f"validator exited 0 without 'Validation successful!': {stdout.strip()[-2000:]}")
    return ValidatorRun(returncode, stdout, stderr, tuple(errors), tuple(sorted(not_checked)))


def run_validator(product: Path, binary: Path | None = None, cache: UpstreamCache | None = None) -> ValidatorRun:
    """Runs the validator on one PRODUCT.yaml (whose path must contain a ``v<x.y>/`` folder)."""
    cache = cache or UpstreamCache()
    binary = binary or build_validator(cache).path
    with tempfile.TemporaryDirectory(prefix="cncf-validator-") as workdir:
        docs = Path(workdir) / "docs"
        docs.mkdir()
        for version, pinned in _pinned_checklists().items():
            shutil.copyfile(cache.cached(pinned), docs / f"AIConformance-{version}.yaml")
        done = subprocess.run(
            [str(binary), str(product.resolve())], cwd=workdir, capture_output=True, text=True, check=False, timeout=120
        )
    return parse_output(done.returncode, done.stdout, done.stderr)
