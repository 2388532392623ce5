"""The Go toolchain of the machine, which builds every pinned Go tool and program."""

from __future__ import annotations

import subprocess

from .errors import PlatformError


def go_version() -> str:
    """``go env GOVERSION``; a clear error when Go is not usable."""
    try:
        done = subprocess.run(["go", "env", "GOVERSION"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        raise PlatformError(f"building the pinned Go tools needs Go, which is not usable here: {exc}") from None
    return done.stdout.strip()
